"""Resultado de una elección entre candidaturas bajo cada mayoría y base, con blancos, nulos y empates."""

import pytest

from escritorio.dominio.elecciones import resultado_eleccion

NOMBRES = {"a": "Montevideo", "b": "Rosario", "c": "Quito"}


def eleccion(votos, blancos=0, nulos=0, abstenciones=0, mayoria="absoluta", base="emitidos", presentes=40,
             con_derecho=52):
    return resultado_eleccion(votos, NOMBRES, blancos, nulos, abstenciones, mayoria, base, presentes, con_derecho)


def test_mayoria_simple_gana_la_mas_votada_aunque_no_tenga_la_mitad():
    r = eleccion({"a": 15, "b": 14, "c": 11}, mayoria="simple")
    assert r.ganadora == "a" and r.requerido == 15
    assert r.texto.startswith("Resultó electa la candidatura de Montevideo, con 15 votos; se requerían 15 "
                              "(más votos que cualquier otra candidatura).")


def test_mayoria_simple_con_empate_en_el_primer_puesto_no_elige_y_repite_entre_las_empatadas():
    r = eleccion({"a": 15, "b": 15, "c": 10}, mayoria="simple")
    assert r.ganadora is None and set(r.segunda_vuelta) == {"a", "b"}
    assert "Empate entre Montevideo y Rosario, con 15 votos cada una" in r.texto


@pytest.mark.parametrize("a, b, blancos, nulos, requerido, gana", [
    (21, 19, 0, 0, 21, True),    # 40 emitidos: más de la mitad es 21
    (20, 20, 0, 0, 21, False),   # exactamente la mitad no alcanza
    (20, 19, 1, 0, 21, False),   # el blanco cuenta como emitido: 40 emitidos
    (20, 19, 0, 1, 20, True),    # el nulo no: 39 emitidos, alcanza con 20
])
def test_mayoria_absoluta_sobre_emitidos_cuenta_blancos_y_no_nulos(a, b, blancos, nulos, requerido, gana):
    r = eleccion({"a": a, "b": b}, blancos=blancos, nulos=nulos)
    assert r.requerido == requerido and r.base == a + b + blancos
    assert (r.ganadora == "a") is gana


def test_sin_mayoria_absoluta_segunda_vuelta_entre_las_dos_primeras_y_las_empatadas_en_el_segundo_puesto():
    r = eleccion({"a": 18, "b": 11, "c": 11})
    assert r.ganadora is None and r.segunda_vuelta == ("a", "b", "c")
    assert "corresponde una segunda vuelta entre Montevideo, Rosario y Quito" in r.texto
    r = eleccion({"a": 18, "b": 12, "c": 10})
    assert r.segunda_vuelta == ("a", "b")


@pytest.mark.parametrize("base, requerido", [("emitidos", 27), ("presentes", 27), ("con_derecho", 35)])
def test_dos_tercios_sobre_cada_base(base, requerido):
    # 40 emitidos, 40 presentes, 52 con derecho a voto.
    r = eleccion({"a": 30, "b": 10}, mayoria="dos_tercios", base=base)
    assert r.requerido == requerido
    assert (r.ganadora == "a") is (30 >= requerido)


def test_tres_cuartos_de_los_presentes_y_abstenciones_en_el_texto():
    r = eleccion({"a": 30, "b": 5}, abstenciones=5, mayoria="tres_cuartos", base="presentes")
    assert r.ganadora == "a" and r.requerido == 30
    assert r.texto.endswith("Votos: Montevideo, 30 votos; Rosario, 5 votos; 0 en blanco, 0 nulos, 5 abstenciones.")


def test_una_sola_candidatura_y_singulares():
    r = eleccion({"a": 1}, blancos=1, nulos=1, abstenciones=1, mayoria="simple")
    assert r.ganadora == "a"
    assert r.texto.endswith("Votos: Montevideo, 1 voto; 1 en blanco, 1 nulo, 1 abstención.")


def test_ninguna_candidatura_con_votos_no_elige():
    r = eleccion({"a": 0, "b": 0}, blancos=3, mayoria="simple")
    assert r.ganadora is None
    assert r.texto.startswith("Ninguna candidatura obtuvo votos")


def test_mayoria_o_base_desconocidas_y_sin_candidaturas():
    with pytest.raises(ValueError):
        eleccion({"a": 1}, mayoria="relativa")
    with pytest.raises(ValueError):
        eleccion({"a": 1}, base="sna")   # una base de mociones (a favor, en contra y abstenciones)
    with pytest.raises(ValueError):
        eleccion({})
