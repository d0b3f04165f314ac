"""Lo que un login del servidor intentó con psql (issue 77, §1 y §5), como lo haría quien tiene el papel y SQL a mano,
contra un PostgreSQL de verdad con la red de ejemplo:

- secretaría movía la secuencia del sello de la bitácora (`setval`): todas las escrituras de todos fallaban después,
  sin rastro. Ningún papel mueve una secuencia ni usa las de la bitácora; la numeración que sigue una importación la
  lleva una función del dueño, solo hacia adelante.
- tesorería registraba una convocatoria (el documento con su código) y la ponía en la bandeja de salida; anulaba
  una convocatoria pendiente. Solo lo hace secretaría.
"""

import json
import time

import psycopg
import pytest
from servidor_postgres import rechazo_del_servidor as _rechazo

from escritorio.datos.postgres import conexion
from escritorio.servicios.verificacion.comprobaciones import verificar


def _uno(url: str, consulta: str, parametros=()):
    with psycopg.connect(url) as c:
        return c.execute(consulta, parametros).fetchone()


@pytest.mark.parametrize("papel", ["secretaria", "tesoreria", "consulta"])
def test_ningun_papel_mueve_una_secuencia_ni_usa_las_de_la_bitacora(demo_en_el_servidor, login_pg, cli, papel):
    url = demo_en_el_servidor
    login = login_pg(url, f"alguien_{papel}", papel)
    for intento in ("SELECT setval('bitacora_sellos_id_seq', 1)", "SELECT setval('bitacora_sellos_id_seq', 999999)",
                    "SELECT nextval('bitacora_sellos_id_seq')", "SELECT setval('pagos_id_seq', 1)",
                    "SELECT setval('miembros_id_seq', 1)", "ALTER SEQUENCE bitacora_sellos_id_seq RESTART WITH 1",
                    "SELECT escritorio_seguir_numeracion('bitacora_sellos')"):
        mensaje = _rechazo(login, intento)
        assert "permission denied" in mensaje or "must be owner" in mensaje or "no se mueve" in mensaje, (
            intento, mensaje)
    # Después de los intentos, todos siguen escribiendo y la base verifica.
    hecho = cli("pagos", "registrar", "--miembro", 3, "--monto", 5, "--moneda", "USD", "--fecha", "2026-11-20",
                db=url)
    assert hecho.returncode == 0, hecho.stderr
    db = conexion.conectar(url)
    try:
        assert verificar(db).correcta
    finally:
        db.close()


def test_la_numeracion_sigue_solo_hacia_adelante_y_solo_la_del_papel(demo_en_el_servidor, login_pg):
    url = demo_en_el_servidor
    tomas = login_pg(url, "tomas", "tesoreria")
    antes = _uno(url, "SELECT last_value, is_called FROM pagos_id_seq")
    with psycopg.connect(tomas) as c:
        c.execute("SELECT escritorio_seguir_numeracion('pagos')")       # no hay nada más alto: no se mueve
    assert _uno(url, "SELECT last_value, is_called FROM pagos_id_seq") == antes
    assert "Solo el papel de secretaría numera los miembros" in _rechazo(
        tomas, "SELECT escritorio_seguir_numeracion('miembros')")


