"""Issue 61, §4: un cargo se nombra en la forma de quien lo ejerce, por la línea de órdenes como proceso real.
«organos designar --forma femenina» registra a la Secretaria Ejecutiva (el mismo cargo, secretario_ejecutivo), y
los listados («organos designar», «organos mandatos», «organos composicion», su PDF) la nombran así; sin --forma,
la forma masculina de siempre. Una forma inventada se rechaza con el código de uso y las formas que hay."""

import json
from datetime import date, timedelta

from pypdf import PdfReader

from ayudas import CREAR_RML, en_json, hecho

TECNICA = "Secretaría Técnica"


def texto_pdf(ruta) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages)


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


def test_la_secretaria_ejecutiva_se_nombra_en_femenino_en_cada_listado(tmp_path, cli):
    ruta = tmp_path / "red.db"
    ok(cli(*CREAR_RML, db=ruta))
    ok(cli("organos", "crear", "--nombre", TECNICA, "--tipo", "secretaria_tecnica", db=ruta))

    salida = ok(cli("organos", "designar", TECNICA, "--persona", "María Rodríguez", "--cargo",
                    "secretario_ejecutivo", "--forma", "femenina", "--desde", "2026-03-01", db=ruta,
                    proceso_real=True))
    assert "María Rodríguez: Secretaria Ejecutiva desde el" in salida
    salida = ok(cli("organos", "designar", TECNICA, "--persona", "Pablo Ríos", "--cargo", "director",
                    "--desde", "2026-03-01", db=ruta))
    assert "Pablo Ríos: Director desde el" in salida          # sin --forma: la masculina de siempre

    mandatos = json.loads(ok(cli("organos", "mandatos", TECNICA, "--json", db=ruta)))
    assert {(m["persona"], m["cargo"], m["forma"]) for m in mandatos} == {
        ("María Rodríguez", "secretario_ejecutivo", "femenina"), ("Pablo Ríos", "director", "masculina")}
    assert "Secretaria Ejecutiva" in ok(cli("organos", "mandatos", TECNICA, db=ruta))

    pdf = tmp_path / "composicion.pdf"
    salida = ok(cli("organos", "composicion", TECNICA, "--al", "2026-06-01", "--pdf", str(pdf), db=ruta,
                    proceso_real=True))
    linea = next(fila for fila in salida.splitlines() if "María Rodríguez" in fila)
    assert "Secretaria Ejecutiva" in linea and "Secretario Ejecutivo" not in salida
    texto = texto_pdf(pdf)
    assert "Secretaria Ejecutiva" in texto and "Director" in texto and "Secretario Ejecutivo" not in texto

    # El sitio de transparencia y sus datos abiertos (OParl, con la dirección pública) la nombran igual.
    ok(cli("asociacion", "editar", "--direccion-publica", "https://red.example.org", db=ruta))
    sitio = tmp_path / "sitio"
    ok(cli("publicar", str(sitio), db=ruta))
    [pagina] = [p for p in (sitio / "organos").glob("*.html") if "María Rodríguez" in p.read_text(encoding="utf-8")]
    assert "Secretaria Ejecutiva" in pagina.read_text(encoding="utf-8")
    roles = {json.loads(p.read_text(encoding="utf-8"))["role"] for p in (sitio / "oparl" / "membership").glob("*.json")}
    assert roles == {"Secretaria Ejecutiva", "Director"}


def test_una_forma_inventada_se_rechaza_y_no_registra_nada(tmp_path, cli):
    ruta = tmp_path / "red.db"
    ok(cli(*CREAR_RML, db=ruta))
    ok(cli("organos", "crear", "--nombre", TECNICA, "--tipo", "secretaria_tecnica", db=ruta))
    rechazo = cli("organos", "designar", TECNICA, "--persona", "Ana", "--cargo", "secretario_ejecutivo",
                  "--forma", "neutra", "--desde", "2026-03-01", db=ruta)
    assert rechazo.returncode == 2
    assert "--forma" in rechazo.stderr and "masculina" in rechazo.stderr and "femenina" in rechazo.stderr
    assert json.loads(ok(cli("organos", "mandatos", TECNICA, "--json", db=ruta))) == []


