"""El borrador de una importación: una base SQLite privada y temporal (sin nombre: SQLite la crea en la carpeta de
temporales y la borra sola al cerrarla) donde la importación deja, fila por fila, lo que necesita del archivo
entero sin tenerlo en la memoria:

- `claves`: de cada fila válida, lo que la identifica (su código o su país, región y nombre) y con qué clave deja
  a su miembro; al final, dos consultas encuentran las filas repetidas y las claves que chocan.
- `filas`: las filas ya validadas (la vista previa del asistente y «--simular»), para escribirlas después sin
  volver a leer el archivo.

SQLite guarda en su caché unas pocas páginas (CACHE_KIB) y el resto en el disco. Aquí también vive `fijar_espera`:
la importación pide el permiso de escritura sin esperar, y si otra conexión lo tiene, lee mientras tanto.
"""

import sqlite3
from collections.abc import Iterator

from .base_de_datos import BaseDeDatos

CACHE_KIB = 2048
# De cada fila válida: lo que la hace el mismo miembro que otra fila (`repeticion`: su código o su clave), y si es un
# alta (`orden` 1) o un cambio (0), la clave, el código y la región con que deja a su miembro (`miembro_id`, si ya
# estaba; `conserva`: el cambio no toca su clave) y si esa clave ya la tiene un miembro (`con_existente`).
_COLUMNAS_CLAVES = ("fila", "repeticion", "clave", "orden", "codigo", "nombre", "pais", "region", "codigo_final",
                    "region_final", "miembro_id", "conserva", "con_existente")
# Una fila validada (dominio.fila_importada.FilaMiembro), con las fechas en ISO.
COLUMNAS_FILA = ("fila", "nombre", "pais", "poblacion", "region", "codigo", "anio_poblacion", "fuente", "tipo",
                 "fecha_ingreso", "autoridad", "cargo", "correo", "telefono", "estado", "estado_desde",
                 "estado_motivo", "fundador", "modo_ingreso", "latitud", "longitud")
_TRAMO = 1000


class Borrador:
    """`anotar_claves` y `guardar_filas` reciben listas de tuplas (en el orden de _COLUMNAS_CLAVES y COLUMNAS_FILA);
    la conexión es del borrador solo (ni la base ni su permiso de escritura tienen que ver)."""

    def __init__(self):
        # check_same_thread=False: el asistente analiza en un hilo y escribe en otro (nunca a la vez).
        self._conn = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{CACHE_KIB}"):
            self._conn.execute(f"PRAGMA {pragma}")
        self._conn.execute(f"CREATE TABLE claves (fila INTEGER PRIMARY KEY, {', '.join(_COLUMNAS_CLAVES[1:])})")
        self._conn.execute(f"CREATE TABLE filas (fila INTEGER PRIMARY KEY, {', '.join(COLUMNAS_FILA[1:])})")
        self._conn.execute("BEGIN")  # una sola transacción del borrador: escribir fila por fila sería lento
        self._filas = 0

    def anotar_claves(self, claves: list[tuple]) -> None:
        self._conn.executemany(f"INSERT INTO claves VALUES ({', '.join('?' * len(_COLUMNAS_CLAVES))})", claves)

    def olvidar_claves(self) -> None:
        """Para decidir de nuevo (al escribir, contra la base de ese momento)."""
        self._conn.execute("DELETE FROM claves")

    def repetidos(self) -> list[tuple]:
        """(fila, código, nombre, país, región, primera fila con la misma `repeticion`) de cada fila que repite la
        de una fila anterior, en el orden del archivo."""
        return self._conn.execute(
            "SELECT fila, codigo, nombre, pais, region, primera FROM (SELECT fila, codigo, nombre, pais, region, "
            "min(fila) OVER (PARTITION BY repeticion) AS primera FROM claves) WHERE fila > primera "
            "ORDER BY fila").fetchall()

    def con_clave_compartida(self) -> Iterator[tuple]:
        """(clave, fila, orden, código, nombre, país, región, miembro_id, conserva), con el código y la región con
        que queda el miembro, de las altas y los cambios (`orden` 1 y 0) cuya clave comparten con otra fila o con un
        miembro que ya estaba (`con_existente`), ordenados por clave y, en cada clave, primero los cambios y después
        las altas, en el orden del archivo."""
        cursor = self._conn.execute(
            "SELECT clave, fila, orden, codigo_final, nombre, pais, region_final, miembro_id, conserva "
            "FROM (SELECT *, count(*) OVER (PARTITION BY clave) AS cuantas FROM claves WHERE orden IS NOT NULL) "
            "WHERE cuantas > 1 OR con_existente ORDER BY clave, orden, fila")
        while tramo := cursor.fetchmany(_TRAMO):
            yield from tramo

    def guardar_filas(self, filas: list[tuple]) -> None:
        self._conn.executemany(f"INSERT INTO filas VALUES ({', '.join('?' * len(COLUMNAS_FILA))})", filas)
        self._filas += len(filas)

    def cantidad_de_filas(self) -> int:
        return self._filas

    def filas(self) -> Iterator[tuple]:
        """Las filas guardadas, en el orden del archivo, de a tramos."""
        cursor = self._conn.execute(f"SELECT {', '.join(COLUMNAS_FILA)} FROM filas ORDER BY fila")
        while tramo := cursor.fetchmany(_TRAMO):
            yield from tramo

    def cerrar(self) -> None:
        """Cierra y borra el borrador (SQLite borra el archivo temporal)."""
        self._conn.close()


def fijar_espera(db: BaseDeDatos, milisegundos: int) -> int:
    """Cuánto espera la conexión a que otra suelte la base antes de dar «locked» (PRAGMA busy_timeout); devuelve la
    espera que tenía. Con 0, la importación pide el permiso de escritura sin esperar: si otra lo tiene, lee el archivo
    mientras tanto en lugar de quedarse quieta. En el servidor no hace falta: la espera la pone su cerrojo."""
    if db.dialecto == "postgresql":
        return 0
    anterior = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute(f"PRAGMA busy_timeout = {int(milisegundos)}")
    return anterior
