"""Migración 0034: las estadísticas del planificador de SQLite (issue 48).

Sin estadísticas (`sqlite_stat1`), SQLite elige entre dos índices de una consulta a ciegas: las del pago, `WHERE
asociacion_id = ? AND miembro_id = ?` sobre los cargos, usaban `cargos_asociacion_anio` y leían todos los cargos de la
asociación (98 ms cada una con 100.000 miembros) en lugar de los diez del miembro por su índice (el de la restricción
UNIQUE (miembro_id, tipo_cargo, anio)). No falta ningún índice: faltaba decirle al planificador cuántas filas hay por
valor. La migración las calcula una vez (ANALYZE con `analysis_limit`: unos cientos de filas por índice, como lo hace
`PRAGMA optimize`, en milisegundos aun con 100.000 miembros); después las mantiene al día `PRAGMA optimize`, que
SQLite recomienda correr al cerrar cada conexión que escribió y después de escribir muchas filas
(`estadisticas.optimizar`).

No cambia ninguna tabla. En el servidor no hace nada: PostgreSQL tiene su ANALYZE automático (autovacuum) y el
programa lo pide además después de una transacción grande (`postgres/transaccion.py`).
"""

from ..base_de_datos import BaseDeDatos
from ..estadisticas import LIMITE_DE_FILAS


def calcular_estadisticas(db: BaseDeDatos) -> None:
    db.execute(f"PRAGMA analysis_limit = {LIMITE_DE_FILAS}")
    db.execute("ANALYZE")


MIGRACION_ESTADISTICAS = ("0034_estadisticas", calcular_estadisticas)
