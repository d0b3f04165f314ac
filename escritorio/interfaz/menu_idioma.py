"""Archivo > Idioma de la ventana: según el sistema, Español, Português (Brasil) o English.

El idioma elegido se guarda en los ajustes del programa y rige desde la próxima vez que se abre Escritorio (cada
pantalla escribe sus textos al armarse; cambiarlos en caliente dejaría textos a medio traducir).
"""

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ..idiomas import IDIOMAS_DE_LA_INTERFAZ
from .comun import tr
from .idioma import CLAVE_AJUSTE, SEGUN_EL_SISTEMA, idioma_del_sistema


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
        "La ventana estará en {0} la próxima vez que abra Escritorio.").format(nombre),
        QMessageBox.StandardButton.Ok, ventana)
    caja.setObjectName("aviso_idioma")
    caja.open()
