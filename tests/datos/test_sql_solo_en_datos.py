"""Todo el SQL del programa vive en `escritorio/datos/`: los servicios, la CLI, la ventana y los documentos
llaman a funciones con nombre de `datos/` (y los servicios sostienen las transacciones).

La prueba recorre con `ast` cada archivo de `escritorio/` fuera de `datos/` y falla, con archivo:línea, si
encuentra:

(a) una cadena literal (también una f-string) que empieza, tras espacios, por una palabra de SQL seguida de un
    espacio («SELECT …», «INSERT …», «PRAGMA …»); o
(b) una llamada que ejecuta SQL: `.execute`, `.executemany`, `.executescript`, o `.query`/`.table(…)` y los
    métodos de la base de sqlite-utils sobre algo que es la base (`db`, `base`, `conexion`, `self.db`, `db.conn`),
    o cualquier método de una tabla de sqlite-utils (`db["tabla"].insert(…)`, `db.table("t").rows_where(…)`).
    Un `dict.update` o un `lista.insert` no son SQL: la regla mira solo lo que cuelga de la base.
"""

import ast
import re
from pathlib import Path


RAIZ = Path(__file__).resolve().parents[2] / "escritorio"

PALABRAS_SQL = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "CREATE", "DROP", "ALTER", "PRAGMA", "BEGIN",
                "COMMIT", "ROLLBACK", "REPLACE", "VACUUM", "ATTACH", "SAVEPOINT", "RELEASE")
EMPIEZA_CON_SQL = re.compile(r"\s*(?:%s)\s" % "|".join(PALABRAS_SQL), re.IGNORECASE)

# Métodos que, llamados sobre cualquier objeto, ejecutan SQL (conexión o cursor de sqlite3, Database de
# sqlite-utils).
EJECUTAN_SQL = {"execute", "executemany", "executescript"}
# Métodos de la Database de sqlite-utils (y de sqlite3.Connection) que leen o escriben la base: cuentan solo
# sobre algo que es la base (otros objetos también tienen `.query`, como QUrl).
METODOS_DE_LA_BASE = {"query", "table", "table_names", "view_names", "create_table", "create_view", "vacuum",
                      "attach", "enable_wal", "disable_wal", "iterdump", "backup", "executescript"}
# Nombres con los que el programa llama a la base (sqlite_utils.Database o sqlite3.Connection).
NOMBRES_DE_LA_BASE = {"db", "base", "conexion", "conn", "bd"}


def _es_la_base(nodo: ast.AST) -> bool:
    """`db`, `base`, `conexion`, `self.db`, `contexto.db`, `db.conn`…"""
    if isinstance(nodo, ast.Name):
        return nodo.id in NOMBRES_DE_LA_BASE
    if isinstance(nodo, ast.Attribute):
        return nodo.attr in NOMBRES_DE_LA_BASE
    return False


def _es_una_tabla(nodo: ast.AST) -> bool:
    """`db["tabla"]` (subíndice de la base) o `db.table("tabla")`."""
    if isinstance(nodo, ast.Subscript):
        return _es_la_base(nodo.value)
    if isinstance(nodo, ast.Call) and isinstance(nodo.func, ast.Attribute):
        return nodo.func.attr == "table" and _es_la_base(nodo.func.value)
    return False


def _comienzo_del_texto(nodo: ast.AST) -> str | None:
    """El texto literal con que empieza una cadena o una f-string (None si no es una cadena)."""
    if isinstance(nodo, ast.Constant) and isinstance(nodo.value, str):
        return nodo.value
    if isinstance(nodo, ast.JoinedStr):
        texto = ""
        for parte in nodo.values:
            if isinstance(parte, ast.Constant) and isinstance(parte.value, str):
                texto += parte.value
            else:
                # Lo que venga después de un {…} ya no es el comienzo; con lo de antes basta.
                return texto + "\x00"
        return texto
    return None


