"""Piezas de la pestaña Oradores (sesion/oradores.py) para lo de OpenSlides 4 (issue 82): la marca «primera vez» de
quien espera y todavía no habló en la sesión, y el lugar de un pedido dentro de su grupo de la cola.

La marca se dibuja a la derecha de la fila, como una etiqueta redondeada, sin cambiar el texto del elemento (que
sigue siendo «2. Rosario», lo que leen las pruebas y el lector de pantalla, que además recibe «primera vez» en el
texto accesible). Qué es «primera vez» y en qué grupo va cada tipo lo deciden los servicios y dominio/oradores.py.
"""

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ....dominio import oradores as reglas
from ....servicios.oradores import Orador

# El dato del elemento de la cola que dice si es la primera vez de quien espera.
ROL_PRIMERA_VEZ = Qt.ItemDataRole.UserRole + 1
FONDO_MARCA, TINTA_MARCA = "#e3eef9", "#245a8d"
_RELLENO = 8      # a cada lado del texto de la marca
_MARGEN = 4       # entre la marca y el borde de la fila


class MarcaDePrimeraVez(QStyledItemDelegate):
    """Dibuja la fila como siempre y, si `ROL_PRIMERA_VEZ`, la etiqueta «primera vez» a su derecha (el nombre se
    acorta con «…» antes que taparla)."""

    def __init__(self, texto: str, padre: QWidget | None = None):
        super().__init__(padre)
        self.texto = texto

    @staticmethod
    def _letra(opcion: QStyleOptionViewItem) -> QFont:
        """Un poco más chica que la de la fila: la marca cabe en su alto sin tocar la de la fila de al lado."""
        letra = QFont(opcion.font)
        letra.setPointSizeF(letra.pointSizeF() * 0.85)
        return letra

    def _ancho(self, opcion: QStyleOptionViewItem) -> int:
        return QFontMetrics(self._letra(opcion)).horizontalAdvance(self.texto) + 2 * _RELLENO

    def paint(self, pintor: QPainter, opcion: QStyleOptionViewItem, indice: QModelIndex) -> None:
        if not indice.data(ROL_PRIMERA_VEZ):
            super().paint(pintor, opcion, indice)
            return
        fila = QStyleOptionViewItem(opcion)
        self.initStyleOption(fila, indice)
        ancho = self._ancho(fila)
        lugar = fila.rect.width() - ancho - 3 * _MARGEN
        fila.text = fila.fontMetrics.elidedText(fila.text, Qt.TextElideMode.ElideRight, max(lugar, 0))
        estilo = fila.widget.style() if fila.widget is not None else QApplication.style()
        estilo.drawControl(QStyle.ControlElement.CE_ItemViewItem, fila, pintor, fila.widget)
        alto = min(QFontMetrics(self._letra(fila)).height() + 2, fila.rect.height() - 2)
        marca = QRect(fila.rect.right() - ancho - _MARGEN, fila.rect.center().y() - alto // 2, ancho, alto)
        pintor.save()
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        pintor.setPen(Qt.PenStyle.NoPen)
        pintor.setBrush(QColor(FONDO_MARCA))
        pintor.drawRoundedRect(marca, alto / 2, alto / 2)
        pintor.setPen(QColor(TINTA_MARCA))
        pintor.setFont(self._letra(fila))
        pintor.drawText(marca, Qt.AlignmentFlag.AlignCenter, self.texto)
        pintor.restore()

    def sizeHint(self, opcion: QStyleOptionViewItem, indice: QModelIndex) -> QSize:  # noqa: N802 - Qt
        """Tan alta como siempre y sin ancho propio: cada fila ocupa el ancho de la lista (sin barra horizontal, que
        dejaría la marca fuera de la vista) y un nombre largo se acorta con «…» (entero, en su ayuda emergente)."""
        medida = super().sizeHint(opcion, indice)
        medida.setWidth(1)
        return medida


def clave_de_orden(orador: Orador, rangos: dict[str, int]) -> tuple[int, int | None]:
    """Con quién comparte lugar en la cola: su grupo y, en una cuestión de orden, el rango de su categoría (la cola
    ordena por rango antes que por el orden que fija quien preside: moverla por encima de una de otro rango no la
    adelantaría)."""
    rango = rangos.get(orador.categoria) if orador.categoria and orador.tipo == reglas.CUESTION_DE_ORDEN else None
    return reglas.grupo(orador.tipo), rango


def lugar_en_el_grupo(cola: list[Orador], orador_id: int, rangos: dict[str, int]) -> tuple[int, bool, bool]:
    """(lugar desde 1 entre los de su grupo, como lo cuenta `conduccion_de_oradores.mover`; puede subir; puede bajar).
    Sube o baja solo si el vecino de su grupo comparte también el rango (`clave_de_orden`)."""
    orador = next(o for o in cola if o.id == orador_id)
    grupo = [o for o in cola if reglas.grupo(o.tipo) == reglas.grupo(orador.tipo)]
    i = next(n for n, o in enumerate(grupo) if o.id == orador_id)
    clave = clave_de_orden(orador, rangos)
    sube = i > 0 and clave_de_orden(grupo[i - 1], rangos) == clave
    baja = i + 1 < len(grupo) and clave_de_orden(grupo[i + 1], rangos) == clave
    return i + 1, sube, baja
