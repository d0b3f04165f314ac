"""La migración 0056 sobre una base con mociones de la 0055: la admitida fuera de plazo copia su motivo en
`motivo_admision`; las demás (admitida en plazo, fuera de plazo pero ya aplazada, no admitida) quedan en NULL, y la
bitácora anota la columna nueva desde entonces."""

import json

import pytest

from escritorio.datos import apertura
from escritorio.datos.apertura import abrir
from escritorio.datos.esquema import CONJUNTO, MIGRACIONES
from escritorio.datos.migraciones import Migraciones


@pytest.fixture
def base_anterior(tmp_path, monkeypatch):
    """Una base con la 0055 como última migración y cuatro mociones."""
    anteriores = Migraciones(CONJUNTO)
    indice = [m.name for m in MIGRACIONES._migrations].index("0056_motivo_de_admision")
    for real in MIGRACIONES._migrations[:indice]:
        anteriores(name=real.name)(real.fn)
    monkeypatch.setattr(apertura, "MIGRACIONES", anteriores)
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    with db.conn:
        db.execute("INSERT INTO asociaciones (id, nombre, sigla) VALUES (1, 'Red del Litoral', 'RDL')")
        db.execute("INSERT INTO organos (id, asociacion_id, nombre, tipo) VALUES (1, 1, 'Asamblea', 'asamblea')")
        db.execute("INSERT INTO sesiones (id, organo_id, numero, fecha, convocada_el) VALUES "
                   "(1, 1, 1, '2026-10-01', '2026-09-01')")
        db.execute("INSERT INTO puntos_orden (id, sesion_id, orden, titulo) VALUES (1, 1, 1, 'Mociones')")
        for numero, estado, motivo, tarde in ((1, "admitida", "Llegó por correo el día del plazo", 1),
                                              (2, "admitida", None, 0),
                                              (3, "aplazada", "Falta el informe", 1),
                                              (4, "no_admitida", "Ajena al punto", 1)):
            db.execute("INSERT INTO mociones (sesion_id, punto_id, numero, titulo, texto, recibida_el, estado, "
                       "motivo, fuera_de_plazo) VALUES (1, 1, ?, 'Moción', 'Texto.', '2026-09-28', ?, ?, ?)",
                       [numero, estado, motivo, tarde])
    assert "motivo_admision" not in [c[1] for c in db.execute("PRAGMA table_info(mociones)")]
    db.close()
    monkeypatch.setattr(apertura, "MIGRACIONES", MIGRACIONES)
    return ruta


def test_la_admitida_fuera_de_plazo_conserva_su_motivo_y_la_bitacora_anota_la_columna(base_anterior):
    db = abrir(base_anterior)
    try:
        assert db.execute("SELECT numero, motivo, motivo_admision FROM mociones ORDER BY numero").fetchall() == [
            (1, "Llegó por correo el día del plazo", "Llegó por correo el día del plazo"),
            (2, None, None), (3, "Falta el informe", None), (4, "Ajena al punto", None)]
        with db.conn:
            db.execute("UPDATE mociones SET estado = 'aplazada', motivo = 'Sin quórum' WHERE numero = 1")
        [(datos,)] = db.execute("SELECT datos FROM bitacora WHERE entidad = 'mociones' AND accion = 'cambio'")
        despues = json.loads(datos)["despues"]
        # La bitácora copia las columnas en su orden (las de migraciones posteriores van después de esta).
        columnas = [c[1] for c in db.execute("PRAGMA table_info(mociones)")]
        assert despues[columnas.index("motivo_admision")] == "Llegó por correo el día del plazo"
        assert "Sin quórum" in despues
    finally:
        db.close()
