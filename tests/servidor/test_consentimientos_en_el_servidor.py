"""Los consentimientos (issue 81 §3) en el servidor, con el login de cada papel: lo que tesorería y consulta no pueden
hacer con psql, lo que secretaría hace con la línea de órdenes (registrar, el boletín, revocar, responder una
revocación, suprimir a la persona) y la bitácora después de cada cosa. Contra un PostgreSQL de verdad."""

import json
from datetime import date

import psycopg
import pytest
from servidor_postgres import escribir_en_el_servidor as _escribir
from servidor_postgres import rechazo_del_servidor as _rechazo

from escritorio.datos.postgres import conexion
from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.consentimientos import registrar_consentimiento, revocar_consentimiento
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuenta_de_correo import configurar_cuenta
from escritorio.servicios.ficha import guardar_contacto, guardar_ficha
from escritorio.servicios.repaso_de_la_bitacora import repasar
from escritorio.servicios.solicitudes_de_datos import fijar_politica
from escritorio.servicios.verificacion.comprobaciones import verificar

BEATRIZ, CORREO = "Beatriz Lima", "beatriz.lima@portoalegre.ejemplo.org"
RAFAEL, CORREO_RAFAEL = "Rafael Souza", "rafael.souza@curitiba.ejemplo.org"
ACEPTADO = "Acepto recibir el boletín de la red por correo electrónico."


def _uno(url: str, consulta: str, parametros=()):
    with psycopg.connect(url) as c:
        return c.execute(consulta, parametros).fetchone()


def _verificar(url: str):
    db = conexion.conectar(url)
    try:
        return verificar(db)
    finally:
        db.close()


@pytest.fixture
def red(url_pg, login_pg) -> dict:
    """La red en una base nueva del servidor, armada por quien la administra: Porto Alegre (Beatriz) y Curitiba
    (Rafael), la ley de Brasil y la cuenta de correo; un consentimiento vigente (el de Rafael); los logins de los tres
    papeles."""
    db = conexion.conectar(url_pg)
    try:
        contexto = Contexto(db, crear_asociacion(db, NuevaAsociacion(
            nombre="Red de Municipios del Litoral", sigla="RML", paises={"BR": "pleno"})))
        fijar_politica(contexto, pais="BR", contacto="dados@litoral.ejemplo.org")
        ids = {}
        for ciudad, nombre, correo in (("Porto Alegre", BEATRIZ, CORREO), ("Curitiba", RAFAEL, CORREO_RAFAEL)):
            miembro = guardar_ficha(contexto, FichaMiembro(nombre=ciudad, pais="BR", fecha_ingreso=date(2000, 1, 1)),
                                    poblacion=(1_300_000, 2022, "Censo"))
            ids[nombre] = guardar_contacto(db, miembro, nombre, "Prensa", correo)
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=2525, seguridad="ninguna",
                          remitente="secretaria@litoral.ejemplo.org")
        de_rafael = registrar_consentimiento(contexto, ids[RAFAEL], ACEPTADO, canal="nota")["id"]
    finally:
        db.close()
    logins = {p: login_pg(url_pg, f"persona_{p}", p) for p in ("secretaria", "tesoreria", "consulta")}
    return {"url": url_pg, "beatriz": ids[BEATRIZ], "rafael": ids[RAFAEL], "de_rafael": de_rafael, **logins}


def _sin_traza(hecho, codigo: int = 0):
    salida = hecho.stdout + hecho.stderr
    assert "Traceback" not in salida and "psycopg" not in salida, salida
    assert hecho.returncode == codigo, salida
    return hecho


# --- psql con el login de cada papel --------------------------------------------------------------------------------

def test_tesoreria_y_consulta_no_registran_ni_revocan_con_psql_y_secretaria_no_desrevoca(red):
    url, beatriz, de_rafael = red["url"], red["beatriz"], red["de_rafael"]
    alta = ("INSERT INTO consentimientos (asociacion_id, contacto_id, finalidad, texto, canal, otorgado_el) "
            f"VALUES (1, {beatriz}, 'boletin', 'Acepto.', 'nota', '2026-11-20')")
    revocar = (f"UPDATE consentimientos SET revocado_el = '{date.today().isoformat()}', canal_de_revocacion = 'correo' "
               f"WHERE id = {de_rafael}")
    for papel in ("tesoreria", "consulta"):
        assert "permission denied" in _rechazo(red[papel], alta), papel
        assert "permission denied" in _rechazo(red[papel], revocar), papel
        assert "permission denied" in _rechazo(red[papel], f"DELETE FROM consentimientos WHERE id = {de_rafael}")
    assert _uno(url, "SELECT count(*) FROM consentimientos") == (1,)
    assert _uno(url, "SELECT revocado_el FROM consentimientos WHERE id = %s", [de_rafael]) == (None,)
    # Secretaría sí revoca (como el programa), pero no desrevoca, no cambia lo aceptado ni lo borra.
    _escribir(red["secretaria"], revocar)
    for sentencia in (f"UPDATE consentimientos SET revocado_el = NULL, canal_de_revocacion = NULL "
                      f"WHERE id = {de_rafael}",
                      f"UPDATE consentimientos SET texto = 'Acepto todo.' WHERE id = {de_rafael}",
                      f"DELETE FROM consentimientos WHERE id = {de_rafael}"):
        assert "consentimiento" in _rechazo(red["secretaria"], sentencia), sentencia
    resultado = _verificar(url)
    assert resultado.correcta, resultado.problemas


