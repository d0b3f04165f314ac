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
    """Por tabla, el menor id con un alta anotada. (Antes dejaba una tabla temporal con el último registro de cada
    fila; en el servidor nadie crea tablas temporales —postgres/sin_sombras.py—: cada consulta lo calcula.)"""
    return dict(db.execute("SELECT entidad, min(entidad_id) FROM bitacora WHERE accion = 'alta' GROUP BY entidad"))


def quitar(db) -> None:
    """Nada que quitar (ver `preparar`); queda por simetría con `datos/verificacion.py`."""


# Por fila anotada de una tabla (el parámetro), su último registro: una pasada por la bitácora de esa tabla.
_ULTIMOS = ("WITH ultimos_de_bitacora AS (SELECT DISTINCT ON (entidad_id) entidad_id, id, accion, CASE accion "
            "WHEN 'cambio' THEN datos::jsonb -> 'despues' ELSE datos::jsonb END AS anotado FROM bitacora "
            "WHERE entidad = ? ORDER BY entidad_id, id DESC) ")


def filas_distintas(db, tabla: str, primera_alta: int | None) -> tuple[list[int], list[int], list[int]]:
    """(cambiadas, borradas, agregadas): los ids de las filas que no son lo último que anotó la bitácora de ellas
    (o cuyo último registro es su borrado), los anotados sin borrado que ya no están, y los de filas sin ningún
    registro más nuevas que la primera alta anotada de la tabla (las de una base anterior a la bitácora no se pueden
    comprobar)."""
    from ..valores_personales import DESPUES, MARCA, posiciones_personales

    columnas = _columnas(db, tabla)
    personales = dict((c, i) for i, c in posiciones_personales(tabla, columnas))
    # Una columna personal se compara con su marca en el registro y con su valor guardado aparte (la bitácora lo
    # guarda como to_json(valor)::text: se comparan como JSON).
    fila = "jsonb_build_array(" + ", ".join(
        f"CASE WHEN t.{c} IS NULL THEN NULL ELSE '{MARCA}'::text END" if c in personales else f"t.{c}"
        for c in columnas) + ")"
    aparte = "".join(
        f" OR (t.{c} IS NOT NULL AND jsonb_array_length(u.anotado) > {i} AND NOT EXISTS (SELECT 1 FROM "
        f"bitacora_valores v WHERE v.registro_id = u.id AND v.posicion = (CASE WHEN u.accion = 'cambio' THEN "
        f"{DESPUES} ELSE 0 END) + {i} AND v.valor::jsonb = to_jsonb(t.{c})))" for c, i in personales.items())
    # Una fila anotada antes de que su tabla ganara columnas (en un archivo subido al servidor) tiene menos valores:
    # se comparan los que se anotaron, que son los primeros.
    actual = (f"CASE jsonb_array_length(u.anotado) WHEN {len(columnas)} THEN {fila} ELSE (SELECT "
              f"coalesce(jsonb_agg(e ORDER BY i), '[]') FROM jsonb_array_elements({fila}) WITH ORDINALITY x(e, i) "
              "WHERE i <= jsonb_array_length(u.anotado)) END")
    cambiadas = [f[0] for f in db.execute(
        f"{_ULTIMOS}SELECT t.id FROM {tabla} t JOIN ultimos_de_bitacora u ON u.entidad_id = t.id "
        f"WHERE u.accion = 'borrado' OR {actual} IS DISTINCT FROM u.anotado{aparte} ORDER BY t.id", [tabla])]
    borradas = [f[0] for f in db.execute(
        f"{_ULTIMOS}SELECT u.entidad_id FROM ultimos_de_bitacora u WHERE u.accion <> 'borrado' AND NOT "
        f"EXISTS (SELECT 1 FROM {tabla} t WHERE t.id = u.entidad_id) ORDER BY u.entidad_id", [tabla])]
    agregadas = [] if primera_alta is None else [f[0] for f in db.execute(
        f"SELECT t.id FROM {tabla} t WHERE t.id >= ? AND NOT EXISTS (SELECT 1 FROM bitacora b WHERE "
        "b.entidad = ? AND b.entidad_id = t.id) ORDER BY t.id", [primera_alta, tabla])]
    return cambiadas, borradas, agregadas
