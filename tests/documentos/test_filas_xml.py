"""Las filas escritas como texto XML (documentos/excel/filas_xml.py) dicen lo mismo que las de openpyxl.

Cada libro se escribe dos veces, con la escritura rápida y con la de openpyxl celda por celda, y se compara la hoja
elemento por elemento (celdas, tipos, estilos, textos) y los estilos del libro. Los valores son los difíciles: texto
que hay que escapar o que Excel tomaría por fórmula, espacios al borde, caracteres fuera del plano básico, números
que no caben, fechas anteriores a 1900, columnas que ajustan el texto (filas con alto propio), booleanos y fechas en
columnas sin formato (esas filas van por openpyxl).
"""

import gc
import sys
import zipfile
from datetime import date, datetime
from decimal import Decimal

import pytest
from lxml import etree
from openpyxl import Workbook, load_workbook

from escritorio.documentos.excel import filas_xml
from escritorio.documentos.excel.celdas_con_formato import acelerar
from escritorio.documentos.excel.escritura import (FORMATO_ANIO, FORMATO_FECHA, FORMATO_IMPORTE, FORMATO_MILES,
                                                   ColumnaHoja, Hoja, escribir_libro)

COLUMNAS = [ColumnaHoja("Nombre"), ColumnaHoja("Población", formato=FORMATO_MILES),
            ColumnaHoja("Importe", formato=FORMATO_IMPORTE), ColumnaHoja("Fecha", formato=FORMATO_FECHA),
            ColumnaHoja("Año", formato=FORMATO_ANIO), ColumnaHoja("Detalle", 20, ajustar=True), ColumnaHoja("Suelto")]

FILAS = [
    ["Córdoba & <Río> \"Q\"", 1_276_000, Decimal("1200.50"), date(2024, 3, 31), 2024, None, None],
    ["  con espacios  ", -5, Decimal("0.10"), datetime(2024, 3, 31, 14, 5), "2023", "corto", 3.25],
    ["=HYPERLINK(\"http://x\")", "+54 11 4000", Decimal("123456789012.34"), date(1899, 12, 31), None, None, "#N/A"],
    ["tab\tsalto\nretorno\r", 10**15, Decimal("1E+20"), None, None, "un detalle largo " * 12, True],
    ["emoji 🎉 y 漢字", 0, 0, date(1900, 3, 1), 1900, None, date(2020, 1, 2)],
    ["", 12.5, Decimal("-3"), None, None, "", "@arroba"],
    ["\x07control", float("nan"), None, None, None, None, "-menos"],
    ["Solo", None, None, None, None, None, None],
]


def _hoja_xml(ruta) -> list:
    """La hoja como lista de (etiqueta, atributos, texto) de cada elemento, en orden."""
    with zipfile.ZipFile(ruta) as libro:
        raiz = etree.fromstring(libro.read("xl/worksheets/sheet1.xml"))
    return [(e.tag, dict(e.attrib), e.text or "") for e in raiz.iter()]


def _estilos(ruta) -> bytes:
    with zipfile.ZipFile(ruta) as libro:
        return libro.read("xl/styles.xml")


@pytest.fixture
def libros(tmp_path, monkeypatch):
    """(el libro con la escritura rápida, el mismo con la de openpyxl)."""
    def hojas():
        return [Hoja("Datos", COLUMNAS, [list(f) for f in FILAS] * 3, ["Total", 3, Decimal("1.5"), None])]

    rapido = escribir_libro(tmp_path / "rapido.xlsx", hojas())
    monkeypatch.setattr(filas_xml, "acelerar_filas", lambda hoja: None)
    lento = escribir_libro(tmp_path / "openpyxl.xlsx", hojas())
    return rapido, lento


def test_la_hoja_dice_lo_mismo_que_la_de_openpyxl(libros):
    rapido, lento = libros
    assert _hoja_xml(rapido) == _hoja_xml(lento)
    assert _estilos(rapido) == _estilos(lento)


