"""Cuando otro proceso borró el diario (-wal) que la conexión todavía usa: rescatar lo que ella ve y soltarla sin daño.

Pasa si este proceso perdió sus cerrojos POSIX (algo abrió y cerró la base por fuera de SQLite) y otro proceso, que
se creyó la última conexión, pasó el diario a la base y lo borró (vigilancia.diario_perdido lo nota). Desde entonces:
- Lo que la conexión ve puede tener cambios que ya no están en ningún archivo: `rescatar` los copia a un archivo nuevo
  junto a la base (`VACUUM INTO`, una base completa y coherente), antes de cualquier otra cosa.
- Cerrarla como siempre sería peor: SQLite, al cerrar la última conexión, pasa su diario a la base (aquí, el borrado,
  con páginas viejas, sobre lo que escribió el otro) y borra el diario y el índice POR SU NOMBRE (los nuevos del otro
  proceso). `soltar` le quita antes ese paso (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE).
- Mientras siga abierta, este proceso no puede abrir de nuevo la misma base (SQLite comparte entre conexiones del
  proceso el índice del diario, que ya no existe: «disk I/O error»).
"""

import ctypes
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

NO_CKPT_ON_CLOSE = 1006  # SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE (SQLite 3.16)
_SIN_SOLTAR: list[sqlite3.Connection] = []  # las que no se pudieron soltar sin riesgo: viven hasta que el proceso acabe


def ruta_de_rescate(ruta_base: Path, momento: datetime | None = None) -> Path:
    """`<base>.rescate-AAAAMMDD-HHMMSS.db` junto a la base; nunca uno que ya exista."""
    momento = momento or datetime.now()
    nombre = f"{ruta_base.stem}.rescate-{momento:%Y%m%d-%H%M%S}"
    candidata, n = ruta_base.with_name(nombre + ".db"), 2
    while candidata.exists():
        candidata, n = ruta_base.with_name(f"{nombre}-{n}.db"), n + 1
    return candidata


def rescatar(conn: sqlite3.Connection, ruta_base: Path) -> Path:
    """Copia lo que ve `conn` a un archivo nuevo junto a la base y devuelve su ruta (OSError/sqlite3.Error si no se
    pudo: quien llama lo dice)."""
    if conn.in_transaction:
        conn.rollback()
    destino = ruta_de_rescate(ruta_base)
    conn.execute("VACUUM INTO ?", [str(destino)])
    destino.chmod(0o600)
    return destino


def _sin_checkpoint_al_cerrar(conn: sqlite3.Connection) -> bool:
    """Que cerrar `conn` no pase su diario a la base ni borre archivos por su nombre. True si se pudo."""
    if hasattr(conn, "setconfig"):  # Python 3.12 o posterior
        conn.setconfig(NO_CKPT_ON_CLOSE, True)
        return True
    if sys.platform != "linux":  # en Windows no hace falta (cerrojos por descriptor); en macOS arm64, ctypes no
        return False             # sabe llamar bien a una función variádica: la conexión queda abierta
    try:
        import _sqlite3

        biblioteca = ctypes.CDLL(_sqlite3.__file__)
        configurar = biblioteca.sqlite3_db_config
        # En CPython 3.11, el primer campo de la conexión tras la cabecera del objeto es el `sqlite3 *`.
        manejador = ctypes.c_void_p.from_address(id(conn) + sys.getsizeof(object())).value
        if not manejador:
            return False
        configurar.restype = ctypes.c_int
        hecho = ctypes.c_int(-1)
        resultado = configurar(ctypes.c_void_p(manejador), ctypes.c_int(NO_CKPT_ON_CLOSE), ctypes.c_int(1),
                               ctypes.byref(hecho))
        return resultado == 0 and hecho.value == 1
    except (OSError, AttributeError, ImportError):
        return False


def soltar(conn: sqlite3.Connection) -> bool:
    """Cierra `conn` sin que toque los archivos del disco. Si no se puede sin riesgo, la deja abierta (sin usarla)
    hasta que termine el proceso y devuelve False: la base no se puede volver a abrir en este proceso."""
    if conn.in_transaction:
        conn.rollback()
    if _sin_checkpoint_al_cerrar(conn):
        conn.close()
        return True
    _SIN_SOLTAR.append(conn)
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(conn))  # ni al terminar el intérprete: el sistema cierra sus archivos
    return False


def rescatar_y_reabrir(db, abrir):
    """Rescata lo que ve la conexión de `db`, la suelta y abre la base de nuevo con `abrir(ruta)`.

    Devuelve (la base abierta de nuevo, o None si este proceso no puede abrirla otra vez; la copia de rescate, o None
    si la base ya tiene todo lo que veía la conexión: su último sello, con la misma huella)."""
    from .testigo import cabeza_de_cadena
    from .verificacion import huella_del_sello
    from .vigilancia import ruta_abierta

    ruta = ruta_abierta(db)
    vista = cabeza_de_cadena(db.conn)
    rescate = rescatar(db.conn, ruta)
    if not soltar(db.conn):
        return None, rescate
    nueva = abrir(ruta)
    if vista is None or huella_del_sello(nueva, vista[0]) == vista[1]:
        rescate.unlink(missing_ok=True)
        rescate = None
    return nueva, rescate
