"""La agenda de próximos pasos (servicios/agenda.py) sobre la red de prueba de las sesiones, en los dos motores: la
sesión que corresponde por la frecuencia y hasta cuándo convocarla, el acta que falta redactar y aprobar (y firmar,
si la asociación firma sus actas), las elecciones sin cerrar o sin confirmar, los avisos de cobro y la emisión que
falta. Las cifras de la red de ejemplo están en tests/escenarios/test_proximos_pasos.py."""

from datetime import date, timedelta

import pytest

from escritorio.dominio.agenda import ATRASADO, ESTA_SEMANA, MAS_ADELANTE
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.actas import aprobar_acta, firmar_acta, guardar_borrador
from escritorio.servicios.agenda import FUENTES, agenda, agenda_aparte
from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.confirmacion_de_eleccion import confirmar_eleccion
from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.sesiones.asistencia import marcar_celebrada
from escritorio.servicios.sesiones.reglas import fijar_convocatoria
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar
from test_elecciones import eleccion_de_presidencia, regla_de_elecciones
from test_sesiones_y_actas import PDF, con_quorum, presentes, red, sesion  # noqa: F401  (red es un fixture)

HOY = date(2026, 6, 10)


def _de(sesion_id, pasos):
    """Los pasos de una sesión."""
    return [p for p in pasos if p.accion.sesion_id == sesion_id]


def _pasos(db, red, clase=None, dias=90, al=HOY):
    return [p for p in agenda(Contexto(db, red.asociacion), dias, al).pasos if clase is None or p.clase == clase]


@pytest.fixture
def asamblea(db, red) -> int:
    """Una Asamblea que se reúne cada año (art. 12) y se convoca con 30 días (art. 18); su última ordinaria, el
    20/06/2025."""
    contexto = Contexto(db, red.asociacion)
    organo = crear_organo(contexto, NuevoOrgano("Asamblea", "asamblea", frecuencia_meses=12,
                                                articulo="Estatuto, art. 12"))
    fijar_convocatoria(contexto, organo, 30, "Estatuto, art. 18")
    celebrada = sesion(db, red, date(2025, 6, 20), organo)
    marcar_celebrada(contexto, celebrada, "12:00")
    return organo


def test_la_sesion_que_corresponde_y_hasta_cuando_convocarla(db, red, asamblea):
    (paso,) = [p for p in _pasos(db, red, "sesion") if p.accion.organo_id == asamblea]
    assert paso.texto == "Asamblea: la sesión ordinaria que corresponde hasta el 20/06/2026 debía convocarse a más " \
                         "tardar el 21/05/2026."
    assert (paso.fecha, paso.urgencia) == (date(2026, 5, 21), ATRASADO)
    # La fecha sugerida para convocar: la primera que respeta los 30 días (ya no se llega al 20/06).
    assert (paso.accion.que, paso.accion.fecha) == ("convocar", HOY + timedelta(days=30))
    assert paso.detalle == ("Estatuto, art. 12: se reúne cada año; la última sesión ordinaria fue el 20/06/2025.",
                            "Estatuto, art. 18: se convoca con 30 días de anticipación.")
    # Un mes antes todavía estaba a tiempo de convocarla; pasado el 20/06, la sesión misma está atrasada.
    (antes,) = [p for p in _pasos(db, red, "sesion", al=date(2026, 5, 10)) if p.accion.organo_id == asamblea]
    assert antes.texto == "Asamblea: próxima sesión ordinaria hasta el 20/06/2026; convocarla a más tardar el 21/05/2026."
    assert antes.urgencia == "este_mes"
    (tarde,) = [p for p in _pasos(db, red, "sesion", al=date(2026, 7, 1)) if p.accion.organo_id == asamblea]
    assert tarde.texto == "Asamblea: sesión ordinaria atrasada; correspondía hasta el 20/06/2026."
    assert tarde.fecha == date(2026, 6, 20)


