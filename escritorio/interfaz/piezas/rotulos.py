"""Textos y recuadros: títulos, notas en gris, el recuadro de un panel, la página de «todavía no hay nada», el
resultado destacado, la caja de avisos y la etiqueta de una línea que se recorta con «…» si no entra."""

from collections.abc import Sequence
from html import escape

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QStyleOption, QVBoxLayout, QWidget

from .estilos import ESTILO_NOTA, ROJO, VERDE, escalar


def pintar_resultado(etiqueta: QLabel, exito: bool | None, texto: str, a_la_vista: bool = False) -> None:
    """Un resultado destacado: verde si se aprobó o hubo electa, rojo si no, ámbar si todavía falta algo.
    La etiqueta necesita un objectName (el estilo se aplica solo a ella, no a sus hijas). Con `a_la_vista` (el
    veredicto de lo que el usuario acaba de pedir: publicar, enviar, verificar), si el diálogo se desplaza (no entra
    en la pantalla, como a 150 % en 1024×600) se lo lleva hasta el resultado, que si no quedaba debajo, sin verse."""
    color, fondo = {True: (VERDE, "#eaf6ec"), False: (ROJO, "#fdecea"), None: ("#6b4a00", "#fff6e0")}[exito]
    etiqueta.setText(texto)
    etiqueta.setStyleSheet(f"QLabel#{etiqueta.objectName()} {{ color: {color}; background: {fondo}; "
                           "border-radius: 6px; padding: 8px 12px; }")
    if a_la_vista:
        llevar_a_la_vista(etiqueta)


