"""Ayuda > Acerca de: versión, base de datos en uso, dónde guarda sus datos (y si está en modo portátil), las
bibliotecas con las versiones que de verdad se están usando (leídas al abrir el diálogo) y los créditos.

El texto se puede copiar entero («Copiar») para mandarlo a quien da soporte técnico.
"""

import platform
from collections.abc import Callable
from html import escape
from importlib import import_module, metadata
from types import ModuleType

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ... import __version__
from ...rutas import carpeta_datos, carpeta_portable, empaquetado
from ...servicios.base import version_del_motor
from ..comun import tr
from ..iconos import modulo_qtawesome
from ..piezas import DialogoBase

# (nombre que se muestra, distribución en PyPI, módulo por si el paquete congelado no lleva sus metadatos, para qué).
# qtawesome lo importa solo iconos.py: aquí va la función que lo da.
BIBLIOTECAS = (
    ("PySide6 (Qt para Python)", "PySide6-Essentials", "PySide6", "la ventana"),
    ("sqlite-utils", "sqlite-utils", "sqlite_utils", "la base de datos"),
    ("openpyxl", "openpyxl", "openpyxl", "planillas de Excel"),
    ("ReportLab", "reportlab", "reportlab", "los PDF"),
    ("uharfbuzz", "uharfbuzz", "uharfbuzz", "el texto de los PDF (HarfBuzz)"),
    ("pikepdf", "pikepdf", "pikepdf", "PDF/A"),
    ("pyHanko", "pyHanko", "pyhanko", "la firma digital"),
    ("pypdf", "pypdf", "pypdf", "verificar documentos"),
    ("pypdfium2 (PDFium)", "pypdfium2", "pypdfium2", "ver e imprimir los PDF dentro del programa"),
    ("Babel", "babel", "babel", "nombres de países y fechas"),
    ("num2words", "num2words", "num2words", "importes en letras"),
    ("platformdirs", "platformdirs", "platformdirs", "la carpeta de datos"),
    ("QtAwesome", "qtawesome", modulo_qtawesome, "los íconos"),
)

CREDITOS = (
    ("GeoNames (geonames.org)", "CC BY 4.0",
     "ciudades, regiones y población de la red de ejemplo y del nomenclátor"),
    ("Natural Earth (naturalearthdata.com), vía world-atlas", "dominio público",
     "los contornos de los países del mapa de la red"),
    ("Fuentes Liberation (Red Hat)", "SIL Open Font License 1.1", "la letra de los PDF"),
    ("QtAwesome (The Spyder development team)", "MIT", "dibuja los íconos de la ventana"),
    ("Material Design Icons (Pictogrammers)", "Apache 2.0", "los íconos de la navegación y los botones"),
    ("Font Awesome Free (Fonticons)", "íconos CC BY 4.0; fuentes SIL OFL 1.1",
     "viaja con QtAwesome, como sus otras fuentes de íconos"),
    ("PDFium (Google) y pypdfium2", "BSD 3-Clause / Apache 2.0",
     "dibuja las páginas de la vista previa y de la impresión (sus licencias, en el paquete de pypdfium2)"),
)


def version_de(distribucion: str, modulo: str | Callable[[], ModuleType]) -> str | None:
    """La versión instalada, leída ahora (importlib.metadata; si el paquete congelado no trae los metadatos, el
    atributo de versión del módulo, o del que da la función). None si no se encuentra."""
    try:
        return metadata.version(distribucion)
    except metadata.PackageNotFoundError:
        pass
    try:
        paquete = import_module(modulo) if isinstance(modulo, str) else modulo()
    except Exception:  # noqa: BLE001 - una biblioteca que no carga no impide mostrar el resto
        return None
    for atributo in ("__version__", "version", "Version", "VERSION"):
        valor = getattr(paquete, atributo, None)
        if isinstance(valor, str):
            return valor
    return None


def texto_acerca(ruta_base: str) -> str:
    """El contenido del diálogo, en HTML."""
    portatil = carpeta_portable()
    if portatil is not None:
        modo = tr("<b>Modo portátil</b>: los datos y los ajustes viajan con el programa, en {0}").format(
            escape(str(carpeta_datos())))
    else:
        modo = tr("Instalación normal: los datos del programa (la base por omisión y el registro de errores) están "
                  "en {0}").format(escape(str(carpeta_datos())))
    filas = []
    for nombre, distribucion, modulo, para in BIBLIOTECAS:
        version = version_de(distribucion, modulo)
        filas.append(f"<tr><td>{escape(nombre)}</td><td>{escape(version or tr('(no encontrada)'))}</td>"
                     f"<td>{escape(tr(para))}</td></tr>")
    base = ("<tr><td>Python</td><td>{0}</td><td></td></tr><tr><td>Qt</td><td>{1}</td><td></td></tr>"
            "<tr><td>SQLite</td><td>{2}</td><td></td></tr>").format(
        escape(platform.python_version()), escape(qVersion()), escape(version_del_motor()))
    creditos = "".join(f"<li><b>{escape(quien)}</b> — {escape(tr(licencia))}: {escape(tr(que))}.</li>"
                       for quien, licencia, que in CREDITOS)
    return (
        "<h2>Escritorio {version}</h2>"
        "<p>{que}</p>"
        "<p><b>{t_base}</b><br>{ruta}</p>"
        "<p>{modo}.<br>{programa}</p>"
        "<h3>{t_bibliotecas}</h3>"
        "<table cellspacing='0' cellpadding='2'>{base}{filas}</table>"
        "<h3>{t_creditos}</h3><ul>{creditos}</ul>"
        "<p>{licencias}</p>"
    ).format(
        version=escape(__version__),
        que=escape(tr("La secretaría de una asociación de municipios: padrón, cuotas, estatutos, órganos, unidades "
                      "temáticas y sesiones, con sus documentos.")),
        t_base=escape(tr("Base de datos en uso:")), ruta=escape(ruta_base), modo=modo,
        programa=escape(tr("Programa empaquetado (instalado).") if empaquetado()
                        else tr("Corriendo desde el código fuente.")),
        t_bibliotecas=escape(tr("Hecho con")), base=base, filas="".join(filas),
        t_creditos=escape(tr("Créditos")), creditos=creditos,
        licencias=escape(tr("Los textos de las licencias viajan con el programa, en recursos/fuentes y "
                            "recursos/iconos.")))


class DialogoAcerca(DialogoBase):
    def __init__(self, padre: QWidget | None, ruta_base: str):
        super().__init__(padre)
        self.setWindowTitle(self.tr("Acerca de Escritorio"))
        self.texto = QTextBrowser()
        self.texto.setOpenLinks(False)
        self.texto.setHtml(texto_acerca(ruta_base))
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        copiar = botones.addButton(self.tr("Copiar"), QDialogButtonBox.ButtonRole.ActionRole)
        copiar.setToolTip(self.tr("Copia este texto para mandarlo a quien le da soporte técnico"))
        copiar.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.texto.toPlainText()))
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.texto, 1)
        disposicion.addWidget(botones)
        self.resize(620, 560)


def dialogo_acerca(padre: QWidget | None, ruta_base: str) -> DialogoAcerca:
    return DialogoAcerca(padre, ruta_base)


def mostrar_acerca(padre: QWidget, ruta_base: str) -> None:
    dialogo = dialogo_acerca(padre, ruta_base)
    dialogo.exec()
    dialogo.deleteLater()
