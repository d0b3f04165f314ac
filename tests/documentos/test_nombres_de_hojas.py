"""Los nombres de las hojas de cada libro de Excel que escribe el programa (issue 62 §5): Excel admite hasta 31
caracteres sin []:*?/\\, y la memoria en portugués cortaba el título de su tabla («Novas autoridades locais dos»).
Cada hoja lleva su nombre entero (el de su tabla, o el nombre corto que la tabla trae para su hoja), en castellano,
en portugués y en inglés. Y el plan de trabajo de la memoria lleva el inicio y el fin de cada actividad en dos
columnas de fechas de verdad (antes, un texto «15/01/2026 – 15/12/2026»), que Excel y LibreOffice ordenan y filtran.

Cada libro sale de la línea de órdenes (en el proceso), sobre la red de ejemplo, con `--idioma es|pt`; la memoria en
inglés (la ventana en inglés) se arma con el mismo servicio y el mismo escritor."""

import re
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from libros_de_la_demo import ANIO, LIBROS, libros  # noqa: F401 (la fixture)

PROHIBIDOS = re.compile(r"[\[\]:*?/\\]")


def _hojas(ruta) -> list[str]:
    libro = load_workbook(ruta, read_only=True)
    try:
        return [hoja.title for hoja in libro.worksheets]
    finally:
        libro.close()


def _validos(nombres: list[str]) -> list[str]:
    return [n for n in nombres if len(n) > 31 or PROHIBIDOS.search(n) or not n.strip()]


def _memoria_y_sus_hojas(base, idioma: str, ruta):
    """La memoria armada por el servicio en `idioma` y los nombres enteros que sus hojas deben llevar."""
    from escritorio.dominio.traduccion import traducir
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.memoria.anual import armar_memoria

    db = abrir_base(base)
    try:
        with en_idioma(idioma):
            memoria = armar_memoria(Contexto(db, 1), ANIO)
            if ruta is not None:
                from escritorio.documentos.excel.memoria import escribir_memoria_xlsx
                escribir_memoria_xlsx(ruta, memoria)
            enteros = [traducir("Resumen"), *(t.hoja or t.titulo for t in memoria.tablas()), traducir("Gráficos"),
                       traducir("Textos")]
            plan = traducir("Actividades de {0}").format(ANIO), traducir("Desde"), traducir("Hasta")
    finally:
        db.close()
    return enteros, plan


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_cada_hoja_de_cada_libro_lleva_un_nombre_valido(idioma, libros):
    _, _, hechos = libros
    for libro in LIBROS:
        nombres = _hojas(hechos[idioma, libro])
        assert nombres and not _validos(nombres), (libro, nombres)
        assert len({n.casefold() for n in nombres}) == len(nombres), (libro, nombres)


@pytest.mark.parametrize("idioma", ["es", "pt", "en"])
def test_la_planilla_de_problemas_de_una_importacion_lleva_un_nombre_valido(idioma, tmp_path):
    """La que guarda el asistente de importación (en el idioma de la ventana)."""
    from escritorio.dominio.importacion import Problema
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios.importacion import exportar_problemas

    with en_idioma(idioma):
        exportar_problemas([Problema("La población no es un número.", 3, "D", "Población", "mucha")],
                           tmp_path / "problemas.xlsx", archivo=tmp_path / "miembros.xlsx")
    nombres = _hojas(tmp_path / "problemas.xlsx")
    assert len(nombres) == 1 and not _validos(nombres), nombres


@pytest.mark.parametrize("idioma", ["es", "pt", "en"])
def test_las_hojas_de_la_memoria_llevan_su_nombre_entero(idioma, libros, tmp_path):
    base, _, hechos = libros
    ruta = tmp_path / "memoria_en.xlsx" if idioma == "en" else None
    enteros, _ = _memoria_y_sus_hojas(base, idioma, ruta)
    nombres = _hojas(ruta or hechos[idioma, "memoria"])
    assert len(nombres) > 10 and not _validos(enteros), [n for n in enteros if n in _validos(enteros)]
    cortados = [n for n in nombres if n not in enteros]
    assert not cortados, f"hojas con el nombre cortado: {cortados}; los enteros: {enteros}"


def test_en_ingles_los_nombres_de_las_hojas_de_los_otros_libros_tambien_caben(libros):
    """Los libros que no son la memoria nombran sus hojas con un texto fijo del programa: su traducción al inglés
    (la ventana en inglés) también cabe."""
    from escritorio.dominio.traduccion import traducir
    from escritorio.idiomas.traduccion import en_idioma

    _, _, hechos = libros
    with en_idioma("en"):
        en_ingles = {libro: [traducir(n) for n in _hojas(hechos["es", libro])] for libro in LIBROS if libro != "memoria"}
    assert not [n for nombres in en_ingles.values() for n in _validos(nombres)], en_ingles
    assert en_ingles["bitacora"] != _hojas(hechos["es", "bitacora"])   # se tradujo de verdad


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_plan_de_trabajo_de_la_memoria_lleva_el_inicio_y_el_fin_en_dos_columnas_de_fechas(idioma, libros):
    base, _, hechos = libros
    _, (hoja, desde, hasta) = _memoria_y_sus_hojas(base, idioma, None)
    libro = load_workbook(hechos[idioma, "memoria"])
    try:
        plan = libro[hoja]
        encabezados = [c.value for c in plan[1]]
        assert desde in encabezados and hasta in encabezados, encabezados
        columnas = encabezados.index(desde) + 1, encabezados.index(hasta) + 1
        filas = 0
        for fila in plan.iter_rows(min_row=2):
            inicio, fin = (fila[c - 1] for c in columnas)
            if inicio.value is None and fin.value is None:
                continue   # un renglón sin actividad (el total, o una sin fechas)
            for celda in (inicio, fin):
                assert isinstance(celda.value, (date, datetime)), (celda.coordinate, celda.value)
                assert celda.is_date and "YY" in celda.number_format.upper(), (celda.coordinate, celda.number_format)
            assert inicio.value <= fin.value
            filas += 1
        assert filas >= 10
    finally:
        libro.close()
