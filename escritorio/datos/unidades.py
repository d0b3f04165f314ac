"""Escrituras del plan de trabajo de las unidades temáticas (las unidades son órganos: se leen con datos.organos)."""

from .base_de_datos import BaseDeDatos

from .organos import INSERTAR_ACTIVIDAD


def insertar_actividad(db: BaseDeDatos, unidad_id: int, titulo: str, desde: str | None, hasta: str | None, estado: str,
                       responsable_id: int | None, resultado: str | None) -> int:
    """Agrega una actividad al plan de trabajo de la unidad; devuelve su id."""
    return db.insertar(INSERTAR_ACTIVIDAD, [unidad_id, titulo, desde, hasta, estado, responsable_id,
                                           resultado])
