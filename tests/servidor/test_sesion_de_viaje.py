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
EN_CURSO = "devuelta_en IS NULL AND cancelada_en IS NULL"


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


def test_llevar_trabajar_sin_conexion_y_devolver(demo_en_el_servidor, login_pg, cli, tmp_path):
    url = demo_en_el_servidor
    ana, beto = login_pg(url, "ana", "secretaria"), login_pg(url, "beto", "secretaria")
    copia = tmp_path / "cumbre.db"
    salida = _ok(cli("servidor", "llevar", ana, SESION, copia))
    assert "llevada" in salida and "clave-ana" not in salida  # la clave no se muestra
    assert _uno(url, f"SELECT llevada_por FROM sesiones_de_viaje WHERE sesion_id = %s AND {EN_CURSO}",
                [SESION]) == ("ana",)

    # Mientras viaja, en el servidor nadie la toca (ni el administrador), y nadie más la lleva.
    assert _rechazo(beto, f"UPDATE actas SET cierre = 'Otro' WHERE sesion_id = {SESION}").startswith(
        f"La sesión {SESION} está de viaje (la llevó ana")
    assert "está de viaje" in _rechazo(url, f"INSERT INTO invitados (sesion_id, nombre) VALUES ({SESION}, 'X')")
    otra = cli("servidor", "llevar", beto, SESION, tmp_path / "otra.db")
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
    ajena = cli("servidor", "devolver", beto, copia)
    assert ajena.returncode == 1 and "la llevó ana" in ajena.stderr

    salida = _ok(cli("servidor", "devolver", ana, copia))
    assert "Sesión devuelta al servidor" in salida
    assert _uno(url, f"SELECT count(*) FROM sesiones_de_viaje WHERE {EN_CURSO}") == (0,)
    assert _uno(url, "SELECT llevada_por, devuelta_en IS NOT NULL FROM sesiones_de_viaje") == ("ana", True)
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
    otra_vez = cli("servidor", "devolver", ana, copia)
    assert otra_vez.returncode == 1 and "no está llevada en el servidor" in otra_vez.stderr
    assert _uno(url, f"SELECT preside FROM actas WHERE sesion_id = {SESION}") == ("Intendente de Rosario",)


def test_una_copia_sin_constancia_de_viaje_no_se_devuelve(demo_en_el_servidor, cli, copia_de_la_demo):
    hecho = cli("servidor", "devolver", demo_en_el_servidor, copia_de_la_demo)
    assert hecho.returncode == 1 and "no es la copia de una sesión llevada" in hecho.stderr


def test_los_cambios_fuera_de_la_sesion_llevada_no_se_devuelven(demo_en_el_servidor, login_pg, cli, tmp_path):
    url = demo_en_el_servidor
    ana = login_pg(url, "ana", "secretaria")
    copia = tmp_path / "cumbre.db"
    _ok(cli("servidor", "llevar", ana, SESION, copia))
    _ok(cli("sesiones", "invitado", SESION, "--nombre", "Observadora", db=copia))
    # En la copia, un cambio fuera de la sesión se rechaza en el momento, con el motivo.
    baja = cli("miembros", "baja", 1, "--motivo", "Se retira", db=copia)
    assert baja.returncode == 1 and "copia de viaje de la sesión 4" in baja.stderr
    assert "No se guardó nada (" in baja.stderr and "estados_miembro" in baja.stderr
    # Una copia abierta sin su constancia (por ejemplo, con una versión anterior) sí lo guardó: no se devuelve.
    constancia = tmp_path / "cumbre.db.viaje"
    constancia.rename(tmp_path / "aparte")
    _ok(cli("miembros", "baja", 1, "--motivo", "Se retira", db=copia))
    (tmp_path / "aparte").rename(constancia)
    hecho = cli("servidor", "devolver", ana, copia)
    assert hecho.returncode == 1
    assert "cambios fuera de la sesión" in hecho.stderr and "No se devolvió nada" in hecho.stderr
    # Nada llegó al servidor y la sesión sigue llevada: se puede corregir la copia y volver a intentar.
    assert _uno(url, "SELECT count(*) FROM invitados WHERE nombre = 'Observadora'") == (0,)
    assert _uno(url, f"SELECT llevada_por FROM sesiones_de_viaje WHERE {EN_CURSO}") == ("ana",)


