"""Migración 0042: boletas de varios nombres en las elecciones (issue 59, punto 3).

- `elecciones.boleta`: cómo se marca cada boleta: «una» (un voto por votante, la de siempre y la de toda elección
  anterior) o «marcas» (cada boleta marca de `marcas_min` a `marcas_max` candidaturas; dominio.boletas).
- `elecciones.boletas`: con marcas, cuántas boletas se emitieron (lo escribe el cierre); `elecciones.no_a_todas`:
  las que dijeron «No a todas». Las en blanco, nulas y de abstención van en las columnas de siempre; las marcas de
  cada candidatura, en `candidaturas.votos`.

Los triggers que congelan una elección con el acta aprobada se rehacen con las columnas nuevas (como hizo la 0019),
y los de bitácora también. La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los
cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from .plurinominal import SESION_DEL_PUNTO, congelado_update
from ..migraciones import ejecutar, rehacer_bitacora


def _boletas(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE elecciones ADD COLUMN boleta TEXT NOT NULL DEFAULT 'una' CHECK (boleta IN ('una', 'marcas'))",
        "ALTER TABLE elecciones ADD COLUMN marcas_min INTEGER CHECK (marcas_min IS NULL OR marcas_min >= 1)",
        "ALTER TABLE elecciones ADD COLUMN marcas_max INTEGER "
        "CHECK (marcas_max IS NULL OR (marcas_max >= 1 AND marcas_max >= coalesce(marcas_min, 1)))",
        "ALTER TABLE elecciones ADD COLUMN boletas INTEGER CHECK (boletas IS NULL OR boletas >= 0)",
        "ALTER TABLE elecciones ADD COLUMN no_a_todas INTEGER CHECK (no_a_todas IS NULL OR no_a_todas >= 0)",
    ])
    ejecutar(db, congelado_update(db, "elecciones", SESION_DEL_PUNTO, "punto_id"))
    rehacer_bitacora(db, "elecciones")


MIGRACION_BOLETAS = ("0042_boletas_de_varios_nombres", _boletas)
