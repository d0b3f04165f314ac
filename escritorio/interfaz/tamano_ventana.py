"""El tamaño y el lugar de la ventana principal, recordados por pantalla y por escala.

La misma oficina usa el programa en la notebook al 150 % y, otro día, conectada al proyector de 1024×600: un tamaño
recordado en una no sirve en la otra (al 150 % la ventana medía 910×475 puntos, y en el proyector abría así, con
media pantalla vacía). Cada pantalla (su nombre, su tamaño libre en puntos y su escala) tiene su recuerdo en los
ajustes, bajo `ventana/geometrias/<clave>` (el reparto entre la navegación y el área, bajo
`ventana/repartos/<clave>`); en una pantalla o escala sin recuerdo, la ventana toma el tamaño de siempre acotado a
la pantalla (en una chica, la ocupa entera), nunca el de otra. Un recuerdo más grande que la pantalla (otra barra de
tareas, otra resolución con el mismo nombre) se acota.
"""

import re

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter

from .piezas import caber_en_la_pantalla, pantalla_libre

TAMANO_INICIAL = (1180, 760)
MARCO = 40   # la barra de título y los bordes, que el gestor de ventanas agrega
GEOMETRIAS, REPARTOS = "ventana/geometrias", "ventana/repartos"
ULTIMA = "ventana/pantalla"   # la clave de la pantalla donde se cerró la última vez
ANTERIORES = ("ventana/geometria", "ventana/divisor")   # los de antes, uno para todas las pantallas: ya no se usan


def clave_de_pantalla(pantalla: QScreen) -> str:
    """«HDMI-1 1366x728 150»: el nombre de la pantalla, su tamaño libre en puntos y su escala (en %), sin barras
    (que en los ajustes separan grupos)."""
    libre = pantalla.availableGeometry()
    nombre = re.sub(r"[^0-9A-Za-z_.-]+", "_", pantalla.name()).strip("_") or "pantalla"
    return f"{nombre} {libre.width()}x{libre.height()} {round(pantalla.devicePixelRatio() * 100)}"


def _pantalla_de_inicio(ajustes: QSettings) -> QScreen | None:
    """La pantalla donde se cerró la última vez, si sigue conectada con el mismo tamaño y escala; si no, la
    principal."""
    ultima = ajustes.value(ULTIMA)
    for pantalla in QGuiApplication.screens():
        if clave_de_pantalla(pantalla) == ultima:
            return pantalla
    return QGuiApplication.primaryScreen()


def restaurar(ventana: QMainWindow, ajustes: QSettings, divisor: QSplitter) -> str | None:
    """Da a `ventana` el tamaño y el lugar recordados para la pantalla donde abre (y a `divisor` su reparto); sin
    recuerdo, el tamaño inicial. Siempre dentro de la pantalla libre. Devuelve la clave de la pantalla."""
    pantalla = _pantalla_de_inicio(ajustes)
    clave = clave_de_pantalla(pantalla) if pantalla is not None else None
    geometria = ajustes.value(f"{GEOMETRIAS}/{clave}") if clave else None
    if pantalla is not None and ventana.screen() is not pantalla:
        ventana.setScreen(pantalla)
    if geometria is None or not ventana.restoreGeometry(geometria):
        ventana.resize(*TAMANO_INICIAL)
        libre = pantalla_libre(ventana)
        if libre is not None:
            ventana.move(libre.topLeft())
    if caber_en_la_pantalla(ventana, ventana.width(), ventana.height(), margen=(0, MARCO)):
        ventana.move(pantalla_libre(ventana).topLeft())
    reparto = ajustes.value(f"{REPARTOS}/{clave}") if clave else None
    if reparto is not None:
        divisor.restoreState(reparto)
    return clave


def guardar(ventana: QMainWindow, ajustes: QSettings, divisor: QSplitter) -> None:
    """Recuerda el tamaño, el lugar y el reparto de la ventana para la pantalla (y la escala) donde está."""
    pantalla = ventana.screen()
    if pantalla is None:
        return
    clave = clave_de_pantalla(pantalla)
    for anterior in ANTERIORES:
        ajustes.remove(anterior)
    ajustes.setValue(f"{GEOMETRIAS}/{clave}", ventana.saveGeometry())
    ajustes.setValue(f"{REPARTOS}/{clave}", divisor.saveState())
    ajustes.setValue(ULTIMA, clave)
