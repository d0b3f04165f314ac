"""`GraficoAnillo`: un anillo para pocas categorías, con el total en el centro y la leyenda al lado."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from ..comun import miles, tr
from .base import CONTEXTO, Grafico, mezclar, porcentaje


class GraficoAnillo(Grafico):
    """Anillo para pocas categorías (p. ej. estados): el total en el centro y una leyenda al lado
    con color, categoría, valor y porcentaje. Las categorías en 0 aparecen solo en la leyenda."""

    DIAMETRO_MINIMO = 110
    DIAMETRO_MAXIMO = 190
    SEPARACION = 28

    def __init__(self, titulo: str = "", parent: QWidget | None = None, *, leyenda_centro: str = ""):
        super().__init__(titulo, parent)
        self._leyenda_centro = leyenda_centro or tr("total", CONTEXTO)

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
