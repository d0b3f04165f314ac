"""Issue 81 §3, por los servicios: los consentimientos (lo que un contacto aceptó, con el texto exacto, cuándo y por
qué medio) y el boletín de la red, el único correo que se basa en uno. Registrar, recibir el boletín, revocar (a mano
o respondiendo una solicitud del art. 18, IX de la LGPD), lo que la base misma impide, la supresión y el acceso.

La red: Porto Alegre y Curitiba integran el Consejo. Beatriz Lima, de Porto Alegre, y Rafael Souza, de Curitiba,
aceptaron recibir el boletín; Joana Prado, también de Porto Alegre, recibe las convocatorias y nunca aceptó el
boletín. La asociación aplica la LGPD (Brasil)."""

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from ayudas import RECHAZO_DE_LA_BASE
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.acceso_a_los_datos import responder_acceso
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import hoy
from escritorio.servicios.boletin import preparar_boletin
from escritorio.servicios.consentimientos import (consentimientos, registrar_consentimiento, revocar_consentimiento,
                                                  revocar_por_solicitud)
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import bandeja, encolar, preparar_convocatoria
from escritorio.servicios.cuenta_de_correo import configurar_cuenta
from escritorio.servicios.ficha import guardar_contacto, guardar_ficha
from escritorio.servicios.oposicion_al_correo import oponerse
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.personas import registrar_persona
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.reglas import fijar_convocatoria
from escritorio.servicios.solicitudes_de_datos import fijar_politica, listar_solicitudes, registrar_solicitud
from escritorio.servicios.supresion_de_datos import suprimir
from escritorio.servicios.verificacion.comprobaciones import verificar

# Lo que prueba difiere entre motores (los triggers que guardan lo aceptado y sus mensajes, el índice parcial de «uno
# vigente», ON DELETE SET NULL, la bitácora): corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

BEATRIZ, CORREO = "Beatriz Lima", "beatriz.lima@portoalegre.ejemplo.org"
RAFAEL, CORREO_RAFAEL = "Rafael Souza", "rafael.souza@curitiba.ejemplo.org"
JOANA, CORREO_JOANA = "Joana Prado", "joana.prado@portoalegre.ejemplo.org"
# Lo que Beatriz leyó y firmó, tal cual: con sus comillas, su salto de línea y sus dos espacios.
ACEPTADO = ("Acepto recibir el boletín de la Red de Municipios del Litoral  por correo electrónico.\n"
            "Sé que puedo «revocarlo» cuando quiera, sin costo.")
EL_DIA = date(2026, 11, 20)
PIE = "Recibe este boletín porque lo aceptó el 20/11/2026 (nota en papel)"


@dataclass
class Red:
    contexto: Contexto
    porto_alegre: int
    beatriz: int     # su contacto
    rafael: int
    joana: int       # recibe las convocatorias, no aceptó el boletín
    sesion: int


@pytest.fixture
def red(db, asociacion_id) -> Red:
    contexto = Contexto(db, asociacion_id)
    fijar_politica(contexto, pais="BR", contacto="dados@litoral.ejemplo.org")
    ciudades = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="BR", fecha_ingreso=date(2000, 1, 1)),
                                      poblacion=(1_300_000, 2022, "Censo")) for nombre in ("Porto Alegre", "Curitiba")}
    beatriz = guardar_contacto(db, ciudades["Porto Alegre"], BEATRIZ, "Relaciones internacionales", CORREO,
                               recibe="convocatoria")
    joana = guardar_contacto(db, ciudades["Porto Alegre"], JOANA, "Prensa", CORREO_JOANA, recibe="convocatoria")
    rafael = guardar_contacto(db, ciudades["Curitiba"], RAFAEL, "Prensa", CORREO_RAFAEL)
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for miembro in ciudades.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    fijar_convocatoria(contexto, consejo, 15, "Estatuto, art. 18")
    sesion = convocar(contexto, consejo, NuevaSesion(fecha=hoy() + timedelta(days=20), hora="10:00",
                                                     lugar="Porto Alegre", convocada_el=hoy()))
    configurar_cuenta(contexto, servidor="127.0.0.1", puerto=2525, seguridad="ninguna",
                      remitente="secretaria@litoral.ejemplo.org")
    return Red(contexto, ciudades["Porto Alegre"], beatriz, rafael, joana, sesion)


