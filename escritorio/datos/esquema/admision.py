"""Migración 0044: cuándo rige una admisión, cuándo vence la primera cuota y qué año paga quien es excluido
(issue 59, punto 5).

Tres reglas de la asociación, cada una con el artículo que la dice (el estatuto o el reglamento de cuotas):

- `admision_dias`, `articulo_admision`: la resolución que admite a una ciudad la hace miembro ese número de días
  después de la sesión (0: el mismo día; 1, lo de siempre: el día siguiente).
- `gracia_primera_cuota`, `articulo_gracia`: la primera cuota de quien ingresa durante el año vence esos días después
  de su ingreso (nunca antes del vencimiento de la emisión). NULL, lo de siempre de la emisión: los mismos días que
  la emisión da a todos desde el 1 de enero hasta su vencimiento.
- `cuota_exclusion`, `articulo_exclusion`: el año de quien es excluido: como el de una baja (la regla de la escala,
  lo de siempre), la cuota completa, o hasta el mes de la exclusión.

`efectos_resolucion.nota`: lo que el efecto hizo además y la resolución dice (la cuota del año del excluido).

La bitácora copia las columnas de las dos tablas: se rehacen sus triggers. La registra `esquema/__init__.py`, al final.
Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ejecutar, rehacer_bitacora


def agregar_reglas_de_admision(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE asociaciones ADD COLUMN admision_dias INTEGER NOT NULL DEFAULT 1 "
        "CHECK (admision_dias BETWEEN 0 AND 365)",
        "ALTER TABLE asociaciones ADD COLUMN articulo_admision TEXT",
        "ALTER TABLE asociaciones ADD COLUMN gracia_primera_cuota INTEGER "
        "CHECK (gracia_primera_cuota IS NULL OR gracia_primera_cuota BETWEEN 1 AND 365)",
        "ALTER TABLE asociaciones ADD COLUMN articulo_gracia TEXT",
        "ALTER TABLE asociaciones ADD COLUMN cuota_exclusion TEXT NOT NULL DEFAULT 'como_la_baja' "
        "CHECK (cuota_exclusion IN ('como_la_baja', 'completo', 'hasta_el_mes'))",
        "ALTER TABLE asociaciones ADD COLUMN articulo_exclusion TEXT",
        "ALTER TABLE efectos_resolucion ADD COLUMN nota TEXT",
    ])
    rehacer_bitacora(db, "asociaciones")
    rehacer_bitacora(db, "efectos_resolucion")


MIGRACION_ADMISION = ("0044_admision_primera_cuota_y_exclusion", agregar_reglas_de_admision)
