"""Archivo > Idioma de la ventana (según el sistema, Español, Português (Brasil) o English) y Archivo > Idioma de
los documentos (el de cada asociación, Español o Português).

El idioma de la ventana se guarda en los ajustes del programa y rige desde la próxima vez que se abre Escritorio
(cada pantalla escribe sus textos al armarse; cambiarlos en caliente dejaría textos a medio traducir): el aviso ofrece
«Reiniciar ahora», que cierra y vuelve a abrir el programa sobre la misma base (reinicio.py).

El de los documentos rige en seguida y solo mientras la ventana siga abierta: sirve para sacar un documento en el
otro idioma; el de siempre es el de la asociación (Datos de la asociación). La barra de estado lo recuerda.
"""

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from ..idiomas import IDIOMAS_DE_LA_INTERFAZ
from ..servicios.idioma_de_los_documentos import pedido_en_la_ventana, pedir_en_la_ventana
from .comun import tr
from .idioma import CLAVE_AJUSTE, SEGUN_EL_SISTEMA, idioma_del_sistema
from .reinicio import pedir_reinicio


def agregar_menu_idioma(menu: QMenu, ventana: QWidget, ajustes) -> QMenu:
    submenu = menu.addMenu(tr("&Idioma de la ventana"))
    submenu.setObjectName("menu_idioma")
    grupo = QActionGroup(submenu)
    guardado = ajustes.value(CLAVE_AJUSTE, SEGUN_EL_SISTEMA) or SEGUN_EL_SISTEMA
    opciones = [(SEGUN_EL_SISTEMA, tr("Según el sistema ({0})").format(
        IDIOMAS_DE_LA_INTERFAZ[idioma_del_sistema()]))] + list(IDIOMAS_DE_LA_INTERFAZ.items())
    for codigo, nombre in opciones:
        accion = QAction(nombre, submenu)
        accion.setCheckable(True)
        accion.setChecked(codigo == guardado)
        accion.setData(codigo)
        grupo.addAction(accion)
        submenu.addAction(accion)
    grupo.triggered.connect(lambda accion: _elegir(ventana, ajustes, accion.data()))
    return submenu


def _elegir(ventana: QWidget, ajustes, codigo: str) -> None:
    anterior = ajustes.value(CLAVE_AJUSTE, SEGUN_EL_SISTEMA) or SEGUN_EL_SISTEMA
    if codigo == anterior:
        return
    ajustes.setValue(CLAVE_AJUSTE, codigo)
    ajustes.sync()
    nombre = IDIOMAS_DE_LA_INTERFAZ.get(codigo or idioma_del_sistema())
    caja = QMessageBox(QMessageBox.Icon.Information, tr("Idioma de la ventana"), tr(
        "La ventana estará en {0} la próxima vez que abra Escritorio. ¿Reiniciar ahora? Lo escrito se guarda antes, "
        "y se vuelve a abrir esta misma base.").format(nombre), QMessageBox.StandardButton.NoButton, ventana)
    caja.setObjectName("aviso_idioma")
    reiniciar = caja.addButton(tr("Reiniciar ahora"), QMessageBox.ButtonRole.AcceptRole)
    caja.addButton(tr("Más tarde"), QMessageBox.ButtonRole.RejectRole)
    caja.setDefaultButton(reiniciar)
    caja.buttonClicked.connect(lambda boton: pedir_reinicio(ventana) if boton is reiniciar else None)
    caja.open()


def agregar_menu_idioma_documentos(menu: QMenu, al_cambiar) -> QMenu:
    """`al_cambiar(codigo o None)` después de elegir (la ventana lo muestra en la barra de estado)."""
    submenu = menu.addMenu(tr("Idioma de los doc&umentos"))
    submenu.setObjectName("menu_idioma_documentos")
    grupo = QActionGroup(submenu)
    opciones = [(None, tr("El de cada asociación (Datos de la asociación)"))] + list(IDIOMAS_DE_DOCUMENTOS.items())
    for codigo, nombre in opciones:
        accion = QAction(nombre, submenu)
        accion.setCheckable(True)
        accion.setChecked(codigo == pedido_en_la_ventana())
        accion.setData(codigo)
        grupo.addAction(accion)
        submenu.addAction(accion)

    def elegir(accion: QAction) -> None:
        pedir_en_la_ventana(accion.data())
        al_cambiar(accion.data())
    grupo.triggered.connect(elegir)
    return submenu


def aviso_de_idioma_de_documentos(codigo: str | None) -> str:
    """El texto de la barra de estado mientras los documentos salen en un idioma elegido en la ventana."""
    if codigo is None:
        return ""
    return tr("Documentos en {0} (Archivo › Idioma de los documentos)").format(IDIOMAS_DE_DOCUMENTOS[codigo])
