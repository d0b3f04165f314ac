"""Las piezas que comparten los pasos del asistente de importación: la franja de aviso, las tres cifras
(nuevos, actualizados, sin cambios), las tablas de solo lectura, cómo se ve un valor de la planilla y el asistente
como lo ven sus pasos (`AsistenteDeLosPasos`)."""

from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...dominio.decisiones_de_filas import DecisionesDeFilas
from ...dominio.importacion import COLUMNAS
from ...servicios.contexto import Contexto
from ...servicios.importacion import VistaPrevia
from ...servicios.importacion_plan import CAMBIOS_EN_LA_VISTA_PREVIA, Analisis
from ..comun import fecha_dma, miles, tr

MAXIMO_CAMBIOS_LISTADOS = CAMBIOS_EN_LA_VISTA_PREVIA  # la vista previa guarda esos, con su descripción
FILAS_DE_MUESTRA = 10

_ESTILOS_AVISO = {
    "error": "background: #fdecea; border: 1px solid #f1b0b7; color: #7f1d1d;",
    "ok": "background: #e9f6ec; border: 1px solid #b7dfc0; color: #1b4d2b;",
    "info": "background: #eef4fb; border: 1px solid #c9dcf0; color: #1f3b57;",
    "advertencia": "background: #fff7e0; border: 1px solid #f0d78c; color: #5c4300;",
}
ENCABEZADO_DE = {c.campo: c.encabezado for c in COLUMNAS}


class AsistenteDeLosPasos(Protocol):
    """Lo que los pasos del archivo y de las columnas usan del asistente que los contiene
    (`importacion.AsistenteImportacion`, que lo cumple sin nombrarlo): anotado así, sin importarlo de vuelta (el
    asistente importa sus pasos; un import de vuelta, aunque solo de tipos, sería un círculo: tests/test_capas.py)."""

    asociacion: dict | None
    contexto: Contexto
    ruta: Path | None
    vista: VistaPrevia | None
    columnas: dict[str, int] | None
    analisis: Analisis | None
    problemas: list
    orden_fechas: str | None

    def copia_de_lo_decidido(self) -> DecisionesDeFilas: ...

    def olvidar_lo_decidido(self) -> None: ...

    def descartar_analisis(self) -> None: ...


def texto_celda(valor: object) -> str:
    """Un valor leído de la planilla tal como lo vería el usuario en su hoja."""
    if valor is None:
        return ""
    if isinstance(valor, (date, datetime)):
        return fecha_dma(valor.date() if isinstance(valor, datetime) else valor)
    if isinstance(valor, float) and valor.is_integer():
        return str(int(valor))
    return str(valor)


def oracion(texto: str) -> str:
    return texto[:1].upper() + texto[1:] if texto else texto


class Aviso(QLabel):
    """Una franja de color con un mensaje; oculta mientras no haya nada que decir."""

    def __init__(self):
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def mostrar(self, texto: str, tipo: str = "info") -> None:
        self.setStyleSheet(f"QLabel {{ {_ESTILOS_AVISO[tipo]} border-radius: 4px; padding: 8px 10px; }}")
        self.setText(texto)
        self.show()

    def ocultar(self) -> None:
        self.clear()
        self.hide()


class Cifras(QWidget):
    """Tres recuadros: nuevos, actualizados y sin cambios."""

    def __init__(self):
        super().__init__()
        disposicion = QHBoxLayout(self)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.setSpacing(12)
        self._numeros = {}
        for clave, rotulo, color in (("nuevos", tr("Nuevos"), "#1f6f43"),
                                     ("actualizados", tr("Actualizados"), "#1f4e79"),
                                     ("sin_cambios", tr("Sin cambios"), "#5f6368")):
            recuadro = QFrame()
            recuadro.setObjectName("recuadro")
            recuadro.setMinimumWidth(130)
            recuadro.setStyleSheet("#recuadro { background: palette(base); border: 1px solid palette(mid);"
                                   " border-radius: 6px; }")
            interior = QVBoxLayout(recuadro)
            interior.setContentsMargins(14, 8, 14, 8)
            numero = QLabel("0")
            numero.setStyleSheet(f"font-size: 20pt; font-weight: 600; color: {color}; border: none;")
            texto = QLabel(rotulo)
            texto.setStyleSheet("color: palette(dark); border: none;")
            interior.addWidget(numero)
            interior.addWidget(texto)
            disposicion.addWidget(recuadro)
            self._numeros[clave] = numero
        disposicion.addStretch()

    def poner(self, nuevos: int, actualizados: int, sin_cambios: int) -> None:
        for clave, valor in (("nuevos", nuevos), ("actualizados", actualizados), ("sin_cambios", sin_cambios)):
            self._numeros[clave].setText(miles(valor))


def tabla_de_lectura(encabezados: list[str], varias_lineas: bool = False) -> QTableWidget:
    """Una lista de solo lectura. Con `varias_lineas` cada fila crece hasta mostrar todo su texto
    (solo para listas cortas); si no, una línea por fila y el texto completo en la ayuda emergente."""
    tabla = QTableWidget(0, len(encabezados))
    tabla.setHorizontalHeaderLabels(encabezados)
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setAlternatingRowColors(True)
    tabla.setWordWrap(varias_lineas)
    tabla.verticalHeader().hide()
    if varias_lineas:
        tabla.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tabla.setStyleSheet("QTableWidget::item { padding: 4px 2px; }")
    tabla.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    tabla.horizontalHeader().setStretchLastSection(True)
    return tabla


def celda(texto: str, alineacion=Qt.AlignmentFlag.AlignLeft,
          vertical=Qt.AlignmentFlag.AlignVCenter) -> QTableWidgetItem:
    item = QTableWidgetItem(texto)
    item.setTextAlignment(alineacion | vertical)
    item.setToolTip(texto)
    return item
