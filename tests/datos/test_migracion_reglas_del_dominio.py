"""La migración 0012 sobre una base con datos de la 0011: nada se pierde, las listas ampliadas admiten los cargos
nuevos y siguen rechazando lo inventado, y la bitácora registra también las columnas nuevas."""

import sqlite3

import pytest
from sqlite_utils.migrations import Migrations

from escritorio.datos import conexion
from escritorio.datos.conexion import abrir
from escritorio.datos.esquema import CONJUNTO, MIGRACIONES, TABLAS_CON_BITACORA, TABLAS_CON_BITACORA_0007, \
    TABLAS_CON_BITACORA_0012
from escritorio.datos.esquema_documentos import TABLAS_CON_BITACORA_0013, TABLAS_CON_BITACORA_0014


@pytest.fixture
def base_0011(tmp_path, monkeypatch):
    """Una base con la 0011 como última migración y un órgano con reglas, mandato, país y elección."""
    anteriores = Migrations(CONJUNTO)
    indice = [m.name for m in MIGRACIONES._migrations].index("0012_reglas_del_dominio")
    for real in MIGRACIONES._migrations[:indice]:
        anteriores(name=real.name)(real.fn)
    monkeypatch.setattr(conexion, "MIGRACIONES", anteriores)
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    with db.conn:
        db.execute("INSERT INTO asociaciones (id, nombre, sigla, fecha_fundacion) VALUES (1, 'Red del Litoral', 'RDL', "
                   "'1995-11-11')")
        db.execute("INSERT INTO paises_asociacion VALUES (1, 'AR', 'pleno'), (1, 'CL', 'asociado')")
        db.execute("INSERT INTO miembros (id, asociacion_id, nombre, pais) VALUES (1, 1, 'Rosario', 'AR')")
        db.execute("INSERT INTO organos (id, asociacion_id, nombre, tipo) VALUES (1, 1, 'Consejo', 'consejo')")
        db.execute("INSERT INTO reglas_quorum (organo_id, tipo_decision, numerador, denominador, poderes_maximos, "
                   "articulo) VALUES (1, 'ordinaria', 1, 2, 2, 'Estatuto, art. 19')")
        db.execute("INSERT INTO mandatos (id, organo_id, miembro_id, cargo, desde) VALUES (1, 1, 1, 'titular', '2024-12-01')")
        db.execute("INSERT INTO correcciones_mandato (mandato_id, campo, antes, despues, motivo) "
                   "VALUES (1, 'cargo', 'integrante', 'titular', 'Error de carga')")
    db.close()
    monkeypatch.setattr(conexion, "MIGRACIONES", MIGRACIONES)
    return ruta


def test_la_0012_conserva_todo_y_fecha_lo_que_ya_regia(base_0011):
    db = abrir(base_0011)

    regla = next(db.query("SELECT * FROM reglas_quorum"))
    assert regla["poderes_maximos"] == 2 and regla["articulo"] == "Estatuto, art. 19"
    assert regla["vigente_desde"] == "1900-01-01" and regla["mayoria"] is None and regla["quorum_propio"] == 1
    assert db.execute("SELECT pais, categoria, desde FROM categorias_pais ORDER BY pais").fetchall() == [
        ("AR", "pleno", "1995-11-11"), ("CL", "asociado", "1995-11-11")]
    assert db.execute("SELECT desde FROM reglas_composicion").fetchall() == []
    assert db.execute("SELECT count(*) FROM correcciones_mandato").fetchone()[0] == 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_los_cargos_de_una_secretaria_tecnica_se_admiten_y_un_cargo_inventado_no(base_0011):
    db = abrir(base_0011)
    with db.conn:
        db.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (1, 1, 'secretario_finanzas', "
                   "'2026-01-01')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (1, 1, 'emperador', '2026-01-01')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO reglas_composicion (organo_id, tipo) VALUES (1, 'a_dedo')")
    with db.conn:
        db.execute("INSERT INTO reglas_composicion (organo_id, tipo, parametros) VALUES "
                   "(1, 'de_oficio', '{\"organos\": [\"secretaria_ejecutiva\"]}')")
    # Otra conexión (otro programa) ve el esquema nuevo.
    otra = sqlite3.connect(base_0011)
    otra.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (1, 1, 'tesorero', '2026-01-01')")
    otra.commit()
    otra.close()


def test_una_mayoria_simple_no_admite_otra_base_que_los_votos_emitidos(base_0011):
    db = abrir(base_0011)
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO reglas_quorum (organo_id, tipo_decision, mayoria, base_mayoria) "
                   "VALUES (1, 'reforma_estatuto', 'simple', 'presentes')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO reglas_quorum (organo_id, tipo_decision, mayoria) VALUES (1, 'disolucion', 'absoluta')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO reglas_quorum (organo_id, tipo_decision) VALUES (1, 'capricho')")


# La clave de emparejamiento de un miembro se deriva de su país, región y nombre (migración 0010): la bitácora
# registra esas columnas, no la derivada.
DERIVADAS = {"miembros": {"clave"}}


def test_cada_columna_de_cada_tabla_con_bitacora_queda_registrada(tmp_path):
    """Si una tabla gana una columna y sus triggers de bitácora no se rehacen, el cambio de esa columna no queda
    registrado: esta prueba lo detecta para todas las tablas."""
    db = abrir(tmp_path / "escritorio.db")
    for tabla in (*TABLAS_CON_BITACORA, *TABLAS_CON_BITACORA_0007, *TABLAS_CON_BITACORA_0012,
                  *TABLAS_CON_BITACORA_0013, *TABLAS_CON_BITACORA_0014):
        columnas = [f[1] for f in db.execute(f"PRAGMA table_info({tabla})") if f[2].upper() != "BLOB"]
        for accion in ("alta", "cambio", "baja"):
            sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                             [f"bitacora_{tabla}_{accion}"]).fetchone()
            assert sql is not None, f"falta el trigger de bitácora {accion} de {tabla}"
            prefijo = "OLD" if accion == "baja" else "NEW"
            faltan = [c for c in columnas if f"{prefijo}.{c}" not in sql[0] and c not in DERIVADAS.get(tabla, ())]
            assert not faltan, f"la bitácora de {tabla} ({accion}) no registra {faltan}"
