"""Gráficos sencillos pintados con QPainter (PySide6-Essentials no trae QtCharts).

`_Grafico` reúne lo que comparten todos: título, datos de solo lectura, aviso «Sin datos»,
colores, zonas sensibles con ayuda emergente y resaltado bajo el puntero. Cada gráfico concreto
solo decide su tamaño (`sizeHint`) y cómo se pinta (`_pintar`), y registra sus zonas con
`_zona(forma, indice)`.

`GraficoBarras` separa la geometría (`_disponer`, que devuelve una `_Fila` por categoría) del
pintado (`_pintar_fila`). Una variante agrupada (p. ej. «facturado y cobrado por año») o vertical
se escribe como subclase: recibe varias series, reparte el grosor de cada fila (o el ancho de
cada columna) entre ellas en su propio `_disponer` y reutiliza el resto.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..dominio import formato
from .comun import miles, tr

# Un juego de colores sereno, legible sobre fondo claro u oscuro; el primero es el acento.
COLORES = ("#3b78b4", "#47a09a", "#e0a23a", "#c9645b", "#8a79bd", "#7d9b57", "#8f9aa5")
ACENTO = COLORES[0]

_CONTEXTO = "Graficos"


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


class _Grafico(QWidget):
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
        return tr("Sin datos", _CONTEXTO) if self.vacio else ""

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
        return tr("{0}: {1} ({2} del total)", _CONTEXTO).format(
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


@dataclass
class _Fila:
    """La geometría de una categoría de un gráfico de barras horizontales."""
    indice: int
    fila: QRectF        # toda la franja: zona sensible
    etiqueta: QRectF
    barra: QRectF       # ancho 0 si el valor es 0
    valor: QRectF
    texto_etiqueta: str  # ya recortada con «…» si no cabía
    texto_valor: str


class GraficoBarras(_Grafico):
    """Barras horizontales: la categoría a la izquierda, la barra y el valor al final de ella.

    Cada categoría ocupa una franja de alto mínimo fijo, así que con muchas (9 países, 20 regiones)
    sigue legible y el gráfico pide más alto (`sizeHint`) en vez de apretar las barras.
    Una sola serie y un solo color (el acento) salvo que `mostrar` reciba otros.
    """

    ANCHO_MAXIMO_ETIQUETAS = 0.42   # fracción del ancho que pueden ocupar las etiquetas
    SEPARACION = 12
    SEPARACION_VALOR = 8
    ALTO_MAXIMO = 2.5   # alto máximo de franja, en líneas: con espacio de sobra las barras no quedan apiñadas

    def __init__(self, titulo: str = "", parent: QWidget | None = None):
        super().__init__(titulo, parent)

    def mostrar(self, datos: Sequence[tuple[str, int]], colores: Sequence[str | QColor] | None = None) -> None:
        super().mostrar(datos, colores or (ACENTO,))

    @property
    def textos(self) -> tuple[tuple[str, str], ...]:
        """Lo que se lee en cada barra: (categoría, valor con separador de miles)."""
        return tuple((etiqueta, self._texto_valor(valor)) for etiqueta, valor in self._datos)

    def _texto_valor(self, valor: int) -> str:
        return miles(valor)

    def _alto_fila(self) -> int:
        """El alto mínimo de cada franja; si sobra alto, `_disponer` la estira hasta ALTO_MAXIMO."""
        return round(QFontMetrics(self.font()).height() * 1.9)

    def _fuente_valor(self) -> QFont:
        fuente = QFont(self.font())
        fuente.setWeight(QFont.Weight.DemiBold)
        return fuente

    def _grosor_barra(self) -> int:
        return round(QFontMetrics(self.font()).height() * 1.0)

    def sizeHint(self) -> QSize:
        metricas = QFontMetrics(self.font())
        etiquetas = max((metricas.horizontalAdvance(e) for e, _ in self._datos), default=80)
        ancho = max(self._ancho_titulo(), etiquetas + self.SEPARACION + 220)
        filas = len(self._datos) if self._datos else 3
        return QSize(ancho, self._alto_titulo() + filas * self._alto_fila())

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def _disponer(self, rect: QRectF) -> list[_Fila]:
        metricas = QFontMetrics(self.font())
        metricas_valor = QFontMetrics(self._fuente_valor())
        alto = min(max(self._alto_fila(), rect.height() / len(self._datos)),
                   metricas.height() * self.ALTO_MAXIMO)
        grosor = self._grosor_barra()
        ancho_etiquetas = min(max(metricas.horizontalAdvance(e) for e, _ in self._datos),
                              rect.width() * self.ANCHO_MAXIMO_ETIQUETAS)
        ancho_valores = max(metricas_valor.horizontalAdvance(self._texto_valor(v)) for _, v in self._datos) + 2
        inicio = rect.left() + ancho_etiquetas + self.SEPARACION
        largo_maximo = max(rect.right() - inicio - self.SEPARACION_VALOR - ancho_valores, 4)
        mayor = max((v for _, v in self._datos), default=0)
        filas = []
        for indice, (etiqueta, valor) in enumerate(self._datos):
            arriba = rect.top() + indice * alto
            franja = QRectF(rect.left(), arriba, rect.width(), alto)
            largo = 0.0 if mayor <= 0 or valor <= 0 else max(largo_maximo * valor / mayor, 3.0)
            barra = QRectF(inicio, arriba + (alto - grosor) / 2, largo, grosor)
            valor_rect = QRectF(barra.right() + self.SEPARACION_VALOR, arriba, ancho_valores, alto)
            filas.append(_Fila(
                indice=indice, fila=franja,
                etiqueta=QRectF(rect.left(), arriba, ancho_etiquetas, alto),
                barra=barra, valor=valor_rect,
                texto_etiqueta=metricas.elidedText(etiqueta, Qt.TextElideMode.ElideRight,
                                                   int(ancho_etiquetas)),
                texto_valor=self._texto_valor(valor)))
        return filas

    def _pintar(self, pintor: QPainter, rect: QRectF) -> None:
        for fila in self._disponer(rect):
            self._pintar_fila(pintor, fila)
            self._zona(fila.fila, fila.indice)

    def _pintar_fila(self, pintor: QPainter, fila: _Fila) -> None:
        resaltada = fila.indice == self._resaltado
        if resaltada:
            fondo = mezclar(self._color_fondo(), self._color_texto(), 0.05)
            pintor.setPen(Qt.PenStyle.NoPen)
            pintor.setBrush(fondo)
            pintor.drawRoundedRect(fila.fila, 4, 4)
        pintor.setPen(self._color_texto())
        pintor.drawText(fila.etiqueta, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                        fila.texto_etiqueta)
        if fila.barra.width() > 0:
            color = self.color(fila.indice)
            if resaltada:
                color = color.darker(118)
            pintor.setPen(Qt.PenStyle.NoPen)
            pintor.setBrush(color)
            radio = min(3.0, fila.barra.height() / 2, fila.barra.width() / 2)
            pintor.drawRoundedRect(fila.barra, radio, radio)
        pintor.setFont(self._fuente_valor())
        pintor.setPen(self._color_texto() if resaltada else self._color_secundario())
        pintor.drawText(fila.valor, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, fila.texto_valor)
        pintor.setFont(self.font())


class GraficoBarrasAgrupadas(GraficoBarras):
    """Barras horizontales agrupadas: por categoría (p. ej. un año) una barra por serie
    (p. ej. «Facturado» y «Cobrado»), con una leyenda de series arriba.

    `mostrar(categorias, series)` recibe las categorías en orden y, por serie, su nombre y un valor
    por categoría. `formato` convierte un valor en texto (por defecto, separador de miles); con
    `relativo_a_la_primera` cada barra de las series siguientes dice también qué porcentaje es de
    la primera (lo cobrado de lo facturado). Cada barra es una zona con su ayuda emergente.
    """

    SEPARACION_BARRAS = 3
    ALTO_MAXIMO = 4.0

    def __init__(self, titulo: str = "", parent: QWidget | None = None):
        super().__init__(titulo, parent)
        self._categorias: tuple[str, ...] = ()
        self._series: tuple[tuple[str, tuple[int, ...]], ...] = ()
        self._formato = miles
        self._relativo = False

    def mostrar(self, categorias: Sequence[str], series: Sequence[tuple[str, Sequence[int]]] = (),  # type: ignore[override]
                colores: Sequence[str | QColor] | None = None, *, formato=None,
                relativo_a_la_primera: bool = False) -> None:
        self._categorias = tuple(str(c) for c in categorias)
        self._series = tuple((str(nombre), tuple(int(v) for v in valores)) for nombre, valores in series)
        if any(len(valores) != len(self._categorias) for _, valores in self._series):
            raise ValueError("cada serie lleva un valor por categoría")
        self._formato = formato or miles
        self._relativo = relativo_a_la_primera
        # Para la base: una entrada por barra, en el orden de las zonas (categoría, luego serie).
        self._datos = tuple((f"{categoria} · {nombre}", valores[i]) for i, categoria in enumerate(self._categorias)
                            for nombre, valores in self._series) if self._series else ()
        self._colores = tuple(QColor(c) for c in (colores or COLORES))
        self._resaltado = None
        self._zonas = []
        self.setAccessibleDescription(self.mensaje or "; ".join(
            f"{categoria}: " + ", ".join(f"{nombre} {texto}" for nombre, texto in zip(self.series, textos))
            for categoria, textos in self.textos))
        self.updateGeometry()
        self.update()

    # --- Lo que ve el usuario ----------------------------------------------------------------------

    @property
    def categorias(self) -> tuple[str, ...]:
        return self._categorias

    @property
    def series(self) -> tuple[str, ...]:
        """Los nombres de las series, en el orden de la leyenda y de las barras de cada grupo."""
        return tuple(nombre for nombre, _ in self._series)

    @property
    def valores(self) -> tuple[tuple[int, ...], ...]:
        """Por categoría, el valor de cada serie."""
        return tuple(tuple(valores[i] for _, valores in self._series) for i in range(len(self._categorias)))

    @property
    def textos(self) -> tuple[tuple[str, tuple[str, ...]], ...]:  # type: ignore[override]
        """Lo que se lee en cada grupo: (categoría, (texto de cada barra…))."""
        return tuple((categoria, tuple(self._texto_barra(i, s) for s in range(len(self._series))))
                     for i, categoria in enumerate(self._categorias))

    def color(self, indice: int) -> QColor:
        """El color de la barra `indice` (categoría × series + serie): el de su serie."""
        return QColor(self._colores[(indice % max(len(self._series), 1)) % len(self._colores)])

    def _texto_valor(self, valor: int) -> str:
        return self._formato(valor)

    def _texto_barra(self, categoria: int, serie: int) -> str:
        valor = self._series[serie][1][categoria]
        texto = self._texto_valor(valor)
        base = self._series[0][1][categoria]
        if self._relativo and serie > 0 and base > 0:
            texto += f"  ({porcentaje(valor, base)})"
        return texto

    def texto_ayuda(self, indice: int) -> str:
        categoria, serie = divmod(indice, len(self._series))
        texto = tr("{0} · {1}: {2}", _CONTEXTO).format(
            self._categorias[categoria], self._series[serie][0], self._texto_valor(self._series[serie][1][categoria]))
        base = self._series[0][1][categoria]
        if serie > 0 and base > 0:
            texto += " " + tr("({0} de {1})", _CONTEXTO).format(
                porcentaje(self._series[serie][1][categoria], base), self._series[0][0].lower())
        return texto

    # --- Medidas ------------------------------------------------------------------------------------

    def _grosor_barra(self) -> int:
        return round(QFontMetrics(self.font()).height() * 0.85)

    def _alto_fila(self) -> int:
        series = max(len(self._series), 1)
        alto = series * self._grosor_barra() + (series - 1) * self.SEPARACION_BARRAS
        return round(alto + QFontMetrics(self.font()).height() * 0.9)

    def _alto_leyenda(self) -> int:
        return round(QFontMetrics(self.font()).height() * 1.6) if self._series else 0

    def sizeHint(self) -> QSize:
        metricas = QFontMetrics(self.font())
        metricas_valor = QFontMetrics(self._fuente_valor())
        etiquetas = max((metricas.horizontalAdvance(c) for c in self._categorias), default=80)
        valores = max((metricas_valor.horizontalAdvance(t) for _, textos in self.textos for t in textos), default=80)
        ancho = max(self._ancho_titulo(), etiquetas + self.SEPARACION + 120 + self.SEPARACION_VALOR + valores)
        filas = len(self._categorias) if self._categorias else 3
        return QSize(ancho, self._alto_titulo() + self._alto_leyenda() + filas * self._alto_fila())

    # --- Geometría y pintado ------------------------------------------------------------------------

    def _disponer(self, rect: QRectF) -> list[_Fila]:
        metricas = QFontMetrics(self.font())
        metricas_valor = QFontMetrics(self._fuente_valor())
        series = len(self._series)
        alto = min(max(self._alto_fila(), rect.height() / len(self._categorias)),
                   metricas.height() * self.ALTO_MAXIMO)
        grosor = self._grosor_barra()
        bloque = series * grosor + (series - 1) * self.SEPARACION_BARRAS
        ancho_etiquetas = min(max(metricas.horizontalAdvance(c) for c in self._categorias),
                              rect.width() * self.ANCHO_MAXIMO_ETIQUETAS)
        ancho_valores = max(metricas_valor.horizontalAdvance(t) for _, textos in self.textos for t in textos) + 2
        inicio = rect.left() + ancho_etiquetas + self.SEPARACION
        largo_maximo = max(rect.right() - inicio - self.SEPARACION_VALOR - ancho_valores, 4)
        mayor = max((v for _, valores in self._series for v in valores), default=0)
        filas = []
        for i, categoria in enumerate(self._categorias):
            arriba = rect.top() + i * alto
            primera = arriba + (alto - bloque) / 2
            for s, (_, valores) in enumerate(self._series):
                valor = valores[i]
                y = primera + s * (grosor + self.SEPARACION_BARRAS)
                largo = 0.0 if mayor <= 0 or valor <= 0 else max(largo_maximo * valor / mayor, 3.0)
                barra = QRectF(inicio, y, largo, grosor)
                # La franja sensible de cada barra: media separación por arriba y por abajo.
                franja = QRectF(rect.left(), y - self.SEPARACION_BARRAS / 2, rect.width(),
                                grosor + self.SEPARACION_BARRAS)
                filas.append(_Fila(
                    indice=i * series + s, fila=franja,
                    etiqueta=QRectF(rect.left(), arriba, ancho_etiquetas, alto),
                    barra=barra,
                    valor=QRectF(barra.right() + self.SEPARACION_VALOR, y - 4, ancho_valores, grosor + 8),
                    texto_etiqueta=metricas.elidedText(categoria, Qt.TextElideMode.ElideRight, int(ancho_etiquetas))
                    if s == 0 else "",
                    texto_valor=self._texto_barra(i, s)))
        return filas

    def _pintar(self, pintor: QPainter, rect: QRectF) -> None:
        alto_leyenda = self._alto_leyenda()
        self._pintar_leyenda(pintor, QRectF(rect.left(), rect.top(), rect.width(), alto_leyenda))
        super()._pintar(pintor, rect.adjusted(0, alto_leyenda, 0, 0))

    def _pintar_leyenda(self, pintor: QPainter, rect: QRectF) -> None:
        metricas = QFontMetrics(self.font())
        muestra = metricas.height() - 5
        x = rect.left()
        for s, nombre in enumerate(self.series):
            pintor.setPen(Qt.PenStyle.NoPen)
            pintor.setBrush(self.color(s))
            pintor.drawRoundedRect(QRectF(x, rect.top() + (rect.height() - muestra) / 2, muestra, muestra), 3, 3)
            x += muestra + 7
            pintor.setPen(self._color_secundario())
            ancho = metricas.horizontalAdvance(nombre)
            pintor.drawText(QRectF(x, rect.top(), ancho + 2, rect.height()),
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, nombre)
            x += ancho + 22


class GraficoAnillo(_Grafico):
    """Anillo para pocas categorías (p. ej. estados): el total en el centro y una leyenda al lado
    con color, categoría, valor y porcentaje. Las categorías en 0 aparecen solo en la leyenda."""

    DIAMETRO_MINIMO = 110
    DIAMETRO_MAXIMO = 190
    SEPARACION = 28

    def __init__(self, titulo: str = "", parent: QWidget | None = None, *, leyenda_centro: str = ""):
        super().__init__(titulo, parent)
        self._leyenda_centro = leyenda_centro or tr("total", _CONTEXTO)

    @property
    def vacio(self) -> bool:
        return self.total <= 0

    @property
    def leyenda(self) -> tuple[tuple[str, str, str], ...]:
        """Lo que se lee en la leyenda: (categoría, valor, porcentaje)."""
        total = self.total
        return tuple((etiqueta, miles(valor), porcentaje(valor, total)) for etiqueta, valor in self._datos)

    @property
    def texto_centro(self) -> str:
        return miles(self.total)

    def _alto_fila(self) -> int:
        return round(QFontMetrics(self.font()).height() * 1.75)

    def _columnas_leyenda(self) -> tuple[int, int, int, int]:
        """Anchos de (muestra de color, categoría, valor, porcentaje)."""
        metricas = QFontMetrics(self.font())
        negrita = QFont(self.font())
        negrita.setWeight(QFont.Weight.DemiBold)
        metricas_negrita = QFontMetrics(negrita)
        filas = self.leyenda or (("", "", ""),)
        return (metricas.height() - 4,
                max(metricas.horizontalAdvance(e) for e, _, _ in filas),
                max(metricas_negrita.horizontalAdvance(v) for _, v, _ in filas),
                max(metricas.horizontalAdvance(p) for _, _, p in filas))

    def _ancho_leyenda(self) -> int:
        muestra, etiqueta, valor, pct = self._columnas_leyenda()
        return muestra + 10 + etiqueta + 18 + valor + 14 + pct

    def sizeHint(self) -> QSize:
        alto = max(self.DIAMETRO_MAXIMO, len(self._datos) * self._alto_fila())
        ancho = self.DIAMETRO_MAXIMO + self.SEPARACION + self._ancho_leyenda()
        return QSize(max(ancho, self._ancho_titulo()), self._alto_titulo() + alto + 8)

    def minimumSizeHint(self) -> QSize:
        alto = max(self.DIAMETRO_MINIMO, len(self._datos) * self._alto_fila())
        ancho = self.DIAMETRO_MINIMO + self.SEPARACION + self._ancho_leyenda()
        return QSize(ancho, self._alto_titulo() + alto + 8)

    def _pintar(self, pintor: QPainter, rect: QRectF) -> None:
        rect = rect.adjusted(0, 4, 0, -4)
        ancho_leyenda = self._ancho_leyenda()
        diametro = min(rect.height(), rect.width() - ancho_leyenda - self.SEPARACION, self.DIAMETRO_MAXIMO)
        diametro = max(diametro, 40)
        # Anillo y leyenda forman un bloque centrado en el espacio disponible.
        bloque = diametro + self.SEPARACION + ancho_leyenda
        izquierda = rect.left() + max((rect.width() - bloque) / 2, 0)
        circulo = QRectF(izquierda, rect.center().y() - diametro / 2, diametro, diametro)
        self._pintar_anillo(pintor, circulo)
        self._pintar_leyenda(pintor, QRectF(circulo.right() + self.SEPARACION, rect.top(),
                                            ancho_leyenda, rect.height()))

    def _pintar_anillo(self, pintor: QPainter, circulo: QRectF) -> None:
        total = self.total
        centro = circulo.center()
        radio = circulo.width() / 2 - 4          # margen para crecer al resaltar
        grosor = max(radio * 0.30, 10)
        angulo = 90.0                             # arriba; en Qt los ángulos crecen antihorario
        separador = QPen(self._color_fondo(), 2)
        for indice, (_, valor) in enumerate(self._datos):
            if valor <= 0:
                continue
            barrido = -360.0 * valor / total
            exterior = radio + (4 if indice == self._resaltado else 0)
            camino = self._sector(centro, exterior, radio - grosor, angulo, barrido)
            pintor.setPen(separador if abs(barrido) < 360 else Qt.PenStyle.NoPen)
            pintor.setBrush(self.color(indice))
            pintor.drawPath(camino)
            self._zona(camino, indice)
            angulo += barrido
        # El total en el centro, y debajo qué cuenta.
        interior = radio - grosor
        fuente = QFont(self.font())
        fuente.setPointSizeF(self.font().pointSizeF() * 1.9 if self.font().pointSizeF() > 0 else 16)
        fuente.setWeight(QFont.Weight.Bold)
        metricas = QFontMetrics(fuente)
        pequena = QFontMetrics(self.font())
        alto = metricas.height() + pequena.height() - 2
        arriba = centro.y() - alto / 2
        pintor.setFont(fuente)
        pintor.setPen(self._color_texto())
        pintor.drawText(QRectF(centro.x() - interior, arriba, 2 * interior, metricas.height()),
                        Qt.AlignmentFlag.AlignCenter, self.texto_centro)
        pintor.setFont(self.font())
        pintor.setPen(self._color_secundario())
        leyenda = pequena.elidedText(self._leyenda_centro, Qt.TextElideMode.ElideRight, int(2 * interior - 8))
        pintor.drawText(QRectF(centro.x() - interior, arriba + metricas.height() - 2, 2 * interior, pequena.height()),
                        Qt.AlignmentFlag.AlignCenter, leyenda)

    @staticmethod
    def _sector(centro: QPointF, exterior: float, interior: float, desde: float, barrido: float) -> QPainterPath:
        afuera = QRectF(centro.x() - exterior, centro.y() - exterior, 2 * exterior, 2 * exterior)
        adentro = QRectF(centro.x() - interior, centro.y() - interior, 2 * interior, 2 * interior)
        camino = QPainterPath()
        if abs(barrido) >= 360:
            camino.addEllipse(afuera)
            camino.addEllipse(adentro)
            camino.setFillRule(Qt.FillRule.OddEvenFill)
            return camino
        radianes = math.radians(desde)
        camino.moveTo(centro.x() + exterior * math.cos(radianes), centro.y() - exterior * math.sin(radianes))
        camino.arcTo(afuera, desde, barrido)
        camino.arcTo(adentro, desde + barrido, -barrido)
        camino.closeSubpath()
        return camino

    def _pintar_leyenda(self, pintor: QPainter, rect: QRectF) -> None:
        muestra, ancho_etiqueta, ancho_valor, ancho_pct = self._columnas_leyenda()
        alto = self._alto_fila()
        arriba = rect.center().y() - alto * len(self._datos) / 2
        negrita = QFont(self.font())
        negrita.setWeight(QFont.Weight.DemiBold)
        centrado = Qt.AlignmentFlag.AlignVCenter
        for indice, (etiqueta, valor, pct) in enumerate(self.leyenda):
            y = arriba + indice * alto
            franja = QRectF(rect.left() - 6, y, rect.width() + 12, alto)
            if indice == self._resaltado:
                pintor.setPen(Qt.PenStyle.NoPen)
                pintor.setBrush(mezclar(self._color_fondo(), self._color_texto(), 0.05))
                pintor.drawRoundedRect(franja, 4, 4)
            x = rect.left()
            pintor.setPen(Qt.PenStyle.NoPen)
            pintor.setBrush(self.color(indice))
            pintor.drawRoundedRect(QRectF(x, y + (alto - muestra) / 2, muestra, muestra), 3, 3)
            x += muestra + 10
            pintor.setFont(self.font())
            pintor.setPen(self._color_texto())
            pintor.drawText(QRectF(x, y, ancho_etiqueta, alto), Qt.AlignmentFlag.AlignLeft | centrado, etiqueta)
            x += ancho_etiqueta + 18
            pintor.setFont(negrita)
            pintor.drawText(QRectF(x, y, ancho_valor, alto), Qt.AlignmentFlag.AlignRight | centrado, valor)
            x += ancho_valor + 14
            pintor.setFont(self.font())
            pintor.setPen(self._color_secundario())
            pintor.drawText(QRectF(x, y, ancho_pct, alto), Qt.AlignmentFlag.AlignRight | centrado, pct)
            self._zona(franja, indice)
