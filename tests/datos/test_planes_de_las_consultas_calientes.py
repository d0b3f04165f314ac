"""Los planes de las consultas calientes no dependen de las estadísticas (issue 63, §1; esquema/planes.py y
estadisticas.py).

Una base crecida como la de una secretaría, solo con las órdenes del programa como procesos reales (`asociacion
crear`, `miembros importar` de ciudades reales, `cuotas escala definir`, `cuotas emitir` de diez años, `pagos
importar` de un extracto y `pagos registrar`). Las consultas de cada orden caliente (el pago, la morosidad, el estado
de cuenta, el recibo, la emisión, el padrón, la búsqueda) se capturan del camino real: la orden de la CLI corre en
este proceso con el rastreo de SQLite encendido en la conexión del programa (y el padrón de la ventana, por el
servicio que ella llama), así que una consulta que cambie mañana se revisa también. El plan de cada una (EXPLAIN
QUERY PLAN) se mira con las estadísticas como las deja el programa, sin ninguna y con unas viejas (las de cuando la
base tenía un año de cuotas y ningún pago).

Las tablas que crecen con los años: `CRECEN`. Lo que se exige:
- las órdenes de un miembro o de un pago (el pago, el estado de cuenta, el recibo, la búsqueda) nunca recorren una de
  esas tablas (SCAN) ni la buscan solo por la asociación (que es toda la tabla): la buscan por el miembro, el pago, la
  cuota o el número;
- las de toda la asociación (la morosidad, la emisión, el padrón de la CLI y el de la ventana) pueden leer una de
  esas tablas una vez, pero nunca dentro de otro recorrido (en una subconsulta correlacionada o como tabla interior
  de una junta) si no es buscando por una clave que no sea la asociación: eso sería leerla entera una vez por cada
  fila de otra.

Con unas estadísticas que dicen que una tabla tiene una fila (las que dejaba el PRAGMA optimize de antes con el
primer pago), el planificador recorre la tabla aunque tenga índice: ningún índice lo evita. Eso lo corrige la primera
escritura (estadisticas.py) o la migración 0050: también se prueba.
"""

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(RAIZ / "tests" / "rendimiento"))

import bases  # noqa: E402
from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso  # noqa: E402
from comun import escribir_xlsx  # noqa: E402
from extractos_de_prueba import Movimiento, banco_importe_con_signo  # noqa: E402

MIEMBROS = 250
PAGOS_DEL_EXTRACTO = 120
# Las que crecen con los años (y no solo con los miembros): cada año trae cuotas, pagos, sus imputaciones y recibos,
# los registros de la bitácora de todo eso, las líneas de los extractos, cifras de población y cambios de estado.
CRECEN = {"cargos", "pagos", "imputaciones", "recibos", "bitacora", "lineas_de_extracto", "poblaciones",
          "estados_miembro"}
_SENTENCIA = re.compile(r"^\s*(SELECT|WITH|INSERT|UPDATE|DELETE|REPLACE)\b", re.I)
_TEMPORAL = re.compile(r"^\s*CREATE\s+(TEMP|TEMPORARY)\s+TABLE|^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+temp\.", re.I)
_ALIAS = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", re.I)
_NO_ALIAS = {"where", "on", "join", "left", "inner", "cross", "order", "group", "limit", "select", "values",
             "using", "set", "as", "natural", "union", "except", "intersect", "having", "window", "default"}


def _proceso(carpeta: Path, base: Path, *argumentos) -> str:
    hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(base), *map(str, argumentos)],
                           cwd=carpeta, env=entorno_aislado(carpeta), capture_output=True, text=True,
                           encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, (argumentos, hecho.stdout[-800:], hecho.stderr[-800:])
    return hecho.stdout


def _estadisticas(ruta: Path) -> list[tuple]:
    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return conexion.execute("SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx").fetchall()
    finally:
        conexion.close()


