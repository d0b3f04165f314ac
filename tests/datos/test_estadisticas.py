"""Las estadísticas del planificador de SQLite (datos/estadisticas.py, migración 0034): con ellas, un pago lee solo las
cuotas del miembro por su índice, y no todas las de la asociación; la migración las calcula en una base que no las
tiene, una conexión que escribió las pone al día al cerrarse (estadisticas.optimizar) y una que solo leyó no escribe
nada."""

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rendimiento"))

import bases  # noqa: E402

from escritorio.servicios.base import abrir_base, cerrar_base  # noqa: E402
from escritorio.servicios.contexto import Contexto  # noqa: E402
from escritorio.servicios.pagos import NuevoPago, prever_pago, registrar_pago  # noqa: E402

MIEMBROS = 300


@pytest.fixture(scope="module")
def tesoreria(tmp_path_factory) -> Path:
    """Una tesorería de 300 miembros con diez años de cuotas y pagos (la de los bancos, en chico)."""
    return bases.armar(tmp_path_factory.mktemp("tesoreria") / "escritorio.db", MIEMBROS, informar=lambda *a, **k: None)


@pytest.fixture
def copia(tesoreria, tmp_path) -> Path:
    destino = tmp_path / "escritorio.db"
    destino.write_bytes(tesoreria.read_bytes())
    return destino


def _que_debe(ruta: Path) -> int:
    conexion = sqlite3.connect(ruta)
    try:
        return conexion.execute("SELECT c.miembro_id FROM cargos c WHERE NOT EXISTS (SELECT 1 FROM imputaciones i "
                                "WHERE i.cargo_id = c.id) ORDER BY c.miembro_id LIMIT 1").fetchone()[0]
    finally:
        conexion.close()


