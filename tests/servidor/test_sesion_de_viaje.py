"""La sesión que viaja: la secretaria la lleva a la Cumbre, registra sin conexión en una copia local y al volver la
devuelve; el servidor la guarda mientras tanto y la recibe en una transacción. Contra un PostgreSQL de verdad, con
la línea de órdenes como proceso real para llevar y devolver.
"""

import json
import shutil

import psycopg
import pytest

from escritorio.datos import bitacora
from escritorio.datos.postgres import conexion

SESION = 4  # la del Consejo de la demo: celebrada, con el acta en borrador


@pytest.fixture
def servidor_con_la_demo(copia_de_la_demo, url_pg_vacia, cli_proceso):
    assert cli_proceso("servidor", "subir", url_pg_vacia, db=copia_de_la_demo).returncode == 0
    return url_pg_vacia


def _ok(hecho):
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho.stdout


def _rechazo(url: str, sentencia: str) -> str:
    with psycopg.connect(url) as c:
        with pytest.raises(psycopg.Error) as error:
            c.execute(sentencia)
    return error.value.diag.message_primary


def _uno(url: str, sql: str, parametros=()):
    with psycopg.connect(url) as c:
        return c.execute(sql, parametros).fetchone()


def test_llevar_trabajar_sin_conexion_y_devolver(servidor_con_la_demo, login_pg, cli, cli_proceso, tmp_path):
    url = servidor_con_la_demo
    ana, beto = login_pg(url, "ana", "secretaria"), login_pg(url, "beto", "secretaria")
    copia = tmp_path / "cumbre.db"
    salida = _ok(cli_proceso("servidor", "llevar", ana, SESION, copia))
    assert "llevada" in salida and "clave-ana" not in salida  # la clave no se muestra
    assert _uno(url, "SELECT llevada_por FROM sesiones_de_viaje WHERE sesion_id = %s", [SESION]) == ("ana",)

    # Mientras viaja, en el servidor nadie la toca (ni el administrador), y nadie más la lleva.
    assert _rechazo(beto, f"UPDATE actas SET cierre = 'Otro' WHERE sesion_id = {SESION}").startswith(
        f"La sesión {SESION} está de viaje (la llevó ana")
    assert "está de viaje" in _rechazo(url, f"INSERT INTO invitados (sesion_id, nombre) VALUES ({SESION}, 'X')")
    otra = cli_proceso("servidor", "llevar", beto, SESION, tmp_path / "otra.db")
    assert otra.returncode == 1 and "está de viaje" in otra.stderr and not (tmp_path / "otra.db").exists()

    # Mientras tanto la oficina sigue: una sesión nueva con su orden del día usa números que la copia también usará.
    with psycopg.connect(beto) as c:
        organo = c.execute(f"SELECT organo_id FROM sesiones WHERE id = {SESION}").fetchone()[0]
        nueva = c.execute("INSERT INTO sesiones (organo_id, numero, fecha, convocada_el) VALUES (%s, 99, "
                          "'2026-12-10', '2026-11-20') RETURNING id", [organo]).fetchone()[0]
        c.execute("INSERT INTO puntos_orden (sesion_id, orden, titulo) VALUES (%s, 1, 'Informe de la oficina')",
                  [nueva])
        c.execute("INSERT INTO invitados (sesion_id, nombre) VALUES (%s, 'Visita de la oficina')", [nueva])

    # En la Cumbre, sin conexión: un punto nuevo votado, un invitado y el cierre del acta.
    punto = json.loads(_ok(cli("sesiones", "punto", SESION, "--titulo", "Sede de la Cumbre 2027", "--tipo",
                               "votacion", "--json", db=copia)))["id"]
    _ok(cli("sesiones", "votar", punto, "--a-favor", "9", "--en-contra", "1", db=copia))
    _ok(cli("sesiones", "invitado", SESION, "--nombre", "Observadora de FLACMA", db=copia))
    _ok(cli("sesiones", "borrador", SESION, "--cierre", "Se levanta la sesión a las 13:00.", db=copia))

    # Una persona que no la llevó no la devuelve.
    ajena = cli_proceso("servidor", "devolver", beto, copia)
    assert ajena.returncode == 1 and "la llevó ana" in ajena.stderr

    salida = _ok(cli_proceso("servidor", "devolver", ana, copia))
    assert "Sesión devuelta al servidor" in salida
    assert _uno(url, "SELECT count(*) FROM sesiones_de_viaje") == (0,)
    assert _uno(url, f"SELECT cierre FROM actas WHERE sesion_id = {SESION}") == ("Se levanta la sesión a las 13:00.",)
    assert _uno(url, "SELECT count(*) FROM invitados WHERE nombre = 'Observadora de FLACMA' AND sesion_id = %s",
                [SESION]) == (1,)
    # El punto nuevo recibió un número del servidor y su votación lo sigue a él, no al de la copia.
    punto_servidor, a_favor = _uno(url, "SELECT p.id, v.a_favor FROM puntos_orden p JOIN votaciones v ON "
                                        "v.punto_id = p.id WHERE p.titulo = 'Sede de la Cumbre 2027'")
    assert a_favor == 9 and punto_servidor != punto
    assert _uno(url, "SELECT titulo FROM puntos_orden WHERE sesion_id = %s", [nueva]) == ("Informe de la oficina",)
    db = conexion.conectar(url)
    try:
        assert bitacora.verificar(db) == []
        assert db.execute("SELECT operador FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()[0] == "ana"
    finally:
        db.close()
    # Ya se puede modificar en el servidor; la copia y su constancia quedan (nada se borra).
    with psycopg.connect(beto) as c:
        c.execute(f"UPDATE actas SET preside = 'Intendente de Rosario' WHERE sesion_id = {SESION}")
    assert copia.exists() and (tmp_path / "cumbre.db.viaje.devuelta").exists()

    # Una sesión que no está llevada no se devuelve (aunque se presente otra vez su constancia).
    shutil.copy(tmp_path / "cumbre.db.viaje.devuelta", tmp_path / "cumbre.db.viaje")
    otra_vez = cli_proceso("servidor", "devolver", ana, copia)
    assert otra_vez.returncode == 1 and "no está llevada en el servidor" in otra_vez.stderr
    assert _uno(url, f"SELECT preside FROM actas WHERE sesion_id = {SESION}") == ("Intendente de Rosario",)


def test_una_copia_sin_constancia_de_viaje_no_se_devuelve(servidor_con_la_demo, cli_proceso, copia_de_la_demo):
    hecho = cli_proceso("servidor", "devolver", servidor_con_la_demo, copia_de_la_demo)
    assert hecho.returncode == 1 and "no es la copia de una sesión llevada" in hecho.stderr


def test_los_cambios_fuera_de_la_sesion_llevada_no_se_devuelven(servidor_con_la_demo, login_pg, cli, cli_proceso,
                                                                 tmp_path):
    url = servidor_con_la_demo
    ana = login_pg(url, "ana", "secretaria")
    copia = tmp_path / "cumbre.db"
    _ok(cli_proceso("servidor", "llevar", ana, SESION, copia))
    _ok(cli("sesiones", "invitado", SESION, "--nombre", "Observadora", db=copia))
    _ok(cli("miembros", "baja", 1, "--motivo", "Se retira", db=copia))
    hecho = cli_proceso("servidor", "devolver", ana, copia)
    assert hecho.returncode == 1
    assert "cambios fuera de la sesión" in hecho.stderr and "No se devolvió nada" in hecho.stderr
    # Nada llegó al servidor y la sesión sigue llevada: se puede corregir la copia y volver a intentar.
    assert _uno(url, "SELECT count(*) FROM invitados WHERE nombre = 'Observadora'") == (0,)
    assert _uno(url, "SELECT llevada_por FROM sesiones_de_viaje") == ("ana",)


def test_un_acta_aprobada_no_se_lleva(servidor_con_la_demo, cli_proceso, tmp_path):
    hecho = cli_proceso("servidor", "llevar", servidor_con_la_demo, 1, tmp_path / "vieja.db")
    assert hecho.returncode == 1 and "ya está aprobada" in hecho.stderr
    assert _uno(servidor_con_la_demo, "SELECT count(*) FROM sesiones_de_viaje") == (0,)
    assert not (tmp_path / "vieja.db").exists()
