"""Las estadísticas con que SQLite elige el índice de cada consulta, al día sin que nadie las pida.

SQLite no las calcula solo: sin ellas, entre dos índices posibles elige a ciegas (el de la asociación en lugar del
del miembro, y un pago con 100.000 miembros tardaba medio segundo). Lo que recomienda la documentación de SQLite
(«PRAGMA optimize»), y hace el programa:

- la migración 0034 las calcula una vez en cada base (esquema_estadisticas.py);
- cada conexión que escribió corre `PRAGMA optimize` al cerrarse (`al_cerrar`): vuelve a calcular las de las tablas
  que usó y que cambiaron mucho (25 veces más filas) o que no tienen; si no hace falta, no escribe nada;
- después de una transacción que escribió muchas filas (una importación, una emisión, un lote de pagos), lo mismo
  enseguida (`despues_de_muchos_cambios`): la ventana, que tiene la base abierta horas, no sigue planeando con las
  de antes.

Siempre con `analysis_limit`: unos cientos de filas por índice, como el `PRAGMA optimize` de las versiones nuevas
de SQLite (que lo pone solo desde la 3.46; la de Python puede ser anterior). Nunca espera a otro escritor: si la base
está tomada, lo deja para la próxima (las estadísticas no son datos: no cambian ningún resultado, solo la
velocidad).
"""

import sqlite3

LIMITE_DE_FILAS = 400
# Una transacción que cambió más filas que esto (contando la bitácora) las pone al día enseguida.
MUCHOS_CAMBIOS = 500  # como en el servidor (postgres/transaccion.py)


def optimizar(conn: sqlite3.Connection) -> bool:
    """`PRAGMA optimize` sin esperar a otro escritor. True si corrió (aunque no haya tenido nada que hacer)."""
    try:
        espera = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute(f"PRAGMA analysis_limit = {LIMITE_DE_FILAS}")
            conn.execute("PRAGMA optimize")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(espera)}")
    except sqlite3.Error:
        return False
    return True


def al_cerrar(conn: sqlite3.Connection, solo_lectura: bool) -> None:
    """Antes de cerrar una conexión: si escribió algo, `PRAGMA optimize` (no escribe si no hace falta)."""
    try:
        escribio = not solo_lectura and conn.total_changes and not conn.in_transaction
    except sqlite3.ProgrammingError:   # ya estaba cerrada
        return
    if escribio:
        optimizar(conn)


def despues_de_muchos_cambios(conn: sqlite3.Connection, cambios: int) -> None:
    """Después de confirmar una transacción que cambió `cambios` filas."""
    if cambios > MUCHOS_CAMBIOS and not conn.in_transaction:
        optimizar(conn)
