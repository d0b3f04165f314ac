"""Tablas de solo lectura (QTableWidget): armarlas, llenarlas y leer la fila elegida."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from .estilos import IZQUIERDA


def tabla_lectura(columnas: Sequence[str], *estirar: int, varias: bool = False) -> QTableWidget:
    """Tabla de solo lectura, una fila por registro; las columnas `estirar` se reparten el ancho sobrante."""
    tabla = QTableWidget(0, len(columnas))
    tabla.setHorizontalHeaderLabels(list(columnas))
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if varias
                           else QAbstractItemView.SelectionMode.SingleSelection)
    tabla.setAlternatingRowColors(True)
    tabla.setWordWrap(False)
    tabla.verticalHeader().hide()
    tabla.verticalHeader().setDefaultSectionSize(24)
    cabecera = tabla.horizontalHeader()
    cabecera.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    cabecera.setMinimumSectionSize(60)
    cabecera.setHighlightSections(False)
    cabecera.setDefaultAlignment(IZQUIERDA)
    for columna in estirar:
        cabecera.setSectionResizeMode(columna, QHeaderView.ResizeMode.Stretch)
    return tabla


def llenar_tabla(tabla: QTableWidget, filas: Sequence[Sequence[str]], datos: Sequence | None = None,
                 color: Callable[[int], str | None] | None = None, negrita: Callable[[int], bool] | None = None,
                 cursiva: Callable[[int], bool] | None = None, centrar: tuple[int, ...] = ()) -> None:
    """Llena la tabla; `datos[n]` queda en la primera celda de la fila n (UserRole); `color(n)` tiñe la fila."""
    tabla.setSortingEnabled(False)
    tabla.clearContents()
    tabla.setRowCount(len(filas))
    for numero, fila in enumerate(filas):
        tinta = color(numero) if color else None
        gruesa = bool(negrita and negrita(numero))
        inclinada = bool(cursiva and cursiva(numero))
        for columna, texto in enumerate(fila):
            celda = QTableWidgetItem("" if texto is None else str(texto))
            if columna in centrar:
                celda.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if tinta:
                celda.setForeground(QColor(tinta))
            if gruesa or inclinada:
                fuente = celda.font()
                fuente.setBold(gruesa)
                fuente.setItalic(inclinada)
                celda.setFont(fuente)
            if datos is not None and columna == 0:
                celda.setData(Qt.ItemDataRole.UserRole, datos[numero])
            tabla.setItem(numero, columna, celda)
    tabla.setCurrentItem(None)


def dato_de_fila(tabla: QTableWidget, fila: int):
    celda = tabla.item(fila, 0)
    return None if celda is None else celda.data(Qt.ItemDataRole.UserRole)


def filas_elegidas(tabla: QTableWidget) -> list[int]:
    return sorted({indice.row() for indice in tabla.selectionModel().selectedRows()})
