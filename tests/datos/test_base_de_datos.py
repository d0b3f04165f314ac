"""BaseDeDatos hace lo mismo que la Database de sqlite-utils en lo que el programa usa, y abrir una base ya migrada
no importa sqlite-utils (~50 ms de cada orden)."""

import sqlite3
import subprocess
import sys

import pytest
from sqlite_utils import Database

from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.servicios.base import abrir_base


@pytest.fixture(params=["nuestra", "sqlite_utils"])
def base(request, tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db")
    db = BaseDeDatos(conn) if request.param == "nuestra" else Database(conn, execute_plugins=False)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, nombre TEXT NOT NULL)")
    yield db
    db.close()


def _otra_conexion_ve(db, tabla="t") -> int:
    ruta = db.conn.execute("PRAGMA database_list").fetchone()[2]
    otra = sqlite3.connect(ruta)
    try:
        return otra.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]
    finally:
        otra.close()


def test_una_escritura_suelta_queda_confirmada(base):
    base.execute("INSERT INTO t (nombre) VALUES (?)", ["Rosario"])
    assert not base.conn.in_transaction
    assert _otra_conexion_ve(base) == 1


def test_una_escritura_dentro_de_una_transaccion_espera_al_commit(base):
    base.execute("BEGIN IMMEDIATE")
    base.execute("INSERT INTO t (nombre) VALUES ('Rosario')")
    assert base.conn.in_transaction
    assert _otra_conexion_ve(base) == 0
    base.execute("COMMIT")
    assert _otra_conexion_ve(base) == 1


def test_una_sentencia_fallida_no_deja_una_transaccion_abierta(base):
    with pytest.raises(sqlite3.IntegrityError):
        base.execute("INSERT INTO t (nombre) VALUES (NULL)")
    assert not base.conn.in_transaction


def test_query_da_diccionarios_con_los_nombres_repetidos_renombrados(base):
    base.execute("INSERT INTO t (nombre) VALUES ('Rosario')")
    filas = list(base.query("SELECT id, nombre, id, nombre AS id_2 FROM t WHERE nombre = ?", ["Rosario"]))
    assert filas == [{"id": 1, "nombre": "Rosario", "id_3": 1, "id_2": "Rosario"}]


def test_query_rechaza_lo_que_no_devuelve_filas_sin_escribirlo(base):
    with pytest.raises(ValueError):
        list(base.query("INSERT INTO t (nombre) VALUES ('Rosario')"))
    assert _otra_conexion_ve(base) == 0


def test_los_disparadores_se_disparan_en_cadena(base):
    assert base.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    assert base.table_names() == ["t"]


@pytest.mark.proceso  # lanza otro programa
def test_abrir_una_base_migrada_no_importa_sqlite_utils(tmp_path):
    ruta = tmp_path / "red.db"
    abrir_base(ruta).close()  # crearla sí aplica las migraciones de sqlite-utils
    programa = ("import sys; from escritorio.servicios.base import abrir_base; from escritorio.servicios.asociaciones "
                f"import listar_asociaciones; db = abrir_base({str(ruta)!r}); listar_asociaciones(db); db.close(); "
                "print(sorted(m for m in sys.modules if m.startswith('sqlite_utils')))")
    salida = subprocess.run([sys.executable, "-c", programa], capture_output=True, text=True, check=True)
    assert salida.stdout.strip() == "[]"
