"""El esquema de Escritorio en un servidor PostgreSQL, sacado de la misma fuente que el de SQLite.

Una sola fuente: las migraciones de `datos/esquema/__init__.py`. Para instalar el esquema en un servidor se aplican a una
base SQLite vacía en memoria y se traduce lo que dejan (`sqlite_master`): cada tabla con sus restricciones, cada
índice y cada regla (los triggers que rechazan con RAISE, como el acta congelada o el pago que no se borra) como
una función PL/pgSQL. Lo que en el servidor se hace de otra manera está aquí:

- La bitácora la escribe el servidor: cada tabla con bitácora tiene un trigger (SECURITY DEFINER: nadie más puede
  escribir en ella) que anota la fila, y al confirmar la transacción un trigger diferido la sella con la huella
  SHA-256 encadenada, con el mismo cálculo que `datos/bitacora.py` (que la verifica igual en los dos motores).
  El usuario y el operador del sello son el login del servidor de quien hizo el cambio (`session_user`): no se
  puede fingir (un ajuste de la sesión, que escribe el cliente, no cuenta).
- Cada función lleva su ruta de búsqueda fija y nombra cada tabla con su esquema: una tabla temporal del mismo nombre
  no le hace sombra (`sin_sombras.py`).
- Los registros de la bitácora de una transacción quedan seguidos (el sello cubre un tramo desde-hasta): el primer
  cambio de una transacción toma el cerrojo de los que escriben, que la hace esperar a la anterior (como SQLite, un
  escritor a la vez). El cerrojo es la fila única de `escritorio_cerrojo`, que solo los papeles que escriben pueden
  tomar (`escritorio_cerrojo_de_escritura`): un cerrojo consultivo (pg_advisory_lock) lo toma cualquier login de la
  base, y uno de consulta podía tener esperando a todos los que escriben.
- Papeles del servidor: secretaría (todo), tesorería (cuotas y pagos) y consulta (solo leer), como grupos de
  PostgreSQL a los que pertenece el login de cada persona (`papeles.py`).

`sentencias()` da el DDL completo; `instalar()` lo ejecuta en una transacción sobre una base vacía.
"""

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .. import valores_personales
from ..base_de_datos import BaseDeDatos
from ..esquema import MIGRACIONES
from ..esquema.saldos_a_favor import MANTENIMIENTO as MANTENIMIENTO_DE_SALDOS
from . import CANAL_DE_CAMBIOS, sin_sombras
from .traduccion_sql import expresion

TABLA_MIGRACIONES = "escritorio_migraciones"
# Las tablas que solo existen en el servidor (además de las migraciones).
SOLO_DEL_SERVIDOR = ("escritorio_cerrojo", "escritorio_devoluciones")
# Tomar el cerrojo de los que escriben (dentro de una función SECURITY DEFINER, con los permisos del dueño): la fila
# queda tomada hasta que la transacción termina. Si faltara la fila, nada ordenaría a los que escriben: se rechaza.
_TOMAR_CERROJO = """PERFORM 1 FROM public.escritorio_cerrojo WHERE unica = 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Falta la fila del cerrojo de los que escriben (escritorio_cerrojo): quien administra el servidor la repone con INSERT INTO public.escritorio_cerrojo VALUES (1).';
  END IF;"""


@dataclass(frozen=True)
class Tabla:
    nombre: str
    sql: str
    columnas: list[tuple[str, str]]  # (nombre, tipo declarado en SQLite)
    referencias: list[tuple[str, str, str, str]]  # (columna, tabla referida, su columna, ON DELETE)


def _esquema_sqlite() -> BaseDeDatos:
    db = BaseDeDatos.en_memoria()
    MIGRACIONES.apply(db)
    return db


def _tablas(db: BaseDeDatos) -> list[Tabla]:
    tablas = []
    for nombre, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                  "'sqlite!_%' ESCAPE '!' AND name <> ? ORDER BY rowid",
                                  [MIGRACIONES.migrations_table]).fetchall():
        columnas = [(fila[1], fila[2].upper()) for fila in db.execute(f'PRAGMA table_info("{nombre}")')]
        referencias = [(fila[3], fila[2], fila[4], fila[6])
                       for fila in db.execute(f'PRAGMA foreign_key_list("{nombre}")')]
        tablas.append(Tabla(nombre, sql, columnas, referencias))
    return tablas


