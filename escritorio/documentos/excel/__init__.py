"""Lectura y escritura de hojas de cálculo (.xlsx con openpyxl, .csv con la biblioteca estándar)."""
