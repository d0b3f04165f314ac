"""Ninguna fecha va escrita como texto en los libros de Excel que escribe el programa (issue 62 §5): una fecha es
una celda de fecha (con formato dd/mm/aaaa), y un período, dos columnas de fechas («Desde» y «Hasta»; sin fin, la
celda vacía), que Excel y LibreOffice ordenan y filtran. Antes, la tabla de convenios de la memoria llevaba la
vigencia en un texto («11/01/2025 – 10/01/2027», «desde el 01/03/2005»).

Recorre cada celda de cada hoja de cada libro que sale de la línea de órdenes sobre la red de ejemplo (en castellano
y en portugués) y de la memoria en inglés (la ventana en inglés: el mismo servicio y el mismo escritor). Solo se
saltean las columnas de texto libre que pueden citar una fecha dentro de una frase (la lista de abajo, con el porqué
de cada una)."""

import re
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from libros_de_la_demo import ANIO, LIBROS, libros  # noqa: F401 (la fixture)

# dd/mm/aaaa (o d/m/aaaa) y aaaa-mm-dd: una fecha escrita como texto, sola o dentro de un período.
FECHA_EN_TEXTO = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")

# Columnas de texto libre (por libro, el título de la columna en castellano; se compara con su traducción): una
# frase que puede nombrar una fecha, no una fecha.
TEXTO_LIBRE = {
    "bitacora": (
        "Qué pasó",   # la frase de cada cambio: «Borrador del acta de la sesión … (15/09/2026)»
        "Detalle",    # los valores crudos de la fila que cambió (firmado_el: 2025-01-11; …), como se guardaron
    ),
    "convenios": ("Título", "Objeto", "Descripción", "Partes", "Resolución"),   # lo que escribió la secretaría
    "memoria": (
        "Dato",       # el rótulo de cada cifra del resumen: «Miembros al 26/11/2026», el período de la memoria
        "Texto",      # los textos de la secretaría
        "Convenio", "Actividad", "Título", "Resultado", "Motivo",   # títulos y frases escritos por la secretaría
    ),
    "morosidad": ("Miembro",),   # la fila de totales se rotula «Total al 26/11/2026»
    "matriz": ("Miembro",),      # la nota al pie: «Papel de cada miembro en las unidades temáticas al 26/11/2026.»
    "sesion": ("Punto", "Resultado", "Motivo"),
    "padron": ("Motivo del estado",),
}


def _fechas_en_texto(ruta, libro: str) -> list[tuple]:
    """(hoja, celda, título de la columna, valor) de cada texto que es o contiene una fecha, fuera del texto libre."""
    from escritorio.dominio.traduccion import traducir

    libres = {traducir(t) for t in TEXTO_LIBRE.get(libro, ())}
    hallados = []
    planilla = load_workbook(ruta, read_only=True)
    try:
        for hoja in planilla.worksheets:
            filas = hoja.iter_rows()
            titulos = [c.value for c in next(filas, ())]
            for fila in filas:
                for i, celda in enumerate(fila):
                    titulo = titulos[i] if i < len(titulos) else None
                    if isinstance(celda.value, str) and titulo not in libres and FECHA_EN_TEXTO.search(celda.value):
                        hallados.append((hoja.title, celda.coordinate, titulo, celda.value))
    finally:
        planilla.close()
    return hallados


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_ningun_libro_lleva_una_fecha_escrita_como_texto(idioma, libros):
    from escritorio.idiomas.traduccion import en_idioma

    _, _, hechos = libros
    with en_idioma(idioma):   # los títulos de las columnas de texto libre, en el idioma del libro
        hallados = {libro: _fechas_en_texto(hechos[idioma, libro], libro) for libro in LIBROS}
    hallados = {libro: h for libro, h in hallados.items() if h}
    assert not hallados, f"fechas escritas como texto: {hallados}"


def _memoria_en_ingles(base, ruta):
    from escritorio.documentos.excel.memoria import escribir_memoria_xlsx
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.memoria.anual import armar_memoria

    db = abrir_base(base)
    try:
        with en_idioma("en"):
            escribir_memoria_xlsx(ruta, armar_memoria(Contexto(db, 1), ANIO))
            return _fechas_en_texto(ruta, "memoria")
    finally:
        db.close()


def test_la_memoria_en_ingles_tampoco(libros, tmp_path):
    base, _, _ = libros
    hallados = _memoria_en_ingles(base, tmp_path / "memoria_en.xlsx")
    assert not hallados, f"fechas escritas como texto: {hallados}"


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_la_vigencia_de_los_convenios_de_la_memoria_va_en_dos_columnas_de_fechas(idioma, libros):
    """«Desde» es el inicio; «Hasta», el último día en que regirá (la terminación o el fin del último período
    posible); un convenio sin fin (o que se renueva sin tope) deja «Hasta» vacía, no un guion."""
    from escritorio.dominio.traduccion import traducir
    from escritorio.idiomas.traduccion import en_idioma

    _, _, hechos = libros
    with en_idioma(idioma):
        nombre, desde, hasta = (traducir("Convenios vigentes en {0}").format(ANIO), traducir("Desde"),
                                traducir("Hasta"))
    planilla = load_workbook(hechos[idioma, "memoria"])
    try:
        hoja = planilla[nombre]
        titulos = [c.value for c in hoja[1]]
        assert desde in titulos and hasta in titulos, titulos
        inicio, fin = titulos.index(desde), titulos.index(hasta)
        sin_fin = con_fin = 0
        for fila in hoja.iter_rows(min_row=2):
            assert isinstance(fila[inicio].value, (date, datetime)), (fila[inicio].coordinate, fila[inicio].value)
            for celda in (fila[inicio], fila[fin]):
                if celda.value is not None:
                    assert isinstance(celda.value, (date, datetime)), (celda.coordinate, celda.value)
                    assert celda.is_date and "YY" in celda.number_format.upper(), (celda.coordinate,
                                                                                    celda.number_format)
            if fila[fin].value is None:
                sin_fin += 1
            else:
                assert fila[inicio].value <= fila[fin].value
                con_fin += 1
        assert sin_fin >= 1 and con_fin >= 1, (sin_fin, con_fin)   # la red de ejemplo tiene de los dos
    finally:
        planilla.close()


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_resumen_de_la_memoria_lleva_su_periodo_en_dos_fechas(idioma, libros):
    """Antes, el texto del papel («Del 1 de enero de 2026 al 26 de noviembre de 2026»); ahora «Desde» el 1 de enero
    y «Hasta» el corte (el día en que se hizo, en el año en curso), dos fechas en la columna «Valor»."""
    from escritorio.dominio.traduccion import traducir
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.memoria.anual import armar_memoria

    base, _, hechos = libros
    db = abrir_base(base)
    try:
        with en_idioma(idioma):
            al = armar_memoria(Contexto(db, 1), ANIO).al
            nombre, desde, hasta = traducir("Resumen"), traducir("Desde"), traducir("Hasta")
    finally:
        db.close()
    planilla = load_workbook(hechos[idioma, "memoria"])
    try:
        filas = {f[1].value: f[2] for f in planilla[nombre].iter_rows(min_row=2)}
        for rotulo, esperado in ((desde, date(ANIO, 1, 1)), (hasta, al)):
            celda = filas[rotulo]
            assert celda.value == datetime.combine(esperado, datetime.min.time()), (rotulo, celda.value)
            assert celda.is_date and "YY" in celda.number_format.upper(), (rotulo, celda.number_format)
    finally:
        planilla.close()
