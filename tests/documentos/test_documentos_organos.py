"""Documentos de estatutos y órganos: texto vigente, organigrama, composición, informe de unidad y planillas.

Los PDF se leen de vuelta con pypdf y las planillas con openpyxl: se comprueba lo que vería quien
los imprime o los abre. No hace falta base de datos: los datos se arman a mano con la forma que
devuelven los servicios.
"""

import itertools
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from escritorio.documentos.excel.organos import (COLUMNAS_COMPOSICION, CUMPLE, escribir_composicion_xlsx,
                                                 escribir_matriz_unidades_xlsx)
from escritorio.documentos.pdf.base import tamano_papel
from escritorio.documentos.pdf.estatuto import escribir_texto_norma_pdf
from escritorio.documentos.pdf.organigrama import escribir_organigrama_pdf
from escritorio.documentos.pdf.organos import escribir_composicion_pdf
from escritorio.documentos.pdf.unidades import escribir_informe_unidad_pdf
from escritorio.dominio.normas import VersionArticulo, texto_vigente
from escritorio.dominio.organos import Asiento
from escritorio.servicios.organos import Composicion
from escritorio.servicios.unidades import Matriz

HOY = date(2026, 3, 5)
RARO = "Villa <b>&amp; Sol</b> & Co"
ASOCIACION = dict(asociacion="Red de Ciudades del Sur", sigla="RCS", papel="A4")
ORIGINAL = date(1995, 11, 11)
REFORMA = date(2019, 12, 1)
RESOLUCION = "Asamblea General, Resolución 12/2019"
TEXTO_13_ORIGINAL = "El Consejo se integra con una ciudad de cada país miembro, elegida por la Asamblea."
TEXTO_13_REFORMADO = ("El Consejo es el órgano superior de dirección entre Asambleas. Está integrado por dos "
                      "ciudades de cada país miembro pleno y una ciudad de cada país asociado.")
UNIDADES = ("Ambiente y desarrollo sostenible", "Autonomía, gestión y financiamiento municipal",
            "Ciencia, tecnología y capacitación", "Cooperación internacional", "Cultura", "Desarrollo económico local",
            "Desarrollo social", "Desarrollo urbano", "Educación", "Género y municipio", "Integración fronteriza",
            "Juventud", "Planificación estratégica", "Seguridad ciudadana", "Turismo")


