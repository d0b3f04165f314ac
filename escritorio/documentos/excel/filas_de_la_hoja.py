"""Las filas de una hoja de un .xlsx leídas directamente de su XML: los mismos valores que da openpyxl en modo de
solo lectura (`iter_rows(values_only=True)`), en un tercio del tiempo.

openpyxl arma por cada celda un diccionario y un objeto de texto, y eso es casi todo lo que tarda importar un
padrón de 16.000 filas. Aquí se recorre el XML de la hoja una sola vez y se convierte cada celda como lo hace
openpyxl (worksheet/_reader.py, WorkSheetParser.parse_cell), con lo que openpyxl ya leyó del libro: los textos
compartidos, qué estilos son fechas o duraciones y la época (1900 o 1904). tests/documentos/test_filas_de_la_hoja.py
compara las dos lecturas con libros difíciles.

Tres diferencias a propósito, en las que se hace lo que muestra Excel: una hoja cuya dimensión declarada es más
chica que sus datos se lee entera (openpyxl corta en la dimensión y perdería filas y columnas); una celda escrita
antes que otra de su fila a la izquierda no se pierde (openpyxl toma el ancho de la fila de su última celda), y una
fila con número menor que la anterior no se descarta.
"""

from collections.abc import Iterator
from xml.etree.ElementTree import iterparse

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

_ESPACIO = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_FILA, _CELDA, _VALOR = _ESPACIO + "row", _ESPACIO + "c", _ESPACIO + "v"
_EN_LINEA, _TEXTO, _TRAMO = _ESPACIO + "is", _ESPACIO + "t", _ESPACIO + "r"
_DIGITOS = "0123456789"


class _Libro:
    """Lo que hace falta del libro abierto por openpyxl para convertir una celda."""

    def __init__(self, libro, hoja):
        # Atributos internos de openpyxl (versión fijada en pyproject.toml): los mismos que usa su lector.
        self.compartidos = hoja._shared_strings
        self.fechas = libro._date_formats
        self.duraciones = libro._timedelta_formats
        self.epoca = libro.epoch
        self.columnas: dict[str, int] = {}

    def columna(self, coordenada: str) -> int:
        """«AB12» → 28 (las letras se repiten en cada fila: se recuerdan)."""
        letras = coordenada.rstrip(_DIGITOS)
        indice = self.columnas.get(letras)
        if indice is None:
            indice = self.columnas[letras] = column_index_from_string(letras)
        return indice

    def numero(self, texto: str, estilo: str | None):
        valor = float(texto) if "." in texto or "E" in texto or "e" in texto else int(texto)
        if estilo and int(estilo) in self.fechas:
            try:
                return from_excel(valor, self.epoca, timedelta=int(estilo) in self.duraciones)
            except (OverflowError, ValueError):  # marcada como fecha pero fuera de lo que es una fecha
                return "#VALUE!"
        return valor


def _texto_en_linea(elemento) -> str | None:
    """Un texto escrito en la celda (t="inlineStr"): el texto llano y los tramos con formato, sin la fonética."""
    if elemento is None:
        return None
    partes = []
    llano = elemento.find(_TEXTO)
    if llano is not None and llano.text is not None:
        partes.append(llano.text)
    for tramo in elemento.iterfind(_TRAMO):
        texto = tramo.find(_TEXTO)
        if texto is not None and texto.text is not None:
            partes.append(texto.text)
    return "".join(partes)


def _valor(celda, libro: _Libro):
    tipo = celda.get("t", "n")
    if tipo == "inlineStr":
        return _texto_en_linea(celda.find(_EN_LINEA))
    texto = celda.findtext(_VALOR) or None
    if texto is None:
        return None
    if tipo == "n":
        return libro.numero(texto, celda.get("s"))
    if tipo == "s":
        return libro.compartidos[int(texto)]
    if tipo == "b":
        return bool(int(texto))
    if tipo == "d":
        return from_ISO8601(texto)
    return texto  # "str" (resultado de una fórmula) y "e" (un error como #N/A) quedan como texto


def _numero_de_fila(fila, anterior: int) -> int:
    r = fila.get("r")
    if r is None:
        return anterior + 1
    try:
        return int(r)
    except ValueError:
        numero = float(r)
        if not numero.is_integer():
            raise
        return int(numero)


def filas(libro, hoja) -> Iterator[tuple[int, tuple]]:
    """(número de fila en la hoja, valores) de cada fila que la hoja trae escrita, en orden; las que faltan no se
    rinden. Todas las filas tienen al menos el ancho declarado de la hoja (como las de openpyxl)."""
    datos = _Libro(libro, hoja)
    ancho = hoja.max_column or 0
    numero = 0
    with hoja._get_source() as origen:
        for _, elemento in iterparse(origen):
            if elemento.tag != _FILA:
                continue
            numero = _numero_de_fila(elemento, numero)
            valores: list = []
            columna = 0
            for celda in elemento:
                if celda.tag != _CELDA:
                    continue
                coordenada = celda.get("r")
                columna = datos.columna(coordenada) if coordenada else columna + 1
                valor = _valor(celda, datos)
                if columna > len(valores):
                    valores.extend([None] * (columna - len(valores) - 1))
                    valores.append(valor)
                else:
                    valores[columna - 1] = valor
            elemento.clear()
            if len(valores) < ancho:
                valores.extend([None] * (ancho - len(valores)))
            yield numero, tuple(valores)
