"""La rueda del ratón no cambia una lista desplegable ni un número por accidente.

Al desplazar con la rueda la tabla de países del asistente, el puntero pasaba sobre las listas de la columna
Categoría y cada una que tocaba cambiaba de valor («Guatemala» quedó «País pleno» y «Paraguay», «No participa»),
sin que nadie lo notara. Un filtro de la aplicación, instalado una vez al crearla (`instalar`), vale para todas las
listas desplegables (QComboBox) y los campos numéricos o de fecha (QAbstractSpinBox) que estén dentro de algo que se
desplaza (una tabla, una lista, un formulario con barra): sin el foco, la rueda desplaza eso que los contiene y no
los cambia; con el foco (se hizo clic o se llegó con Tab), la rueda los cambia, a propósito. Y la rueda ya no les da
el foco de paso (Qt lo hace con la política WheelFocus): solo el clic o el teclado.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_NOMBRE = "ruedaConIntencion"
_CON_RUEDA = (QComboBox, QAbstractSpinBox)
_EVENTOS = (QEvent.Type.Wheel, QEvent.Type.Show)


def _desplazable_que_lo_contiene(widget: QWidget) -> QAbstractScrollArea | None:
    """El área con desplazamiento (tabla, lista, formulario con barra) en cuyo contenido está `widget`."""
    actual = widget.parentWidget()
    while actual is not None and not actual.isWindow():
        padre = actual.parentWidget()
        if isinstance(padre, QAbstractScrollArea) and actual is padre.viewport():
            return padre
        actual = padre
    return None


class RuedaConIntencion(QObject):
    """El filtro (ver el módulo). Uno por aplicación."""

    def eventFilter(self, objeto, evento) -> bool:
        # Pasa por aquí cada evento de la aplicación: primero lo barato (la clase del objeto), y solo para listas y
        # números se pregunta el tipo del evento (cada `type()` arma un enum de Python).
        if not isinstance(objeto, _CON_RUEDA):
            return False
        tipo = evento.type()
        if tipo not in _EVENTOS:
            return False
        area = _desplazable_que_lo_contiene(objeto)
        if area is None:
            return False
        if tipo == QEvent.Type.Show:
            if objeto.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                objeto.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if objeto.hasFocus():
            return False
        # Sin el foco: la rueda desplaza el área que lo contiene, como si el puntero estuviera sobre su fondo.
        visor = area.viewport()
        posicion = visor.mapFromGlobal(evento.globalPosition().toPoint())
        copia = QWheelEvent(posicion.toPointF(), evento.globalPosition(), evento.pixelDelta(), evento.angleDelta(),
                            evento.buttons(), evento.modifiers(), evento.phase(), evento.inverted(), evento.source())
        QCoreApplication.sendEvent(visor, copia)
        return True


def instalar(aplicacion: QApplication) -> RuedaConIntencion:
    """Instala el filtro en `aplicacion` (una sola vez: si ya está, devuelve el mismo)."""
    existente = aplicacion.findChild(RuedaConIntencion, _NOMBRE)
    if existente is not None:
        return existente
    filtro = RuedaConIntencion(aplicacion)
    filtro.setObjectName(_NOMBRE)
    aplicacion.installEventFilter(filtro)
    return filtro
