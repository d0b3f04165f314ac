"""Las estadísticas con que SQLite elige el índice de cada consulta, al día sin que nadie las pida.

Las consultas calientes no dependen de ellas: cada una tiene un índice que la resuelve entera (esquema/planes.py,
migración 0050) y que gana con estadísticas, sin ellas o con unas viejas. Lo que sí las necesita es el tamaño de
cada tabla: una estadística tomada cuando la tabla tenía una fila (el primer pago) le dice al planificador que
recorrerla entera es más barato que buscar por su índice, y con un millón de filas eso es un desastre. Por eso el
programa no deja que queden viejas:

- cada conexión que escribió, al cerrarse (`al_cerrar`), y después de una transacción que escribió muchas filas (una
  importación, una emisión, un lote de pagos: `despues_de_muchos_cambios`; la ventana tiene la base abierta horas),
  vuelve a calcular las de cada tabla que creció al cuádruple desde que se calcularon, o que no tiene y ya pasó de
  `FILAS_MINIMAS` (`desactualizadas`: el tamaño de hoy es `max(rowid)`, que se lee del índice en microsegundos);
- una tabla chica sin estadísticas se deja así: el planificador la supone grande y usa sus índices.

No usa `PRAGMA optimize`: el de la versión de SQLite que trae Python (3.40) solo mira las tablas cuyas estadísticas
consultó el planificador en esa conexión, y un plan que recorre la tabla no las consulta: la de los pagos, calculada
con el primer pago, seguía diciendo «una fila» con 35 pagos registrados uno por uno (issue 63).

Siempre con `analysis_limit` (unos cientos de filas por índice: pocos milisegundos aun con cien mil miembros); con él
la cuenta de filas guardada es una estimación (con un millón de cuotas, entre 2,3 y 2,6 veces menos): por eso
`CRECIMIENTO` es 4 y no 2, para no recalcular en cada escritura. Nunca espera a otro escritor: si la base está
tomada, lo deja para la próxima (las estadísticas no son datos: no cambian ningún resultado, solo la velocidad).
"""

import sqlite3
from collections.abc import Iterable

LIMITE_DE_FILAS = 400
# Una transacción que cambió más filas que esto (contando la bitácora) las pone al día enseguida.
MUCHOS_CAMBIOS = 500  # como en el servidor (postgres/transaccion.py)
# Una tabla sin estadísticas y con menos filas queda sin ellas (el planificador la supone grande: usa sus índices).
FILAS_MINIMAS = 50
# Se vuelven a calcular cuando la tabla tiene cuatro veces las filas que tenía al calcularlas: con `analysis_limit`
# la cuenta guardada es una estimación (con 100.000 miembros, hasta 2,6 veces menos que la real), y con el doble una
# tabla se recalcularía en cada escritura.
CRECIMIENTO = 4


def desactualizadas(conn: sqlite3.Connection) -> list[str]:
    """Las tablas cuyas estadísticas faltan (y ya tienen FILAS_MINIMAS) o son de cuando tenían la cuarta parte de sus
    filas."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        # El primer número de cada fila es el de filas de la tabla (con analysis_limit, una estimación).
        calculadas = dict(conn.execute("SELECT tbl, max(CAST(stat AS INTEGER)) FROM sqlite_stat1 GROUP BY tbl"))
    else:
        calculadas = {}
    tablas = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    viejas = []
    for tabla in tablas:
        try:
            filas = conn.execute(f'SELECT max(rowid) FROM "{tabla}"').fetchone()[0] or 0
        except sqlite3.OperationalError:   # sin rowid: no hay ninguna en el esquema del programa
            continue
        antes = calculadas.get(tabla)
        if filas >= max(FILAS_MINIMAS, CRECIMIENTO * (antes or 0)):
            viejas.append(tabla)
    return viejas


def analizar(conn: sqlite3.Connection, tablas: Iterable[str]) -> None:
    """ANALYZE de esas tablas con `analysis_limit`, en una transacción (la abre si no hay una)."""
    tablas = list(tablas)
    if not tablas:
        return
    conn.execute(f"PRAGMA analysis_limit = {LIMITE_DE_FILAS}")
    propia = not conn.in_transaction
    if propia:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for tabla in tablas:
            conn.execute(f'ANALYZE "{tabla}"')
    except BaseException:
        if propia and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if propia:
        conn.execute("COMMIT")


def optimizar(conn: sqlite3.Connection) -> bool:
    """Las estadísticas viejas o que faltan, calculadas de nuevo, sin esperar a otro escritor. True si corrió
    (aunque no haya tenido nada que hacer)."""
    try:
        espera = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            analizar(conn, desactualizadas(conn))
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(espera)}")
    except sqlite3.Error:
        return False
    return True


def al_cerrar(conn: sqlite3.Connection, solo_lectura: bool) -> None:
    """Antes de cerrar una conexión: si escribió algo, las estadísticas que quedaron viejas (no escribe si no hace
    falta)."""
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
