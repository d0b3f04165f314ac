"""Abrir la base que corresponde y otras piezas comunes a todos los servicios."""

from datetime import date
from pathlib import Path

from sqlite_utils import Database

from ..datos import conexion
from ..datos.conexion import abrir
from ..datos.rutas import ruta_base_por_defecto


def abrir_base(ruta: Path | str | None = None, *, respaldo_al_abrir: bool = False, crear: bool = True) -> Database:
    """La base indicada, o la de ESCRITORIO_DB, o la de la carpeta de datos del usuario.

    Con `crear=False` (la línea de órdenes, salvo «asociacion crear» y «demo») una ruta sin base es un error.
    """
    return abrir(Path(ruta) if ruta else ruta_base_por_defecto(), respaldo_al_abrir=respaldo_al_abrir, crear=crear)


def base_abierta(db: Database) -> bool:
    """False si la conexión ya se cerró (por ejemplo, tras restaurar un respaldo)."""
    return conexion.esta_abierta(db)


def hoy() -> date:
    return date.today()


def version_del_motor() -> str:
    """La versión de SQLite con que corre el programa (para «Acerca de»)."""
    return conexion.version_del_motor()
