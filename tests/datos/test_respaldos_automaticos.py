"""Respaldos automáticos: sellados con su huella y rotados (7 diarios, 4 semanales, 12 mensuales)."""

from datetime import datetime, timedelta

from ayudas import respaldos_del_pasado
from escritorio.datos import respaldo, respaldo_copia, respaldo_identidad, respaldo_restos, respaldo_rotacion
from escritorio.datos.apertura import abrir


def _momentos(respaldos: list[dict]) -> list[datetime]:
    return sorted((r["momento"] for r in respaldos), reverse=True)


def test_rotacion_conserva_diarios_semanales_y_mensuales_y_nunca_los_manuales(tmp_path):
    """Un año y medio de respaldos de apertura y de cierre, y luego tres aperturas y cierres de verdad: quedan el
    último de cada uno de los 7 días, de las 4 semanas y de los 12 meses más recientes (y ninguno más); el
    manual y la copia antes de migrar, aunque viejos, no se tocan."""
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    manual = respaldo_copia.respaldar(db.conn, ruta, "manual")
    antes_de_migrar = respaldo_copia.respaldar(db.conn, ruta, "antes-de-migrar")
    # El pasado: los días 10 y 20 de cada mes desde junio de 2025, luego cada día a las 18 desde el 15 de
    # octubre hasta el 22 de noviembre de 2026, y en los últimos diez días también la apertura de las 9.
    semilla = respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "cierre", datetime(2025, 6, 10, 18))
    mensuales = [datetime(2025 + (5 + m) // 12, (5 + m) % 12 + 1, dia, 18) for m in range(16) for dia in (10, 20)]
    diarios = [datetime(2026, 10, 15, 18) + timedelta(days=d) for d in range(39)]
    aperturas = [datetime(2026, 11, 14, 9) + timedelta(days=d) for d in range(10)]
    respaldos_del_pasado(semilla, ruta, mensuales[1:] + diarios)
    respaldos_del_pasado(semilla, ruta, aperturas, "apertura")
    assert len(list((tmp_path / "respaldos").glob("*.db"))) == 2 + 32 + 39 + 10

    # El lunes 23 de noviembre de 2026 se cierra la ventana: rota todo lo anterior de una vez.
    ahora = datetime(2026, 11, 23, 18, 0)
    hoy = respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "cierre", ahora)
    assert hoy.exists()
    automaticos = [r for r in respaldo_identidad.listar_respaldos(ruta) if r["motivo"] in ("cierre", "apertura")]
    dia = lambda d: datetime(2026, 11, d, 18)  # noqa: E731
    assert _momentos(automaticos) == [
        ahora, dia(22), dia(21), dia(20), dia(19), dia(18), dia(17),  # los 7 días (a las 9 ya no: quedó el de las 18)
        dia(15), dia(8),                                              # las semanas 46 y 45 (la 47 es el día 22)
        datetime(2026, 10, 31, 18),                                   # octubre
        *[datetime(2026, mes, 20, 18) for mes in range(9, 0, -1)],    # de septiembre a enero
        datetime(2025, 12, 20, 18)]                                   # el duodécimo mes

    # Al día siguiente se abre y se cierra, y el martes 1 de diciembre se vuelve a abrir.
    for momento, motivo in ((datetime(2026, 11, 24, 9), "apertura"), (datetime(2026, 11, 24, 18), "cierre"),
                            (datetime(2026, 12, 1, 9), "apertura")):
        respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, motivo, momento)
    ahora = datetime(2026, 12, 1, 9)
    automaticos = [r for r in respaldo_identidad.listar_respaldos(ruta) if r["motivo"] in ("cierre", "apertura")]
    assert _momentos(automaticos) == [
        ahora, datetime(2026, 11, 24, 18), dia(23), dia(22), dia(21), dia(20), dia(19),  # la apertura del 24, no
        dia(15),                                                      # la semana 46 (se fue la 45: el día 8)
        datetime(2026, 10, 31, 18),
        *[datetime(2026, mes, 20, 18) for mes in range(9, 0, -1)]]    # diciembre de 2025 se fue: entró diciembre
    fechas = sorted({r["momento"].date() for r in automaticos}, reverse=True)
    assert fechas[:7] == [(ahora - timedelta(days=d)).date() for d in (0, 7, 8, 9, 10, 11, 12)]
    assert len({(f.year, f.month) for f in fechas}) == 12
    assert len(automaticos) <= 7 + 4 + 12
    assert all(r["integro"] for r in automaticos)  # lo que queda sigue sellado
    assert manual.exists() and antes_de_migrar.exists()


def test_un_respaldo_alterado_se_detecta_y_no_se_ofrece(tmp_path):
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    bueno = respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "cierre", datetime(2026, 11, 1, 10))
    malo = respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "cierre", datetime(2026, 11, 2, 10))
    with open(malo, "r+b") as archivo:
        archivo.seek(200)
        archivo.write(b"alterado")
    assert respaldo.es_integro(bueno) is True
    assert respaldo.es_integro(malo) is False
    assert respaldo_identidad.mejor_respaldo(ruta) == bueno


def test_la_base_danada_se_aparta_con_fecha_y_nunca_se_pisa(tmp_path):
    ruta = tmp_path / "escritorio.db"
    ruta.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    primera = respaldo_restos.apartar_danada(ruta, datetime(2026, 11, 23, 9))
    ruta.write_bytes(b"SQLite format 3\x00" + b"\x01" * 100)
    segunda = respaldo_restos.apartar_danada(ruta, datetime(2026, 11, 23, 9))
    assert primera != segunda and primera.exists() and segunda.exists() and not ruta.exists()


def test_ningun_respaldo_automatico_ni_copia_de_seguridad_pasa_de_trece_meses(tmp_path):
    """Lo que se suprime no vive en los respaldos automáticos más de `HORIZONTE` (docs/garantias.md, «Respaldos»):
    una copia antes de migrar y otra antes de restaurar de hace catorce meses se van en la próxima rotación, con los
    respaldos de apertura y cierre de entonces; las de hace doce meses quedan, y el manual nunca se toca."""
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    manual = respaldo_copia.respaldar(db.conn, ruta, "manual")
    ahora = datetime(2027, 3, 10, 18)
    semilla = respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "cierre", datetime(2026, 1, 5, 18))
    viejas = respaldos_del_pasado(semilla, ruta, [datetime(2026, 1, 4, 9)], "antes-de-migrar")
    viejas += respaldos_del_pasado(semilla, ruta, [datetime(2026, 1, 3, 9)], "antes-de-restaurar")
    recientes = respaldos_del_pasado(semilla, ruta, [datetime(2026, 3, 20, 9)], "antes-de-migrar")
    respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "cierre", ahora)
    quedan = respaldo_identidad.listar_respaldos(ruta)
    assert not semilla.exists() and not any(v.exists() for v in viejas)
    assert all(r.exists() for r in recientes) and manual.exists()
    assert respaldo_rotacion.vence_la_rotacion(ahora) == ahora + timedelta(days=396)
    assert len(quedan) == 3    # el cierre de hoy, la copia de marzo y el manual


def test_el_unico_respaldo_automatico_no_se_borra_aunque_sea_viejo(tmp_path):
    """Una base que nadie abrió en más de trece meses conserva su último respaldo automático: la rotación no deja
    una base sin ninguno."""
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    unico = respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "cierre", datetime(2025, 1, 5, 18))
    respaldo_rotacion.rotar(ruta.parent / "respaldos", ruta.stem, datetime(2026, 11, 27, 9),
                            respaldo_rotacion.testigo.identidad(db.conn))
    assert unico.exists()
