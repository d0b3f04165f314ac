"""Diagnóstico de un archivo de base: ¿es SQLite?, ¿es de Escritorio?, ¿está sano? Y mensajes claros."""

import sqlite3
from pathlib import Path

from ..errores import ErrorBaseDanada, ErrorBaseDeDatos
from .esquema import CONJUNTO, MIGRACIONES

CABECERA_SQLITE = b"SQLite format 3\x00"
# La línea de órdenes reemplaza «escritorio respaldo recuperar» por la orden exacta (con su --db).
RECUPERAR = ("Para recuperar la base: «escritorio respaldo recuperar» (aparta el archivo dañado con la fecha y "
             "restaura el último respaldo sano de esta misma base).")


def es_archivo_sqlite(ruta: Path) -> bool:
    with open(ruta, "rb") as archivo:
        return archivo.read(len(CABECERA_SQLITE)) == CABECERA_SQLITE


def _tablas(conn: sqlite3.Connection) -> set[str]:
    return {fila[0] for fila in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def es_base_escritorio(conn: sqlite3.Connection) -> bool:
    """Una base vacía es nuestra (recién creada); una con tablas debe tener nuestras migraciones."""
    tablas = _tablas(conn)
    if not tablas:
        return True
    if MIGRACIONES.migrations_table not in tablas:
        return False
    fila = conn.execute(
        f"SELECT count(*) FROM {MIGRACIONES.migrations_table} WHERE migration_set = ?", [CONJUNTO]
    ).fetchone()
    return fila[0] > 0


def comprobar_integridad(conn: sqlite3.Connection) -> list[str]:
    """Problemas que encuentra `PRAGMA quick_check`; lista vacía si la base está sana."""
    resultado = [fila[0] for fila in conn.execute("PRAGMA quick_check")]
    return [] if resultado == ["ok"] else resultado


def traducir_error(error: sqlite3.Error, ruta: Path) -> ErrorBaseDeDatos:
    texto = str(error).lower()
    if "locked" in texto or "busy" in texto:
        return ErrorBaseDeDatos(
            f"La base de datos {ruta} está en uso por otro programa o por otra ventana de Escritorio. "
            "Ciérrelo e inténtelo de nuevo.")
    if "readonly" in texto or "read-only" in texto or "unable to open" in texto:
        return ErrorBaseDeDatos(
            f"No se puede escribir en {ruta}: el archivo o su carpeta es de solo lectura. "
            "Copie la base a una carpeta propia (por ejemplo Documentos) y ábrala desde allí.")
    if "disk is full" in texto or "database or disk is full" in texto:
        return ErrorBaseDeDatos(f"El disco donde está {ruta} está lleno. Libere espacio e inténtelo de nuevo; no se guardó nada.")
    if "not a database" in texto or "malformed" in texto or "corrupt" in texto:
        return ErrorBaseDanada(
            f"El archivo {ruta} está dañado y no se puede leer. No se modificó. "
            f"{RECUPERAR}")
    return ErrorBaseDeDatos(f"No se pudo usar la base de datos {ruta}: {error}")
