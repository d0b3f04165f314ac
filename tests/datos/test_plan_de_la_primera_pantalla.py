"""La primera pantalla del padrón (servicios/padron_por_partes.py), que se lee en el camino de la ventana a su primera
pintura, busca sus 200 miembros por la clave primaria, digan lo que digan las estadísticas del planificador: con las
de una base que creció usando el programa (calculadas cuando la asociación tenía pocos miembros), SQLite recorría el
índice de la asociación entera para elegirlos (issue 63 §5)."""

import sqlite3

import pytest

from escritorio.datos import miembros as tabla_miembros
from escritorio.servicios.base import abrir_base, hoy


def _planes(db, hacer) -> list[list[str]]:
    vistas: list[str] = []
    db.conn.set_trace_callback(vistas.append)
    try:
        hacer()
    finally:
        db.conn.set_trace_callback(None)
    return [[fila[3] for fila in db.execute("EXPLAIN QUERY PLAN " + sql)] for sql in vistas
            if sql.lstrip().upper().startswith("SELECT")]


@pytest.mark.parametrize("estadisticas", ["las de la demo", "las de una base que creció"])
def test_la_primera_pantalla_busca_sus_miembros_por_la_clave_primaria(copia_de_la_demo, estadisticas):
    if estadisticas == "las de una base que creció":
        # Como quedan en una base de 100.000 miembros armada con el programa: el índice de la asociación parece
        # elegir 401 filas (se calcularon con la asociación chica).
        conexion = sqlite3.connect(copia_de_la_demo)
        with conexion:
            conexion.execute("ANALYZE")
            conexion.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'miembros'")
            conexion.execute("INSERT INTO sqlite_stat1 VALUES ('miembros', 'miembros_asociacion_pais', '17450 401 401')")
        conexion.close()
    db = abrir_base(copia_de_la_demo)
    try:
        asociacion, = db.execute("SELECT id FROM asociaciones LIMIT 1").fetchone()
        ids = [fila[0] for fila in db.execute("SELECT id FROM miembros WHERE asociacion_id = ? LIMIT 200",
                                              [asociacion])]
        leidas = []
        planes = _planes(db, lambda: leidas.extend(
            tabla_miembros.padron_de_los_ids(db, asociacion, hoy().isoformat(), ids)))
    finally:
        db.close()
    assert sorted(f[0] for f in leidas) == sorted(ids)
    (plan,) = planes
    busqueda_de_miembros = [paso for paso in plan if paso.startswith(("SEARCH m ", "SCAN m"))]
    assert busqueda_de_miembros == ["SEARCH m USING INTEGER PRIMARY KEY (rowid=?)"], plan
