"""El estatuto manda en las reglas de sesión (issue 59, punto 1), por la línea de órdenes sobre la red de ejemplo.

La demo fija, desde la fundación (11/11/1995): quórum de la mitad más uno (Estatuto, art. 19), mayoría simple (art.
20), reforma del estatuto por dos tercios de los presentes (arts. 20 y 24), disolución por tres cuartos (art. 25),
hasta dos poderes (art. 21; tres desde la reforma del 21/05 de este año) y 30 días de anticipación para la Asamblea
(art. 18). Una regla que cita un artículo solo se endurece desde la configuración, con motivo; rebajarla es reformar
el artículo; una regla sin artículo se cambia libremente, con un aviso. Los cambios no rigen hacia atrás.
"""

from contextlib import closing
import sqlite3
from datetime import date, timedelta

from test_lo_que_se_decide_cambia_el_registro import (SESION, _punto, _sesion_de_la_asamblea, _todos_presentes,
                                                       como_json, ok, rechazo)

ASAMBLEA = "Asamblea General de Socios"
HOY = date.today()


def _reglas(cli, base, organo=ASAMBLEA, al: date | None = None) -> dict:
    return como_json(cli("organos", "reglas", organo, "--json", *(["--al", al.isoformat()] if al else []), db=base))


def _leer(base, sql, parametros=()):
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return conexion.execute(sql, parametros).fetchall()


def test_rebajar_una_regla_con_articulo_se_rechaza_y_dice_como_cambiarla(cli, copia_de_la_demo):
    base = copia_de_la_demo
    antes = _reglas(cli, base)
    # El caso del issue: la mayoría de la reforma del estatuto, a simple.
    resultado = cli("organos", "reglas", ASAMBLEA, "--decision", "reforma_estatuto", "--mayoria", "simple",
                            db=base)
    assert resultado.returncode == 1, resultado.stdout
    mensaje = resultado.stderr
    assert "Traceback" not in mensaje
    assert ("«Asamblea General de Socios», la mayoría de «Reforma del estatuto»: la regla cita Estatuto, arts. 20 y 24 "
            "(hoy: Dos tercios de los miembros presentes con derecho a voto).") in mensaje
    assert "se pediría menos" in mensaje and "reforme ese artículo" in mensaje
    assert "estatutos reformar --resolucion N --desde FECHA --articulo … --texto … --regla mayoria.reforma_estatuto=" \
        in mensaje
    # Con un motivo tampoco: no se rebaja.
    assert "se pediría menos" in rechazo(cli("organos", "reglas", ASAMBLEA, "--decision", "disolucion",
                                                     "--mayoria", "dos_tercios", "--base", "con_derecho", "--motivo",
                                                     "Lo pide la sala", db=base))
    # El quórum (art. 19), los poderes (art. 21), la anticipación (art. 18), el voto de los morosos (art. 9).
    for opciones, articulo in ((["--quorum", "1/3"], "Estatuto, art. 19"), (["--poderes", "5"], "Estatuto, art. 21"),
                               (["--poderes", "sin-maximo"], "Estatuto, art. 21"),
                               (["--segunda-convocatoria", "15"], "Estatuto, art. 19"),
                               (["--anticipacion", "10"], "Estatuto, art. 18"),
                               (["--morosos", "votan"], "Estatuto, art. 9")):
        mensaje = rechazo(cli("organos", "reglas", ASAMBLEA, *opciones, db=base))
        assert f"la regla cita {articulo}" in mensaje and "se pediría menos" in mensaje, (opciones, mensaje)
    # Quitarle la cita para después rebajarla, tampoco.
    assert "no deja de citar su artículo" in rechazo(cli("organos", "reglas", ASAMBLEA, "--decision",
                                                                 "reforma_estatuto", "--articulo-mayoria", "",
                                                                 db=base))
    # Nada cambió en la base.
    assert _reglas(cli, base) == antes


