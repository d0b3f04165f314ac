"""El lado PostgreSQL de `datos/`: el modo servidor (varias personas a la vez sobre una base compartida).

Este módulo no importa psycopg: la línea de órdenes pregunta `es_url_de_servidor` en cada orden."""

ESQUEMAS = ("postgresql://", "postgres://")


def es_url_de_servidor(texto: object) -> bool:
    """¿Es `texto` la dirección de una base en un servidor PostgreSQL (y no la ruta de un archivo)?"""
    return isinstance(texto, str) and texto.strip().lower().startswith(ESQUEMAS)


def columnas_de(db, tabla: str, *, sin_binarias: bool = False) -> list[str]:
    """Las columnas de `tabla` en su orden, en cualquiera de los dos motores; con `sin_binarias`, sin las BLOB
    (bytea en el servidor), que la bitácora no registra."""
    if db.dialecto == "postgresql":
        return [f[0] for f in db.execute("SELECT column_name, data_type FROM information_schema.columns "
                                         "WHERE table_name = ? AND table_schema = 'public' ORDER BY ordinal_position",
                                         [tabla]) if not (sin_binarias and f[1] == "bytea")]
    return [f[1] for f in db.execute(f'PRAGMA table_info("{tabla}")') if not (sin_binarias and f[2].upper() == "BLOB")]