def test_tesoreria_no_emite_ni_anula_una_convocatoria(demo_en_el_servidor, login_pg, cli, tmp_path):
    url = demo_en_el_servidor
    tomas = login_pg(url, "tomas", "tesoreria")
    ana = login_pg(url, "ana", "secretaria")
    # Con SQL a mano, por la función que registra los documentos y en la bandeja de salida.
    assert "Solo el papel de secretaría registra actas, resoluciones, convocatorias" in _rechazo(
        tomas, "SELECT escritorio_registrar_documento(1, 'AAAA-BBBB-CCCC', 'convocatoria', 4, repeat('a', 64), "
               "'{}', NULL)")
    assert "Solo el papel de secretaría pone en la bandeja de salida convocatorias" in _rechazo(
        tomas, "INSERT INTO mensajes (asociacion_id, message_id, clase, referencia, asunto, texto, html) "
               "VALUES (1, '<x@y>', 'convocatoria', 4, 'Convocatoria', 'x', 'x')")
    # Por el programa: la convocatoria de tesorería se imprime sin registrarla; secretaría la registra.
    hecho = cli("sesiones", "convocar", "Consejo", "--fecha", "2027-03-01", "--lugar", "Rosario", "--json", db=ana)
    assert hecho.returncode == 0, hecho.stderr
    sesion = json.loads(hecho.stdout)["id"]
    antes = _uno(url, "SELECT count(*) FROM documentos_emitidos WHERE tipo = 'convocatoria'")[0]
    impresa = cli("sesiones", "convocatoria", sesion, tmp_path / "de-tesoreria.pdf", db=tomas)
    assert impresa.returncode == 0, impresa.stderr
    assert _uno(url, "SELECT count(*) FROM documentos_emitidos WHERE tipo = 'convocatoria'")[0] == antes
    registrada = cli("sesiones", "convocatoria", sesion, tmp_path / "de-secretaria.pdf", db=ana)
    assert registrada.returncode == 0, registrada.stderr
    assert _uno(url, "SELECT count(*) FROM documentos_emitidos WHERE tipo = 'convocatoria'")[0] == antes + 1
    # La convocatoria que secretaría dejó en la bandeja: tesorería no la anula (la despacha, eso sí).
    hecho = cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", "1", "--seguridad", "ninguna",
                "--remitente", "secretaria@redsur.ejemplo.org", db=ana)
    assert hecho.returncode == 0, hecho.stderr
    hecho = cli("correo", "convocatoria", sesion, "--no-enviar", db=ana)
    assert hecho.returncode == 0, hecho.stderr
    (mensaje,) = _uno(url, "SELECT max(id) FROM mensajes WHERE clase = 'convocatoria'")
    anular = cli("correo", "anular", mensaje, db=tomas)
    assert anular.returncode == 1 and "no tiene permiso" in anular.stderr, anular.stderr
    assert "Solo el papel de secretaría anula una convocatoria" in _rechazo(
        tomas, f"UPDATE mensajes SET estado = 'anulado' WHERE id = {mensaje}")
    assert _uno(url, "SELECT estado FROM mensajes WHERE id = %s", [mensaje]) == ("pendiente",)


def test_una_votacion_registrada_no_se_cambia_con_psql_aunque_el_acta_siga_en_borrador(demo_en_el_servidor, login_pg):
    """El hallazgo: la votación de la sesión 4 (acta en borrador) cambiaba con psql y el login de secretaría, sellada
    como cualquier cambio. El archivo lo nota (un registro sin sellar); el servidor lo rechaza."""
    url = demo_en_el_servidor
    sara = login_pg(url, "sara", "secretaria")
    (votacion, a_favor) = _uno(url, "SELECT v.id, v.a_favor FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id "
                                    "WHERE p.sesion_id = 4")
    assert _uno(url, "SELECT estado FROM actas WHERE sesion_id = 4") == ("borrador",)
    for intento in (f"UPDATE votaciones SET a_favor = a_favor + 5 WHERE id = {votacion}",
                    f"DELETE FROM votaciones WHERE id = {votacion}"):
        assert _rechazo(sara, intento).startswith("Una votación registrada está cerrada"), intento
    assert _uno(url, "SELECT a_favor FROM votaciones WHERE id = %s", [votacion]) == (a_favor,)


def test_un_incidente_lo_reconoce_el_login_que_lo_hace(demo_en_el_servidor, login_pg):
    url = demo_en_el_servidor
    sara = login_pg(url, "sara", "secretaria")
    with psycopg.connect(url) as c:   # quien administra el servidor anota un incidente
        (incidente,) = c.execute("INSERT INTO incidentes (tipo, notado_en, detalle) VALUES ('filas_ajenas', "
                                 "'2026-11-27T10:00:00', 'prueba') RETURNING id").fetchone()
    with psycopg.connect(sara) as c:  # secretaría lo reconoce en nombre de otra persona
        c.execute("UPDATE incidentes SET reconocido_en = '2026-11-27T10:05:00', reconocido_por = 'ana', "
                  "motivo = 'Lo hizo Ana' WHERE id = %s", [incidente])
    assert _uno(url, "SELECT reconocido_por, motivo FROM incidentes WHERE id = %s", [incidente]) == (
        "sara", "Lo hizo Ana")


