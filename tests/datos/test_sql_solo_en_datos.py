"""Todo el SQL del programa vive en `escritorio/datos/`: los servicios, la CLI, la ventana y los documentos
llaman a funciones con nombre de `datos/` (y los servicios sostienen las transacciones).

La prueba recorre con `ast` cada archivo de `escritorio/` fuera de `datos/` y falla, con archivo:línea, si
encuentra:

(a) una cadena de SQL, reconocida por su contenido: después de quitar los espacios, los paréntesis y los
    comentarios del comienzo (`-- …` hasta el fin de la línea, `/* … */`), empieza con una palabra de SQL
    (`PALABRAS_SQL`: SELECT, INSERT, WITH, PRAGMA, BEGIN, REPLACE…) seguida de un espacio, un paréntesis o un `*`.
    Cuenta una cadena, una f-string y una suma de cadenas (`"SEL" + "ECT * FROM t"`, `"SELECT " + columnas`), por
    su comienzo y por cada trozo escrito (`f"{previo}SELECT …"`, `previo + "SELECT …"`); o
(b) una llamada que ejecuta SQL, se llame como se llame el objeto: `.execute`, `.executemany` y `.executescript`
    siempre; `.query` e `.insertar` con una cadena de SQL; y `.query`, `.table(…)` y los métodos de la base de
    sqlite-utils sobre algo que se llama como la base (`db`, `base`, `conexion`, `self.db`, `db.conn`), o cualquier
    método de una tabla de sqlite-utils (`db["tabla"].insert(…)`, `db.table("t").rows_where(…)`).
    Un `dict.update`, un `lista.insert` o `url.query()` no son SQL.
"""

import ast
import re
from pathlib import Path


RAIZ = Path(__file__).resolve().parents[2] / "escritorio"

PALABRAS_SQL = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "CREATE", "DROP", "ALTER", "PRAGMA", "BEGIN",
                "COMMIT", "ROLLBACK", "REPLACE", "VACUUM", "ATTACH", "DETACH", "SAVEPOINT", "RELEASE", "REINDEX",
                "ANALYZE", "EXPLAIN", "VALUES", "TRUNCATE", "GRANT", "REVOKE")
# Lo que se salta antes de la palabra: espacios, paréntesis y comentarios de SQL.
RELLENO = re.compile(r"(?:\s+|\(|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$))*", re.DOTALL)
# VARIABLE: lo que pone en la cadena una parte que no está escrita (`{x}` de una f-string, `+ columnas`).
VARIABLE = "\x00"
EMPIEZA_CON_SQL = re.compile(r"(?:%s)(?=[\s(*%s])" % ("|".join(PALABRAS_SQL), VARIABLE), re.IGNORECASE)

# Métodos que, llamados sobre cualquier objeto, ejecutan SQL (conexión o cursor de sqlite3 o psycopg, BaseDeDatos,
# Database de sqlite-utils).
EJECUTAN_SQL = {"execute", "executemany", "executescript"}
# Métodos que ejecutan el SQL que reciben (BaseDeDatos.query, BaseDeDatos.insertar), sobre cualquier objeto: cuentan
# si reciben una cadena de SQL (otros objetos también tienen `.query`, como QUrl).
RECIBEN_SQL = {"query", "insertar"}
# Métodos de la Database de sqlite-utils (y de sqlite3.Connection) que leen o escriben la base: cuentan sobre algo que
# se llama como la base.
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


def _partes(nodo: ast.AST) -> list[ast.AST] | None:
    """Las partes de una cadena armada, en orden: una f-string o una suma (`a + b + c`) con alguna cadena. None si el
    nodo no es una cadena."""
    if isinstance(nodo, ast.Constant) and isinstance(nodo.value, (str, bytes)):
        return [nodo]
    if isinstance(nodo, ast.JoinedStr):
        return list(nodo.values)
    if isinstance(nodo, ast.BinOp) and isinstance(nodo.op, ast.Add):
        izquierda, derecha = _partes(nodo.left), _partes(nodo.right)
        if izquierda is None and derecha is None:
            return None   # una suma de números u otras cosas
        return (izquierda or [nodo.left]) + (derecha or [nodo.right])
    return None


