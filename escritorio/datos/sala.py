"""Lo de la sala (migración 0055) que comparten las mociones, las enmiendas y los oradores: las reglas de la sala de
un órgano. Lo propio de cada cosa vive en su módulo (datos/mociones.py, …)."""

from .base_de_datos import BaseDeDatos


def reglas_de_la_sala(db: BaseDeDatos, organo_id: int) -> dict | None:
    """La fila de reglas de la sala del órgano, o None si el órgano no fijó ninguna."""
    return next(db.query("SELECT * FROM reglas_de_la_sala WHERE organo_id = ?", [organo_id]), None)
