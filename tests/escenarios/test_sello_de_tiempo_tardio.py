"""Un sello de tiempo pedido después de rehacer la historia no prueba la historia (issue 77, §2), como se atacó: con
sqlite3 sobre el archivo se reescribe la cadena con las horas de hace medio año (el acta aprobada y emitida «en
mayo») y se resella con la cuenta del programa; después se piden a la misma TSA (una de verdad en 127.0.0.1) sellos
de tiempo sobre la cadena rehecha y se guardan. Antes, `verificar` decía «sana» y el acta, «Auténtico y vigente»;
ahora el acta está registrada «sin prueba de su fecha» (estado 8) y `verificar` dice desde cuándo está probada la
bitácora y que el sello de tiempo es muy posterior a lo que certifica. Con un sello de tiempo a tiempo, el acta sigue
siendo auténtica y se dice desde cuándo está probada."""

import json
import sqlite3

import pytest

from pki_local import PKILocal
from test_sello_de_tiempo import _resellar, _sin_triggers

SESION_APROBADA = 3


@pytest.fixture
def tsa(tmp_path):
    with PKILocal(tmp_path / "pki") as autoridad:
        yield autoridad


def _ok(hecho):
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho


def _atrasar_la_historia(ruta, dias: int) -> None:
    """Cada sello de la bitácora, `dias` antes, con la cadena recalculada y los testigos borrados: una historia que
    dice haber pasado en mayo."""
    conn = sqlite3.connect(ruta)
    try:
        reponer = _sin_triggers(conn)
        conn.execute(f"UPDATE bitacora_sellos SET momento = strftime('%Y-%m-%d %H:%M:%f', momento, '{-dias:+d} days')")
        _resellar(conn)
        reponer()
        conn.commit()
    finally:
        conn.close()
    for testigo in [ruta.with_name(ruta.name + ".testigo"), *ruta.parent.glob("respaldos/*.testigo")]:
        testigo.unlink(missing_ok=True)


def _acta_emitida(cli, ruta, tmp_path):
    acta = tmp_path / "acta.pdf"
    _ok(cli("sesiones", "acta", SESION_APROBADA, acta, db=ruta))
    return acta


def test_la_historia_rehecha_y_sellada_despues_no_queda_probada(demo_como, cli, tsa, tmp_path):
    ruta = demo_como("red.db")
    acta = _acta_emitida(cli, ruta, tmp_path)
    _atrasar_la_historia(ruta, 190)
    _ok(cli("bitacora", "sello-de-tiempo", "--servidor", tsa.url_tsa, db=ruta))
    _ok(cli("bitacora", "sellar-tiempo", db=ruta))

    visto = cli("documento", "verificar", acta, db=ruta)
    assert visto.returncode == 8, visto.stdout + visto.stderr
    assert "Registrado en esta base, sin prueba de su fecha." in visto.stdout
    assert "Auténtico" not in visto.stdout
    assert "pero el primer sello de tiempo que lo cubre es del" in visto.stdout
    como_json = json.loads(cli("documento", "verificar", acta, "--json", db=ruta).stdout)
    assert como_json["veredicto"] == "sin_prueba_de_fecha" and "existía el" in como_json["fecha_probada"]

    verificado = cli("verificar", db=ruta)
    assert "sin prueba de su fecha: los sellos 1 a 2 de la bitácora, que la base dice escritos entre el" in (
        verificado.stdout), verificado.stdout
    assert "Fecha probada: la bitácora hasta el sello" in verificado.stdout


def test_con_un_sello_de_tiempo_a_tiempo_el_acta_sigue_autentica(demo_como, cli, tsa, tmp_path):
    ruta = demo_como("red.db")
    acta = _acta_emitida(cli, ruta, tmp_path)
    _ok(cli("bitacora", "sello-de-tiempo", "--servidor", tsa.url_tsa, db=ruta))
    _ok(cli("bitacora", "sellar-tiempo", db=ruta))
    visto = _ok(cli("documento", "verificar", acta, db=ruta))
    assert "Auténtico y vigente." in visto.stdout
    assert "Fecha probada: el registro existía el " in visto.stdout
    verificado = _ok(cli("verificar", db=ruta))
    assert "lo prueba recién" not in verificado.stdout
    assert "Fecha probada: la bitácora hasta el sello" in verificado.stdout


def test_un_sello_de_tiempo_anterior_a_lo_que_certifica_es_un_problema(demo_como, cli, tsa, tmp_path):
    """La historia corrida hacia adelante (un sello de la bitácora que dice ser de dentro de un mes) y resellada, con
    un sello de tiempo de hoy: ningún sello de tiempo puede ser anterior a lo que certifica."""
    ruta = demo_como("red.db")
    _atrasar_la_historia(ruta, -30)
    _ok(cli("bitacora", "sello-de-tiempo", "--servidor", tsa.url_tsa, db=ruta))
    _ok(cli("bitacora", "sellar-tiempo", db=ruta))
    verificado = cli("verificar", db=ruta)
    assert verificado.returncode != 0
    assert "pero un sello de tiempo del" in verificado.stdout + verificado.stderr
    assert "ningún sello de tiempo puede ser anterior a lo que certifica" in verificado.stdout + verificado.stderr