def _texto(parte: ast.AST) -> str:
    if isinstance(parte, ast.Constant) and isinstance(parte.value, str):
        return parte.value
    if isinstance(parte, ast.Constant) and isinstance(parte.value, bytes):
        return parte.value.decode("latin-1")
    return VARIABLE


def es_sql(texto: str) -> bool:
    """¿Empieza con SQL, después de espacios, paréntesis y comentarios?"""
    return bool(EMPIEZA_CON_SQL.match(texto, RELLENO.match(texto).end()))


def sql_de_la_cadena(nodo: ast.AST) -> str | None:
    """El trozo de SQL de una cadena, f-string o suma de cadenas (por su comienzo o por un trozo escrito), o None."""
    partes = _partes(nodo)
    if partes is None:
        return None
    entera = "".join(_texto(p) for p in partes)
    trozos = [entera] + [_texto(p) for p in partes[1:] if _texto(p) != VARIABLE]
    return next((t for t in trozos if es_sql(t)), None)


def sql_fuera_de_datos(ruta: Path) -> list[str]:
    """Los hallazgos de SQL en un archivo de Python, como «ruta:línea: qué»."""
    arbol = ast.parse(ruta.read_text(encoding="utf-8"), filename=str(ruta))
    hallazgos = []
    dentro: set[int] = set()   # los trozos escritos de una cadena armada: cuenta la cadena entera

    def marcar(armada: ast.AST) -> None:
        hijos = armada.values if isinstance(armada, ast.JoinedStr) else \
            [armada.left, armada.right] if isinstance(armada, ast.BinOp) else []
        for hijo in hijos:
            if isinstance(hijo, (ast.Constant, ast.JoinedStr, ast.BinOp)):   # no las expresiones que lleva: {db.x()}
                dentro.add(id(hijo))
                marcar(hijo)

    for nodo in ast.walk(arbol):
        if isinstance(nodo, (ast.JoinedStr, ast.BinOp)) and id(nodo) not in dentro and _partes(nodo) is not None:
            marcar(nodo)
    for nodo in ast.walk(arbol):
        if id(nodo) in dentro:
            continue
        sql = sql_de_la_cadena(nodo)
        if sql is not None:
            primera = sql.strip().split("\n")[0][:60].replace(VARIABLE, "{…}")
            hallazgos.append(f"{ruta}:{nodo.lineno}: cadena de SQL «{primera}»")
            continue
        if isinstance(nodo, ast.Call) and isinstance(nodo.func, ast.Attribute):
            metodo, sobre = nodo.func.attr, nodo.func.value
            argumentos = [*nodo.args, *(k.value for k in nodo.keywords)]
            if (metodo in EJECUTAN_SQL or (metodo in METODOS_DE_LA_BASE and _es_la_base(sobre))
                    or (metodo in RECIBEN_SQL and any(sql_de_la_cadena(a) is not None for a in argumentos))
                    or _es_una_tabla(sobre)):
                hallazgos.append(f"{ruta}:{nodo.lineno}: llamada .{metodo}(…) que ejecuta SQL")
    return sorted(set(hallazgos), key=lambda h: (h.split(":")[0], int(h.split(":")[1]), h))


def _archivos_fuera_de_datos() -> list[Path]:
    return sorted(r for r in RAIZ.rglob("*.py") if (RAIZ / "datos") not in r.parents)


def test_no_hay_sql_fuera_de_datos():
    hallazgos = []
    for ruta in _archivos_fuera_de_datos():
        relativa = ruta.relative_to(RAIZ).as_posix()
        hallazgos += [h.replace(str(ruta), "escritorio/" + relativa, 1) for h in sql_fuera_de_datos(ruta)]
    assert not hallazgos, ("SQL fuera de escritorio/datos/ (muévalo a una función con nombre de datos/ y "
                           "llámela desde el servicio):\n" + "\n".join(hallazgos))


