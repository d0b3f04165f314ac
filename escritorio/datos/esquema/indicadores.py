"""Migración 0063: indicadores por miembro y año, con su evidencia (issue 80, §4).

Los marcos de monitoreo (el de un pacto de ciudades con la FAO, uno de emisiones, uno de movilidad) son valores de
indicadores por miembro y año:

- `indicadores` (asociacion_id, nombre, unidad, sentido, fuente, descripcion, decimales): qué se mide, en qué unidad,
  si más es mejor ('mayor'), menos es mejor ('menor') o ninguno ('neutro'), y de dónde sale.
- `valores_indicador` (indicador_id, miembro_id, anio, valor, evidencia): el valor de un miembro en un año, como un
  decimal escrito (TEXT: el mismo número en los dos motores, sin redondeos de coma flotante), con la evidencia que lo
  respalda (el informe, la página, el enlace). Uno por indicador, miembro y año; corregirlo reemplaza la fila y la
  bitácora guarda el anterior.

La bitácora anota cada fila de las dos tablas. La registra `esquema/__init__.py`, al final. Nunca se modifica una
migración publicada: los cambios van en una nueva.

Migración 0064, aquí mismo (cuida lo que crearon la 0062 y la 0063): el miembro de un integrante de un grupo y el de
un valor de un indicador son de la asociación del grupo o del indicador. Quien escribe con SQL no pone en la red A el
valor de una ciudad de la red B (se vería en su comparación, su memoria y su sitio).
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar


def crear_indicadores(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE indicadores (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            unidad TEXT NOT NULL CHECK (length(trim(unidad)) > 0),
            sentido TEXT NOT NULL CHECK (sentido IN ('mayor', 'menor', 'neutro')),
            fuente TEXT,
            descripcion TEXT,
            decimales INTEGER NOT NULL DEFAULT 0 CHECK (decimales BETWEEN 0 AND 6),
            UNIQUE (asociacion_id, nombre)
        )""",
        """CREATE TABLE valores_indicador (
            id INTEGER PRIMARY KEY,
            indicador_id INTEGER NOT NULL REFERENCES indicadores(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            anio INTEGER NOT NULL CHECK (anio BETWEEN 1900 AND 2200),
            valor TEXT NOT NULL CHECK (length(valor) BETWEEN 1 AND 40),
            evidencia TEXT NOT NULL CHECK (length(trim(evidencia)) > 0),
            registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (indicador_id, miembro_id, anio)
        )""",
        "CREATE INDEX valores_indicador_miembro ON valores_indicador(miembro_id)",
    ])
    for tabla in TABLAS_CON_BITACORA_0063:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


TABLAS_CON_BITACORA_0063 = ("indicadores", "valores_indicador")


MIGRACION_INDICADORES = ("0063_indicadores", crear_indicadores)

MIEMBRO_DE_OTRA_ASOCIACION_EN_UN_GRUPO = "Un miembro de un grupo es de la asociación del grupo."
MIEMBRO_DE_OTRA_ASOCIACION_EN_UN_INDICADOR = "El valor de un indicador es de un miembro de la asociación del indicador."


def exigir_miembros_de_su_asociacion(db: BaseDeDatos) -> None:
    ejecutar(db, [
        *[f"""CREATE TRIGGER integrantes_de_grupo_de_su_asociacion_{evento} BEFORE {evento} ON integrantes_de_grupo
              BEGIN SELECT RAISE(ABORT, '{MIEMBRO_DE_OTRA_ASOCIACION_EN_UN_GRUPO}') WHERE NEW.miembro_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM miembros m WHERE m.id = NEW.miembro_id
                              AND m.asociacion_id = NEW.asociacion_id); END""" for evento in ("INSERT", "UPDATE")],
        *[f"""CREATE TRIGGER valores_indicador_de_su_asociacion_{evento} BEFORE {evento} ON valores_indicador
              BEGIN SELECT RAISE(ABORT, '{MIEMBRO_DE_OTRA_ASOCIACION_EN_UN_INDICADOR}') WHERE NOT EXISTS (
              SELECT 1 FROM miembros m JOIN indicadores i ON i.asociacion_id = m.asociacion_id
              WHERE m.id = NEW.miembro_id AND i.id = NEW.indicador_id); END""" for evento in ("INSERT", "UPDATE")],
    ])


MIGRACION_MIEMBROS_DE_SU_ASOCIACION = ("0064_miembros_de_su_asociacion", exigir_miembros_de_su_asociacion)


def nombres_en_minusculas(db: BaseDeDatos) -> None:
    """Migración 0065: los triggers de las migraciones 0062 y 0064 se llamaban «…_INSERT» y «…_UPDATE»; PostgreSQL
    guarda los nombres en minúsculas, y `servidor reforzar`, que busca cada trigger por su nombre antes de crearlo,
    no los encontraba y los creaba otra vez. Los mismos triggers, con el nombre en minúsculas, como todos los demás."""
    filas = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%\\_INSERT' ESCAPE "
                       "'\\' OR name LIKE '%\\_UPDATE' ESCAPE '\\') AND tbl_name IN ('integrantes_de_grupo', "
                       "'valores_indicador')").fetchall()
    sentencias = []
    for nombre, sql in filas:
        if nombre != nombre.lower():
            sentencias += [f"DROP TRIGGER {nombre}", sql.replace(nombre, nombre.lower(), 1)]
    ejecutar(db, sentencias)


MIGRACION_NOMBRES_EN_MINUSCULAS = ("0065_triggers_en_minusculas", nombres_en_minusculas)
