"""El mapa de la red en Inicio: los contornos de los países (Natural Earth) y un círculo por miembro vigente ubicado,
coloreado por estado o por tramo de población, con su leyenda. Sin mosaicos de internet: todo sale de
`servicios.mapa.mapa_de_la_red` (con las reglas de `dominio.mapa`), que también dibuja el sitio publicado
(documentos/sitio/mapa.py); aquí solo se pinta.

Pasar el puntero por un círculo muestra el miembro; un doble clic abre su ficha (`abrir_miembro`). Si hay miembros
sin ubicación, la tarjeta lo dice y ofrece ubicarlos con el nomenclátor (`ubicar`), que pregunta antes de escribir.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolTip, QVBoxLayout,
                               QWidget)

from ....dominio import formato
from ....dominio.mapa import MapaDeLaRed, Proyeccion, PuntoDelMapa, creditos
from ...graficos import fuente_titulo, mezclar

_COLOR_PROPIO = "#d6dee7"     # los países de la asociación
_COLOR_AJENO = "#f2f4f6"      # los demás
_COLOR_AGUA = "#e9f1f8"


# Los caminos de los países ya proyectados, por proyección (encuadre y tamaño) y anillos: los mismos para otra
# ventana sobre la misma región, o al volver a un tamaño. Guarda también los anillos, para que sus id (la clave) no
# se reusen mientras el camino está aquí. Unos pocos: cada uno es la región entera.
_CAMINOS: OrderedDict[tuple, tuple[dict, list[tuple[str, QPainterPath]]]] = OrderedDict()
_CAMINOS_GUARDADOS = 4


def _caminos_proyectados(paises: dict[str, list[list[float]]],
                         proyeccion: Proyeccion) -> list[tuple[str, QPainterPath]]:
    clave = (proyeccion.encuadre, proyeccion.ancho, proyeccion.alto,
             tuple((pais, tuple(map(id, anillos))) for pais, anillos in paises.items()))
    if clave in _CAMINOS:
        _CAMINOS.move_to_end(clave)
        return _CAMINOS[clave][1]
    caminos = []
    for pais, anillos in paises.items():
        camino = QPainterPath()
        camino.setFillRule(Qt.FillRule.OddEvenFill)
        for anillo in anillos:
            puntos = proyeccion.anillo(anillo)
            camino.moveTo(*puntos[0])
            for x, y in puntos[1:]:   # sin un QPointF por vértice
                camino.lineTo(x, y)
            camino.closeSubpath()
        caminos.append((pais, camino))
    _CAMINOS[clave] = (dict(paises), caminos)
    while len(_CAMINOS) > _CAMINOS_GUARDADOS:
        _CAMINOS.popitem(last=False)
    return caminos


class LienzoDelMapa(QWidget):
    """Pinta un `MapaDeLaRed`. `por` es «estado» o «tramo»."""

    abrir_miembro = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mapa: MapaDeLaRed | None = None
        self.por = "estado"
        self._posiciones: list[tuple[QPointF, float, PuntoDelMapa]] = []
        # Los contornos de los países ya proyectados, para este mapa y este tamaño: proyectar miles de vértices en
        # cada pintura (al pasar el puntero, al mostrar la ventana) era casi todo su costo.
        self._contornos_para: tuple[int, int, int] | None = None
        self._contornos: list[tuple[QPainterPath, bool]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 360)

    def mostrar(self, mapa: MapaDeLaRed, por: str) -> None:
        if mapa is not self.mapa:
            self._contornos_para = None   # otro mapa (el id de uno viejo puede volver a usarse)
        self.mapa, self.por = mapa, por
        self.update()

    @property
    def circulos(self) -> int:
        """Cuántos miembros están pintados (lo que se ve; lo cuentan las pruebas)."""
        return len(self._posiciones)

    def _proyeccion(self) -> Proyeccion | None:
        if self.mapa is None or self.mapa.encuadre is None:
            return None
        return Proyeccion(self.mapa.encuadre, self.width() - 2, self.height() - 2)

    def paintEvent(self, _evento) -> None:
        pintor = QPainter(self)
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        pintor.fillRect(self.rect(), QColor(_COLOR_AGUA))
        self._posiciones = []
        proyeccion = self._proyeccion()
        if proyeccion is None:
            pintor.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            pintor.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Sin miembros para mostrar"))
            return
        pintor.translate(1, 1)
        pintor.setPen(QPen(QColor("#ffffff"), 0.8))
        for camino, de_la_red in self._contornos_proyectados(proyeccion):
            pintor.setBrush(QColor(_COLOR_PROPIO if de_la_red else _COLOR_AJENO))
            pintor.drawPath(camino)
        escala = 1.0 if self.width() >= 480 else 0.75
        for punto in self.mapa.puntos:
            x, y = proyeccion.punto(punto.latitud, punto.longitud)
            centro, radio = QPointF(x, y), self.mapa.radio(punto, escala)
            color = QColor(self.mapa.color(punto, self.por))
            pintor.setPen(QPen(mezclar(color, QColor("#000000"), 0.35), 0.8))
            relleno = QColor(color)
            relleno.setAlphaF(0.85)
            pintor.setBrush(relleno)
            pintor.drawEllipse(centro, radio, radio)
            self._posiciones.append((centro + QPointF(1, 1), radio, punto))

    def _contornos_proyectados(self, proyeccion: Proyeccion) -> list[tuple[QPainterPath, bool]]:
        """Cada país como un camino ya proyectado y si es de la red; se rehacen solo con otro mapa u otro tamaño."""
        clave = (id(self.mapa), self.width(), self.height())
        if clave != self._contornos_para:
            self._contornos = [(camino, pais in self.mapa.paises_de_la_red)
                               for pais, camino in _caminos_proyectados(self.mapa.paises, proyeccion)]
            self._contornos_para = clave
        return self._contornos

    def punto_en(self, lugar: QPointF) -> PuntoDelMapa | None:
        """El miembro bajo el puntero: el círculo más cercano que lo contiene (con tres píxeles de tolerancia)."""
        cerca = [(QPointF.dotProduct(c - lugar, c - lugar), p) for c, r, p in self._posiciones
                 if QPointF.dotProduct(c - lugar, c - lugar) <= (r + 3) ** 2]
        return min(cerca, key=lambda d: d[0])[1] if cerca else None

    def texto_de(self, punto: PuntoDelMapa) -> str:
        return self.mapa.describir(punto, self.por)

    def event(self, evento: QEvent) -> bool:
        if evento.type() == QEvent.Type.ToolTip and isinstance(evento, QHelpEvent):
            punto = self.punto_en(QPointF(evento.pos()))
            if punto is None:
                QToolTip.hideText()
                evento.ignore()
            else:
                QToolTip.showText(evento.globalPos(), self.texto_de(punto), self)
            return True
        return super().event(evento)

    def mouseDoubleClickEvent(self, evento) -> None:
        punto = self.punto_en(evento.position())
        if punto is not None:
            self.abrir_miembro.emit(punto.miembro_id)


class _Leyenda(QWidget):
    """Un renglón por categoría: el círculo de su color, el rótulo y cuántos."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filas: list[tuple[str, str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def mostrar(self, filas: list[tuple[str, str, int]]) -> None:
        self.filas = filas
        self.updateGeometry()
        self.update()

    def _alto_fila(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        return QSize(200, self._alto_fila() * max(len(self.filas), 1))

    def paintEvent(self, _evento) -> None:
        pintor = QPainter(self)
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        alto = self._alto_fila()
        for i, (color, rotulo, cuantos) in enumerate(self.filas):
            y = i * alto + alto / 2
            pintor.setPen(Qt.PenStyle.NoPen)
            pintor.setBrush(QColor(color))
            pintor.drawEllipse(QPointF(7, y), 5, 5)
            pintor.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            pintor.drawText(QRectF(18, i * alto, self.width() - 18, alto), Qt.AlignmentFlag.AlignVCenter,
                            f"{rotulo}: {formato.numero(cuantos)}")


class TarjetaDelMapa(QWidget):
    """El contenido de la tarjeta «Mapa de la red» de Inicio: título, selector de color, mapa, leyenda, los que faltan
    y el crédito de los datos."""

    ubicar = Signal()
    abrir_miembro = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mapa: MapaDeLaRed | None = None
        self.titulo = QLabel(self.tr("Mapa de la red"))
        self.titulo.setFont(fuente_titulo(self.font()))
        self.color_por = QComboBox()
        self.color_por.addItem(self.tr("Color por estado"), "estado")
        self.color_por.addItem(self.tr("Color por tramo de población"), "tramo")
        self.color_por.setToolTip(self.tr("Qué dice el color de cada círculo; el tamaño es la población."))
        self.color_por.currentIndexChanged.connect(self._repintar)
        self.lienzo = LienzoDelMapa()
        self.lienzo.abrir_miembro.connect(self.abrir_miembro)
        self.lienzo.setToolTip("")
        self.leyenda = _Leyenda()
        self.faltan = QLabel()
        self.faltan.setWordWrap(True)
        self.boton_ubicar = QPushButton(self.tr("Ubicar con el nomenclátor…"))
        self.boton_ubicar.setToolTip(self.tr("Propone la ubicación de los miembros que no la tienen con las ciudades "
                                             "de GeoNames; muestra lo que haría antes de guardar."))
        self.boton_ubicar.clicked.connect(self.ubicar)
        self.credito = QLabel(creditos())
        self.credito.setWordWrap(True)
        fuente = self.credito.font()
        fuente.setPointSizeF(max(fuente.pointSizeF() * 0.85, 7))
        self.credito.setFont(fuente)
        self.credito.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        cabeza = QHBoxLayout()
        cabeza.addWidget(self.titulo, 1)
        cabeza.addWidget(self.color_por)
        costado = QVBoxLayout()
        costado.addWidget(self.leyenda)
        costado.addSpacing(8)
        costado.addWidget(self.faltan)
        costado.addWidget(self.boton_ubicar, 0, Qt.AlignmentFlag.AlignLeft)
        costado.addStretch(1)
        cuerpo = QHBoxLayout()
        cuerpo.addWidget(self.lienzo, 3)
        cuerpo.addLayout(costado, 1)
        disposicion = QVBoxLayout(self)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addLayout(cabeza)
        disposicion.addLayout(cuerpo, 1)
        disposicion.addWidget(self.credito)

    def mostrar(self, mapa: MapaDeLaRed) -> None:
        self.mapa = mapa
        con_tramos = bool(mapa.tramos)
        self.color_por.setVisible(con_tramos)
        if not con_tramos:
            self.color_por.setCurrentIndex(0)
        faltan = len(mapa.sin_ubicacion)
        if faltan:
            nombres = ", ".join(m["nombre"] for m in mapa.sin_ubicacion[:3]) + ("…" if faltan > 3 else "")
            self.faltan.setText(self.tr("{0} sin ubicación en el mapa ({1}).").format(
                formato.numero(faltan), nombres) if faltan > 1 else
                self.tr("1 miembro sin ubicación en el mapa ({0}).").format(nombres))
        self.faltan.setVisible(bool(faltan))
        self.boton_ubicar.setVisible(bool(faltan))
        self._repintar()

    @property
    def por(self) -> str:
        return self.color_por.currentData() or "estado"

    def _repintar(self) -> None:
        if self.mapa is None:
            return
        self.lienzo.mostrar(self.mapa, self.por)
        self.leyenda.mostrar(self.mapa.leyenda(self.por))