def _referencias(tabla: Tabla) -> list[str]:
    """Las claves foráneas, agregadas cuando ya existen todas las tablas (elecciones y candidaturas se refieren una
    a la otra). DEFERRABLE: copiar una base entera (servidor subir) las comprueba al confirmar; lo demás, al
    instante, como en SQLite."""
    return [f"ALTER TABLE {tabla.nombre} ADD FOREIGN KEY ({columna}) REFERENCES {otra} ({suya})"
            + ("" if al_borrar == "NO ACTION" else f" ON DELETE {al_borrar}") + " DEFERRABLE INITIALLY IMMEDIATE"
            for columna, otra, suya, al_borrar in tabla.referencias]


def _tabla(tabla: Tabla) -> list[str]:
    sql = re.sub(r'^CREATE TABLE "?(\w+)"?', r"CREATE TABLE \1", tabla.sql.strip())
    if tabla.nombre == "bitacora":  # el id lo pone escritorio_anotar(), seguido dentro de cada transacción
        sql = sql.replace("INTEGER PRIMARY KEY", "BIGINT PRIMARY KEY")
    sql = re.sub(r"\bINTEGER PRIMARY KEY\b", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
    sql = re.sub(r"\bINTEGER\b", "BIGINT", sql)
    sql = re.sub(r"\bBLOB\b", "BYTEA", sql)
    sql = re.sub(r'\s+REFERENCES\s+"?\w+"?\s*\(\s*\w+\s*\)(\s+ON DELETE (CASCADE|SET NULL|RESTRICT))?', "", sql)
    if "REFERENCES" in sql:
        raise ValueError(f"Clave foránea sin traducción a PostgreSQL en {tabla.nombre}")
    extra = []
    # UNIQUE COLLATE NOCASE (la sigla): único sin distinguir mayúsculas, con un índice sobre lower().
    for columna in re.findall(r"(\w+) TEXT NOT NULL UNIQUE COLLATE NOCASE", sql):
        extra.append(f"CREATE UNIQUE INDEX {tabla.nombre}_{columna}_sin_mayusculas ON {tabla.nombre} (lower({columna}))")
    sql = sql.replace(" UNIQUE COLLATE NOCASE", "")
    if "COLLATE" in sql:
        raise ValueError(f"COLLATE sin traducción a PostgreSQL en {tabla.nombre}")
    return [expresion(sql), *extra]


def _indices(db: BaseDeDatos) -> list[str]:
    return [expresion(sql) for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name <> ? ORDER BY rowid",
        [MIGRACIONES.migrations_table])]


_CABECERA = re.compile(
    r"CREATE TRIGGER (?P<nombre>\w+)\s+(?P<momento>BEFORE|AFTER)\s+(?P<evento>INSERT|DELETE|UPDATE(?:\s+OF\s+[\w,\s]+?)?)"
    r"\s+ON\s+(?P<tabla>\w+)\s+(?:WHEN\s+(?P<cuando>.*?)\s+)?BEGIN\s+(?P<cuerpo>.*)\s*END\s*;?\s*$", re.S)
_RECHAZO = re.compile(r"SELECT RAISE\(ABORT, '(?P<mensaje>(?:[^']|'')*)'\)(?:\s+WHERE\s+(?P<donde>.*))?$", re.S)


def regla(sql: str) -> list[str]:
    """Un trigger de SQLite que solo rechaza (SELECT RAISE(ABORT, …) [WHERE …]; …), como función y trigger de
    PostgreSQL con la misma condición y el mismo mensaje."""
    partes = _CABECERA.match(sql.strip())
    if not partes:
        raise ValueError(f"Trigger sin traducción a PostgreSQL: {sql[:120]}")
    nombre, tabla = partes["nombre"], partes["tabla"]
    rechazos = []
    for sentencia in (s.strip() for s in re.split(r";\s*(?=SELECT|$)", partes["cuerpo"].strip()) if s.strip()):
        rechazo = _RECHAZO.match(sentencia)
        if not rechazo:
            raise ValueError(f"El trigger {nombre} hace algo más que rechazar: {sentencia[:120]}")
        condicion = expresion(rechazo["donde"]) if rechazo["donde"] else "TRUE"
        rechazos.append(f"IF {condicion} THEN RAISE EXCEPTION USING ERRCODE = 'P0001', "
                        f"MESSAGE = '{rechazo['mensaje']}'; END IF;")
    cuerpo = "\n    ".join(rechazos)
    if partes["cuando"]:
        cuerpo = f"IF {expresion(partes['cuando'])} THEN\n    {cuerpo}\n  END IF;"
    devuelve = "OLD" if partes["evento"] == "DELETE" else "NEW"
    evento = re.sub(r"\s+", " ", partes["evento"])
    return [
        f"CREATE FUNCTION regla_{nombre}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  {cuerpo}\n"
        f"  RETURN {devuelve};\nEND $$",
        f"CREATE TRIGGER {nombre} {partes['momento']} {evento} ON {tabla} FOR EACH ROW "
        f"EXECUTE FUNCTION regla_{nombre}()",
    ]