def llevar_a_la_vista(widget: QWidget) -> None:
    """Desplaza el área que contiene a `widget` (si hay una) hasta que se vea. Después de que se acomode la
    disposición: quien lo llama suele mostrarlo o cambiarle el texto recién después."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return

    def mostrar() -> None:
        if shiboken6.isValid(widget) and widget.isVisible():
            # Que se acomoden antes la disposición del contenido y, con ella, el tamaño del contenido en el área.
            for _ in range(2):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            area.ensureWidgetVisible(widget)

    QTimer.singleShot(0, area, mostrar)


def titulo(texto: str = "", factor: float = 1.45) -> QLabel:
    """El título grande de un panel de detalle (nombre del órgano, «Artículo 13 — Consejo»)."""
    etiqueta = QLabel(texto)
    etiqueta.setFont(escalar(etiqueta.font(), factor, negrita=True))
    etiqueta.setWordWrap(True)
    etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return etiqueta


class EtiquetaRecortada(QLabel):
    """Un texto de una línea que, si no entra, se recorta con «…» al final en lugar de cortarse por la mitad (o de
    empujar a sus vecinos): `text()` sigue siendo el texto entero, y la ayuda emergente lo dice cuando no se ve
    entero (salvo que se le haya dado una propia con `setToolTip`). Solo texto simple."""

    def __init__(self, texto: str = "", padre: QWidget | None = None):
        super().__init__(texto, padre)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._ayuda_propia = ""

    def setToolTip(self, ayuda: str) -> None:
        self._ayuda_propia = ayuda
        self._actualizar_ayuda()

    def recortado(self) -> bool:
        """¿Se ve recortado (con «…»)?"""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        minimo = super().minimumSizeHint()
        metricas = self.fontMetrics()
        return QSize(min(minimo.width(), metricas.horizontalAdvance("…") + 6 * metricas.averageCharWidth()),
                     minimo.height())

    def setText(self, texto: str) -> None:
        super().setText(texto)
        self._actualizar_ayuda()

    def resizeEvent(self, evento) -> None:
        super().resizeEvent(evento)
        self._actualizar_ayuda()

    def _actualizar_ayuda(self) -> None:
        propia = self._ayuda_propia
        super().setToolTip(propia or (self.text() if self.recortado() else ""))

    def paintEvent(self, _evento) -> None:
        pintor = QPainter(self)
        opcion = QStyleOption()
        opcion.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, opcion, pintor, self)
        rect = self.contentsRect()
        texto = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(pintor, rect, int(self.alignment()), self.palette(), self.isEnabled(), texto,
                                  self.foregroundRole())


def subtitulo(texto: str = "") -> QLabel:
    """El rótulo de una sección («Composición», «Plan de trabajo»)."""
    etiqueta = QLabel(texto)
    etiqueta.setFont(escalar(etiqueta.font(), 1.08, negrita=True))
    return etiqueta


def nota(texto: str = "") -> QLabel:
    """Texto secundario en gris: fechas, referencias, explicaciones breves."""
    etiqueta = QLabel(texto)
    etiqueta.setWordWrap(True)
    etiqueta.setStyleSheet(ESTILO_NOTA)
    return etiqueta


def panel(nombre: str) -> QFrame:
    """Un recuadro claro de bordes redondeados (la cita del estatuto, la troika, los objetivos)."""
    marco = QFrame()
    marco.setObjectName(nombre)
    marco.setStyleSheet(f"QFrame#{nombre} {{ background: palette(base); border: 1px solid palette(midlight);"
                        " border-radius: 6px; }")
    return marco


def pagina_vacia(encabezado: str, explicacion: str, boton: QWidget) -> QWidget:
    """Lo que se ve cuando todavía no hay nada: qué falta, cómo se empieza y el botón para hacerlo."""
    pagina = QWidget()
    caja = QVBoxLayout(pagina)
    caja.addStretch(1)
    rotulo = titulo(encabezado, 1.3)
    rotulo.setAlignment(Qt.AlignmentFlag.AlignCenter)
    texto = nota(explicacion)
    texto.setAlignment(Qt.AlignmentFlag.AlignCenter)
    texto.setFixedWidth(560)
    texto.setMinimumHeight(texto.heightForWidth(560))   # centrada, la etiqueta no pide su alto según el ancho
    caja.addWidget(rotulo)
    caja.addSpacing(4)
    caja.addWidget(texto, 0, Qt.AlignmentFlag.AlignHCenter)
    caja.addSpacing(12)
    caja.addWidget(boton, 0, Qt.AlignmentFlag.AlignHCenter)
    caja.addStretch(2)
    return pagina


def recuadro_de_vista_previa(nombre: str, relleno: str = "10px 12px") -> QLabel:
    """El recuadro azul claro donde un diálogo muestra lo que hará antes de hacerlo (el traspaso, la disolución, la
    regla que se edita). `nombre`: el objectName del rótulo, que su estilo nombra."""
    etiqueta = QLabel()
    etiqueta.setWordWrap(True)
    etiqueta.setObjectName(nombre)
    etiqueta.setStyleSheet(f"QLabel#{nombre} {{ background: #eef4fb; border: 1px solid #b8cfe6; "
                           f"border-radius: 6px; padding: {relleno}; }}")
    return etiqueta


class CajaAvisos(QFrame):
    """Un recuadro ámbar con los avisos (reglas que no se cumplen, problemas del texto); verde si todo está bien.

    Con `mostrar([])` y un texto de conformidad muestra ese texto en verde; sin él, la caja se oculta.
    """

    _ESTILOS = {
        "aviso": ("#fff6e0", "#e3b341", "#6b4a00"),
        "bien": ("#eaf6ec", "#8cc79a", "#1e5e2c"),
        "error": ("#fdecea", "#e6a39b", "#8c2a1f"),
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cajaAvisos")
        self.etiqueta = QLabel()
        self.etiqueta.setWordWrap(True)
        self.etiqueta.setTextFormat(Qt.TextFormat.RichText)
        self.etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        disposicion = QVBoxLayout(self)
        disposicion.setContentsMargins(12, 8, 12, 8)
        disposicion.addWidget(self.etiqueta)
        self.avisos: list[str] = []
        self.hide()

    def _estilo(self, clase: str) -> None:
        fondo, borde, texto = self._ESTILOS[clase]
        self.setStyleSheet(f"QFrame#cajaAvisos {{ background: {fondo}; border: 1px solid {borde}; border-radius: 6px; }}"
                           f" QLabel {{ color: {texto}; background: transparent; border: none; }}")

    def mostrar(self, avisos: Sequence[str], titulo: str = "", conforme: str = "", clase: str = "aviso") -> None:
        self.avisos = list(avisos)
        if not self.avisos:
            if conforme:
                self._estilo("bien")
                self.etiqueta.setText("✓&nbsp; " + escape(conforme))
                self.show()
            else:
                self.hide()
            return
        self._estilo(clase)
        encabezado = f"<b>⚠&nbsp; {escape(titulo)}</b>" if titulo else ""
        if len(self.avisos) == 1 and not titulo:
            self.etiqueta.setText("⚠&nbsp; " + escape(self.avisos[0]))
        else:
            items = "".join(f"<li>{escape(a)}</li>" for a in self.avisos)
            self.etiqueta.setText(f"{encabezado}<ul style='margin: 4px 0 0 -24px;'>{items}</ul>")
        self.show()

    @property
    def texto(self) -> str:
        """Lo que dice la caja (vacío si está oculta)."""
        return "" if self.isHidden() else "\n".join(self.avisos) or self.etiqueta.text()
