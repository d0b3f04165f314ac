"""Migración 0030: la memoria anual y el informe de cada actividad de las unidades temáticas (issue 47, §2 y §4).

- `memorias`: lo que la secretaría escribe para la memoria de un año (una fila por asociación y año): la
  introducción. Lo demás de la memoria (miembros, sesiones, cuotas…) sale de la base al imprimirla.
- `secciones_memoria`: las secciones de texto libre que la secretaría agrega a la memoria de ese año, con su título,
  su texto, su orden y, si va en medio de las del programa, después de cuál (la clave de una sección del programa,
  `servicios.memoria.secciones.SECCIONES`; sin ella, al final). Se pueden corregir y quitar: la bitácora guarda lo
  que decían.
- `informes_actividad`: el informe en PDF de una actividad del plan de trabajo, guardado entero con su SHA-256, como
  el acta firmada guarda su escaneo. Nunca se cambia ni se borra: un informe nuevo se adjunta como otra fila y el
  vigente es el último (los anteriores quedan, con su huella). La bitácora anota el nombre y la huella, no el PDF.
- `documentos_emitidos.tipo` admite 'memoria' (la memoria lleva su código de verificación como los demás
  documentos). La lista se amplía con lo que ya tenga la base más 'memoria', sin escribir la lista entera: otra
  migración de la misma versión puede haber agregado su propio tipo.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ampliar_lista, disparadores_de_bitacora, ejecutar

_SOLO_AGREGAR = "El informe de una actividad no se cambia ni se borra: adjunte otro (el último es el vigente)."


def _tipos_de_documento_con(db: BaseDeDatos, nuevo: str) -> str:
    """La lista del CHECK de `documentos_emitidos.tipo` tal como está en la base, con `nuevo` al final."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documentos_emitidos'").fetchone()[0]
    inicio = sql.index("tipo IN (") + len("tipo IN (")
    actuales = [v.strip() for v in sql[inicio:sql.index(")", inicio)].split(",")]
    return ", ".join(actuales + ([f"'{nuevo}'"] if f"'{nuevo}'" not in actuales else []))


def crear_memoria(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE memorias (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            anio INTEGER NOT NULL CHECK (anio BETWEEN 1900 AND 2999),
            introduccion TEXT,
            UNIQUE (asociacion_id, anio)
        )""",
        """CREATE TABLE secciones_memoria (
            id INTEGER PRIMARY KEY,
            memoria_id INTEGER NOT NULL REFERENCES memorias(id),
            posicion INTEGER NOT NULL CHECK (posicion >= 1),
            titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
            texto TEXT NOT NULL CHECK (length(trim(texto)) > 0),
            despues_de TEXT
        )""",
        "CREATE INDEX secciones_memoria_memoria ON secciones_memoria(memoria_id, posicion)",
        """CREATE TABLE informes_actividad (
            id INTEGER PRIMARY KEY,
            actividad_id INTEGER NOT NULL REFERENCES actividades(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            pdf BLOB NOT NULL CHECK (substr(pdf, 1, 5) = CAST('%PDF-' AS BLOB)),
            adjuntado_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        "CREATE INDEX informes_actividad_actividad ON informes_actividad(actividad_id)",
        *[f"""CREATE TRIGGER informes_actividad_solo_agregar_{accion.lower()} BEFORE {accion} ON informes_actividad
              BEGIN SELECT RAISE(ABORT, '{_SOLO_AGREGAR}'); END""" for accion in ("UPDATE", "DELETE")],
    ])
    for tabla in TABLAS_CON_BITACORA_0030:
        ejecutar(db, disparadores_de_bitacora(db, tabla))
    ampliar_lista(db, "documentos_emitidos", "tipo", _tipos_de_documento_con(db, "memoria"))


MIGRACION_MEMORIA = ("0030_memoria_anual_e_informes_de_actividad", crear_memoria)
# El PDF de un informe (BLOB) no va a la bitácora: su huella queda en informes_actividad.sha256, que no cambia.
TABLAS_CON_BITACORA_0030 = ("memorias", "secciones_memoria", "informes_actividad")
