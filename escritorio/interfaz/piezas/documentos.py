"""El recorrido de todo documento: elegir dónde guardarlo, generarlo con progreso y ofrecer abrirlo."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ...dominio.texto import normalizar
from ...errores import Cancelado
from ..comun import mostrar_error, tr
from ..trabajos import ejecutar_con_progreso
from . import elegir_archivo

_FILTROS = {".pdf": "Documento PDF (*.pdf)", ".xlsx": "Libro de Excel (*.xlsx)"}


def ruta_con_extension(padre: QWidget, ruta: str, extension: str) -> str | None:
    """Agrega la extensión si falta. El diálogo de guardar preguntó por el nombre SIN ella: si con la extensión ya
    hay un archivo, se pregunta antes de reemplazarlo. None si la persona no quiere reemplazarlo."""
    if ruta.lower().endswith(extension):
        return ruta
    ruta += extension
    if Path(ruta).exists():
        respuesta = QMessageBox.question(
            padre, tr("Reemplazar archivo"),
            tr("Ya existe «{0}» en esa carpeta. ¿Reemplazarlo?").format(Path(ruta).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta != QMessageBox.StandardButton.Yes:
            return None
    return ruta


def guardar_documento(padre: QWidget, titulo: str, nombre: str, funcion: Callable[[str], object],
                      ajustes: QSettings | None = None) -> bool:
    """Pide dónde guardar `nombre`, genera el archivo con `funcion(ruta)` y ofrece abrirlo. True si se guardó."""
    extension = Path(nombre).suffix.lower()
    carpeta = ajustes.value("exportar/carpeta", str(Path.home())) if ajustes is not None else str(Path.home())
    ruta = elegir_archivo.para_guardar(padre, titulo, str(Path(carpeta) / nombre), tr(_FILTROS.get(extension, "")))
    ruta = ruta_con_extension(padre, ruta, extension) if ruta else None
    if not ruta:
        return False
    if ajustes is not None:
        ajustes.setValue("exportar/carpeta", str(Path(ruta).parent))
    try:
        ejecutar_con_progreso(padre, titulo, lambda _informar: funcion(ruta))
    except Cancelado:
        QMessageBox.information(padre, titulo, tr("Cancelado: no se creó ningún archivo."))
        return False
    except Exception as error:  # noqa: BLE001 - se muestra al usuario y queda registrado
        mostrar_error(padre, error, titulo)
        return False
    ofrecer_abrir(padre, titulo, ruta)
    return True


def ofrecer_abrir(padre: QWidget | None, titulo: str, ruta: str | Path) -> None:
    """«Archivo guardado: … ¿Desea abrirlo ahora?»; si sí, `abrir_archivo`."""
    if QMessageBox.question(padre, titulo, tr("Archivo guardado:\n{0}\n\n¿Desea abrirlo ahora?").format(ruta)) \
            == QMessageBox.StandardButton.Yes:
        abrir_archivo(padre, titulo, ruta)


def abrir_archivo(padre: QWidget | None, titulo: str, ruta: str | Path) -> bool:
    """Abre el archivo con el programa del sistema. Si no hay ninguno para ese tipo de archivo, lo dice (con dónde
    quedó el archivo) y ofrece abrir la carpeta, en lugar de no hacer nada. True si se abrió."""
    ruta = Path(ruta)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(ruta))) is not False:   # False: el sistema no tiene con qué
        return True
    tipo = ruta.suffix.lower() or tr("sin extensión")
    aviso = QMessageBox(QMessageBox.Icon.Warning, titulo, tr(
        "No hay un programa para abrir archivos {0} en esta computadora; el archivo está en:\n{1}\n\n"
        "Puede abrir la carpeta y copiarlo a otro equipo, o instalar un programa para ese tipo de archivo.").format(
        tipo, ruta), QMessageBox.StandardButton.NoButton, padre)
    carpeta = aviso.addButton(tr("Abrir la carpeta"), QMessageBox.ButtonRole.ActionRole)
    aviso.addButton(tr("Aceptar"), QMessageBox.ButtonRole.AcceptRole)
    aviso.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)   # la ruta se puede copiar
    aviso.exec()
    elegido = aviso.clickedButton()
    aviso.deleteLater()
    if elegido is carpeta and QDesktopServices.openUrl(QUrl.fromLocalFile(str(ruta.parent))) is False:
        QMessageBox.information(padre, titulo, tr("Tampoco se pudo abrir la carpeta. El archivo está en:\n{0}")
                                .format(ruta))
    return False


def nombre_de_archivo(texto: str) -> str:
    """«UT Cultura» -> «ut-cultura» (para proponer el nombre de un archivo)."""
    limpio = "".join(c if c.isalnum() else "-" for c in normalizar(texto))
    return "-".join(p for p in limpio.split("-") if p) or "documento"
