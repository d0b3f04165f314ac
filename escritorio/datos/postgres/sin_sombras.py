"""Las funciones y las reglas del servidor leen solo las tablas de verdad (issue 58, punto 3).

En PostgreSQL cada sesión tiene su esquema de tablas temporales (`pg_temp`), que la ruta de búsqueda recorre primero
si no se la pone en otro lugar: con `CREATE TEMP TABLE imputaciones (…)`, una regla que preguntaba «¿esta cuota tiene
pagos imputados?» leía la tabla vacía de quien la quería cambiar. Tres defensas, cada una suficiente por sí sola:

- cada función del esquema (las de las reglas, las de la bitácora, las que registran documentos y viajes) lleva su
  ruta fija, `pg_catalog, public, pg_temp` (las temporales, al final), y nombra cada tabla y cada función propia con
  su esquema (`public.imputaciones`): `funcion_segura` lo hace con el DDL antes de instalarlo;
- nadie crea tablas temporales en la base: TEMP se le quita a PUBLIC y a los tres papeles (`sentencias_de_la_base`);
  el programa no las usa en el servidor;
- nadie crea objetos en el esquema `public` salvo su dueño (en PostgreSQL anterior a 15, PUBLIC podía).

`funciones_sin_ruta_fija` y `temporales_permitidas` son lo que «escritorio verificar» y las pruebas preguntan.
"""

import re

RUTA_FIJA = "pg_catalog, public, pg_temp"
_CREAR_FUNCION = re.compile(r"^\s*CREATE (?:OR REPLACE )?FUNCTION ", re.I)
_CUERPO = re.compile(r"\s+AS \$\$", re.S)
# Una tabla donde una sentencia la lee o la escribe (FROM, JOIN, INTO, UPDATE, LOCK), sin esquema delante.
_TABLA = r"\b(FROM|JOIN|INTO|UPDATE|TABLE)(\s+)({nombres})\b(?!\s*\.)"


def es_funcion(sentencia: str) -> bool:
    return bool(_CREAR_FUNCION.match(str(sentencia)))


def funcion_segura(sentencia: str, tablas: list[str] | tuple[str, ...]) -> str:
    """El CREATE FUNCTION con la ruta de búsqueda fija y las tablas de `tablas` y las funciones escritorio_* nombradas
    con su esquema. Las demás sentencias, iguales."""
    if not es_funcion(sentencia):
        return sentencia
    cabecera, cuerpo = _CUERPO.split(sentencia, maxsplit=1)
    cabecera = re.sub(r"\s+SET search_path\b.*$", "", cabecera, flags=re.S)
    nombres = "|".join(sorted(map(re.escape, tablas), key=len, reverse=True))
    cuerpo = re.sub(_TABLA.format(nombres=nombres), r"\1\2public.\3", cuerpo, flags=re.I)
    cuerpo = re.sub(r"(?<![\w.])(escritorio_\w+)\s*\(", r"public.\1(", cuerpo)
    return f"{cabecera}\nSET search_path = {RUTA_FIJA} AS $${cuerpo}"


# Cuánto puede quedar abierta una transacción sin hacer nada antes de que el servidor la termine (y suelte el cerrojo
# de los que escriben): cinco minutos.
ABIERTA_SIN_HACER_NADA_S = 300


def sentencias_de_la_base(grupos: list[str]) -> list[str]:
    """Sin tablas temporales para PUBLIC ni para los grupos de los papeles, sin objetos nuevos en `public` para
    PUBLIC, y con un límite para una transacción abierta sin hacer nada. Los permisos sobre la base no viajan con una copia (CREATE DATABASE … TEMPLATE): «escritorio servidor
    reforzar» los vuelve a quitar. Los grupos son los de papeles.PAPELES (nombres fijos, sin comillas)."""
    if not all(re.fullmatch(r"[a-z_]+", g) for g in grupos):
        raise ValueError(grupos)
    todos = ", ".join(grupos)
    return [
        f"DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, {todos}', current_database()); "
        "END $$",
        f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {todos}",
        # Una transacción abierta sin hacer nada (psql con BEGIN y el cerrojo tomado, un programa colgado) la termina
        # el servidor: nadie deja a los demás esperando para siempre (issue 77, §5). El programa nunca deja una
        # abierta mientras espera a la persona. Un ajuste de la base: tampoco viaja con una copia.
        # Lo puede solo el dueño de la base: si quien instala es otro, queda como estaba (docs/servidor.md lo dice).
        "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L', "
        f"current_database(), '{ABIERTA_SIN_HACER_NADA_S}s'); "
        "EXCEPTION WHEN insufficient_privilege THEN NULL; END $$",
    ]


def funciones_sin_ruta_fija(db) -> list[str]:
    """Las funciones del esquema `public` cuya ruta de búsqueda no es la fija (vacío: todas la tienen). Las de una
    extensión instalada allí no cuentan: no son de Escritorio y no las llama ninguna regla."""
    return [f[0] for f in db.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND NOT coalesce(p.proconfig @> ARRAY[?], false) AND NOT EXISTS (SELECT 1 FROM "
        "pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') ORDER BY 1",
        [f"search_path={RUTA_FIJA}"])]


def temporales_permitidas(db, grupos: list[str]) -> list[str]:
    """Quiénes pueden crear tablas temporales en esta base: «PUBLIC» y los grupos de `grupos` que tienen TEMP."""
    quienes = []
    if db.execute("SELECT EXISTS (SELECT 1 FROM pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', "
                  "d.datdba))) a WHERE d.datname = current_database() AND a.grantee = 0 "
                  "AND a.privilege_type = 'TEMPORARY')").fetchone()[0]:
        quienes.append("PUBLIC")
    for grupo in grupos:
        if db.execute("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) AND has_database_privilege(?, "
                      "current_database(), 'TEMPORARY')", [grupo, grupo]).fetchone()[0]:
            quienes.append(grupo)
    return quienes
