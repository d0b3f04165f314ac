"""Ayuda > Acerca de: versión, base de datos en uso y créditos."""

from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__


def dialogo_acerca(padre: QWidget, ruta_base: str) -> QMessageBox:
    caja = QMessageBox(padre)
    caja.setWindowTitle(padre.tr("Acerca de Escritorio"))
    caja.setIconPixmap(padre.windowIcon().pixmap(64, 64))
    caja.setText(padre.tr(
        "<h3>Escritorio {0}</h3>"
        "<p>La secretaría de una asociación de municipios: padrón de miembros, países y documentos.</p>"
        "<p><b>Base de datos en uso:</b><br>{1}</p>"
        "<p><b>Créditos</b><br>Datos de ciudades y población de la red de ejemplo: "
        "GeoNames (geonames.org), licencia CC BY 4.0.<br>"
        "Hecho con Python, Qt (PySide6), SQLite, sqlite-utils, openpyxl, reportlab y Babel.</p>"
    ).format(__version__, _escapar(ruta_base)))
    return caja


def mostrar_acerca(padre: QWidget, ruta_base: str) -> None:
    dialogo_acerca(padre, ruta_base).exec()


def _escapar(texto: str) -> str:
    return texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