def _reglas(db: BaseDeDatos) -> list[str]:
    sentencias = []
    for nombre, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"):
        if re.fullmatch(r"bitacora_\w+_(alta|cambio|baja)", nombre):
            continue  # la bitácora se escribe con sus propios triggers (abajo)
        if nombre in MANTENIMIENTO_DE_SALDOS:
            continue  # la lista de pagos con saldo a favor: sus funciones, en saldos_a_favor.py
        sentencias += regla(sql)
    return sentencias


def tablas_con_bitacora(db: BaseDeDatos) -> list[str]:
    return [n for (n,) in db.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name = 'bitacora_' || tbl_name || '_alta' ORDER BY rowid")]


def _bitacora_de(tabla: Tabla) -> list[str]:
    """Como `migraciones.disparadores_de_bitacora`: las columnas de la tabla (menos las BLOB) en su orden."""
    columnas = [c for c, tipo in tabla.columnas if tipo != "BLOB"]
    clave = "id" if "id" in columnas else columnas[0]
    if valores_personales.es_personal(tabla.nombre):
        return _bitacora_con_valores(tabla.nombre, columnas, clave)

    def fila(prefijo: str) -> str:
        return "json_build_array(" + ", ".join(f"{prefijo}.{c}" for c in columnas) + ")"

    return [
        f"""CREATE FUNCTION bitacora_{tabla.nombre}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM escritorio_anotar('{tabla.nombre}', NEW.{clave}, 'alta', {fila('NEW')}::text);
  ELSIF TG_OP = 'UPDATE' THEN
    IF ROW({', '.join(f'OLD.{c}' for c in columnas)}) IS DISTINCT FROM ROW({', '.join(f'NEW.{c}' for c in columnas)}) THEN
      PERFORM escritorio_anotar('{tabla.nombre}', NEW.{clave}, 'cambio',
        json_build_object('antes', {fila('OLD')}, 'despues', {fila('NEW')})::text);
    END IF;
  ELSE
    PERFORM escritorio_anotar('{tabla.nombre}', OLD.{clave}, 'borrado', {fila('OLD')}::text);
  END IF;
  RETURN NULL;
END $$""",
        f"CREATE TRIGGER bitacora_{tabla.nombre} AFTER INSERT OR UPDATE OR DELETE ON {tabla.nombre} "
        f"FOR EACH ROW EXECUTE FUNCTION bitacora_{tabla.nombre}()",
    ]


def _bitacora_con_valores(nombre: str, columnas: list[str], clave: str) -> list[str]:
    """Como `valores_personales.disparadores`: en el registro, la marca en lugar de cada valor personal que no es
    nulo; el valor, como texto JSON, aparte (escritorio_anotar_con_valores)."""
    personales = dict((c, i) for i, c in valores_personales.posiciones_personales(nombre, columnas))
    marca = valores_personales.MARCA

    def fila(prefijo: str) -> str:
        return "json_build_array(" + ", ".join(
            f"CASE WHEN {prefijo}.{c} IS NULL THEN NULL ELSE '{marca}'::text END" if c in personales
            else f"{prefijo}.{c}" for c in columnas) + ")"

    def valores(*lados: tuple[str, int]) -> str:
        posiciones = ", ".join(str(base + i) for _, base in lados for i in personales.values())
        textos = ", ".join(f"to_json({prefijo}.{c})::text" for prefijo, _ in lados for c in personales)
        return f"ARRAY[{posiciones}]::bigint[], ARRAY[{textos}]::text[]"

    despues = valores_personales.DESPUES
    return [
        f"""CREATE FUNCTION bitacora_{nombre}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM escritorio_anotar_con_valores('{nombre}', NEW.{clave}, 'alta', {fila('NEW')}::text, {valores(('NEW', 0))});
  ELSIF TG_OP = 'UPDATE' THEN
    IF ROW({', '.join(f'OLD.{c}' for c in columnas)}) IS DISTINCT FROM ROW({', '.join(f'NEW.{c}' for c in columnas)}) THEN
      PERFORM escritorio_anotar_con_valores('{nombre}', NEW.{clave}, 'cambio',
        json_build_object('antes', {fila('OLD')}, 'despues', {fila('NEW')})::text,
        {valores(('OLD', 0), ('NEW', despues))});
    END IF;
  ELSE
    PERFORM escritorio_anotar_con_valores('{nombre}', OLD.{clave}, 'borrado', {fila('OLD')}::text, {valores(('OLD', 0))});
  END IF;
  RETURN NULL;
END $$""",
        f"CREATE TRIGGER bitacora_{nombre} AFTER INSERT OR UPDATE OR DELETE ON {nombre} "
        f"FOR EACH ROW EXECUTE FUNCTION bitacora_{nombre}()",
    ]


# La sal y el compromiso de cada valor personal todavía sin sellar de los registros `desde`…`hasta` (como
# valores_personales.comprometer): 64 cifras hexadecimales al azar de dos gen_random_uuid (PostgreSQL 13 o posterior,
# sin extensiones) y SHA-256(sal ‖ valor).
_COMPROMETER = """UPDATE bitacora_valores v SET sal = x.sal,
      compromiso = encode(sha256(decode(x.sal, 'hex') || convert_to(v.valor, 'UTF8')), 'hex')
    FROM (SELECT registro_id, posicion, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') AS sal
            FROM bitacora_valores WHERE registro_id BETWEEN {desde} AND {hasta} AND compromiso IS NULL
             AND valor IS NOT NULL) x
   WHERE v.registro_id = x.registro_id AND v.posicion = x.posicion;"""


# Funciones que el esquema traducido usa: la fecha y el JSON como los valida SQLite, y la bitácora.
_FUNCIONES = [
    r"""CREATE FUNCTION escritorio_fecha(texto text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF texto IS NULL OR texto !~ '^\d{4}-\d{2}-\d{2}$' THEN RETURN NULL; END IF;
  RETURN to_char(texto::date, 'YYYY-MM-DD');
EXCEPTION WHEN others THEN RETURN NULL;
END $$""",
    r"""CREATE FUNCTION escritorio_json_valido(texto text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  PERFORM texto::json;
  RETURN texto IS NOT NULL;
EXCEPTION WHEN others THEN RETURN FALSE;
END $$""",
    # Las estadísticas del planificador, al día después de muchos cambios: con los permisos del dueño de las tablas
    # (cualquier login de Escritorio puede pedirlo; ANALYZE no cambia ningún dato).
    """CREATE FUNCTION escritorio_estadisticas() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
  ANALYZE;
END $$""",
    # El id de cada registro: el siguiente al último, con el cerrojo tomado (los de una transacción, seguidos).
    f"""CREATE FUNCTION escritorio_anotar(entidad_ text, entidad_id_ bigint, accion_ text, datos_ text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  {_TOMAR_CERROJO}
  INSERT INTO bitacora (id, entidad, entidad_id, accion, datos)
    SELECT coalesce(max(id), 0) + 1, entidad_, entidad_id_, accion_, datos_ FROM bitacora;
END $$""",
    # Un registro con valores personales (valores_personales.py): la marca en el registro, cada valor aparte.
    f"""CREATE FUNCTION escritorio_anotar_con_valores(entidad_ text, entidad_id_ bigint, accion_ text, datos_ text,
  posiciones bigint[], valores text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  nuevo bigint;
BEGIN
  {_TOMAR_CERROJO}
  SELECT coalesce(max(id), 0) + 1 INTO nuevo FROM bitacora;
  INSERT INTO bitacora (id, entidad, entidad_id, accion, datos) VALUES (nuevo, entidad_, entidad_id_, accion_, datos_);
  INSERT INTO bitacora_valores (registro_id, posicion, valor)
    SELECT nuevo, x.p, x.v FROM unnest(posiciones, valores) AS x(p, v) WHERE x.v IS NOT NULL;
END $$""",
    # Al confirmar: sella los registros nuevos con la huella encadenada (el mismo cálculo que datos/bitacora.py).
    r"""CREATE FUNCTION escritorio_sellar() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
AS $$
DECLARE
  ultimo_hasta bigint; anterior text; desde bigint; hasta bigint; momento text; usuario text; serie text;
BEGIN
  SELECT hasta_id, huella INTO ultimo_hasta, anterior FROM bitacora_sellos ORDER BY id DESC LIMIT 1;
  desde := coalesce(ultimo_hasta, 0) + 1;
  IF NEW.id < desde THEN RETURN NULL; END IF;  -- el primer disparo de esta transacción ya selló todo
  SELECT max(id) INTO hasta FROM bitacora;
  momento := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS');
  -- Quién: el login del servidor, en los dos campos. Un ajuste de la sesión (escritorio.usuario) lo escribe el
  -- cliente y podía nombrar a otra persona: no cuenta.
  usuario := session_user;
  """ + _COMPROMETER.format(desde="desde", hasta="hasta") + r"""
  SELECT string_agg(b.id || chr(31) || b.entidad || chr(31) || coalesce(b.entidad_id::text, '') || chr(31) || b.accion
                    || chr(31) || b.datos || coalesce(chr(31) || (SELECT string_agg(v.posicion || ':'
                    || coalesce(v.compromiso, ''), ',' ORDER BY v.posicion) FROM bitacora_valores v
                    WHERE v.registro_id = b.id), ''), chr(30) ORDER BY b.id) INTO serie
    FROM bitacora b WHERE b.id BETWEEN desde AND hasta;
  -- El número del sello: el siguiente al último, con el cerrojo tomado (no de la secuencia, que una transacción
  -- deshecha consumía: la numeración de los sellos no tiene huecos, y verificar nota uno).
  INSERT INTO bitacora_sellos (id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella)
    VALUES ((SELECT coalesce(max(id), 0) + 1 FROM bitacora_sellos), momento, usuario, session_user, desde, hasta,
      anterior, encode(sha256(convert_to(
      concat_ws(chr(31), coalesce(anterior, ''), momento, usuario, session_user) || coalesce(serie, ''), 'UTF8')), 'hex'));
  -- Las ventanas abiertas se enteran al confirmar (NOTIFY llega solo si la transacción se confirma).
  PERFORM pg_notify('""" + CANAL_DE_CAMBIOS + r"""', (SELECT string_agg(DISTINCT entidad, ',') FROM bitacora
                                                          WHERE id BETWEEN desde AND hasta));
  RETURN NULL;
END $$""",
]

_CERROJO = [
    "CREATE TABLE escritorio_cerrojo (unica BIGINT PRIMARY KEY CHECK (unica = 1))",
    "INSERT INTO escritorio_cerrojo VALUES (1)",
    # Lo que toma cada transacción del programa al empezar (datos/postgres/transaccion.py); solo la ejecutan los
    # papeles que escriben (papeles.py).
    f"""CREATE FUNCTION escritorio_cerrojo_de_escritura() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
  {_TOMAR_CERROJO}
END $$""",
]

_SELLADO = [
    "CREATE CONSTRAINT TRIGGER bitacora_sellar AFTER INSERT ON bitacora DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION escritorio_sellar()",
    """CREATE FUNCTION regla_bitacora_sin_vaciar() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'La bitácora solo admite agregar registros.'; END $$""",
    *[f"CREATE TRIGGER {t}_sin_vaciar BEFORE TRUNCATE ON {t} FOR EACH STATEMENT "
      "EXECUTE FUNCTION regla_bitacora_sin_vaciar()" for t in ("bitacora", "bitacora_sellos", "bitacora_valores")],
]


def sentencias() -> list[str]:
    """El DDL completo del esquema actual para PostgreSQL, en orden (sin los papeles: `papeles.py`)."""
    return list(_traduccion()[0])


def nombres_de_tablas() -> list[str]:
    """Las tablas de datos en el orden en que se crearon."""
    return list(_traduccion()[1])


@functools.cache
def _traduccion() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(DDL, nombres de las tablas): aplicar las migraciones en memoria cuesta un cuarto de segundo, y subir o
    instalar piden las dos cosas; el resultado depende solo del código, así que se calcula una vez por proceso."""
    db = _esquema_sqlite()
    try:
        tablas = _tablas(db)
        ddl = list(_FUNCIONES)
        for tabla in tablas:
            ddl += _tabla(tabla)
        for tabla in tablas:
            ddl += _referencias(tabla)
        ddl += _indices(db)
        ddl += _reglas(db)
        por_nombre = {t.nombre: t for t in tablas}
        for nombre in tablas_con_bitacora(db):
            ddl += _bitacora_de(por_nombre[nombre])
        ddl += _SELLADO + _CERROJO
        from . import constancias, emitidos, numeracion, saldos_a_favor, supresion, viaje  # solo en el servidor

        ddl += emitidos.sentencias_del_servidor()
        ddl += numeracion.sentencias_del_servidor()
        ddl += viaje.sentencias_del_servidor()
        ddl += constancias.sentencias_del_servidor()
        ddl += saldos_a_favor.sentencias_del_servidor()
        ddl += supresion.sentencias_del_servidor(_COMPROMETER, valores_personales.DESPUES)
        ddl.append(f"CREATE TABLE {TABLA_MIGRACIONES} (nombre TEXT PRIMARY KEY, aplicada_en TEXT NOT NULL "
                   "DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'))")
        ddl += [f"INSERT INTO {TABLA_MIGRACIONES} (nombre) VALUES ('{m.name}')"
                for m in MIGRACIONES.pending(BaseDeDatos.en_memoria())]
        # Cada función, con su ruta de búsqueda fija y cada tabla con su esquema (sin_sombras.py).
        todas = [t.nombre for t in tablas] + [*SOLO_DEL_SERVIDOR, TABLA_MIGRACIONES]
        ddl = [sin_sombras.funcion_segura(s, todas) for s in ddl]
        return tuple(ddl), tuple(t.nombre for t in tablas)
    finally:
        db.close()


def tablas_existentes(db) -> list[str]:
    """Las tablas que ya tiene la base del servidor (vacía: ninguna)."""
    return db.table_names()


def esta_instalado(db) -> bool:
    return db.execute("SELECT to_regclass('public.bitacora') IS NOT NULL").fetchone()[0]


def _papeles() -> list:
    """Los grupos de los papeles y sus permisos sobre esta base (papeles.py)."""
    from . import emitidos, numeracion, papeles, saldos_a_favor, supresion, viaje

    return papeles.sentencias(nombres_de_tablas(), {**emitidos.FUNCIONES, **viaje.FUNCIONES, **supresion.FUNCIONES,
                                                    **numeracion.FUNCIONES},
                              (*emitidos.TABLAS, *viaje.TABLAS_POR_SUS_FUNCIONES,
                               *saldos_a_favor.TABLAS_POR_SUS_FUNCIONES))


def instalar(db, *, con_identidad: bool = True) -> None:
    """Crea el esquema completo y los papeles en la base del servidor, vacía, en una transacción: todo o nada.
    `con_identidad`: sortea la identidad de una base nueva (sin ella, la trae la base que se sube)."""

    with db.conn.transaction():
        for sentencia in sentencias():
            db.conn.execute(sentencia)
        for sentencia in _papeles():
            db.conn.execute(sentencia)
        if con_identidad:
            db.conn.execute("INSERT INTO identidad_base (unica, base_id) VALUES (1, md5(random()::text || clock_timestamp()::text))")


_CREAR_TABLA = re.compile(r"^\s*CREATE TABLE (\w+)")
_CREAR_TRIGGER = re.compile(r"^\s*CREATE (?:CONSTRAINT )?TRIGGER (\w+) .*? ON (\w+) ", re.S)


def reforzar(db) -> int:
    """Lleva a una base del servidor ya instalada (con las mismas migraciones que este programa) las defensas que no
    cambian el esquema de los datos: cada función como la escribe esta versión (CREATE OR REPLACE: su ruta de
    búsqueda fija, sus tablas con esquema), las tablas y los triggers del servidor que le falten, y los papeles con
    sus permisos de hoy (sin tablas temporales, el correo enviado y los extractos sin reescribir). En una transacción:
    todo o nada; ningún dato cambia. Devuelve cuántas funciones escribió."""
    import psycopg

    from ...dominio.traduccion import traducir
    from ...errores import ErrorEscritorio

    try:
        return _reforzar(db)
    except psycopg.errors.InsufficientPrivilege:
        raise ErrorEscritorio(traducir(
            "El usuario «{0}» no puede cambiar las funciones ni los permisos de la base {1}: lo hace quien administra "
            "el servidor (el dueño de las tablas). No se tocó nada.").format(db.usuario(), db.url)) from None


def _reforzar(db) -> int:
    funciones = 0
    with db.conn.transaction():
        for sentencia in sentencias():
            if sin_sombras.es_funcion(sentencia):
                db.conn.execute(sentencia.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
                funciones += 1
            elif tabla := _CREAR_TABLA.match(sentencia):
                if db.execute("SELECT to_regclass(?) IS NULL", [f"public.{tabla[1]}"]).fetchone()[0]:
                    db.conn.execute(sentencia)
            elif trigger := _CREAR_TRIGGER.match(sentencia):
                if not db.execute("SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgrelid = "
                                  "to_regclass(?))", [trigger[1], f"public.{trigger[2]}"]).fetchone()[0]:
                    db.conn.execute(sentencia)
        for sentencia in _papeles():
            db.conn.execute(sentencia)
    return funciones


def texto(ddl: Iterable[str]) -> str:
    return ";\n\n".join(ddl) + ";\n"


def reglas_apagadas(db) -> list[tuple[str, str]]:
    """(tabla, trigger) de cada trigger de Escritorio que alguien apagó (ALTER TABLE … DISABLE TRIGGER)."""
    return [tuple(f) for f in db.execute(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal "
        "AND t.tgenabled = 'D' ORDER BY c.relname, t.tgname")]


def migraciones_del_servidor(db) -> list[str]:
    return [n for (n,) in db.execute(f"SELECT nombre FROM {TABLA_MIGRACIONES}")]


def migraciones_que_faltan(db) -> list[str] | None:
    """Las migraciones de este programa que el servidor no tiene, en orden; None si el servidor tiene alguna que este
    programa no conoce (es de una versión más nueva de Escritorio)."""
    del_servidor = set(migraciones_del_servidor(db))
    conocidas = [m.name for m in MIGRACIONES.pending(BaseDeDatos.en_memoria())]
    if del_servidor - set(conocidas):
        return None
    return [n for n in conocidas if n not in del_servidor]


def migracion_salteada(db) -> str | None:
    """La primera migración que le falta al servidor si tiene alguna posterior aplicada (un hueco que ninguna versión de
    Escritorio deja); None si lo que falta son solo las últimas."""
    del_servidor = set(migraciones_del_servidor(db))
    conocidas = [m.name for m in MIGRACIONES.pending(BaseDeDatos.en_memoria())]
    faltan = [n for n in conocidas if n not in del_servidor]
    if faltan and any(n in del_servidor for n in conocidas[conocidas.index(faltan[0]):]):
        return faltan[0]
    return None


def exigir_al_dia(db) -> bool:
    """El servidor tiene que tener las mismas migraciones que este programa. Devuelve False si tiene alguna que este
    programa no conoce (es de una versión más nueva de Escritorio: se consulta sin escribir)."""
    from ...dominio.traduccion import traducir
    from ...errores import ErrorBaseDeDatos

    faltan = migraciones_que_faltan(db)
    if faltan is None:
        return False
    if faltan:
        from ...dominio.puerta import segun_la_puerta

        raise ErrorBaseDeDatos(segun_la_puerta(
            ventana=traducir("La base del servidor {0} es de una versión anterior de Escritorio: le faltan cambios del "
                             "esquema ({1}). No se modificó nada. Avise a quien administra el servidor: la pone al "
                             "día, sin tocarla, en una base nueva (README, «Varias personas»)."),
            linea=traducir("La base del servidor {0} es de una versión anterior de Escritorio: le faltan cambios del "
                           "esquema ({1}). No se modificó nada. Quien administra el servidor la pone al día, sin "
                           "tocarla, en una base nueva: «escritorio servidor actualizar {0} URL_NUEVA» (README, "
                           "«Varias personas»).")).format(
                db.url, ", ".join(faltan)))
    return True
