"""El idioma de la ventana: cuál (el elegido en Archivo > Idioma, o el del sistema) y sus traducciones.

Se instalan, del último consultado al primero: la traducción de Qt (botones y diálogos estándar), lo que a la
castellana le falta (`QT_QUE_FALTA`) y el catálogo de Escritorio (`recursos/traducciones/escritorio_<código>.qm`,
compilado del `.ts`). El castellano es el idioma fuente: no lleva catálogo propio. Números y fechas siguen la
convención del idioma: los de Qt (calendarios, campos de fecha) por `LOCALIZACION`, los del programa por
`dominio.formato`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..dominio import formato
from ..idiomas.traduccion import fijar_idioma_del_proceso
from ..idiomas import IDIOMAS_DE_LA_INTERFAZ
from ..idiomas.catalogo import carpeta_traducciones

CLAVE_AJUSTE = "idioma"
SEGUN_EL_SISTEMA = ""
VARIABLE_DE_ENTORNO = "ESCRITORIO_IDIOMA"   # p. ej. `make capturas` arma las capturas del manual en portugués

# Lo que la traducción de Qt 6 al castellano (qtbase_es.qm) no trae y se ve en los diálogos de archivos de Linux
# (Qt dibuja los suyos: el paquete no lleva el tema GTK). Contexto y texto original exactos de Qt.
QT_QUE_FALTA = {
    ("QFileDialog", "&Look in:"): "&Ver en:",
    ("QFileDialog", "Files of &type:"): "Archivos de &tipo:",
    ("QAbstractFileIconProvider", "Folder"): "Carpeta",       # la columna Tipo
    ("QAbstractFileIconProvider", "%1 File"): "Archivo %1",
    ("QAbstractFileIconProvider", "File"): "Archivo",
    ("QAbstractFileIconProvider", "Drive"): "Unidad",
    ("QAbstractFileIconProvider", "Shortcut"): "Acceso directo",
    ("QFileSystemModel", "<b>The name \"%1\" cannot be used.</b><p>Try using another name, with fewer characters or no "
                         "punctuation marks."):
        "<b>No se puede usar el nombre «%1».</b><p>Pruebe con otro nombre, más corto o sin signos de puntuación.",
    ("QFileSystemModel", "Drive"): "Unidad",
    ("QFileSystemModel", "File"): "Archivo",
    ("QFileSystemModel", "Folder"): "Carpeta",
    ("QDialogButtonBox", "Cancel"): "Cancelar",
}

# La localización de cada idioma para números y fechas (la de Qt, la misma que la de dominio.formato): el inglés de
# la ventana es para socios internacionales, con la fecha día/mes/año como en la región («24/11/2026») y el punto
# decimal («1,234.50»).
LOCALIZACION = formato.LOCALIZACION


class _LoQueFaltaDeQt(QTranslator):
    """Completa qtbase_es.qm con `QT_QUE_FALTA` (sin archivo: también va en el paquete congelado)."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, contexto, texto, desambiguacion=None, n=-1):
        return QT_QUE_FALTA.get((contexto, texto))   # None: Qt sigue con qtbase_es.qm (un "" sería «traducido a nada»)


def idioma_del_sistema(preferidos: list[str] | None = None) -> str:
    """El primer idioma del sistema que la ventana tiene («pt-BR», «pt-PT» -> pt_BR; «en-US» -> en); si
    ninguno, castellano (el idioma fuente)."""
    for nombre in preferidos if preferidos is not None else QLocale.system().uiLanguages():
        idioma = nombre.replace("-", "_").split("_")[0].lower()
        if idioma == "pt":
            return "pt_BR"
        if idioma in ("es", "en"):
            return idioma
    return "es"


def idioma_elegido(ajustes: QSettings | None) -> str:
    """El de la variable ESCRITORIO_IDIOMA, o el elegido en la ventana, o el del sistema."""
    for valor in (os.environ.get(VARIABLE_DE_ENTORNO), ajustes.value(CLAVE_AJUSTE, "") if ajustes else ""):
        if valor in IDIOMAS_DE_LA_INTERFAZ:
            return valor
    return idioma_del_sistema()


def _carpetas_de_traducciones_qt() -> list[str]:
    """Donde dice Qt y, por si el paquete congelado no lo resuelve, junto a PySide6 (el programa empaquetado
    lleva qtbase_*.qm en _internal/PySide6/Qt/translations, ver instalador/escritorio.spec)."""
    import PySide6

    carpetas = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    if getattr(sys, "_MEIPASS", None):
        carpetas.append(str(Path(sys._MEIPASS) / "PySide6" / "Qt" / "translations"))
    return carpetas


def _cargar(app, base: str, codigo: str, carpetas: list[str]) -> QTranslator | None:
    traductor = QTranslator(app)
    for carpeta in carpetas:
        if traductor.load(f"{base}_{codigo}", carpeta):
            return traductor
    return None


def instalar_idioma(app, codigo: str) -> list[QTranslator]:
    """Pone la ventana en el idioma `codigo` (quita las traducciones de antes): Qt, su complemento y el catálogo
    de Escritorio; y la localización por omisión (calendarios, campos de fecha). Devuelve los traductores."""
    for anterior in getattr(app, "traducciones_qt", None) or []:
        app.removeTranslator(anterior)
    instalados = []
    qt = _cargar(app, "qtbase", codigo, _carpetas_de_traducciones_qt()) if codigo != "en" else None
    if qt is not None:
        instalados.append(qt)
    if codigo == "es":
        instalados.append(_LoQueFaltaDeQt(app))
    propio = _cargar(app, "escritorio", codigo, [str(carpeta_traducciones())]) if codigo != "es" else None
    if propio is not None:
        instalados.append(propio)
    for traductor in instalados:   # el último instalado se consulta primero
        app.installTranslator(traductor)
    app.traducciones_qt = instalados
    app.idioma = codigo
    QLocale.setDefault(QLocale(LOCALIZACION[codigo]))
    # Las frases que arman el dominio y los servicios (títulos de sesión, reglas, tramos, países), en el mismo
    # idioma; los documentos siguen en el de la asociación (servicios.idioma_de_los_documentos).
    fijar_idioma_del_proceso(codigo)
    return instalados


def idioma_actual() -> str:
    """El idioma instalado en la aplicación («es» si todavía no hay ninguna)."""
    return getattr(QCoreApplication.instance(), "idioma", "es")
