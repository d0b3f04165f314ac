"""Columnas con formato numérico en el modo de solo escritura de openpyxl, sin su costo por celda.

openpyxl escribe cada fila dentro de `append`: convierte los valores en celdas y las serializa antes
de volver. Una celda con estilo, en cambio, le cuesta una celda nueva, la búsqueda de su estilo en el
libro y una excepción (la usa para reconocer que recibió una celda y no un valor). Con 16.000 filas y
cuatro columnas con formato eso era casi un tercio del tiempo del padrón de cuotas.

Aquí: una celda por columna con formato, reutilizada fila tras fila, con el número de estilo
calculado una vez; y la conversión de la fila reemplazada por una que acepta celdas sin excepción.
Depende de detalles internos de openpyxl 3.1 (versión fijada en pyproject.toml); si faltaran, la
hoja sigue con la conversión de openpyxl, más lenta pero igual de correcta.
"""

from types import MethodType

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment


class CeldaConFormato(Cell):
    """La celda de una columna con formato, reutilizable: se le cambia el valor en cada fila."""

    __slots__ = ("style_id",)  # tapa la propiedad que busca el estilo en el libro en cada celda

    def __init__(self, hoja, formato: str | None, *, ajustar: bool = False):
        super().__init__(hoja, row=1, column=1)
        if formato:
            self.number_format = formato
        if ajustar:  # el texto largo se parte en renglones dentro del ancho de la columna (en pantalla y al imprimir)
            self.alignment = Alignment(wrap_text=True, vertical="top")
        self.style_id = hoja.parent._cell_styles.add(self._style)


def _celdas_de_la_fila(hoja, valores, numero_fila: int):
    """Como `WriteOnlyWorksheet._values_to_row`, sin hipervínculos: una celda recibida se usa tal
    cual; los demás valores pasan por una celda sin estilo que se reutiliza."""
    sin_estilo = WriteOnlyCell(hoja)
    for columna, valor in enumerate(valores, 1):
        if valor is None:
            continue
        celda = valor if isinstance(valor, Cell) else sin_estilo
        if celda is sin_estilo:
            celda.value = valor  # un tipo que Excel no admite da ValueError, como en openpyxl
        celda.column = columna
        celda.row = numero_fila
        yield celda


def acelerar(hoja) -> bool:
    """Cambia la conversión de filas de una hoja de solo escritura por la de este módulo, y su escritura por la de
    `filas_xml` (cada fila como texto XML; lo que esta no sabe escribir pasa por la conversión de aquí). True si la
    escritura es la de `filas_xml` (la hoja acepta sus pares `con_estilo`)."""
    from .filas_xml import acelerar_filas

    if callable(getattr(hoja, "_values_to_row", None)):
        hoja._values_to_row = MethodType(_celdas_de_la_fila, hoja)
    return acelerar_filas(hoja)
