"""La verificación de todos los días parte del punto de control de la última que pasó (issue 77, §6), y no por eso
deja de ver lo que la completa ve: un registro de la bitácora falsificado antes del punto y otro después, como los
falsifica quien tiene el archivo (sqlite3, con los triggers quitados y vueltos a poner), se encuentran los dos. El
que está después, aunque el falsificador vuelva a poner a mano el contador de cambios del esquema: lo encuentra el
recorrido desde el punto. El de antes con el contador repuesto no se ve desde el punto (lo dice docs/garantias.md):
lo encuentra la completa, que se hace sola a la semana o con «--completa». La verificación corre como proceso."""

import json
import sqlite3
from datetime import datetime, timedelta

import pytest

from ayudas import sin_sus_triggers

DESDE_EL_PUNTO = "Verificación desde el punto de control (sello"
ESQUEMA_CAMBIADO = "Verificación completa: el esquema de la base cambió desde la última verificación"


def _ok(hecho):
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho


def _un_dia_de_trabajo(cli, ruta, miembros=(1, 2, 3)) -> None:
    """Lo que hace la tesorería en un día: registrar unos pagos (cada uno, su imputación y su recibo)."""
    for miembro in miembros:
        _ok(cli("pagos", "registrar", "--miembro", miembro, "--monto", "10", "--moneda", "USD", "--fecha",
                "2026-01-15", db=ruta))


def _ultimo_del_punto(ruta) -> int:
    return json.loads(ruta.with_name(ruta.name + ".testigo").read_text())["punto_de_control"]["registro_id"]


def _falsificar(ruta, registro: int, *, reponer_el_contador: bool = False) -> None:
    """Cambia el texto del registro `registro` de la bitácora sin tocar su sello: quita los triggers que lo impiden,
    lo cambia y los vuelve a poner iguales. Con `reponer_el_contador`, además deja el contador de cambios del esquema
    como estaba (PRAGMA schema_version), para que no se note en él."""
    conn = sqlite3.connect(ruta)
    try:
        (antes,) = conn.execute("PRAGMA schema_version").fetchone()
        assert sin_sus_triggers(conn, "bitacora", "UPDATE bitacora SET datos = replace(datos, '1', '7') WHERE id = ?",
                          [registro]) == 1
        if reponer_el_contador:
            conn.execute(f"PRAGMA schema_version = {antes}")
            conn.commit()
    finally:
        conn.close()


def _registro_con_un_uno(ruta, desde: int, hasta: int | None = None) -> int:
    conn = sqlite3.connect(ruta)
    try:
        return conn.execute("SELECT id FROM bitacora WHERE id > ? AND id <= ? AND datos LIKE '%1%' ORDER BY id LIMIT 1",
                            [desde, hasta if hasta is not None else 1 << 62]).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def con_punto(demo_como, cli):
    """La demo verificada una vez (completa: deja el punto) y un día de trabajo después."""
    ruta = demo_como("red.db")
    primera = _ok(cli("verificar", db=ruta))
    assert "Verificación completa: es la primera de esta base en esta computadora" in primera.stdout
    _un_dia_de_trabajo(cli, ruta)
    return ruta


def test_la_de_cada_dia_recorre_lo_nuevo_y_dice_desde_donde(con_punto, cli_proceso):
    punto = _ultimo_del_punto(con_punto)
    hecho = _ok(cli_proceso("verificar", db=con_punto))
    assert DESDE_EL_PUNTO in hecho.stdout
    assert "La base de datos está sana." in hecho.stdout
    conn = sqlite3.connect(con_punto)
    (nuevos,) = conn.execute("SELECT count(*) FROM bitacora WHERE id > ?", [punto]).fetchone()
    conn.close()
    assert nuevos > 0 and f"se comprobaron los {nuevos} registros de la bitácora posteriores" in hecho.stdout
    assert _ultimo_del_punto(con_punto) > punto   # el punto avanzó
    completa = _ok(cli_proceso("verificar", "--completa", db=con_punto))
    assert "Verificación completa, como se pidió." in completa.stdout and DESDE_EL_PUNTO not in completa.stdout


def test_un_registro_falsificado_antes_del_punto_se_encuentra(con_punto, cli_proceso):
    _falsificar(con_punto, _registro_con_un_uno(con_punto, 0, _ultimo_del_punto(con_punto)))
    hecho = cli_proceso("verificar", db=con_punto)
    assert hecho.returncode == 1, hecho.stdout + hecho.stderr
    assert ESQUEMA_CAMBIADO in hecho.stdout
    assert "fueron alterados (el sello" in hecho.stderr


def test_un_registro_falsificado_despues_del_punto_lo_encuentra_el_recorrido_desde_el_punto(con_punto, cli_proceso):
    _falsificar(con_punto, _registro_con_un_uno(con_punto, _ultimo_del_punto(con_punto)), reponer_el_contador=True)
    hecho = cli_proceso("verificar", db=con_punto)
    assert hecho.returncode == 1, hecho.stdout + hecho.stderr
    assert DESDE_EL_PUNTO in hecho.stdout   # partió del punto: el contador no delató nada
    assert "fueron alterados (el sello" in hecho.stderr


