"""Archivo › Bases recientes: las últimas bases abiertas en este equipo (en los ajustes de la ventana), para volver a
una sin buscarla.

Cada base que la ventana muestra se anota al principio de la lista (`anotar_base_reciente`, desde `cargar_base`),
hasta `CUANTAS`. Un archivo se anota por su ruta; una base del servidor, por su dirección sin la clave (la clave
nunca va a los ajustes: si hace falta, la da el llavero o se pide, como en Archivo › Conectar a un servidor…).

El menú se arma cada vez que se abre: la base abierta aparece marcada y no se puede elegir; un archivo que ya no está
(se movió, se borró, está en una memoria USB desconectada) se ve con «ya no está» y, al elegirlo, se ofrece quitarlo
de la lista. Abrir una reciente es lo mismo que Archivo › Abrir… (otra_base.py: el cerrojo de una sola ventana,
la comprobación entera, las migraciones y el respaldo de apertura) o que Conectar a un servidor….
"""

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ..datos.postgres import armar_direccion, es_url_de_servidor, partes_de_direccion
from ..errores import ErrorEscritorio
from .comun import descartar, mostrar_error, tr
from .iconos import icono

AJUSTE = "archivo/bases_recientes"
CUANTAS = 8


def _sin_clave(nombre: str) -> str:
    """La dirección de un servidor rearmada con sus partes (equipo, puerto, base, usuario): nunca lleva la clave."""
    return armar_direccion(**partes_de_direccion(nombre)) if es_url_de_servidor(nombre) else nombre


def _misma(a: str, b: str) -> bool:
    """¿Nombran la misma base? (en Windows las rutas no distinguen mayúsculas)."""
    return os.path.normcase(a) == os.path.normcase(b)


def bases_recientes(ajustes: QSettings) -> list[str]:
    """Las rutas y direcciones anotadas, de la más reciente a la más vieja."""
    valor = ajustes.value(AJUSTE) or []
    if isinstance(valor, str):   # QSettings devuelve un texto solo cuando la lista tiene uno
        valor = [valor]
    return [str(v) for v in valor if v][:CUANTAS]


def _guardar(ajustes: QSettings, bases: list[str]) -> None:
    ajustes.setValue(AJUSTE, bases[:CUANTAS])


def anotar_base_reciente(ajustes: QSettings, nombre: str) -> None:
    """La base `nombre` (ruta o dirección) pasa al principio de la lista."""
    nombre = _sin_clave(nombre)
    _guardar(ajustes, [nombre] + [b for b in bases_recientes(ajustes) if not _misma(b, nombre)])


def quitar_base_reciente(ajustes: QSettings, nombre: str) -> None:
    _guardar(ajustes, [b for b in bases_recientes(ajustes) if not _misma(b, nombre)])


def rotulo(nombre: str) -> str:
    """Cómo se ve en el menú: «red.db — C:\\Datos» o «Servidor: escritorio en SECRETARIA-01 (ana)»."""
    if es_url_de_servidor(nombre):
        partes = partes_de_direccion(nombre)
        return tr("Servidor: {0} en {1} ({2})").format(partes["base"], partes["equipo"], partes["usuario"])
    ruta = Path(nombre)
    return f"{ruta.name} — {ruta.parent}"


def existe(nombre: str) -> bool:
    """¿Sigue el archivo en su lugar? (del servidor no se sabe sin conectarse: se da por presente)."""
    if es_url_de_servidor(nombre):
        return True
    try:
        return Path(nombre).is_file()
    except OSError:
        return False


def agregar_menu_recientes(ventana, archivo: QMenu) -> QMenu:
    """El submenú Archivo › Bases recientes, que se arma al abrirse con la lista de los ajustes."""
    menu = archivo.addMenu(icono("historia"), tr("Bases &recientes"))
    menu.setObjectName("bases_recientes")
    menu.aboutToShow.connect(lambda: llenar_menu(ventana, menu))
    ventana.menu_recientes = menu
    return menu


