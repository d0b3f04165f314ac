"""Lo decidido sobre las filas de un archivo que se importa (issue 61 §5), en el dominio: cada columna se ubica por su
letra o por su encabezado (el del archivo o el del dato, en cada idioma), solo entre las que se importan; los valores
de una fila corregida reemplazan solo sus celdas; una decisión sobre una fila que el archivo no tiene se informa."""

import pytest

from escritorio.dominio.decisiones_de_filas import DecisionesDeFilas, resolver
from escritorio.dominio.importacion import mapear_encabezados

ENCABEZADOS = ["Cidade", "País", "População", "E-mail de contato", "Notas"]


def _mapeo():
    mapeo, problemas = mapear_encabezados(ENCABEZADOS)
    assert not problemas
    return mapeo


@pytest.mark.parametrize("columna", ["D", "d", "E-mail de contato", "e-mail de contato", "Correo", "Email", " correo "])
def test_la_columna_por_su_letra_o_por_cualquier_nombre_del_dato(columna):
    resueltas = resolver(DecisionesDeFilas(corregir={3: {columna: "a@b.org"}}), ENCABEZADOS, _mapeo())
    assert resueltas.corregir == {3: {3: "a@b.org"}}


def test_una_fila_corregida_cambia_solo_sus_celdas_y_vacio_es_vacio():
    resueltas = resolver(DecisionesDeFilas(omitir={5}, corregir={3: {"C": "12000", "D": "  "}}), ENCABEZADOS, _mapeo())
    assert resueltas.valores(2, ("Rosario", "AR", "1", "x@y.org")) == ("Rosario", "AR", "1", "x@y.org")
    assert resueltas.valores(3, ("Paraná", "AR", "mucha", "mal")) == ("Paraná", "AR", "12000", None)
    assert resueltas.valores(3, ("Paraná", "AR")) == ("Paraná", "AR", "12000", None)   # una fila corta se completa
    assert resueltas.valores(5, ("Marte", "ZZ", "1", None)) is None
    assert resueltas.omitidas() == [5] and resueltas.corregidas() == [3]
    assert resueltas.no_vistas() == []


def test_una_decision_sobre_una_fila_que_no_aparece_se_informa():
    resueltas = resolver(DecisionesDeFilas(omitir={40}, corregir={41: {"C": "1"}}), ENCABEZADOS, _mapeo())
    resueltas.valores(2, ("Rosario", "AR", "1", None))
    assert [(p.fila, p.motivo.split(":")[0]) for p in resueltas.no_vistas()] == [
        (40, "el archivo no tiene esta fila (o está vacía)"), (41, "el archivo no tiene esta fila (o está vacía)")]
    assert resueltas.omitidas() == [] and resueltas.corregidas() == []


@pytest.mark.parametrize("decisiones, esperado, lista_las_importadas", [
    (DecisionesDeFilas(omitir={1}), "fila 1: las filas de datos empiezan en la 2", False),
    (DecisionesDeFilas(omitir={3}, corregir={3: {"C": "1"}}), "fila 3: se pidió omitirla y corregirla a la vez", False),
    (DecisionesDeFilas(corregir={3: {"C": "1", "População": "2"}}), "fila 3: la columna C se corrige dos veces", False),
    (DecisionesDeFilas(corregir={3: {"Notas": "x"}}), "fila 3: la columna E no se importa", True),
    (DecisionesDeFilas(corregir={3: {"Zeta": "x"}}), "fila 3: el archivo no tiene una columna «Zeta»", True),
])
def test_lo_imposible_dice_la_fila_y_por_que(decisiones, esperado, lista_las_importadas):
    with pytest.raises(ValueError) as error:
        resolver(decisiones, ENCABEZADOS, _mapeo())
    assert str(error.value).startswith(esperado)
    # Cuando la columna no sirve, dice cuáles sí (cómo arreglarlo).
    assert ("A (Nombre), B (País), C (Población), D (Correo)" in str(error.value)) == lista_las_importadas


def test_sin_decisiones_no_hay_nada_que_resolver():
    assert resolver(None, ENCABEZADOS, _mapeo()) is None
    assert resolver(DecisionesDeFilas(), ENCABEZADOS, _mapeo()) is None