def test_la_candidatura_electa_en_femenino_es_secretaria_ejecutiva_al_confirmar(copia_de_la_demo, cli):
    """La Asamblea elige a Montevideo con Carolina Cosse, candidatura en la forma femenina: la confirmación (el
    traspaso) y el mandato que registra dicen «Secretaria Ejecutiva»; el cargo es secretario_ejecutivo."""
    db, ejecutar = copia_de_la_demo, cli

    def cli(*argumentos, codigo=0, proceso_real=False):
        return hecho(ejecutar(*argumentos, db=db, proceso_real=proceso_real), codigo)

    actual = max(en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json")), key=lambda m: m["desde"])
    inicio = date.fromisoformat(actual["desde"])
    desde = inicio.replace(year=inicio.year + 1)
    hasta = desde.replace(year=desde.year + 1) - timedelta(days=1)
    miembros = en_json(cli("miembros", "listar", "--json"))
    montevideo = next(m["id"] for m in miembros if m["nombre"] == "Montevideo")
    activos = ",".join(str(m["id"]) for m in miembros if m["estado"] == "activo")
    sesion = en_json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha",
                         (desde - timedelta(days=3)).isoformat(), "--hora", "10:00", "--lugar", "Montevideo",
                         "--json"))["id"]
    punto = en_json(cli("sesiones", "punto", sesion, "--titulo", "Elección de la Secretaría Ejecutiva", "--tipo",
                        "eleccion", "--decision", "eleccion", "--json"))["id"]
    cli("sesiones", "eleccion", punto, "--organo", "Secretaría Ejecutiva", "--cargo", "secretario_ejecutivo",
        "--desde", desde.isoformat(), "--hasta", hasta.isoformat())
    candidatura = en_json(cli("sesiones", "candidatura", punto, "--miembro", montevideo, "--persona",
                              "Carolina Cosse", "--forma", "femenina", "--json", proceso_real=True))
    assert candidatura["forma"] == "femenina"
    cli("sesiones", "asistencia", sesion, "--presentes", activos)
    cli("sesiones", "cerrar-eleccion", punto, "--votos", f"{candidatura['id']}:10")
    salida = cli("sesiones", "confirmar-eleccion", punto, proceso_real=True).stdout
    assert ("Mandato registrado: Montevideo (Carolina Cosse): Secretaria Ejecutiva — Secretaría Ejecutiva, "
            f"del {desde:%d/%m/%Y} al {hasta:%d/%m/%Y}.") in salida
    assert f"Montevideo (Carolina Cosse), Secretaria Ejecutiva desde el {desde:%d/%m/%Y}." in salida

    [nuevo] = [m for m in en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json", proceso_real=True))
               if m["desde"] == desde.isoformat()]
    assert (nuevo["persona"], nuevo["cargo"], nuevo["forma"]) == ("Carolina Cosse", "secretario_ejecutivo", "femenina")
    composicion = cli("organos", "composicion", "Secretaría Ejecutiva", "--al", desde.isoformat()).stdout
    assert "Secretaria Ejecutiva" in next(f for f in composicion.splitlines() if "Montevideo" in f)


def test_corregir_la_forma_de_un_mandato_de_antes(tmp_path, cli):
    """Un mandato de antes quedó en la forma masculina: «organos corregir-forma» la cambia con su motivo (queda en
    la historia del mandato); repetirla no cambia nada y lo dice; sin motivo, el uso lo pide."""
    ruta = tmp_path / "red.db"
    ok(cli(*CREAR_RML, db=ruta))
    ok(cli("organos", "crear", "--nombre", TECNICA, "--tipo", "secretaria_tecnica", db=ruta))
    mandato = json.loads(ok(cli("organos", "designar", TECNICA, "--persona", "Ana Pérez", "--cargo",
                                "secretario_ejecutivo", "--desde", "2026-03-01", "--json", db=ruta)))["id"]

    sin_motivo = cli("organos", "corregir-forma", mandato, "--forma", "femenina", db=ruta)
    assert sin_motivo.returncode == 2 and "--motivo" in sin_motivo.stderr
    salida = ok(cli("organos", "corregir-forma", mandato, "--forma", "femenina", "--motivo", "Error de carga",
                    db=ruta, proceso_real=True))
    assert f"Mandato {mandato} corregido en {TECNICA}: Ana Pérez: Secretaria Ejecutiva desde el" in salida
    otra_vez = cli("organos", "corregir-forma", mandato, "--forma", "femenina", "--motivo", "Otra vez", db=ruta)
    assert otra_vez.returncode == 1
    assert f"El mandato {mandato} ya dice «femenina» en Forma del cargo" in otra_vez.stderr

    [leido] = json.loads(ok(cli("organos", "mandatos", TECNICA, "--json", db=ruta, proceso_real=True)))
    assert (leido["cargo"], leido["forma"]) == ("secretario_ejecutivo", "femenina")
    assert leido["correcciones"] == [{"campo": "forma", "antes": "masculina", "despues": "femenina",
                                      "motivo": "Error de carga"}]
