"""Migración 0060: la calidad de un miembro, pleno u observador, con la fecha desde la que rige (issue 80, §1).

Un miembro observador integra los órganos que se derivan del padrón sin voto: asiste, habla y firma declaraciones,
pero no vota ni cuenta para el quórum ni para las mayorías. Lo es por la categoría de su país (categorias_pais) o por
su propia admisión como observador; esta tabla guarda la suya, con su historia:

- `calidades_miembro` (miembro_id, calidad 'observador' | 'pleno', desde, motivo): desde esa fecha el miembro es
  observador, o vuelve a ser pleno aunque su país sea observador. Sin ninguna fila, manda la categoría del país.

La bitácora anota cada fila (como la de los estados del miembro). La registra `esquema/__init__.py`, al final. Nunca
se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar


def crear_calidades_miembro(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE calidades_miembro (
            id INTEGER PRIMARY KEY,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
            calidad TEXT NOT NULL CHECK (calidad IN ('observador', 'pleno')),
            desde TEXT NOT NULL CHECK (date(desde) IS desde),
            motivo TEXT NOT NULL CHECK (length(trim(motivo)) > 0),
            registrado_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        "CREATE INDEX calidades_miembro_miembro ON calidades_miembro(miembro_id, desde, id)",
    ])
    for tabla in TABLAS_CON_BITACORA_0060:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


TABLAS_CON_BITACORA_0060 = ("calidades_miembro",)


MIGRACION_OBSERVADORES = ("0060_observadores", crear_calidades_miembro)
