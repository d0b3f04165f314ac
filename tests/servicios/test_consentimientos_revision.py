"""Revisión de los consentimientos (issue 81 §3), atacados en combinación: dos redes en la misma base, el despacho,
restaurar un respaldo, rectificar y después suprimir, la bitácora contra quien quita un trigger, la carta en
portugués."""

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from escritorio.dominio import formato
from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.acceso_a_los_datos import responder_acceso
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.boletin import preparar_boletin
from escritorio.servicios.consentimientos import (consentimientos, registrar_consentimiento, revocar_consentimiento,
                                                  revocar_por_solicitud)
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import bandeja, encolar
from escritorio.servicios.cuenta_de_correo import configurar_cuenta
from escritorio.servicios.ficha import guardar_contacto, guardar_ficha, quitar_contacto
from escritorio.servicios.personas import registrar_persona
from escritorio.servicios.repaso_de_la_bitacora import repasar
from escritorio.servicios.solicitudes_de_datos import fijar_politica, registrar_solicitud
from escritorio.servicios.supresion_de_datos import suprimir
from escritorio.servicios.verificacion.comprobaciones import verificar

BEATRIZ, CORREO = "Beatriz Lima", "beatriz.lima@portoalegre.ejemplo.org"
NUEVO = "bea.lima.nueva@poa.ejemplo.org"
RAFAEL, CORREO_RAFAEL = "Rafael Souza", "rafael.souza@curitiba.ejemplo.org"
ACEPTADO = "Acepto recibir el boletín de la red por correo electrónico."
EL_DIA = date(2026, 11, 20)


@dataclass
class Red:
    contexto: Contexto
    porto_alegre: int
    beatriz: int
    rafael: int


def _ciudad(contexto, nombre, pais="BR"):
    return guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                         poblacion=(1_300_000, 2022, "Censo"))


@pytest.fixture
def red(db, asociacion_id) -> Red:
    contexto = Contexto(db, asociacion_id)
    fijar_politica(contexto, pais="BR", contacto="dados@litoral.ejemplo.org")
    porto_alegre, curitiba = _ciudad(contexto, "Porto Alegre"), _ciudad(contexto, "Curitiba")
    beatriz = guardar_contacto(db, porto_alegre, BEATRIZ, "Prensa", CORREO)
    rafael = guardar_contacto(db, curitiba, RAFAEL, "Prensa", CORREO_RAFAEL)
    configurar_cuenta(contexto, servidor="127.0.0.1", puerto=2525, seguridad="ninguna",
                      remitente="secretaria@litoral.ejemplo.org")
    return Red(contexto, porto_alegre, beatriz, rafael)


def _acepta(red: Red, contacto: int, contexto: Contexto | None = None) -> int:
    return registrar_consentimiento(contexto or red.contexto, contacto, ACEPTADO, canal="nota",
                                    otorgado_el=EL_DIA)["id"]


def _persona(red: Red, contacto: int | None = None) -> int:
    return registrar_persona(red.contexto, None, [("contactos", contacto or red.beatriz)], motivo="escribió")


def _estado(contexto: Contexto, mensaje_id: int) -> str:
    return next(m.estado for m in bandeja(contexto) if m.id == mensaje_id)


def _despachar(contexto: Contexto) -> list[str]:
    """Despacha la bandeja contra un servidor de correo de prueba: las direcciones a las que salió algo."""
    from correo.servidor_smtp import ServidorSMTP
    from escritorio.servicios.despacho import despachar

    with ServidorSMTP() as servidor:
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                          remitente="secretaria@litoral.ejemplo.org")
        despachar(contexto)
        return [d for m in servidor.recibidos for d in m.destinatarios]


def _otra_red_con_la_misma_direccion(red: Red, db) -> tuple[Contexto, int]:
    """Otra asociación de la misma base (una base puede llevar varias: «asociacion listar»), donde Beatriz también es
    contacto, con la misma dirección, y también aceptó el boletín de esa red."""
    otra = Contexto(db, crear_asociacion(db, NuevaAsociacion(nombre="Rede Gaúcha", sigla="RG",
                                                             paises={"BR": "pleno"})))
    configurar_cuenta(otra, servidor="127.0.0.1", puerto=2525, seguridad="ninguna",
                      remitente="secretaria@gaucha.ejemplo.org")
    contacto = guardar_contacto(db, _ciudad(otra, "Porto Alegre"), BEATRIZ, "Prensa", CORREO)
    _acepta(red, contacto, otra)
    return otra, contacto


