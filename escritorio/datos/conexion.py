"""Abrir la base de datos con cuidado: nunca pisar un archivo ajeno, dañado o de solo lectura."""

import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ..errores import ErrorBaseDanada, ErrorBaseDeDatos
from .diagnostico import comprobar_integridad, es_archivo_sqlite, es_base_escritorio, traducir_error
from .esquema import MIGRACIONES
from .respaldo import respaldar, respaldar_automaticamente

ESPERA_MS = 5000


def _carpeta_escribible(carpeta: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=carpeta):
            return True
    except OSError:
        return False


def abrir(ruta: Path | str, *, respaldo_al_abrir: bool = False) -> Database:
    """Abre (o crea) una base de Escritorio lista para usar, con el esquema al día.

    Si hay migraciones pendientes sobre una base con datos, antes se crea un respaldo. Con
    `respaldo_al_abrir` (la ventana lo pide) se hace además el respaldo automático de apertura, rotado.
    """
    ruta = Path(ruta).expanduser()
    if ruta.is_dir():
        raise ErrorBaseDeDatos(f"{ruta} es una carpeta; indique un archivo, por ejemplo {ruta / 'escritorio.db'}.")
    existe = ruta.exists() and ruta.stat().st_size > 0
    carpeta = ruta.parent if ruta.parent != Path("") else Path(".")
    if not existe:
        try:
            carpeta.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise ErrorBaseDeDatos(
                f"No se puede crear la carpeta {carpeta} para la base de datos. "
                "Elija otra ubicación con --db RUTA.") from None
    if not _carpeta_escribible(carpeta):
        raise ErrorBaseDeDatos(
            f"La carpeta {carpeta} es de solo lectura: Escritorio necesita escribir allí la base "
            "y su diario. Copie la base a una carpeta propia (por ejemplo Documentos) o elija otra con --db RUTA.")
    if existe and not es_archivo_sqlite(ruta):
        raise ErrorBaseDeDatos(
            f"{ruta} no es una base de datos de Escritorio (ni siquiera es SQLite). No se modificó; "
            "elija el archivo correcto con --db RUTA.")
    conn = sqlite3.connect(ruta, timeout=ESPERA_MS / 1000, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {ESPERA_MS}")
        problemas = comprobar_integridad(conn)
        if problemas:
            raise ErrorBaseDanada(
                f"La base de datos {ruta} está dañada ({problemas[0].splitlines()[0]}). No se modificó. "
                "Restaure un respaldo con «escritorio respaldo restaurar».")
        if not es_base_escritorio(conn):
            raise ErrorBaseDeDatos(
                f"{ruta} es una base SQLite de otro programa, no de Escritorio. No se modificó; "
                "elija el archivo correcto con --db RUTA.")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        db = Database(conn)
        if existe and respaldo_al_abrir and MIGRACIONES.applied(db):
            respaldar_automaticamente(conn, ruta, "apertura")
        if existe and MIGRACIONES.applied(db) and MIGRACIONES.pending(db):
            respaldar(conn, ruta, motivo="antes-de-migrar")
        MIGRACIONES.apply(db)
        return db
    except ErrorBaseDeDatos:
        conn.close()
        raise
    except sqlite3.Error as error:
        conn.close()
        raise traducir_error(error, ruta) from None


def ruta_de(db: Database) -> Path:
    """El archivo de la base abierta."""
    fila = db.execute("PRAGMA database_list").fetchone()
    return Path(fila[2]) if fila and fila[2] else Path(":memory:")


@contextmanager
def transaccion(db: Database):
    """Una escritura completa o nada: BEGIN IMMEDIATE toma el permiso de escritura desde el inicio.

    Dentro de otra transacción (por ejemplo, la red de ejemplo armada con los servicios) es un SAVEPOINT:
    si algo falla se deshace esa parte y el error sigue hacia afuera, que deshace todo.
    """
    conn = db.conn
    if conn.in_transaction:
        conn.execute("SAVEPOINT escritorio")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO escritorio")
                conn.execute("RELEASE escritorio")
            raise
        else:
            conn.execute("RELEASE escritorio")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise traducir_error(error, ruta_de(db)) from None
    try:
        yield db
    except sqlite3.Error as error:
        conn.rollback()
        raise traducir_error(error, ruta_de(db)) from None
    except BaseException:
        conn.rollback()
        raise
    else:
        try:
            from .bitacora import sellar  # diferido: bitacora no depende de la conexión

            sellar(db)
            conn.commit()
        except sqlite3.Error as error:
            conn.rollback()
            raise traducir_error(error, ruta_de(db)) from None
