"""La escritura de hojas .xlsx reutiliza una celda por columna con formato: cada fila debe conservar
sus propios valores y formatos, y el texto nunca se vuelve fórmula ni toma el formato numérico."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from escritorio.documentos.excel.escritura import (FORMATO_FECHA, FORMATO_IMPORTE, FORMATO_MILES, ColumnaHoja,
                                                   Hoja, escribir_libro)

COLUMNAS = [ColumnaHoja("Nombre"), ColumnaHoja("Población", formato=FORMATO_MILES),
            ColumnaHoja("Importe", formato=FORMATO_IMPORTE), ColumnaHoja("Ingreso", formato=FORMATO_FECHA)]


def _leer(ruta):
    return load_workbook(ruta)["Datos"]


def test_cada_fila_conserva_sus_valores_y_el_formato_de_su_columna(tmp_path):
    filas = [[f"Ciudad {i}", 1000 * i + 7, Decimal(i) / 4, date(2000 + i % 20, 1 + i % 12, 1 + i % 28)] for i in range(1, 301)]
    hoja = _leer(escribir_libro(tmp_path / "x.xlsx", [Hoja("Datos", COLUMNAS, filas, ["Total", 12, Decimal("3.50"), None])]))
    leidas = [[c.value for c in fila] for fila in hoja.iter_rows(min_row=2, max_row=301)]
    assert [f[0] for f in leidas] == [f"Ciudad {i}" for i in range(1, 301)]
    assert [f[1] for f in leidas] == [1000 * i + 7 for i in range(1, 301)]
    assert [f[2] for f in leidas] == [i / 4 for i in range(1, 301)]
    assert [f[3].date() for f in leidas] == [date(2000 + i % 20, 1 + i % 12, 1 + i % 28) for i in range(1, 301)]
    for fila in (2, 150, 301):
        assert hoja.cell(fila, 1).number_format == "General"
        assert hoja.cell(fila, 2).number_format == FORMATO_MILES
        assert hoja.cell(fila, 3).number_format == FORMATO_IMPORTE
        assert hoja.cell(fila, 4).number_format == FORMATO_FECHA
    totales = [c.value for c in hoja[302]]
    assert totales[:3] == ["Total", 12, 3.5] and hoja.cell(302, 1).font.bold


def test_vacios_texto_y_formulas_en_columnas_con_formato(tmp_path):
    filas = [["=HYPERLINK(\"x\")", None, "sin dato", None],
             ["Normal", "-5 habitantes", Decimal("10.00"), None],
             ["Otra", 2500, None, date(2020, 5, 1)]]
    hoja = _leer(escribir_libro(tmp_path / "x.xlsx", [Hoja("Datos", COLUMNAS, filas)]))
    assert hoja.cell(2, 1).value == "=HYPERLINK(\"x\")" and hoja.cell(2, 1).data_type == "s"
    assert hoja.cell(2, 2).value is None and hoja.cell(2, 4).value is None
    assert hoja.cell(2, 3).value == "sin dato" and hoja.cell(2, 3).number_format == "General"
    # Un texto que empieza con «-» en una columna numérica sigue siendo texto, no fórmula ni número.
    assert hoja.cell(3, 2).value == "-5 habitantes" and hoja.cell(3, 2).data_type == "s"
    assert hoja.cell(3, 3).value == 10 and hoja.cell(3, 3).number_format == FORMATO_IMPORTE
    assert hoja.cell(4, 2).value == 2500 and hoja.cell(4, 3).value is None


# openpyxl deja su generador de filas abierto tras el error y se queja al recolectarlo: ruido, no falla.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_un_valor_que_excel_no_admite_se_rechaza_sin_dejar_archivo(tmp_path):
    with pytest.raises(ValueError):
        escribir_libro(tmp_path / "x.xlsx", [Hoja("Datos", COLUMNAS, [["Ciudad", object(), None, None]])])
    assert list(tmp_path.iterdir()) == []