# --- dos redes en la misma base -------------------------------------------------------------------------------------
# Una base lleva varias asociaciones («asociacion listar»); cada una es responsable de sus datos y su boletín. Beatriz
# es contacto de prensa de Porto Alegre en las dos redes, con la misma dirección, y aceptó el boletín de cada una.
# Lo que hace la revocación (datos/consentimientos.boletines_sin_base) y lo que vuelve a preguntar el despacho
# (datos/consentimientos.sin_base) buscan «un contacto con esa dirección y un consentimiento vigente» en TODA la base,
# sin mirar de qué asociación es: el consentimiento que dio a la otra red sostiene el boletín de esta.

# Lo que encontró la revisión (arreglado): el consentimiento vigente que la misma dirección dio a OTRA red de la base
# sostenía el boletín de esta, revocado o sin contacto.
def test_revocar_en_una_red_anula_su_boletin_aunque_otra_red_de_la_base_tenga_la_misma_direccion(red, db):
    suyo = _acepta(red, red.beatriz)
    _otra_red_con_la_misma_direccion(red, db)
    (boletin,) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias del Litoral."))
    hecho = revocar_consentimiento(red.contexto, suyo, canal="correo")
    assert hecho.mensajes_anulados == [boletin]
    assert _estado(red.contexto, boletin) == "anulado"


def test_revocado_en_una_red_su_boletin_no_le_sale_por_el_consentimiento_que_dio_a_otra_red(red, db):
    suyo = _acepta(red, red.beatriz)
    _otra_red_con_la_misma_direccion(red, db)
    (boletin,) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias del Litoral."))
    revocar_consentimiento(red.contexto, suyo, canal="correo")
    assert _despachar(red.contexto) == [], "el boletín del Litoral le llegó a quien lo revocó"
    assert _estado(red.contexto, boletin) in ("anulado", "rechazado")


def test_quitado_su_contacto_en_una_red_el_boletin_que_esperaba_no_sale_por_el_de_otra_red(red, db):
    _acepta(red, red.beatriz)
    _otra_red_con_la_misma_direccion(red, db)
    (boletin,) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias del Litoral."))
    quitar_contacto(db, red.beatriz)
    assert _despachar(red.contexto) == []
    assert _estado(red.contexto, boletin) == "rechazado"


def test_en_una_sola_red_revocar_y_quitar_el_contacto_detienen_el_boletin(red, db):
    """Lo mismo sin la otra red: se cumple."""
    suyo = _acepta(red, red.beatriz)
    _acepta(red, red.rafael)
    boletines = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias del Litoral."))
    assert revocar_consentimiento(red.contexto, suyo).mensajes_anulados == boletines[:1]
    quitar_contacto(db, red.rafael)
    assert _despachar(red.contexto) == []
    assert [_estado(red.contexto, m) for m in boletines] == ["anulado", "rechazado"]


# --- el despacho ----------------------------------------------------------------------------------------------------

def test_el_contacto_quitado_y_vuelto_a_cargar_sin_consentimiento_no_recibe_el_boletin_que_esperaba(red, db):
    _acepta(red, red.beatriz)
    (boletin,) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias."))
    quitar_contacto(db, red.beatriz)
    guardar_contacto(db, red.porto_alegre, BEATRIZ, "Prensa", CORREO)   # la misma dirección, sin consentimiento
    assert consentimientos(red.contexto)[0]["contacto_id"] is None
    assert _despachar(red.contexto) == []
    assert _estado(red.contexto, boletin) == "rechazado"


# --- restaurar un respaldo --------------------------------------------------------------------------------------------

