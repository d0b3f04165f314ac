"""Issue 66 §3 en los servicios: cada paso de la agenda propone lo que se puede hacer, decidido con la regla del
servicio que lo hace. La Secretaría Ejecutiva: el traspaso si `rotacion.impedimento_del_traspaso` lo admite (con
--motivo si el saliente no cumple su período); si no hay a quién traspasarla, designar a quien sigue (y por qué);
nada cuando quien sigue ya está registrado. El acta: la sesión del punto mientras no tenga quórum, votarlo cuando lo
tiene, adoptar su resolución, completar el borrador antes de aprobarla, convocar la próxima sesión si no hay una. Las
órdenes de cada paso, corridas con --simular en redes de formas distintas:
tests/escenarios/test_agenda_que_se_puede_hacer.py."""

from datetime import date
from types import SimpleNamespace

import pytest

from escritorio.cli.agenda import orden_de
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.actas import guardar_borrador
from escritorio.servicios.agenda import agenda
from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.periodos import fijar_periodo
from escritorio.servicios.rotacion import (SIN_SUCESOR, fijar_orden_de_sucesion, impedimento_del_traspaso,
                                           preparar_traspaso, traspasar)
from escritorio.servicios.sesiones.asistencia import marcar_celebrada
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar
from test_sesiones_y_actas import con_quorum, presentes, red, sesion  # noqa: F401  (red es un fixture)

HOY = date(2026, 6, 10)
FIN = date(2026, 6, 30)          # el período de un año de Rosario en la Secretaría Ejecutiva
TRASPASO = date(2026, 7, 1)
LINEA = SimpleNamespace(db=None, asociacion=None)   # la orden de un paso, como la escribe «escritorio agenda»


def _pasos(db, red, **filtro) -> list:
    return [p for p in agenda(Contexto(db, red.asociacion), 365, HOY).pasos
            if all(getattr(p.accion, clave) == valor for clave, valor in filtro.items())]


def _acta(db, red, cual: str):
    """El paso del acta de la sesión `cual` («Consejo, sesión n.º 1 del 20/05/2026»)."""
    (paso,) = [p for p in _pasos(db, red) if p.clase == "acta" and p.texto.startswith(cual + ":")]
    return paso


@pytest.fixture
def secretaria(db, red) -> int:
    """Una Secretaría Ejecutiva de período de un año que ejerce Rosario desde el 01/07/2025, sin orden de sucesión."""
    contexto = Contexto(db, red.asociacion)
    se = crear_organo(contexto, NuevoOrgano("Secretaría Ejecutiva", "secretaria_ejecutiva"))
    fijar_periodo(contexto, se, 12, "Estatuto, art. 15")
    designar(contexto, se, NuevoMandato("titular", date(2025, 7, 1), miembro_id=red.ids["Rosario"]))
    return se


def test_sin_orden_de_sucesion_se_propone_designar_a_quien_sigue(db, red, secretaria):
    contexto = Contexto(db, red.asociacion)
    impedimento = impedimento_del_traspaso(contexto, TRASPASO)
    assert impedimento.que == SIN_SUCESOR and impedimento.saliente == red.ids["Rosario"]
    with pytest.raises(ErrorEscritorio, match="No hay a quién traspasar"):   # la misma regla, el mismo mensaje
        preparar_traspaso(contexto, TRASPASO)
    (paso,) = _pasos(db, red, organo_id=secretaria)
    assert paso.texto == ("Secretaría Ejecutiva: el período de Rosario termina el 30/06/2026; designe a quien sigue "
                          "desde el 01/07/2026.")
    assert (paso.fecha, paso.accion.que, paso.accion.fecha, paso.accion.cargo) == (FIN, "mandatos", TRASPASO, "titular")
    assert paso.detalle[0] == "Secretaría Ejecutiva: sin orden de sucesión, no hay a quién traspasarla."
    assert orden_de(LINEA, paso) == ("escritorio organos designar 'Secretaría Ejecutiva' --miembro ID --cargo titular "
                                     "--desde 2026-07-01")
    # Quien sigue, designado: no queda nada por hacer.
    designar(contexto, secretaria, NuevoMandato("titular", TRASPASO, miembro_id=red.ids["Montevideo"]))
    assert _pasos(db, red, organo_id=secretaria) == []


