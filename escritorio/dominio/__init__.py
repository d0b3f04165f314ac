"""Reglas puras del dominio: sin Qt, sin SQL, sin archivos."""