def test_restaurar_un_respaldo_anterior_a_la_revocacion_no_vuelve_a_mandarle_el_boletin_en_silencio(red, db, ruta_db):
    """Antes, restaurar (o «respaldo recuperar») un respaldo anterior a una revocación devolvía el consentimiento
    vigente sin aviso: el próximo boletín le salía a quien lo revocó. Ahora la revocación se registra otra vez con
    su fecha y su medio (servicios/respaldo._reponer_revocaciones), y la restauración lo dice."""
    from escritorio.servicios.base import abrir_base, hoy
    from escritorio.servicios.respaldo import crear_respaldo, restaurar_respaldo

    consentimiento = _acepta(red, red.beatriz)
    antes = crear_respaldo(db)
    revocar_consentimiento(red.contexto, consentimiento, canal="correo")
    asociacion = red.contexto.asociacion_id
    db.close()
    hecho = restaurar_respaldo(ruta_db, antes)
    assert [c for c, _ in hecho.repuesto.revocaciones] == [consentimiento]
    base = abrir_base(ruta_db)
    try:
        contexto = Contexto(base, asociacion)
        (repuesto,) = [c for c in consentimientos(contexto) if c["id"] == consentimiento]
        assert (repuesto["revocado_el"], repuesto["canal_de_revocacion"]) == (hoy().isoformat(), "correo")
        le_sale = CORREO in [d for m in preparar_boletin(contexto, "Boletín", "Más.").mensajes for d, _ in m.para]
        assert not le_sale, "la revocación se perdió con la restauración: el próximo boletín le sale a quien lo revocó"
    finally:
        base.close()


