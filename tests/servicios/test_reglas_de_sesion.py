"""Reglas de sesión de un órgano (quórum general y para reformar el estatuto, poderes, morosos, anticipación):
se guardan todas juntas o ninguna, y rigen la asistencia y la convocatoria de sus sesiones."""

from datetime import timedelta

import pytest

from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import fijar_regla_de_voto
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import aviso_de_anticipacion
from escritorio.servicios.sesiones.reglas import (ReglasDeSesion, fijar_regla_quorum, fijar_reglas_de_sesion,
                                                  reglas_de_sesion)
from test_sesiones_y_actas import SESION, presentes, red, sesion  # noqa: F401  (red es un fixture)

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores


def test_sin_reglas_rige_la_mitad_mas_uno_sin_maximo_de_poderes(db, red):
    reglas = reglas_de_sesion(Contexto(db, red.asociacion), red.comision)
    assert reglas.reglas["ordinaria"].describir() == "Quórum: la mitad más uno de los miembros con derecho a voto."
    assert reglas.reglas["reforma_estatuto"] is None
    assert (reglas.poderes_maximos, reglas.suspende_morosos, reglas.anticipacion_dias) == (None, True, None)


def _sin_base_estatutaria(contexto, red) -> None:
    """Estas pruebas miran cómo rigen las reglas guardadas, no qué deja cambiar el estatuto (eso está en
    tests/cli/test_reglas_del_estatuto.py): el Consejo de la red, con su regla cargada sin artículo (como la carga la
    red de ejemplo, con fijar_regla_quorum) y la suspensión del voto sin artículo, se cambia libremente."""
    fijar_regla_quorum(contexto, red.consejo, ReglaQuorum(), poderes_maximos=2)
    fijar_regla_de_voto(contexto, 2, None)


def test_reglas_guardadas_rigen_quorum_poderes_y_anticipacion(db, red):
    contexto = Contexto(db, red.asociacion)
    _sin_base_estatutaria(contexto, red)
    guardadas = fijar_reglas_de_sesion(contexto, red.consejo, ReglasDeSesion(
        {"ordinaria": ReglaQuorum(1, 3, False, "con_derecho", 30, " Estatuto, art. 15 "),
         "reforma_estatuto": ReglaQuorum(3, 4, False, "integrantes", None, None)},
        poderes_maximos=0, suspende_morosos=False, anticipacion_dias=20, articulo_convocatoria="Estatuto, art. 18"))
    assert any("los morosos votan (sin base estatutaria" in a for a in guardadas.avisos)
    leidas = reglas_de_sesion(contexto, red.consejo)
    assert leidas.reglas["ordinaria"].describir() == ("Quórum: 1/3 de los miembros con derecho a voto; en segunda "
                                                      "convocatoria, pasados 30 minutos, con los presentes "
                                                      "(Estatuto, art. 15).")
    assert leidas.reglas["reforma_estatuto"].describir() == "Quórum: tres cuartos de los integrantes."
    assert (leidas.poderes_maximos, leidas.suspende_morosos) == (0, False)

    s = sesion(db, red, convocada_el=SESION - timedelta(days=10))
    assert aviso_de_anticipacion(contexto, s) == ("Convocada con 10 días de anticipación; el Estatuto, "
                                                  "art. 18 pide 20 días.")
    presentes(db, red, s, "Rosario", "Paraná", "Salto")
    estado = asistencia(contexto, s)
    # Salto ya no pierde el voto por sus cuotas: 8 con derecho a voto, un tercio son 3 (redondeando hacia arriba).
    assert (estado.quorum.base, estado.quorum.requerido, estado.quorum.hay) == (8, 3, True)
    reforma = asistencia(contexto, s, "reforma_estatuto")
    assert (reforma.quorum.base, reforma.quorum.requerido, reforma.quorum.hay) == (8, 6, False)
    with pytest.raises(ErrorEscritorio, match=r"no admiten poderes \(Estatuto, art. 15\)"):
        registrar_asistencias(contexto, s,
                              [MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=red.ids["Rosario"])])

    # Sin regla propia para la reforma, vuelve a regir la general.
    # La general cita el art. 15: se endurece a la mitad más uno sin segunda convocatoria (con motivo); el quórum
    # propio de la reforma, que no cita artículo, se quita libremente y rige la general. Desde el día siguiente a la
    # sesión, que ya se celebró: esa sesión sigue con las reglas de entonces.
    siguiente = SESION + timedelta(days=1)
    endurecidas = ReglasDeSesion(
        {"ordinaria": ReglaQuorum(1, 2, True, "con_derecho", None, "Estatuto, art. 15"), "reforma_estatuto": None},
        poderes_maximos=0, suspende_morosos=False, anticipacion_dias=20, articulo_convocatoria="Estatuto, art. 18",
        vigente_desde=siguiente)
    # El motivo queda con la versión: una línea, con las reglas de cualquier campo corto (largo y caracteres).
    for malo, dice in (("x" * 501, "Motivo.*500"), ("mitad\u202emas uno", "Motivo")):
        with pytest.raises(ErrorValidacion, match=dice):
            fijar_reglas_de_sesion(contexto, red.consejo, endurecidas, motivo=malo)
    assert reglas_de_sesion(contexto, red.consejo, siguiente).reglas["reforma_estatuto"] is not None
    fijar_reglas_de_sesion(contexto, red.consejo, ReglasDeSesion(
        {"ordinaria": ReglaQuorum(1, 2, True, "con_derecho", None, "Estatuto, art. 15"), "reforma_estatuto": None},
        poderes_maximos=0, suspende_morosos=False, anticipacion_dias=20, articulo_convocatoria="Estatuto, art. 18",
        vigente_desde=siguiente), motivo="La mitad más uno, sin segunda convocatoria")
    assert reglas_de_sesion(contexto, red.consejo, siguiente).reglas["reforma_estatuto"] is None
    assert reglas_de_sesion(contexto, red.consejo, SESION).reglas["reforma_estatuto"] is not None
    assert asistencia(contexto, s, "reforma_estatuto").quorum.requerido == 6