def test_quien_tiene_tomada_la_base_se_nombra_y_no_la_tiene_para_siempre(demo_en_el_servidor, login_pg, cli,
                                                                         monkeypatch):
    """El hallazgo: cualquier papel que escribe podía tomar el cerrojo con psql (BEGIN y la función del cerrojo) y
    dejarlo: los demás fallaban a los 20 s sin saber por qué, para siempre. Ahora el mensaje dice quién lo tiene y
    desde cuándo, y el servidor termina la transacción que pasa cinco minutos sin hacer nada."""
    from escritorio.datos.postgres import transaccion

    url = demo_en_el_servidor
    tomas, ana = login_pg(url, "tomas", "tesoreria"), login_pg(url, "ana", "secretaria")
    monkeypatch.setattr(transaccion, "ESPERA_S", 1)   # la espera de siempre es de 20 s
    with psycopg.connect(tomas) as retiene:
        assert retiene.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("5min",)
        retiene.execute("SELECT escritorio_cerrojo_de_escritura()")     # y no confirma
        hecho = cli("pagos", "registrar", "--miembro", 3, "--monto", 5, "--moneda", "USD", "--fecha", "2026-11-20",
                    db=ana)
        assert hecho.returncode == 1
        assert "«tomas» tiene tomada la base del servidor" in hecho.stderr, hecho.stderr
        assert "termina sola una transacción que pasa 5 minutos sin hacer nada" in hecho.stderr
    hecho = cli("pagos", "registrar", "--miembro", 3, "--monto", 5, "--moneda", "USD", "--fecha", "2026-11-20", db=ana)
    assert hecho.returncode == 0, hecho.stderr


def test_un_cambio_plantado_con_psql_no_lo_aplica_deshacer(demo_en_el_servidor, login_pg, cli):
    """Issue 77, §3, en el servidor: con psql y el login de secretaría, una fila en `cambios_reversibles` a nombre de
    quien opera; el servidor la sella como cualquier cambio. «deshacer» no la aplica."""
    from escritorio.servicios.reversibles import puesto

    url = demo_en_el_servidor
    sara = login_pg(url, "sara", "secretaria")
    with psycopg.connect(url) as c:
        columnas = [d[0] for d in c.execute("SELECT * FROM miembros WHERE id = 3").description]
        hoy = dict(zip(columnas, c.execute("SELECT * FROM miembros WHERE id = 3").fetchone()))
        (ultimo,) = c.execute("SELECT max(id) FROM bitacora").fetchone()
    hoy = json.loads(json.dumps(hoy, default=str))
    filas = [{"tabla": "miembros", "id": 3, "antes": {**hoy, "nombre": "Rosario (dato plantado)"}, "despues": hoy}]
    quien, equipo = puesto()
    with psycopg.connect(sara) as c:
        c.execute("SELECT escritorio_cerrojo_de_escritura()")
        c.execute("INSERT INTO cambios_reversibles (asociacion_id, tipo, detalle, filas, quien, equipo, "
                  "ultimo_registro) VALUES (1, 'ficha', 'Rosario', %s, %s, %s, %s)",
                  [json.dumps(filas, ensure_ascii=False), quien, equipo, ultimo])
    hecho = cli("deshacer", db=sara)
    assert hecho.returncode == 1, hecho.stdout
    assert "Ese cambio no es uno que Escritorio haya anotado" in hecho.stderr, hecho.stderr
    assert _uno(url, "SELECT nombre FROM miembros WHERE id = 3") == ("Rosario",)


