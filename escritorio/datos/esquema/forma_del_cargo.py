"""Migración 0049: la forma con que se nombra a quien ejerce un cargo (issue 61, §4).

Los estatutos nombran los cargos en las dos formas («el/la Presidente/a», «Secretario/a Ejecutivo/a»); el programa
los ofrecía solo en masculino. El cargo sigue siendo el mismo cargo estatutario (el mismo valor de `cargo`: quién
puede ocuparlo, los cupos y la rotación no cambian); lo que se guarda aparte es la forma con que se nombra a quien
lo ejerce: «Presidente» o «Presidenta», «Secretario Ejecutivo» o «Secretaria Ejecutiva».

- `mandatos.forma`: 'masculina' o 'femenina'. Los mandatos que ya había quedan en 'masculina', como se nombraban.
- `candidaturas.forma`: la misma elección para quien se postula; el mandato que la elección registra la hereda.

Los rótulos de cada forma están en dominio.organos (CARGOS, CARGOS_EN_FEMENINO). La bitácora copia las columnas de
las dos tablas: se rehacen sus triggers. La registra `esquema/__init__.py`, al final. Nunca se modifica una migración
publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ejecutar, rehacer_bitacora

# Los valores que admite la base (dominio.organos.FORMAS los repite).
_FORMAS_SQL = "'masculina', 'femenina'"


def agregar_forma(db: BaseDeDatos) -> None:
    ejecutar(db, [
        f"ALTER TABLE mandatos ADD COLUMN forma TEXT NOT NULL DEFAULT 'masculina' CHECK (forma IN ({_FORMAS_SQL}))",
        f"ALTER TABLE candidaturas ADD COLUMN forma TEXT NOT NULL DEFAULT 'masculina' "
        f"CHECK (forma IN ({_FORMAS_SQL}))",
    ])
    rehacer_bitacora(db, "mandatos")
    rehacer_bitacora(db, "candidaturas")


MIGRACION_FORMA_DEL_CARGO = ("0049_forma_del_cargo", agregar_forma)