def test_reglas_imposibles_se_rechazan_todas_juntas_sin_cambiar_nada(db, red):
    contexto = Contexto(db, red.asociacion)
    antes = reglas_de_sesion(contexto, red.consejo)
    with pytest.raises(ErrorValidacion) as error:
        fijar_reglas_de_sesion(contexto, red.consejo, ReglasDeSesion(
            {"ordinaria": ReglaQuorum(3, 2), "reforma_estatuto": ReglaQuorum(2, 3, segunda_convocatoria_minutos=0)},
            poderes_maximos=-1, anticipacion_dias=-5))
    assert error.value.problemas == [
        "Ordinaria (regla general): la fracción 3/2 no sirve; use una como 1/2, 2/3 o 3/4 (el numerador entre 1 y el "
        "denominador).",
        "Reforma del estatuto: los minutos de la segunda convocatoria deben ser más que cero (o ninguna).",
        "El máximo de poderes por miembro no puede ser negativo (0 = no se admiten poderes).",
        "Los días de anticipación de la convocatoria no pueden ser negativos."]
    assert reglas_de_sesion(contexto, red.consejo) == antes


def test_un_quorum_inalcanzable_se_rechaza(db, red):
    contexto = Contexto(db, red.asociacion)
    _sin_base_estatutaria(contexto, red)
    with pytest.raises(ErrorValidacion, match="2/2 más uno es más que todos: nunca habría quórum"):
        fijar_reglas_de_sesion(contexto, red.consejo, ReglasDeSesion({"ordinaria": ReglaQuorum(2, 2, True)}))
    # Todos (sin «más uno») sí es posible.
    fijar_reglas_de_sesion(contexto, red.consejo, ReglasDeSesion({"ordinaria": ReglaQuorum(1, 1, False)}))
    assert reglas_de_sesion(contexto, red.consejo).reglas["ordinaria"].requerido(7) == 7