@pytest.mark.parametrize("papel", ["secretaria", "tesoreria", "consulta"])
def test_instalar_y_subir_los_hace_quien_administra(url_pg, url_pg_vacia, login_pg, cli, copia_de_la_demo, papel):
    """Con el login de un papel, «servidor instalar» y «servidor subir» sobre una base vacía decían «Lo sentimos:
    ocurrió un error inesperado» (permission denied for schema public). Ahora, el motivo; la base sigue vacía.
    (`url_pg` instala otra base: los grupos de los papeles existen en el servidor.)"""
    login = login_pg(url_pg_vacia, f"alguien_{papel}", papel)
    for orden in (["servidor", "instalar", login], ["servidor", "subir", login]):
        hecho = cli(*orden, db=copia_de_la_demo if orden[1] == "subir" else None)
        assert hecho.returncode == 1, hecho.stdout
        assert f"El usuario «alguien_{papel}» no puede" in hecho.stderr, hecho.stderr
        assert "lo hace quien administra el servidor" in hecho.stderr and "Lo sentimos" not in hecho.stderr
    assert _uno(url_pg_vacia, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == (0,)


def test_correo_convocatoria_no_escribe_los_pdf_con_el_cerrojo_tomado(demo_en_el_servidor, login_pg):
    """Issue 77, §5: la convocatoria por correo escribía sus PDF con el cerrojo de los que escriben tomado (1 s en un
    equipo tranquilo, hasta 6 s con diez puestos). Ahora los escribe antes y el cerrojo dura lo que tarda guardar."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.correo import configurar_cuenta, encolar, preparar_convocatoria

    url = demo_en_el_servidor
    with psycopg.connect(url) as c:
        c.execute("UPDATE miembros SET correo = 'secretaria@' || lower(replace(nombre, ' ', '')) || '.ejemplo.org' "
                  "WHERE id IN (SELECT miembro_id FROM asistencias WHERE sesion_id = 4 LIMIT 20)")
    db = abrir_base(login_pg(url, "ana", "secretaria"))
    try:
        contexto = Contexto(db, 1)
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=1, seguridad="ninguna",
                          remitente="secretaria@redsur.ejemplo.org")
        db.estado.cerrojo_mas_largo_s = 0.0
        inicio = time.perf_counter()
        ids = encolar(contexto, preparar_convocatoria(contexto, 4))
        total = time.perf_counter() - inicio
        assert ids
        print(f"cerrojo {db.estado.cerrojo_mas_largo_s:.3f} s de {total:.3f} s")
        assert db.estado.cerrojo_mas_largo_s < 0.2, (db.estado.cerrojo_mas_largo_s, total)
        assert db.estado.cerrojo_mas_largo_s < total / 2, (db.estado.cerrojo_mas_largo_s, total)
    finally:
        db.close()
    assert _uno(url, "SELECT count(*) FROM documentos_emitidos WHERE tipo = 'convocatoria' AND referencia = 4")[0] >= 1


def test_los_sellos_se_numeran_seguidos_aunque_alguien_mueva_la_secuencia(demo_en_el_servidor, cli):
    """Issue 77, §5: con la secuencia del sello movida (ni un papel puede ya; quien administra el servidor, sí), el
    siguiente sello es el siguiente al último: nadie queda sin poder escribir y la numeración no salta."""
    url = demo_en_el_servidor
    with psycopg.connect(url) as c:
        c.execute("SELECT setval('bitacora_sellos_id_seq', 1)")
        (ultimo,) = c.execute("SELECT max(id) FROM bitacora_sellos").fetchone()
    hecho = cli("pagos", "registrar", "--miembro", 3, "--monto", 5, "--moneda", "USD", "--fecha", "2026-11-20", db=url)
    assert hecho.returncode == 0, hecho.stderr
    assert _uno(url, "SELECT max(id) FROM bitacora_sellos") == (ultimo + 1,)
    verificado = cli("verificar", db=url)
    assert "la numeración de los sellos salta" not in verificado.stdout + verificado.stderr