def test_se_lee_igual_valor_por_valor(libros):
    rapido, lento = (load_workbook(r)["Datos"] for r in libros)
    assert rapido.max_row == lento.max_row == 2 + 3 * len(FILAS)
    for fila_r, fila_l in zip(rapido.iter_rows(), lento.iter_rows()):
        for r, l in zip(fila_r, fila_l):
            assert (r.value, r.data_type, r.number_format, r.font.bold, r.quotePrefix) == \
                   (l.value, l.data_type, l.number_format, l.font.bold, l.quotePrefix), r.coordinate


def test_una_fila_con_alto_propio_dice_lo_mismo_que_la_de_openpyxl(tmp_path, monkeypatch):
    """Una columna que ajusta el texto agranda su fila (alto propio: `ht`, `customHeight`): la escritura rápida la
    escribe con los mismos atributos que openpyxl (así van dos de cada tres filas de la bitácora exportada)."""
    columnas = [ColumnaHoja("Nombre"), ColumnaHoja("Detalle", 20, ajustar=True)]

    def hojas():
        return [Hoja("Datos", columnas, [["Corta", "breve"], ["Larga", "un detalle largo " * 12], ["Otra", "x"]])]

    rapido = escribir_libro(tmp_path / "rapido.xlsx", hojas())
    monkeypatch.setattr(filas_xml, "acelerar_filas", lambda hoja: None)
    lento = escribir_libro(tmp_path / "openpyxl.xlsx", hojas())
    filas = [atributos for etiqueta, atributos, _ in _hoja_xml(lento) if etiqueta.endswith("}row")]
    assert [f["r"] for f in filas if "ht" in f and f.get("customHeight") == "1"] == ["3"], filas   # la larga
    assert _hoja_xml(rapido) == _hoja_xml(lento)


def test_muchas_filas_salen_todas_y_en_orden(tmp_path):
    """Más filas que un lote, con filas de openpyxl (un booleano) intercaladas: ninguna se pierde ni se mueve."""
    filas = [[f"Fila {i}", i, True if i % 997 == 0 else None] for i in range(1, 3001)]
    columnas = [ColumnaHoja("Nombre"), ColumnaHoja("N", formato=FORMATO_MILES), ColumnaHoja("Marca")]
    hoja = load_workbook(escribir_libro(tmp_path / "x.xlsx", [Hoja("Datos", columnas, filas)]))["Datos"]
    leidas = [[c.value for c in fila] for fila in hoja.iter_rows(min_row=2)]
    assert leidas == [[f"Fila {i}", i, True if i % 997 == 0 else None] for i in range(1, 3001)]


@pytest.fixture
def recoger():
    """gc.collect() que recorre solo lo que la prueba creó: lo que ya había en el proceso (todo lo que juntó pytest y
    cargaron las pruebas anteriores) queda congelado (gc.freeze) mientras dura la prueba. Un libro abandonado se
    recoge igual, con sus generadores en el orden que toque; cada recolección pasaba de décimas a milésimas."""
    gc.collect()
    gc.freeze()
    try:
        yield gc.collect
    finally:
        gc.unfreeze()


def _libro_de_solo_escritura(acelerada: bool = True):
    """Un libro de solo escritura con la hoja «Datos», acelerada con este módulo o tal cual la escribe openpyxl."""
    libro = Workbook(write_only=True)
    hoja = libro.create_sheet("Datos")
    if acelerada:
        acelerar(hoja)
    return libro, hoja


# openpyxl deja su generador de filas abierto tras el error y se queja al recolectarlo: ruido, no falla. Se recoge
# aquí mismo (gc.collect), para que su queja no aparezca en otra prueba.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("valor", ["vertical\x0btab", "no XML \uffff"])
def test_un_caracter_que_xml_no_admite_da_el_mismo_error_que_openpyxl(tmp_path, valor, recoger):
    errores = []
    for acelerada in (True, False):
        libro, hoja = _libro_de_solo_escritura(acelerada)
        with pytest.raises(Exception) as error:
            hoja.append(["bien", 1])
            hoja.append(["mal", valor])
            libro.save(tmp_path / f"{acelerada}.xlsx")
        errores.append(type(error.value))
        del libro, hoja, error
        recoger()
    assert errores[0] == errores[1]


