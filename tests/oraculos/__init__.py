"""Oráculos de prueba: reglas del programa escritas otra vez, en Python simple, para leerlas y comparar.

El programa NO usa nada de aquí. Cada regla tiene una sola implementación, en `escritorio/` (la cuota y la
morosidad, en SQL: `escritorio/datos/regla_de_la_cuota.py` y `escritorio/datos/morosidad.py`); el oráculo la dice de
otra manera, y una prueba compara las dos en casos reales y al azar (tests/servicios/test_una_regla_de_cuota.py,
tests/servicios/test_morosidad_sql.py). Si no coinciden, una de las dos está mal: se averigua cuál, no se copia una
en la otra.
"""