def test_endurecer_pide_motivo_y_lo_guarda_con_la_regla(cli, copia_de_la_demo):
    base = copia_de_la_demo
    mensaje = rechazo(cli("organos", "reglas", ASAMBLEA, "--decision", "reforma_estatuto", "--mayoria", "tres_cuartos",
                          db=base))
    assert "«Tres cuartos de los miembros presentes con derecho a voto» es más exigente: escriba el motivo" in mensaje
    salida = ok(cli("organos", "reglas", ASAMBLEA, "--decision", "reforma_estatuto", "--mayoria", "tres_cuartos",
                    "--motivo", "La Asamblea quiere más consenso para reformar", db=base))
    assert "motivo: La Asamblea quiere más consenso para reformar" in salida
    reglas = _reglas(cli, base)
    assert reglas["decisiones"]["reforma_estatuto"]["mayoria"]["texto"] == (
        "Tres cuartos de los miembros presentes con derecho a voto (Estatuto, arts. 20 y 24)")
    assert _leer(base, "SELECT motivo FROM reglas_quorum r JOIN organos o ON o.id = r.organo_id WHERE o.nombre = ? "
                       "AND r.tipo_decision = 'reforma_estatuto' AND r.vigente_desde = ?",
                 [ASAMBLEA, reglas["vigente_desde"]]) == [("La Asamblea quiere más consenso para reformar",)]
    # Una regla de un tipo que seguía la ordinaria (art. 20): una propia más exigente, con motivo.
    assert "es más exigente" in rechazo(cli("organos", "reglas", ASAMBLEA, "--decision", "exclusion", "--mayoria",
                                            "dos_tercios", "--base", "presentes", db=base))
    ok(cli("organos", "reglas", ASAMBLEA, "--decision", "exclusion", "--mayoria", "dos_tercios", "--base",
           "presentes", "--motivo", "Excluir pide dos tercios", db=base))
    # Menos poderes (2 en lugar de 3) es más exigente.
    ok(cli("organos", "reglas", ASAMBLEA, "--poderes", "2", "--motivo", "Menos poderes por delegación", db=base))
    assert _reglas(cli, base)["poderes_maximos"] == 2


def test_una_regla_sin_articulo_se_cambia_libremente_y_el_programa_lo_dice(cli, copia_de_la_demo):
    base = copia_de_la_demo
    resultado = cli("organos", "reglas", "UT Cultura", "--quorum", "1/3", "--poderes", "4", db=base)
    assert resultado.returncode == 0, resultado.stderr
    assert ("AVISO: El quórum general: 1/3 de los miembros con derecho a voto (sin base estatutaria: la regla no cita "
            "ningún artículo y se cambia libremente).") in resultado.stdout
    assert "AVISO: El máximo de poderes: hasta 4 poderes por miembro (sin base estatutaria" in resultado.stdout
    reglas = _reglas(cli, base, "UT Cultura")
    assert (reglas["quorum"]["numerador"], reglas["quorum"]["denominador"], reglas["poderes_maximos"]) == (1, 3, 4)


def test_un_cambio_no_rige_hacia_atras(cli, copia_de_la_demo):
    base = copia_de_la_demo
    consejo = _reglas(cli, base, "Consejo")
    assert consejo["poderes_maximos"] == 3 and consejo["vigente_desde"] == f"{HOY.year}-05-21"
    # El Consejo sesionó el 15/09 con hasta tres poderes: un cambio desde antes de esa sesión se rechaza.
    mensaje = rechazo(cli("organos", "reglas", "Consejo", "--poderes", "1", "--motivo", "Un poder por miembro",
                          "--desde", f"{HOY.year}-06-01", db=base))
    assert "«Consejo» ya celebró 1 sesión con las reglas de entonces (la última, la sesión 62 del 15/09/" in mensaje
    assert "las reglas no cambian hacia atrás" in mensaje
    # Sin --desde rige desde hoy: la sesión del 15/09 sigue con tres poderes.
    salida = ok(cli("organos", "reglas", "Consejo", "--poderes", "1", "--motivo", "Un poder por miembro", db=base))
    assert f"rigen desde el {HOY:%d/%m/%Y}" in salida
    assert _reglas(cli, base, "Consejo", date(HOY.year, 9, 15))["poderes_maximos"] == 3
    assert _reglas(cli, base, "Consejo", HOY)["poderes_maximos"] == 1
    # Con la versión vigente la Asamblea todavía no sesionó (su última sesión fue el 20/05): se corrige esa versión.
    salida = ok(cli("organos", "reglas", ASAMBLEA, "--poderes", "2", "--motivo", "Dos poderes", db=base))
    assert f"rigen desde el 21/05/{HOY.year}" in salida


def _reforma_votada(cli, base) -> dict:
    """La resolución de la Asamblea que aprueba reformar el art. 21, en la sesión convocada dentro de dos semanas."""
    sesion = _sesion_de_la_asamblea(cli, base)
    punto = _punto(cli, base, sesion, "Reforma del artículo 21", "reforma_estatuto")
    quorum = _todos_presentes(cli, base, sesion)
    ok(cli("sesiones", "votar", punto, "--a-favor", quorum["presentes"], db=base))
    return como_json(cli("sesiones", "resolucion", punto, "--titulo", "Reforma del art. 21", "--json", db=base))


