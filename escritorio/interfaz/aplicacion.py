"""Arranque de la ventana: idioma, ajustes, la base a abrir, primer uso y errores inesperados."""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .. import NOMBRE_APLICACION, __version__
from ..datos.rutas import VARIABLE_BASE, ruta_base_por_defecto
from ..servicios.asociaciones import listar_asociaciones
from ..servicios.base import abrir_base
from .comun import mostrar_error, tr
from .primer_uso import preparar_primer_uso


def _traducir_qt(app: QApplication) -> None:
    """Los botones y diálogos estándar de Qt (Sí, No, Cancelar…) en castellano."""
    traductor = QTranslator(app)
    if traductor.load(QLocale(QLocale.Language.Spanish), "qtbase", "_",
                      QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(traductor)


def crear_aplicacion() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(NOMBRE_APLICACION)
    app.setOrganizationName(NOMBRE_APLICACION)
    app.setApplicationVersion(__version__)
    _traducir_qt(app)
    return app


def ruta_a_abrir(ruta_db: str | None, ajustes: QSettings) -> Path:
    """--db, luego ESCRITORIO_DB, luego la última base usada (si existe), luego la de la carpeta de datos."""
    if ruta_db:
        return Path(ruta_db)
    if os.environ.get(VARIABLE_BASE, "").strip():
        return ruta_base_por_defecto()
    ultima = ajustes.value("ultima_base")
    if ultima and Path(ultima).exists():
        return Path(ultima)
    return ruta_base_por_defecto()


def abrir_con_ayuda(ruta: Path):
    """Abre la base; si no se puede, lo explica y ofrece elegir otra. None si el usuario desiste."""
    while True:
        try:
            return abrir_base(ruta)
        except Exception as error:
            mostrar_error(None, error, "abrir base")
        ruta, _ = QFileDialog.getOpenFileName(None, tr("Abrir otra base de datos"), str(Path.home()),
                                              tr("Base de Escritorio (*.db);;Todos los archivos (*)"))
        if not ruta:
            return None


def _capturar_inesperados() -> None:
    """Un error no previsto en un evento de Qt muestra una disculpa, nunca una traza."""
    def manejar(tipo, valor, traza):
        if issubclass(tipo, KeyboardInterrupt):
            sys.__excepthook__(tipo, valor, traza)
            return
        mostrar_error(QApplication.activeWindow(), valor.with_traceback(traza), "evento de la interfaz")
    sys.excepthook = manejar


def ejecutar(ruta_db: str | None = None) -> int:
    from .ventana_principal import VentanaPrincipal

    app = crear_aplicacion()
    _capturar_inesperados()
    ajustes = QSettings()
    db = abrir_con_ayuda(ruta_a_abrir(ruta_db, ajustes))
    if db is None:
        return 1
    if not listar_asociaciones(db) and not preparar_primer_uso(db):
        return 0
    ventana = VentanaPrincipal(db, ajustes)
    ventana.show()
    estado = app.exec()
    db.close()
    return estado
