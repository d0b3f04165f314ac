"""Elecciones de varios puestos en una sesión del Consejo de la red de prueba (ver test_sesiones_y_actas): la
pluralidad con los cupos por país de la regla de composición del órgano, la confirmación de las N electas en una
sola transacción, la segunda vuelta solo por los puestos empatados y el acta aprobada que no se toca.

En la red de prueba el Consejo lo integran sus 8 ciudades desde 2020, sin fecha de fin; Argentina y Brasil son
países plenos (dos puestos) y Uruguay asociado (uno). Votan 4 presentes (Salto, presente, tiene el voto suspendido).
"""

from datetime import date

import pytest

from ayudas import RECHAZO_DE_LA_BASE

from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios import confirmacion_de_eleccion as servicio
from escritorio.servicios.actas import aprobar_acta, guardar_borrador, verificar_acta
from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import (NuevaEleccion, agregar_candidatura, definir_eleccion, obtener_eleccion,
                                             segunda_vuelta)
from escritorio.servicios.confirmacion_de_eleccion import confirmar_eleccion, preparar_confirmacion
from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
from escritorio.servicios.organos import composicion, terminar_mandato
from escritorio.servicios.reglas_de_composicion import agregar_regla
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, marcar_celebrada, registrar_asistencias
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar
from test_sesiones_y_actas import con_quorum, red  # noqa: F401  (red es un fixture)

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

DESDE = date(2026, 7, 1)
HASTA = date(2028, 6, 30)


@pytest.fixture
def consejo_que_se_renueva(db, red):
    """El Consejo con su regla de cupos por país; los mandatos de Argentina y Brasil terminan la víspera del período
    que se elige, los de Uruguay (Montevideo y Salto) siguen: Uruguay ya tiene su puesto (y uno más)."""
    contexto = Contexto(db, red.asociacion)
    agregar_regla(contexto, red.consejo, "por_categoria", {"pleno": 2, "asociado": 1}, "Estatuto, art. 13")
    for nombre, mandato in red.mandatos.items():
        if nombre not in ("Montevideo", "Salto"):
            terminar_mandato(contexto, mandato, date(2026, 6, 30), "Fin del período")
    return red


def eleccion_del_consejo(db, red, sesion_id, puestos, *nombres):
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, sesion_id, "Elección del Consejo", "eleccion")
    definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "titular", DESDE, HASTA, puestos=puestos))
    return punto, {n: agregar_candidatura(contexto, punto, red.ids[n]) for n in nombres}


def test_tres_puestos_saltando_a_uruguay_y_la_confirmacion_registra_los_tres_mandatos(db, consejo_que_se_renueva):
    red = consejo_que_se_renueva
    contexto = Contexto(db, red.asociacion)
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_del_consejo(db, red, sesion_id, 3, "Montevideo", "Rosario", "Paraná", "Porto Alegre", "Córdoba")
    eleccion = obtener_eleccion(contexto, punto)
    assert eleccion.puestos == 3 and eleccion.pluralidad
    assert (eleccion.cupos["UY"].admitidos, eleccion.cupos["UY"].ocupados) == (1, 2)  # Montevideo y Salto siguen

    # La mayoría absoluta que pide el recuento no cuenta: con varios puestos es la pluralidad.
    cerrada = cerrar_eleccion(contexto, punto, Recuento(mayoria="absoluta", votos={
        c["Montevideo"]: 1, c["Rosario"]: 1, c["Paraná"]: 1, c["Porto Alegre"]: 1}))
    assert [e["nombre"] for e in cerrada.electas] == ["Rosario", "Paraná", "Porto Alegre"]
    assert [e["electa"] for e in cerrada.electas] == [1, 2, 3]
    assert (cerrada.mayoria, cerrada.base, cerrada.ganadora) == ("simple", "emitidos", None)
    assert ("Se saltó a Montevideo (1 voto): Uruguay ya completó su cupo de 1 puesto (país asociado, Estatuto, "
            "art. 13; 2 ya electas para el período).") in cerrada.texto_resultado
    assert "Resultaron electas 3 de 3 puestos: Rosario (1 voto); Paraná (1 voto); Porto Alegre (1 voto)." in \
        cerrada.texto_resultado

    previa = preparar_confirmacion(contexto, punto)
    assert previa.mandatos == [f"{n}: Titular — Consejo, del 01/07/2026 al 30/06/2028"
                               for n in ("Rosario", "Paraná", "Porto Alegre")]
    primero = confirmar_eleccion(contexto, punto)
    confirmada = obtener_eleccion(contexto, punto)
    assert confirmada.estado == "confirmada" and confirmada.mandato_id is None
    mandatos = [e["mandato_id"] for e in confirmada.electas]
    assert mandatos[0] == primero and len(set(mandatos)) == 3
    titulares = {a.miembro for a in composicion(contexto, red.consejo, DESDE).asientos
                 if a.desde == DESDE and a.cargo == "titular"}
    assert titulares == {"Rosario", "Paraná", "Porto Alegre"}
    with pytest.raises(ErrorEscritorio, match="ya fue confirmada"):
        confirmar_eleccion(contexto, punto)
    with pytest.raises(RECHAZO_DE_LA_BASE, match="no se cambia ni se deshace"):
        db.execute("UPDATE candidaturas SET mandato_id = NULL WHERE id = ?", [c["Rosario"]])


