"""Documentos de sesiones: convocatoria y acta en PDF, asistencia y votaciones en Excel.

Los PDF se leen de vuelta con pypdf y las planillas con openpyxl: se comprueba lo que vería quien los
imprime o los abre. El acta se arma de dos maneras: con los servicios sobre una base real (borrador,
aprobación con su huella, fe de erratas) y a mano con las dataclasses (casos raros, actas largas).
"""

import re
from datetime import date, datetime, timezone

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ayudas import resolucion_que_aprueba_el_acta, tinta_de_la_marca_de_agua
from escritorio.documentos.excel.sesion import (COLUMNAS_ASISTENCIA, COLUMNAS_NOMINALES, COLUMNAS_VOTACIONES,
                                                escribir_sesion_xlsx)
from escritorio.documentos.pdf.acta import agrupar_nominales, escribir_acta_pdf
from escritorio.documentos.pdf.base import tamano_papel
from escritorio.documentos.pdf.convocatoria import escribir_convocatoria_pdf
from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.servicios.actas import (Acta, ContenidoActa, agregar_fe_de_erratas, aprobar_acta, guardar_borrador,
                                        obtener_acta)
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.sesiones.asistencia import (MarcaAsistencia, agregar_invitado, marcar_celebrada,
                                                      registrar_asistencias)
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto, resumir_punto
from escritorio.servicios.sesiones.reglas import fijar_regla_quorum
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar

HOY = date(2026, 6, 12)
RARO = '<b>&"comillas"</b> & \'simples\''
QUORUM = "Con la presencia de 5 de 6 miembros con derecho a voto se verifica el quórum (Estatuto, art. 19)."
CIUDADES = [("Rosario", "AR"), ("Córdoba", "AR"), ("Porto Alegre", "BR"), ("Curitiba", "BR"), ("Montevideo", "UY"),
            ("Salto", "UY")]


