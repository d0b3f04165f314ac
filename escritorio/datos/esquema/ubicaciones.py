"""Migración 0026: dónde está cada miembro, para el mapa de la red (issue 45, punto 4).

`ubicaciones_miembro`: una fila por miembro ubicado (su `id` propio, como toda tabla que se puede deshacer) (latitud y longitud en grados decimales, WGS 84) y de dónde sale
(«GeoNames (geonames.org)» si la propuso el nomenclátor, lo que escribió la secretaría, «Importación»…). Un miembro
sin fila no está en el mapa (y el mapa lo dice). Se borra con su miembro. Es una tabla aparte, no columnas de
`miembros`, para no rehacer la ficha ni su bitácora: la ubicación es un dato del mapa, no de la identidad del
miembro. Los CHECK aseguran el rango; lo demás (cómo se escribe una coordenada) es del dominio.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar


def crear_ubicaciones(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE ubicaciones_miembro (
            id INTEGER PRIMARY KEY,
            miembro_id INTEGER NOT NULL UNIQUE REFERENCES miembros(id) ON DELETE CASCADE,
            latitud REAL NOT NULL CHECK (latitud BETWEEN -90 AND 90),
            longitud REAL NOT NULL CHECK (longitud BETWEEN -180 AND 180),
            fuente TEXT
        )""",
    ])
    ejecutar(db, disparadores_de_bitacora(db, "ubicaciones_miembro"))


MIGRACION_UBICACIONES = ("0026_ubicaciones", crear_ubicaciones)
TABLAS_CON_BITACORA_0026 = ("ubicaciones_miembro",)