@pytest.fixture(scope="module")
def crecida(tmp_path_factory):
    """(carpeta, base, estadísticas de cuando tenía un año de cuotas y ningún pago): la base crecida por la CLI."""
    carpeta = tmp_path_factory.mktemp("crecida")
    base = carpeta / "red.db"
    planilla = escribir_xlsx(carpeta / "padron.xlsx", bases.filas_realistas(MIEMBROS))
    _proceso(carpeta, base, "asociacion", "crear", "--nombre", "Red de la tesorería", "--sigla", "RT")
    _proceso(carpeta, base, "miembros", "importar", planilla)
    _proceso(carpeta, base, "cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD",
             "--tramos", bases.TRAMOS, "--articulo", "art. 3")
    viejas = None
    for anio in bases.ANIOS:
        _proceso(carpeta, base, "cuotas", "emitir", anio)
        if viejas is None:
            viejas = _estadisticas(base)
    miembros = json.loads(_proceso(carpeta, base, "miembros", "listar", "--json"))
    extracto = banco_importe_con_signo(carpeta / "extracto.csv", [
        Movimiento(date(2026, 4, 1 + i % 28), f"Cuota {m['nombre']}", "100.00", f"T{i:05d}", "USD")
        for i, m in enumerate(miembros[:PAGOS_DEL_EXTRACTO])])
    _proceso(carpeta, base, "pagos", "importar", extracto, "--moneda", "USD", "--omitir-dudosas")
    for miembro in miembros[-3:]:
        _proceso(carpeta, base, "pagos", "registrar", "--miembro", miembro["id"], "--monto", "150", "--moneda",
                 "USD", "--fecha", "2026-05-02")
    return carpeta, base, viejas, [m["id"] for m in miembros]


def _ordenes(miembros: list[int], carpeta: Path) -> dict[str, tuple[list, bool]]:
    """Cada orden caliente: (argumentos, si es de un miembro o un pago)."""
    deudor = miembros[-1]
    return {
        "pago": (["pagos", "registrar", "--miembro", deudor, "--monto", "40", "--moneda", "USD",
                  "--fecha", "2026-06-01"], True),
        "estado de cuenta": (["cuotas", "estado-cuenta", "--miembro", miembros[0], carpeta / "ec.pdf"], True),
        "recibo": (["pagos", "recibo", "3", carpeta / "recibo.pdf"], True),
        "búsqueda de un recibo": (["buscar", "12"], True),
        "búsqueda de un nombre": (["buscar", "Santa"], True),
        "morosidad": (["cuotas", "morosidad", "--json"], False),
        "emisión": (["cuotas", "emitir", "2027"], False),
        "padrón": (["miembros", "listar", "--json"], False),
    }


@pytest.fixture(scope="module")
def consultas(crecida, tmp_path_factory) -> dict[str, tuple[list[str], bool]]:
    """Las sentencias que corre cada orden caliente, capturadas de la conexión del programa."""
    from escritorio.datos import base_de_datos

    carpeta, base, _, miembros = crecida
    capturadas: list[str] = []
    original = base_de_datos.BaseDeDatos.__init__

    def con_rastreo(self, conn):
        conn.set_trace_callback(capturadas.append)
        original(self, conn)

    resultado = {}
    with pytest.MonkeyPatch.context() as parche:
        parche.setattr(base_de_datos.BaseDeDatos, "__init__", con_rastreo)
        for nombre, (argumentos, de_uno) in _ordenes(miembros, carpeta).items():
            trabajo = tmp_path_factory.mktemp("orden")
            copia = trabajo / "red.db"
            shutil.copyfile(base, copia)
            shutil.copyfile(str(base) + ".testigo", str(copia) + ".testigo")
            capturadas.clear()
            hecho = orden_en_el_proceso(["--db", str(copia), *map(str, argumentos)], trabajo,
                                        entorno_aislado(trabajo))
            assert hecho.returncode == 0, (nombre, hecho.stdout[-800:], hecho.stderr[-800:])
            sentencias = list(dict.fromkeys(s for s in capturadas if _SENTENCIA.match(s) or _TEMPORAL.match(s)))
            assert sentencias, nombre
            resultado[nombre] = (sentencias, de_uno)
        capturadas.clear()
        _padron_de_la_ventana(base, tmp_path_factory.mktemp("ventana") / "red.db")
        resultado["padrón de la ventana"] = (list(dict.fromkeys(s for s in capturadas if _SENTENCIA.match(s))), False)
    return resultado


def _padron_de_la_ventana(base: Path, copia: Path) -> None:
    """Lo que lee la tabla de Miembros al abrir la ventana: la primera pantalla y el resto de a tramos (el mismo
    servicio que llama la ventana, padron_por_partes)."""
    from escritorio.servicios.base import abrir_base, cerrar_base, hoy
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.padron_por_partes import LecturaDelPadron, primera_pantalla

    shutil.copyfile(base, copia)
    shutil.copyfile(str(base) + ".testigo", str(copia) + ".testigo")
    db = abrir_base(copia, crear=False)
    try:
        contexto = Contexto(db, 1)
        primera = primera_pantalla(contexto, hoy())
        lectura = LecturaDelPadron(contexto, hoy(), primera.filas)
        while not lectura.terminada:
            lectura.avanzar()
        assert len(lectura.padron().filas) == MIEMBROS
    finally:
        cerrar_base(db)