# --- la línea de órdenes con el login de cada papel -----------------------------------------------------------------

def test_secretaria_registra_encola_revoca_y_responde_la_revocacion_en_el_servidor(red, cli, tmp_path):
    secretaria, beatriz = red["secretaria"], red["beatriz"]
    for papel in ("tesoreria", "consulta"):
        for orden in (("consentimientos", "registrar", "--contacto", beatriz, "--sugerido"),
                      ("consentimientos", "revocar", red["de_rafael"]),
                      ("correo", "boletin", "--asunto", "Boletín", "--texto", "Noticias.", "--no-enviar")):
            hecho = _sin_traza(cli(*orden, db=red[papel]), 1)
            assert "no tiene permiso" in hecho.stderr or "solo puede consultar" in hecho.stderr, (papel, orden)
    assert _uno(red["url"], "SELECT count(*) FROM consentimientos") == (1,)

    registrado = json.loads(_sin_traza(cli("consentimientos", "registrar", "--contacto", beatriz, "--sugerido",
                                           "--canal", "nota", "--json", db=secretaria)).stdout)
    _sin_traza(cli("correo", "boletin", "--asunto", "Boletín", "--texto", "Noticias.", "--no-enviar", db=secretaria))
    boletines = dict(psycopg.connect(red["url"]).execute(
        "SELECT d.direccion, m.id FROM mensajes m JOIN destinatarios_mensaje d ON d.mensaje_id = m.id "
        "WHERE m.clase = 'boletin'").fetchall())
    assert sorted(boletines) == sorted([CORREO, CORREO_RAFAEL])
    revocado = json.loads(_sin_traza(cli("consentimientos", "revocar", red["de_rafael"], "--json",
                                         db=secretaria)).stdout)
    assert revocado["mensajes_anulados"] == [boletines[CORREO_RAFAEL]]

    persona = json.loads(_sin_traza(cli("personas", "registrar", f"contactos:{beatriz}", "--json",
                                        db=secretaria)).stdout)["persona_id"]
    solicitud = json.loads(_sin_traza(cli("derechos", "registrar", "--persona", persona, "--derecho", "revocacion",
                                          "--json", db=secretaria)).stdout)["solicitud_id"]
    for papel in ("tesoreria", "consulta"):
        _sin_traza(cli("derechos", "revocacion", solicitud, db=red[papel]), 1)
    hecho = json.loads(_sin_traza(cli("derechos", "revocacion", solicitud, "--json", db=secretaria)).stdout)
    assert hecho == {"revocados": [registrado["id"]], "mensajes_anulados": [boletines[CORREO]]}
    assert _uno(red["url"], "SELECT count(*) FROM mensajes WHERE clase = 'boletin' AND estado = 'anulado'") == (2,)
    _sin_traza(cli("verificar", db=red["consulta"]))
    assert not repasar_en(red["url"])


def repasar_en(url: str) -> list[str]:
    db = conexion.conectar(url)
    try:
        return [a.texto for a in repasar(db).alarmas]
    finally:
        db.close()


# --- la supresión de quien aceptó, con el login de secretaría ------------------------------------------------------