def _acepta(red: Red, contacto: int, texto: str = ACEPTADO) -> int:
    return registrar_consentimiento(red.contexto, contacto, texto, canal="nota", otorgado_el=EL_DIA)["id"]


def _persona(red: Red) -> int:
    return registrar_persona(red.contexto, None, [("contactos", red.beatriz)], motivo="escribió a la secretaría")


def _solicitud(red: Red, solicitud_id: int) -> dict:
    return next(s for s in listar_solicitudes(red.contexto) if s["id"] == solicitud_id)


def _para(envio) -> list[str]:
    return [d for m in envio.mensajes for d, _ in m.para]


def _estado(red: Red, mensaje_id: int) -> str:
    return next(m.estado for m in bandeja(red.contexto) if m.id == mensaje_id)


def _texto_pdf(ruta) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages)


# --- registrar ---------------------------------------------------------------------------------------------------

def test_se_guarda_el_texto_que_acepto_tal_cual_con_el_medio_y_el_dia(red):
    hecho = registrar_consentimiento(red.contexto, red.beatriz, "  " + ACEPTADO + "\n", canal="nota",
                                     otorgado_el=EL_DIA)
    (guardado,) = consentimientos(red.contexto)
    assert guardado == hecho
    assert guardado["texto"] == ACEPTADO                     # sin tocar nada de adentro (solo los bordes)
    assert (guardado["canal"], guardado["otorgado_el"], guardado["revocado_el"]) == ("nota", "2026-11-20", None)
    assert (guardado["contacto"], guardado["correo"], guardado["finalidad"]) == (BEATRIZ, CORREO, "boletin")
    assert consentimientos(red.contexto, contacto_id=red.beatriz, solo_vigentes=True) == [guardado]


def test_lo_que_no_se_registra_dice_por_que_y_no_guarda_nada(red, db):
    primero = _acepta(red, red.beatriz)
    with pytest.raises(ErrorEscritorio, match=f"«{BEATRIZ}» ya aceptó eso el 20/11/2026 \\(consentimiento "
                                              f"{primero}, vigente\\): no se registra dos veces"):
        registrar_consentimiento(red.contexto, red.beatriz, "Otro texto que también aceptó.")
    sin_correo = guardar_contacto(db, red.porto_alegre, "Marcos Teixeira", "Protocolo")
    with pytest.raises(ErrorEscritorio, match="«Marcos Teixeira» no tiene correo"):
        registrar_consentimiento(red.contexto, sin_correo, ACEPTADO)
    with pytest.raises(ErrorValidacion, match="todavía no llegó") as futuro:
        registrar_consentimiento(red.contexto, red.rafael, ACEPTADO, otorgado_el=hoy() + timedelta(days=1))
    assert set(futuro.value.campos) == {"otorgado_el"}
    with pytest.raises(ErrorValidacion, match="falta el texto que la persona aceptó") as vacio:
        registrar_consentimiento(red.contexto, red.rafael, "  \n ")
    assert set(vacio.value.campos) == {"texto"} and "falta el texto" in vacio.value.campos["texto"]
    # El contacto de otra asociación de la misma base no es de esta: ni se nombra.
    otra = crear_asociacion(db, NuevaAsociacion(nombre="Red Andina", sigla="RA", paises={"AR": "pleno"}))
    salta = guardar_ficha(Contexto(db, otra), FichaMiembro(nombre="Salta", pais="AR", fecha_ingreso=date(2000, 1, 1)),
                          poblacion=(600_000, 2022, "Censo"))
    ajeno = guardar_contacto(db, salta, "Lucas Ortiz", "Prensa", "lucas@salta.ejemplo.org")
    with pytest.raises(ErrorEscritorio, match=f"No existe el contacto {ajeno} en esta asociación"):
        registrar_consentimiento(red.contexto, ajeno, ACEPTADO)
    assert [c["id"] for c in consentimientos(red.contexto)] == [primero]
    assert consentimientos(Contexto(db, otra)) == []