def _alias(sentencia: str) -> dict[str, str]:
    alias = {}
    for tabla, nombre in _ALIAS.findall(sentencia):
        alias[tabla] = tabla
        if nombre and nombre.lower() not in _NO_ALIAS:
            alias[nombre] = tabla
    return alias


def _plan(conexion: sqlite3.Connection, sentencia: str) -> list[tuple[int, int, str]]:
    return [(fila[0], fila[1], fila[3]) for fila in conexion.execute("EXPLAIN QUERY PLAN " + sentencia)]


def problemas_del_plan(sentencia: str, plan: list[tuple[int, int, str]], de_uno: bool,
                       tablas: set[str] = CRECEN, solo_exterior: bool = False) -> list[str]:
    """Lo que el plan hace mal con `tablas` (vacío: nada). `solo_exterior`: sin mirar lo que se lee dentro de otro
    recorrido."""
    alias = _alias(sentencia)
    por_id = {nodo: (padre, detalle) for nodo, padre, detalle in plan}
    primeros: dict[int, int] = {}   # por cada padre, el primer recorrido (el exterior de la junta)
    problemas = []
    for nodo, padre, detalle in plan:
        acceso = re.match(r"(SCAN|SEARCH) (\w+)(?: USING (?:COVERING )?INDEX \w+| USING INTEGER PRIMARY KEY)?"
                          r"(?: \((.*)\))?", detalle)
        if not acceso:
            continue
        primeros.setdefault(padre, nodo)
        tabla = alias.get(acceso[2], acceso[2])
        if tabla not in tablas:
            continue
        claves = re.findall(r"(\w+)(?:=|>|<| IN)", acceso[3] or "")
        por_otra_clave = any(clave != "asociacion_id" for clave in claves) or "rowid=" in (acceso[3] or "")
        anidado, arriba = primeros[padre] != nodo, padre
        while arriba and not anidado:   # dentro de una subconsulta correlacionada
            arriba_padre, arriba_detalle = por_id.get(arriba, (0, ""))
            anidado = arriba_detalle.startswith("CORRELATED")
            arriba = arriba_padre
        if acceso[1] == "SEARCH" and not acceso[3]:   # min() o max() de su índice: una sola fila
            continue
        if anidado and solo_exterior:
            continue
        if (de_uno or anidado) and (acceso[1] == "SCAN" or not por_otra_clave):
            problemas.append(f"{detalle} ({tabla}{', dentro de otro recorrido' if anidado else ''})")
    return problemas


def _revisar(consultas, ruta: Path, tablas: set[str] = CRECEN, solo_exterior: bool = False) -> list[str]:
    malos = []
    for orden, (sentencias, de_uno) in consultas.items():
        conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)   # nueva: lee sqlite_stat1 al abrir
        try:
            for sentencia in sentencias:
                for problema in problemas_del_plan(sentencia, _plan(conexion, sentencia), de_uno, tablas,
                                                   solo_exterior):
                    malos.append(f"{orden}: {problema}\n    {' '.join(sentencia.split())[:300]}")
                if _TEMPORAL.match(sentencia):   # las tablas temporales de la orden (la emisión arma su plan)
                    conexion.execute(sentencia)
        finally:
            conexion.close()
    return malos


def _sin_problemas(malos: list[str]) -> None:
    assert not malos, "\n".join(malos)


def _con_estadisticas(crecida, tmp_path, filas: list[tuple] | None) -> Path:
    """Una copia de la base con `filas` como sqlite_stat1 (None: sin ninguna)."""
    _, base, _, _ = crecida
    copia = tmp_path / "red.db"
    shutil.copyfile(base, copia)
    conexion = sqlite3.connect(copia)
    with conexion:
        conexion.execute("DELETE FROM sqlite_stat1")
        conexion.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", filas or [])
    conexion.close()
    return copia


