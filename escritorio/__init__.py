"""Escritorio: la secretaría de una asociación de municipios, en un programa de escritorio."""

__version__ = "0.1.0"
NOMBRE_APLICACION = "Escritorio"