def paginas(ruta) -> list[str]:
    """El texto de cada página con los espacios normalizados (los saltos de línea cuentan como espacio)."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages]


def texto(ruta) -> str:
    return " ".join(paginas(ruta))


# --- Texto vigente de la norma ---------------------------------------------------------------------

def versiones() -> list[VersionArticulo]:
    """Un estatuto de 25 artículos de 1995 con el artículo 13 reformado en 2019."""
    todas = [VersionArticulo(str(n), f"Título del artículo {n}",
                             f"Texto del artículo {n}. " + "La Red se rige por este Estatuto y sus reglamentos. " * 6,
                             ORIGINAL, False, "Acta fundacional") for n in range(1, 26) if n != 13]
    todas.append(VersionArticulo("13", "Consejo", TEXTO_13_ORIGINAL, ORIGINAL, False, "Acta fundacional"))
    todas.append(VersionArticulo("13", "Consejo", TEXTO_13_REFORMADO, REFORMA, False, RESOLUCION))
    return todas


REFORMAS = [
    {"vigente_desde": ORIGINAL.isoformat(), "aprobada_por": "Acta fundacional", "descripcion": "Texto original",
     "articulos": 25},
    {"vigente_desde": REFORMA.isoformat(), "aprobada_por": RESOLUCION, "descripcion": "Reforma del artículo 13",
     "articulos": 1},
]


def escribir_norma(ruta, al: date, articulos=None, titulo="Estatuto", **otros) -> int:
    reformas = [r for r in REFORMAS if r["vigente_desde"] <= al.isoformat()]
    datos = dict(ASOCIACION, titulo=titulo, al=al, reformas=reformas, generado=HOY,
                 articulos=texto_vigente(versiones(), al) if articulos is None else articulos)
    datos.update(otros)
    return escribir_texto_norma_pdf(ruta, **datos)


def pagina_en_indice(primera: str, numero: str, titulo: str) -> int:
    """La página que el índice (en la primera página) da para el artículo: «Artículo 13 Consejo 3»."""
    encontrado = re.search(rf"Artículo {re.escape(numero)} {re.escape(titulo)} (\d+)\b", primera)
    assert encontrado, f"El índice no lista el artículo {numero}: {primera}"
    return int(encontrado[1])


def test_texto_vigente_en_2020_tiene_el_indice_y_el_articulo_reformado(tmp_path):
    ruta = tmp_path / "estatuto.pdf"
    total = escribir_norma(ruta, date(2020, 1, 1))

    hojas = paginas(ruta)
    assert total == len(hojas) > 1
    assert "Estatuto" in hojas[0] and "Texto vigente al 01/01/2020" in hojas[0]
    assert "Índice" in hojas[0]
    pagina = pagina_en_indice(hojas[0], "13", "Consejo")
    assert "Artículo 13 — Consejo" in hojas[pagina - 1]
    assert TEXTO_13_REFORMADO in " ".join(hojas)
    assert TEXTO_13_ORIGINAL not in " ".join(hojas)
    assert f"Texto según reforma vigente desde 01/12/2019 ({RESOLUCION})" in hojas[pagina - 1]
    for numero, hoja in enumerate(hojas, start=1):
        assert f"Página {numero} de {total}" in hoja
    assert "Estatuto — texto vigente al 01/01/2020" in hojas[1]  # encabezado de las páginas de texto


def test_cada_articulo_del_indice_esta_en_la_pagina_que_dice(tmp_path):
    ruta = tmp_path / "estatuto.pdf"
    escribir_norma(ruta, date(2020, 1, 1))

    hojas = paginas(ruta)
    for n in range(1, 26):
        titulo = "Consejo" if n == 13 else f"Título del artículo {n}"
        assert f"Artículo {n} — {titulo}" in hojas[pagina_en_indice(hojas[0], str(n), titulo) - 1]


def test_texto_vigente_en_2000_tiene_el_texto_original(tmp_path):
    ruta = tmp_path / "estatuto.pdf"
    escribir_norma(ruta, date(2000, 1, 1))

    completo = texto(ruta)
    assert TEXTO_13_ORIGINAL in completo
    assert TEXTO_13_REFORMADO not in completo
    assert "Texto según reforma" not in completo
    assert "Resolución 12/2019" not in completo
    assert pagina_en_indice(paginas(ruta)[0], "13", "Consejo") > 1


def test_al_final_la_lista_de_reformas(tmp_path):
    ruta = tmp_path / "estatuto.pdf"
    escribir_norma(ruta, date(2020, 1, 1))

    ultima = paginas(ruta)[-1]
    assert "Reformas incorporadas" in ultima
    assert "11/11/1995 Acta fundacional Texto original 25" in ultima
    assert f"01/12/2019 {RESOLUCION} Reforma del artículo 13 1" in ultima


def test_una_reforma_posterior_a_la_fecha_se_menciona_pero_no_se_incorpora(tmp_path):
    ruta = tmp_path / "estatuto.pdf"
    escribir_norma(ruta, date(2000, 1, 1), reformas=REFORMAS)

    completo = texto(ruta)
    assert "no incluye 1 reforma con vigencia posterior al 01/01/2000 (la primera, desde el 01/12/2019)" in completo
    assert RESOLUCION not in completo


def test_titulos_y_textos_con_marcado_se_imprimen_tal_cual(tmp_path):
    ruta = tmp_path / "estatuto.pdf"
    articulos = [VersionArticulo("1", "<b>&", "Primer párrafo con <i>etiquetas</i> & signos.\n\nSegundo párrafo.",
                                 ORIGINAL)]
    escribir_norma(ruta, date(2020, 1, 1), articulos=articulos, titulo="Estatuto <b>&", asociacion=RARO)

    completo = texto(ruta)
    assert "Estatuto <b>&" in completo
    assert "Artículo 1 — <b>&" in completo
    assert "Primer párrafo con <i>etiquetas</i> & signos." in completo
    assert "Segundo párrafo." in completo
    assert RARO in completo
    assert PdfReader(ruta).metadata.title == "Estatuto <b>& — texto vigente al 01/01/2020"


def test_norma_sin_articulos_vigentes_y_tamano_de_papel(tmp_path):
    ruta = tmp_path / "vacia.pdf"
    assert escribir_norma(ruta, date(1990, 1, 1), articulos=[], papel="Carta") == 1

    assert "La norma no tenía artículos vigentes al 01/01/1990." in texto(ruta)
    caja = PdfReader(ruta).pages[0].mediabox
    assert (round(float(caja.width)), round(float(caja.height))) == tuple(round(x) for x in tamano_papel("Carta"))


def test_articulo_sin_titulo_usa_el_comienzo_del_texto_en_el_indice(tmp_path):
    ruta = tmp_path / "estatuto.pdf"
    articulos = [VersionArticulo("1", None, "Los socios fundadores son las ciudades firmantes del acta.", ORIGINAL),
                 VersionArticulo("1 bis", "Socios honorarios", "La Asamblea puede nombrar socios honorarios.", REFORMA,
                                 False, RESOLUCION)]
    escribir_norma(ruta, date(2020, 1, 1), articulos=articulos)

    (hoja,) = paginas(ruta)  # índice corto: el texto sigue en la misma página
    assert "Artículo 1 Los socios fundadores son las ciudades firmantes del acta. 1" in hoja
    assert "Artículo 1 bis Socios honorarios 1" in hoja
    assert "Artículo 1 bis — Socios honorarios" in hoja
    assert "Texto según reforma vigente desde 01/12/2019" in hoja


def test_si_falla_no_queda_archivo(tmp_path):
    ruta = tmp_path / "estatuto.pdf"
    with pytest.raises(ValueError):
        escribir_norma(ruta, date(2020, 1, 1), papel="Tabloide")
    assert list(tmp_path.iterdir()) == []


# --- Organigrama ---------------------------------------------------------------------------------

def organos_de_ejemplo() -> list[dict]:
    def organo(id_, nombre, tipo, tipo_nombre, padre_id, padre, articulo=None):
        return dict(id=id_, nombre=nombre, tipo=tipo, tipo_nombre=tipo_nombre, padre_id=padre_id, padre=padre,
                    atribuciones=None, frecuencia_meses=None, articulo=articulo)

    organos = [
        organo(1, "Asamblea General de Socios", "asamblea", "Asamblea", None, None, "Estatuto, art. 12"),
        organo(2, "Consejo", "consejo", "Consejo", 1, "Asamblea General de Socios", "Estatuto, art. 13"),
        organo(3, "Comisión Directiva", "comision_directiva", "Comisión Directiva", 2, "Consejo"),
        organo(4, "Secretaría Ejecutiva", "secretaria_ejecutiva", "Secretaría Ejecutiva", 2, "Consejo"),
        organo(5, "Secretaría Técnica Permanente", "secretaria_tecnica", "Secretaría Técnica", 4,
               "Secretaría Ejecutiva"),
    ]
    organos += [organo(6 + i, f"UT {nombre}", "unidad_tematica", "Unidad temática", 2, "Consejo", "Estatuto, art. 17")
                for i, nombre in enumerate(UNIDADES)]
    return organos


def titulares_de_ejemplo(organos) -> dict[int, list[str]]:
    titulares = {o["id"]: [f"Ciudad {o['id']} (Uruguay) · Coordinador"] for o in organos}
    titulares[1] = ["298 miembros activos"]
    titulares[2] = [f"Ciudad {i} (Brasil) · Titular" for i in range(15)]
    titulares[4] = ["Montevideo (Uruguay) · Titular"]
    return titulares


def test_organigrama_tiene_todos_los_organos_en_una_pagina(tmp_path):
    ruta = tmp_path / "organigrama.pdf"
    organos = organos_de_ejemplo()
    assert escribir_organigrama_pdf(ruta, **ASOCIACION, organos=organos, titulares=titulares_de_ejemplo(organos),
                                    al=date(2025, 6, 1), generado=HOY) == 1

    (pagina,) = paginas(ruta)
    for organo in organos:
        assert organo["nombre"] in pagina, organo["nombre"]
    assert "Organigrama al 01/06/2025" in pagina
    assert "Unidades temáticas (15)" in pagina
    assert "Montevideo (Uruguay) · Titular" in pagina
    assert "298 miembros activos" in pagina
    assert "y 10 más" in pagina  # 15 titulares del Consejo: entran cinco líneas y el resumen
    assert "Página 1 de 1" in pagina
    caja = PdfReader(ruta).pages[0].mediabox
    assert float(caja.width) > float(caja.height)  # apaisada: el árbol es más ancho que alto


def test_organigrama_con_nombres_raros_huerfanos_y_ciclos(tmp_path):
    ruta = tmp_path / "organigrama.pdf"
    organos = [
        dict(id=1, nombre=RARO, tipo="asamblea", tipo_nombre="Asamblea", padre_id=None),
        dict(id=2, nombre="Comité de ética", tipo="comite", tipo_nombre="Comité", padre_id=99),  # superior inexistente
        dict(id=3, nombre="Grupo A", tipo="grupo_trabajo", tipo_nombre="Grupo de trabajo", padre_id=4),
        dict(id=4, nombre="Grupo B", tipo="grupo_trabajo", tipo_nombre="Grupo de trabajo", padre_id=3),  # ciclo
    ]
    escribir_organigrama_pdf(ruta, **ASOCIACION, organos=organos, titulares={}, al=date(2025, 6, 1))

    (pagina,) = paginas(ruta)
    for organo in organos:
        assert organo["nombre"] in pagina
    assert "Sin integrantes registrados" in pagina


def test_organigrama_sin_organos(tmp_path):
    ruta = tmp_path / "organigrama.pdf"
    escribir_organigrama_pdf(ruta, **ASOCIACION, organos=[], titulares={}, al=date(2025, 6, 1))
    assert "todavía no tiene órganos registrados" in texto(ruta)


# --- Composición ------------------------------------------------------------------------------

def asiento(miembro, pais="BR", cargo="titular", con_voto=True, persona=None, hasta=date(2026, 11, 30)):
    # cada ciudad, su id (la composición cuenta miembros, no asientos)
    return Asiento(1, next(_IDS), miembro, pais, persona, cargo, con_voto, date(2024, 12, 1), hasta)


_IDS = itertools.count(1)


AVISO = "Consejo: Brasil ocupa 3 puestos; el Estatuto, art. 13 admite 2."


def composicion_consejo(avisos=(AVISO,), cantidad=3) -> Composicion:
    asientos = [asiento(f"Ciudad {i}", persona=f"Persona {i}") for i in range(cantidad)]
    asientos.append(asiento("Asunción", "PY", "observador", con_voto=False, hasta=None))
    organo = {"id": 2, "nombre": "Consejo", "tipo": "consejo", "tipo_nombre": "Consejo",
              "articulo": "Estatuto, art. 13"}
    return Composicion(organo, date(2025, 6, 1), asientos, list(avisos))


def test_composicion_en_pdf_con_sus_avisos(tmp_path):
    ruta = tmp_path / "consejo.pdf"
    assert escribir_composicion_pdf(ruta, **ASOCIACION, composicion=composicion_consejo(), al=date(2025, 6, 1),
                                    generado=HOY) == 1

    pagina = texto(ruta)
    assert "Miembro País Persona Cargo Voto Desde Hasta" in pagina
    assert "Ciudad 0 Brasil Persona 0 Titular Sí 01/12/2024 30/11/2026" in pagina
    assert "Asunción Paraguay — Observador No 01/12/2024 —" in pagina
    assert "Consejo" in pagina and "4 al 01/06/2025 (3 con voto)" in pagina
    assert "Avisos" in pagina and AVISO in pagina
    assert "cumple las reglas" not in pagina


def test_composicion_sin_avisos_dice_que_cumple(tmp_path):
    ruta = tmp_path / "consejo.pdf"
    escribir_composicion_pdf(ruta, **ASOCIACION, composicion=composicion_consejo(avisos=()), al=date(2025, 6, 1))
    assert "La composición cumple las reglas del estatuto." in texto(ruta)


def test_composicion_larga_sigue_en_varias_paginas_y_los_avisos_van_al_final(tmp_path):
    ruta = tmp_path / "asamblea.pdf"
    avisos = [f"Asamblea: aviso número {i} sobre la composición." for i in range(40)]
    total = escribir_composicion_pdf(ruta, **ASOCIACION, composicion=composicion_consejo(avisos, cantidad=300),
                                     al=date(2025, 6, 1))

    hojas = paginas(ruta)
    assert total == len(hojas) > 5
    completo = " ".join(hojas)
    assert all(f"Ciudad {i} " in completo for i in range(300))
    assert all(aviso in completo for aviso in avisos)
    assert "Avisos (40)" in completo
    assert completo.index("Ciudad 299 ") < completo.index("Avisos (40)")
    assert f"Página {total} de {total}" in hojas[-1]


def test_composicion_con_nombres_raros(tmp_path):
    ruta = tmp_path / "consejo.pdf"
    composicion = composicion_consejo(avisos=[f"Aviso sobre {RARO}"])
    composicion.asientos.append(asiento(RARO))
    escribir_composicion_pdf(ruta, **ASOCIACION, composicion=composicion, al=date(2025, 6, 1))
    assert texto(ruta).count(RARO) == 2


# --- Planillas ---------------------------------------------------------------------------------------

def test_composicion_en_excel(tmp_path):
    ruta = tmp_path / "consejo.xlsx"
    composicion = composicion_consejo()
    composicion.asientos.append(asiento("=HYPERLINK(\"http://x\")", persona="+54 11"))
    escribir_composicion_xlsx(ruta, composicion, date(2025, 6, 1))

    libro = load_workbook(ruta)
    assert libro.sheetnames == ["Composición", "Avisos"]
    filas = list(libro["Composición"].iter_rows(values_only=True))
    assert filas[0] == COLUMNAS_COMPOSICION == ("Miembro", "País", "Persona", "Cargo", "De oficio por", "Con voto",
                                                "Motivo sin voto", "Desde", "Hasta")
    assert filas[1][:7] == ("Ciudad 0", "Brasil", "Persona 0", "Titular", None, "Sí", None)
    assert filas[1][7].date() == date(2024, 12, 1) and filas[1][8].date() == date(2026, 11, 30)
    assert filas[4][:7] == ("Asunción", "Paraguay", None, "Observador", None, "No", None) and filas[4][8] is None
    celda = libro["Composición"]["A6"]
    assert celda.value == "=HYPERLINK(\"http://x\")" and celda.data_type == "s"
    assert libro["Composición"]["H2"].number_format == "DD/MM/YYYY"
    assert list(libro["Avisos"].iter_rows(values_only=True)) == [("Aviso",), (AVISO,)]


def test_composicion_en_excel_sin_avisos(tmp_path):
    ruta = tmp_path / "consejo.xlsx"
    escribir_composicion_xlsx(ruta, composicion_consejo(avisos=()), date(2025, 6, 1))
    assert list(load_workbook(ruta)["Avisos"].iter_rows(values_only=True)) == [("Aviso",), (CUMPLE,)]


def test_matriz_de_unidades_en_excel(tmp_path):
    ruta = tmp_path / "matriz.xlsx"
    matriz = Matriz(["UT Cultura", "UT Turismo", "UT Juventud"], [
        ("Buenos Aires", "Argentina", ["Coordinador", "Integrante", ""]),
        ("=Montevideo", "Uruguay", ["", "Subcoordinador", "Integrante"]),
        ("Rosario", "Argentina", ["Integrante", "", ""]),
    ])
    escribir_matriz_unidades_xlsx(ruta, matriz, date(2025, 6, 1))

    hoja = load_workbook(ruta).active
    filas = list(hoja.iter_rows(values_only=True))
    assert filas[0] == ("Miembro", "País", "UT Cultura", "UT Turismo", "UT Juventud", "Unidades")
    assert filas[1] == ("Buenos Aires", "Argentina", "Coordinador", "Integrante", None, 2)
    assert filas[2] == ("=Montevideo", "Uruguay", None, "Subcoordinador", "Integrante", 2)
    assert hoja["A3"].data_type == "s"
    assert filas[4] == ("Participantes", None, 2, 2, 1, 5)
    assert hoja["C1"].alignment.text_rotation == 90
    assert hoja.freeze_panes == "C2"
    assert "01/06/2025" in filas[6][0]


# --- Informe de unidad temática ------------------------------------------------------------------------

def test_informe_de_unidad(tmp_path):
    ruta = tmp_path / "unidad.pdf"
    unidad = {"id": 10, "nombre": "UT Cultura", "tipo": "unidad_tematica", "tipo_nombre": "Unidad temática",
              "atribuciones": "Desarrollar y potenciar las actividades culturales.", "articulo": "Estatuto, art. 17",
              "padre": "Consejo"}
    composicion = Composicion(unidad, date(2025, 6, 1), [
        asiento("Río de Janeiro", cargo="coordinador", hasta=date(2026, 12, 31)),
        asiento("Rosario", "AR", cargo="subcoordinador", persona="Ana Pérez"),
        asiento(RARO, "UY", cargo="integrante", hasta=None),
    ], [])
    actividades = [
        {"titulo": "Festival de las ciudades", "desde": "2025-06-10", "hasta": "2025-06-12", "estado": "realizada",
         "responsable": "Río de Janeiro", "resultado": "Participaron 12 ciudades."},
        {"titulo": "Informe <anual>", "desde": "2026-01-15", "hasta": None, "estado": "prevista",
         "responsable": None, "resultado": None},
    ]
    total = escribir_informe_unidad_pdf(ruta, **ASOCIACION, unidad=unidad, composicion=composicion,
                                        actividades=actividades, al=date(2025, 6, 1), generado=HOY)

    completo = texto(ruta)
    assert total == 1
    assert "Informe de unidad temática" in completo and "UT Cultura" in completo
    assert "Objetivos Desarrollar y potenciar las actividades culturales." in completo
    assert "Coordinador Río de Janeiro Brasil" in completo
    assert "Subcoordinador Rosario Argentina Ana Pérez" in completo
    assert f"Ciudades participantes (1) Ciudad País Cargo Desde {RARO} Uruguay Integrante 01/12/2024" in completo
    assert "Título Fechas Estado Responsable Resultado" in completo
    assert ("Festival de las ciudades 10/06/2025 – 12/06/2025 Realizada Río de Janeiro Participaron 12 ciudades."
            in completo)
    assert "Informe <anual> desde 15/01/2026 Prevista" in completo
    assert "2 actividades: 1 prevista, 1 realizada." in completo
    assert "La composición cumple las reglas del estatuto." in completo
    assert "Página 1 de 1" in completo


def test_informe_de_unidad_vacia(tmp_path):
    ruta = tmp_path / "unidad.pdf"
    unidad = {"id": 10, "nombre": "UT Nueva", "atribuciones": None}
    composicion = Composicion(unidad, date(2025, 6, 1), [], ["UT Nueva: falta la coordinación."])
    escribir_informe_unidad_pdf(ruta, **ASOCIACION, unidad=unidad, composicion=composicion, actividades=[],
                                al=date(2025, 6, 1))

    completo = texto(ruta)
    assert "Sin objetivos registrados." in completo
    assert "no tiene coordinación designada" in completo
    assert "no tiene actividades registradas" in completo
    assert "Avisos" in completo and "UT Nueva: falta la coordinación." in completo
    assert "cumple las reglas" not in completo
