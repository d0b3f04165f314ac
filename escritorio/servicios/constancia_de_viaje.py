"""La constancia de una sesión que viaja: `<copia>.viaje`, el JSON que deja «escritorio servidor llevar» junto a la
copia local. Dice qué sesión es, de qué servidor y desde qué registro de la bitácora; con ella la copia sabe que
es de viaje (servicios/viaje.py la escribe y la usa al devolver)."""

import json
from pathlib import Path
from typing import TypedDict

from ..datos.conexion import ruta_de
from ..datos.dialecto import es_servidor

SUFIJO_VIAJE = ".viaje"


class ConstanciaDeViaje(TypedDict):
    sesion_id: int
    servidor: str  # la dirección, sin la clave
    huella: str  # la de las filas de la sesión al llevarla
    registro: int  # el último registro de la bitácora al llevarla: lo posterior se hizo de viaje
    llevada_por: str
    llevada_en: str


def archivo_de_viaje(copia: Path) -> Path:
    return copia.with_name(copia.name + SUFIJO_VIAJE)


def leer_constancia(copia: Path) -> ConstanciaDeViaje | None:
    """La constancia junto a `copia`; None si no hay (o no se puede leer: no es una copia que se pueda devolver)."""
    archivo = archivo_de_viaje(copia)
    try:
        constancia = json.loads(archivo.read_text(encoding="utf-8")) if archivo.is_file() else None
    except (OSError, ValueError):
        return None
    return constancia if isinstance(constancia, dict) and {"sesion_id", "registro"} <= constancia.keys() else None


def constancia_de_viaje(db) -> ConstanciaDeViaje | None:
    """Si la base abierta es la copia de una sesión llevada (y todavía no devuelta): su constancia. None en
    cualquier otro caso."""
    return None if es_servidor(db) else leer_constancia(ruta_de(db))