def test_una_extraordinaria_no_renueva_el_plazo_y_una_ordinaria_convocada_si(db, red, asamblea):
    contexto = Contexto(db, red.asociacion)
    extra = sesion(db, red, date(2026, 1, 15), asamblea, tipo="extraordinaria")
    marcar_celebrada(contexto, extra, "12:00")
    assert any(p.accion.que == "convocar" and p.accion.organo_id == asamblea for p in _pasos(db, red))
    convocada = sesion(db, red, date(2026, 6, 15), asamblea, convocada_el=date(2026, 5, 15))
    pasos = [p for p in _pasos(db, red, "sesion") if p.accion.organo_id == asamblea]
    assert [(p.accion.que, p.accion.sesion_id, p.fecha, p.urgencia) for p in pasos] == [
        ("preparar_sesion", convocada, date(2026, 6, 15), ESTA_SEMANA)]
    assert pasos[0].texto == "Asamblea: sesión ordinaria n.º 3 el 15/06/2026 a las 10:00 en Intendencia de Montevideo."


def test_el_acta_falta_redactarla_se_aprueba_en_la_siguiente_y_despues_se_firma(db, red):
    contexto = Contexto(db, red.asociacion)
    primera = con_quorum(db, red, date(2026, 5, 20))
    marcar_celebrada(contexto, primera, "13:00")
    (acta,) = _pasos(db, red, "acta")
    # El Consejo de la red no tiene frecuencia: sin sesión siguiente, el acta no tiene plazo.
    assert (acta.fecha, acta.urgencia, acta.accion.que) == (None, MAS_ADELANTE, "redactar_acta")
    assert acta.texto == "Consejo, sesión n.º 1 del 20/05/2026: falta redactar el acta; se aprueba en la próxima " \
                         "sesión del órgano."
    guardar_borrador(contexto, primera, apertura="Se abre la sesión.", cierre="Se cierra.", preside="Rosario",
                     secretaria="Montevideo")
    segunda = con_quorum(db, red, date(2026, 6, 25))
    # Su asistencia ya la dejó «Celebrada» (issue 59): su acta también es un pendiente; aquí se sigue la primera.
    (acta,) = _de(primera, _pasos(db, red, "acta"))
    assert acta.texto == "Consejo, sesión n.º 1 del 20/05/2026: el acta sigue en borrador; se aprueba en la sesión " \
                         "siguiente, del 25/06/2026."
    assert (acta.fecha, acta.accion.que, acta.accion.otra_sesion_id) == (date(2026, 6, 25), "aprobar_acta", segunda)
    punto = agregar_punto_de_aprobacion(contexto, primera, segunda)["punto_id"]
    (acta,) = _de(primera, _pasos(db, red, "acta"))
    assert acta.texto == "Consejo, sesión n.º 1 del 20/05/2026: el acta se aprueba en la sesión n.º 2 del 25/06/2026."
    assert acta.accion.punto_id == punto
    votar(contexto, punto, NuevaVotacion(a_favor=4))
    resolucion = adoptar_resolucion(contexto, punto, "resolucion", "Aprobación del acta")
    (acta,) = _de(primera, _pasos(db, red, "acta", al=date(2026, 6, 26)))
    assert acta.texto == "Consejo, sesión n.º 1 del 20/05/2026: su aprobación se votó en la sesión n.º 2 del " \
                         "25/06/2026; registre el acta aprobada."
    assert (acta.urgencia, acta.accion.resolucion_id) == (ATRASADO, resolucion["id"])
    aprobar_acta(contexto, primera, resolucion["id"], date(2026, 6, 25))
    # Aprobada: nada que hacer mientras la asociación no firme sus actas.
    assert _de(primera, _pasos(db, red, "acta", al=date(2026, 6, 26))) == []
    # Desde que firma una (la de la segunda sesión, aprobada en ella misma), la aprobada sin firmar es un pendiente.
    marcar_celebrada(contexto, segunda, "13:00")
    guardar_borrador(contexto, segunda, apertura="Se abre.", cierre="Se cierra.", preside="Rosario",
                     secretaria="Montevideo")
    propia = agregar_punto_de_aprobacion(contexto, segunda)["punto_id"]
    votar(contexto, propia, NuevaVotacion(a_favor=4))
    aprobar_acta(contexto, segunda, adoptar_resolucion(contexto, propia, "resolucion", "Acta")["id"], date(2026, 6, 25))
    firmar_acta(contexto, segunda, PDF)
    (firmar,) = _pasos(db, red, "acta", al=date(2026, 6, 26))
    assert firmar.texto == "Consejo, sesión n.º 1 del 20/05/2026: el acta aprobada el 25/06/2026 falta firmarla."
    assert (firmar.accion.que, firmar.accion.sesion_id, firmar.fecha) == ("firmar_acta", primera, None)