def sql_fuera_de_datos(ruta: Path) -> list[str]:
    """Los hallazgos de SQL en un archivo de Python, como «ruta:línea: qué»."""
    arbol = ast.parse(ruta.read_text(encoding="utf-8"), filename=str(ruta))
    hallazgos = []
    dentro_de_fstring: set[int] = set()
    for nodo in ast.walk(arbol):
        if isinstance(nodo, ast.JoinedStr):
            dentro_de_fstring.update(id(parte) for parte in nodo.values)
    for nodo in ast.walk(arbol):
        if id(nodo) in dentro_de_fstring:
            continue  # el trozo de una f-string: cuenta la f-string entera
        texto = _comienzo_del_texto(nodo)
        if texto is not None:
            if EMPIEZA_CON_SQL.match(texto):
                primera = texto.strip().split("\n")[0][:60]
                hallazgos.append(f"{ruta}:{nodo.lineno}: cadena de SQL «{primera}»")
            continue
        if isinstance(nodo, ast.Call) and isinstance(nodo.func, ast.Attribute):
            metodo, sobre = nodo.func.attr, nodo.func.value
            if (metodo in EJECUTAN_SQL or (metodo in METODOS_DE_LA_BASE and _es_la_base(sobre))
                    or _es_una_tabla(sobre)):
                hallazgos.append(f"{ruta}:{nodo.lineno}: llamada .{metodo}(…) que ejecuta SQL")
    return sorted(set(hallazgos), key=lambda h: (h.split(":")[0], int(h.split(":")[1])))


def _archivos_fuera_de_datos() -> list[Path]:
    return sorted(r for r in RAIZ.rglob("*.py") if (RAIZ / "datos") not in r.parents)


def test_no_hay_sql_fuera_de_datos():
    hallazgos = []
    for ruta in _archivos_fuera_de_datos():
        relativa = ruta.relative_to(RAIZ).as_posix()
        hallazgos += [h.replace(str(ruta), "escritorio/" + relativa, 1) for h in sql_fuera_de_datos(ruta)]
    assert not hallazgos, ("SQL fuera de escritorio/datos/ (muévalo a una función con nombre de datos/ y "
                           "llámela desde el servicio):\n" + "\n".join(hallazgos))


# --- la prueba de la prueba: un archivo trampa -------------------------------------------------------------

TRAMPA = '''
from sqlite_utils import Database

def alta(db, datos, tabla):
    db["miembros"].insert(datos)
    db.table("cargos").upsert(datos, pk="id")
    db.conn.executemany("INSERT INTO tramos VALUES (?, ?)", [])
    filas = list(db.query(f"select * from {tabla} where id = ?", [1]))
    consulta = (
        "   WITH x AS (SELECT 1) "
        "SELECT * FROM x")
    self.db.execute(consulta)
    return filas

def inocente(base, cosas: dict, lista: list, url):
    cosas.update({"a": 1})
    lista.insert(0, "Seleccionar un miembro")
    url.query()
    return "Seleccione un archivo", "Actualizar la ficha", "Borrar", "Selección de miembros"
'''


def test_la_busqueda_encuentra_el_sql_de_un_archivo_trampa(tmp_path):
    trampa = tmp_path / "trampa.py"
    trampa.write_text(TRAMPA, encoding="utf-8")
    hallazgos = sql_fuera_de_datos(trampa)
    lineas = sorted(int(h.split(":")[1]) for h in hallazgos)
    # insert (5), upsert (6), executemany y su INSERT (7), query y su f-string (8), el WITH (10), execute (12)
    assert sorted(set(lineas)) == [5, 6, 7, 8, 10, 12], hallazgos
    assert all(h.startswith(f"{trampa}:") for h in hallazgos)
    assert any("«INSERT INTO tramos" in h for h in hallazgos)
    assert any("«select * from" in h for h in hallazgos)
    assert any(".insert(" in h for h in hallazgos) and any(".upsert(" in h for h in hallazgos)


def test_un_archivo_sin_sql_no_da_hallazgos(tmp_path):
    limpio = tmp_path / "limpio.py"
    limpio.write_text(TRAMPA.split("def inocente")[0].replace("db", "x").split("def alta")[0]
                      + "def inocente" + TRAMPA.split("def inocente")[1], encoding="utf-8")
    assert sql_fuera_de_datos(limpio) == []
