"""La lectura rápida de las filas de un .xlsx (documentos/excel/filas_de_la_hoja.py) da lo mismo que openpyxl.

Cada libro se lee dos veces, con la lectura rápida y con `iter_rows(values_only=True)` de openpyxl en modo de solo
lectura, y se comparan fila por fila los valores y sus tipos. Los libros son los difíciles: fechas, horas y
duraciones, la época de 1904, números con exponente, booleanos, huecos de filas y columnas, textos escritos en la
celda con tramos de formato y fonética, resultados de fórmulas, errores, celdas y filas sin coordenadas, y una
fecha fuera de rango. Además, lo que se hace distinto a propósito: una dimensión declarada más chica que los datos
y una celda escrita fuera de orden.
"""

import warnings
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from escritorio.documentos.excel.filas_de_la_hoja import filas
from escritorio.documentos.excel.lectura import leer_tabla
from escritorio.errores import ErrorEscritorio


def _con_openpyxl(ruta: Path) -> dict[int, tuple]:
    libro = load_workbook(ruta, read_only=True, data_only=True)
    try:
        with warnings.catch_warnings():  # avisa en inglés de la fecha fuera de rango (y la da como «#VALUE!»)
            warnings.simplefilter("ignore")
            leidas = enumerate(libro.worksheets[0].iter_rows(values_only=True), start=1)
            return {numero: valores for numero, valores in leidas if any(v is not None for v in valores)}
    finally:
        libro.close()


def _rapida(ruta: Path) -> dict[int, tuple]:
    libro = load_workbook(ruta, read_only=True, data_only=True)
    try:
        return {numero: valores for numero, valores in filas(libro, libro.worksheets[0])
                if any(v is not None for v in valores)}
    finally:
        libro.close()


def _iguales(ruta: Path) -> dict[int, tuple]:
    esperado, leido = _con_openpyxl(ruta), _rapida(ruta)
    assert leido == esperado
    for numero, valores in esperado.items():  # == no distingue 1 de 1.0 ni de True
        assert [type(v) for v in leido[numero]] == [type(v) for v in valores], numero
    return leido


def _libro_dificil(ruta: Path, *, epoca_1904: bool = False) -> Path:
    libro = Workbook()
    if epoca_1904:
        libro.epoch = CALENDAR_MAC_1904
    hoja = libro.active
    hoja.append(["Nombre", "Población", "Ingreso", "Hora", "Duración", "Fundador", "Nota"])
    hoja.append(["Córdoba & <Río>", 1_276_000, date(1995, 3, 31), time(9, 30), timedelta(hours=30), True,
                 "Rosa_x0007_rio"])
    hoja.append(["  espacios al borde  ", 1.5e-7, datetime(2024, 2, 29, 23, 59, 59), None, None, False, "𝄞 fuera del plano"])
    hoja.append([None, 12345678901234567890, date(1900, 3, 1), None, None, None, "=SUMA(B2:B3)"])
    hoja["B6"] = 3.0
    hoja["F6"] = "sólo en F"
    hoja["A9"] = "después de un hueco"
    hoja["C9"] = -1.25
    hoja["D9"] = "=B2*2"  # fórmula sin resultado guardado: vacía en las dos lecturas
    for celda in ("C2", "C3", "C4", "C9"):
        hoja[celda].number_format = "dd/mm/yyyy"
    hoja["E2"].number_format = "[h]:mm:ss"
    libro.save(ruta)
    return ruta


@pytest.mark.parametrize("epoca_1904", [False, True], ids=["1900", "1904"])
def test_un_libro_dificil_se_lee_igual(tmp_path, epoca_1904):
    leido = _iguales(_libro_dificil(tmp_path / "dificil.xlsx", epoca_1904=epoca_1904))
    assert leido[2][2] == datetime(1995, 3, 31) and leido[2][4] == timedelta(hours=30)
    assert leido[6] == (None, 3.0, None, None, None, "sólo en F", None)
    assert sorted(leido) == [1, 2, 3, 4, 6, 9]


# --- una hoja escrita a mano: lo que Excel, LibreOffice y otros programas escriben y openpyxl no -----------------

