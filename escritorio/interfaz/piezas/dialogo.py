"""La base de los diálogos y la regla para que una ventana entre en la pantalla.

Una ventana no puede pedir más que lo que deja libre la pantalla en la que se abre (la de su padre): en una netbook
de 1024×600 o en una notebook de 1366×768 al 150 % (910×512 puntos) quedaría con los botones fuera de la vista.
`caber_en_la_pantalla` pide el tamaño deseado y lo achica si hace falta; la usan los diálogos (por `DialogoBase`) y
la ventana principal.
"""

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# Lo que se deja alrededor de un diálogo: la barra de título y los bordes que agrega el gestor de ventanas.
MARGEN = (40, 60)


def pantalla_libre(ventana: QWidget) -> QRect | None:
    """El rectángulo libre (sin barras de tareas) de la pantalla donde se abre `ventana`: la de su padre si lo
    tiene; si no, la suya o la principal. None sin pantalla."""
    padre = ventana.parentWidget()
    pantalla = (padre.screen() if padre is not None else None) or ventana.screen() or QGuiApplication.primaryScreen()
    return pantalla.availableGeometry() if pantalla is not None else None


def caber_en_la_pantalla(ventana: QWidget, ancho: int, alto: int, margen: tuple[int, int] = MARGEN) -> bool:
    """Da a `ventana` el tamaño ancho×alto sin pasar de la pantalla libre menos `margen` (ancho, alto).
    Devuelve True si tuvo que achicarla."""
    libre = pantalla_libre(ventana)
    pedido = QSize(ancho, alto)
    medida = pedido if libre is None else QSize(min(ancho, libre.width() - margen[0]),
                                                min(alto, libre.height() - margen[1]))
    ventana.resize(medida)
    return medida != pedido


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

    def caber_en_la_pantalla(self, ancho: int, alto: int, margen: tuple[int, int] = MARGEN) -> bool:
        """El tamaño ancho×alto, achicado si la pantalla no lo da (ver `caber_en_la_pantalla`)."""
        return caber_en_la_pantalla(self, ancho, alto, margen)
