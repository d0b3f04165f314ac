"""Migración 0056: el motivo por el que se admitió una moción fuera de plazo, en su propia columna (issue 64).

`mociones.motivo` es el motivo de la última decisión sobre la moción: admitir una moción recibida fuera de plazo
pide uno, pero aplazarla, derivarla o retirarla después lo reemplaza, y el motivo de haberla admitido igual se
perdía (y el acta no lo decía).

- `mociones.motivo_admision`: el motivo que se dio al admitirla fuera de plazo; NULL en las demás.
- Las que hoy están admitidas fuera de plazo (fuera_de_plazo = 1, estado 'admitida') lo copian de `motivo`: es el
  único estado en que `motivo` sigue siendo ese. En las que ya pasaron a otro estado el motivo de admitirlas ya se
  había perdido (la bitácora lo guarda en su cambio de estado).

La bitácora copia las columnas de la tabla: se rehacen sus triggers. La registra `esquema/__init__.py`, al final. Nunca se
modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ejecutar, rehacer_bitacora


def agregar_motivo_de_admision(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE mociones ADD COLUMN motivo_admision TEXT",
        "UPDATE mociones SET motivo_admision = motivo WHERE fuera_de_plazo = 1 AND estado = 'admitida'",
    ])
    rehacer_bitacora(db, "mociones")


MIGRACION_MOTIVO_DE_ADMISION = ("0056_motivo_de_admision", agregar_motivo_de_admision)
