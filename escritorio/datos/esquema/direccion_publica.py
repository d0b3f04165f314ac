"""Migración 0025: la dirección pública de verificación de la asociación (issue 43, punto 3).

`asociaciones.direccion_publica`: la dirección base del sitio de la asociación (https://mercociudades.org/escritorio),
limpia como la deja `dominio.direccion_publica.leer_direccion_publica` (sin barra final); NULL, sin dirección (lo de
siempre). Los documentos impresos después de fijarla llevan en su QR la página de verificación de cada uno. Se
cambia como cualquier dato de la asociación (`servicios.asociaciones.editar_asociacion`): la bitácora la anota, así
que se rehacen los triggers de bitácora de la tabla. El CHECK solo asegura que sea una dirección web: las demás
reglas (largo, dominio, sin «?» ni «#») son del dominio.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ejecutar, rehacer_bitacora


def agregar_direccion_publica(db: BaseDeDatos) -> None:
    ejecutar(db, ["ALTER TABLE asociaciones ADD COLUMN direccion_publica TEXT "
                  "CHECK (direccion_publica IS NULL OR substr(direccion_publica, 1, 7) = 'http://' "
                  "OR substr(direccion_publica, 1, 8) = 'https://')"])
    rehacer_bitacora(db, "asociaciones")


MIGRACION_DIRECCION_PUBLICA = ("0025_direccion_publica", agregar_direccion_publica)