@pytest.mark.parametrize("orden, por_que", [
    (("Montevideo", "Rosario"), "Rosario es la última del orden de sucesión: no hay a quién traspasarla."),
    (("Montevideo", "Porto Alegre"), "Rosario no está en el orden de sucesión: no se sabe a quién traspasarla."),
])
def test_la_ultima_del_orden_o_fuera_de_el_tampoco_tiene_a_quien_traspasar(db, red, secretaria, orden, por_que):
    fijar_orden_de_sucesion(Contexto(db, red.asociacion), [red.ids[n] for n in orden])
    (paso,) = _pasos(db, red, organo_id=secretaria)
    assert (paso.accion.que, paso.detalle[0]) == ("mandatos", por_que)


def test_con_a_quien_traspasarla_el_paso_es_el_traspaso_y_despues_nada(db, red, secretaria):
    contexto = Contexto(db, red.asociacion)
    fijar_orden_de_sucesion(contexto, [red.ids["Rosario"], red.ids["Montevideo"]])
    (paso,) = _pasos(db, red, organo_id=secretaria)
    assert paso.texto.endswith("; le sigue Montevideo por el orden de sucesión.")
    assert orden_de(LINEA, paso) == "escritorio organos traspaso --fecha 2026-07-01"
    traspasar(contexto, preparar_traspaso(contexto, TRASPASO))
    assert _pasos(db, red, organo_id=secretaria) == []   # otro traspaso ese día se rechazaría


def test_el_traspaso_antes_del_fin_del_periodo_pide_el_motivo(db, red):
    contexto = Contexto(db, red.asociacion)
    se = crear_organo(contexto, NuevoOrgano("Secretaría Ejecutiva", "secretaria_ejecutiva"))
    fijar_periodo(contexto, se, 12, "Estatuto, art. 15")
    designar(contexto, se, NuevoMandato("titular", date(2025, 7, 1), miembro_id=red.ids["Rosario"],
                                         hasta=date(2026, 6, 15)))
    fijar_orden_de_sucesion(contexto, [red.ids["Rosario"], red.ids["Montevideo"]])
    (paso,) = _pasos(db, red, organo_id=se)
    assert paso.accion.con_motivo and paso.detalle[-1].startswith("El mandato de Rosario en Secretaría Ejecutiva")
    assert orden_de(LINEA, paso) == "escritorio organos traspaso --fecha 2026-06-16 --motivo TEXTO"


