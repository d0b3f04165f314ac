"""Respaldos automáticos: sellados con su huella y rotados (7 diarios, 4 semanales, 12 mensuales)."""

from datetime import datetime, timedelta

from escritorio.datos import respaldo
from escritorio.datos.conexion import abrir


def test_rotacion_conserva_diarios_semanales_y_mensuales_y_nunca_los_manuales(tmp_path):
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    manual = respaldo.respaldar(db.conn, ruta, "manual")
    ahora = datetime(2026, 11, 23, 18, 0)
    for dia in range(400):  # un respaldo de cierre por día durante más de un año
        respaldo.respaldar_automaticamente(db.conn, ruta, "cierre", ahora - timedelta(days=dia))
    automaticos = [r for r in respaldo.listar_respaldos(ruta) if r["motivo"] == "cierre"]
    fechas = sorted({r["momento"].date() for r in automaticos}, reverse=True)
    assert fechas[:7] == [(ahora - timedelta(days=d)).date() for d in range(7)]
    assert len({(f.year, f.month) for f in fechas}) == 12 or len({(f.year, f.month) for f in fechas}) == 13
    assert len(automaticos) <= 7 + 4 + 12
    assert manual.exists()


def test_un_respaldo_alterado_se_detecta_y_no_se_ofrece(tmp_path):
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    bueno = respaldo.respaldar_automaticamente(db.conn, ruta, "cierre", datetime(2026, 11, 1, 10))
    malo = respaldo.respaldar_automaticamente(db.conn, ruta, "cierre", datetime(2026, 11, 2, 10))
    with open(malo, "r+b") as archivo:
        archivo.seek(200)
        archivo.write(b"alterado")
    assert respaldo.es_integro(bueno) is True
    assert respaldo.es_integro(malo) is False
    assert respaldo.mejor_respaldo(ruta) == bueno


def test_la_base_danada_se_aparta_con_fecha_y_nunca_se_pisa(tmp_path):
    ruta = tmp_path / "escritorio.db"
    ruta.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    primera = respaldo.apartar_danada(ruta, datetime(2026, 11, 23, 9))
    ruta.write_bytes(b"SQLite format 3\x00" + b"\x01" * 100)
    segunda = respaldo.apartar_danada(ruta, datetime(2026, 11, 23, 9))
    assert primera != segunda and primera.exists() and segunda.exists() and not ruta.exists()
