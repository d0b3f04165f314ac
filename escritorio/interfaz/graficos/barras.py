"""Barras horizontales: `GraficoBarras` (una serie) y `GraficoBarrasAgrupadas` (varias series por categoría)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from ..comun import miles, tr
from .base import CONTEXTO, ACENTO, COLORES, Grafico, mezclar, porcentaje


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


class GraficoBarras(Grafico):
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
        texto = tr("{0} · {1}: {2}", CONTEXTO).format(
            self._categorias[categoria], self._series[serie][0], self._texto_valor(self._series[serie][1][categoria]))
        base = self._series[0][1][categoria]
        if serie > 0 and base > 0:
            texto += " " + tr("({0} de {1})", CONTEXTO).format(
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