def test_las_ordenes_calientes_corren_las_consultas_que_se_revisan(consultas):
    """La prueba de la prueba: lo capturado es lo que hace cada orden (las consultas de cada una, con sus valores)."""
    todas = {orden: " ".join(sentencias) for orden, (sentencias, _) in consultas.items()}
    assert "FROM cargos" in todas["pago"] and "INSERT INTO pagos" in todas["pago"]
    assert "imputaciones" in todas["morosidad"] and "imputaciones" in todas["estado de cuenta"]
    assert "FROM recibos" in todas["búsqueda de un recibo"] and "INSERT INTO cargos" in todas["emisión"]
    assert "poblaciones" in todas["padrón de la ventana"] and "poblaciones" in todas["padrón"]


def test_con_las_estadisticas_que_deja_el_programa(crecida, consultas):
    _, base, _, _ = crecida
    tablas = {tbl for tbl, _, _ in _estadisticas(base)}
    assert {"cargos", "pagos", "imputaciones", "recibos", "miembros"} <= tablas, tablas
    _sin_problemas(_revisar(consultas, base))


def test_sin_estadisticas(crecida, consultas, tmp_path):
    _sin_problemas(_revisar(consultas, _con_estadisticas(crecida, tmp_path, None)))


def test_con_las_estadisticas_de_cuando_la_base_tenia_un_anio(crecida, consultas, tmp_path):
    _, _, viejas, _ = crecida
    assert any(tbl == "cargos" for tbl, _, _ in viejas) and not any(tbl == "pagos" for tbl, _, _ in viejas)
    _sin_problemas(_revisar(consultas, _con_estadisticas(crecida, tmp_path, viejas)))


def test_unas_estadisticas_de_una_fila_se_corrigen_con_la_primera_escritura(crecida, consultas, tmp_path):
    """Lo que dejaba el PRAGMA optimize de antes: las de los pagos, calculadas con el primer pago (una fila). Con
    ellas el planificador recorre la tabla (para él, de una fila) aun buscando un pago por su número; la primera
    orden que escribe las vuelve a calcular al cerrar, y los planes quedan bien."""
    carpeta, base, _, miembros = crecida
    de_una_fila = [fila for fila in _estadisticas(base) if fila[0] not in {"pagos", "imputaciones", "recibos"}] + [
        ("pagos", "pagos_miembro_fecha", "1 1 1"), ("imputaciones", "imputaciones_pago_cargo", "1 1 1 1"),
        ("imputaciones", "imputaciones_cargo_pago", "1 1 1 1"), ("recibos", "sqlite_autoindex_recibos_1", "1 1")]
    copia = _con_estadisticas(crecida, tmp_path, de_una_fila)
    assert _revisar(consultas, copia) != [], "con una fila, el planificador recorre: la prueba mira lo que importa"
    shutil.copyfile(str(base) + ".testigo", str(copia) + ".testigo")
    _proceso(tmp_path, copia, "pagos", "registrar", "--miembro", miembros[-2], "--monto", "10", "--moneda", "USD",
             "--fecha", "2026-06-02")
    _sin_problemas(_revisar(consultas, copia))