def test_un_acta_aprobada_no_se_lleva(demo_en_el_servidor, cli, tmp_path):
    hecho = cli("servidor", "llevar", demo_en_el_servidor, 1, tmp_path / "vieja.db")
    assert hecho.returncode == 1 and "ya está aprobada" in hecho.stderr
    assert _uno(demo_en_el_servidor, "SELECT count(*) FROM sesiones_de_viaje") == (0,)
    assert not (tmp_path / "vieja.db").exists()


def _oficina_adopta_una_resolucion(cli, url: str) -> None:
    """Mientras la sesión viaja, la oficina celebra otra y adopta una resolución: el servidor usa los números que
    la copia también usará para sus puntos, votaciones y resoluciones nuevas."""
    sesion = json.loads(_ok(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", "2026-12-01", "--lugar", "Montevideo",
                                "--json", db=url)))["id"]
    for titulo in ("Informe de la oficina", "Balance"):
        punto = json.loads(_ok(cli("sesiones", "punto", sesion, "--titulo", titulo, "--tipo", "votacion", "--json",
                                   db=url)))["id"]
    _ok(cli("sesiones", "asistencia", sesion, "--presentes", "1-147,149-200", db=url))
    _ok(cli("sesiones", "votar", punto, "--a-favor", "150", db=url))
    _ok(cli("sesiones", "resolucion", punto, "--titulo", "Balance 2026", db=url))


def _eleccion_cerrada(copia, sesion_id: int) -> int:
    """En la copia, una elección de la coordinación del Consejo, votada y cerrada (como en la ventana)."""
    from datetime import date

    from escritorio.servicios.base import abrir_base, cerrar_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.elecciones import NuevaEleccion, agregar_candidatura, definir_eleccion
    from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
    from escritorio.servicios.sesiones.puntos import agregar_punto

    db = abrir_base(copia, crear=False)
    try:
        organo, asociacion = db.execute("SELECT s.organo_id, o.asociacion_id FROM sesiones s JOIN organos o ON "
                                        "o.id = s.organo_id WHERE s.id = ?", [sesion_id]).fetchone()
        contexto = Contexto(db, asociacion)
        punto = agregar_punto(contexto, sesion_id, "Elección de la coordinación", "eleccion")
        definir_eleccion(contexto, punto, NuevaEleccion(organo, "coordinador", date(2027, 3, 17), date(2028, 3, 16)))
        rosario = agregar_candidatura(contexto, punto, 3, "Intendenta de la ciudad")
        otra = agregar_candidatura(contexto, punto, 5, None)
        assert cerrar_eleccion(contexto, punto, Recuento(votos={rosario: 9, otra: 3})).ganadora is not None
        return punto
    finally:
        cerrar_base(db)


