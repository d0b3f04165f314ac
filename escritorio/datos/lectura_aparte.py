"""Una conexión aparte, solo para leer, al mismo archivo que la base abierta: para leer en otro hilo (la agenda de
Inicio, con miles de miembros y años de cuotas) sin tocar la conexión de la ventana, que puede estar guardando
mientras tanto (dos hilos en una misma conexión compartirían su transacción).

Es una conexión de SQLite (`mode=ro`): no escribe, no crea ni borra el diario, y lee lo último confirmado. SQLite
coordina las conexiones de un mismo proceso a un mismo archivo (lleva la cuenta de los cerrojos por archivo y no
cierra un descriptor mientras otra conexión los tiene); lo que rompe los cerrojos es abrir el archivo por fuera de
SQLite («How To Corrupt Your Database Files», §2.2), y eso no se hace. En el servidor o en una base en memoria no
hay un archivo que abrir: `None`, y quien pide lee con su conexión.
"""

import sqlite3
from pathlib import Path

from .base_de_datos import BaseDeDatos
from .conexion import ESPERA_MS
from .dialecto import es_servidor


def abrir_para_leer(db: BaseDeDatos, *, modo: str = "ro") -> BaseDeDatos | None:
    """Otra conexión, de solo lectura, al archivo de `db` (no la toca: sirve desde otro hilo); None si `db` no es un
    archivo o no se deja abrir así. Quien la pide la cierra (`close`). `modo` «rw» solo para el `quick_check` de la verificación: en una
    conexión de solo lectura SQLite no carga los CHECK y no los comprueba (por la que abre, eso es lo buscado); esa
    conexión igual no escribe nada."""
    ruta = None if es_servidor(db) else db.estado.ruta
    if ruta is None or not Path(ruta).is_file():
        return None
    try:
        conexion = sqlite3.connect(Path(ruta).resolve().as_uri() + f"?mode={modo}", uri=True,
                                   timeout=ESPERA_MS / 1000, check_same_thread=False)
    except sqlite3.Error:
        return None   # un archivo que no se deja abrir así (de solo lectura, con «rw»): se lee con la conexión de `db`
    return BaseDeDatos(conexion)


def foto_para_leer(db: BaseDeDatos) -> BaseDeDatos | None:
    """Como `abrir_para_leer`, con una transacción de lectura ya abierta: lo que se lea por ella, aunque sea de a
    tramos, es de la misma foto de la base (el padrón por partes), mientras `db` sigue escribiendo. `close()` la
    termina."""
    aparte = abrir_para_leer(db)
    if aparte is None:
        return None
    aparte.execute("BEGIN")
    aparte.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()   # la foto se toma con la primera lectura
    return aparte
