"""La base de los diálogos y la regla para que una ventana entre en la pantalla.

Una ventana no puede pedir más que lo que deja libre la pantalla en la que se abre (la de su padre): en una netbook
de 1024×600 o en una notebook de 1366×768 al 150 % (910×512 puntos) quedaría con los botones fuera de la vista.
`caber_en_la_pantalla` pide el tamaño deseado y lo achica si hace falta; la usan los diálogos (por `DialogoBase`) y
la ventana principal.

Todos los diálogos del programa heredan de `DialogoBase` (o de `AsistenteBase`, los asistentes): al mostrarse,
`ajustar_a_la_pantalla` los acota a la pantalla libre y, si su contenido no entra ni en su tamaño mínimo, lo pasa a
un área con desplazamiento; la botonera (Aceptar, Cancelar, Siguiente…) queda fuera, siempre a la vista.
"""

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QBoxLayout, QDialog, QDialogButtonBox, QFrame, QLabel, QLayout,
                               QLayoutItem, QScrollArea, QStyle, QVBoxLayout, QWidget, QWizard)

# La regla de la pantalla, en su módulo (la ventana principal la usa al abrir, sin cargar los diálogos).
from .pantalla import MARGEN, caber_en_la_pantalla, dentro_de_la_pantalla, medida_libre, pantalla_libre  # noqa: F401

# Se marca el widget cuyo contenido ya pasó a un área con desplazamiento (no se envuelve dos veces).
_ENVUELTO = "contenidoDesplazable"


# --- el contenido que no entra, en un área con desplazamiento --------------------------------------

def _solo_botones(disposicion: QLayout) -> bool:
    """¿Es una fila de botones (con rótulos y espacios), sin campos?"""
    hay_boton = False
    for i in range(disposicion.count()):
        item = disposicion.itemAt(i)
        widget, interna = item.widget(), item.layout()
        if widget is not None:
            if isinstance(widget, (QAbstractButton, QDialogButtonBox)):
                hay_boton = True
            elif not isinstance(widget, QLabel):
                return False
        elif interna is not None:
            if not _solo_botones(interna):
                return False
            hay_boton = True
    return hay_boton


def _sacar_botonera(disposicion: QLayout) -> QLayoutItem | None:
    """Saca de `disposicion` (la de un diálogo) su botonera: el último renglón, si es un QDialogButtonBox o una fila
    de botones; o el QDialogButtonBox que esté directamente en ella. None si no tiene."""
    if isinstance(disposicion, QBoxLayout):
        for indice in reversed(range(disposicion.count())):
            item = disposicion.itemAt(indice)
            if item.spacerItem() is not None:
                continue   # un estiramiento al final: la botonera es el renglón de antes
            widget, fila = item.widget(), item.layout()
            if isinstance(widget, QDialogButtonBox) or (fila is not None and _solo_botones(fila)):
                return disposicion.takeAt(indice)
            break
    for caja in disposicion.parentWidget().findChildren(QDialogButtonBox,
                                                        options=Qt.FindChildOption.FindDirectChildrenOnly):
        indice = disposicion.indexOf(caja)
        if indice >= 0:
            return disposicion.takeAt(indice)
    return None


class ContenidoDesplazable(QScrollArea):
    """El contenido de un diálogo que no entra en la pantalla: se desplaza hacia abajo y no se angosta más que su
    mínimo (si la pantalla es más angosta que eso, también se desplaza de lado)."""

    def __init__(self, contenido: QWidget, ancho_maximo: int):
        super().__init__()
        self.setObjectName(_ENVUELTO)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(contenido)
        barra = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(min(contenido.minimumSizeHint().width() + barra + 2, ancho_maximo))


def envolver_en_desplazamiento(ventana: QWidget, ancho_maximo: int, separar_botonera: bool = True) -> bool:
    """Pasa el contenido de `ventana` (su disposición entera) a un área con desplazamiento y deja fuera, debajo, su
    botonera. Devuelve False si no había qué envolver (sin disposición, o ya envuelto)."""
    disposicion = ventana.layout()
    if disposicion is None or ventana.findChild(ContenidoDesplazable, _ENVUELTO,
                                                Qt.FindChildOption.FindDirectChildrenOnly) is not None:
        return False
    margenes = disposicion.contentsMargins()
    botonera = _sacar_botonera(disposicion) if separar_botonera else None
    contenido = QWidget()
    contenido.setLayout(disposicion)   # se la quita a `ventana`, con sus widgets
    disposicion.setContentsMargins(0, 0, 0, 0)
    nueva = QVBoxLayout(ventana)
    nueva.setContentsMargins(margenes)
    area = ContenidoDesplazable(contenido, ancho_maximo - margenes.left() - margenes.right())
    nueva.addWidget(area, 1)
    if botonera is not None and botonera.layout() is not None:
        nueva.addLayout(botonera.layout())
    elif botonera is not None:
        nueva.addWidget(botonera.widget())
    # Se envuelve al mostrarse: lo agregado a un widget visible se mostraría recién con el próximo evento, y hasta
    # entonces nada del contenido se vería (ni lo que el diálogo muestre enseguida, como un aviso).
    contenido.show()
    area.show()
    nueva.activate()
    return True