def paginas(ruta) -> list[str]:
    """El texto de cada página con los espacios normalizados (los saltos de línea cuentan como espacio)."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages]


def texto(ruta) -> str:
    return " ".join(paginas(ruta))


# --- Acta con los servicios ------------------------------------------------------------------------------

@pytest.fixture
def sesion_votada(db, asociacion_id):
    """Un Consejo de seis ciudades; cinco presentes (Córdoba por poder), un punto votado y su resolución, y la
    resolución de su punto de aprobación del acta."""
    contexto = Contexto(db, asociacion_id)
    ids = {n: guardar_ficha(contexto, FichaMiembro(nombre=n, pais=p, fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(250_000, 2020, "Censo"))
           for n, p in CIUDADES}
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for m in ids.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=m))
    fijar_regla_quorum(contexto, consejo, ReglaQuorum(articulo="Estatuto, art. 19"), poderes_maximos=2)
    sid = convocar(contexto, consejo, NuevaSesion(date(2026, 6, 10), hora="10:00", lugar="Montevideo",
                                                  convocada_el=date(2026, 5, 20)))
    punto = agregar_punto(contexto, sid, "Aprobación del plan de trabajo", "votacion")
    agregar_punto(contexto, sid, "Informe de la Secretaría", "informativo")
    resumir_punto(contexto, punto, f"Se debate el plan {RARO}.")
    for nombre in ("Rosario", "Porto Alegre", "Curitiba", "Montevideo"):
        registrar_asistencias(contexto, sid, [MarcaAsistencia(ids[nombre], "presente")])
    registrar_asistencias(contexto, sid, [MarcaAsistencia(ids["Córdoba"], "ausente", poder_a=ids["Rosario"])])
    agregar_invitado(contexto, sid, "María Gómez", "CAF")
    votar(contexto, punto, NuevaVotacion(a_favor=4, en_contra=1, abstenciones=0))
    adoptar_resolucion(contexto, punto, "resolucion", "Aprueba el plan de trabajo")
    resolucion = resolucion_que_aprueba_el_acta(contexto, sid)   # la de su punto «Aprobación del acta»
    marcar_celebrada(contexto, sid, hora_cierre="12:40")
    guardar_borrador(contexto, sid, apertura=f"Siendo las 10:00 se abre la sesión {RARO}.",
                     cierre="Sin más asuntos, se levanta la sesión.", preside="Intendencia de Montevideo",
                     secretaria="Secretaría Técnica")
    return asociacion_id, sid, resolucion["id"]


def test_el_borrador_lleva_la_marca_el_quorum_y_la_asistencia(db, sesion_votada, tmp_path):
    asociacion, sid, _ = sesion_votada
    ruta = tmp_path / "acta.pdf"
    contexto = Contexto(db, asociacion)
    total = escribir_acta_pdf(ruta, sigla="RML", papel="A4", acta=obtener_acta(contexto, sid), generado=HOY)
    hojas = paginas(ruta)
    assert total == len(hojas)
    todo = " ".join(hojas)
    # La marca de agua se ve en cada hoja (issue 43), pero no es texto: ni la palabra ni letras sueltas en el texto
    # que se copia o extrae; cada hoja dice «borrador» con palabras (la ficha de la primera, el pie de las otras).
    assert all(parte > 0.02 for parte in tinta_de_la_marca_de_agua(ruta)), tinta_de_la_marca_de_agua(ruta)
    assert all("BORRADOR" not in h and "borrador" in h.lower() for h in hojas)
    renglones = [r.strip() for p in PdfReader(ruta).pages for r in p.extract_text().splitlines()]
    assert not [r for r in renglones if r.isalpha() and r.isupper() and len(r) <= 3], renglones
    assert QUORUM in todo
    assert "ACTA N.º 1" in todo and "Consejo" in todo
    assert "Argentina: Córdoba, por poder otorgado a Rosario; Rosario." in todo
    assert "Uruguay: Montevideo." in todo
    assert "Salto (ausente)" in todo
    assert "María Gómez (CAF), invitado" in todo
    assert "Votación a mano alzada. Aprobada: 4 a favor, 1 en contra" in todo
    assert "Resolución 1/2026 del Consejo: Aprueba el plan de trabajo" in todo
    assert "Hora de cierre: 12:40 horas." in todo
    # Sin dato del género de quien firma, el cargo es la función (issue 14): «Presidencia», no «Presidente».
    assert "Intendencia de Montevideo Presidencia Secretaría Técnica Secretaría" in todo
    assert "huella SHA-256" not in todo and "Fe de erratas" not in todo
    for numero, hoja in enumerate(hojas, start=1):
        assert f"Página {numero} de {total}" in hoja


def test_el_acta_aprobada_muestra_la_huella_y_la_fe_de_erratas(db, sesion_votada, tmp_path):
    asociacion, sid, resolucion = sesion_votada
    contexto = Contexto(db, asociacion)
    huella = aprobar_acta(contexto, sid, resolucion, date(2026, 6, 10))
    agregar_fe_de_erratas(contexto, sid, "En el punto 1, donde dice «plan» debe decir «programa».")
    agregar_fe_de_erratas(contexto, sid, f"Corrección {RARO}")
    ruta = tmp_path / "acta.pdf"
    escribir_acta_pdf(ruta, sigla="RML", papel="A4", acta=obtener_acta(contexto, sid), generado=HOY)
    todo = texto(ruta)
    assert "BORRADOR" not in todo
    assert all(parte < 0.005 for parte in tinta_de_la_marca_de_agua(ruta))  # aprobada: sin marca de agua
    assert QUORUM in todo
    assert f"Aprobada por Resolución 2/2026 del Consejo el 10/06/2026 — huella SHA-256 del texto aprobado: {huella}" in todo
    assert "Anexo — Fe de erratas" in todo
    # La fecha de la fe de erratas la pone la base (date('now'), en UTC): hoy, aquí o en UTC.
    fechas = {d.strftime("%d/%m/%Y") for d in (date.today(), datetime.now(timezone.utc).date())}
    assert any(f"{f} En el punto 1, donde dice «plan» debe decir «programa»." in todo for f in fechas)
    assert f"Corrección {RARO}" in todo


def test_el_texto_del_usuario_se_imprime_tal_cual(db, sesion_votada, tmp_path):
    asociacion, sid, _ = sesion_votada
    ruta = tmp_path / "acta.pdf"
    escribir_acta_pdf(ruta, sigla="R&M <S>", papel="A4", acta=obtener_acta(Contexto(db, asociacion), sid), generado=HOY)
    todo = texto(ruta)
    assert f"Siendo las 10:00 se abre la sesión {RARO}." in todo
    assert f"Se debate el plan {RARO}." in todo
    assert "R&M <S>" in todo
    assert "&amp;" not in todo and "&quot;" not in todo and "&lt;" not in todo


# --- Acta armada a mano ---------------------------------------------------------------------------------

def contenido(**cambios) -> ContenidoActa:
    datos = dict(
        asociacion="Red de Ciudades del Sur", titulo="XXI sesión ordinaria — Consejo", organo="Consejo", numero=21,
        tipo="ordinaria", fecha="2026-06-10", hora="10:00", lugar="Montevideo", apertura="Se abre la sesión.",
        asistencia_por_pais={"Argentina": ["Buenos Aires", "Córdoba, por poder otorgado a Buenos Aires"]},
        ausentes=["Lima (excusado)"], invitados=[], quorum=QUORUM,
        puntos=[{"numeracion": "1", "titulo": "Reforma del estatuto", "tipo": "Votación", "resumen": None,
                 "votacion": "Votación nominal. Aprobada: 2 a favor, 1 en contra, 0 abstenciones; se requerían 2.",
                 "nominales": ["Buenos Aires: a_favor", "Córdoba: a_favor", "Rosario: en_contra",
                               "Paraná: no votó"]}],
        resoluciones=["Resolución 7/2026: Reforma del estatuto"], cierre="Se levanta la sesión.", hora_cierre=None,
        preside="Buenos Aires", secretaria="Secretaría Ejecutiva")
    datos.update(cambios)
    return ContenidoActa(**datos)


def test_los_votos_nominales_se_agrupan_por_sentido(tmp_path):
    ruta = tmp_path / "acta.pdf"
    escribir_acta_pdf(ruta, sigla="RCS", papel="A4", acta=Acta(contenido(), "borrador", None, None, None, [], False),
                      generado=HOY)
    todo = texto(ruta)
    assert "A favor (2): Buenos Aires; Córdoba." in todo
    assert "En contra (1): Rosario." in todo
    assert "No votó (1): Paraná." in todo
    assert agrupar_nominales(["Lima: abstencion", "Quito: a_favor", "sin forma"]) == [
        ("A favor", ["Quito"]), ("Abstención", ["Lima"]), ("", ["sin forma"])]


def test_un_acta_larga_numera_todas_sus_paginas_en_el_papel_pedido(tmp_path):
    por_pais = {f"País {p:02d}": [f"Ciudad {p}-{i}" for i in range(20)] for p in range(15)}
    puntos = [{"numeracion": f"{n}", "titulo": f"Punto {n} {RARO}", "tipo": "Deliberativo",
               "resumen": "Se delibera largamente sobre el asunto. " * 30, "votacion": None, "nominales": []}
              for n in range(1, 41)]
    acta = Acta(contenido(asistencia_por_pais=por_pais, puntos=puntos), "firmada", "c0ffee" * 10 + "beef",
                "Resolución 3/2026", "2026-07-01", [{"fecha": "2026-07-20", "texto": "Errata única."}], True)
    ruta = tmp_path / "acta.pdf"
    total = escribir_acta_pdf(ruta, sigla="RCS", papel="Oficio", acta=acta, generado=HOY)
    hojas = paginas(ruta)
    assert total == len(hojas) > 5
    assert all(f"Página {i} de {total}" in h for i, h in enumerate(hojas, start=1))
    ancho, alto = tamano_papel("Oficio")
    caja = PdfReader(ruta).pages[0].mediabox
    assert (round(float(caja.width)), round(float(caja.height))) == (round(ancho), round(alto))
    todo = " ".join(hojas)
    assert "Miembros presentes o representados (300)" in todo
    assert f"40. Punto 40 {RARO}" in todo
    assert "BORRADOR" not in todo
    assert "huella SHA-256 del texto aprobado: " + "c0ffee" * 10 + "beef" in todo
    assert "20/07/2026 Errata única." in hojas[-1]


# --- Convocatoria ----------------------------------------------------------------------------------------

PUNTOS = [{"numeracion": "1", "titulo": "Aprobación del acta anterior", "tipo": "votacion"},
          {"numeracion": "2", "titulo": "Informe de la Secretaría", "tipo": "informativo"},
          {"numeracion": "2.1", "titulo": "Estado de las cuotas", "tipo": "informativo"},
          {"numeracion": "3", "titulo": f"Reforma {RARO}", "tipo": "deliberativo"}]
REGLA = ("Quórum: la mitad más uno de los miembros con derecho a voto; en segunda convocatoria, pasados 60 minutos, "
         "con los presentes (Estatuto, art. 19).")
AVISO = "Convocada con 9 días de anticipación; el Estatuto, art. 18 pide 15."


def convocatoria(ruta, **cambios) -> int:
    datos = dict(asociacion="Red de Ciudades del Sur", sigla="RCS", papel="A4",
                 titulo="XXI sesión ordinaria — Consejo",
                 organo="Consejo", fecha=date(2026, 6, 10), hora="10:00", lugar="Montevideo", enlace=None,
                 puntos=PUNTOS, regla_quorum=REGLA, destinatarios=[f"Ciudad {i} (Argentina)" for i in range(1, 13)],
                 convocada_el=date(2026, 6, 1), aviso=AVISO, generado=HOY,
                 firma=("Carolina Cosse", "Presidenta del Consejo", "Intendenta de Montevideo · Secretaría Ejecutiva"))
    datos.update(cambios)
    return escribir_convocatoria_pdf(ruta, **datos)


def test_la_convocatoria_lista_el_orden_del_dia_y_advierte_el_plazo_corto(tmp_path):
    ruta = tmp_path / "convocatoria.pdf"
    total = convocatoria(ruta)
    hojas = paginas(ruta)
    todo = " ".join(hojas)
    assert total == len(hojas)
    assert "CONVOCATORIA" in todo and "XXI sesión ordinaria — Consejo" in todo
    assert "miércoles 10 de junio de 2026" in todo and "10:00 horas" in todo and "Montevideo" in todo
    orden = [todo.index(t) for t in ("1. Aprobación del acta anterior (Votación)", "2. Informe de la Secretaría",
                                     "2.1. Estado de las cuotas", f"3. Reforma {RARO} (Deliberativo)")]
    assert orden == sorted(orden)
    assert "convocatoria con plazo reducido" in todo and AVISO in todo
    assert REGLA in todo
    assert "Destinatarios (12)" in todo and "Ciudad 12 (Argentina)" in todo
    assert "Convocatoria emitida el 1 de junio de 2026." in todo
    # Quien convoca firma con su nombre, su cargo y de dónde le viene (issue 43), tras la fecha de emisión.
    assert ("Convocatoria emitida el 1 de junio de 2026. Carolina Cosse Presidenta del Consejo Intendenta de "
            "Montevideo · Secretaría Ejecutiva") in todo
    assert "&amp;" not in todo and "&quot;" not in todo
    assert f"Página 1 de {total}" in hojas[0]


def test_la_convocatoria_virtual_sin_aviso_ni_puntos(tmp_path):
    ruta = tmp_path / "convocatoria.pdf"
    convocatoria(ruta, lugar=None, enlace="https://reunion.example.org/consejo?a=1&b=2", aviso=None, puntos=[],
                 destinatarios=[])
    todo = texto(ruta)
    assert "https://reunion.example.org/consejo?a=1&b=2" in todo
    assert "modalidad virtual" in todo
    assert "plazo reducido" not in todo
    assert "El orden del día se comunicará por separado." in todo
    assert "Destinatarios (0)" in todo


def test_sin_nadie_que_convoque_la_firma_dice_el_cargo_y_se_aclara_a_mano(tmp_path):
    ruta = tmp_path / "convocatoria.pdf"
    convocatoria(ruta, firma=(None, "Presidencia de la Asamblea", None))
    assert "Convocatoria emitida el 1 de junio de 2026. Presidencia de la Asamblea Destinatarios" in texto(ruta)


def test_la_convocatoria_de_la_demo_la_firma_quien_preside_o_la_secretaria_ejecutiva(cli, copia_de_la_demo, tmp_path):
    """Issue 43: el bloque de firma de la convocatoria tenía título y ninguna persona. Firma quien presidía el órgano
    el día en que se convocó (como elige el acta a quien preside) y, si nadie lo presidía, quien ejercía la
    Secretaría Ejecutiva: en la demo, Patricia Sosa (Mar del Plata) en los dos casos, con su cargo."""
    import json

    sesiones = json.loads(cli("sesiones", "listar", "--json", db=copia_de_la_demo).stdout)
    consejo = next(s for s in sesiones if s["estado_acta"] == "borrador")   # la del Consejo
    asamblea = next(s for s in sesiones if "Asamblea" in s["titulo"])
    for sesion, nombre in ((consejo, "consejo.pdf"), (asamblea, "asamblea.pdf")):
        hecho = cli("sesiones", "convocatoria", sesion["id"], nombre, db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stderr
    assert re.search(r"Convocatoria emitida el .+?\. Patricia Sosa Presidencia del Consejo Mar del Plata · "
                     r"Secretaría Ejecutiva (Código de verificación: [0-9A-Z-]{14}.*?)?Destinatarios", texto(tmp_path / "consejo.pdf"))
    primera = paginas(tmp_path / "asamblea.pdf")[0]
    assert re.search(r"Convocatoria emitida el .+?\. Patricia Sosa Secretaría Ejecutiva Mar del Plata", primera)


def test_muchos_destinatarios_van_en_columnas(tmp_path):
    ruta = tmp_path / "convocatoria.pdf"
    destinatarios = [f"Municipalidad número {i:03d}" for i in range(1, 181)]
    total = convocatoria(ruta, destinatarios=destinatarios)
    hojas = paginas(ruta)
    assert all(f"Página {i} de {total}" in h for i, h in enumerate(hojas, start=1))
    todo = " ".join(hojas)
    assert all(d in todo for d in destinatarios)
    # En columnas: una fila impresa lleva varios destinatarios («• Municipalidad número 001 • Municipalidad…»).
    assert re.search(r"Municipalidad número 001 \W Municipalidad número 0\d\d", todo)


# --- Planilla de la sesión -----------------------------------------------------------------------------

def test_la_planilla_tiene_las_columnas_exactas(tmp_path):
    ruta = tmp_path / "sesion.xlsx"
    asistencia = [
        {"miembro": "Rosario", "pais": "Argentina", "estado": "presente", "representante": "Ana Ruiz",
         "poder_a": None, "con_voto": True, "motivo": None},
        {"miembro": "=Córdoba", "pais": "Argentina", "estado": "Ausente", "representante": None,
         "poder_a": "Rosario", "con_voto": True, "motivo": None},
        {"miembro": "Salto", "pais": "Uruguay", "estado": "excusado", "representante": None, "poder_a": None,
         "con_voto": False, "motivo": "Voto suspendido por cuotas impagas"},
    ]
    votaciones = [{"punto": "1. Plan de trabajo", "metodo": "nominal", "mayoria": "dos_tercios", "base": "presentes",
                   "a_favor": 4, "en_contra": 1, "abstenciones": 0, "resultado": "Aprobada: 4 a favor…"}]
    nominales = [{"punto": "1. Plan de trabajo", "miembro": "Rosario", "sentido": "a_favor"},
                 {"punto": "1. Plan de trabajo", "miembro": "Paraná", "sentido": None}]
    escribir_sesion_xlsx(ruta, titulo="I sesión ordinaria — Consejo", asistencia=asistencia, votaciones=votaciones,
                         nominales=nominales)
    libro = load_workbook(ruta)
    assert libro.sheetnames == ["Asistencia", "Votaciones", "Votos nominales"]
    filas = {h.title: list(h.iter_rows(values_only=True)) for h in libro.worksheets}
    assert filas["Asistencia"][0] == COLUMNAS_ASISTENCIA == (
        "Miembro", "País", "Asistencia", "Representante", "Poder a", "Con voto", "Motivo")
    assert filas["Votaciones"][0] == COLUMNAS_VOTACIONES == (
        "Punto", "Método", "Mayoría", "Base", "A favor", "En contra", "Abstenciones", "Resultado")
    assert filas["Votos nominales"][0] == COLUMNAS_NOMINALES == ("Punto", "Miembro", "Sentido")
    assert filas["Asistencia"][1:] == [
        ("Rosario", "Argentina", "Presente", "Ana Ruiz", None, "Sí", None),
        ("=Córdoba", "Argentina", "Ausente", None, "Rosario", "Sí", None),
        ("Salto", "Uruguay", "Excusado", None, None, "No", "Voto suspendido por cuotas impagas")]
    assert libro["Asistencia"]["A3"].data_type == "s"  # el texto que empieza con = no es una fórmula
    assert filas["Votaciones"][1] == ("1. Plan de trabajo", "Nominal", "Dos tercios", "Miembros presentes", 4, 1, 0,
                                      "Aprobada: 4 a favor…")
    assert filas["Votos nominales"][1:] == [("1. Plan de trabajo", "Rosario", "A favor"),
                                           ("1. Plan de trabajo", "Paraná", "No votó")]
    assert libro.properties.title == "I sesión ordinaria — Consejo"


def test_sin_votos_nominales_no_hay_hoja_de_nominales(tmp_path):
    ruta = tmp_path / "sesion.xlsx"
    escribir_sesion_xlsx(ruta, titulo="Sesión", asistencia=[], votaciones=[], nominales=[])
    libro = load_workbook(ruta)
    assert libro.sheetnames == ["Asistencia", "Votaciones"]
    assert [list(h.iter_rows(values_only=True)) for h in libro.worksheets] == [[COLUMNAS_ASISTENCIA],
                                                                             [COLUMNAS_VOTACIONES]]
