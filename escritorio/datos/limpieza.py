"""Reescribir el archivo de la base para que lo borrado no quede en él (issue 65).

SQLite no borra los bytes de una fila que se borra o cambia: la página queda con espacio libre que todavía los tiene
(hasta que otra escritura lo ocupe), y el diario WAL guarda las páginas viejas hasta el próximo punto de control.
Después de suprimir los datos de una persona, `limpiar_el_archivo` reescribe el archivo entero (VACUUM: solo lo que
la base tiene hoy, sin espacio libre) y vacía el diario (wal_checkpoint TRUNCATE). Necesita que nadie más tenga la
base abierta para escribir ni una lectura en curso: si no se puede, lo dice (la supresión ya está hecha y vale; lo
que falta es borrar los restos del archivo, que se hace la próxima vez que se pida o al cerrar). En el servidor,
quien lo administra corre VACUUM FULL (docs/garantias.md).
"""

import sqlite3

from .base_de_datos import BaseDeDatos


def limpiar_el_archivo(db: BaseDeDatos) -> bool:
    """VACUUM y el diario vacío; True si se pudo. Si no se pudo, queda pendiente (`estado.limpieza_pendiente`): se
    vuelve a intentar al cerrar la base (apertura.cerrar). En el servidor, False: lo hace quien lo
    administra."""
    if db.dialecto == "postgresql" or db.en_transaccion:
        return False
    conn = db.conn
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        ocupado, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        db.estado.limpieza_pendiente = bool(ocupado)
        return not ocupado
    except sqlite3.OperationalError:   # otra conexión lee o escribe: la base está en uso
        db.estado.limpieza_pendiente = True
        return False
    finally:
        try:
            conn.execute("PRAGMA secure_delete = OFF")
        except sqlite3.Error:
            pass


class BorradoSeguro:
    """`with BorradoSeguro(db): …`: lo que se borra o cambia adentro se sobreescribe con ceros en el archivo
    (PRAGMA secure_delete), aunque después no se pueda reescribir el archivo entero."""

    def __init__(self, db: BaseDeDatos):
        self._db = db

    def __enter__(self):
        if self._db.dialecto != "postgresql":
            self._db.conn.execute("PRAGMA secure_delete = ON")
        return self

    def __exit__(self, *_):
        if self._db.dialecto != "postgresql":
            try:
                self._db.conn.execute("PRAGMA secure_delete = OFF")
            except sqlite3.Error:
                pass
        return False