def test_un_dia_entero_sin_conexion_vuelve_con_el_acta_aprobada_y_sus_documentos(demo_en_el_servidor, login_pg, cli,
                                                                                  tmp_path):
    url = demo_en_el_servidor
    ana = login_pg(url, "ana", "secretaria")
    copia = tmp_path / "cumbre.db"
    _ok(cli("servidor", "llevar", ana, SESION, copia))
    _oficina_adopta_una_resolucion(cli, url)

    # En la Cumbre: una elección, una declaración impresa para la prensa, el acta aprobada al cierre e impresa, y el
    # estado de cuenta que pidió un intendente.
    eleccion = _eleccion_cerrada(copia, SESION)
    declaracion = json.loads(_ok(cli("sesiones", "punto", SESION, "--titulo", "Declaración de la Cumbre", "--tipo",
                                     "votacion", "--json", db=copia)))["id"]
    _ok(cli("sesiones", "votar", declaracion, "--a-favor", "10", db=copia))
    resolucion = json.loads(_ok(cli("sesiones", "resolucion", declaracion, "--titulo", "Declaración de la Cumbre",
                                    "--json", db=copia)))
    _ok(cli("resoluciones", "pdf", resolucion["id"], "--salida", tmp_path / "declaracion.pdf", db=copia))
    aprobacion = json.loads(_ok(cli("sesiones", "punto-aprobacion-acta", SESION, "--json", db=copia)))["id"]
    _ok(cli("sesiones", "votar", aprobacion, "--a-favor", "10", db=copia))
    aprueba = json.loads(_ok(cli("sesiones", "resolucion", aprobacion, "--titulo", "Aprobación del acta", "--json",
                                 db=copia)))["id"]
    _ok(cli("sesiones", "borrador", SESION, "--cierre", "Se levanta la sesión a las 13:00.", db=copia))
    _ok(cli("sesiones", "aprobar-acta", SESION, "--resolucion", aprueba, db=copia))
    _ok(cli("sesiones", "acta", SESION, tmp_path / "acta.pdf", db=copia))
    _ok(cli("resoluciones", "pdf", aprueba, "--salida", tmp_path / "aprobacion.pdf", db=copia))
    _ok(cli("cuotas", "estado-cuenta", "--miembro", "7", tmp_path / "estado.pdf", db=copia))
    papeles = {"declaracion.pdf": 4, "acta.pdf": 0, "aprobacion.pdf": 0, "estado.pdf": 0}
    en_la_copia = {p: cli("documento", "verificar", tmp_path / p, db=copia) for p in papeles}

    # Confirmar la elección cambiaría la composición del Consejo, que no viajó: la copia lo rechaza en el momento.
    confirmar = cli("sesiones", "confirmar-eleccion", eleccion, db=copia)
    assert confirmar.returncode == 1 and "copia de viaje de la sesión 4" in confirmar.stderr
    assert "confírmela sobre el servidor después de devolverla" in confirmar.stderr

    salida = _ok(cli("servidor", "devolver", ana, copia))
    assert "Documentos emitidos en la copia, registrados en el servidor: 4" in salida

    # El servidor, sano: el acta aprobada sin conexión coincide con su registro, renumerado al volver.
    assert _ok(cli("verificar", db=url)).count("todas iguales a lo aprobado") == 1
    assert _uno(url, "SELECT a.estado, r.titulo FROM actas a JOIN resoluciones r ON r.id = a.aprobada_por WHERE "
                     "a.sesion_id = %s", [SESION]) == ("aprobada", "Aprobación del acta")
    assert _uno(url, "SELECT id FROM resoluciones WHERE titulo = 'Declaración de la Cumbre'")[0] != resolucion["id"]
    # Los papeles impresos en la Cumbre verifican contra el servidor como en la copia: auténticos, vigentes (aunque el
    # servidor numeró de nuevo la resolución y el registro del acta); la declaración, impresa con el acta todavía en
    # borrador, reemplazada por su aprobación.
    for papel, salida_esperada in papeles.items():
        verificacion = cli("documento", "verificar", tmp_path / papel, db=url)
        assert verificacion.returncode == en_la_copia[papel].returncode == salida_esperada, (
            papel, verificacion.stdout, en_la_copia[papel].stdout)
        assert verificacion.stdout.splitlines()[:2] == en_la_copia[papel].stdout.splitlines()[:2]
    assert "Se emitió cuando el acta de su sesión estaba en borrador" in en_la_copia["declaracion.pdf"].stdout
    # La elección volvió cerrada con su candidatura electa; se confirma ahora, sobre el servidor.
    en_servidor = _uno(url, "SELECT p.id FROM puntos_orden p JOIN elecciones e ON e.punto_id = p.id WHERE "
                            "p.titulo = 'Elección de la coordinación'")[0]
    _ok(cli("sesiones", "confirmar-eleccion", en_servidor, db=ana))
    assert _uno(url, "SELECT m.miembro_id FROM mandatos m JOIN elecciones e ON e.mandato_id = m.id JOIN "
                     "puntos_orden p ON p.id = e.punto_id WHERE p.id = %s", [en_servidor]) == (3,)


