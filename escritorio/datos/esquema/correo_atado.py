"""Migración 0036: la clave del correo atada a su servidor, y el ancla de la bitácora en cada mensaje (issue 58).

- `cuentas_correo.clave_sin_cifrar`: la secretaría confirmó, en el programa, que la clave de esta cuenta puede viajar
  sin cifrar (seguridad «ninguna», solo en la red de la oficina). 0 por omisión: sin esa confirmación el programa no
  manda la clave por una conexión sin cifrar.
- `cuentas_correo.atadura`: la huella de la cuenta tal como se guardó en el programa (servidor, puerto, seguridad,
  usuario, certificado propio aceptado y la confirmación anterior), sellada con una clave derivada de la clave de la
  cuenta (scrypt y HMAC-SHA256, `servicios.cuenta_de_correo`). Quien cambia la fila con sqlite3 no tiene la clave:
  no puede rehacerla, y el programa no se conecta con la clave a un servidor que no es el guardado.
- `mensajes.ancla`: la cabeza de la cadena de la bitácora («sello huella») que salió con el mensaje, en su
  encabezado X-Escritorio-Ancla y al pie del texto.

Las cuentas guardadas antes quedan sin atadura: con usuario, no se conectan hasta que se guarden de nuevo con su
clave (la guía lo explica). La registra `esquema/__init__.py`, al final.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ejecutar, rehacer_bitacora


def atar_el_correo(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE cuentas_correo ADD COLUMN clave_sin_cifrar INTEGER NOT NULL DEFAULT 0 "
        "CHECK (clave_sin_cifrar IN (0, 1))",
        "ALTER TABLE cuentas_correo ADD COLUMN atadura TEXT",
        "ALTER TABLE mensajes ADD COLUMN ancla TEXT",
    ])
    rehacer_bitacora(db, "cuentas_correo")
    rehacer_bitacora(db, "mensajes")


MIGRACION_CORREO_ATADO = ("0036_correo_atado", atar_el_correo)