def test_la_reforma_fija_la_regla_desde_su_fecha_y_las_sesiones_anteriores_siguen_con_la_vieja(cli, copia_de_la_demo):
    base = copia_de_la_demo
    resolucion = _reforma_votada(cli, base)
    desde = SESION + timedelta(days=30)
    salida = ok(cli("estatutos", "reformar", "--desde", desde.isoformat(), "--resolucion", resolucion["id"],
                    "--articulo", "21", "--texto", "Cada miembro puede llevar hasta cuatro poderes.", "--regla",
                    "poderes=4", db=base))
    fecha = desde.strftime("%d/%m/%Y")
    assert (f"Regla de sesión de «Asamblea General de Socios» desde el {fecha}: hasta 4 poderes por miembro "
            f"(Estatuto, art. 21") in salida
    assert f"Regla de sesión de «Consejo» desde el {fecha}: hasta 4 poderes por miembro" in salida
    for organo in (ASAMBLEA, "Consejo"):
        assert _reglas(cli, base, organo, desde)["poderes_maximos"] == 4
        assert _reglas(cli, base, organo, desde - timedelta(days=1))["poderes_maximos"] == 3   # antes: la vieja
    # La versión nueva nombra la reforma, y la reforma la resolución que la adoptó.
    filas = _leer(base, "SELECT DISTINCT r.reforma_id, f.aprobada_por FROM reglas_quorum r JOIN reformas f ON "
                        "f.id = r.reforma_id WHERE r.vigente_desde = ?", [desde.isoformat()])
    assert filas == [(filas[0][0], resolucion["cita"])]
    # La reforma la aplicó: ninguna regla cita el texto viejo del art. 21.
    assert "Ninguna regla cita el texto anterior" in ok(cli("estatutos", "reglas", db=base))


def test_la_reforma_no_fija_una_regla_que_no_cita_sus_articulos(cli, copia_de_la_demo):
    base = copia_de_la_demo
    resolucion = _reforma_votada(cli, base)
    mensaje = rechazo(cli("estatutos", "reformar", "--desde", (SESION + timedelta(days=30)).isoformat(),
                          "--resolucion", resolucion["id"], "--articulo", "21", "--texto", "Hasta cuatro poderes.",
                          "--regla", "mayoria.reforma_estatuto=simple", db=base))
    assert "«--regla mayoria.reforma_estatuto»: ninguna regla de sesión de esa clave cita el artículo 21" in mensaje
    assert _leer(base, "SELECT count(*) FROM reformas")[0][0] == 5   # la reforma tampoco se registró


def test_estatutos_reglas_lista_solo_la_deriva_real(cli, copia_de_la_demo):
    base = copia_de_la_demo
    # Reglas «desde siempre» (sin sesiones del órgano) que citan artículos nunca reformados: no son deriva, aunque el
    # estatuto rija desde 1995 (eran las falsas alarmas del issue).
    ok(cli("organos", "reglas", "UT Cultura", "--quorum", "1/2+1", "--articulo", "Estatuto, art. 19",
           "--poderes", "2", "--articulo-poderes", "Estatuto, art. 21", db=base))
    assert _reglas(cli, base, "UT Cultura")["vigente_desde"] is None
    salida = ok(cli("estatutos", "reglas", db=base))
    assert "art. 19" not in salida
    # La regla de UT Cultura cita el art. 21 «desde siempre», y el 21 se reformó este año: esa es deriva real.
    assert salida.count("reglas_quorum") == 1 and "UT Cultura" in salida and "art. 21" in salida
    # Una reforma del art. 21 sin --regla: las reglas de la Asamblea y del Consejo que lo citan quedan con el texto
    # viejo desde la fecha de la reforma; la reforma lo avisa y «estatutos reglas» las lista (y nada más).
    resolucion = _reforma_votada(cli, base)
    desde = SESION + timedelta(days=30)
    salida = ok(cli("estatutos", "reformar", "--desde", desde.isoformat(), "--resolucion", resolucion["id"],
                    "--articulo", "21", "--texto", "Hasta cuatro poderes.", db=base))
    assert "AVISO: Asamblea General de Socios: regla de sesión «ordinaria (regla general)»" in salida
    marcadas = como_json(cli("estatutos", "reglas", "--json", db=base))
    assert sorted((m["regla"].split(":")[0], m["articulo"]) for m in marcadas) == [
        ("Asamblea General de Socios", "21"), ("Consejo", "21"), ("UT Cultura", "21")]
    assert all(m["reformado"] in (desde.isoformat(), f"{HOY.year}-05-21") for m in marcadas)


def test_verificar_informa_una_regla_rebajada_con_sqlite3(cli, copia_de_la_demo):
    base = copia_de_la_demo
    assert cli("verificar", db=base).returncode == 0
    with closing(sqlite3.connect(base)) as conexion, conexion:   # quien tiene la base a mano, sin pasar por Escritorio
        conexion.execute("UPDATE reglas_quorum SET mayoria = 'simple', base_mayoria = 'emitidos' "
                         "WHERE tipo_decision = 'reforma_estatuto'")
    resultado = cli("verificar", db=base)
    assert resultado.returncode != 0
    texto = resultado.stdout + resultado.stderr
    assert ("Regla de sesión de «Asamblea General de Socios» (reforma del estatuto, versión desde el 11/11/1995): la "
            "mayoría se cambió por una regla que pide menos que lo que fija Estatuto, arts. 20 y 24") in texto