# --- el boletín ----------------------------------------------------------------------------------------------------

def test_el_boletin_va_solo_a_quien_lo_acepto_con_el_pie_que_dice_cuando_y_sin_adjunto(red, db):
    _acepta(red, red.beatriz)
    _acepta(red, red.rafael)
    envio = preparar_boletin(red.contexto, "Boletín de noviembre", "Este mes: la cumbre de Montevideo.")
    assert sorted(_para(envio)) == sorted([CORREO, CORREO_RAFAEL])     # Joana recibe convocatorias, no el boletín
    assert all(len(m.para) == 1 and not m.copia and m.adjuntos == [] for m in envio.mensajes)   # nadie ve a otro
    de_beatriz = next(m for m in envio.mensajes if m.para == [(CORREO, BEATRIZ)])
    assert de_beatriz.miembro == "Porto Alegre" and de_beatriz.asunto == "Boletín de noviembre"
    assert "Este mes: la cumbre de Montevideo." in de_beatriz.texto and PIE in de_beatriz.texto
    assert "Para no recibirlo más" in de_beatriz.texto
    assert not envio.por_oposicion and not envio.sin_direccion

    ids = encolar(red.contexto, envio)
    en_la_bandeja = [m for m in bandeja(red.contexto) if m.id in ids]
    assert len(ids) == 2 and {m.clase for m in en_la_bandeja} == {"boletin"}
    assert sorted(d["direccion"] for m in en_la_bandeja for d in m.destinatarios) == sorted([CORREO, CORREO_RAFAEL])
    assert {m.estado for m in en_la_bandeja} == {"pendiente"}
    assert db.execute("SELECT count(*) FROM adjuntos_mensaje WHERE mensaje_id IN (?, ?)", ids).fetchone()[0] == 0


def test_revocado_no_le_sale_mas_el_boletin_que_esperaba_se_anula_y_la_convocatoria_sigue(red):
    consentimiento = _acepta(red, red.beatriz)
    (boletin,) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias de la red."))
    convocatoria = encolar(red.contexto, preparar_convocatoria(red.contexto, red.sesion))
    assert CORREO in _para(preparar_convocatoria(red.contexto, red.sesion))

    hecho = revocar_consentimiento(red.contexto, consentimiento, canal="correo")
    assert (hecho.revocados, hecho.mensajes_anulados) == ([consentimiento], [boletin])
    (revocado,) = consentimientos(red.contexto)
    assert (revocado["revocado_el"], revocado["canal_de_revocacion"]) == (hoy().isoformat(), "correo")
    assert revocado["texto"] == ACEPTADO                                     # lo aceptado queda, como prueba
    assert _estado(red, boletin) == "anulado"
    assert {_estado(red, m) for m in convocatoria} == {"pendiente"}        # lo que manda el estatuto, no
    assert CORREO in _para(preparar_convocatoria(red.contexto, red.sesion))
    nadie = preparar_boletin(red.contexto, "Boletín", "Más noticias.")
    assert nadie.mensajes == []
    with pytest.raises(ErrorEscritorio, match="No hay a quién enviarlo: ningún contacto tiene un consentimiento "
                                              "vigente para recibir el boletín"):
        encolar(red.contexto, nadie)
    with pytest.raises(ErrorEscritorio, match=f"El consentimiento {consentimiento} ya se revocó"):
        revocar_consentimiento(red.contexto, consentimiento)


