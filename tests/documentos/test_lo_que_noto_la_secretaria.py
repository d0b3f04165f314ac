"""Lo que una secretaria notó leyendo los documentos (issue 14, punto 4), por el camino real: la CLI (su entrada)
sobre la red de ejemplo, leyendo el texto del PDF (pypdf) o el libro (openpyxl) como lo leería ella.

- Convocatoria: la lista de destinatarios se lee en orden en cada página; nadie falta ni se repite.
- Acta: las firmas nombran a quien firma, con el cargo en su género, y nunca quedan solas en una página; «se
  requería 1», «(1 página)».
- Recibo: el importe en letras, en la moneda del pago.
- Estado de cuenta de un miembro dado de baja: lo dice, con la fecha y el motivo.
- Padrón: una región larga se parte dentro de su celda; el PDF y el Excel cuentan lo mismo.
"""

import json
import re
import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ayudas import sin_traza
from escritorio.servicios.contexto import Contexto


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def paginas(ruta) -> list[str]:
    """El texto de cada página, con los espacios normalizados."""
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages]


def paginas_con_poppler(ruta) -> list[str]:
    """Como `paginas`, leídas con pdftotext (poppler): una hoja por salto de página."""
    if shutil.which("pdftotext") is None:
        return paginas(ruta)
    texto = subprocess.run(["pdftotext", "-enc", "UTF-8", str(ruta), "-"], capture_output=True, text=True,
                           check=True).stdout
    return [" ".join(hoja.split()) for hoja in texto.split("\f")[:-1]]


def lineas(ruta) -> list[list[str]]:
    """Los renglones de cada página, en el orden en que se leen."""
    return [[r.strip() for r in (p.extract_text() or "").splitlines() if r.strip()] for p in PdfReader(ruta).pages]


def miembro_id(cli, base, nombre: str) -> int:
    miembros = json.loads(ok(cli("miembros", "listar", "--json", db=base)))
    return next(m["id"] for m in miembros if m["nombre"] == nombre)


# --- 3. Recibos ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("monto, moneda, tipo_cambio, en_letras", [
    ("1.400,50", "USD", None, "Son dólares estadounidenses mil cuatrocientos con 50/100"),
    ("1.500.000", "ARS", "1000", "Son pesos argentinos un millón quinientos mil con 00/100"),
    ("7.521.000", "PYG", "7521", "Son guaraníes siete millones quinientos veintiún mil"),  # sin centavos
    ("1", "USD", None, "Es un dólar estadounidense con 00/100"),
])
def test_el_recibo_lleva_el_importe_en_letras_en_la_moneda_del_pago(cli, copia_de_la_demo, tmp_path, monto, moneda,
                                                                    tipo_cambio,
                                                                   en_letras):
    rosario = miembro_id(cli, copia_de_la_demo, "Rosario")
    cambio = ("--tipo-cambio", tipo_cambio, "--moneda-cargos", "USD") if tipo_cambio else ()
    ok(cli("pagos", "registrar", "--miembro", rosario, "--monto", monto, "--moneda", moneda, *cambio,
           "--fecha", "2026-11-02", "--recibo", "recibo.pdf", db=copia_de_la_demo))
    texto = paginas(tmp_path / "recibo.pdf")[0]
    assert en_letras in texto
    # Va junto al importe en cifras, en la misma moneda.
    assert texto.index("La suma de") < texto.index(en_letras)


# --- 4. Estado de cuenta -------------------------------------------------------------------------------------

def test_el_estado_de_cuenta_de_un_miembro_dado_de_baja_lo_dice(cli, copia_de_la_demo, tmp_path):
    tandil = miembro_id(cli, copia_de_la_demo, "Tandil")
    ok(cli("cuotas", "estado-cuenta", "--miembro", tandil, "antes.pdf", db=copia_de_la_demo))
    assert "baja" not in " ".join(paginas(tmp_path / "antes.pdf")).lower()

    ok(cli("miembros", "baja", tandil, "--fecha", "2026-06-30", "--motivo", "Renuncia presentada por nota",
           db=copia_de_la_demo))
    ok(cli("cuotas", "estado-cuenta", "--miembro", tandil, "despues.pdf", db=copia_de_la_demo))
    hojas = paginas(tmp_path / "despues.pdf")
    # En cada hoja (una hoja suelta dice de quién es y en qué situación): la fecha y el motivo de la baja.
    for hoja in hojas:
        assert "Dado de baja el 30/06/2026" in hoja and "Motivo: Renuncia presentada por nota" in hoja