def test_el_acta_lleva_a_lo_que_se_puede_hacer_en_cada_momento(db, red):
    contexto = Contexto(db, red.asociacion)
    primera = con_quorum(db, red, date(2026, 5, 20))
    marcar_celebrada(contexto, primera, "13:00")
    guardar_borrador(contexto, primera, apertura="Se abre la sesión.", cierre="Se cierra.", preside="Rosario")
    segunda = sesion(db, red, date(2026, 6, 25))
    punto = agregar_punto_de_aprobacion(contexto, primera, segunda)["punto_id"]
    # La segunda todavía no tiene asistencia: votar no se podría (sin quórum); el paso es esa sesión.
    acta = _acta(db, red, "Consejo, sesión n.º 1 del 20/05/2026")
    assert acta.texto == "Consejo, sesión n.º 1 del 20/05/2026: el acta se aprueba en la sesión n.º 2 del 25/06/2026."
    assert (acta.accion.que, acta.accion.sesion_id) == ("preparar_sesion", segunda)
    assert orden_de(LINEA, acta) == f"escritorio sesiones puntos {segunda}"
    # Con el quórum, votarlo.
    presentes(db, red, segunda, "Rosario", "Paraná", "Porto Alegre", "Montevideo")
    acta = _acta(db, red, "Consejo, sesión n.º 1 del 20/05/2026")
    assert orden_de(LINEA, acta) == f"escritorio sesiones votar {punto} --a-favor N"
    # Votado, falta su resolución.
    votar(contexto, punto, NuevaVotacion(a_favor=4))
    acta = _acta(db, red, "Consejo, sesión n.º 1 del 20/05/2026")
    assert acta.texto == ("Consejo, sesión n.º 1 del 20/05/2026: su aprobación se votó en la sesión n.º 2 del "
                          "25/06/2026; falta adoptar la resolución del punto.")
    assert orden_de(LINEA, acta) == f"escritorio sesiones resolucion {punto} --titulo TEXTO"
    # Con la resolución: aprobar el acta no se puede con el borrador incompleto (falta la secretaría); se completa.
    resolucion = adoptar_resolucion(contexto, punto, "resolucion", "Aprobación del acta")
    acta = _acta(db, red, "Consejo, sesión n.º 1 del 20/05/2026")
    assert acta.accion.que == "redactar_acta"
    assert acta.detalle == ("El borrador del acta está incompleto: Secretaría: vacío.",)
    assert orden_de(LINEA, acta) == (f"escritorio sesiones borrador {primera} --apertura TEXTO --cierre TEXTO "
                                     "--preside NOMBRE --secretaria NOMBRE")
    guardar_borrador(contexto, primera, apertura="Se abre la sesión.", cierre="Se cierra.", preside="Rosario",
                     secretaria="Montevideo")
    acta = _acta(db, red, "Consejo, sesión n.º 1 del 20/05/2026")
    assert orden_de(LINEA, acta) == f"escritorio sesiones aprobar-acta {primera} --resolucion {resolucion['id']}"


def test_sin_sesion_siguiente_el_acta_lleva_a_convocarla(db, red):
    """Un órgano sin frecuencia que sesionó una vez: el punto de aprobación no tiene dónde ir (la orden pediría una
    SESION que no existe); el paso es convocar la próxima."""
    contexto = Contexto(db, red.asociacion)
    grupo = crear_organo(contexto, NuevoOrgano("Grupo de movilidad", "grupo_trabajo"))
    unica = sesion(db, red, date(2026, 5, 5), grupo)
    marcar_celebrada(contexto, unica, "12:00")
    guardar_borrador(contexto, unica, apertura="Se abre la sesión.")
    acta = _acta(db, red, "Grupo de movilidad, sesión n.º 1 del 05/05/2026")
    assert acta.texto == ("Grupo de movilidad, sesión n.º 1 del 05/05/2026: el acta sigue en borrador; se aprueba en "
                          "la próxima sesión del órgano.")
    assert orden_de(LINEA, acta) == "escritorio sesiones convocar 'Grupo de movilidad' --fecha 2026-06-10 --lugar LUGAR"


def test_un_organo_cuyos_sucesores_ya_estan_registrados_no_pide_designar(db, red):
    """Issue 80, §3: los tres titulares de un comité vencen el 30/06/2026; mientras nadie los sigue, la agenda pide
    renovarlos; cuando la elección confirmada (o la designación) ya sentó a tres desde el 01/07/2026, no pide nada."""
    contexto = Contexto(db, red.asociacion)
    comite = crear_organo(contexto, NuevoOrgano("Comité de la Cumbre", "comite_ejecutivo"))
    for nombre in ("Rosario", "Paraná", "Córdoba"):
        designar(contexto, comite, NuevoMandato("titular", date(2024, 7, 1), miembro_id=red.ids[nombre],
                                                hasta=FIN))

    def del_comite():
        return [p for p in _pasos(db, red) if "Comité de la Cumbre" in p.texto]

    assert len(del_comite()) == 1
    for nombre in ("Porto Alegre", "Florianópolis"):
        designar(contexto, comite, NuevoMandato("titular", TRASPASO, miembro_id=red.ids[nombre]))
    assert len(del_comite()) == 1    # faltan sucesores: sigue el paso
    designar(contexto, comite, NuevoMandato("titular", TRASPASO, miembro_id=red.ids["Curitiba"]))
    assert del_comite() == []
