"""Los diálogos para elegir un archivo, sin tocar nunca los archivos de la base abierta.

Cerrar CUALQUIER descriptor de un archivo suelta todos los cerrojos POSIX que el proceso tiene sobre él (SQLite,
«How To Corrupt Your Database Files», §2.2). El diálogo de archivos de Qt abre cada archivo de la carpeta que muestra
para adivinar su tipo y su icono (`QMimeDatabase` mira el contenido); sobre la carpeta de la base, la conexión de la
ventana perdía así sus cerrojos, y la próxima orden de la CLI se creía la última, pasaba el diario a la base y lo
borraba: la ventana seguía escribiendo en un diario que ya no existía. El diálogo del sistema hace lo mismo dentro de
este proceso en Linux (GTK/GIO) y en macOS.

Por eso todo diálogo de archivos del programa pasa por aquí:
- fuera de Windows, el diálogo propio de Qt con un proveedor de iconos que decide por el nombre, sin abrir nada;
- en Windows, el del sistema (allí los cerrojos son de cada descriptor: cerrar otro no los suelta);
- elegir la base abierta, su diario (-wal) o su índice (-shm) como documento, planilla o certificado se rechaza
  (leerlos también soltaría los cerrojos), con un mensaje.

`para_abrir`, `varios_para_abrir` y `para_guardar` se llaman por el módulo (`elegir_archivo.para_guardar(…)`): las pruebas los reemplazan.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QMessageBox, QWidget

from ...servicios.base import es_archivo_de_una_base_abierta
from ..comun import tr

USA_EL_DIALOGO_DEL_SISTEMA = sys.platform == "win32"


class IconosSinLeer(QFileIconProvider):
    """Icono y tipo de cada entrada por lo que dice el sistema de archivos (carpeta o archivo) y su extensión: nunca
    abre un archivo. Los iconos se arman una vez, en el hilo de la ventana (el modelo los pide desde otro hilo)."""

    def __init__(self):
        super().__init__()
        self._carpeta = super().icon(QFileIconProvider.IconType.Folder)
        self._archivo = super().icon(QFileIconProvider.IconType.File)
        self._unidad = super().icon(QFileIconProvider.IconType.Drive)

    def icon(self, que):  # noqa: D102 - sobrecarga de Qt: un tipo de icono o un QFileInfo
        if isinstance(que, QFileInfo):
            if que.isRoot():
                return self._unidad
            return self._carpeta if que.isDir() else self._archivo
        return super().icon(que)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - nombre de Qt
        if info.isRoot():
            return tr("Unidad")
        if info.isDir():
            return tr("Carpeta")
        sufijo = info.suffix()
        return tr("Archivo {0}").format(sufijo.upper()) if sufijo else tr("Archivo")


def _dialogo(padre: QWidget | None, titulo: str, inicio: str, filtro: str) -> QFileDialog:
    dialogo = QFileDialog(padre, titulo, inicio, filtro)
    if not USA_EL_DIALOGO_DEL_SISTEMA:
        dialogo.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialogo.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
        dialogo._iconos = IconosSinLeer()  # el diálogo no se adueña del proveedor: vive con él
        dialogo.setIconProvider(dialogo._iconos)
    return dialogo


def _elegido(padre: QWidget | None, titulo: str, dialogo: QFileDialog, *, base: bool) -> str:
    try:
        if not dialogo.exec():
            return ""
        elegidos = dialogo.selectedFiles()
    finally:
        dialogo.deleteLater()
    ruta = elegidos[0] if elegidos else ""
    if ruta and es_archivo_de_una_base_abierta(ruta, salvo_la_base=base):
        QMessageBox.warning(padre, titulo, tr(
            "{0} es un archivo de la base que Escritorio tiene abierta (la base, su diario o su índice). Escritorio "
            "no lo lee ni lo escribe por fuera de la base: elija otro archivo. Para copiar la base use Archivo → "
            "Crear respaldo.").format(ruta))
        return ""
    return ruta


def para_abrir(padre: QWidget | None, titulo: str, carpeta: str, filtro: str = "", *, base: bool = False) -> str:
    """La ruta de un archivo existente que elige la persona, o "" si desiste. Con `base`, lo que se elige es una base
    de Escritorio para abrir (la que ya está abierta se admite: la abre SQLite, que comparte sus cerrojos)."""
    dialogo = _dialogo(padre, titulo, carpeta, filtro)
    dialogo.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialogo.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _elegido(padre, titulo, dialogo, base=base)


def varios_para_abrir(padre: QWidget | None, titulo: str, carpeta: str, filtro: str = "") -> list[str]:
    """Las rutas de uno o más archivos existentes que elige la persona (vacío si desiste). Los archivos de la base
    abierta se rechazan como en `para_abrir`."""
    dialogo = _dialogo(padre, titulo, carpeta, filtro)
    dialogo.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialogo.setFileMode(QFileDialog.FileMode.ExistingFiles)
    try:
        if not dialogo.exec():
            return []
        elegidos = list(dialogo.selectedFiles())
    finally:
        dialogo.deleteLater()
    de_la_base = [r for r in elegidos if es_archivo_de_una_base_abierta(r, salvo_la_base=False)]
    if de_la_base:
        QMessageBox.warning(padre, titulo, tr(
            "{0} es un archivo de la base que Escritorio tiene abierta (la base, su diario o su índice). Escritorio "
            "no lo lee ni lo escribe por fuera de la base: elija otro archivo. Para copiar la base use Archivo → "
            "Crear respaldo.").format(de_la_base[0]))
        return []
    return elegidos


def carpeta(padre: QWidget | None, titulo: str, inicio: str) -> str:
    """Una carpeta que elige la persona (existente, o creada en el mismo diálogo), o "" si desiste."""
    dialogo = _dialogo(padre, titulo, inicio, "")
    dialogo.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialogo.setFileMode(QFileDialog.FileMode.Directory)
    dialogo.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _elegido(padre, titulo, dialogo, base=False)


def para_guardar(padre: QWidget | None, titulo: str, propuesta: str, filtro: str = "", *,
                 confirmar_reemplazo: bool = True) -> str:
    """La ruta donde guardar (la carpeta y el nombre que propone `propuesta`), o "" si desiste. Sin
    `confirmar_reemplazo`, quien llama pregunta él mismo antes de reemplazar un archivo que ya existe."""
    dialogo = _dialogo(padre, titulo, propuesta, filtro)
    dialogo.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialogo.setFileMode(QFileDialog.FileMode.AnyFile)
    dialogo.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirmar_reemplazo)
    return _elegido(padre, titulo, dialogo, base=False)


def ruta_con_extension(padre: QWidget | None, ruta: str, extension: str) -> str | None:
    """Agrega la extensión si falta. El diálogo de guardar preguntó por el nombre SIN ella: si con la extensión ya
    hay un archivo, se pregunta antes de reemplazarlo. None si la persona no quiere reemplazarlo."""
    if ruta.lower().endswith(extension):
        return ruta
    ruta += extension
    if Path(ruta).exists() and not _reemplazar(padre, ruta):
        return None
    return ruta


def para_guardar_sin_pisar(padre: QWidget | None, titulo: str, propuesta: str, extension: str,
                           filtro: str = "") -> str | None:
    """Dónde guardar un archivo nuevo, con `extension` agregada si falta. Si ya hay un archivo con ese nombre, lo
    pregunta el programa mismo («¿Reemplazarlo?», No por omisión), con o sin la extensión escrita, con el diálogo
    del sistema o con el de Qt. None si la persona desiste o no quiere reemplazarlo."""
    ruta = para_guardar(padre, titulo, propuesta, filtro, confirmar_reemplazo=False)
    if not ruta:
        return None
    if not ruta.lower().endswith(extension):
        ruta += extension
    if Path(ruta).exists() and not _reemplazar(padre, ruta):
        return None
    return ruta


def _reemplazar(padre: QWidget | None, ruta: str) -> bool:
    respuesta = QMessageBox.question(
        padre, tr("Reemplazar archivo"), tr("Ya existe «{0}» en esa carpeta. ¿Reemplazarlo?").format(Path(ruta).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return respuesta == QMessageBox.StandardButton.Yes