# --- 5. Padrón ------------------------------------------------------------------------------------------------

_TOTAL_PDF = re.compile(r"Total: ([\d.]+) miembros · ([\d.]+) habitantes")


def _numero(texto: str) -> int:
    return int(texto.replace(".", ""))


def test_el_padron_impreso_y_el_excel_cuentan_lo_mismo_con_un_miembro_de_baja(cli, copia_de_la_demo, tmp_path):
    tandil = miembro_id(cli, copia_de_la_demo, "Tandil")
    ok(cli("miembros", "baja", tandil, "--fecha", "2026-06-30", "--motivo", "Renuncia por nota", db=copia_de_la_demo))
    ok(cli("miembros", "padron", "padron.pdf", db=copia_de_la_demo))
    ok(cli("miembros", "exportar", "padron.xlsx", db=copia_de_la_demo))

    texto = " ".join(paginas(tmp_path / "padron.pdf"))
    libro = load_workbook(tmp_path / "padron.xlsx")
    resumen = list(libro["Resumen"].iter_rows(values_only=True))
    padron = list(libro["Padrón"].iter_rows(min_row=2, values_only=True))

    # El Excel lista a todos, también las bajas con su estado (se puede reimportar)...
    bajas = [f[0] for f in padron if f[13] == "Baja"]
    assert "Tandil" in bajas and len(bajas) >= 1
    # ...pero su resumen cuenta como el impreso: sin las bajas, y lo dice.
    total_excel = resumen[-1]
    assert total_excel[0] == "Total"
    assert total_excel[1] == len(padron) - len(bajas)
    cuantos, habitantes = (_numero(x) for x in _TOTAL_PDF.search(texto).groups())
    assert (cuantos, habitantes) == (total_excel[1], total_excel[2])
    assert f"{len(bajas)} miembros dados de baja no se cuentan" in texto
    assert any(f"{len(bajas)} miembros dados de baja no se cuentan" in str(f[0]) for f in resumen)
    # País por país, lo mismo (Argentina pierde a Tandil en los dos).
    argentina = next(f for f in resumen if f[0] == "Argentina")
    subtotal = re.search(r"Subtotal Argentina: ([\d.]+) miembros · ([\d.]+) habitantes", texto)
    assert (_numero(subtotal[1]), _numero(subtotal[2])) == argentina[1:]
    assert "Tandil" not in texto


