"""Dónde viven los datos del usuario: la carpeta de datos del sistema operativo."""

import os
from pathlib import Path

from platformdirs import user_data_path

from .. import NOMBRE_APLICACION

VARIABLE_BASE = "ESCRITORIO_DB"
NOMBRE_ARCHIVO = "escritorio.db"


def carpeta_datos() -> Path:
    """%LOCALAPPDATA%\\Escritorio en Windows, ~/.local/share/Escritorio en Linux."""
    return user_data_path(NOMBRE_APLICACION, appauthor=False)


def ruta_base_por_defecto() -> Path:
    """La base de datos a usar cuando no se indica --db: ESCRITORIO_DB o la carpeta de datos."""
    desde_entorno = os.environ.get(VARIABLE_BASE, "").strip()
    if desde_entorno:
        return Path(desde_entorno).expanduser()
    return carpeta_datos() / NOMBRE_ARCHIVO


def carpeta_respaldos(ruta_base: Path) -> Path:
    """Los respaldos automáticos quedan junto a la base, en una subcarpeta `respaldos`."""
    return Path(ruta_base).resolve().parent / "respaldos"