def test_secretaria_suprime_a_quien_acepto_el_boletin_y_la_base_sigue_sana(red, cli, tmp_path):
    secretaria, beatriz = red["secretaria"], red["beatriz"]
    _sin_traza(cli("consentimientos", "registrar", "--contacto", beatriz, "--sugerido", db=secretaria))
    _sin_traza(cli("correo", "boletin", "--asunto", "Boletín", "--texto", "Noticias.", "--no-enviar", db=secretaria))
    persona = json.loads(_sin_traza(cli("personas", "registrar", f"contactos:{beatriz}", "--json",
                                        db=secretaria)).stdout)["persona_id"]
    solicitud = json.loads(_sin_traza(cli("derechos", "registrar", "--persona", persona, "--derecho", "supresion",
                                          "--json", db=secretaria)).stdout)["solicitud_id"]
    _sin_traza(cli("derechos", "suprimir", solicitud, "--carpeta", tmp_path, db=secretaria))
    assert _uno(red["url"], "SELECT contacto_id, texto IS NOT NULL FROM consentimientos WHERE id = "
                            "(SELECT max(id) FROM consentimientos)") == (None, True)
    for tabla, columna in (("bitacora_valores", "valor"), ("mensajes", "texto"),
                           ("destinatarios_mensaje", "direccion"), ("destinatarios_mensaje", "nombre")):
        assert _uno(red["url"], f"SELECT count(*) FROM {tabla} WHERE {columna} LIKE %s OR {columna} LIKE %s",
                    ["%Beatriz%", "%beatriz.lima%"]) == (0,), tabla
    # Quitar el contacto de Rafael (la ficha de Curitiba, no una supresión) también deja su consentimiento sin él.
    (curitiba,) = _uno(red["url"], "SELECT miembro_id FROM contactos WHERE id = %s", [red["rafael"]])
    _sin_traza(cli("miembros", "quitar-contacto", curitiba, red["rafael"], db=secretaria))
    assert _uno(red["url"], "SELECT contacto_id, revocado_el FROM consentimientos WHERE id = %s",
                [red["de_rafael"]]) == (None, None)
    _sin_traza(cli("verificar", db=red["consulta"]))
    assert not repasar_en(red["url"])
    # Y el boletín siguiente ya no la encuentra: el consentimiento quedó sin contacto.
    hecho = _sin_traza(cli("correo", "boletin", "--asunto", "Otro", "--texto", "Más.", "--no-enviar", db=secretaria), 1)
    assert "ningún contacto tiene un consentimiento vigente" in hecho.stderr


# --- quien administra el servidor desrevoca con el trigger apagado --------------------------------------------------

def test_la_revocacion_deshecha_por_quien_administra_el_servidor_la_nombra_la_bitacora(red):
    url, de_rafael = red["url"], red["de_rafael"]
    db = conexion.conectar(url)
    try:
        revocar_consentimiento(Contexto(db, 1), de_rafael, canal="correo")
    finally:
        db.close()
    assert _verificar(url).correcta and not repasar_en(url)
    (disparador,) = _uno(url, "SELECT tgname FROM pg_trigger WHERE tgrelid = 'consentimientos'::regclass "
                              "AND tgname LIKE %s", ["%lo_aceptado_fijo%"])
    _escribir(url, f"ALTER TABLE consentimientos DISABLE TRIGGER {disparador}",
              f"UPDATE consentimientos SET revocado_el = NULL, canal_de_revocacion = NULL WHERE id = {de_rafael}",
              f"ALTER TABLE consentimientos ENABLE TRIGGER {disparador}")
    alarmas = " ".join(repasar_en(url))
    assert "un consentimiento registrado no se modifica: solo se revoca, una vez" in alarmas
    assert not _verificar(url).correcta


# --- tesorería despacha la bandeja entera ---------------------------------------------------------------------------

# Lo que encontró la revisión (arreglado): se preguntaba por el mensaje, no por cada destinatario.
def test_una_direccion_que_tesoreria_agrega_a_un_boletin_no_lo_recibe_sin_consentimiento(red, cli):
    from correo.servidor_smtp import ServidorSMTP

    secretaria, ajena = red["secretaria"], "alguien.sin.consentimiento@ejemplo.org"
    _sin_traza(cli("correo", "boletin", "--asunto", "Boletín", "--texto", "Noticias.", "--no-enviar", db=secretaria))
    (boletin,) = _uno(red["url"], "SELECT id FROM mensajes WHERE clase = 'boletin'")
    # Tesorería no pone un boletín en la bandeja (constancias.py), pero sí agrega destinatarios a uno que espera.
    _escribir(red["tesoreria"], "INSERT INTO destinatarios_mensaje (mensaje_id, direccion, nombre, tipo) "
                                f"VALUES ({boletin}, '{ajena}', 'Alguien', 'para')")
    with ServidorSMTP() as smtp:
        db = conexion.conectar(red["url"])
        try:
            configurar_cuenta(Contexto(db, 1), servidor="127.0.0.1", puerto=smtp.puerto, seguridad="ninguna",
                              remitente="secretaria@litoral.ejemplo.org")
        finally:
            db.close()
        _sin_traza(cli("correo", "enviar", db=red["tesoreria"]))
        destinos = [d for m in smtp.recibidos for d in m.destinatarios]
    assert CORREO_RAFAEL in destinos                   # el de quien lo aceptó sale
    assert ajena not in destinos, "el boletín salió a una dirección que nunca lo aceptó"