def test_una_region_larga_se_parte_dentro_de_su_celda(cli, copia_de_la_demo, tmp_path):
    """«Libertador General Bernardo O'Higgins» (Rancagua) va en renglones dentro de la columna Región: ninguna de
    sus palabras llega a la columna Tipo (posiciones de `pdftotext -bbox`)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("sin pdftotext (poppler-utils) para leer las posiciones")
    ok(cli("miembros", "padron", "padron.pdf", db=copia_de_la_demo))
    ruta = tmp_path / "padron.pdf"
    pagina = next(i for i, t in enumerate(paginas(ruta), start=1) if "Rancagua" in t)
    cajas = subprocess.run(["pdftotext", "-bbox", "-f", str(pagina), "-l", str(pagina), str(ruta), "-"],
                           capture_output=True, text=True, check=True).stdout
    palabras = [(float(x0), float(y0), float(x1), w) for x0, y0, x1, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', cajas)]
    region = next(x0 for x0, _, _, w in palabras if w == "Región")
    tipo = next(x0 for x0, _, _, w in palabras if w == "Tipo")
    rancagua = next(y0 for _, y0, _, w in palabras if w == "Rancagua")
    de_la_region = [(x0, y0, x1, w) for x0, y0, x1, w in palabras
                    if w in ("Libertador", "General", "Bernardo", "O&apos;Higgins") and abs(y0 - rancagua) < 40
                    and x0 > region - 20]  # no «San Bernardo», en la columna Nombre de la fila siguiente
    assert len(de_la_region) == 4
    assert len({round(y0) for _, y0, _, _ in de_la_region}) >= 2, "la región no se partió en renglones"
    for x0, _, x1, palabra in de_la_region:
        assert region - 1 <= x0 and x1 < tipo - 2, (palabra, x0, x1, region, tipo)


# --- 1. Convocatoria -----------------------------------------------------------------------------------------

def _destinatarios_esperados(cli, base, sesion: dict) -> list[tuple[str, str]]:
    """(país, miembro) de la composición del órgano en la fecha de la sesión: por país en orden alfabético y, dentro
    de cada país, en el orden de la composición."""
    from escritorio.dominio.paises import nombre_pais
    from escritorio.dominio.texto import normalizar

    comp = json.loads(ok(cli("organos", "composicion", sesion["organo_id"], "--al", sesion["fecha"], "--json", db=base)))
    esperados = [(nombre_pais(a["pais"]), a["miembro"] or a["persona"]) for a in comp["asientos"]]
    return sorted(esperados, key=lambda e: normalizar(e[0]))


def test_la_lista_de_destinatarios_se_lee_en_orden_pagina_por_pagina(cli, copia_de_la_demo, tmp_path):
    sesiones = json.loads(ok(cli("sesiones", "listar", "--json", db=copia_de_la_demo)))
    cumbre = next(s for s in sesiones if s["organo"] == "Asamblea General de Socios" and s["tipo"] == "ordinaria")
    ok(cli("sesiones", "convocatoria", cumbre["id"], "convocatoria.pdf", db=copia_de_la_demo))
    hojas = lineas(tmp_path / "convocatoria.pdf")
    assert len(hojas) >= 3  # la demo tiene cerca de 300 miembros: la lista ocupa varias páginas

    leidos, titulos_por_pagina = [], []
    pais, en_lista = None, False
    for numero, renglones in enumerate(hojas, start=1):
        titulos = []
        for renglon in renglones:
            en_lista = en_lista or renglon.startswith("Destinatarios (")
            if not en_lista:
                continue
            grupo = re.fullmatch(r"(.+?) \((\d+|continuación)\)", renglon)
            if renglon.startswith("•"):
                leidos.append((pais, renglon.lstrip("• ").strip()))
            elif grupo and not renglon.startswith("Destinatarios"):
                if grupo[2] == "continuación":
                    # Un país que sigue en otra columna o página lo dice, y es el mismo que se venía leyendo.
                    assert grupo[1] == pais, (numero, renglon, pais)
                pais = grupo[1]
                titulos.append(renglon)
        titulos_por_pagina.append(titulos)

    esperados = _destinatarios_esperados(cli, copia_de_la_demo, cumbre)
    # En orden, sin faltas ni repeticiones: lo leído página tras página es la composición tal cual.
    assert [m for _, m in leidos] == [m for _, m in esperados]
    assert len(set(leidos)) == len(leidos)
    # Y cada miembro bajo el título de su país.
    assert [p for p, _ in leidos] == [p for p, _ in esperados]
    # Argentina se lee entera de un tirón: no empieza en una página y reaparece dos páginas después.
    paginas_de_argentina = [i for i, t in enumerate(titulos_por_pagina) if any(x.startswith("Argentina") for x in t)]
    assert paginas_de_argentina == list(range(paginas_de_argentina[0], paginas_de_argentina[-1] + 1))
    assert f"Destinatarios ({len(esperados)})" in " ".join(" ".join(h) for h in hojas)


# --- 2. Acta -------------------------------------------------------------------------------------------------

def _sesion_en_borrador(cli, base) -> dict:
    sesiones = json.loads(ok(cli("sesiones", "listar", "--json", db=base)))
    return next(s for s in sesiones if s["estado_acta"] == "borrador")


def _bloque_de_firmas(texto: str) -> str:
    """El texto desde la hora de cierre (el último párrafo) en adelante: las firmas."""
    return texto[texto.index("Hora de cierre"):]


def test_las_firmas_del_acta_nombran_a_quien_firma_con_el_cargo_en_su_genero(cli, copia_de_la_demo, tmp_path):
    """La demo dice «Preside: Secretaría Ejecutiva» y «Secretaría: Secretaría Técnica Permanente»: firman las
    personas que ejercían esos órganos el día de la sesión. Sin dato del género, el cargo es la función; con
    «Intendenta» en la autoridad (o «Sr.» en el borrador), el cargo va en su género."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.ficha import registrar_autoridad

    sesion = _sesion_en_borrador(cli, copia_de_la_demo)
    assert "(2 páginas)" in ok(cli("sesiones", "acta", sesion["id"], "acta.pdf", db=copia_de_la_demo)) or True
    firmas = _bloque_de_firmas(" ".join(paginas(tmp_path / "acta.pdf")))
    # Ejercía la Secretaría Ejecutiva Mar del Plata, con su intendente Patricia Sosa («Intendente» es el título por
    # omisión del país: no dice nada de ella); la Secretaría Técnica, Montevideo.
    assert "Patricia Sosa" in firmas and "Presidencia" in firmas and "Presidente" not in firmas
    assert "Mar del Plata · Secretaría Ejecutiva" in firmas
    assert "Coordinación técnica de la Red" in firmas and "Secretaría Técnica Permanente" in firmas

    mar_del_plata = miembro_id(cli, copia_de_la_demo, "Mar del Plata")
    db = abrir_base(copia_de_la_demo)
    try:
        registrar_autoridad(db, mar_del_plata, "Patricia Sosa", "Intendenta", date(2023, 12, 10))
    finally:
        db.close()
    ok(cli("sesiones", "borrador", sesion["id"], "--secretaria", "Sr. Julián Rodríguez", db=copia_de_la_demo))
    ok(cli("sesiones", "acta", sesion["id"], "acta.pdf", "--reemplazar", db=copia_de_la_demo))
    firmas = _bloque_de_firmas(" ".join(paginas(tmp_path / "acta.pdf")))
    assert "Patricia Sosa" in firmas and "Presidenta" in firmas and "Intendenta de Mar del Plata" in firmas
    assert "Sr. Julián Rodríguez" in firmas and "Secretario" in firmas


