"""Consultas de la verificación del archivo de la base: referencias rotas, cantidades de la bitácora, el esquema
guardado en sqlite_master (y cómo reponer sus triggers e índices), las migraciones aplicadas y la comparación de
cada fila con lo último que anotó la bitácora (en una tabla temporal)."""

import re

from .base_de_datos import BaseDeDatos

from .esquema import MIGRACIONES


def tablas(db: BaseDeDatos) -> set[str]:
    return set(db.table_names())


def referencias_rotas(db: BaseDeDatos) -> list[tuple]:
    """(tabla, fila, tabla referida, restricción) de cada referencia a una fila que no existe."""
    return db.execute("PRAGMA foreign_key_check").fetchall()


def cantidad_de_filas(db: BaseDeDatos, tabla: str) -> int:
    return db.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


def cantidad_de_sellos(db: BaseDeDatos) -> int:
    return db.execute("SELECT count(*) FROM bitacora_sellos").fetchone()[0]


def cantidad_de_registros_de_bitacora(db: BaseDeDatos) -> int:
    return db.execute("SELECT count(*) FROM bitacora").fetchone()[0]


def cantidad_de_actas_aprobadas(db: BaseDeDatos) -> int:
    """Las actas aprobadas o firmadas (las que no son borrador)."""
    return db.execute("SELECT count(*) FROM actas WHERE estado <> 'borrador'").fetchone()[0]


def huella_del_sello(db: BaseDeDatos, sello_id: int) -> str | None:
    fila = db.execute("SELECT huella FROM bitacora_sellos WHERE id = ?", [sello_id]).fetchone()
    return fila[0] if fila else None


# --- el esquema: tablas, índices y triggers -----------------------------------------------------------

def normalizar_sql(sql: str | None) -> str:
    """Sin comillas de identificadores, mayúsculas ni espacios de más: lo que SQLite reescribe al renombrar
    una tabla o lo que cambia entre versiones no es una diferencia."""
    texto = re.sub(r'["`\[\]]', "", sql or "")
    return re.sub(r"\s+", " ", texto).strip().casefold()


def es_indice_unico(sql: str) -> bool:
    """Si el SQL de un índice (tal cual o normalizado) lo crea UNIQUE: impide filas repetidas."""
    return sql.upper().startswith("CREATE UNIQUE")


def objetos(db: BaseDeDatos) -> dict[tuple[str, str], tuple[str, str]]:
    """(tipo, nombre) -> (tabla, sql normalizado) de tablas, índices y triggers propios (no los internos de
    SQLite, ni el registro de migraciones, que crea sqlite-utils)."""
    return {(tipo, nombre): (tabla, normalizar_sql(sql)) for tipo, nombre, tabla, sql in db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
        "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name <> ? AND sql IS NOT NULL",
        [MIGRACIONES.migrations_table]).fetchall()}


def sql_original(db: BaseDeDatos) -> dict[tuple[str, str], str]:
    """(tipo, nombre) -> sql tal como lo guardó SQLite, de todo lo que tiene sql."""
    return {(t, n): s for t, n, s in db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()}


def quitar(db: BaseDeDatos, tipo: str, nombre: str) -> None:
    """Quita un trigger (`tipo` «trigger») o un índice."""
    db.execute(f'DROP {"TRIGGER" if tipo == "trigger" else "INDEX"} "{nombre}"')


def crear(db: BaseDeDatos, sql: str) -> None:
    """Crea un trigger o un índice con su sql original (el que dejan las migraciones)."""
    db.execute(sql)


def columnas_anotadas(db: BaseDeDatos, tabla: str, clave: str | None = "id") -> list[str] | None:
    """Las columnas que el trigger de altas de `tabla` anota en la bitácora, en su orden (las que tenía la tabla
    cuando se creó el trigger), o None si la tabla no se anota por `clave` o el trigger no está. Una columna personal
    se anota con su marca (`iif(NEW.c IS NULL, NULL, '§')`, valores_personales.py): cuenta como esa columna."""
    fila = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                      [f"bitacora_{tabla}_alta"]).fetchone()
    patron = r"NEW\.(\w+)\s*,\s*'alta'\s*,\s*json_array\((.*?)\)\s*\)\s*;\s*(?:INSERT\s+INTO\s+bitacora_valores\b.*?;\s*)?END"
    encontrado = re.search(patron, fila[0] if fila else "", re.IGNORECASE | re.DOTALL)
    if not encontrado or (clave is not None and encontrado.group(1) != clave):
        return None
    lista = re.sub(r"iif\(\s*NEW\.(\w+)\s+IS\s+NULL\s*,\s*NULL\s*,\s*'[^']*'\s*\)", r"NEW.\1", encontrado.group(2),
                   flags=re.IGNORECASE)
    return re.findall(r"NEW\.(\w+)", lista)