def test_la_migracion_pone_los_indices_y_corrige_las_estadisticas_de_una_base_de_antes(crecida, consultas, tmp_path):
    """Una base de la versión anterior (sin la 0050, con los índices de antes y las estadísticas que dejaba PRAGMA
    optimize: las de los pagos de cuando había uno): la primera orden que la abre la migra, y los planes quedan bien."""
    carpeta, base, _, _ = crecida
    copia = tmp_path / "red.db"
    shutil.copyfile(base, copia)
    conexion = sqlite3.connect(copia)
    with conexion:
        for indice in ("cargos_miembro_vencimiento", "imputaciones_cargo_pago", "imputaciones_pago_cargo",
                       "pagos_miembro_fecha", "recibos_numero"):
            conexion.execute(f"DROP INDEX {indice}")
        conexion.execute("CREATE INDEX imputaciones_cargo ON imputaciones(cargo_id)")
        conexion.execute("CREATE INDEX imputaciones_pago ON imputaciones(pago_id)")
        conexion.execute("CREATE INDEX pagos_miembro ON pagos(miembro_id)")
        conexion.execute("DELETE FROM _sqlite_migrations WHERE name = '0050_planes'")
        conexion.execute("DELETE FROM sqlite_stat1 WHERE tbl IN ('pagos', 'imputaciones', 'recibos')")
        conexion.executemany("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", [
            ("pagos", "pagos_miembro", "1 1"), ("imputaciones", "imputaciones_pago", "1 1"),
            ("imputaciones", "imputaciones_cargo", "1 1"), ("recibos", "sqlite_autoindex_recibos_1", "1 1")])
    conexion.close()
    assert _revisar(consultas, copia) != []

    _proceso(tmp_path, copia, "miembros", "listar", "--json")

    conexion = sqlite3.connect(f"file:{copia}?mode=ro", uri=True)
    try:
        indices = {n for (n,) in conexion.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        filas_de_pagos = conexion.execute("SELECT count(*) FROM pagos").fetchone()[0]
    finally:
        conexion.close()
    assert {"cargos_miembro_vencimiento", "pagos_miembro_fecha", "recibos_numero"} <= indices
    assert not {"imputaciones_cargo", "imputaciones_pago", "pagos_miembro"} & indices
    (stat,) = [stat for tbl, idx, stat in _estadisticas(copia) if idx == "pagos_miembro_fecha"]
    assert int(stat.split()[0]) > filas_de_pagos / 2
    _sin_problemas(_revisar(consultas, copia))


def test_las_ordenes_de_un_miembro_no_leen_el_padron_entero(crecida, consultas, tmp_path):
    """El estado de cuenta, el pago y el recibo leen el miembro por su id, no el padrón de toda la asociación (con
    100.000 miembros, el estado de cuenta leía y ordenaba los cien mil para encontrar uno). Contar los miembros de cada
    asociación (la lista de asociaciones con que cada orden elige la suya, dentro del recorrido de las asociaciones)
    no es leer el padrón: 2 ms con 100.000."""
    de_un_miembro = {orden: consultas[orden] for orden in ("pago", "estado de cuenta", "recibo")}
    padron = {"miembros", "poblaciones", "estados_miembro", "autoridades"}
    _sin_problemas(_revisar(de_un_miembro, crecida[1], padron, solo_exterior=True))
    _sin_problemas(_revisar(de_un_miembro, _con_estadisticas(crecida, tmp_path, None), padron, solo_exterior=True))


def test_una_escritura_que_no_hizo_crecer_ninguna_tabla_no_recalcula_nada(crecida, tmp_path):
    """Las estadísticas se recalculan cuando una tabla creció, no en cada escritura: un pago más (con su recibo y su
    bitácora) en la base como la dejó el programa no corre ningún ANALYZE ni cambia sqlite_stat1."""
    from escritorio.datos import base_de_datos

    _, base, _, miembros = crecida
    copia = tmp_path / "red.db"
    for sufijo in ("", ".testigo"):
        shutil.copyfile(str(base) + sufijo, str(copia) + sufijo)
    antes = _estadisticas(copia)
    sentencias: list[str] = []
    original = base_de_datos.BaseDeDatos.__init__

    def con_rastreo(self, conn):
        conn.set_trace_callback(sentencias.append)
        original(self, conn)

    with pytest.MonkeyPatch.context() as parche:
        parche.setattr(base_de_datos.BaseDeDatos, "__init__", con_rastreo)
        hecho = orden_en_el_proceso(["--db", str(copia), "pagos", "registrar", "--miembro", str(miembros[-2]),
                                     "--monto", "10", "--moneda", "USD", "--fecha", "2026-06-02"], tmp_path,
                                    entorno_aislado(tmp_path))
    assert hecho.returncode == 0, hecho.stderr
    assert any(s.startswith("INSERT INTO pagos") for s in sentencias)
    assert not [s for s in sentencias if s.lstrip().upper().startswith("ANALYZE")]
    assert _estadisticas(copia) == antes



def test_la_emision_busca_los_saldos_a_favor_sin_recorrer_ninguna_tabla_que_crece(crecida, consultas, tmp_path):
    """La búsqueda de los miembros con saldo a favor que hace cada emisión (datos/cuotas.py,
    `miembros_con_saldo_a_favor`) parte de la lista de pagos con saldo (migración 0054) y busca cada pago por su
    clave: nunca recorre una tabla que crece con los años, ni siquiera una vez (con las estadísticas del programa, sin
    ninguna o con las de cuando la base tenía un año)."""
    sentencias, _ = consultas["emisión"]
    saldos = [s for s in sentencias if "FROM pagos_con_saldo s" in s]
    assert len(saldos) == 1, saldos
    _, base, viejas, _ = crecida
    (tmp_path / "sin").mkdir()
    (tmp_path / "viejas").mkdir()
    for ruta in (base, _con_estadisticas(crecida, tmp_path / "sin", None),
                 _con_estadisticas(crecida, tmp_path / "viejas", viejas)):
        _sin_problemas(_revisar({"emisión, saldos a favor": (saldos, True)}, ruta))
