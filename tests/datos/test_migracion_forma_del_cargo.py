"""La migración 0049 (issue 61, §4) sobre una base con datos de la 0048: los mandatos y las candidaturas que ya
había quedan en la forma masculina, como se nombraban («Secretario Ejecutivo»), y la base admite la femenina y
rechaza lo inventado."""

import sqlite3

import pytest

from escritorio.datos import apertura
from escritorio.datos.apertura import abrir
from escritorio.datos.esquema import CONJUNTO, MIGRACIONES
from escritorio.datos.migraciones import Migraciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import composicion


@pytest.fixture
def base_anterior(tmp_path, monkeypatch):
    """Una base con la migración anterior a la 0049 como última, y un Secretario Ejecutivo."""
    anteriores = Migraciones(CONJUNTO)
    indice = [m.name for m in MIGRACIONES._migrations].index("0049_forma_del_cargo")
    for real in MIGRACIONES._migrations[:indice]:
        anteriores(name=real.name)(real.fn)
    monkeypatch.setattr(apertura, "MIGRACIONES", anteriores)
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    with db.conn:
        db.execute("INSERT INTO asociaciones (id, nombre, sigla) VALUES (1, 'Red del Litoral', 'RDL')")
        db.execute("INSERT INTO organos (id, asociacion_id, nombre, tipo) VALUES (1, 1, 'Secretaría Técnica', "
                   "'secretaria_tecnica')")
        db.execute("INSERT INTO mandatos (id, organo_id, persona, cargo, desde, hasta) VALUES (1, 1, 'Ana Pérez', "
                   "'secretario_ejecutivo', '2024-12-01', '2025-11-30')")
    assert "forma" not in [c[1] for c in db.execute("PRAGMA table_info(mandatos)")]
    db.close()
    monkeypatch.setattr(apertura, "MIGRACIONES", MIGRACIONES)
    return ruta


def test_los_mandatos_de_antes_siguen_en_masculino_y_la_base_admite_el_femenino(base_anterior):
    from datetime import date

    db = abrir(base_anterior)
    assert db.execute("SELECT forma FROM mandatos WHERE id = 1").fetchone() == ("masculina",)
    [asiento] = composicion(Contexto(db, 1), 1, date(2025, 1, 1)).asientos
    assert asiento.nombre_del_cargo == "Secretario Ejecutivo"
    with db.conn:
        db.execute("INSERT INTO mandatos (organo_id, persona, cargo, desde, forma) VALUES (1, 'Eva Ruiz', "
                   "'secretario_ejecutivo', '2025-12-01', 'femenina')")
    [asiento] = composicion(Contexto(db, 1), 1, date(2026, 1, 1)).asientos
    assert asiento.nombre_del_cargo == "Secretaria Ejecutiva"
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO mandatos (organo_id, persona, cargo, desde, forma) VALUES (1, 'X', 'director', "
                   "'2025-12-01', 'neutra')")
    db.close()
