"""Lo común de los gráficos: los colores, la fuente del título, el porcentaje, la mezcla de colores y `Grafico`,
la base con título, datos, aviso «Sin datos», zonas sensibles y ayuda emergente."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...dominio import formato
from ..comun import miles, tr

# Un juego de colores sereno, legible sobre fondo claro u oscuro; el primero es el acento.
COLORES = ("#3b78b4", "#47a09a", "#e0a23a", "#c9645b", "#8a79bd", "#7d9b57", "#8f9aa5")
ACENTO = COLORES[0]

CONTEXTO = "Graficos"


def fuente_titulo(base: QFont) -> QFont:
    """La fuente de los títulos de gráficos y tarjetas: la del widget, algo mayor y seminegrita."""
    fuente = QFont(base)
    if base.pointSizeF() > 0:
        fuente.setPointSizeF(base.pointSizeF() * 1.2)
    else:
        fuente.setPixelSize(round(base.pixelSize() * 1.2))
    fuente.setWeight(QFont.Weight.DemiBold)
    return fuente


def porcentaje(parte: int, total: int) -> str:
    """298 de 300 -> '99,3 %' ('99.3 %' en inglés; espacio fino antes del signo, sin ',0' sobrante)."""
    if total <= 0:
        return "0\u00a0%"
    texto = formato.decimal(100 * parte / total, 1, agrupar=False)
    if texto.endswith(formato.separadores()[1] + "0"):
        texto = texto[:-2]
    return texto + "\u00a0%"


def mezclar(a: QColor, b: QColor, proporcion_b: float) -> QColor:
    """Un color entre `a` y `b` (0 = todo `a`, 1 = todo `b`)."""
    q = min(max(proporcion_b, 0.0), 1.0)
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * q,
                           a.greenF() + (b.greenF() - a.greenF()) * q,
                           a.blueF() + (b.blueF() - a.blueF()) * q)


class Grafico(QWidget):
    """Base de los gráficos: título, datos, estado vacío, colores y ayudas emergentes."""

    ESPACIO_TITULO = 10

    def __init__(self, titulo: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._titulo = titulo
        self._datos: tuple[tuple[str, int], ...] = ()
        self._colores: tuple[QColor, ...] = tuple(QColor(c) for c in COLORES)
        self._zonas: list[tuple[QPainterPath, int]] = []
        self._resaltado: int | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(titulo)

    # --- Lo que ve el usuario, de solo lectura -------------------------------------------------

    @property
    def titulo(self) -> str:
        return self._titulo

    @property
    def datos(self) -> tuple[tuple[str, int], ...]:
        """Las categorías y valores que muestra el gráfico, en el orden en que se ven."""
        return self._datos

    @property
    def total(self) -> int:
        return sum(valor for _, valor in self._datos)

    @property
    def vacio(self) -> bool:
        return not self._datos

    @property
    def mensaje(self) -> str:
        """El aviso que se pinta en lugar del gráfico cuando no hay nada que mostrar ('' si hay datos)."""
        return tr("Sin datos", CONTEXTO) if self.vacio else ""

    def set_titulo(self, titulo: str) -> None:
        self._titulo = titulo
        self.setAccessibleName(titulo)
        self.updateGeometry()
        self.update()

    def mostrar(self, datos: Sequence[tuple[str, int]], colores: Sequence[str | QColor] | None = None) -> None:
        """Reemplaza los datos; `colores` (opcional) fija el color de cada categoría en orden."""
        self._datos = tuple((str(etiqueta), int(valor)) for etiqueta, valor in datos)
        self._colores = tuple(QColor(c) for c in (colores or COLORES))
        self._resaltado = None
        self._zonas = []
        self.setAccessibleDescription(
            self.mensaje or "; ".join(f"{etiqueta}: {miles(valor)}" for etiqueta, valor in self._datos))
        self.updateGeometry()
        self.update()

    # --- Colores y medidas --------------------------------------------------------------------

    def color(self, indice: int) -> QColor:
        return QColor(self._colores[indice % len(self._colores)])

    def _color_texto(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def _color_secundario(self) -> QColor:
        paleta = self.palette()
        return mezclar(paleta.color(QPalette.ColorRole.Text), paleta.color(QPalette.ColorRole.Base), 0.42)

    def _color_fondo(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Base)

    def _alto_titulo(self) -> int:
        if not self._titulo:
            return 0
        return QFontMetrics(fuente_titulo(self.font())).height() + self.ESPACIO_TITULO

    def _ancho_titulo(self) -> int:
        return QFontMetrics(fuente_titulo(self.font())).horizontalAdvance(self._titulo) if self._titulo else 0

    # --- Pintado ------------------------------------------------------------------------------

    def paintEvent(self, _evento) -> None:
        pintor = QPainter(self)
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        pintor.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(self.rect())
        if self._titulo:
            fuente = fuente_titulo(self.font())
            metricas = QFontMetrics(fuente)
            pintor.setFont(fuente)
            pintor.setPen(self._color_texto())
            texto = metricas.elidedText(self._titulo, Qt.TextElideMode.ElideRight, int(rect.width()))
            pintor.drawText(QRectF(rect.left(), rect.top(), rect.width(), metricas.height()),
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texto)
        contenido = rect.adjusted(0, self._alto_titulo(), 0, 0)
        self._zonas = []
        pintor.setFont(self.font())
        if self.vacio:
            pintor.setPen(self._color_secundario())
            pintor.drawText(contenido, Qt.AlignmentFlag.AlignCenter, self.mensaje)
        else:
            self._pintar(pintor, contenido)
        pintor.end()

    def _pintar(self, pintor: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    # --- Zonas sensibles: ayuda emergente y resaltado -----------------------------------------

    def _zona(self, forma: QPainterPath | QRectF, indice: int) -> None:
        if isinstance(forma, QRectF):
            camino = QPainterPath()
            camino.addRect(forma)
            forma = camino
        self._zonas.append((forma, indice))

    def _indice_en(self, punto: QPointF) -> int | None:
        for forma, indice in self._zonas:
            if forma.contains(punto):
                return indice
        return None

    def texto_ayuda(self, indice: int) -> str:
        etiqueta, valor = self._datos[indice]
        return tr("{0}: {1} ({2} del total)", CONTEXTO).format(
            etiqueta, miles(valor), porcentaje(valor, self.total))

    def event(self, evento: QEvent) -> bool:
        if evento.type() == QEvent.Type.ToolTip and isinstance(evento, QHelpEvent):
            indice = self._indice_en(QPointF(evento.pos()))
            if indice is None:
                QToolTip.hideText()
                evento.ignore()
            else:
                QToolTip.showText(evento.globalPos(), self.texto_ayuda(indice), self)
            return True
        return super().event(evento)

    def mouseMoveEvent(self, evento) -> None:
        indice = self._indice_en(evento.position())
        if indice != self._resaltado:
            self._resaltado = indice
            self.update()
        super().mouseMoveEvent(evento)

    def leaveEvent(self, evento) -> None:
        if self._resaltado is not None:
            self._resaltado = None
            self.update()
        super().leaveEvent(evento)
