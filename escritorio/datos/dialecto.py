"""Las pocas expresiones SQL que se escriben distinto en los dos motores (SQLite y el servidor PostgreSQL).

Cada consulta de `datos/` se escribe una sola vez; donde un motor pide otra forma, la toma de aquí según
`db.dialecto`. Todo lo demás es SQL común a los dos.
"""


def es_servidor(db) -> bool:
    return getattr(db, "dialecto", "sqlite") == "postgresql"


def es_repetido(error: BaseException) -> bool:
    """¿Rechazó la base la fila por repetir una clave única (UNIQUE)?"""
    return getattr(error, "sqlstate", None) == "23505" or "UNIQUE constraint failed" in str(error)


def seguir_numeracion(db, tabla: str) -> None:
    """Después de insertar filas con su id puesto a mano (la importación los numera por adelantado): en el servidor,
    la numeración automática de la tabla sigue desde el último (SQLite lo hace solo). Con la función del servidor
    (postgres/numeracion.py): ningún papel puede mover una secuencia por sí mismo."""
    if es_servidor(db):
        db.execute("SELECT escritorio_seguir_numeracion(?)", [tabla])


def estadisticas_al_dia(db) -> None:
    """Después de escribir muchas filas, dentro de la misma transacción: en el servidor, las estadísticas con que
    planea las consultas que siguen (sin ellas, las planea como si las tablas estuvieran casi vacías)."""
    if es_servidor(db):
        db.execute("SELECT escritorio_estadisticas()")


def distinto(db) -> str:
    """El operador «distinto de», que trata NULL como un valor (en SQLite, IS NOT)."""
    return "IS DISTINCT FROM" if es_servidor(db) else "IS NOT"


def igual(db) -> str:
    """El operador «igual a», que trata NULL como un valor (en SQLite, IS)."""
    return "IS NOT DISTINCT FROM" if es_servidor(db) else "IS"


def ahora(db) -> str:
    """El momento actual en UTC como texto «AAAA-MM-DD HH:MM:SS»."""
    return "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')" if es_servidor(db) else "datetime('now')"


def fecha_dma(db, expresion: str) -> str:
    """La fecha ISO de `expresion` como «DD/MM/AAAA»."""
    return f"to_char(({expresion})::date, 'DD/MM/YYYY')" if es_servidor(db) else f"strftime('%d/%m/%Y', {expresion})"


def lista(db, expresion: str) -> str:
    """Agregado: los valores no nulos de `expresion` separados por comas, en cualquier orden."""
    return f"string_agg(({expresion})::text, ',')" if es_servidor(db) else f"group_concat({expresion})"


def elemento_json(db, expresion: str, indice: int) -> str:
    """El elemento `indice` del arreglo JSON guardado como texto en `expresion`, como texto."""
    return f"(({expresion})::json ->> {int(indice)})" if es_servidor(db) else f"json_extract({expresion}, '$[{int(indice)}]')"


def como_entero(db, condicion: str) -> str:
    """Una condición como 1 o 0 (para sumarla); en SQLite ya lo es."""
    return f"({condicion})::int" if es_servidor(db) else f"({condicion})"
