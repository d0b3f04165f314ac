"""Órganos y estatutos por la línea de órdenes, sobre la red de ejemplo: listar, composición, texto vigente, traspaso."""

import json
from datetime import date, timedelta

from ayudas import bienio_siguiente_del_consejo, sin_traza, turno_siguiente_de_la_se

# El próximo turno de la Secretaría Ejecutiva (el 01/12/2026 hasta que empieza; después, el del año siguiente): el
# traspaso que se prueba, el último día del saliente y el año de la entrante.
TURNO = turno_siguiente_de_la_se()
AL, VISPERA, FIN = TURNO.isoformat(), (TURNO - timedelta(days=1)).isoformat(), date(TURNO.year + 1, 11, 30).isoformat()
# El Consejo en curso de la demo (del 1/12/2024 al 30/11/2026 hasta que empieza el siguiente) y un día de su último año.
_SIGUIENTE = bienio_siguiente_del_consejo()[0]
CONSEJO_DESDE, CONSEJO_HASTA = f"{_SIGUIENTE.year - 2}-12-01", f"{_SIGUIENTE.year}-11-30"
CONSEJO_AL = min(date(_SIGUIENTE.year, 6, 1), date.today())


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def texto_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


def composicion(cli, base, organo, *extra) -> dict:
    return json.loads(ok(cli("organos", "composicion", organo, "--json", *extra, db=base)))


def test_listar_organos(cli, copia_de_la_demo):
    organos = json.loads(ok(cli("organos", "listar", "--json", db=copia_de_la_demo)))

    assert len(organos) >= 20
    assert all(o["id"] and o["nombre"] and o["tipo"] for o in organos)
    assert sum(o["tipo"] == "unidad_tematica" for o in organos) == 15
    nombres = {o["nombre"] for o in organos}
    assert {"Asamblea General de Socios", "Consejo", "Comisión Directiva", "Secretaría Ejecutiva",
            "Secretaría Técnica Permanente", "UT Cultura", "UT Turismo"} <= nombres


def test_listar_organos_en_texto(cli, copia_de_la_demo):
    salida = ok(cli("organos", "listar", db=copia_de_la_demo))
    assert "Comisión Directiva" in salida and "Unidad temática" in salida
    assert len(salida.strip().splitlines()) == 20


def test_composicion_del_consejo_como_la_semilla(cli, copia_de_la_demo):
    # Una fecha dentro del período del Consejo en curso de la demo.
    consejo = composicion(cli, copia_de_la_demo, "Consejo", "--al", CONSEJO_AL.isoformat())

    assert consejo["organo"] == "Consejo" and consejo["al"] == CONSEJO_AL.isoformat()
    electos = [a for a in consejo["asientos"] if not a["de_oficio"]]
    de_oficio = [a for a in consejo["asientos"] if a["de_oficio"]]
    assert len(electos) == 14 and len(de_oficio) == 3 and len(consejo["asientos"]) == 17
    for asiento in consejo["asientos"]:
        assert {"miembro", "pais", "cargo", "desde", "hasta", "con_voto", "de_oficio", "motivo_sin_voto"} <= set(asiento)
        assert asiento["miembro"] and asiento["pais"] and asiento["con_voto"] is True
    assert all((a["desde"], a["hasta"]) == (CONSEJO_DESDE, CONSEJO_HASTA) for a in electos)
    assert sum(a["pais"] == "BR" for a in electos) == 2
    [presidente] = [a for a in consejo["asientos"] if a["cargo"] == "presidente"]
    assert presidente["de_oficio"] == "Secretaría Ejecutiva" and consejo["preside"] == presidente["miembro"]
    assert consejo["avisos"] == []


def test_composicion_en_texto_muestra_los_de_oficio(cli, copia_de_la_demo):
    salida = ok(cli("organos", "composicion", "consejo", "--al", CONSEJO_AL.isoformat(), db=copia_de_la_demo))
    assert salida.startswith(f"Consejo al {CONSEJO_AL:%d/%m/%Y}: 17 integrantes")
    assert salida.count("de oficio: Comisión Directiva") == 2 and salida.count("de oficio: Secretaría Ejecutiva") == 1
    assert "AVISO" not in salida


def test_comision_directiva_en_2010(cli, copia_de_la_demo):
    directiva = composicion(cli, copia_de_la_demo, "Comisión Directiva", "--al", "2010-06-01")
    assert len(directiva["asientos"]) == 3
    assert {(a["desde"], a["hasta"]) for a in directiva["asientos"]} == {("2009-12-01", "2010-11-30")}
    assert directiva["avisos"] == []


