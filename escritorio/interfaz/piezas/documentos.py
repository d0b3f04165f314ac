"""El recorrido de todo documento: elegir dónde guardarlo, generarlo con progreso y ofrecer abrirlo (un PDF, en la
vista previa del programa: `vista_previa`)."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...dominio.nombres_de_archivo import nombre_valido_en_windows
from ...dominio.texto import normalizar
from ..comun import tr
from ..operaciones import FALLO, consultar_en_la_ventana
from . import elegir_archivo
from .elegir_archivo import ruta_con_extension
from .visor_del_sistema import abrir_con_el_sistema

_FILTROS = {".pdf": "Documento PDF (*.pdf)", ".xlsx": "Libro de Excel (*.xlsx)"}


def guardar_documento(padre: QWidget, titulo: str, nombre: str, funcion: Callable[[str], object],
                      ajustes: QSettings | None = None) -> bool:
    """Pide dónde guardar `nombre`, genera el archivo con `funcion(ruta)` y ofrece abrirlo. True si se guardó."""
    nombre = nombre_valido_en_windows(nombre)
    extension = Path(nombre).suffix.lower()
    carpeta = ajustes.value("exportar/carpeta", str(Path.home())) if ajustes is not None else str(Path.home())
    ruta = elegir_archivo.para_guardar(padre, titulo, str(Path(carpeta) / nombre), tr(_FILTROS.get(extension, "")))
    ruta = ruta_con_extension(padre, ruta, extension) if ruta else None
    if not ruta:
        return False
    if ajustes is not None:
        ajustes.setValue("exportar/carpeta", str(Path(ruta).parent))
    # Sacar un archivo no cambia lo que la ventana muestra (a lo sumo anota el documento emitido): una consulta.
    if consultar_en_la_ventana(padre, lambda _informar: funcion(ruta), que=titulo, en_segundo_plano=True,
                               titulo=titulo, cancelable=False, al_cancelar=lambda: QMessageBox.information(
                                   padre, titulo, tr("Cancelado: no se creó ningún archivo."))) is FALLO:
        return False
    ofrecer_abrir(padre, titulo, ruta, ajustes)
    return True


def ofrecer_abrir(padre: QWidget | None, titulo: str, ruta: str | Path, ajustes: QSettings | None = None) -> None:
    """«Archivo guardado: … ¿Desea abrirlo ahora?»; si sí, `abrir_archivo`."""
    if QMessageBox.question(padre, titulo, tr("Archivo guardado:\n{0}\n\n¿Desea abrirlo ahora?").format(ruta)) \
            == QMessageBox.StandardButton.Yes:
        abrir_archivo(padre, titulo, ruta, ajustes)


def abrir_archivo(padre: QWidget | None, titulo: str, ruta: str | Path, ajustes: QSettings | None = None) -> bool:
    """Un PDF se abre en la vista previa del programa (desde ahí se imprime, se guarda en otro lugar o se abre en
    el visor del sistema, si hay uno). Otro archivo, con el programa del sistema; si no hay ninguno para ese tipo
    de archivo, lo dice (con dónde quedó el archivo) y ofrece abrir la carpeta. True si se mostró o se abrió."""
    ruta = Path(ruta)
    if ruta.suffix.lower() == ".pdf":
        from .vista_previa import DocumentoParaVer, mostrar_vista_previa

        return mostrar_vista_previa(padre, DocumentoParaVer.de_archivo(ruta, titulo), ajustes) is not None
    if abrir_con_el_sistema(ruta):   # False: el sistema no tiene con qué
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
    if elegido is carpeta and not abrir_con_el_sistema(ruta.parent):
        QMessageBox.information(padre, titulo, tr("Tampoco se pudo abrir la carpeta. El archivo está en:\n{0}")
                                .format(ruta))
    return False


def nombre_de_archivo(texto: str) -> str:
    """«UT Cultura» -> «ut-cultura» (para proponer el nombre de un archivo; «CON» -> «_con», un título de mil letras
    cortado: `nombre_valido_en_windows`)."""
    limpio = "".join(c if c.isalnum() else "-" for c in normalizar(texto))
    return nombre_valido_en_windows("-".join(p for p in limpio.split("-") if p) or "documento")
