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
    sqlite-utils sobre algo que se llama como la base (`db`, `base`, `conexion`, `self.db`, `db.conn`); o
(c) una tabla de sqlite-utils, se llame como se llame la base: `.table(…)` sobre cualquier objeto, un método o
    una propiedad de tabla (`METODOS_DE_TABLA`: insert, upsert, update, delete, rows_where, rows…) sobre un
    subíndice (`cx["cargos"].insert(…)`, `x[tabla].rows`) o sobre un nombre al que se le asignó un subíndice o un
    `.table(…)` (`t = cx["cargos"]` y después `t.insert(…)`). `.get` y `.count`, que también son de `dict` y de
    `list`, cuentan solo sobre la base (`db["t"].get(1)`).
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


# Métodos y propiedades de una Table de sqlite-utils: sobre un subíndice (`x["t"]`) o un nombre que guarda uno, leen o
# escriben la base, se llame como se llame. `get` y `count` no están: `dict.get` y `list.count` son comunes; sobre la
# base (`db["t"].get(1)`) cuentan igual.
METODOS_DE_TABLA = {"insert", "insert_all", "upsert", "upsert_all", "update", "delete", "delete_where", "rows",
                    "rows_where", "pks_and_rows_where", "lookup", "count_where", "search", "search_sql", "transform",
                    "add_column", "add_missing_columns", "add_foreign_key", "create", "create_index", "drop",
                    "duplicate", "extract", "convert", "enable_fts", "disable_fts", "populate_fts", "rebuild_fts",
                    "optimize", "exists", "analyze_column", "columns", "columns_dict", "schema", "pks", "indexes",
                    "foreign_keys", "triggers", "last_pk", "last_rowid"}


def _es_una_tabla(nodo: ast.AST) -> bool:
    """`db["tabla"]` (subíndice de la base) o `x.table("tabla")` (sobre cualquier objeto)."""
    if isinstance(nodo, ast.Subscript):
        return _es_la_base(nodo.value)
    return _es_table(nodo)


def _es_table(nodo: ast.AST) -> bool:
    return isinstance(nodo, ast.Call) and isinstance(nodo.func, ast.Attribute) and nodo.func.attr == "table"


def _nombres_de_tablas(nodos: list[ast.AST]) -> set[str]:
    """Los nombres a los que se les asigna un subíndice o un `.table(…)`: `t = cx["cargos"]`, `self.t = x.table("t")`.
    `nodos`: los del árbol del archivo (`ast.walk`)."""
    nombres = set()
    for nodo in nodos:
        if isinstance(nodo, (ast.Assign, ast.AnnAssign, ast.NamedExpr)) and nodo.value is not None \
                and (isinstance(nodo.value, ast.Subscript) or _es_table(nodo.value)):
            destinos = nodo.targets if isinstance(nodo, ast.Assign) else [nodo.target]
            nombres |= {ast.unparse(d) for d in destinos if isinstance(d, (ast.Name, ast.Attribute))}
    return nombres


def _uso_de_tabla(nodo: ast.Attribute, tablas: set[str]) -> bool:
    """`x[…].insert`, `x[…].rows`, `t.upsert` con `t = x[…]`: un método o propiedad de tabla de sqlite-utils."""
    if nodo.attr not in METODOS_DE_TABLA:
        return False
    return isinstance(nodo.value, ast.Subscript) or ast.unparse(nodo.value) in tablas


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
    nodos = list(ast.walk(arbol))   # recorrido una vez, mirado tres (recorrer el árbol es lo caro)
    hallazgos = []
    dentro: set[int] = set()   # los trozos escritos de una cadena armada: cuenta la cadena entera

    def marcar(armada: ast.AST) -> None:
        hijos = armada.values if isinstance(armada, ast.JoinedStr) else \
            [armada.left, armada.right] if isinstance(armada, ast.BinOp) else []
        for hijo in hijos:
            if isinstance(hijo, (ast.Constant, ast.JoinedStr, ast.BinOp)):   # no las expresiones que lleva: {db.x()}
                dentro.add(id(hijo))
                marcar(hijo)

    for nodo in nodos:
        if isinstance(nodo, (ast.JoinedStr, ast.BinOp)) and id(nodo) not in dentro and _partes(nodo) is not None:
            marcar(nodo)
    tablas = _nombres_de_tablas(nodos)
    for nodo in nodos:
        if id(nodo) in dentro:
            continue
        if isinstance(nodo, ast.Attribute) and _uso_de_tabla(nodo, tablas):
            hallazgos.append(f"{ruta}:{nodo.lineno}: tabla de sqlite-utils .{nodo.attr} sobre «{ast.unparse(nodo.value)}»")
            continue
        sql = sql_de_la_cadena(nodo)
        if sql is not None:
            primera = sql.strip().split("\n")[0][:60].replace(VARIABLE, "{…}")
            hallazgos.append(f"{ruta}:{nodo.lineno}: cadena de SQL «{primera}»")
            continue
        if isinstance(nodo, ast.Call) and isinstance(nodo.func, ast.Attribute):
            metodo, sobre = nodo.func.attr, nodo.func.value
            argumentos = [*nodo.args, *(k.value for k in nodo.keywords)]
            if (metodo in EJECUTAN_SQL or metodo == "table" or (metodo in METODOS_DE_LA_BASE and _es_la_base(sobre))
                    or (metodo in RECIBEN_SQL and any(sql_de_la_cadena(a) is not None for a in argumentos))
                    or _es_una_tabla(sobre)):
                hallazgos.append(f"{ruta}:{nodo.lineno}: llamada .{metodo}(…) que ejecuta SQL")
    return sorted(set(hallazgos), key=lambda h: (h.split(":")[0], int(h.split(":")[1]), h))