def test_organo_desconocido(cli, copia_de_la_demo):
    resultado = cli("organos", "composicion", "Directorio", db=copia_de_la_demo)
    assert resultado.returncode == 1
    assert "No hay ningún órgano «Directorio»" in resultado.stderr
    assert resultado.stdout == ""
    sin_traza(resultado)


def test_fecha_invalida(cli, copia_de_la_demo):
    resultado = cli("organos", "composicion", "Consejo", "--al", "2026-13-01", db=copia_de_la_demo)
    assert resultado.returncode == 2 and "--al: valor no válido: '2026-13-01'" in resultado.stderr
    sin_traza(resultado)


def test_texto_vigente_del_estatuto_en_pdf(cli, copia_de_la_demo, tmp_path):
    viejo, nuevo = tmp_path / "e2000.pdf", tmp_path / "e.pdf"

    salida = ok(cli("estatutos", "texto", viejo, "--al", "2000-01-01", db=copia_de_la_demo))
    ok(cli("estatutos", "texto", nuevo, db=copia_de_la_demo))

    assert salida.startswith(f"Estatuto: texto vigente guardado en {viejo}")
    en_2000, hoy = texto_pdf(viejo), texto_pdf(nuevo)
    assert "una vez por año" in en_2000 and "dos veces por año" not in en_2000
    assert "dos veces por año" in hoy and "al menos una vez por año" not in hoy
    assert "Artículo 25" in hoy or "Art. 25" in hoy


def test_texto_del_reglamento_en_pdf(cli, copia_de_la_demo, tmp_path):
    ruta = tmp_path / "r.pdf"
    ok(cli("estatutos", "texto", ruta, "--norma", "Reglamento de cuotas", "--al", "2010-01-01", db=copia_de_la_demo))
    assert "USD 100" in texto_pdf(ruta)


def test_cargar_un_reglamento_y_listarlo(cli, copia_de_la_demo, tmp_path):
    archivo = tmp_path / "f.md"
    archivo.write_text("# Reglamento interno\n\n## Capítulo I\n\nArtículo 1 - Objeto\nOrdena el trabajo de la Red.\n\n"
                       "Art. 2° Reuniones\nSe convocan por correo.\n", encoding="utf-8")

    salida = ok(cli("estatutos", "cargar", archivo, "--titulo", "Reglamento interno", "--tipo", "reglamento",
                    "--desde", "2020-01-01", db=copia_de_la_demo))
    assert salida.strip() == "«Reglamento interno» cargado: 2 artículos vigentes desde el 01/01/2020."

    normas = json.loads(ok(cli("estatutos", "listar", "--json", db=copia_de_la_demo)))
    [nueva] = [n for n in normas if n["titulo"] == "Reglamento interno"]
    assert (nueva["tipo"], nueva["reformas"]) == ("reglamento", 1)
    assert {n["titulo"] for n in normas} == {"Estatuto", "Reglamento de cuotas", "Reglamento interno"}


def test_cargar_simulado_no_guarda(cli, copia_de_la_demo, tmp_path):
    archivo = tmp_path / "f.txt"
    archivo.write_text("Artículo 1\nUno.\nArtículo 3\nTres.\n", encoding="utf-8")

    salida = ok(cli("estatutos", "cargar", archivo, "--titulo", "Borrador", "--desde", "2020-01-01", "--simular",
                    db=copia_de_la_demo))

    assert "AVISO: Falta el artículo 2" in salida
    assert "Simulación: 2 artículos; no se guardó nada." in salida
    assert "Borrador" not in ok(cli("estatutos", "listar", db=copia_de_la_demo))


def test_cargar_un_texto_sin_articulos(cli, copia_de_la_demo, tmp_path):
    archivo = tmp_path / "f.txt"
    archivo.write_text("Un texto sin encabezados.\n", encoding="utf-8")
    resultado = cli("estatutos", "cargar", archivo, "--titulo", "Borrador", "--desde", "2020-01-01",
                    db=copia_de_la_demo)
    assert resultado.returncode == 1
    assert "No se cargó la norma" in resultado.stderr
    sin_traza(resultado)


