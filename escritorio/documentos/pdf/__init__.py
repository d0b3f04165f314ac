"""Documentos PDF dibujados con reportlab: piezas comunes (`base`) y cada documento."""
