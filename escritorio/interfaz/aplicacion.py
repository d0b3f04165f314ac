"""Arranque de la ventana: abre la base, ofrece la red de ejemplo la primera vez y muestra el padrón."""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import NOMBRE_APLICACION, __version__
from ..errores import ErrorEscritorio
from ..registro import registrar_inesperado
from ..servicios.asociaciones import listar_asociaciones
from ..servicios.base import abrir_base
from ..servicios.demo import crear_red_demo
from .ventana_principal import VentanaPrincipal


def tr(texto: str) -> str:
    return QCoreApplication.translate("Aplicacion", texto)


def ofrecer_demo(db, padre=None) -> None:
    """Primera vez, base vacía: se ofrece cargar la red de ejemplo."""
    respuesta = QMessageBox.question(
        padre, tr("Bienvenida"),
        tr("Esta base de datos está vacía.\n\n¿Desea explorar Escritorio con la red de ejemplo "
           "«Red de Ciudades del Sur» (300 ciudades reales, datos de GeoNames)?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if respuesta == QMessageBox.StandardButton.Yes:
        crear_red_demo(db)


def ejecutar(ruta_db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(NOMBRE_APLICACION)
    app.setApplicationVersion(__version__)
    try:
        db = abrir_base(ruta_db)
        if not listar_asociaciones(db):
            ofrecer_demo(db)
        ventana = VentanaPrincipal(db)
    except ErrorEscritorio as error:
        QMessageBox.critical(None, NOMBRE_APLICACION, error.mensaje)
        return 1
    except Exception:
        ruta = registrar_inesperado("inicio de la ventana")
        QMessageBox.critical(None, NOMBRE_APLICACION,
                             tr("Lo sentimos: ocurrió un error inesperado. Los detalles quedaron en {0}.").format(ruta))
        return 1
    ventana.show()
    return app.exec()
