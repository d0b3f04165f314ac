"""Cada celda de cada libro de Excel que escribe el programa tiene el tipo y el formato de lo que es (issue 83, «los
libros se revisan celda por celda»): un número es un número (nunca «67» en texto), una cantidad se ve sin decimales
(67, no 67,00), un importe con los de su moneda, un porcentaje con «%», una fecha es una fecha con formato dd/mm/aaaa,
y la fila de totales tiene el tipo y el formato de su columna. Las reglas, con lo que protege cada una, están en
reglas_de_celdas.py (REGLAS).

Recorre los libros de la línea de órdenes sobre la red de ejemplo, en castellano y en portugués (libros_de_la_demo:
los once, con el registro de actividades y los indicadores). Y cada regla se prueba capaz de fallar: un libro chico
hecho a propósito con la falta (las dos de §3 de la issue, escritas por el mismo escritor del programa) la muestra, y
el mismo libro sin ella no."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from libros_de_la_demo import LIBROS, libros  # noqa: F401 (la fixture)
from reglas_de_celdas import REGLAS, faltas_de_celdas

_REGLA = {r.nombre: r for r in REGLAS}


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_cada_celda_de_cada_libro_tiene_el_tipo_y_el_formato_de_lo_que_es(idioma, libros):
    from escritorio.idiomas.traduccion import en_idioma

    _, _, hechos = libros
    with en_idioma(idioma):   # los títulos de los identificadores y de «Moneda», en el idioma del libro
        faltas = {libro: faltas_de_celdas(hechos[idioma, libro]) for libro in LIBROS}
    faltas = {libro: f for libro, f in faltas.items() if f}
    assert not faltas, f"celdas en falta: {faltas}"


def test_los_indicadores_con_valores_tambien(copia_de_la_demo, tmp_path):
    """La red de ejemplo no tiene indicadores: uno de un decimal con valores enteros y con fracción, por la CLI (una
    medida de un decimal que vale 4 se ve «4,0»: no es una cantidad con decimales)."""
    from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso
    from escritorio.idiomas.traduccion import en_idioma

    def orden(*argumentos):
        hecho = orden_en_el_proceso(["--db", str(copia_de_la_demo), *map(str, argumentos)], tmp_path,
                                    entorno_aislado(tmp_path))
        assert hecho.returncode == 0, (argumentos, hecho.stderr)

    orden("indicadores", "definir", "--nombre", "Emisiones", "--unidad", "tCO2e/hab", "--sentido", "menor",
          "--decimales", 1)
    # la columna 2026 y la de la variación quedan solo con enteros (4 y 0), la de 2024 tiene 3,5
    for miembro, anio, valor in ((1, 2024, "3.5"), (2, 2024, "4"), (2, 2026, "4")):
        orden("indicadores", "registrar", "Emisiones", "--miembro", miembro, "--anio", anio, "--valor", valor,
              "--evidencia", "Informe anual")
    orden("indicadores", "exportar", tmp_path / "indicadores.xlsx")
    with en_idioma("es"):
        assert faltas_de_celdas(tmp_path / "indicadores.xlsx") == {}


def _libro(ruta, titulos: list, filas: list, total: list | None = None):
    """Un libro de una hoja: títulos, filas de (valor, formato) o valores, y una fila de totales en negrita."""
    libro = Workbook()
    hoja = libro.active
    hoja.append(titulos)
    for fila in [*filas, *([total] if total else [])]:
        hoja.append([v[0] if isinstance(v, tuple) else v for v in fila])
        for celda, v in zip(hoja[hoja.max_row], fila):
            if isinstance(v, tuple):
                celda.number_format = v[1]
    if total:
        for celda in hoja[hoja.max_row]:
            celda.font = Font(bold=True)
    libro.save(ruta)
    return ruta


# Por regla: el libro con la falta (títulos, filas, totales), la celda que la tiene y el mismo libro sin ella.
CASOS = {
    "texto que es número": (
        (["Miembro", "Miembros", "Teléfono"], [["A", "67", "099 123 456"], ["B", "1.234,50", "0800"],
                                               ["C", "12,5 %", "+598 2 1234"]], None),
        ["Sheet!B2", "Sheet!B3", "Sheet!B4"],
        (["Miembro", "Miembros", "Teléfono"], [["A", 67, "099 123 456"], ["B", "uno", "0800"]], None)),
    "texto que es fecha": (
        (["Miembro", "Ingreso"], [["A", "15/09/2026"], ["B", "2026-09-15"]], None),
        ["Sheet!B2", "Sheet!B3"],
        (["Miembro", "Ingreso"], [["A", (date(2026, 9, 15), "DD/MM/YYYY")], ["B", "15 de septiembre"]], None)),
    "cantidad con decimales": (   # los «67,00 miembros» de la memoria
        (["Gráfico", "Valor"], [["Miembros", (67, "#,##0.00")], ["Miembros", (12, "0.0")]], None),
        ["Sheet!B2", "Sheet!B3"],
        (["Gráfico", "Valor"], [["Miembros", (67, "#,##0")], ["Cobrado", (67, '"USD "#,##0.00')]], None)),
    "dinero sin dos decimales": (
        (["Mes", "Cobrado (USD)", "Importe", "Moneda"],
         [["Enero", (Decimal("1234.5"), "#,##0"), (Decimal("10.5"), "#,##0.0"), "USD"],
          ["Febrero", (5, '"USD "#,##0'), (Decimal("3.25"), "#,##0.000"), "USD"]], None),
        ["Sheet!B2", "Sheet!C2", "Sheet!B3", "Sheet!C3"],
        (["Mes", "Cobrado (USD)", "Importe", "Moneda"],
         [["Enero", (Decimal("1234.5"), "#,##0.00"), (Decimal("10.5"), "#,##0.00"), "USD"],
          ["Febrero", (500, '"JPY "#,##0'), (3, "#,##0.00"), "USD"]], None)),
    "porcentaje sin formato": (
        (["País", "% cobrado"], [["Uruguay", 0.125]], None),
        ["Sheet!B2"],
        (["País", "% cobrado"], [["Uruguay", (0.125, "0.0%")]], None)),
    "fecha sin formato de fecha": (
        (["Miembro", "Ingreso"], [["A", (datetime(2026, 9, 15, 10, 30), "HH:MM")]], None),
        ["Sheet!B2"],
        (["Miembro", "Ingreso"], [["A", (datetime(2026, 9, 15, 10, 30), "DD/MM/YYYY HH:MM")]], None)),
    "total distinto de su columna": (
        (["País", "Cobrado (USD)", "Miembros"], [["Uruguay", (Decimal("10.50"), "#,##0.00"), (3, "#,##0")],
                                                 ["Chile", (Decimal("4"), "#,##0.00"), (2, "#,##0")]],
         ["Total", (Decimal("14.50"), "#,##0.0"), (Decimal("5"), "#,##0.00")]),
        ["Sheet!B4", "Sheet!C4"],
        (["País", "Cobrado (USD)", "Miembros"], [["Uruguay", (Decimal("10.50"), "#,##0.00"), (3, "#,##0")],
                                                 ["Chile", (Decimal("4"), "#,##0.00"), (2, "#,##0")]],
         ["Total", (Decimal("14.50"), "#,##0.00"), (5, "#,##0")])),
}


def test_cada_regla_tiene_su_caso():
    assert set(CASOS) == set(_REGLA)


@pytest.mark.parametrize("nombre", list(CASOS))
def test_cada_regla_puede_fallar(nombre, tmp_path):
    from escritorio.idiomas.traduccion import en_idioma

    con_falta, celdas, sin_falta = CASOS[nombre]
    regla = _REGLA[nombre]
    with en_idioma("es"):
        faltas = faltas_de_celdas(_libro(tmp_path / "con.xlsx", *con_falta), reglas=(regla,))
        assert [f.split(" ")[0] for f in faltas.get(nombre, [])] == celdas, faltas
        assert faltas_de_celdas(_libro(tmp_path / "sin.xlsx", *sin_falta), reglas=(regla,)) == {}
        # el caso sano tampoco falta a ninguna otra regla
        assert faltas_de_celdas(tmp_path / "sin.xlsx") == {}


def test_las_dos_faltas_de_la_cuarta_vuelta_escritas_por_el_escritor_del_programa(tmp_path):
    """Issue 83 §3, por `escritura.escribir_libro`: «Filas hoy» en texto (el registro de actividades) y una cantidad
    de miembros con el formato de los importes («67,00», la hoja «Gráficos» de la memoria)."""
    from escritorio.documentos.excel.escritura import FORMATO_IMPORTE, ColumnaHoja, Hoja, escribir_libro
    from escritorio.idiomas.traduccion import en_idioma

    ruta = escribir_libro(tmp_path / "libro.xlsx", [
        Hoja("Actividades", [ColumnaHoja("Clase"), ColumnaHoja("Filas hoy")], [["Miembros", "298"]]),
        Hoja("Gráficos", [ColumnaHoja("Gráfico"), ColumnaHoja("Valor", formato=FORMATO_IMPORTE)],
             [["Miembros por país", 67]])])
    with en_idioma("es"):
        faltas = faltas_de_celdas(ruta)
    assert faltas == {"texto que es número": ["Actividades!B2 [Filas hoy] '298' (General)"],
                      "cantidad con decimales": ["Gráficos!B2 [Valor] 67 (#,##0.00)"]}, faltas