def _consultas_de(db, hacer) -> list[str]:
    """Las consultas (SELECT) que corre `hacer()` en la conexión, con sus valores."""
    vistas: list[str] = []
    db.conn.set_trace_callback(vistas.append)
    try:
        hacer()
    finally:
        db.conn.set_trace_callback(None)
    return [s for s in vistas if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def _planes(db, consultas: list[str]) -> list[tuple[str, list[str]]]:
    return [(consulta, [fila[3] for fila in db.execute("EXPLAIN QUERY PLAN " + consulta)]) for consulta in consultas]


def _estadisticas(ruta: Path, tabla: str) -> list[tuple]:
    conexion = sqlite3.connect(ruta)
    try:
        if not conexion.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return []
        return conexion.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = ? ORDER BY idx", [tabla]).fetchall()
    finally:
        conexion.close()


def _sin_estadisticas(ruta: Path, *, sin_la_migracion: bool = False) -> None:
    """Como una base anterior a la migración 0034 (o a la que nadie le calculó estadísticas)."""
    conexion = sqlite3.connect(ruta)
    with conexion:
        conexion.execute("DELETE FROM sqlite_stat1")
        if sin_la_migracion:
            conexion.execute("DELETE FROM _sqlite_migrations WHERE name = '0034_estadisticas'")
    conexion.close()


def _lee_solo_las_del_miembro(planes) -> None:
    tocan_cargos = [(consulta, plan) for consulta, plan in planes if "cargos" in consulta]
    assert tocan_cargos, "el pago lee las cuotas del miembro"
    for consulta, plan in tocan_cargos:
        assert not any("cargos_asociacion_anio" in paso or paso.startswith("SCAN") for paso in plan), (consulta, plan)
        assert any("miembro_id=?)" in paso for paso in plan), (consulta, plan)


def test_un_pago_lee_solo_las_cuotas_del_miembro(copia):
    miembro = _que_debe(copia)
    db = abrir_base(copia, crear=False)
    try:
        pago = NuevoPago(miembro, date(2026, 11, 20), "5", "USD")
        consultas = _consultas_de(db, lambda: registrar_pago(Contexto(db, 1), pago))
        _lee_solo_las_del_miembro(_planes(db, consultas))
        assert not any("sqlite_stat" in c for c in consultas)
        # Una sola previsión por pago: las cuotas del miembro se leen una vez.
        assert sum("FROM cargos c WHERE" in c for c in consultas) == 1
    finally:
        cerrar_base(db)


def test_sin_estadisticas_el_pago_tambien_lee_solo_las_cuotas_del_miembro(copia):
    """Antes de la migración 0050, sin sqlite_stat1 la misma consulta del pago recorría los cargos de la asociación;
    ahora el índice (asociacion_id, miembro_id, vencimiento) la resuelve entera y gana sin estadísticas
    (test_planes_de_las_consultas_calientes.py lo mira en cada orden caliente)."""
    _sin_estadisticas(copia)
    db = abrir_base(copia, crear=False)
    try:
        consultas = _consultas_de(db, lambda: prever_pago(Contexto(db, 1), NuevoPago(_que_debe(copia),
                                                                                     date(2026, 11, 20), "5", "USD")))
        _lee_solo_las_del_miembro(_planes(db, consultas))
    finally:
        db.conn.close()   # sin escribir: ni las estadísticas


def test_la_migracion_calcula_las_estadisticas_de_una_base_que_no_las_tiene(copia):
    _sin_estadisticas(copia, sin_la_migracion=True)
    assert _estadisticas(copia, "cargos") == []

    db = abrir_base(copia, crear=False)   # aplica la migración 0034
    try:
        estadisticas = dict(_estadisticas(copia, "cargos"))
        assert set(estadisticas) == {"cargos_asociacion_anio", "sqlite_autoindex_cargos_1",
                                     "cargos_miembro_vencimiento"}
        # Por miembro: unas diez cuotas (una por año); por asociación, cientos.
        assert estadisticas["sqlite_autoindex_cargos_1"].split()[1] == "10"
        consultas = _consultas_de(db, lambda: prever_pago(Contexto(db, 1), NuevoPago(_que_debe(copia),
                                                                                     date(2026, 11, 20), "5", "USD")))
        _lee_solo_las_del_miembro(_planes(db, consultas))
    finally:
        cerrar_base(db)


def test_cerrar_una_conexion_que_escribio_pone_al_dia_las_estadisticas(copia):
    _sin_estadisticas(copia)
    db = abrir_base(copia, crear=False)
    registrar_pago(Contexto(db, 1), NuevoPago(_que_debe(copia), date(2026, 11, 20), "5", "USD"))
    assert _estadisticas(copia, "cargos") == [], "todavía no: al cerrar"
    cerrar_base(db)
    assert {idx for idx, _ in _estadisticas(copia, "cargos")} == {"cargos_asociacion_anio",
                                                                  "sqlite_autoindex_cargos_1",
                                                                  "cargos_miembro_vencimiento"}


def test_una_conexion_que_solo_leyo_no_escribe_al_cerrar(copia):
    _sin_estadisticas(copia)
    db = abrir_base(copia, crear=False)
    prever_pago(Contexto(db, 1), NuevoPago(_que_debe(copia), date(2026, 11, 20), "5", "USD"))
    cerrar_base(db)
    assert _estadisticas(copia, "cargos") == []


def test_una_transaccion_grande_las_pone_al_dia_sin_esperar_al_cierre(copia):
    """La ventana tiene la base abierta horas: después de emitir un año (miles de filas) ya planea con las nuevas."""
    from escritorio.servicios import emision_de_cuotas

    _sin_estadisticas(copia)
    db = abrir_base(copia, crear=False)
    try:
        prever_pago(Contexto(db, 1), NuevoPago(_que_debe(copia), date(2026, 11, 20), "5", "USD"))  # usa los cargos
        emision_de_cuotas.emitir(Contexto(db, 1), 2027)
        assert {idx for idx, _ in _estadisticas(copia, "cargos")} >= {"sqlite_autoindex_cargos_1"}
    finally:
        cerrar_base(db)


def test_los_saldos_a_favor_no_recorren_los_pagos(copia):
    """Emitir busca los pagos con saldo a favor en la lista de los que todavía lo tienen (migración 0054), y de cada
    uno lee su pago por la clave: nunca recorre la tabla de pagos (diez años de pagos) ni salta por el índice del
    miembro."""
    from escritorio.datos import cuotas as tabla_cuotas

    db = abrir_base(copia, crear=False)
    try:
        consultas = _consultas_de(db, lambda: tabla_cuotas.miembros_con_saldo_a_favor(db, 1, "USD"))
        (plan,) = [p for c, p in _planes(db, consultas) if "FROM pagos_con_saldo s" in c]
        assert not any(paso.startswith("SCAN p") and not paso.startswith("SCAN pagos_con_saldo") for paso in plan), plan
        assert any("SEARCH p USING INTEGER PRIMARY KEY" in paso for paso in plan), plan
        assert not any("pagos_miembro" in paso for paso in plan), plan
    finally:
        cerrar_base(db)