def fechas_del_registro_y_la_bitacora(db: BaseDeDatos) -> dict[str, str]:
    """Nombre -> applied_at de las migraciones 0001_registro y 0006_bitacora, las que se aplicaron."""
    return dict(db.execute(f"SELECT name, applied_at FROM {MIGRACIONES.migrations_table} WHERE migration_set = ? "
                           "AND name IN ('0001_registro', '0006_bitacora')", [MIGRACIONES.name]).fetchall())


# --- los datos, contra lo último que anotó la bitácora ------------------------------------------------

def cambios_anotados(db: BaseDeDatos, tabla: str) -> list[tuple]:
    """(acción, fila anotada antes o en el alta/borrado, fila anotada después) de cada registro de la bitácora
    sobre `tabla`, en orden; las filas como arreglos JSON, con sus valores personales en su lugar."""
    from .valores_personales import legibles

    filas = db.execute("SELECT id, accion, datos FROM bitacora WHERE entidad = ? ORDER BY id", [tabla]).fetchall()
    salida = []
    for _, accion, datos in legibles(db, filas, accion_en=1, datos_en=2):
        if accion == "cambio":
            salida.append((accion, *db.execute("SELECT json_extract(?, '$.antes'), json_extract(?, '$.despues')",
                                               [datos, datos]).fetchone()))
        else:
            salida.append((accion, datos, None))
    return salida


def filas_como_json(db: BaseDeDatos, tabla: str, columnas: list[str]) -> list[str]:
    """Cada fila actual de `tabla`, como arreglo JSON de esas columnas (como las anota la bitácora)."""
    return [f[0] for f in db.execute(
        "SELECT json_array(" + ", ".join(f'"{c}"' for c in columnas) + f') FROM "{tabla}"')]


def crear_ultimos_de_bitacora(db: BaseDeDatos, despues_de: int | None = None) -> None:
    """La tabla temporal ultimos_de_bitacora: por fila anotada, su último registro. `despues_de`: solo las filas que
    tocó algún registro posterior a ese (la verificación desde un punto de control).

    Se arma en el orden de su clave (sin índice aparte) y, entera, solo del índice (entidad, fila) de la bitácora,
    que lleva el id: sin leer cada registro (con 100.000 miembros, 5 millones de registros: de 12 s a 6)."""
    quitar_ultimos_de_bitacora(db)
    db.execute("CREATE TEMP TABLE ultimos_de_bitacora (entidad TEXT NOT NULL, entidad_id INTEGER NOT NULL, "
               "id INTEGER NOT NULL, PRIMARY KEY (entidad, entidad_id)) WITHOUT ROWID")
    if despues_de is None:
        db.execute("INSERT INTO ultimos_de_bitacora SELECT entidad, entidad_id, max(id) FROM bitacora "
                   "WHERE entidad_id IS NOT NULL GROUP BY entidad, entidad_id")
    else:
        # NOT INDEXED: por el número de registro (pocos), no por el índice de (entidad, fila), que la recorre entera
        db.execute("INSERT INTO ultimos_de_bitacora SELECT entidad, entidad_id, max(id) FROM bitacora NOT INDEXED "
                   "WHERE id > ? AND entidad_id IS NOT NULL GROUP BY entidad, entidad_id", [despues_de])


def quitar_ultimos_de_bitacora(db: BaseDeDatos) -> None:
    db.execute("DROP TABLE IF EXISTS temp.ultimos_de_bitacora")