def test_un_libro_abandonado_a_mitad_se_recoge_sin_quejas(tmp_path, monkeypatch, recoger):
    """Un error a mitad de una exportación deja el libro sin cerrar; al recogerlo, nada se queja en la salida."""
    quejas = []
    monkeypatch.setattr(sys, "unraisablehook", lambda queja: quejas.append(repr(queja.exc_value)))
    for _ in range(20):  # el orden en que Python recoge los generadores varía
        libro, hoja = _libro_de_solo_escritura()
        for i in range(1500):
            hoja.append([f"fila {i}", i])
        del libro, hoja
        recoger()
    assert quejas == []


def test_sin_pasar_por_escritura_tambien_dice_lo_mismo(tmp_path):
    """Valores que escritura nunca deja llegar así (un retorno de carro, una fórmula, una fecha suelta)."""
    filas = [["a\rb", "c\r\nd", " \r"], ["=1+1", "#REF!", date(2024, 1, 2)], [True, None, 7],
             [Decimal("2.5"), "x", ""]]
    rutas = []
    for acelerada in (True, False):
        libro, hoja = _libro_de_solo_escritura(acelerada)
        for fila in filas:
            hoja.append(fila)
        libro.save(tmp_path / f"{acelerada}.xlsx")
        rutas.append(tmp_path / f"{acelerada}.xlsx")
    assert _hoja_xml(rutas[0]) == _hoja_xml(rutas[1])
    assert load_workbook(rutas[0])["Datos"]["A1"].value == "a\rb"


def test_las_filas_crudas_dicen_lo_mismo_que_las_de_openpyxl(tmp_path, monkeypatch):
    """Sin columnas que ajustan el texto, cada fila va cruda (`FilaCruda`): la escribe filas_xml desde los valores.
    Con los mismos valores difíciles (fórmulas, números que no caben, fechas anteriores a 1900 o sin formato,
    booleanos, NaN, un carácter de control), la hoja es la de openpyxl elemento por elemento; las filas que no sabe
    escribir así pasan por la conversión de siempre."""
    columnas = [c for c in COLUMNAS if not c.ajustar]
    filas = [[v for v, c in zip(f, COLUMNAS) if not c.ajustar] for f in FILAS]
    filas.append(["Ciudad", 1_000, Decimal("12.34"), date(2024, 1, 2), 2024, "texto"])  # una fila común

    def hojas():
        return [Hoja("Datos", columnas, [list(f) for f in filas] * 3, ["Total", 3, Decimal("1.5"), None])]

    crudas = []
    cruda = filas_xml._Filas._cruda
    monkeypatch.setattr(filas_xml._Filas, "_cruda", lambda self, *a: crudas.append(texto := cruda(self, *a)) or texto)
    rapido = escribir_libro(tmp_path / "rapido.xlsx", hojas())
    escritas = sum(texto is not None for texto in crudas)
    assert len(crudas) == 3 * len(filas) and 0 < escritas < len(crudas), (escritas, len(crudas))
    monkeypatch.setattr(filas_xml, "acelerar_filas", lambda hoja: False)
    lento = escribir_libro(tmp_path / "openpyxl.xlsx", hojas())
    assert _hoja_xml(rapido) == _hoja_xml(lento)
    assert _estilos(rapido) == _estilos(lento)
    rapida, lenta = (load_workbook(r)["Datos"] for r in (rapido, lento))
    for fila_r, fila_l in zip(rapida.iter_rows(), lenta.iter_rows(), strict=True):
        for r, l in zip(fila_r, fila_l):
            assert (r.value, r.data_type, r.number_format, r.quotePrefix) == \
                   (l.value, l.data_type, l.number_format, l.quotePrefix), r.coordinate