def test_la_eleccion_sin_recuento_y_la_cerrada_sin_confirmar(db, red):
    regla_de_elecciones(db, red)
    contexto = Contexto(db, red.asociacion)
    sesion_id = sesion(db, red)
    punto, candidatas = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None), ("Porto Alegre", None))
    assert _pasos(db, red, "eleccion") == []   # la sesión todavía no se celebró: es parte de ella
    presentes(db, red, sesion_id, "Rosario", "Paraná", "Porto Alegre", "Montevideo", "Salto")   # la celebra (issue 59)
    (abierta,) = _pasos(db, red, "eleccion")
    assert abierta.texto == "Consejo: la elección de presidente de la sesión n.º 1 del 20/05/2026 no tiene el recuento " \
                            "cerrado."
    assert (abierta.accion.que, abierta.accion.punto_id, abierta.urgencia) == ("cerrar_eleccion", punto, ATRASADO)
    cerrar_eleccion(contexto, punto, Recuento(metodo="secreta", votos={candidatas["Montevideo"]: 3,
                                                                       candidatas["Porto Alegre"]: 1}))
    (cerrada,) = _pasos(db, red, "eleccion", al=date(2026, 6, 20))
    assert cerrada.texto == "Consejo: la elección de presidente de la sesión n.º 1 del 20/05/2026 está cerrada sin " \
                            "confirmar; confírmela para que rija desde el 01/07/2026."
    assert (cerrada.fecha, cerrada.urgencia, cerrada.accion.que) == (date(2026, 7, 1), "este_mes", "confirmar_eleccion")
    confirmar_eleccion(contexto, punto)
    assert _pasos(db, red, "eleccion") == []


def test_los_avisos_y_la_emision_que_faltan(db, red):
    """Salto debe 2024 y 2025 (USD 500 cada una): le toca el 1.º aviso desde los 30 días de la de 2024 (su carta
    lleva las dos). 2026 no se emitió: está atrasada desde el 1 de enero."""
    avisos = _pasos(db, red, "aviso", al=date(2026, 6, 10))
    assert [(p.texto, p.fecha, p.accion.que) for p in avisos] == [
        ("Avisos de cobro: 1 miembro debe recibir el 1.º aviso.", date(2024, 4, 30), "avisos")]
    (emision,) = [p for p in _pasos(db, red, "cuota") if p.accion.que == "emitir"]
    assert emision.texto.startswith("Cuotas anuales 2026: sin emitir; se devengan el 01/01/2026")
    assert (emision.fecha, emision.urgencia, emision.accion.anio) == (date(2026, 1, 1), ATRASADO, 2026)


def test_los_dias_se_validan_con_un_mensaje_claro(db, red):
    with pytest.raises(ErrorEscritorio, match="Días: «-1» no es posible; escriba de 0 a 3660"):
        agenda(Contexto(db, red.asociacion), -1)
    with pytest.raises(ErrorEscritorio, match="no es posible"):
        agenda(Contexto(db, red.asociacion), 3661)
    assert agenda(Contexto(db, red.asociacion), 0, HOY).dias == 0


def test_leida_aparte_da_lo_mismo_o_no_hay_archivo(db, red, asamblea):
    contexto = Contexto(db, red.asociacion)
    aparte = agenda_aparte(contexto, 90, HOY)
    if db.dialecto == "postgresql":
        assert aparte is None   # el servidor no es un archivo: se lee con la conexión de siempre
    else:
        assert aparte is not None and aparte.pasos == agenda(contexto, 90, HOY).pasos and aparte.pasos


def test_las_fuentes_son_funciones_que_devuelven_pasos(db, red, asamblea):
    contexto = Contexto(db, red.asociacion)
    for nombre, fuente in FUENTES.items():
        pasos = fuente(contexto, HOY, 90)
        assert isinstance(pasos, list), nombre
        assert all(p.urgencia == "" for p in pasos), nombre   # la urgencia la pone agenda(), con el mismo hoy
