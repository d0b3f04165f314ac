"""Migración 0059: lo que piden las redes con otra forma de estatuto (issue 66).

- `reglas_composicion.tipo` admite 'tipo_de_miembro': un órgano que integran solo los miembros de uno o más tipos
  (el comité de municipios de un foro, el de gobiernos regionales), derivado del padrón o solo como límite de quién
  puede ser designado o elegido. Los cupos por categoría como máximo o mínimo no piden columna: van en los
  parámetros de la regla `por_categoria` (JSON).
- `organos.creado_el` / `organos.creado_por`: el día en que el estatuto o una resolución creó el órgano y qué lo
  creó («Estatuto, art. 21», «Resolución 4/2027»); `organos.disuelto_el` / `organos.disuelto_por`: el día en que
  dejó de existir y por qué. NULL en los que ya existen: se tratan como existentes desde siempre y vigentes, como
  hasta ahora (`creado_en` sigue siendo el día en que se cargó la fila, no el de su creación).

La bitácora copia las columnas de las tablas: se rehacen sus triggers. La registra `esquema/__init__.py`, al final. Nunca se
modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import FECHA_VALIDA as _FECHA, ampliar_lista, ejecutar, rehacer_bitacora

TIPOS_DE_REGLA_0059 = ("'tamano_fijo', 'por_categoria', 'troika', 'todos_los_activos', 'designacion', 'de_oficio', "
                       "'presidencia', 'tipo_de_miembro'")


def preparar_otras_redes(db: BaseDeDatos) -> None:
    ampliar_lista(db, "reglas_composicion", "tipo", TIPOS_DE_REGLA_0059)
    ejecutar(db, [
        f"ALTER TABLE organos ADD COLUMN creado_el TEXT {_FECHA.format(c='creado_el')}",
        "ALTER TABLE organos ADD COLUMN creado_por TEXT",
        f"ALTER TABLE organos ADD COLUMN disuelto_el TEXT {_FECHA.format(c='disuelto_el')}",
        "ALTER TABLE organos ADD COLUMN disuelto_por TEXT",
    ])
    for tabla in ("organos", "reglas_composicion"):
        rehacer_bitacora(db, tabla)


MIGRACION_OTRAS_REDES = ("0059_otras_redes", preparar_otras_redes)
