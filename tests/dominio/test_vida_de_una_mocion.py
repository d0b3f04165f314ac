"""La vida de una moción y su plazo (dominio/mociones.py), sin base: qué estado sigue a cuál, quién pone aprobada y
rechazada, cuándo una moción llegó tarde y cuándo una decisión exige motivo."""

from datetime import date

import pytest

from escritorio.dominio.flujos_de_mocion import FLUJOS, flujo_por_omision
from escritorio.dominio.mociones import (FINALES, fuera_de_plazo, motivo_exigido, plazo_para,
                                         problema_de_transicion)
from escritorio.dominio.sala import ESTADOS_MOCION


COMPLETO = flujo_por_omision()


@pytest.mark.parametrize("actual, nuevo", [
    ("presentada", "admitida"), ("presentada", "no_admitida"), ("presentada", "retirada"),
    ("presentada", "no_tratada"), ("admitida", "retirada"), ("admitida", "derivada"), ("admitida", "aplazada"),
    ("admitida", "no_tratada")])
def test_las_transiciones_permitidas_en_el_flujo_por_omision(actual, nuevo):
    assert problema_de_transicion(COMPLETO, actual, nuevo) is None


def test_aprobada_y_rechazada_solo_las_pone_la_votacion():
    assert "con su votación" in problema_de_transicion(COMPLETO, "admitida", "aprobada")
    assert problema_de_transicion(COMPLETO, "admitida", "rechazada", por_la_votacion=True) is None
    assert problema_de_transicion(COMPLETO, "presentada", "aprobada", por_la_votacion=True) is not None


def test_lo_que_no_se_puede_y_lo_que_dice():
    assert problema_de_transicion(COMPLETO, "presentada", "derivada") == (
        "Una moción «Presentada» no pasa a «Derivada» en el flujo de su órgano; puede pasar a «Admitida», "
        "«No admitida», «Retirada», «No tratada».")
    for final in FINALES:
        assert "es final" in problema_de_transicion(COMPLETO, final, "retirada")
    assert set(FINALES) | {"presentada", "admitida"} == set(ESTADOS_MOCION)


def test_el_flujo_simple_no_deriva_ni_aplaza_ni_deja_sin_tratar():
    simple = FLUJOS["simple"]
    assert problema_de_transicion(simple, "presentada", "admitida") is None
    assert problema_de_transicion(simple, "admitida", "aprobada", por_la_votacion=True) is None
    assert problema_de_transicion(simple, "admitida", "derivada") == (
        "Una moción «Admitida» no pasa a «Derivada» en el flujo de su órgano; puede pasar a «Retirada».")
    assert problema_de_transicion(simple, "presentada", "no_tratada") is not None


def test_el_plazo_y_la_moción_tardia():
    sesion = date(2026, 9, 15)
    assert plazo_para(sesion, None) is None and not fuera_de_plazo(date(2026, 9, 15), None)
    plazo = plazo_para(sesion, 10)
    assert plazo == date(2026, 9, 5)
    assert not fuera_de_plazo(date(2026, 9, 5), plazo)   # el último día todavía está en plazo
    assert fuera_de_plazo(date(2026, 9, 6), plazo)
    assert plazo_para(sesion, 0) == sesion


def test_que_decisiones_piden_motivo():
    assert motivo_exigido("no_admitida", False) and motivo_exigido("derivada", False)
    assert motivo_exigido("aplazada", False) and motivo_exigido("admitida", True)
    assert not motivo_exigido("admitida", False) and not motivo_exigido("retirada", True)