_HOJA = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dimension}<sheetData>{filas}</sheetData></worksheet>"""

_FILAS_RARAS = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Ingreso</t></is></c>'
    '<c r="D1" t="inlineStr"><is><t>Dato</t></is></c></row>'
    # sin coordenadas en la fila ni en las celdas; un texto en la celda con tramos y fonética; un resultado de fórmula
    '<row><c t="inlineStr"><is><r><rPr><b/></rPr><t>Villa </t></r><r><t xml:space="preserve">María  </t></r>'
    '<rPh sb="0" eb="1"><t>ビ</t></rPh></is></c><c><v>80000</v></c><c s="1"><v>35000</v></c>'
    '<c t="str"><f>A2&amp;"!"</f><v> Villa María! </v></c></row>'
    # un error, una fecha ISO, un booleano, un valor vacío y un número con exponente en mayúscula
    '<row r="4" spans="1:4"><c r="A4" t="e"><v>#N/A</v></c><c r="B4"><v>1.5E+3</v></c><c r="C4" t="d">'
    '<v>2024-05-01T10:00:00</v></c><c r="D4" t="b"><v>1</v></c><c r="E4"><v></v></c></row>'
    # un número de fila escrito como decimal, un texto en la celda vacío y una fecha fuera de rango
    '<row r="5.0"><c r="A5" t="inlineStr"><is/></c><c r="B5"><v>7</v></c><c r="C5" s="1"><v>99999999</v></c></row>'
)


_COMPARTIDOS = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">'
                '<si><t>Nombre</t></si><si><r><t>Pobla</t></r><r><rPr><i/></rPr><t>ción</t></r></si></sst>')
_RELACION_COMPARTIDOS = ('<Relationship Id="rIdTextos" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/sharedStrings"/></Relationships>')
_TIPO_COMPARTIDOS = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')


def _libro_a_mano(ruta: Path, filas_xml: str, dimension: str = "") -> Path:
    """Un libro de openpyxl (estilos con una fecha en el índice 1) con la hoja reemplazada por `filas_xml` y los
    textos compartidos «Nombre» y «Población» (este en dos tramos con formato), como los guarda Excel."""
    libro = Workbook()
    hoja = libro.active
    hoja.append(["Nombre", "Población", date(2000, 1, 1)])
    hoja["C1"].number_format = "dd/mm/yyyy"
    base = ruta.with_name("base.xlsx")
    libro.save(base)
    with zipfile.ZipFile(base) as origen, zipfile.ZipFile(ruta, "w") as destino:
        for parte in origen.infolist():
            datos = origen.read(parte)
            if parte.filename == "xl/worksheets/sheet1.xml":
                datos = _HOJA.format(dimension=dimension, filas=filas_xml).encode("utf-8")
            elif parte.filename == "xl/_rels/workbook.xml.rels":
                datos = datos.replace(b"</Relationships>", _RELACION_COMPARTIDOS.encode())
            elif parte.filename == "[Content_Types].xml":
                datos = datos.replace(b"</Types>", _TIPO_COMPARTIDOS.encode())
            destino.writestr(parte, datos)
        destino.writestr("xl/sharedStrings.xml", _COMPARTIDOS)
    return ruta


def test_una_hoja_escrita_a_mano_se_lee_igual(tmp_path):
    leido = _iguales(_libro_a_mano(tmp_path / "a_mano.xlsx", _FILAS_RARAS))
    assert leido[1] == ("Nombre", "Población", "Ingreso", "Dato")
    assert leido[2] == ("Villa María  ", 80000, datetime(1995, 10, 28), " Villa María! ")
    assert leido[4] == ("#N/A", 1500.0, datetime(2024, 5, 1, 10), True, None)
    assert leido[5] == ("", 7, "#VALUE!")


def test_con_la_dimension_declarada_las_filas_tienen_su_ancho(tmp_path):
    leido = _iguales(_libro_a_mano(tmp_path / "ancho.xlsx", _FILAS_RARAS, '<dimension ref="A1:G5"/>'))
    assert all(len(valores) == 7 for valores in leido.values())


def test_una_dimension_mas_chica_que_los_datos_no_pierde_filas(tmp_path):
    """Excel muestra las celdas aunque la dimensión declarada sea menor; openpyxl corta en ella y perdería la fila 5
    y la columna E. La lectura rápida lee lo que la hoja trae."""
    ruta = _libro_a_mano(tmp_path / "corta.xlsx", _FILAS_RARAS, '<dimension ref="A1:D4"/>')
    assert 5 not in _con_openpyxl(ruta)
    leido = _rapida(ruta)
    assert leido[5] == ("", 7, "#VALUE!", None)
    assert leido[4][:5] == ("#N/A", 1500.0, datetime(2024, 5, 1, 10), True, None)


def test_una_celda_escrita_fuera_de_orden_no_se_pierde(tmp_path):
    """openpyxl toma el ancho de la fila de su última celda y pierde C2, que viene antes; Excel la muestra."""
    filas_xml = ('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                 '<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row>')
    ruta = _libro_a_mano(tmp_path / "desordenada.xlsx", filas_xml)
    assert _con_openpyxl(ruta)[2] == (1,)
    assert _rapida(ruta)[2] == (1, None, 3)


def test_los_encabezados_que_no_estan_en_la_fila_1_se_explican(tmp_path):
    filas_xml = ('<row r="3"><c r="A3" t="inlineStr"><is><t>Nombre</t></is></c></row>'
                 '<row r="4"><c r="A4" t="inlineStr"><is><t>Rosario</t></is></c></row>')
    ruta = _libro_a_mano(tmp_path / "abajo.xlsx", filas_xml)
    with pytest.raises(ErrorEscritorio, match=r"está vacía en la fila 1 \(sus datos empiezan en la fila 3: borre "
                                              r"las filas vacías de arriba\): la fila 1 debe tener los encabezados"):
        leer_tabla(ruta)


def test_la_tabla_numera_las_filas_como_la_hoja(tmp_path):
    tabla = leer_tabla(_libro_dificil(tmp_path / "dificil.xlsx"))
    assert tabla.encabezados[:2] == ["Nombre", "Población"]
    leidas = list(tabla.filas)
    assert [numero for numero, _ in leidas] == [2, 3, 4, 6, 9]
    assert leidas[0][1][6] == "Rosa\x07rio"  # el escape de Excel vuelve a ser el carácter, para que se rechace


def test_el_xml_danado_a_mitad_de_la_hoja_nombra_desde_donde(tmp_path):
    filas_xml = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Nombre</t></is></c></row>'
                 '<row r="2"><c r="A2" t="inlineStr"><is><t>Rosario</t></is></c></row>'
                 '<row r="3"><c r="A3" t="inlineStr"><is><t>Salto</t></is></c>')
    # Con la dimensión declarada (como la escribe Excel), openpyxl no recorre la hoja al abrir el libro.
    tabla = leer_tabla(_libro_a_mano(tmp_path / "cortado.xlsx", filas_xml, '<dimension ref="A1:A3"/>'))
    with pytest.raises(ErrorEscritorio, match=r"el contenido de la hoja está dañado \(a partir de la fila 3\)"):
        list(tabla.filas)
