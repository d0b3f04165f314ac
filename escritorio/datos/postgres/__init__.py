"""El lado PostgreSQL de `datos/`: el modo servidor (varias personas a la vez sobre una base compartida).

Este módulo no importa psycopg: la línea de órdenes pregunta `es_url_de_servidor` en cada orden."""

ESQUEMAS = ("postgresql://", "postgres://")


def es_url_de_servidor(texto: object) -> bool:
    """¿Es `texto` la dirección de una base en un servidor PostgreSQL (y no la ruta de un archivo)?"""
    return isinstance(texto, str) and texto.strip().lower().startswith(ESQUEMAS)
