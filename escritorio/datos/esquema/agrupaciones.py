"""Migración 0062: agrupaciones por encima del país (issue 80, §2).

Un estatuto reparte puestos por región continental, por subregión o por otro criterio que no es el país: «dos puestos
por región» en un comité de trece. Una agrupación («Región continental») tiene grupos («África», «Europa»), y cada
grupo reúne países (todos sus miembros) o miembros sueltos (una ciudad que el estatuto ubica en otra región):

- `grupos` (asociacion_id, agrupacion, nombre, articulo): un grupo de una agrupación de la asociación.
- `integrantes_de_grupo` (grupo_id, pais | miembro_id): lo que reúne. Un país o un miembro está a lo sumo en un grupo
  de cada agrupación (UNIQUE con la agrupación repetida en la fila; dos disparadores la atan a la de su grupo: no
  puede decir otra, ni el grupo mudarse de agrupación con integrantes).
- `reglas_composicion.tipo` admite 'por_agrupacion': los cupos (exacto, mínimo, máximo) por grupo de una agrupación,
  en los parámetros (JSON), como los de `por_categoria` por país.

La bitácora anota cada fila de las dos tablas. La registra `esquema/__init__.py`, al final. Nunca se modifica una
migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ampliar_lista, disparadores_de_bitacora, ejecutar
from .limite_de_mandatos import TIPOS_DE_REGLA_0061

TIPOS_DE_REGLA_0062 = TIPOS_DE_REGLA_0061 + ", 'por_agrupacion'"


_OTRA_AGRUPACION = ("Un integrante de un grupo dice la agrupación y la asociación de su grupo: no puede nombrar "
                    "otras.")
_GRUPO_QUE_SE_MUDA = "Un grupo con integrantes no cambia de agrupación ni de asociación: se define otro."


def crear_agrupaciones(db: BaseDeDatos) -> None:
    ampliar_lista(db, "reglas_composicion", "tipo", TIPOS_DE_REGLA_0062)
    ejecutar(db, [
        """CREATE TABLE grupos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            agrupacion TEXT NOT NULL CHECK (length(trim(agrupacion)) > 0),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            articulo TEXT,
            UNIQUE (asociacion_id, agrupacion, nombre)
        )""",
        """CREATE TABLE integrantes_de_grupo (
            id INTEGER PRIMARY KEY,
            grupo_id INTEGER NOT NULL REFERENCES grupos(id) ON DELETE CASCADE,
            asociacion_id INTEGER NOT NULL,
            agrupacion TEXT NOT NULL,
            pais TEXT CHECK (pais IS NULL OR (length(pais) = 2 AND pais = upper(pais))),
            miembro_id INTEGER REFERENCES miembros(id) ON DELETE CASCADE,
            CHECK ((pais IS NULL) <> (miembro_id IS NULL)),
            UNIQUE (asociacion_id, agrupacion, pais),
            UNIQUE (asociacion_id, agrupacion, miembro_id)
        )""",
        "CREATE INDEX integrantes_de_grupo_grupo ON integrantes_de_grupo(grupo_id)",
        *[f"""CREATE TRIGGER integrantes_de_grupo_de_su_agrupacion_{evento} BEFORE {evento} ON integrantes_de_grupo
              BEGIN SELECT RAISE(ABORT, '{_OTRA_AGRUPACION}') WHERE NOT EXISTS (SELECT 1 FROM grupos g
              WHERE g.id = NEW.grupo_id AND g.asociacion_id = NEW.asociacion_id AND g.agrupacion = NEW.agrupacion);
              END""" for evento in ("INSERT", "UPDATE")],
        f"""CREATE TRIGGER grupos_sin_mudar_de_agrupacion BEFORE UPDATE OF asociacion_id, agrupacion ON grupos
            BEGIN SELECT RAISE(ABORT, '{_GRUPO_QUE_SE_MUDA}') WHERE EXISTS (SELECT 1 FROM integrantes_de_grupo i
            WHERE i.grupo_id = OLD.id); END""",
    ])
    for tabla in TABLAS_CON_BITACORA_0062:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


TABLAS_CON_BITACORA_0062 = ("grupos", "integrantes_de_grupo")


MIGRACION_AGRUPACIONES = ("0062_agrupaciones", crear_agrupaciones)