def test_antes_del_punto_con_el_contador_repuesto_lo_encuentra_la_completa(con_punto, cli_proceso):
    from escritorio.datos.apertura import abrir
    from escritorio.servicios.punto_de_control import partida

    _falsificar(con_punto, _registro_con_un_uno(con_punto, 0, _ultimo_del_punto(con_punto)),
                reponer_el_contador=True)
    completa = cli_proceso("verificar", "--completa", db=con_punto)
    assert completa.returncode == 1 and "fueron alterados (el sello" in completa.stderr
    db = abrir(con_punto)
    try:   # y sin pedirla, a la semana de la última completa la verificación lo es
        assert partida(db).punto is not None
        dentro_de_una_semana = partida(db, ahora=datetime.now() + timedelta(days=7, minutes=1))
        assert dentro_de_una_semana.punto is None and "se hace entera una vez por semana" in dentro_de_una_semana.motivo
    finally:
        db.close()


def test_una_fila_cambiada_sin_rastro_antes_del_punto_se_encuentra(con_punto, cli_proceso):
    conn = sqlite3.connect(con_punto)
    try:
        assert sin_sus_triggers(conn, "miembros", "UPDATE miembros SET fundador = 1 - fundador WHERE id = 1") == 1
    finally:
        conn.close()
    hecho = cli_proceso("verificar", db=con_punto)
    assert hecho.returncode == 1 and ESQUEMA_CAMBIADO in hecho.stdout
    assert "Datos cambiados por fuera de Escritorio" in hecho.stderr and "«miembros»" in hecho.stderr


def test_una_fila_cambiada_con_sqlite3_despues_del_punto_queda_sin_sellar(con_punto, cli_proceso):
    conn = sqlite3.connect(con_punto)
    conn.execute("UPDATE miembros SET fundador = 1 - fundador WHERE id = 2")
    conn.commit()
    conn.close()
    hecho = cli_proceso("verificar", db=con_punto)
    assert hecho.returncode == 1 and DESDE_EL_PUNTO in hecho.stdout
    assert "registros sin sellar" in hecho.stderr


def test_una_importacion_de_miembros_hace_completa_la_siguiente_y_despues_vuelve_el_punto(con_punto, cli, tmp_path):
    planilla = tmp_path / "nuevos.csv"
    planilla.write_text("nombre,pais,poblacion\nVilla Nueva,AR,12000\n", encoding="utf-8")
    importado = cli("miembros", "importar", planilla, db=con_punto)
    if importado.returncode != 0:
        pytest.fail(importado.stdout + importado.stderr)
    despues = _ok(cli("verificar", db=con_punto))
    assert ESQUEMA_CAMBIADO in despues.stdout   # la importación quita y repone los triggers de altas
    otra = _ok(cli("verificar", db=con_punto))
    assert DESDE_EL_PUNTO in otra.stdout


def test_una_referencia_rota_despues_del_punto_se_encuentra_sin_recorrer_la_tabla(con_punto, cli_proceso):
    """sqlite3 no hace cumplir las referencias si no se le pide: un miembro de una asociación que no existe."""
    conn = sqlite3.connect(con_punto)
    conn.execute("UPDATE miembros SET asociacion_id = 999 WHERE id = 3")
    conn.commit()
    conn.close()
    hecho = cli_proceso("verificar", db=con_punto)
    assert hecho.returncode == 1 and DESDE_EL_PUNTO in hecho.stdout
    assert "Referencia rota en la tabla miembros (fila 3) hacia asociaciones" in hecho.stderr, hecho.stderr


def test_un_miembro_repetido_despues_del_punto_se_encuentra(con_punto, cli_proceso):
    """Con sqlite3 (los triggers puestos), el miembro 2 pasa a llamarse como el 1, en su país y su región, y sin
    código: dos fichas del mismo municipio, y su clave de emparejamiento vieja."""
    conn = sqlite3.connect(con_punto)
    conn.execute("UPDATE miembros SET nombre = (SELECT nombre FROM miembros WHERE id = 1), pais = (SELECT pais FROM "
                 "miembros WHERE id = 1), region = (SELECT region FROM miembros WHERE id = 1), codigo = NULL "
                 "WHERE id = 2")
    conn.commit()
    conn.close()
    hecho = cli_proceso("verificar", db=con_punto)
    assert hecho.returncode == 1 and DESDE_EL_PUNTO in hecho.stdout
    assert "Miembros repetidos:" in hecho.stderr and "(id 2)" in hecho.stderr, hecho.stderr
    assert "su clave de emparejamiento quedó vieja" in hecho.stderr


def test_lo_que_otro_sella_mientras_se_verifica_queda_para_la_proxima(con_punto, cli, monkeypatch):
    """El punto nuevo es la cabeza que había al empezar: un pago que otro proceso registra mientras se verifica (aquí,
    justo antes de anotar el punto) no queda cubierto sin haberse recorrido."""
    from escritorio.datos.apertura import abrir
    from escritorio.servicios import punto_de_control
    from escritorio.servicios.verificacion.comprobaciones import verificar

    anotar = punto_de_control.anotar

    def con_otro_que_escribe(db, desde, hasta, **opciones):
        _un_dia_de_trabajo(cli, con_punto, miembros=(4,))
        anotar(db, desde, hasta, **opciones)

    monkeypatch.setattr(punto_de_control, "anotar", con_otro_que_escribe)
    db = abrir(con_punto)
    try:
        assert verificar(db).correcta
        (ultimo,) = db.execute("SELECT max(id) FROM bitacora").fetchone()
    finally:
        db.close()
    assert _ultimo_del_punto(con_punto) < ultimo
