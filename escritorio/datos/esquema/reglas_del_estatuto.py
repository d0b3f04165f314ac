"""Migración 0041: por qué cambió una regla de sesión, y la reforma que la cambió (issue 59, punto 1).

- `reglas_quorum.motivo`: el motivo con que se endureció desde la configuración una regla que cita un artículo
  (Órganos › Reglas de sesión…, «escritorio organos reglas … --motivo»). Una regla con artículo no se rebaja desde
  la configuración; endurecerla pide un motivo, que queda con la versión.
- `reglas_quorum.reforma_id`: la reforma del estatuto (o del reglamento) que fijó esta versión de la regla
  («escritorio estatutos reformar … --regla poderes=3»): rige desde la fecha de la reforma, y la reforma nombra la
  resolución que la adoptó.

Las filas de antes quedan sin motivo ni reforma. La registra `esquema/__init__.py`, al final.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ejecutar, rehacer_bitacora


def motivo_y_reforma_de_las_reglas(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE reglas_quorum ADD COLUMN motivo TEXT",
        "ALTER TABLE reglas_quorum ADD COLUMN reforma_id INTEGER REFERENCES reformas(id)",
    ])
    rehacer_bitacora(db, "reglas_quorum")


MIGRACION_REGLAS_DEL_ESTATUTO = ("0041_reglas_del_estatuto", motivo_y_reforma_de_las_reglas)
