"""Expresiones SQL de SQLite en su forma PostgreSQL: lo que cambia entre los dos motores en el esquema.

Solo lo que el esquema usa (tests/servidor/test_esquema_postgres.py traduce el esquema entero, así que una
migración nueva con algo que falta aquí hace fallar esa prueba en lugar de llegar rota a un servidor):
- `x IS y` / `x IS NOT y` entre valores → IS [NOT] DISTINCT FROM (en SQLite, IS compara también NULL);
- `date(x)` → `escritorio_fecha(x)` (la fecha ISO normalizada, o NULL si no es una fecha: como SQLite);
- `datetime('now')`, `date('now')`, `strftime('%Y-%m-%d %H:%M:%f', 'now')` → la hora UTC con el mismo formato;
- `x GLOB '[A-Z][A-Z]'` → una expresión regular anclada; `json_valid(x)` → `escritorio_json_valido(x)`;
- `CAST('…' AS BLOB)` → los bytes UTF-8 del texto.
"""

import re

_AHORA = {
    "datetime('now')": "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')",
    "date('now')": "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
    "strftime('%Y-%m-%d %H:%M:%f', 'now')": "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')",
}


def _glob(coincidencia: re.Match) -> str:
    negado, patron = coincidencia[1], coincidencia[2]
    if any(c in patron for c in "*?"):
        raise ValueError(f"GLOB con comodines sin traducción a PostgreSQL: {patron!r}")
    return f"{'!~' if negado else '~'} '^{patron}$'"


def expresion(sql: str) -> str:
    """El texto `sql` (una sentencia o una expresión) con las construcciones de SQLite cambiadas por las de
    PostgreSQL. No toca el contenido de los textos entre comillas salvo en los patrones de GLOB."""
    for sqlite, postgres in _AHORA.items():
        sql = sql.replace(sqlite, postgres)
    partes = re.split(r"('(?:[^']|'')*')", sql)  # los impares son textos entre comillas
    for i in range(0, len(partes), 2):
        partes[i] = _fuera_de_textos(partes[i])
    sql = "".join(partes)
    sql = re.sub(r"(NOT )?GLOB '([^']*)'", _glob, sql)
    sql = re.sub(r"CAST\('([^']*)' AS BLOB\)", r"convert_to('\1', 'UTF8')", sql)
    return sql


def _fuera_de_textos(trozo: str) -> str:
    trozo = re.sub(r"\bIS NOT (?!NULL\b)", "IS DISTINCT FROM ", trozo)
    trozo = re.sub(r"\bIS (?!NOT\b|NULL\b|DISTINCT\b)", "IS NOT DISTINCT FROM ", trozo)
    trozo = re.sub(r"\bdate\(", "escritorio_fecha(", trozo)
    trozo = re.sub(r"\bjson_valid\(", "escritorio_json_valido(", trozo)
    return trozo
