"""Respaldos con la API de copia de SQLite: un archivo autosuficiente, coherente aunque la base esté en uso."""

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from ..errores import ErrorBaseDeDatos
from .diagnostico import comprobar_integridad, es_archivo_sqlite, es_base_escritorio, traducir_error
from .rutas import carpeta_respaldos

_SUFIJOS_DIARIO = ("-wal", "-shm")


def nombre_respaldo(ruta_base: Path, motivo: str, momento: datetime | None = None) -> str:
    momento = momento or datetime.now()
    return f"{Path(ruta_base).stem}-{momento:%Y%m%d-%H%M%S}-{motivo}.db"


def copiar_conexion(origen: sqlite3.Connection, destino: Path) -> Path:
    """Copia la base abierta en `origen` a `destino` (archivo único, sin diario WAL)."""
    destino = Path(destino)
    destino.parent.mkdir(parents=True, exist_ok=True)
    temporal = destino.with_name(destino.name + ".parcial")
    copia = sqlite3.connect(temporal)
    try:
        origen.backup(copia)
        copia.execute("PRAGMA journal_mode = DELETE")
    finally:
        copia.close()
    os.replace(temporal, destino)
    return destino


def destino_libre(carpeta: Path, nombre: str) -> Path:
    """Nunca se pisa un respaldo: si el nombre existe se agrega un número."""
    destino = carpeta / nombre
    numero = 2
    while destino.exists():
        destino = carpeta / f"{Path(nombre).stem}-{numero}.db"
        numero += 1
    return destino


def respaldar(conn: sqlite3.Connection, ruta_base: Path, motivo: str = "manual", destino: Path | None = None) -> Path:
    """Crea un respaldo; sin destino va a la carpeta `respaldos` junto a la base."""
    if destino is None:
        destino = destino_libre(carpeta_respaldos(ruta_base), nombre_respaldo(ruta_base, motivo))
    elif Path(destino).is_dir():
        destino = destino_libre(Path(destino), nombre_respaldo(ruta_base, motivo))
    try:
        return copiar_conexion(conn, Path(destino))
    except (sqlite3.Error, OSError) as error:
        raise ErrorBaseDeDatos(f"No se pudo crear el respaldo en {destino}: {error}") from None


def _validar_origen(origen: Path, temporal: Path) -> None:
    """Copia el origen a `temporal` y comprueba que sea una base de Escritorio sana."""
    if not origen.is_file():
        raise ErrorBaseDeDatos(f"No existe el respaldo {origen}.")
    if not es_archivo_sqlite(origen):
        raise ErrorBaseDeDatos(f"{origen} no es un respaldo de Escritorio (no es una base SQLite). No se restauró nada.")
    conn = sqlite3.connect(f"file:{origen}?mode=ro", uri=True)
    try:
        if comprobar_integridad(conn):
            raise ErrorBaseDeDatos(f"El respaldo {origen} está dañado. No se restauró nada; elija otro.")
        if not es_base_escritorio(conn):
            raise ErrorBaseDeDatos(f"{origen} es una base SQLite de otro programa, no un respaldo de Escritorio. No se restauró nada.")
        copiar_conexion(conn, temporal)
    except sqlite3.Error as error:
        raise traducir_error(error, origen) from None
    finally:
        conn.close()


def _resguardar_actual(ruta_base: Path) -> Path | None:
    """Antes de restaurar, la base actual se guarda; si está dañada, se copian sus archivos tal cual."""
    if not ruta_base.exists():
        return None
    destino = destino_libre(carpeta_respaldos(ruta_base), nombre_respaldo(ruta_base, "antes-de-restaurar"))
    try:
        conn = sqlite3.connect(f"file:{ruta_base}?mode=ro", uri=True)
        try:
            if comprobar_integridad(conn):
                raise sqlite3.DatabaseError("dañada")
            return copiar_conexion(conn, destino)
        finally:
            conn.close()
    except sqlite3.Error:
        destino.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ruta_base, destino)
        for sufijo in _SUFIJOS_DIARIO:
            diario = Path(str(ruta_base) + sufijo)
            if diario.exists():
                shutil.copy2(diario, str(destino) + sufijo)
        return destino


def restaurar(ruta_base: Path, origen: Path) -> Path | None:
    """Reemplaza la base por el respaldo `origen`. Devuelve dónde quedó guardada la base anterior."""
    ruta_base, origen = Path(ruta_base).resolve(), Path(origen).resolve()
    if ruta_base == origen:
        raise ErrorBaseDeDatos("El respaldo elegido es la propia base en uso; elija un archivo de respaldo.")
    ruta_base.parent.mkdir(parents=True, exist_ok=True)
    temporal = ruta_base.with_name(ruta_base.name + ".restaurando")
    try:
        _validar_origen(origen, temporal)
        anterior = _resguardar_actual(ruta_base)
        # Un diario WAL viejo aplicado sobre el archivo nuevo lo corrompería: se retira antes.
        for sufijo in _SUFIJOS_DIARIO:
            Path(str(ruta_base) + sufijo).unlink(missing_ok=True)
        os.replace(temporal, ruta_base)
        return anterior
    except OSError as error:
        raise ErrorBaseDeDatos(f"No se pudo restaurar en {ruta_base}: {error}") from None
    finally:
        temporal.unlink(missing_ok=True)