def test_la_busqueda_ve_el_sql_de_datos():
    """La regla reconoce el SQL de verdad: encuentra cadenas y llamadas en casi cada módulo de consultas de datos/."""
    con_sql = [r for r in (RAIZ / "datos").glob("*.py") if sql_fuera_de_datos(r)]
    assert len(con_sql) >= 20, con_sql


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

def escondido(self, cursor, conexion_x, tabla, columnas, orden):
    self._c.query("(SELECT id FROM miembros)")
    cursor.execute(sentencia)
    conexion_x.executemany(otra, [])
    a = "   \\n\\t  DELETE FROM cargos"
    b = "-- los activos\\nSELECT * FROM miembros"
    c = "/* quién paga */ UPDATE cargos SET pagado = 1"
    d = f"  (  select {columnas} from {tabla})"
    e = "SEL" + "ECT * FROM pagos"
    f = "SELECT " + columnas + " FROM " + tabla
    g = orden + " INSERT INTO bitacora VALUES (1)"
    h = f"{orden}REPLACE INTO ajustes VALUES (1)"
    self.repo.insertar("INSERT INTO recibos (numero) VALUES (?)", [1])
    return b"pragma user_version", "Total: " + str(self._c.execute(sentencia).fetchone())

def inocente(base, cosas: dict, lista: list, url, repo):
    cosas.update({"a": 1})
    lista.insert(0, "Seleccionar un miembro")
    url.query()
    repo.insertar(cosas)
    texto = "bytes".decode("utf-8", errors="replace")
    return ("Seleccione un archivo", "Actualizar la ficha", "Borrar", "Selección de miembros", "(con acta)",
            "-- sin comentario", "Con " + texto, f"Valores: {texto}", 1 + 2)
'''


def test_la_busqueda_encuentra_el_sql_de_un_archivo_trampa(tmp_path):
    trampa = tmp_path / "trampa.py"
    trampa.write_text(TRAMPA, encoding="utf-8")
    hallazgos = sql_fuera_de_datos(trampa)
    lineas = sorted({int(h.split(":")[1]) for h in hallazgos})
    # insert (5), upsert (6), executemany y su INSERT (7), query y su f-string (8), el WITH (10), execute (12);
    # query sobre self._c con «(SELECT» (16), cursor.execute (17), conexion_x.executemany (18), espacios (19),
    # comentario «--» (20), comentario «/* */» (21), f-string con paréntesis y espacios (22), suma que parte la
    # palabra (23), suma con variables (24), SQL después de una variable (25, 26), insertar con SQL (27), bytes y
    # un execute dentro de una suma de cadenas (28).
    assert lineas == [5, 6, 7, 8, 10, 12, *range(16, 29)], hallazgos
    assert all(h.startswith(f"{trampa}:") for h in hallazgos)
    assert any("«INSERT INTO tramos" in h for h in hallazgos)
    assert any("«select * from {…} where" in h for h in hallazgos)
    assert any(".insert(" in h for h in hallazgos) and any(".upsert(" in h for h in hallazgos)
    assert sum(f"{trampa}:16:" in h for h in hallazgos) == 2   # la cadena y la llamada .query
    assert sum(f"{trampa}:27:" in h for h in hallazgos) == 2   # la cadena y la llamada .insertar
    assert sum(f"{trampa}:28:" in h for h in hallazgos) == 2   # el PRAGMA y el .execute de adentro de la suma


def test_un_archivo_sin_sql_no_da_hallazgos(tmp_path):
    limpio = tmp_path / "limpio.py"
    limpio.write_text("def inocente" + TRAMPA.split("def inocente")[1], encoding="utf-8")
    assert sql_fuera_de_datos(limpio) == []
