"""La regla para que una ventana entre en la pantalla (la usan los diálogos, por `dialogo.DialogoBase`, y la ventana
principal al abrir): una ventana no pide más que lo que deja libre la pantalla en la que se abre. Aparte de
`dialogo.py` para que la ventana llegue a su primera pintura sin cargar los diálogos."""

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Lo que se deja libre al pie de la pantalla: una barra de tareas que la pantalla no descuenta (una que se oculta
# sola, o un escritorio que no la informa) no tapa los botones de un diálogo (issue 78: llegaban a y=595 de 600).
LIBRE_ABAJO = 48
# Lo que se deja alrededor de un diálogo: la barra de título y los bordes que agrega el gestor de ventanas, y el pie.
MARGEN = (40, 60 + LIBRE_ABAJO)


def pantalla_libre(ventana: QWidget) -> QRect | None:
    """El rectángulo libre (sin barras de tareas) de la pantalla donde se abre `ventana`: la de su padre si lo
    tiene; si no, la suya o la principal. None sin pantalla."""
    padre = ventana.parentWidget()
    pantalla = (padre.screen() if padre is not None else None) or ventana.screen() or QGuiApplication.primaryScreen()
    return pantalla.availableGeometry() if pantalla is not None else None


def medida_libre(ventana: QWidget, margen: tuple[int, int] = MARGEN) -> QSize | None:
    """Lo más que puede medir `ventana` (sin su marco) en la pantalla libre donde se abre. None sin pantalla."""
    libre = pantalla_libre(ventana)
    return None if libre is None else QSize(libre.width() - margen[0], libre.height() - margen[1])


def caber_en_la_pantalla(ventana: QWidget, ancho: int, alto: int, margen: tuple[int, int] = MARGEN) -> bool:
    """Da a `ventana` el tamaño ancho×alto sin pasar de la pantalla libre menos `margen` (ancho, alto).
    Devuelve True si tuvo que achicarla."""
    maximo = medida_libre(ventana, margen)
    pedido = QSize(ancho, alto)
    medida = pedido if maximo is None else pedido.boundedTo(maximo)
    ventana.resize(medida)
    return medida != pedido


def dentro_de_la_pantalla(ventana: QWidget) -> None:
    """Sube `ventana` si su borde de abajo pasa de la pantalla libre menos `LIBRE_ABAJO` (un diálogo que creció
    con un texto más largo, o que se centró sobre una ventana baja), sin pasar del borde de arriba."""
    libre = pantalla_libre(ventana)
    if libre is None:
        return
    marco = ventana.frameGeometry()
    tope = libre.bottom() - LIBRE_ABAJO
    if marco.bottom() > tope:
        ventana.move(marco.x(), max(libre.top(), marco.y() - (marco.bottom() - tope)))