def test_revocado_despues_de_cambiar_de_direccion_no_sale_el_boletin_que_esperaba_a_la_de_antes(red, db):
    consentimiento = _acepta(red, red.beatriz)
    (boletin,) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias de la red."))
    guardar_contacto(db, red.porto_alegre, BEATRIZ, "Relaciones internacionales", "beatriz@nueva.ejemplo.org",
                     contacto_id=red.beatriz)                          # rectificó su dirección: el boletín iba a la vieja
    hecho = revocar_consentimiento(red.contexto, consentimiento, canal="presencial")
    assert hecho.mensajes_anulados == [boletin] and _estado(red, boletin) == "anulado"


def test_una_direccion_que_otro_contacto_sigue_aceptando_conserva_su_boletin(red, db):
    """Dos contactos con la misma dirección (la oficina de prensa compartida) reciben un solo boletín: si uno revoca,
    la dirección sigue teniendo el consentimiento del otro; si revocan los dos, se anula."""
    compartida = guardar_contacto(db, red.porto_alegre, "Prensa de Porto Alegre", "Prensa", CORREO)
    primero, segundo = _acepta(red, red.beatriz), _acepta(red, compartida)
    (boletin,) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias de la red."))
    assert revocar_consentimiento(red.contexto, primero).mensajes_anulados == []
    assert _estado(red, boletin) == "pendiente"
    assert revocar_consentimiento(red.contexto, segundo).mensajes_anulados == [boletin]
    assert _estado(red, boletin) == "anulado"


def test_con_oposicion_al_correo_queda_fuera_del_boletin_aunque_lo_haya_aceptado(red):
    _acepta(red, red.beatriz)
    _acepta(red, red.rafael)
    oponerse(red.contexto, registrar_solicitud(red.contexto, _persona(red), "oposicion").id)
    envio = preparar_boletin(red.contexto, "Boletín", "Noticias de la red.")
    assert _para(envio) == [CORREO_RAFAEL]
    assert [(o["miembro"], o["persona"]) for o in envio.por_oposicion] == [("Porto Alegre", BEATRIZ)]
    assert "pidió no recibir correo" in envio.por_oposicion[0]["motivo"]


# --- la revocación que pide la persona (LGPD, art. 18, IX) ---------------------------------------------------------

def test_la_solicitud_de_revocacion_revoca_sus_consentimientos_y_se_responde(red):
    consentimiento = _acepta(red, red.beatriz)
    _acepta(red, red.rafael)
    (boletin, _) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias de la red."))
    convocatoria = encolar(red.contexto, preparar_convocatoria(red.contexto, red.sesion))
    solicitud = registrar_solicitud(red.contexto, _persona(red), "revocacion", canal="presencial").id
    with pytest.raises(ErrorEscritorio, match=f"La solicitud {solicitud} es de revocación del consentimiento, no de "
                                              "oposición"):
        oponerse(red.contexto, solicitud)                # ya no se responde como una oposición al correo
    assert _solicitud(red, solicitud)["estado"] == "abierta"

    hecho = revocar_por_solicitud(red.contexto, solicitud)
    assert (hecho.revocados, hecho.mensajes_anulados) == ([consentimiento], [boletin])
    suyo, de_rafael = consentimientos(red.contexto)
    assert (suyo["revocado_el"], suyo["canal_de_revocacion"], suyo["solicitud_id"]) == (
        hoy().isoformat(), "presencial", solicitud)
    assert de_rafael["revocado_el"] is None                                  # el de otro, no
    respondida = _solicitud(red, solicitud)
    assert respondida["estado"] == "respondida" and respondida["respuesta"].startswith("Revocó su consentimiento")
    assert "Lo que manda el estatuto sigue" in respondida["respuesta"]
    assert _estado(red, boletin) == "anulado" and {_estado(red, m) for m in convocatoria} == {"pendiente"}
    assert _para(preparar_boletin(red.contexto, "Boletín", "Más.")) == [CORREO_RAFAEL]
    assert CORREO in _para(preparar_convocatoria(red.contexto, red.sesion))  # sigue convocada: base estatutaria


