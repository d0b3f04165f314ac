"""Migración 0061: el límite de mandatos seguidos como regla de composición (issue 80, §3).

Los estatutos dicen «no hay reelección inmediata» o «a lo sumo dos mandatos consecutivos»: `reglas_composicion.tipo`
admite 'limite_de_mandatos', con sus parámetros en JSON ({"seguidos": 1}: sin reelección inmediata). Quién puede
ocupar un cargo la pregunta antes de escribir (servicios.elegibles). La registra `esquema/__init__.py`, al final. Nunca
se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ampliar_lista
from .otras_redes import TIPOS_DE_REGLA_0059

TIPOS_DE_REGLA_0061 = TIPOS_DE_REGLA_0059 + ", 'limite_de_mandatos'"


def admitir_el_limite_de_mandatos(db: BaseDeDatos) -> None:
    ampliar_lista(db, "reglas_composicion", "tipo", TIPOS_DE_REGLA_0061)


MIGRACION_LIMITE_DE_MANDATOS = ("0061_limite_de_mandatos", admitir_el_limite_de_mandatos)
