"""Tramos de población de referencia para agrupar miembros en tableros e informes.

Son los del Reglamento de cuotas de Mercociudades de 2002 (semilla 001:908, 919-920). Las
escalas de cuotas propias de cada asociación, con su vigencia, son otra cosa y viven como datos.
"""

from bisect import bisect_right

TRAMOS_REFERENCIA = (
    (0, "Menos de 100.000"),
    (100_000, "100.000 a 499.999"),
    (500_000, "500.000 a 2.999.999"),
    (3_000_000, "3.000.000 o más"),
)
_LIMITES = [desde for desde, _ in TRAMOS_REFERENCIA]


def tramo_de(poblacion: int) -> str:
    return TRAMOS_REFERENCIA[bisect_right(_LIMITES, max(poblacion, 0)) - 1][1]