def test_sin_consentimiento_la_revocacion_no_se_responde_sola_y_queda_abierta(red):
    _acepta(red, red.rafael)                                                 # otro tiene; ella no
    persona = _persona(red)
    solicitud = registrar_solicitud(red.contexto, persona, "revocacion").id
    with pytest.raises(ErrorEscritorio, match=f"La persona {persona} no tiene ningún consentimiento vigente: nada de "
                                              "lo que la asociación hace con sus datos se basa en uno"):
        revocar_por_solicitud(red.contexto, solicitud)
    assert _solicitud(red, solicitud)["estado"] == "abierta"
    assert [c["revocado_el"] for c in consentimientos(red.contexto)] == [None]


# --- lo que la base misma impide (quien escribe SQL a mano) ---------------------------------------------------------

def test_la_base_no_deja_cambiar_lo_aceptado_ni_borrarlo_ni_desrevocarlo(red, db):
    vigente = _acepta(red, red.beatriz)
    revocado = _acepta(red, red.rafael)
    revocar_consentimiento(red.contexto, revocado, canal="nota")
    antes = consentimientos(red.contexto)
    for sentencia, parametros, rechazo in (
            ("UPDATE consentimientos SET texto = ? WHERE id = ?", ["Acepto todo.", vigente], "no se modifica"),
            ("UPDATE consentimientos SET otorgado_el = ? WHERE id = ?", ["2020-01-01", vigente], "no se modifica"),
            ("UPDATE consentimientos SET contacto_id = ? WHERE id = ?", [red.joana, vigente], "no se modifica"),
            ("DELETE FROM consentimientos WHERE id = ?", [vigente], "Un consentimiento no se borra"),
            ("DELETE FROM consentimientos WHERE id = ?", [revocado], "Un consentimiento no se borra"),
            ("UPDATE consentimientos SET revocado_el = NULL, canal_de_revocacion = NULL WHERE id = ?", [revocado],
             "solo se revoca, una vez"),
            ("UPDATE consentimientos SET revocado_el = ? WHERE id = ?", [EL_DIA.isoformat(), revocado],
             "solo se revoca, una vez")):
        with pytest.raises(RECHAZO_DE_LA_BASE, match=rechazo):
            db.execute(sentencia, parametros)
        db.conn.rollback()
    assert consentimientos(red.contexto) == antes


# --- la supresión y el acceso ----------------------------------------------------------------------------------------

def test_suprimida_queda_lo_que_acepto_sin_nada_que_la_identifique_y_la_base_sigue_sana(red, db, motor, ruta_db):
    consentimiento = _acepta(red, red.beatriz)
    encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias de la red."))   # la espera a ella
    suprimir(red.contexto, registrar_solicitud(red.contexto, _persona(red), "supresion").id)
    assert db.execute("SELECT count(*) FROM contactos WHERE id = ?", [red.beatriz]).fetchone()[0] == 0
    (quedo,) = consentimientos(red.contexto)
    assert (quedo["id"], quedo["contacto_id"], quedo["contacto"], quedo["correo"]) == (consentimiento, None, None, None)
    assert (quedo["texto"], quedo["otorgado_el"], quedo["canal"]) == (ACEPTADO, "2026-11-20", "nota")
    assert preparar_boletin(red.contexto, "Boletín", "Más.").mensajes == []
    resultado = verificar(db)
    assert resultado.correcta, "\n".join(resultado.problemas)
    if motor == "sqlite":   # lo que vería `grep -a` en el archivo (y su diario)
        crudo = b"".join(p.read_bytes() for p in (ruta_db, ruta_db.with_name(ruta_db.name + "-wal")) if p.exists())
        for dato in (BEATRIZ, CORREO, "Beatriz", "beatriz.lima"):
            assert dato.encode() not in crudo, f"{dato} sigue en el archivo de la base"
    else:
        for tabla, columna in (("bitacora_valores", "valor"), ("mensajes", "texto"), ("destinatarios_mensaje",
                                                                                       "direccion")):
            assert not db.execute(f"SELECT count(*) FROM {tabla} WHERE {columna} LIKE ? OR {columna} LIKE ?",
                                  ["%Beatriz%", "%beatriz.lima%"]).fetchone()[0], tabla