def primera_alta_anotada(db: BaseDeDatos, tabla: str) -> int | None:
    """El menor id de `tabla` con un alta en la bitácora; None si no hay."""
    fila = db.execute("SELECT entidad_id FROM bitacora WHERE entidad = ? AND accion = 'alta' AND entidad_id IS NOT NULL "
                      "ORDER BY entidad_id LIMIT 1", [tabla]).fetchone()
    return fila[0] if fila else None


def filas_distintas(db: BaseDeDatos, tabla: str, columnas: list[str], agregadas_desde: int | None = None
                    ) -> tuple[list[int], list[int]]:
    """(cambiadas, agregadas): ids de las filas de `tabla` que no son lo último que anotó la bitácora de ellas (o
    cuyo último registro es su borrado), y, con `agregadas_desde`, las de id mayor sin ningún registro. Una columna
    personal se compara con su marca en el registro y con su valor guardado aparte. Las dos, en una sola pasada por la
    tabla (una base grande tiene millones de filas)."""
    from .valores_personales import DESPUES, MARCA, TABLA as VALORES, posiciones_personales

    personales = dict((c, i) for i, c in posiciones_personales(tabla, columnas))
    anotado = "(CASE b.accion WHEN 'cambio' THEN json_extract(b.datos, '$.despues') ELSE b.datos END)"

    def valor(c: str) -> str:
        return f"iif(t.\"{c}\" IS NULL, NULL, '{MARCA}')" if c in personales else f't."{c}"'

    # Una fila anotada antes de que su tabla ganara columnas (una migración rehízo los triggers) tiene menos
    # valores: se compara lo que se anotó, las columnas de entonces, que son las primeras.
    actual = f"CASE json_array_length({anotado}) " + " ".join(
        f"WHEN {k} THEN json_array(" + ", ".join(valor(c) for c in columnas[:k]) + ")"
        for k in range(len(columnas), 0, -1)) + " END"
    # Casi todas las filas son su alta tal cual: el texto de la fila, armado con la misma función que usó su trigger,
    # es el del registro, y se comparan sin leer el JSON (que cuesta). Solo las otras pasan por la comparación entera.
    igual_a_su_alta = f"(b.accion = 'alta' AND json_array({', '.join(valor(c) for c in columnas)}) = b.datos)"
    aparte = "".join(
        f" OR (t.\"{c}\" IS NOT NULL AND json_array_length({anotado}) > {i} AND NOT EXISTS (SELECT 1 FROM {VALORES} v "
        f"WHERE v.registro_id = b.id AND v.posicion = iif(b.accion = 'cambio', {DESPUES}, 0) + {i} "
        f"AND v.valor = json_quote(t.\"{c}\")))" for c, i in personales.items())
    # Sin buscar agregadas, solo las filas anotadas: desde un punto de control son pocas, y SQLite parte de ellas en
    # vez de recorrer la tabla entera.
    union = "JOIN" if agregadas_desde is None else "LEFT JOIN"
    cambiadas, agregadas = [], []
    for fila_id, sin_registro in db.execute(
            f'SELECT t.id, u.id IS NULL FROM "{tabla}" t {union} ultimos_de_bitacora u ON u.entidad = ? AND '
            f"u.entidad_id = t.id {union} bitacora b ON b.id = u.id WHERE (u.id IS NULL AND t.id > ?) OR (u.id IS "
            f"NOT NULL AND (b.accion = 'borrado' OR (NOT {igual_a_su_alta} AND {actual} IS NOT {anotado}){aparte})) "
            "ORDER BY t.id", [tabla, agregadas_desde]):
        (agregadas if sin_registro else cambiadas).append(fila_id)
    return cambiadas, agregadas


def filas_borradas(db: BaseDeDatos, tabla: str) -> list[int]:
    """Ids anotados en la bitácora sin borrado cuya fila ya no está en `tabla`."""
    return [f[0] for f in db.execute(
        "SELECT u.entidad_id FROM ultimos_de_bitacora u JOIN bitacora b ON b.id = u.id "
        f"WHERE u.entidad = ? AND b.accion <> 'borrado' AND NOT EXISTS (SELECT 1 FROM \"{tabla}\" t "
        "WHERE t.id = u.entidad_id) ORDER BY u.entidad_id", [tabla]).fetchall()]


