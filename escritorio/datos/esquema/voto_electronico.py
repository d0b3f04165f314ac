"""Migración 0076: el voto electrónico en la sala (issue 85).

- `mesas_de_voto`: una por sesión que entregó códigos, con la sal de las huellas de sus códigos; `cerrada` cuando la
  sesión terminó (sus códigos, anulados).
- `codigos_de_voto`: el código de cada delegación (miembro) para una sesión; solo su huella SHA-256 con la sal de la
  sesión, nunca el código. Reemitir uno anula el anterior; al terminar la sesión se anulan todos. Un solo código
  vigente por delegación y sesión.
- `urnas`: una por cosa votada (un punto, una moción, una enmienda o una elección —el punto de la elección—), secreta
  o nominal; la abre y la cierra la presidencia, a lo sumo una abierta por sesión. Al cerrarla guarda cuántas
  delegaciones votaron.
- `votos_nominales`: en una urna nominal, quién eligió qué, con la huella del comprobante; cambiar el voto reemplaza
  la fila.
- `participaciones` y `papeletas`, de las urnas secretas, sin nada que las ligue: quién ya votó (urna, código) y qué
  se votó (urna, huella del comprobante, contenido, peso). Sin id, sin horas y sin bitácora fila por fila (la hora de
  un registro ligaría la participación con su papeleta): la bitácora anota la apertura y el cierre de la urna con la
  cuenta de participantes. Al cerrar la urna se reescriben en el orden de su clave (servicios/voto_electronico).
  `votos_nominales` tampoco lleva bitácora fila por fila: el voto de cada miembro queda, al cerrar, en la votación
  (habilitados, con bitácora) como el de una nominal a mano.
"""

from ...dominio.voto_electronico import OBJETOS
from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar

TABLAS_CON_BITACORA_0076 = ("mesas_de_voto", "codigos_de_voto", "urnas")


def _voto_electronico(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE mesas_de_voto (
            sesion_id INTEGER PRIMARY KEY REFERENCES sesiones(id),
            sal TEXT NOT NULL CHECK (length(sal) = 32),
            cerrada INTEGER NOT NULL DEFAULT 0 CHECK (cerrada IN (0, 1))
        )""",
        """CREATE TABLE codigos_de_voto (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES mesas_de_voto(sesion_id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            huella TEXT NOT NULL UNIQUE CHECK (length(huella) = 64),
            anulado INTEGER NOT NULL DEFAULT 0 CHECK (anulado IN (0, 1))
        )""",
        "CREATE UNIQUE INDEX codigos_de_voto_vigente ON codigos_de_voto(sesion_id, miembro_id) WHERE anulado = 0",
        f"""CREATE TABLE urnas (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            objeto TEXT NOT NULL CHECK (objeto IN ({", ".join(f"'{o}'" for o in OBJETOS)})),
            objeto_id INTEGER NOT NULL,
            secreta INTEGER NOT NULL CHECK (secreta IN (0, 1)),
            abierta INTEGER NOT NULL DEFAULT 1 CHECK (abierta IN (0, 1)),
            participantes INTEGER CHECK (participantes IS NULL OR participantes >= 0)
        )""",
        "CREATE UNIQUE INDEX urnas_una_abierta ON urnas(sesion_id) WHERE abierta = 1",
        "CREATE INDEX urnas_objeto ON urnas(objeto, objeto_id)",
        """CREATE TABLE votos_nominales (
            urna_id INTEGER NOT NULL REFERENCES urnas(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            eleccion TEXT NOT NULL,
            comprobante TEXT NOT NULL UNIQUE CHECK (length(comprobante) = 64),
            PRIMARY KEY (urna_id, miembro_id)
        )""",
        """CREATE TABLE participaciones (
            urna_id INTEGER NOT NULL REFERENCES urnas(id),
            codigo_id INTEGER NOT NULL REFERENCES codigos_de_voto(id),
            PRIMARY KEY (urna_id, codigo_id)
        )""",
        """CREATE TABLE papeletas (
            urna_id INTEGER NOT NULL REFERENCES urnas(id),
            comprobante TEXT NOT NULL CHECK (length(comprobante) = 64),
            contenido TEXT NOT NULL,
            peso INTEGER NOT NULL CHECK (peso >= 1),
            PRIMARY KEY (urna_id, comprobante)
        )""",
    ])
    for tabla in TABLAS_CON_BITACORA_0076:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


MIGRACION_VOTO_ELECTRONICO = ("0076_voto_electronico", _voto_electronico)
