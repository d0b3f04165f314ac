"""Los datos del servidor contra lo último que anotó su bitácora (como `datos/verificacion.py` en un archivo).

Solo quien administra el servidor puede apagar los triggers (ALTER TABLE … DISABLE TRIGGER); mientras están
apagados, `verificar` lo dice. Pero si los vuelve a encender, la regla ya no falta: lo que queda es la fila que no es
la que dejó su último cambio anotado (un importe cambiado a mano), o una fila sin registro, o un registro sin fila.
"""


def tablas_con_bitacora(db) -> list[str]:
    """Las tablas que se anotan por `id` en la bitácora (las que tienen su trigger de bitácora y una columna id)."""
    return [t for (t,) in db.execute(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON "
        "n.oid = c.relnamespace WHERE n.nspname = 'public' AND t.tgname = 'bitacora_' || c.relname AND EXISTS ("
        "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = c.relname AND "
        "column_name = 'id') ORDER BY c.relname")]


def _columnas(db, tabla: str) -> list[str]:
    from . import columnas_de

    return columnas_de(db, tabla, sin_binarias=True)


def preparar(db) -> dict[str, int]:
    """La tabla temporal ultimos_de_bitacora: por fila anotada, su último registro (una sola pasada por la
    bitácora para todas las tablas). Devuelve, por tabla, el menor id con un alta anotada."""
    quitar(db)
    db.execute("CREATE TEMP TABLE ultimos_de_bitacora AS SELECT DISTINCT ON (entidad, entidad_id) entidad, entidad_id, "
               "accion, CASE accion WHEN 'cambio' THEN datos::jsonb -> 'despues' ELSE datos::jsonb END AS anotado "
               "FROM bitacora ORDER BY entidad, entidad_id, id DESC")
    db.execute("CREATE INDEX ON ultimos_de_bitacora (entidad, entidad_id)")
    db.execute("ANALYZE ultimos_de_bitacora")
    return dict(db.execute("SELECT entidad, min(entidad_id) FROM bitacora WHERE accion = 'alta' GROUP BY entidad"))


def quitar(db) -> None:
    db.execute("DROP TABLE IF EXISTS pg_temp.ultimos_de_bitacora")


def filas_distintas(db, tabla: str, primera_alta: int | None) -> tuple[list[int], list[int], list[int]]:
    """Con `preparar` hecho: (cambiadas, borradas, agregadas), los ids de las filas que no son lo último que anotó la
    bitácora de ellas (o cuyo último registro es su borrado), los anotados sin borrado que ya no están, y los de filas
    sin ningún registro más nuevas que la primera alta anotada de la tabla (las de una base anterior a la bitácora
    no se pueden comprobar)."""
    columnas = _columnas(db, tabla)
    fila = "jsonb_build_array(" + ", ".join(f"t.{c}" for c in columnas) + ")"
    # Una fila anotada antes de que su tabla ganara columnas (en un archivo subido al servidor) tiene menos valores:
    # se comparan los que se anotaron, que son los primeros.
    actual = (f"CASE jsonb_array_length(u.anotado) WHEN {len(columnas)} THEN {fila} ELSE (SELECT "
              f"coalesce(jsonb_agg(e ORDER BY i), '[]') FROM jsonb_array_elements({fila}) WITH ORDINALITY x(e, i) "
              "WHERE i <= jsonb_array_length(u.anotado)) END")
    cambiadas = [f[0] for f in db.execute(
        f"SELECT t.id FROM {tabla} t JOIN ultimos_de_bitacora u ON u.entidad = ? AND u.entidad_id = t.id "
        f"WHERE u.accion = 'borrado' OR {actual} IS DISTINCT FROM u.anotado ORDER BY t.id", [tabla])]
    borradas = [f[0] for f in db.execute(
        f"SELECT u.entidad_id FROM ultimos_de_bitacora u WHERE u.entidad = ? AND u.accion <> 'borrado' AND NOT "
        f"EXISTS (SELECT 1 FROM {tabla} t WHERE t.id = u.entidad_id) ORDER BY u.entidad_id", [tabla])]
    agregadas = [] if primera_alta is None else [f[0] for f in db.execute(
        f"SELECT t.id FROM {tabla} t WHERE t.id >= ? AND NOT EXISTS (SELECT 1 FROM ultimos_de_bitacora u WHERE "
        "u.entidad = ? AND u.entidad_id = t.id) ORDER BY t.id", [primera_alta, tabla])]
    return cambiadas, borradas, agregadas
