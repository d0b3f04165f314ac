"""El registro de las migraciones y lo que usan para escribirse: `ejecutar` y los triggers de bitácora.

Las migraciones se registran en `esquema/__init__.py` (también las de `esquema/documentos.py`, al final y en orden); la lista
completa es la de `esquema.MIGRACIONES`: importar solo este módulo deja el registro vacío.

Las aplica `sqlite_utils.migrations` (cada una en una transacción junto con su registro en `_sqlite_migrations`).
Saber cuáles faltan se hace aquí con una consulta, para no importar sqlite-utils (~50 ms) en cada apertura: solo se
importa cuando hay algo que aplicar (una base nueva o de una versión anterior).
"""

from dataclasses import dataclass
from functools import cache

from .base_de_datos import BaseDeDatos

CONJUNTO = "escritorio"

# La regla de una columna de fecha: date() devuelve NULL para un texto que no es fecha y normaliza una inexistente
# (2025-02-30 -> 2025-03-02): con IS, ambos casos se rechazan. Se usa con .format(c="columna").
FECHA_VALIDA = "CHECK ({c} IS NULL OR date({c}) IS {c})"


@dataclass(frozen=True)
class Migracion:
    name: str
    fn: object


@dataclass(frozen=True)
class Aplicada:
    name: str
    applied_at: str


class Migraciones:
    """Las mismas preguntas que `sqlite_utils.migrations.Migrations` (`pending`, `applied`, `apply`) sobre la misma
    tabla; `apply` delega en ella."""

    migrations_table = "_sqlite_migrations"

    def __init__(self, nombre: str):
        self.name = nombre
        self._migrations: list[Migracion] = []

    def __call__(self, *, name: str):
        def registrar(funcion):
            if any(m.name == name for m in self._migrations):
                raise ValueError(f"La migración {name} ya está registrada")
            self._migrations.append(Migracion(name, funcion))
            return funcion
        return registrar

    def applied(self, db) -> list[Aplicada]:
        if not db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                               [self.migrations_table]).fetchone():
            return []
        return [Aplicada(*fila) for fila in db.conn.execute(
            f"SELECT name, applied_at FROM {self.migrations_table} WHERE migration_set = ? ORDER BY rowid",
            [self.name])]

    def pending(self, db, aplicadas: list[Aplicada] | None = None) -> list[Migracion]:
        """Las registradas que faltan; `aplicadas`, si ya se leyeron (`applied`), evita leerlas otra vez."""
        nombres = {m.name for m in (self.applied(db) if aplicadas is None else aplicadas)}
        return [m for m in self._migrations if m.name not in nombres]

    def apply(self, db, *, stop_before: str | None = None) -> None:
        if not self.pending(db):
            return
        from sqlite_utils.migrations import Migrations

        de_sqlite_utils = Migrations(self.name)
        for migracion in self._migrations:
            de_sqlite_utils(name=migracion.name)(migracion.fn)
        base_que_migra = _base_que_migra()
        base = db if isinstance(db, base_que_migra) else base_que_migra(db.conn, execute_plugins=False)
        de_sqlite_utils.apply(base, stop_before=stop_before)


@cache
def _base_que_migra() -> type:
    """La base de sqlite-utils que reciben las migraciones, con lo que ellas usan de `BaseDeDatos` y sqlite-utils no
    tiene (`tiene_tabla`). Se arma al migrar: importar sqlite-utils cuesta ~50 ms y casi ninguna apertura migra."""
    from sqlite_utils import Database

    class BaseQueMigra(Database):
        def tiene_tabla(self, nombre: str) -> bool:
            return self[nombre].exists()

    return BaseQueMigra


MIGRACIONES = Migraciones(CONJUNTO)


def ejecutar(db: BaseDeDatos, sentencias: list[str]) -> None:
    # executescript() haría COMMIT por su cuenta: se ejecuta sentencia por sentencia.
    for sentencia in sentencias:
        db.execute(sentencia)


def columnas_de_la_tabla(db: BaseDeDatos, tabla: str) -> list[str]:
    """Las columnas de `tabla` que anota la bitácora, en su orden (todas menos las BLOB)."""
    return [fila[1] for fila in db.execute(f"PRAGMA table_info({tabla})").fetchall() if fila[2].upper() != "BLOB"]


def disparadores_de_bitacora(db: BaseDeDatos, tabla: str) -> list[str]:
    """Los CREATE TRIGGER de alta, cambio y borrado que anotan en la bitácora cada fila de `tabla`, con las columnas
    que la tabla tiene ahora (menos las BLOB). Desde la migración 0057, los valores de las columnas personales de la
    tabla van aparte (valores_personales.py)."""
    columnas = columnas_de_la_tabla(db, tabla)
    clave = "id" if "id" in columnas else columnas[0]
    from . import valores_personales

    if valores_personales.es_personal(tabla) and valores_personales.disponible(db):
        return valores_personales.disparadores(tabla, columnas, clave)

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


def rehacer_bitacora(db: BaseDeDatos, tabla: str) -> None:
    """Los triggers de bitácora copian las columnas de la tabla: cuando la tabla gana una, la misma migración los
    rehace con esta función."""
    for accion in ("alta", "cambio", "baja"):
        db.execute(f"DROP TRIGGER IF EXISTS bitacora_{tabla}_{accion}")
    ejecutar(db, disparadores_de_bitacora(db, tabla))


def ampliar_lista(db: BaseDeDatos, tabla: str, columna: str, valores: str) -> None:
    """Cambia la lista del CHECK (columna IN (…)) de una tabla por `valores`, que la amplía, sin reconstruir la tabla:
    el procedimiento que la documentación de SQLite admite para aflojar una restricción (sección 7 de «ALTER
    TABLE»), reescribiendo su CREATE TABLE. Las filas guardadas cumplen la lista vieja, así que cumplen la nueva.
    Reconstruirla no sirve: con las claves foráneas activas, borrar la tabla vieja dejaría huérfanas a sus hijas."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [tabla]).fetchone()[0]
    inicio = sql.index(f"{columna} IN (") + len(f"{columna} IN (")
    fin = sql.index(")", inicio)
    viejos = {v.strip() for v in sql[inicio:fin].split(",")}
    if not viejos <= {v.strip() for v in valores.split(",")}:
        raise RuntimeError(f"La lista nueva de {tabla}.{columna} no contiene la vieja: no se modificó el esquema.")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                   [sql[:inicio] + valores + sql[fin:], tabla])
        db.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