def test_un_viaje_trabado_se_cancela_con_un_motivo_que_queda_en_la_bitacora(demo_en_el_servidor, login_pg, cli,
                                                                            tmp_path):
    """El hallazgo: en una copia (abierta sin su constancia, como con una versión anterior) se registró y se anuló un
    pago; «servidor devolver» la rechaza y ninguna orden soltaba la marca, salvo un DELETE a mano que no dejaba rastro.
    Ahora la marca no se toca con SQL a mano, y «servidor cancelar-viaje» la suelta con un motivo, en la bitácora."""
    url = demo_en_el_servidor
    ana, beto = login_pg(url, "ana", "secretaria"), login_pg(url, "beto", "secretaria")
    tomas, carla = login_pg(url, "tomas", "tesoreria"), login_pg(url, "carla", "consulta")
    copia = tmp_path / "cumbre.db"
    _ok(cli("servidor", "llevar", ana, SESION, copia))
    # En la copia, un pago se rechaza en el momento.
    pago = cli("pagos", "registrar", "--miembro", "7", "--monto", "10", "--moneda", "USD", "--fecha", "2026-04-10", db=copia)
    assert pago.returncode == 1 and "copia de viaje de la sesión 4" in pago.stderr, pago.stderr
    constancia = tmp_path / "cumbre.db.viaje"
    constancia.rename(tmp_path / "aparte")
    _ok(cli("pagos", "registrar", "--miembro", "7", "--monto", "10", "--moneda", "USD", "--fecha", "2026-04-10", db=copia))
    registrado = max(p["id"] for p in json.loads(_ok(cli("pagos", "listar", "--json", db=copia))))
    _ok(cli("pagos", "anular", registrado, "--motivo", "Era de prueba", db=copia))
    (tmp_path / "aparte").rename(constancia)
    trabada = cli("servidor", "devolver", ana, copia)
    assert trabada.returncode == 1 and "cambios fuera de la sesión" in trabada.stderr

    # Con SQL a mano, nadie toca los viajes (ni quien la llevó), ni cancela sin motivo ni sin el papel.
    for login in (ana, beto, tomas, carla):
        for intento in ("DELETE FROM sesiones_de_viaje", "UPDATE sesiones_de_viaje SET devuelta_en = 'ya'",
                        f"INSERT INTO sesiones_de_viaje (sesion_id, llevada_por, llevada_en, huella) VALUES "
                        f"({SESION}, 'x', 'hoy', repeat('a', 64))"):
            assert "permission denied" in _rechazo(login, intento), (login, intento)
    assert _rechazo(beto, f"SELECT escritorio_cancelar_viaje({SESION}, ' ')") == (
        "Para cancelar el viaje de una sesión hace falta un motivo.")
    assert "permission denied" in _rechazo(tomas, f"SELECT escritorio_cancelar_viaje({SESION}, 'x')")
    assert "permission denied" in _rechazo(carla, f"SELECT escritorio_cancelar_viaje({SESION}, 'x')")
    assert _rechazo(beto, f"SELECT escritorio_sesion_devuelta({SESION})") == (
        f"La sesión {SESION} no está llevada por beto en una devolución.")
    sin_motivo = cli("servidor", "cancelar-viaje", beto, SESION, "--motivo", "  ")
    assert sin_motivo.returncode == 1 and "Indique el motivo" in sin_motivo.stderr

    # Otra persona de secretaría la cancela (la copia quedó en la laptop de ana, trabada).
    cancelado = _ok(cli("servidor", "cancelar-viaje", beto, SESION, "--motivo", "La copia quedó con un pago"))
    assert f"Viaje de la sesión {SESION} cancelado por beto" in cancelado
    with psycopg.connect(beto) as c:  # el servidor la vuelve a admitir cambios
        c.execute(f"UPDATE actas SET preside = 'Intendente de Salto' WHERE sesion_id = {SESION}")
    otra_vez = cli("servidor", "devolver", ana, copia)
    assert otra_vez.returncode == 1 and "se canceló" in otra_vez.stderr and "La copia quedó con un pago" in otra_vez.stderr
    ya_no = cli("servidor", "cancelar-viaje", beto, SESION, "--motivo", "Otra vez")
    assert ya_no.returncode == 1 and "no está de viaje" in ya_no.stderr

    # Queda en la bitácora, sellado con el login de quien la canceló, y dicho como lo diría una persona.
    assert _uno(url, "SELECT s.operador, b.accion FROM bitacora b JOIN bitacora_sellos s ON b.id BETWEEN s.desde_id AND "
                     "s.hasta_id WHERE b.entidad = 'sesiones_de_viaje' ORDER BY b.id DESC LIMIT 1") == ("beto", "cambio")
    listado = _ok(cli("bitacora", "listar", "--entidad", "sesiones_de_viaje", db=carla))
    assert "cancelado por beto: La copia quedó con un pago" in listado and "llevada de viaje por ana" in listado
    # Se puede volver a llevar: cada viaje es una fila, ninguna se borra.
    _ok(cli("servidor", "llevar", ana, SESION, tmp_path / "de-nuevo.db"))
    assert _uno(url, "SELECT count(*), count(cancelada_en) FROM sesiones_de_viaje") == (2, 1)
    assert "sana" in _ok(cli("verificar", db=url))

    # Quien administra el servidor puede borrar la marca con los triggers apagados: «verificar» lo nota.
    with psycopg.connect(url) as c:
        c.execute("ALTER TABLE sesiones_de_viaje DISABLE TRIGGER USER")
        c.execute("DELETE FROM sesiones_de_viaje WHERE cancelada_en IS NULL")
        c.execute("ALTER TABLE sesiones_de_viaje ENABLE TRIGGER USER")
    verificado = cli("verificar", db=url)
    assert verificado.returncode == 1 and "«sesiones_de_viaje»: filas borradas" in verificado.stderr
