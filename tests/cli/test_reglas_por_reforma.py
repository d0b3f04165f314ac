"""Aplicar una reforma registrada sin «--regla» (issue 59, punto 1): «organos reglas ORGANO --por-reforma REFORMA».

La secretaria reformó el art. 21 (poderes) y olvidó «--regla»: la configuración no rebaja la regla que cita el art.
21, y la reforma no se vuelve a registrar. Con «--por-reforma» aplica esa reforma a las reglas que citan sus
artículos, desde su fecha, anotada con ella y nunca hacia atrás; lo demás sigue la regla de siempre. Por la línea de
órdenes (fixture `cli`), sobre la red de ejemplo.
"""

from contextlib import closing
import re
import sqlite3
from datetime import date, timedelta

from test_lo_que_se_decide_cambia_el_registro import SESION, como_json, ok, rechazo
from test_reglas_del_estatuto import ASAMBLEA, _reforma_votada, _reglas

HOY = date.today()


def _leer(base, sql, parametros=()):
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return conexion.execute(sql, parametros).fetchall()


def _reforma_sin_regla(cli, base, texto="Cada miembro puede llevar hasta un poder.") -> tuple[int, date, str]:
    resolucion = _reforma_votada(cli, base)
    desde = SESION + timedelta(days=30)
    salida = ok(cli("estatutos", "reformar", "--desde", desde.isoformat(), "--resolucion", resolucion["id"],
                    "--articulo", "21", "--texto", texto, db=base))
    reforma = int(re.search(r"Reforma (\d+) de «", salida)[1])   # el número que se ve (no el id)
    return reforma, desde, salida


def test_aplicar_la_reforma_olvidada_desde_su_fecha(cli, copia_de_la_demo):
    base = copia_de_la_demo
    reforma, desde, salida = _reforma_sin_regla(cli, base, "Cada miembro puede llevar hasta cuatro poderes.")
    # La reforma avisa que las reglas que citan el art. 21 quedaron con el texto viejo, y cómo aplicarla.
    assert f"AVISO: {ASAMBLEA}: regla de sesión «ordinaria (regla general)»" in salida
    assert f'escritorio organos reglas «{ASAMBLEA}» --por-reforma {reforma}' in salida
    # La deriva: «estatutos reglas» la lista y dice el comando que la corrige.
    deriva = ok(cli("estatutos", "reglas", db=base))
    assert f'escritorio organos reglas "{ASAMBLEA}" --por-reforma {reforma} --poderes N' in deriva
    assert f'escritorio organos reglas "Consejo" --por-reforma {reforma} --poderes N' in deriva
    # Desde la configuración no se rebaja (4 poderes es menos exigente que 3): la regla cita el art. 21.
    assert "se pediría menos" in rechazo(cli("organos", "reglas", ASAMBLEA, "--poderes", "4", "--desde",
                                             desde.isoformat(), db=base))
    # Con la reforma, sí: desde su fecha, anotada con ella.
    for organo in (ASAMBLEA, "Consejo"):
        salida = ok(cli("organos", "reglas", organo, "--por-reforma", reforma, "--poderes", "4", db=base))
        assert f"rigen desde el {desde:%d/%m/%Y}; motivo: Aplicada la reforma {reforma}" in salida
        assert _reglas(cli, base, organo, desde)["poderes_maximos"] == 4
        assert _reglas(cli, base, organo, desde - timedelta(days=1))["poderes_maximos"] == 3   # antes: la vieja
    [(reforma_id,)] = _leer(base, "SELECT DISTINCT reforma_id FROM reglas_quorum WHERE vigente_desde = ?",
                            [desde.isoformat()])
    assert _leer(base, "SELECT vigente_desde FROM reformas WHERE id = ?", [reforma_id]) == [(desde.isoformat(),)]
    # Ya no hay deriva.
    assert "Ninguna regla cita el texto anterior" in ok(cli("estatutos", "reglas", db=base))


def test_con_la_reforma_solo_cambia_lo_que_la_reforma_cambio(cli, copia_de_la_demo):
    base = copia_de_la_demo
    reforma, desde, _ = _reforma_sin_regla(cli, base)
    antes = _reglas(cli, base, ASAMBLEA, desde)
    # El quórum cita el art. 19, que la reforma no tocó: rebajarlo se sigue rechazando, y nada se guarda.
    mensaje = rechazo(cli("organos", "reglas", ASAMBLEA, "--por-reforma", reforma, "--poderes", "1", "--quorum",
                          "1/3", db=base))
    assert "la regla cita Estatuto, art. 19" in mensaje and "se pediría menos" in mensaje
    assert _reglas(cli, base, ASAMBLEA, desde) == antes
    # Solo lo que no cita sus artículos: la reforma no tiene nada que aplicar.
    mensaje = rechazo(cli("organos", "reglas", ASAMBLEA, "--por-reforma", reforma, "--quorum", "2/3", "--motivo",
                          "x", db=base))
    assert f"No se aplicó la reforma {reforma} a «{ASAMBLEA}»: nada de lo que se cambia cita el art. 21" in mensaje
    # Una reforma que no existe, o que no va con un cambio.
    assert f"«999» no es una reforma de «Estatuto»: tiene {reforma}, numeradas desde 1" in rechazo(
        cli("organos", "reglas", ASAMBLEA, "--por-reforma", "999", "--poderes", "1", db=base))
    assert "No hay ninguna norma «Reglamento»" in rechazo(
        cli("organos", "reglas", ASAMBLEA, "--por-reforma", "Reglamento:1", "--poderes", "1", db=base))
    assert "--por-reforma va con el valor nuevo" in rechazo(cli("organos", "reglas", ASAMBLEA, "--por-reforma",
                                                                reforma, db=base))
    # Antes de la fecha de la reforma, no.
    assert "sus reglas no rigen antes de esa fecha" in rechazo(
        cli("organos", "reglas", ASAMBLEA, "--por-reforma", reforma, "--poderes", "1", "--desde",
            (desde - timedelta(days=1)).isoformat(), db=base))
    assert _reglas(cli, base, ASAMBLEA, desde) == antes


def test_la_reforma_no_se_aplica_hacia_atras(cli, copia_de_la_demo):
    base = copia_de_la_demo
    # La reforma del art. 21 de la demo (21/05) ya rige, y el Consejo sesionó después (15/09) con tres poderes.
    ok(cli("organos", "reglas", "UT Cultura", "--poderes", "2", "--articulo-poderes", "Estatuto, art. 21", db=base))
    marcadas = como_json(cli("estatutos", "reglas", "--json", db=base))
    reforma = int(re.search(r"--por-reforma (\d+)", marcadas[0]["como_revisar"])[1])
    mensaje = rechazo(cli("organos", "reglas", "Consejo", "--por-reforma", reforma, "--poderes", "1", db=base))
    assert "«Consejo» ya celebró 1 sesión desde la fecha de la reforma con la regla anterior" in mensaje
    assert "las reglas no cambian hacia atrás" in mensaje
    assert _reglas(cli, base, "Consejo", date(HOY.year, 9, 15))["poderes_maximos"] == 3

