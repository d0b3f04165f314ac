"""El registro de las migraciones y lo que usan para escribirse: `ejecutar` y los triggers de bitácora.

Las migraciones se registran en `esquema.py` (también las de `esquema_documentos.py`, al final y en orden); la lista
completa es la de `esquema.MIGRACIONES`: importar solo este módulo deja el registro vacío.
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

CONJUNTO = "escritorio"
MIGRACIONES = Migrations(CONJUNTO)


def ejecutar(db: Database, sentencias: list[str]) -> None:
    # executescript() haría COMMIT por su cuenta: se ejecuta sentencia por sentencia.
    for sentencia in sentencias:
        db.execute(sentencia)


def _columnas(db: Database, tabla: str) -> list[str]:
    return [fila[1] for fila in db.execute(f"PRAGMA table_info({tabla})").fetchall() if fila[2].upper() != "BLOB"]


def disparadores_de_bitacora(db: Database, tabla: str) -> list[str]:
    """Los CREATE TRIGGER de alta, cambio y borrado que anotan en la bitácora cada fila de `tabla`, con las columnas
    que la tabla tiene ahora (menos las BLOB)."""
    columnas = _columnas(db, tabla)
    clave = "id" if "id" in columnas else columnas[0]

    def fila(prefijo: str) -> str:
        # Los valores van en el orden de las columnas de la tabla (json_array es más liviano que json_object);
        # el visor les pone nombre con PRAGMA table_info.
        return "json_array(" + ", ".join(f"{prefijo}.{c}" for c in columnas) + ")"

    cambios = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columnas)
    return [
        f"""CREATE TRIGGER bitacora_{tabla}_alta AFTER INSERT ON {tabla} BEGIN
            INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('{tabla}', NEW.{clave}, 'alta', {fila('NEW')}); END""",
        f"""CREATE TRIGGER bitacora_{tabla}_cambio AFTER UPDATE ON {tabla} WHEN {cambios} BEGIN
            INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('{tabla}', NEW.{clave}, 'cambio',
                json_object('antes', {fila('OLD')}, 'despues', {fila('NEW')})); END""",
        f"""CREATE TRIGGER bitacora_{tabla}_baja AFTER DELETE ON {tabla} BEGIN
            INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('{tabla}', OLD.{clave}, 'borrado', {fila('OLD')}); END""",
    ]


def rehacer_bitacora(db: Database, tabla: str) -> None:
    """Los triggers de bitácora copian las columnas de la tabla: cuando la tabla gana una, la misma migración los
    rehace con esta función."""
    for accion in ("alta", "cambio", "baja"):
        db.execute(f"DROP TRIGGER IF EXISTS bitacora_{tabla}_{accion}")
    ejecutar(db, disparadores_de_bitacora(db, tabla))