def test_restaurar_primero_un_respaldo_equivocado_y_despues_el_bueno_no_pierde_la_revocacion(red, db, ruta_db):
    """La secretaría restaura un respaldo equivocado, de antes de que Beatriz aceptara (no hay consentimiento que
    revocar), y después el bueno, de cuando lo tenía vigente. La base que se reemplaza la segunda vez ya no tiene la
    revocación; la copia «antes-de-restaurar» de la primera sí: de ahí se repone."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.respaldo import crear_respaldo, restaurar_respaldo

    equivocado = crear_respaldo(db)
    consentimiento = _acepta(red, red.beatriz)
    bueno = crear_respaldo(db)
    revocar_consentimiento(red.contexto, consentimiento, canal="nota")
    asociacion = red.contexto.asociacion_id
    db.close()
    assert restaurar_respaldo(ruta_db, equivocado).repuesto.revocaciones == []   # nada que reponer ahí
    hecho = restaurar_respaldo(ruta_db, bueno)
    assert [c for c, _ in hecho.repuesto.revocaciones] == [consentimiento]
    base = abrir_base(ruta_db)
    try:
        (repuesto,) = consentimientos(Contexto(base, asociacion))
        assert (repuesto["revocado_el"], repuesto["canal_de_revocacion"]) == (hoy().isoformat(), "nota")
    finally:
        base.close()


def test_restaurar_un_respaldo_anterior_a_la_oposicion_al_correo_la_vuelve_a_registrar(red, db, ruta_db):
    """La oposición al correo (LGPD art. 18, § 2) se respondió después del respaldo: restaurarlo no le devuelve el
    correo. La oposición se registra otra vez con su fecha y con su persona (el respaldo la tiene: se registró
    antes); la convocatoria que le preparan ya no la pone."""
    from escritorio.servicios.base import abrir_base, hoy
    from escritorio.servicios.oposicion_al_correo import direcciones_con_oposicion, oponerse, tiene_oposicion
    from escritorio.servicios.respaldo import crear_respaldo, restaurar_respaldo

    persona = _persona(red)
    antes = crear_respaldo(db)
    oponerse(red.contexto, registrar_solicitud(red.contexto, persona, "oposicion").id)
    asociacion = red.contexto.asociacion_id
    db.close()
    hecho = restaurar_respaldo(ruta_db, antes)
    assert hecho.repuesto.oposiciones == [hoy().isoformat()] and hecho.repuesto.revocaciones == []
    base = abrir_base(ruta_db)
    try:
        contexto = Contexto(base, asociacion)
        assert tiene_oposicion(CORREO, direcciones_con_oposicion(contexto))
        (repuesta,) = [o for o in _oposiciones(base, asociacion)]
        assert (repuesta["persona_id"], repuesta["desde"], repuesta["solicitud_id"]) == (persona, hoy().isoformat(),
                                                                                         None)
    finally:
        base.close()


def test_restaurar_un_respaldo_sin_la_asociacion_de_una_oposicion_restaura_igual_y_no_la_inventa(red, db, ruta_db):
    """El respaldo es de antes de que existiera otra asociación en la base, con una oposición al correo: la
    restauración se hace (antes, reponerla fallaba por la clave de la asociación, después de reemplazar la base, y la
    orden terminaba con un error) y esa oposición no se repone (no tiene adónde); la de la asociación que sí está, sí."""
    from escritorio.datos.conexion import transaccion
    from escritorio.datos.personas import oponer
    from escritorio.dominio.datos_personales import huella_de_direccion
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.oposicion_al_correo import oponerse
    from escritorio.servicios.respaldo import crear_respaldo, restaurar_respaldo

    antes = crear_respaldo(db)
    otra = crear_asociacion(db, NuevaAsociacion(nombre="Alianza del Norte", sigla="AN", paises={"AR": "pleno"}))
    with transaccion(db):
        oponer(db, otra, huella_de_direccion("quien@norte.ejemplo.org"), "quien@norte.ejemplo.org", None, "2026-11-21",
               None)
    oponerse(red.contexto, registrar_solicitud(red.contexto, _persona(red), "oposicion").id)
    db.close()
    hecho = restaurar_respaldo(ruta_db, antes)
    assert hecho.repuesto.problema is None and hecho.repuesto.oposiciones == [hoy().isoformat()]
    base = abrir_base(ruta_db)
    try:
        assert [a["sigla"] for a in base.query("SELECT sigla FROM asociaciones")] == ["RML"]
    finally:
        base.close()


def test_la_carta_dice_desde_entonces_si_lo_que_siguio_saliendo_fue_con_otro_consentimiento(red, db, tmp_path):
    """Beatriz tiene dos direcciones (dos contactos, cada uno con su consentimiento); revocó el de una con una fecha
    anterior al boletín de hoy, que le salió a la otra: de la revocada, «desde entonces no se lo enviamos» es verdad."""
    from escritorio.servicios.personas import registrar_persona

    otra = guardar_contacto(db, red.porto_alegre, BEATRIZ, "Prensa", NUEVO)
    revocado, _ = _acepta(red, red.beatriz), _acepta(red, otra)
    persona = registrar_persona(red.contexto, None, [("contactos", red.beatriz), ("contactos", otra)],
                                motivo="escribió")
    revocar_consentimiento(red.contexto, revocado, canal="correo", el=hoy() - timedelta(days=3))
    encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias."))
    assert _despachar(red.contexto) == [NUEVO]
    hecho = responder_acceso(red.contexto, registrar_solicitud(red.contexto, persona, "acceso").id, tmp_path)
    carta = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(hecho.carta).pages)
    assert (f"Lo revocó el {formato.fecha(hoy() - timedelta(days=3))} (correo electrónico): desde entonces no se lo "
            "enviamos.") in carta
    assert "se anotó después de enviarle" not in carta


def _oposiciones(db, asociacion: int) -> list[dict]:
    from escritorio.datos.personas import oposiciones

    return oposiciones(db, asociacion)


# --- rectificar, y después suprimir --------------------------------------------------------------------------------

def _bytes(ruta_db) -> bytes:
    return b"".join(p.read_bytes() for p in (ruta_db, ruta_db.with_name(ruta_db.name + "-wal")) if p.exists())


def test_rectificada_y_despues_suprimida_no_queda_ninguna_de_sus_direcciones_en_el_archivo(red, db, ruta_db):
    """El primer boletín salió a la dirección de antes (su saludo la nombra); rectificó la dirección; otro quedó
    esperando en la bandeja para la nueva, y uno más para la vieja que ya no tiene contacto; después pidió que se
    supriman sus datos. Ni las direcciones ni el nombre quedan en los bytes del archivo."""
    _acepta(red, red.beatriz)
    encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias."))        # a la dirección de antes
    assert _despachar(red.contexto) == [CORREO]
    encolar(red.contexto, preparar_boletin(red.contexto, "Boletín 2", "Noticias."))      # también a la de antes
    guardar_contacto(db, red.porto_alegre, BEATRIZ, "Prensa", NUEVO, contacto_id=red.beatriz)   # rectificó
    encolar(red.contexto, preparar_boletin(red.contexto, "Boletín 3", "Más noticias."))  # a la nueva
    suprimir(red.contexto, registrar_solicitud(red.contexto, _persona(red), "supresion").id)
    resultado = verificar(db)
    assert resultado.correcta, "\n".join(resultado.problemas)
    assert not repasar(db).alarmas
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    crudo = _bytes(ruta_db)
    for dato in (CORREO, NUEVO, BEATRIZ, "beatriz.lima", "bea.lima"):
        assert dato.encode() not in crudo, f"{dato} sigue en el archivo de la base"


# --- la bitácora: lo del programa pasa, lo forjado se nombra ---------------------------------------------------------

def test_lo_que_escribe_el_programa_no_es_una_alarma(red, db):
    revocado = _acepta(red, red.rafael)
    _acepta(red, red.beatriz)
    encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias."))
    revocar_consentimiento(red.contexto, revocado, canal="presencial")
    otro = guardar_contacto(db, red.porto_alegre, "Joana Prado", "Prensa", "joana@poa.ejemplo.org")
    _acepta(red, otro)
    quitar_contacto(db, otro)                                  # ON DELETE SET NULL, fuera de una supresión
    persona = _persona(red)
    revocar_por_solicitud(red.contexto, registrar_solicitud(red.contexto, persona, "revocacion").id)
    suprimir(red.contexto, registrar_solicitud(red.contexto, persona, "supresion").id)
    assert not repasar(db).alarmas, [a.texto for a in repasar(db).alarmas]
    resultado = verificar(db)
    assert resultado.correcta, "\n".join(resultado.problemas)


def _reconocer_todo(red: Red, db) -> None:
    """Una escritura común de Escritorio sella aparte lo que dejó el otro programa (un incidente); se reconoce."""
    from escritorio.datos import incidentes
    from escritorio.datos.conexion import transaccion

    guardar_contacto(db, red.porto_alegre, "Alguien", "Protocolo", "alguien@poa.ejemplo.org")
    for incidente in incidentes.listar(db):
        with transaccion(db):
            incidentes.reconocer(db, incidente["id"], "Lo vimos con la secretaría", "secretaria")


def _sin_el_trigger(ruta_db, sentencia: str, parametros=()) -> None:
    """Quien tiene el archivo quita solo el trigger que protege lo aceptado (el de la bitácora sigue: el cambio se
    anota), cambia la fila y lo vuelve a poner igual."""
    conexion = sqlite3.connect(ruta_db)
    (protector,) = conexion.execute("SELECT sql FROM sqlite_master WHERE name = 'consentimientos_lo_aceptado_fijo'"
                                    ).fetchone()
    conexion.execute("DROP TRIGGER consentimientos_lo_aceptado_fijo")
    conexion.execute(sentencia, list(parametros))
    conexion.execute(protector)
    conexion.commit()
    conexion.close()


@pytest.mark.parametrize("sentencia", [
    "UPDATE consentimientos SET revocado_el = NULL, canal_de_revocacion = NULL WHERE id = ?",
    "UPDATE consentimientos SET texto = 'Acepto todo.' WHERE id = ?",
])
def test_la_revocacion_deshecha_a_mano_la_nombra_la_bitacora(red, db, ruta_db, sentencia):
    consentimiento = _acepta(red, red.beatriz)
    revocar_consentimiento(red.contexto, consentimiento, canal="correo")
    assert not repasar(db).alarmas
    _sin_el_trigger(ruta_db, sentencia, [consentimiento])
    _reconocer_todo(red, db)                  # ni reconocido lo vuelve algo que Escritorio escribió
    textos = " ".join(a.texto for a in repasar(db).alarmas)
    assert ("Escritorio nunca escribe eso: un consentimiento registrado no se modifica: solo se revoca, una vez"
            in textos)
    assert not verificar(db).correcta


def test_el_contacto_suprimido_devuelto_a_un_consentimiento_a_mano_lo_nombra_la_bitacora(red, db, ruta_db):
    consentimiento = _acepta(red, red.beatriz)
    quitar_contacto(db, red.beatriz)
    _sin_el_trigger(ruta_db, "UPDATE consentimientos SET contacto_id = ? WHERE id = ?", [red.rafael, consentimiento])
    textos = " ".join(a.texto for a in repasar(db).alarmas)
    assert "Escritorio nunca escribe eso: un consentimiento registrado no se modifica" in textos


def test_cambiar_el_numero_de_un_consentimiento_a_mano_se_nota_aunque_se_reconozca(red, db, ruta_db):
    """La regla de la bitácora no mira «id» (el trigger sí), pero la comparación de las filas con lo anotado lo
    nombra igual, también después de reconocer el incidente."""
    consentimiento = _acepta(red, red.beatriz)
    _sin_el_trigger(ruta_db, "UPDATE consentimientos SET id = 77 WHERE id = ?", [consentimiento])
    _reconocer_todo(red, db)
    resultado = verificar(db)
    assert not resultado.correcta
    assert any("«consentimientos»: filas borradas (id 1)" in p for p in resultado.problemas), resultado.problemas


# --- deshacer y rehacer --------------------------------------------------------------------------------------------

def test_deshacer_y_rehacer_la_ficha_no_tocan_lo_aceptado_ni_su_revocacion(red, db):
    """Los consentimientos no son un cambio reversible: Deshacer ofrece la ficha editada antes, y deshacerla o
    rehacerla no devuelve ni quita un consentimiento (ni su revocación)."""
    from escritorio.servicios.deshacer import deshacer, por_deshacer, rehacer

    guardar_ficha(red.contexto, FichaMiembro(nombre="Porto Alegre", pais="BR", fecha_ingreso=date(2000, 1, 1),
                                             region="Rio Grande do Sul"), miembro_id=red.porto_alegre)
    consentimiento = _acepta(red, red.beatriz)
    revocar_consentimiento(red.contexto, consentimiento, canal="correo")
    antes = consentimientos(red.contexto)
    assert por_deshacer(red.contexto)["tablas"] == ["miembros"]
    deshacer(red.contexto)
    rehacer(red.contexto)
    deshacer(red.contexto)
    assert consentimientos(red.contexto) == antes
    assert not repasar(db).alarmas
    resultado = verificar(db)
    assert resultado.correcta, resultado.problemas


# --- la carta en portugués -----------------------------------------------------------------------------------------

def test_la_carta_de_acceso_en_portugues_dice_lo_que_acepto_en_portugues(red, tmp_path):
    from escritorio.servicios.idioma_de_los_documentos import idioma_pedido

    consentimiento = _acepta(red, red.beatriz)
    revocar_consentimiento(red.contexto, consentimiento, canal="presencial", el=date(2026, 11, 21))
    solicitud = registrar_solicitud(red.contexto, _persona(red), "acceso").id
    with idioma_pedido("pt"):
        hecho = responder_acceso(red.contexto, solicitud, tmp_path)
    carta = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(hecho.carta).pages)
    assert f"Em 20/11/2026 (documento em papel) aceitou receber em {CORREO}" in carta, carta
    assert "O que aceitou: «" + ACEPTADO + "»" in carta
    assert "Revogou-o em 21/11/2026 (pessoalmente): desde então não o enviamos." in carta
    assert "Boletim da rede (notícias" in carta
    assert "Assinantes do boletim" in carta
    assert "aceptó" not in carta and "Lo revocó" not in carta


# --- lo que la carta de acceso afirma -------------------------------------------------------------------------------

def test_la_carta_no_afirma_que_no_se_lo_enviamos_si_salio_un_boletin_despues_de_la_fecha_de_revocacion(red, tmp_path):
    """Antes, con la revocación anotada con una fecha anterior (--el) a un boletín que ya salió, la carta afirmaba
    «Lo revocó el …: desde entonces no se lo enviamos» debajo de la fila del boletín enviado después. Ahora nombra
    ese envío y dice desde cuándo es verdad."""
    from escritorio.servicios.base import hoy

    consentimiento = _acepta(red, red.beatriz)
    encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias."))
    assert _despachar(red.contexto) == [CORREO]                       # salió hoy
    # Escribió hace tres días pidiendo la baja; la secretaría lo registra hoy, con la fecha de su correo.
    revocar_consentimiento(red.contexto, consentimiento, canal="correo", el=hoy() - timedelta(days=3))
    solicitud = registrar_solicitud(red.contexto, _persona(red), "acceso").id
    hecho = responder_acceso(red.contexto, solicitud, tmp_path)
    carta = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(hecho.carta).pages)
    enviados = [m for m in json.loads(hecho.datos.read_text(encoding="utf-8"))["correo"]]
    assert enviados, "el boletín enviado hoy figura en sus datos"
    assert "desde entonces no se lo enviamos" not in carta, (
        "la carta dice que desde la revocación no se le envió el boletín, y el mismo día de la carta salió uno")
    revocado, enviado = formato.fecha(hoy() - timedelta(days=3)), formato.fecha(hoy())
    assert (f"Lo revocó el {revocado} (correo electrónico), pero la revocación se anotó después de enviarle el boletín "
            f"el {enviado}: desde que se anotó, no se lo enviamos.") in carta


@pytest.mark.ambos_motores   # lee el alta en la bitácora: su forma la dan los disparadores de cada motor
def test_el_acceso_muestra_el_consentimiento_aunque_su_contacto_se_haya_quitado(red, db, tmp_path):
    """Antes, el acceso buscaba los consentimientos por los contactos que la persona tiene HOY: quitado su contacto en
    la ficha (no una supresión), el consentimiento seguía guardado —vigente, con el texto que aceptó— pero el acceso
    no lo mostraba (y «derechos revocacion» decía que no tenía ninguno vigente). Ahora los dos lo encuentran por el
    vínculo de la persona con el contacto y el alta del consentimiento en la bitácora."""
    consentimiento = _acepta(red, red.beatriz)
    persona = _persona(red)
    quitar_contacto(db, red.beatriz)                      # la ficha de Porto Alegre: ya no es su prensa
    (guardado,) = consentimientos(red.contexto)
    assert (guardado["contacto_id"], guardado["revocado_el"], guardado["texto"]) == (None, None, ACEPTADO)
    hecho = responder_acceso(red.contexto, registrar_solicitud(red.contexto, persona, "acceso").id, tmp_path)
    datos = json.loads(hecho.datos.read_text(encoding="utf-8"))
    assert [c["id"] for c in datos["consentimientos"]] == [consentimiento]
    revocada = revocar_por_solicitud(red.contexto, registrar_solicitud(red.contexto, persona, "revocacion").id)
    assert revocada.revocados == [consentimiento]
    (guardado,) = consentimientos(red.contexto)
    assert guardado["revocado_el"] == hoy().isoformat()


@pytest.mark.ambos_motores   # lee el alta en la bitácora: su forma la dan los disparadores de cada motor
def test_el_consentimiento_sin_contacto_de_otra_persona_no_entra_en_su_acceso(red, db, tmp_path):
    """El de Rafael (Curitiba), también sin contacto, no es de Beatriz: el alta dice para qué contacto se registró."""
    _acepta(red, red.beatriz)
    del_otro = _acepta(red, red.rafael)
    persona = _persona(red)
    quitar_contacto(db, red.rafael)
    quitar_contacto(db, red.beatriz)
    hecho = responder_acceso(red.contexto, registrar_solicitud(red.contexto, persona, "acceso").id, tmp_path)
    datos = json.loads(hecho.datos.read_text(encoding="utf-8"))
    assert del_otro not in [c["id"] for c in datos["consentimientos"]] and len(datos["consentimientos"]) == 1


# Lo que encontró la revisión (arreglado): el lower() de SQLite solo conoce ASCII.
def test_el_boletin_a_una_direccion_con_mayusculas_no_ascii_no_sale_si_se_quito_su_contacto(red, db):
    internacional = "angela.rocha@SÃOLEOPOLDO.ejemplo.org"
    angela = guardar_contacto(db, red.porto_alegre, "Ângela Rocha", "Prensa", internacional)
    _acepta(red, angela)
    (boletin,) = encolar(red.contexto, preparar_boletin(red.contexto, "Boletín", "Noticias."))
    quitar_contacto(db, angela)
    assert _despachar(red.contexto) == [], "el boletín salió a una dirección que hoy nadie aceptó"
    assert _estado(red.contexto, boletin) == "rechazado"
