"""Una tabla de solo lectura para listas de Python (dicts u objetos): el modelo, sus columnas y la vista.

La usan las pestañas de Cuotas y la pestaña «Cuenta» de la ficha del miembro. Cada `Columna` dice
cómo se escribe, se ordena y se ve su celda; `ModeloTabla` guarda las filas tal como llegan del
servicio y ordena en Python (como el modelo de Miembros); `crear_tabla` arma la QTableView con el
estilo de Miembros.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..piezas import DERECHA, IZQUIERDA
from ..orden_alfabetico import clave_en_la_ventana


@dataclass
class Columna:
    """Una columna: su título, el texto de cada fila y, si hace falta, cómo se ordena y se ve."""

    titulo: str
    texto: Callable[[Any], str]
    orden: Callable[[Any], Any] | None = None   # clave de orden (int o str); por defecto, el texto sin acentos
    derecha: bool = False                       # números e importes
    ancho: int = 110
    color: Callable[[Any], str | None] | None = None
    ayuda: Callable[[Any], str] | None = None
    negrita: Callable[[Any], bool] | None = None


class ModeloTabla(QAbstractTableModel):
    """Filas (dicts u objetos) mostradas según `columnas`; ordena en Python, como el modelo de Miembros.

    `color_fila(fila)` (opcional) tiñe toda la fila, por ejemplo un pago anulado en gris.
    """

    def __init__(self, columnas: Sequence[Columna], padre=None, color_fila: Callable[[Any], str | None] | None = None):
        super().__init__(padre)
        self.columnas = list(columnas)
        self._filas: list = []
        self._color_fila = color_fila
        self._orden: tuple[int, Qt.SortOrder] | None = None

    def cargar(self, filas: Sequence) -> None:
        self.beginResetModel()
        self._filas = list(filas)
        if self._orden is not None:
            self._ordenar(*self._orden)
        self.endResetModel()

    @property
    def filas(self) -> list:
        return list(self._filas)

    def fila(self, numero: int):
        return self._filas[numero]

    def texto(self, fila: int, columna: int) -> str:
        return self.columnas[columna].texto(self._filas[fila])

    def rowCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._filas)

    def columnCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self.columnas)

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if not indice.isValid():
            return None
        fila, columna = self._filas[indice.row()], self.columnas[indice.column()]
        if rol == Qt.ItemDataRole.DisplayRole:
            return columna.texto(fila)
        if rol == Qt.ItemDataRole.TextAlignmentRole:
            return DERECHA if columna.derecha else IZQUIERDA
        if rol == Qt.ItemDataRole.ForegroundRole:
            color = (columna.color(fila) if columna.color else None) or (
                self._color_fila(fila) if self._color_fila else None)
            return QBrush(QColor(color)) if color else None
        if rol == Qt.ItemDataRole.ToolTipRole and columna.ayuda:
            return columna.ayuda(fila) or None
        if rol == Qt.ItemDataRole.FontRole and columna.negrita and columna.negrita(fila):
            fuente = QFont()
            fuente.setBold(True)
            return fuente
        return None

    def headerData(self, seccion, orientacion, rol=Qt.ItemDataRole.DisplayRole):
        if orientacion != Qt.Orientation.Horizontal:
            return None
        if rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):   # la ayuda: el título entero
            return self.columnas[seccion].titulo
        if rol == Qt.ItemDataRole.TextAlignmentRole:
            return DERECHA if self.columnas[seccion].derecha else IZQUIERDA
        return None

    def _clave(self, columna: int):
        definicion = self.columnas[columna]
        return definicion.orden or (lambda fila: clave_en_la_ventana(definicion.texto(fila)))

    def _ordenar(self, columna: int, orden: Qt.SortOrder) -> None:
        clave = self._clave(columna)
        self._filas.sort(key=clave, reverse=orden == Qt.SortOrder.DescendingOrder)

    def sort(self, columna, orden=Qt.SortOrder.AscendingOrder):
        if not 0 <= columna < len(self.columnas):
            self._orden = None   # sin orden elegido: el del servicio
            return
        self._orden = (columna, orden)
        self.layoutAboutToBeChanged.emit()
        viejos = self.persistentIndexList()
        objetos = [self._filas[i.row()] for i in viejos]
        self._ordenar(columna, orden)
        posicion = {id(f): n for n, f in enumerate(self._filas)}
        self.changePersistentIndexList(viejos, [self.index(posicion[id(o)], v.column()) for o, v in zip(objetos, viejos)])
        self.layoutChanged.emit()


def crear_tabla(modelo: ModeloTabla, ordenable: bool = True) -> QTableView:
    """Una tabla con el estilo de Miembros: filas enteras, sin edición, colores alternos."""
    tabla = QTableView()
    tabla.setModel(modelo)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.setAlternatingRowColors(True)
    tabla.setWordWrap(False)
    tabla.verticalHeader().setVisible(False)
    tabla.verticalHeader().setDefaultSectionSize(24)
    cabecera = tabla.horizontalHeader()
    cabecera.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    cabecera.setStretchLastSection(True)
    cabecera.setHighlightSections(False)
    # El título entero, en cualquier idioma: la columna no es más angosta que él («Contribuições não pagas» se veía
    # «uições não pagas», cortado por la izquierda al ir alineado a la derecha); achicada a mano, termina en «…».
    cabecera.setTextElideMode(Qt.TextElideMode.ElideRight)
    for numero, columna in enumerate(modelo.columnas):
        tabla.setColumnWidth(numero, max(columna.ancho, cabecera.sectionSizeHint(numero)))
    if ordenable:
        cabecera.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # sin indicador: el orden del servicio
        tabla.setSortingEnabled(True)
    return tabla


def fila_elegida(tabla: QTableView):
    """La fila (el dict u objeto) elegida en una tabla de `crear_tabla`, o None."""
    indices = tabla.selectionModel().selectedRows()
    return tabla.model().fila(indices[0].row()) if indices else None
