"""Pasar la ventana a otra base de un archivo (Archivo › Abrir…, Nueva base de datos, Bases recientes) con las mismas
comprobaciones que al arrancar: el cerrojo de una sola ventana por base, la base comprobada entera, las migraciones
(con su respaldo antes) y el respaldo de apertura. Una base dañada se ofrece recuperar, como al arrancar
(recuperar_base.py).

El cerrojo de la base abierta es de la ventana (`ventana.cerrojo`, None en el servidor): al pasar a otra base se toma
el de la nueva antes de abrirla y el de la anterior se suelta cuando la nueva ya está a la vista.
"""

from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from ..datos.conexion import ruta_de
from ..errores import ErrorBaseDanada
from ..servicios.base import abrir_base, base_abierta, es_del_servidor
from .apertura import Ocupada, tomar_cerrojo
from .comun import mostrar_error, tr
from .recuperar_base import ofrecer_recuperar
from .. import NOMBRE_APLICACION


def cerrojo_o_aviso(cerrojo: QLockFile | Ocupada, ruta: Path | str, padre: QWidget | None = None) -> QLockFile | None:
    """El cerrojo tomado, o None tras decirle a la persona qué otra ventana tiene la base."""
    if not isinstance(cerrojo, Ocupada):
        return cerrojo
    QMessageBox.warning(padre, NOMBRE_APLICACION, tr(
        "La base {0} ya está abierta en otra ventana de Escritorio (equipo {1}, proceso {2}). "
        "Use esa ventana, o ciérrela y vuelva a abrir Escritorio.").format(ruta, cerrojo.equipo, cerrojo.proceso))
    return None


def soltar(cerrojo: QLockFile | None) -> None:
    if cerrojo is not None:
        cerrojo.unlock()


def es_la_abierta(ventana, ruta: Path | str) -> bool:
    """¿Es `ruta` el archivo de la base que muestra la ventana?"""
    if es_del_servidor(ventana.db) or not base_abierta(ventana.db):
        return False
    try:
        return Path(ruta).resolve() == Path(ruta_de(ventana.db)).resolve()
    except OSError:
        return False


def cambiar_a_archivo(ventana, ruta: Path | str, *, crear: bool = False) -> bool:
    """La ventana pasa a la base del archivo `ruta` (con `crear`, una nueva). True si pasó; si no, ya se dijo por qué
    y la ventana sigue con la que tenía."""
    if es_la_abierta(ventana, ruta):
        cerrojo = ventana.cerrojo   # la misma base: se vuelve a abrir (comprobada) con el cerrojo que ya tiene
    else:
        cerrojo = cerrojo_o_aviso(tomar_cerrojo(Path(ruta)), ruta, ventana)
        if cerrojo is None:
            return False
    while True:
        try:
            # La que se crea no tiene nada que respaldar; la que ya existía, sí: el respaldo de apertura, como al
            # arrancar.
            db = abrir_base(ruta, crear=crear, comprobacion_completa=True, respaldo_al_abrir=not crear)
            break
        except ErrorBaseDanada as error:
            # Dañada: como al arrancar, se ofrece apartarla y restaurar su último respaldo sano (recuperar_base.py).
            # La que la ventana tiene abierta no: su archivo está en uso (se recupera al volver a arrancar).
            if not es_la_abierta(ventana, ruta) and ofrecer_recuperar(Path(ruta), error, ventana):
                continue
            falla = error
        except Exception as error:  # noqa: BLE001 - se muestra a la persona y queda registrado
            falla = error
        if cerrojo is not ventana.cerrojo:
            soltar(cerrojo)
        if not isinstance(falla, ErrorBaseDanada) or es_la_abierta(ventana, ruta):
            mostrar_error(ventana, falla, "abrir base")
        return False
    return ventana._usar(db, cerrojo)