def test_el_acceso_muestra_lo_que_acepto_cuando_y_cuando_lo_revoco(red, tmp_path):
    consentimiento = _acepta(red, red.beatriz, "Acepto el boletín de la red.")
    revocar_consentimiento(red.contexto, consentimiento, canal="presencial", el=date(2026, 11, 21))
    solicitud = registrar_solicitud(red.contexto, _persona(red), "acceso").id
    hecho = responder_acceso(red.contexto, solicitud, tmp_path)
    datos = json.loads(hecho.datos.read_text(encoding="utf-8"))
    assert datos["consentimientos"] == [{
        "id": consentimiento, "finalidad": "boletin", "texto": "Acepto el boletín de la red.", "canal": "nota",
        "otorgado_el": "2026-11-20", "revocado_el": "2026-11-21", "canal_de_revocacion": "presencial",
        "correo": CORREO}]
    (suscriptores,) = [t for t in datos["tratamientos"] if t["clase"] == "suscriptores"]
    assert suscriptores["nombre"] == "Suscriptores del boletín" and "consentimiento" in suscriptores["base_legal"]
    carta = _texto_pdf(hecho.carta)
    assert f"El 20/11/2026 (nota en papel) aceptó recibir en {CORREO}" in carta
    assert "Lo que aceptó: «Acepto el boletín de la red.»" in carta
    assert "Lo revocó el 21/11/2026 (en persona)" in carta
    assert "Suscriptores del boletín" in carta


def test_el_registro_de_actividades_cuenta_los_suscriptores_vigentes_con_su_base_legal(red, tmp_path):
    import openpyxl

    from escritorio.servicios.registro_de_actividades import escribir_registro

    _acepta(red, red.beatriz)
    revocar_consentimiento(red.contexto, _acepta(red, red.rafael))
    hoja = openpyxl.load_workbook(escribir_registro(red.contexto, tmp_path / "registro.xlsx"))["Actividades"]
    (fila,) = [f for f in hoja.iter_rows(values_only=True) if f[0] == "Suscriptores del boletín"]
    assert "consentimiento de la persona" in fila[4]
    assert fila[-1] == 1                                  # Beatriz; Rafael revocó


def test_el_boletin_que_espera_no_sale_si_su_contacto_se_quito_o_cambio_de_direccion(red, db):
    """Quitar el contacto (la ficha del miembro) no es revocar, pero el consentimiento queda sin dirección: el boletín
    que ya esperaba en la bandeja no sale a una dirección que hoy nadie aceptó. El de quien sigue aceptándolo, sí."""
    from correo.servidor_smtp import ServidorSMTP
    from escritorio.servicios.cuenta_de_correo import configurar_cuenta as configurar
    from escritorio.servicios.despacho import despachar
    from escritorio.servicios.ficha import quitar_contacto

    _acepta(red, red.beatriz)
    _acepta(red, red.rafael)
    ids = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias de la red."))
    quitar_contacto(db, red.beatriz)
    with ServidorSMTP() as servidor:
        configurar(red.contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                   remitente="secretaria@litoral.ejemplo.org")
        resultado = despachar(red.contexto)
        destinos = [d for m in servidor.recibidos for d in m.destinatarios]
    estados = {m.id: m.estado for m in bandeja(red.contexto) if m.id in ids}
    assert sorted(estados.values()) == ["enviado", "rechazado"]
    assert len(resultado.enviados) == 1
    assert destinos == [CORREO_RAFAEL]                    # a Beatriz no le salió