def ajustar_a_la_pantalla(ventana: QDialog, margen: tuple[int, int] = MARGEN) -> None:
    """Acota `ventana` (un diálogo a punto de mostrarse) a la pantalla libre: si ni su mínimo entra, su contenido
    (en un asistente, el de cada página) pasa a un área con desplazamiento y la botonera queda a la vista."""
    maximo = medida_libre(ventana, margen)
    if maximo is None:
        return
    if ventana.minimumWidth() > maximo.width():
        ventana.setMinimumWidth(maximo.width())
    if ventana.minimumHeight() > maximo.height():
        ventana.setMinimumHeight(maximo.height())
    minimo = ventana.minimumSizeHint()
    if minimo.width() > maximo.width() or minimo.height() > maximo.height():
        if isinstance(ventana, QWizard):
            for pagina in ventana.pageIds():
                envolver_en_desplazamiento(ventana.page(pagina), maximo.width(), separar_botonera=False)
        else:
            envolver_en_desplazamiento(ventana, maximo.width())
        if ventana.layout() is not None:
            ventana.layout().activate()
    ventana.resize(ventana.size().boundedTo(maximo).expandedTo(ventana.minimumSize()).boundedTo(maximo))


def crecer_a_lo_alto(ventana: QDialog, margen: tuple[int, int] = MARGEN) -> None:
    """Un texto que aparece o se alarga con el diálogo abierto (la regla de votación al elegir «Votación») necesita
    más renglones: Qt no agranda la ventana por eso y aplastaba los campos (listas desplegables recortadas). Se la
    agranda lo que haga falta, sin pasar de la pantalla; si ni así entra, el contenido pasa a desplazarse."""
    disposicion = ventana.layout()
    if disposicion is None or not disposicion.hasHeightForWidth() or not ventana.isVisible():
        return
    necesario = disposicion.totalHeightForWidth(ventana.width())
    if necesario <= ventana.height():
        return
    maximo = medida_libre(ventana, margen)
    if maximo is not None and necesario > maximo.height():
        envolver_en_desplazamiento(ventana, maximo.width())
        necesario = maximo.height()
    ventana.resize(ventana.width(), necesario)
    dentro_de_la_pantalla(ventana)   # creció hacia abajo: su botonera, sobre el pie de la pantalla


class DialogoBase(QDialog):
    """Un diálogo de Escritorio: su título, su modalidad y un tamaño que entra en la pantalla.

    `modal` None deja la modalidad como la decide quien lo abre (`exec()` lo hace modal); False, para uno que se
    deja abierto al lado de la ventana (el manual).
    """

    def __init__(self, padre: QWidget | None = None, titulo: str = "", modal: bool | None = None):
        super().__init__(padre)
        if titulo:
            self.setWindowTitle(titulo)
        if modal is not None:
            self.setModal(modal)
        self._margen = MARGEN
        # Sobre el pie de la pantalla, un momento después de mostrarse o de crecer (ya ubicado): un temporizador
        # propio, que muere con el diálogo (nunca llama a uno ya borrado).
        self._al_pie = QTimer(self, singleShot=True, interval=0, timeout=lambda: dentro_de_la_pantalla(self))

    def caber_en_la_pantalla(self, ancho: int, alto: int, margen: tuple[int, int] = MARGEN) -> bool:
        """El tamaño ancho×alto, achicado si la pantalla no lo da (ver `caber_en_la_pantalla`); el margen vale
        también al mostrarse."""
        self._margen = margen
        return caber_en_la_pantalla(self, ancho, alto, margen)

    def showEvent(self, evento) -> None:
        if not evento.spontaneous():
            ajustar_a_la_pantalla(self, self._margen)
            # Ya ubicado (centrado sobre su ventana): que su borde de abajo no quede bajo la barra de tareas.
            self._al_pie.start()
        super().showEvent(evento)

    def event(self, evento) -> bool:
        hecho = super().event(evento)
        if evento.type() == QEvent.Type.LayoutRequest:
            crecer_a_lo_alto(self, self._margen)
        return hecho

    def resizeEvent(self, evento) -> None:
        super().resizeEvent(evento)
        if self.isVisible() and evento.size().height() > evento.oldSize().height() > 0:
            # Creció hacia abajo (su disposición pidió más alto): la botonera, sobre el pie de la pantalla.
            self._al_pie.start()


class AsistenteBase(QWizard):
    """Un asistente (QWizard) de Escritorio: como `DialogoBase`, entra en la pantalla con sus botones a la vista."""

    def showEvent(self, evento) -> None:
        if not evento.spontaneous():
            ajustar_a_la_pantalla(self)
        super().showEvent(evento)
