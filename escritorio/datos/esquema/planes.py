"""Migración 0050: un índice para cada consulta caliente, que la sirve sin importar las estadísticas (issue 63, §1).

Con dos índices posibles, SQLite elige por las estadísticas (`sqlite_stat1`); si faltan o son de cuando la tabla era
chica, elige mal: el pago buscaba la moneda de las cuotas del miembro en `cargos_asociacion_anio` (todas las de la
asociación) y las ordenaba. Cada índice de aquí resuelve su consulta entera (las igualdades y el orden), de modo que
gana con estadísticas, sin ellas o con unas viejas:

- `cargos_miembro_vencimiento` (asociacion_id, miembro_id, vencimiento): las cuotas de un miembro en el orden en que
  se imputan (el pago, su previsión, la moneda de sus últimos cargos, el estado de cuenta);
- `imputaciones_cargo_pago` (cargo_id, pago_id, importe): lo pagado de cada cuota sin leer la tabla (el pago, la
  morosidad, el estado de cuenta); reemplaza a `imputaciones_cargo`, que es su prefijo;
- `imputaciones_pago_cargo` (pago_id, cargo_id, importe): las cuotas de un pago, ya en orden y sin leer la tabla (el
  recibo, la anulación); reemplaza a `imputaciones_pago`, que es su prefijo (con él, un `SELECT DISTINCT cargo_id`
  prefería recorrer entero el índice de las cuotas);
- `pagos_miembro_fecha` (miembro_id, fecha): los pagos de un miembro en orden de fecha (el estado de cuenta, los
  pagos de la ficha); reemplaza a `pagos_miembro`, que es su prefijo;
- `recibos_numero` (asociacion_id, numero, anio): un recibo por su número, de cualquier año (la búsqueda).

Después calcula las estadísticas de esas tablas y las de cualquier otra que las tenga viejas (con `analysis_limit`,
milisegundos): un índice nuevo sin ellas junto a otros con ellas se compararía con números inventados. En el
servidor los mismos índices salen de este esquema (postgres/esquema.py los traduce). La registra `esquema/__init__.py`, al
final. Nunca se modifica una migración publicada.
"""

from ..base_de_datos import BaseDeDatos
from ..estadisticas import analizar, desactualizadas
from ..migraciones import ejecutar

TABLAS = ("cargos", "imputaciones", "pagos", "recibos")


def crear_indices(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "CREATE INDEX cargos_miembro_vencimiento ON cargos(asociacion_id, miembro_id, vencimiento)",
        "CREATE INDEX imputaciones_cargo_pago ON imputaciones(cargo_id, pago_id, importe)",
        "DROP INDEX imputaciones_cargo",
        "CREATE INDEX imputaciones_pago_cargo ON imputaciones(pago_id, cargo_id, importe)",
        "DROP INDEX imputaciones_pago",
        "CREATE INDEX pagos_miembro_fecha ON pagos(miembro_id, fecha)",
        "DROP INDEX pagos_miembro",
        "CREATE INDEX recibos_numero ON recibos(asociacion_id, numero, anio)",
    ])
    analizar(db.conn, sorted(set(TABLAS) | set(desactualizadas(db.conn))))


MIGRACION_PLANES = ("0050_planes", crear_indices)