def test_la_confirmacion_de_varios_es_todo_o_nada(db, consejo_que_se_renueva, monkeypatch):
    red = consejo_que_se_renueva
    contexto = Contexto(db, red.asociacion)
    punto, c = eleccion_del_consejo(db, red, con_quorum(db, red), 3, "Rosario", "Paraná", "Porto Alegre")
    cerrar_eleccion(contexto, punto, Recuento(votos={c["Rosario"]: 2, c["Paraná"]: 1, c["Porto Alegre"]: 1}))
    antes = db.execute("SELECT count(*) FROM mandatos").fetchone()[0]
    designar = servicio.designar
    llamadas = []

    def falla_la_tercera(*argumentos):
        llamadas.append(argumentos)
        if len(llamadas) == 3:
            raise ErrorEscritorio("El disco se llenó.")
        return designar(*argumentos)

    monkeypatch.setattr(servicio, "designar", falla_la_tercera)
    with pytest.raises(ErrorEscritorio, match="disco"):
        confirmar_eleccion(contexto, punto)
    assert db.execute("SELECT count(*) FROM mandatos").fetchone()[0] == antes
    eleccion = obtener_eleccion(contexto, punto)
    assert eleccion.estado == "cerrada" and all(e["mandato_id"] is None for e in eleccion.electas)
    monkeypatch.setattr(servicio, "designar", designar)
    confirmar_eleccion(contexto, punto)
    assert db.execute("SELECT count(*) FROM mandatos").fetchone()[0] == antes + 3


def test_empate_en_el_ultimo_puesto_segunda_vuelta_solo_por_ese_puesto(db, consejo_que_se_renueva):
    red = consejo_que_se_renueva
    contexto = Contexto(db, red.asociacion)
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_del_consejo(db, red, sesion_id, 2, "Rosario", "Porto Alegre", "Curitiba")
    cerrada = cerrar_eleccion(contexto, punto, Recuento(
        votos={c["Rosario"]: 2, c["Porto Alegre"]: 1, c["Curitiba"]: 1}))
    assert [e["nombre"] for e in cerrada.electas] == ["Rosario"]
    assert cerrada.puestos_segunda_vuelta == 1
    assert "Corresponde una segunda vuelta entre Porto Alegre y Curitiba por 1 puesto." in cerrada.texto_resultado
    # La primera vuelta ya puede confirmarse (Rosario) y la resolución adoptarse: las electas quedan electas.
    adoptar_resolucion(contexto, punto, "resolucion", "Elección del Consejo")

    vuelta = segunda_vuelta(contexto, punto)
    segunda = obtener_eleccion(contexto, vuelta)
    assert segunda.puestos == 1 and segunda.pluralidad
    assert [x["nombre"] for x in segunda.candidaturas] == ["Porto Alegre", "Curitiba"]
    with pytest.raises(ErrorEscritorio, match="ya tiene su segunda vuelta"):
        segunda_vuelta(contexto, punto)
    ids = {x["nombre"]: x["id"] for x in segunda.candidaturas}
    final = cerrar_eleccion(contexto, vuelta, Recuento(votos={ids["Porto Alegre"]: 1, ids["Curitiba"]: 3}))
    assert [e["nombre"] for e in final.electas] == ["Curitiba"] and final.mayoria == "simple"
    confirmar_eleccion(contexto, punto)
    confirmar_eleccion(contexto, vuelta)
    titulares = {a.miembro for a in composicion(contexto, red.consejo, DESDE).asientos if a.desde == DESDE}
    assert titulares == {"Rosario", "Curitiba"}


