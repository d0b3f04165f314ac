"""Migración 0037: el sello de tiempo RFC 3161 de la cabeza de la bitácora (issue 58, punto 2).

- `servidor_sello_de_tiempo`: el servidor de sello de tiempo (TSA) de esta base, una fila o ninguna (apagado, lo de
  siempre). La cadena de la bitácora es de la base, no de una asociación: el servidor también. `url` la dirección
  (solo a ella se conecta el programa); `certificado` el certificado en que descansa la confianza (DER): el de la
  TSA, fijado al primer sello que se guarda («primer_uso»), o el que dio quien lo configuró, de la TSA o de su
  autoridad («dado»). La bitácora anota su huella (`certificado_sha256`), no el certificado.
- `sellos_de_tiempo`: cada sello de tiempo obtenido, entero (`token`: la respuesta TimeStampResp en DER, lo que
  `openssl ts` llama .tsr), con el sello de la bitácora y la huella que certifica, la hora que dice la TSA, el
  certificado que lo firmó y el SHA-256 del token. Nunca se cambia ni se borra. La bitácora anota todo salvo el
  token (BLOB), que queda representado por su SHA-256.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ...dominio.sello_de_tiempo import ORIGENES_DEL_CERTIFICADO
from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar

_SOLO_AGREGAR = "Un sello de tiempo guardado no se cambia ni se borra: es la prueba de lo que había en esa hora."
_HUELLA = "length({0}) = 64"


def _lista(valores: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in valores)


def crear_sellos_de_tiempo(db: BaseDeDatos) -> None:
    ejecutar(db, [
        f"""CREATE TABLE servidor_sello_de_tiempo (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            url TEXT NOT NULL CHECK (substr(url, 1, 7) = 'http://' OR substr(url, 1, 8) = 'https://'),
            certificado BLOB,
            certificado_sha256 TEXT CHECK (certificado_sha256 IS NULL OR ({_HUELLA.format('certificado_sha256')})),
            origen_certificado TEXT CHECK (origen_certificado IN ({_lista(ORIGENES_DEL_CERTIFICADO)})),
            CHECK ((certificado IS NULL) = (certificado_sha256 IS NULL)
                   AND (certificado IS NULL) = (origen_certificado IS NULL))
        )""",
        f"""CREATE TABLE sellos_de_tiempo (
            id INTEGER PRIMARY KEY,
            sello_id INTEGER NOT NULL CHECK (sello_id >= 1),
            huella TEXT NOT NULL CHECK ({_HUELLA.format('huella')}),
            servidor TEXT NOT NULL,
            momento TEXT NOT NULL,
            tsa TEXT NOT NULL,
            certificado_sha256 TEXT NOT NULL CHECK ({_HUELLA.format('certificado_sha256')}),
            token_sha256 TEXT NOT NULL CHECK ({_HUELLA.format('token_sha256')}),
            token BLOB NOT NULL,
            pedido_en TEXT NOT NULL
        )""",
        "CREATE INDEX sellos_de_tiempo_sello ON sellos_de_tiempo(sello_id)",
        *[f"""CREATE TRIGGER sellos_de_tiempo_solo_agregar_{accion.lower()} BEFORE {accion} ON sellos_de_tiempo
              BEGIN SELECT RAISE(ABORT, '{_SOLO_AGREGAR}'); END""" for accion in ("UPDATE", "DELETE")],
    ])
    for tabla in TABLAS_CON_BITACORA_0037:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


MIGRACION_SELLO_DE_TIEMPO = ("0037_sello_de_tiempo", crear_sellos_de_tiempo)
TABLAS_CON_BITACORA_0037 = ("servidor_sello_de_tiempo", "sellos_de_tiempo")
