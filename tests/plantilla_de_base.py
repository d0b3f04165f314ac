"""Bases nuevas copiadas de una plantilla: las migraciones corren una vez por sesión de pruebas, no en cada prueba.

Crear una base aplica cada migración registrada en `datos/esquema/__init__.py` (`esquema.MIGRACIONES`, que crece con cada
cambio del esquema; unas décimas de segundo cada vez, y cientos de pruebas crean la suya).
Esta extensión de pytest crea una base vacía una sola vez, con el camino real (`datos.apertura.abrir`), y
después, cuando el programa va a migrar una base recién creada y vacía, copia la plantilla dentro de la misma
conexión con la API de respaldo de SQLite: el resultado es el mismo esquema, byte a byte, que dejarían las
migraciones. Lo único propio de cada base, su identidad al azar (migración 0009), se sortea de nuevo: la plantilla
no la tiene (se le quita una vez, con sus disparadores quitados y repuestos tal cual) y cada copia recibe la suya
con el mismo INSERT que hace la migración. Quitar y reponer los disparadores en cada copia costaba unos 6 ms por base
(SQLite vuelve a leer el esquema entero en cada cambio de esquema), y cientos de pruebas crean la suya.

Las pruebas que tratan de las migraciones mismas llevan la marca `migraciones_reales` y migran de verdad; también
lo hacen las de la CLI como proceso real (otro proceso no ve esta extensión).
"""

import sqlite3
from pathlib import Path

import pytest

from escritorio.datos import esquema
from una_vez_por_corrida import compartida


def pytest_configure(config):
    config.addinivalue_line("markers", "migraciones_reales: la prueba crea sus bases aplicando cada migración")
    config.addinivalue_line("markers", "solo_sqlite(motivo): la prueba trata de algo que solo tiene la base de un "
                            "archivo; en tests/servicios no corre sobre el servidor")


@pytest.fixture(scope="session")
def _plantilla_vacia(tmp_path_factory) -> Path:
    """Una sola vez en la corrida (tests/una_vez_por_corrida.py): cada proceso la abre solo para leer."""
    return compartida(tmp_path_factory, "plantilla_vacia", _armar_la_plantilla)


def _armar_la_plantilla(carpeta: Path) -> Path:
    from escritorio.datos.apertura import abrir

    ruta = carpeta / "vacia.db"
    abrir(ruta).close()
    conn = sqlite3.connect(ruta)
    try:
        _sin_identidad(conn)
    finally:
        conn.close()
    return ruta


def _sin_identidad(conn: sqlite3.Connection) -> None:
    """La identidad no se borra (dos disparadores lo impiden): se quitan, se borra la fila y se reponen tal cual."""
    disparadores = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'identidad_base' ORDER BY name").fetchall()
    assert len(disparadores) == 2, disparadores   # los de la migración 0009: si cambian, revisar esto
    with conn:
        for nombre, _ in disparadores:
            conn.execute(f'DROP TRIGGER "{nombre}"')
        conn.execute("DELETE FROM identidad_base")
        for _, sql in disparadores:
            conn.execute(sql)


def _sortear_identidad(conn: sqlite3.Connection) -> None:
    """La fila de la migración 0009, con su identidad al azar (un INSERT: los disparadores solo impiden cambiarla)."""
    with conn:
        conn.execute("INSERT INTO identidad_base (unica, base_id) VALUES (1, lower(hex(randomblob(16))))")


def _copiar_sin_diario(plantilla: Path, destino: sqlite3.Connection) -> None:
    """La plantilla copiada en la base recién creada (y vacía) de `destino`. La base ya está en modo WAL (`abrir`
    lo pone antes de migrar): copiada así, cada página pasaría por el diario -wal y otra vez al archivo al cerrarse
    (unos 2 ms por base). Con nadie más conectado, la copia se escribe directo en el archivo y la base vuelve al
    modo en que estaba."""
    modo = destino.execute("PRAGMA journal_mode").fetchone()[0]
    if modo == "wal":
        destino.execute("PRAGMA journal_mode = DELETE")
    origen = sqlite3.connect(f"file:{plantilla}?mode=ro", uri=True)
    try:
        origen.backup(destino)
    finally:
        origen.close()
        if modo == "wal":
            destino.execute("PRAGMA journal_mode = WAL")


@pytest.fixture(autouse=True)
def _bases_nuevas_de_la_plantilla(request, monkeypatch):
    if request.node.get_closest_marker("migraciones_reales"):
        yield
        return
    plantilla = request.getfixturevalue("_plantilla_vacia")
    migrar = esquema.MIGRACIONES.apply

    def migrar_o_copiar(db, **opciones):
        if opciones or db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return migrar(db, **opciones)
        _copiar_sin_diario(plantilla, db.conn)
        _sortear_identidad(db.conn)

    monkeypatch.setattr(esquema.MIGRACIONES, "apply", migrar_o_copiar)
    yield