def test_traspaso_simulado_y_real(cli, copia_de_la_demo):
    antes = composicion(cli, copia_de_la_demo, "Secretaría Ejecutiva", "--al", AL)
    [saliente] = antes["asientos"]

    simulado = ok(cli("organos", "traspaso", "--fecha", AL, "--simular", db=copia_de_la_demo))

    primera = simulado.splitlines()[0]
    assert primera.startswith(f"Secretaría Ejecutiva: {saliente['miembro']} → ")
    assert primera.endswith(f" desde el {TURNO:%d/%m/%Y}")
    entrante = primera.split(" → ")[1].removesuffix(f" desde el {TURNO:%d/%m/%Y}")
    assert entrante and entrante != saliente["miembro"]
    assert "Simulación: no se cambió nada." in simulado
    assert composicion(cli, copia_de_la_demo, "Secretaría Ejecutiva", "--al", AL) == antes

    real = ok(cli("organos", "traspaso", "--fecha", AL, db=copia_de_la_demo))
    assert real.splitlines()[0] == primera and "Traspaso registrado." in real

    despues = composicion(cli, copia_de_la_demo, "Secretaría Ejecutiva", "--al", AL)
    # La entrante ejerce un año (el período de la Secretaría Ejecutiva, Estatuto, art. 15).
    assert [(a["miembro"], a["desde"], a["hasta"]) for a in despues["asientos"]] == [
        (entrante, AL, FIN)]
    [ultimo_dia] = composicion(cli, copia_de_la_demo, "Secretaría Ejecutiva", "--al", VISPERA)["asientos"]
    assert (ultimo_dia["miembro"], ultimo_dia["hasta"]) == (saliente["miembro"], VISPERA)
    directiva = composicion(cli, copia_de_la_demo, "Comisión Directiva", "--al", AL)
    assert len(directiva["asientos"]) == 3 and directiva["avisos"] == []
    assert {saliente["miembro"], entrante} <= {a["miembro"] for a in directiva["asientos"]}


def test_repetir_el_traspaso_no_duplica(cli, copia_de_la_demo):
    ok(cli("organos", "traspaso", "--fecha", AL, db=copia_de_la_demo))
    cli("organos", "traspaso", "--fecha", AL, db=copia_de_la_demo)  # por error, dos veces

    assert len(composicion(cli, copia_de_la_demo, "Secretaría Ejecutiva", "--al", AL)["asientos"]) == 1
    assert len(composicion(cli, copia_de_la_demo, "Comisión Directiva", "--al", AL)["asientos"]) == 3


def test_plantilla_de_unidades_ya_cargada(cli, copia_de_la_demo):
    assert ok(cli("unidades", "plantilla", db=copia_de_la_demo)).strip() == "0 unidades temáticas creadas."


def test_reglas_de_sesion_se_ven_y_se_cambian(cli, copia_de_la_demo):
    antes = json.loads(ok(cli("organos", "reglas", "Consejo", "--json", db=copia_de_la_demo)))
    assert antes["quorum"]["texto"] == ("Quórum: la mitad más uno de los miembros con derecho a voto; en segunda "
                                        "convocatoria, pasados 60 minutos, con los presentes (Estatuto, art. 19).")
    assert (antes["reforma_estatuto"], antes["poderes_maximos"], antes["anticipacion_dias"]) == (None, 3, 15)

    salida = ok(cli("organos", "reglas", "Consejo", "--reforma", "3/4", "--articulo-reforma", "Estatuto, art. 20",
                    "--poderes", "2", "--segunda-convocatoria", "0", "--anticipacion", "20",
                    "--motivo", "El Consejo pide más para reformar", db=copia_de_la_demo))
    assert "Reforma del estatuto: Quórum: tres cuartos de los miembros con derecho a voto (Estatuto, art. 20)." in salida
    assert "Poderes: hasta 2 por miembro (Estatuto, art. 21" in salida and "Convocatoria: con 20 días de anticipación (Estatuto, art. 18)." in salida
    despues = json.loads(ok(cli("organos", "reglas", "Consejo", "--json", db=copia_de_la_demo)))
    assert despues["quorum"]["segunda_convocatoria_minutos"] is None and despues["poderes_maximos"] == 2
    # Sin máximo de poderes pide menos que el art. 21: solo una reforma (issue 59, punto 1).
    assert "se pediría menos" in cli("organos", "reglas", "Consejo", "--poderes", "sin-maximo",
                                     db=copia_de_la_demo).stderr

    imposible = cli("organos", "reglas", "Consejo", "--quorum", "3/2", "--poderes", "2", db=copia_de_la_demo)
    assert imposible.returncode == 1
    sin_traza(imposible)
    assert "la fracción 3/2 no sirve" in imposible.stderr
    assert json.loads(ok(cli("organos", "reglas", "Consejo", "--json", db=copia_de_la_demo))) == despues  # nada cambió
    mal_escrita = cli("organos", "reglas", "Consejo", "--quorum", "mitad", db=copia_de_la_demo)
    assert mal_escrita.returncode == 2 and "«mitad» no es una fracción" in mal_escrita.stderr
    reforma_mal_escrita = cli("organos", "reglas", "Consejo", "--reforma", "xx", db=copia_de_la_demo)
    sin_traza(reforma_mal_escrita)
    assert reforma_mal_escrita.returncode == 1 and "--reforma: «xx» no es una fracción" in reforma_mal_escrita.stderr