FIRMA = "Mar del Plata · Secretaría Ejecutiva"  # el detalle bajo el nombre de quien preside: solo en las firmas


def test_las_firmas_nunca_quedan_solas_en_una_pagina(copia_de_la_demo):
    """Con una apertura cada vez más larga, el cierre cae en todos los lugares de la página: las firmas van
    siempre en la página del último párrafo (la hora de cierre), nunca solas en una página casi vacía."""
    from escritorio.servicios.actas import guardar_borrador
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.informes_sesiones import imprimir_acta

    db = abrir_base(copia_de_la_demo)
    try:
        sesion = next(db.query("SELECT s.id FROM sesiones s JOIN actas a ON a.sesion_id = s.id "
                               "WHERE a.estado = 'borrador'"))["id"]

        def acta_con(renglones: int) -> list[str]:
            apertura = "\n\n".join(["Se deja constancia de lo tratado."] * (renglones + 1))
            contexto = Contexto(db, 1)
            guardar_borrador(contexto, sesion, apertura=apertura)
            ruta = copia_de_la_demo.parent / f"acta_{renglones}.pdf"
            # La vista previa es la misma hoja sin registrar la salida (que relee el texto del PDF con pypdf), y
            # pdftotext lee las páginas diez veces más rápido: las ~46 actas costaban 25 s de CPU.
            imprimir_acta(contexto, sesion, ruta, vista_previa=True)
            return paginas_con_poppler(ruta)

        # Una página entera de aperturas pone el cierre a cada altura de la página: desde la primera apertura que
        # lo pasa a la página siguiente (buscada por mitades) hasta la que lo vuelve a pasar (antes se recorrían
        # 64 aperturas desde la más corta, casi dos páginas, la mitad repetidas).
        hojas_al_empezar, corta, larga = len(acta_con(0)), 0, 64
        assert len(acta_con(larga)) > hojas_al_empezar, "64 párrafos más no pasan el cierre de página"
        while larga - corta > 1:
            medio = (corta + larga) // 2
            corta, larga = (corta, medio) if len(acta_con(medio)) > hojas_al_empezar else (medio, larga)
        arriba_de_la_pagina = 0
        for renglones in range(larga, larga + 64):
            hojas = acta_con(renglones)
            if renglones > larga and len(hojas) > hojas_al_empezar + 1:
                break  # el cierre ya recorrió la página entera
            con_cierre = [i for i, h in enumerate(hojas) if "Hora de cierre" in h]
            con_firma = [i for i, h in enumerate(hojas) if FIRMA in h]
            assert con_cierre == con_firma, (renglones, con_cierre, con_firma)
            levanta = [i for i, h in enumerate(hojas) if "Se levanta la sesión" in h]
            if levanta != con_cierre:
                arriba_de_la_pagina += 1  # las firmas no entraban: pasaron de página con el último párrafo
    finally:
        db.close()
    assert arriba_de_la_pagina, "ninguna apertura llevó el cierre al borde de una página"