def test_la_segunda_vuelta_cuenta_las_electas_sin_confirmar_de_la_primera(db, consejo_que_se_renueva):
    # Argentina (dos puestos) elige a Rosario en la primera vuelta; cuatro empatan por los otros dos puestos, dos de
    # ellas argentinas. En la segunda vuelta las dos argentinas vuelven a empatar arriba: a Argentina le queda un
    # solo puesto (Rosario, electa y sin confirmar todavía, ocupa el otro).
    red = consejo_que_se_renueva
    contexto = Contexto(db, red.asociacion)
    sesion_id = con_quorum(db, red)
    for nombre in ("Córdoba", "Curitiba", "Florianópolis"):
        registrar_asistencias(contexto, sesion_id, [MarcaAsistencia(red.ids[nombre], "presente")])
    punto, c = eleccion_del_consejo(db, red, sesion_id, 3, "Rosario", "Paraná", "Córdoba", "Curitiba", "Florianópolis")
    primera = cerrar_eleccion(contexto, punto, Recuento(votos={c["Rosario"]: 2, c["Paraná"]: 1, c["Córdoba"]: 1,
                                                               c["Curitiba"]: 1, c["Florianópolis"]: 1}))
    assert [e["nombre"] for e in primera.electas] == ["Rosario"] and primera.puestos_segunda_vuelta == 2
    vuelta = segunda_vuelta(contexto, punto)
    segunda = obtener_eleccion(contexto, vuelta)
    assert segunda.puestos == 2 and (segunda.cupos["AR"].admitidos, segunda.cupos["AR"].ocupados) == (2, 1)
    ids = {x["nombre"]: x["id"] for x in segunda.candidaturas}
    final = cerrar_eleccion(contexto, vuelta, Recuento(votos={ids["Paraná"]: 2, ids["Córdoba"]: 2, ids["Curitiba"]: 1,
                                                              ids["Florianópolis"]: 0}))
    assert [e["nombre"] for e in final.electas] == ["Curitiba"] and final.puestos_segunda_vuelta == 1
    assert ("Empate entre Paraná y Córdoba, de Argentina, con 2 votos cada una, para 1 puesto que le queda a "
            "Argentina de su cupo de 2 puestos (país pleno, Estatuto, art. 13; 1 ya electa para el período).") in \
        final.texto_resultado


def test_acta_aprobada_no_se_modifica_pero_la_confirmacion_de_los_n_mandatos_si(db, consejo_que_se_renueva):
    red = consejo_que_se_renueva
    contexto = Contexto(db, red.asociacion)
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_del_consejo(db, red, sesion_id, 2, "Rosario", "Porto Alegre", "Córdoba")
    cerrar_eleccion(contexto, punto, Recuento(votos={c["Rosario"]: 2, c["Porto Alegre"]: 1, c["Córdoba"]: 0}))
    acta_punto = agregar_punto_de_aprobacion(contexto, sesion_id)["punto_id"]
    votar(contexto, acta_punto, NuevaVotacion(a_favor=4))
    resolucion = adoptar_resolucion(contexto, acta_punto, "resolucion", "Aprueba el acta")
    guardar_borrador(contexto, sesion_id, apertura="Se abre la sesión.", cierre="Se levanta la sesión.",
                     preside="Rosario", secretaria="Montevideo")
    marcar_celebrada(contexto, sesion_id, "13:00")
    aprobar_acta(contexto, sesion_id, resolucion["id"], date(2026, 5, 20))

    for sql in (f"UPDATE candidaturas SET electa = NULL WHERE id = {c['Porto Alegre']}",
                f"UPDATE candidaturas SET electa = 3 WHERE id = {c['Córdoba']}",
                f"UPDATE candidaturas SET finalista = 1 WHERE id = {c['Córdoba']}",
                f"UPDATE elecciones SET puestos = 3 WHERE punto_id = {punto}",
                f"UPDATE elecciones SET puestos_segunda_vuelta = 1 WHERE punto_id = {punto}"):
        with pytest.raises(RECHAZO_DE_LA_BASE, match="aprobada"):
            db.execute(sql)
    with pytest.raises(ErrorEscritorio, match="ya está aprobada"):
        definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "titular", DESDE, HASTA, puestos=3))
    with pytest.raises(RECHAZO_DE_LA_BASE, match="Solo una candidatura electa"):
        db.execute(f"UPDATE candidaturas SET mandato_id = {red.mandatos['Salto']} WHERE id = {c['Córdoba']}")

    confirmar_eleccion(contexto, punto)  # las consecuencias del acta, no el acta: se registran igual
    eleccion = obtener_eleccion(contexto, punto)
    assert eleccion.estado == "confirmada" and all(e["mandato_id"] for e in eleccion.electas)
    assert verificar_acta(contexto, sesion_id)  # la huella del acta no cambió


def test_un_cargo_unipersonal_no_se_elige_de_a_varios(db, red):
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, con_quorum(db, red), "Elección", "eleccion")
    with pytest.raises(ErrorValidacion, match="Presidente es de una sola persona"):
        definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "presidente", DESDE, puestos=2))
    with pytest.raises(ErrorValidacion, match="de 1 a 1000"):
        definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "titular", DESDE, puestos=0))
    assert obtener_eleccion(contexto, punto) is None