def _archivos_fuera_de_datos(raiz: Path) -> list[Path]:
    return sorted(r for r in raiz.rglob("*.py") if (raiz / "datos") not in r.parents)


def sql_del_paquete(raiz: Path) -> list[str]:
    """Los hallazgos de todos los módulos del paquete `raiz` fuera de su `datos/`, como «escritorio/…:línea: qué»."""
    hallazgos = []
    for ruta in _archivos_fuera_de_datos(raiz):
        relativa = ruta.relative_to(raiz).as_posix()
        hallazgos += [h.replace(str(ruta), "escritorio/" + relativa, 1) for h in sql_fuera_de_datos(ruta)]
    return hallazgos


def test_no_hay_sql_fuera_de_datos():
    hallazgos = sql_del_paquete(RAIZ)
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


# --- una tabla de sqlite-utils con la base bajo otro nombre ---------------------------------------------------------

SERVICIO_TRAMPOSO = '''
from ..datos.base_de_datos import BaseDeDatos

def emitir(contexto, miembro_id: int, anio: int, tabla: str):
    cx = contexto.db
    cx["cargos"].insert({"miembro_id": miembro_id, "anio": anio})
    cx[tabla].upsert({"id": 1}, pk="id")
    hoja = cx["cargos"]
    hoja.update(1, {"importe": 0})
    filas = list(cx["pagos"].rows_where("miembro_id = ?", [miembro_id]))
    total = cx["pagos"].rows
    cx.table("recibos").delete(3)
    self.hoja = cx.table("exenciones")
    self.hoja.delete_where("anio = ?", [anio])
    return filas, total, [c.name for c in cx["cargos"].columns]

def sin_base(grupos: dict, filas: list, partes: dict, tabla: str):
    partes["acta"].get("id")
    filas[0][:3].count(1)
    grupo = grupos[tabla]
    return grupo.get("total"), grupos.get(tabla), len(filas)
'''


def test_una_tabla_de_sqlite_utils_cuenta_se_llame_como_se_llame_la_base(tmp_path):
    """`cx["cargos"].insert(…)` con la base bajo otro nombre: la prueba ve cada uso de una tabla, no solo los de
    algo que se llama `db`."""
    trampa = tmp_path / "servicio.py"
    trampa.write_text(SERVICIO_TRAMPOSO, encoding="utf-8")
    hallazgos = sql_fuera_de_datos(trampa)
    lineas = sorted({int(h.split(":")[1]) for h in hallazgos})
    # insert (6), upsert con la tabla en una variable (7), el subíndice guardado y su update (9), rows_where (10),
    # la propiedad rows (11), table(…).delete (12), self.hoja = table(…) (13) y su delete_where (14), columns (15).
    assert lineas == [6, 7, 9, 10, 11, 12, 13, 14, 15], hallazgos
    assert any("tabla de sqlite-utils .insert sobre «cx['cargos']»" in h for h in hallazgos), hallazgos
    assert any(".update sobre «hoja»" in h for h in hallazgos), hallazgos


def test_un_servicio_que_escribe_por_una_tabla_hace_fallar_la_regla(tmp_path):
    """El paquete con un servicio plantado que escribe por `cx["cargos"].insert(…)`: la regla lo nombra (y no el
    mismo código dentro de datos/, donde vive)."""
    raiz = tmp_path / "escritorio"
    (raiz / "servicios").mkdir(parents=True)
    (raiz / "datos").mkdir()
    (raiz / "servicios" / "cuotas_a_mano.py").write_text(SERVICIO_TRAMPOSO, encoding="utf-8")
    (raiz / "datos" / "cuotas_a_mano.py").write_text(SERVICIO_TRAMPOSO, encoding="utf-8")
    hallazgos = sql_del_paquete(raiz)
    assert hallazgos and all(h.startswith("escritorio/servicios/cuotas_a_mano.py:") for h in hallazgos), hallazgos
    assert "escritorio/servicios/cuotas_a_mano.py:6: tabla de sqlite-utils .insert sobre «cx['cargos']»" in hallazgos