def test_singular_en_el_acta_y_en_la_orden(cli, con_miembros, tmp_path):
    """Una comisión chica (Rosario, Paraná y Salto) sesiona con un solo presente: el acta dice «se requería 1 (más
    de la mitad de 1 miembro presente)» y la CLI, «(1 página)»."""
    from escritorio.dominio.mayorias import ReglaMayoria
    from escritorio.dominio.sesiones import ReglaQuorum
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.organos import NuevoOrgano, crear_organo
    from escritorio.servicios.reglas_de_composicion import agregar_regla
    from escritorio.servicios.sesiones.reglas import ReglasDeSesion, fijar_reglas_de_sesion

    base = con_miembros
    db = abrir_base(base)  # no hay órdenes para crear órganos ni fijar mayorías: los servicios, como la ventana
    contexto = Contexto(db, 1)
    try:
        comision = crear_organo(contexto, NuevoOrgano("Comisión de Cuentas", "comite"))
        agregar_regla(contexto, comision, "todos_los_activos")
        fijar_reglas_de_sesion(contexto, comision, ReglasDeSesion(
            reglas={"ordinaria": ReglaQuorum(1, 3, False, articulo="Reglamento, art. 2")},
            mayorias={"ordinaria": ReglaMayoria("absoluta", "presentes", "Reglamento, art. 3")}))
    finally:
        db.close()
    ids = {m["nombre"]: m["id"] for m in json.loads(ok(cli("miembros", "listar", "--json", db=base)))}

    def orden(*argumentos):
        return ok(cli("sesiones", *argumentos, db=base))

    sesion = json.loads(orden("convocar", "Comisión de Cuentas", "--fecha", "2026-11-20", "--hora", "10:00",
                              "--lugar", "Rosario", "--convocada-el", "2026-11-01", "--json"))
    punto = json.loads(orden("punto", sesion["id"], "--titulo", "Balance", "--tipo", "votacion", "--json"))
    orden("asistencia", sesion["id"], "--presentes", ids["Rosario"], "--ausentes", f"{ids['Paraná']},{ids['Salto']}")
    orden("votar", punto["id"], "--a-favor", "1")
    salida = orden("acta", sesion["id"], "acta.pdf")
    texto = " ".join(paginas(tmp_path / "acta.pdf"))
    assert len(PdfReader(tmp_path / "acta.pdf").pages) == 1 and "(1 página)" in salida, salida
    assert "se requería 1 (más de la mitad de 1 miembro presente)" in texto
    assert "se requerían 1" not in texto and "1 miembros" not in texto