def _abierta(ventana) -> str:
    """La ruta o dirección de la base que muestra la ventana ("" si la cerró un momento, restaurando un respaldo)."""
    from ..servicios.base import base_abierta, nombre_de_la_base

    return _sin_clave(nombre_de_la_base(ventana.db)) if base_abierta(ventana.db) else ""


def llenar_menu(ventana, menu: QMenu) -> None:
    menu.clear()
    abierta = _abierta(ventana)
    bases = bases_recientes(ventana.ajustes)
    if not bases:
        vacia = menu.addAction(tr("Todavía no se abrió ninguna otra base"))
        vacia.setEnabled(False)
    for numero, nombre in enumerate(bases, start=1):
        texto = rotulo(nombre)
        esta = existe(nombre)
        if not esta:
            texto = tr("{0} — ya no está").format(texto)
        # &1…&8: se elige con el número desde el teclado (Alt+A, R, 2).
        accion = QAction(f"&{numero}  {texto.replace('&', '&&')}", menu)
        accion.setToolTip(nombre)
        accion.setStatusTip(nombre)
        if _misma(nombre, abierta):
            accion.setCheckable(True)
            accion.setChecked(True)
            accion.setEnabled(False)   # ya es la que se ve
        else:
            accion.triggered.connect(partial(abrir_reciente, ventana, nombre))
        menu.addAction(accion)
    menu.setToolTipsVisible(True)
    menu.addSeparator()
    limpiar = menu.addAction(tr("&Limpiar la lista"))
    limpiar.setEnabled(len(bases) > 1 or (len(bases) == 1 and not _misma(bases[0], abierta)))
    limpiar.triggered.connect(lambda: limpiar_lista(ventana))


def limpiar_lista(ventana) -> None:
    """Queda solo la base abierta (que es, por definición, reciente)."""
    _guardar(ventana.ajustes, [b for b in [_abierta(ventana)] if b])


def abrir_reciente(ventana, nombre: str) -> bool:
    """Abre la base reciente `nombre` como Archivo › Abrir… (o Conectar a un servidor…). True si la ventana pasó a
    ella. Si el archivo ya no está, se dice y se ofrece quitarlo de la lista."""
    if es_url_de_servidor(nombre):
        return _conectar(ventana, nombre)
    if not existe(nombre):
        respuesta = QMessageBox.question(ventana, tr("Bases recientes"), tr(
            "La base {0} ya no está en ese lugar: se movió, se borró o está en un disco o una memoria USB que no "
            "está conectada.\n\n¿Quitarla de la lista de bases recientes? (El archivo no se toca: si vuelve a "
            "aparecer, ábralo con Archivo › Abrir….)").format(nombre))
        if respuesta == QMessageBox.StandardButton.Yes:
            quitar_base_reciente(ventana.ajustes, nombre)
        return False
    return ventana._cambiar_a(nombre)


def _conectar(ventana, direccion: str) -> bool:
    """Como Archivo › Conectar a un servidor…: con la clave del llavero si se guardó; si falta o no sirve, el
    formulario con la dirección ya puesta y el motivo."""
    from ..servicios.base import abrir_en_el_servidor
    from .dialogos.servidor import DialogoConectarServidor

    try:
        return ventana._usar(abrir_en_el_servidor(direccion))
    except ErrorEscritorio as error:
        motivo = error.mensaje
    except Exception as error:  # noqa: BLE001 - se muestra a la persona y queda registrado
        mostrar_error(ventana, error, "conectar a un servidor")
        motivo = None
    dialogo = DialogoConectarServidor(ventana.ajustes, ventana, direccion=direccion, motivo=motivo)
    conectada = dialogo.exec() == DialogoConectarServidor.DialogCode.Accepted
    db = dialogo.db
    descartar(dialogo)
    return ventana._usar(db) if conectada else False
