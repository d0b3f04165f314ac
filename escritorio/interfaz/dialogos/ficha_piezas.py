"""Piezas de la ficha del miembro que comparten sus pestañas (`ficha_datos`, `ficha_poblacion`,
`ficha_autoridades`, `ficha_estado`): la tabla de una historia, cómo se llena, las listas de opciones."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from ..piezas import DERECHA

# La nota de la ficha (debajo de «Nueva autoridad»): gris del tema, no el gris fijo de piezas.ESTILO_NOTA.
ESTILO_NOTA_FICHA = "color: palette(mid);"


def tabla_historia(columnas: list[str], *estirar: int) -> QTableWidget:
    """Tabla de solo lectura, una fila por registro; las columnas `estirar` se reparten el resto."""
    tabla = QTableWidget(0, len(columnas))
    tabla.setHorizontalHeaderLabels(columnas)
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabla.setAlternatingRowColors(True)
    tabla.verticalHeader().hide()
    tabla.verticalHeader().setDefaultSectionSize(24)
    cabecera = tabla.horizontalHeader()
    cabecera.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    cabecera.setMinimumSectionSize(70)
    for columna in estirar:
        cabecera.setSectionResizeMode(columna, QHeaderView.ResizeMode.Stretch)
    cabecera.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return tabla


def llenar_historia(tabla: QTableWidget, filas: list[list[str]], derecha: tuple[int, ...] = (),
                    negrita: int | None = None, datos: list | None = None) -> None:
    tabla.setRowCount(len(filas))
    for numero, fila in enumerate(filas):
        for columna, texto in enumerate(fila):
            celda = QTableWidgetItem(texto)
            if columna in derecha:
                celda.setTextAlignment(DERECHA)
            if numero == negrita:
                fuente = celda.font()
                fuente.setBold(True)
                celda.setFont(fuente)
            if datos is not None and columna == 0:
                celda.setData(Qt.ItemDataRole.UserRole, datos[numero])
            tabla.setItem(numero, columna, celda)
    tabla.setCurrentItem(None)


def combo_de(opciones: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for codigo, etiqueta in opciones.items():
        combo.addItem(etiqueta, codigo)
    return combo


def elegir_dato(combo: QComboBox, codigo: str | None) -> None:
    indice = combo.findData(codigo)
    if indice >= 0:
        combo.setCurrentIndex(indice)


def texto_o_vacio(valor) -> str:
    return "" if valor is None else str(valor)


def escapar_html(texto: str) -> str:
    return texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")

