"""Bases de votación (qué votos cuentan) y reglas que no se rebajan (issue #41, §1), en tablas de casos.

Las bases siguen a las de OpenSlides (`onehundred_percent_base`): YN = a favor + en contra («emitidos», la de
siempre en las mociones), YNA = con abstenciones («sna»), Y/valid = votos válidos a candidaturas («validos»), cast =
todos los votos depositados, con blancos y nulos («todos»), entitled = con derecho («con_derecho»), entitled_present
= presentes («presentes»). La «simple majority» de OpenSlides (más del 50 % de la base) es aquí la absoluta.
"""

import pytest

from escritorio.dominio.elecciones import resultado_eleccion
from escritorio.dominio.mayorias import (BASES, BASES_ELECCION, BASES_MOCION, ReglaMayoria, comparar_exigencia,
                                         no_se_rebaja, problemas_del_cambio, resultado_votacion)

REFORMA = ReglaMayoria("dos_tercios", "presentes", "Estatuto, arts. 20 y 24")


def test_las_bases_de_mociones_y_de_elecciones_estan_todas_nombradas():
    assert set(BASES_MOCION) | set(BASES_ELECCION) == set(BASES)
    assert BASES_MOCION[0] == "emitidos" and BASES_ELECCION[1] == "emitidos"   # la de siempre, por omisión


# a favor, en contra, abstenciones, mayoría, base, presentes, con derecho -> aprobada, requeridos, base contada
MOCIONES = [
    # YN (la de siempre): 6–3–1 por absoluta, base 9, hacen falta 5.
    (6, 3, 1, "absoluta", "emitidos", 10, 12, True, 5, 9),
    # YNA: la abstención cuenta; 5–4–1: base 10, hacen falta 6 (con YN habría alcanzado).
    (5, 4, 1, "absoluta", "sna", 10, 12, False, 6, 10),
    (5, 4, 1, "absoluta", "emitidos", 10, 12, True, 5, 9),
    (6, 3, 1, "absoluta", "sna", 10, 12, True, 6, 10),
    # Dos tercios exactos alcanzan: 20 de 30 (20–8–2 con abstenciones).
    (20, 8, 2, "dos_tercios", "sna", 30, 40, True, 20, 30),
    # entitled_present y entitled: los que no votan pesan en contra.
    (6, 3, 1, "dos_tercios", "presentes", 10, 12, False, 7, 10),
    (6, 3, 1, "tres_cuartos", "presentes", 10, 12, False, 8, 10),
    (9, 0, 1, "tres_cuartos", "con_derecho", 10, 12, True, 9, 12),
    # Base cero: no hay mayoría que alcanzar.
    (0, 0, 0, "absoluta", "sna", 0, 12, False, 0, 0),
]


@pytest.mark.parametrize("a_favor, en_contra, abstenciones, mayoria, base, presentes, con_derecho, aprobada, "
                         "requerido, cantidad", MOCIONES)
def test_mociones_por_base(a_favor, en_contra, abstenciones, mayoria, base, presentes, con_derecho, aprobada,
                           requerido, cantidad):
    r = resultado_votacion(a_favor, en_contra, abstenciones, mayoria, base, presentes, con_derecho)
    assert (r.aprobada, r.requerido, r.base) == (aprobada, requerido, cantidad)


def test_el_texto_de_una_base_con_abstenciones():
    assert resultado_votacion(5, 4, 1, "absoluta", "sna", 10, 12).texto == (
        "Rechazada: 5 a favor, 4 en contra, 1 abstención; se requerían 6 (más de la mitad de 10 votos, contando las "
        "abstenciones).")


# A 7, B 5, 2 en blanco, 1 nulo, 1 abstención; 20 presentes, 25 con derecho.
ELECCIONES = [
    ("absoluta", "validos", "A", 7, 12),        # Y / valid: 7 > 6
    ("absoluta", "emitidos", None, 8, 14),      # la de siempre: candidaturas + blancos
    ("absoluta", "todos", None, 8, 15),         # cast: también los nulos
    ("absoluta", "presentes", None, 11, 20),
    ("absoluta", "con_derecho", None, 13, 25),
    ("dos_tercios", "validos", None, 8, 12),
    ("simple", "emitidos", "A", 6, 14),         # la más votada (requerido: la segunda + 1)
]


@pytest.mark.parametrize("mayoria, base, ganadora, requerido, cantidad", ELECCIONES)
def test_a7_b5_dos_blancos_un_nulo_por_base(mayoria, base, ganadora, requerido, cantidad):
    r = resultado_eleccion({"A": 7, "B": 5}, {"A": "A", "B": "B"}, 2, 1, 1, mayoria, base, 20, 25)
    assert (r.ganadora, r.requerido) == (ganadora, requerido)
    if mayoria != "simple":
        assert r.base == cantidad
    if ganadora is None:
        assert r.segunda_vuelta == ("A", "B")


def test_una_base_de_mociones_no_vale_en_una_eleccion():
    with pytest.raises(ValueError):
        resultado_eleccion({"A": 1}, {"A": "A"}, 0, 0, 0, "absoluta", "sna", 1, 1)
    with pytest.raises(ValueError):
        resultado_votacion(1, 0, 0, "absoluta", "validos", 1, 1)


# pedida, regla, ¿elección? -> comparación
EXIGENCIAS = [
    (("simple", "emitidos"), ("dos_tercios", "presentes"), False, "menos_estricta"),
    (("dos_tercios", "presentes"), ("dos_tercios", "presentes"), False, "igual"),
    (("tres_cuartos", "presentes"), ("dos_tercios", "presentes"), False, "mas_estricta"),
    (("dos_tercios", "con_derecho"), ("dos_tercios", "presentes"), False, "mas_estricta"),
    (("tres_cuartos", "con_derecho"), ("dos_tercios", "presentes"), False, "mas_estricta"),
    (("dos_tercios", "sna"), ("dos_tercios", "presentes"), False, "menos_estricta"),
    (("tres_cuartos", "emitidos"), ("dos_tercios", "presentes"), False, "no_comparable"),
    (("absoluta", "con_derecho"), ("dos_tercios", "presentes"), False, "no_comparable"),
    (("absoluta", "sna"), ("absoluta", "emitidos"), False, "mas_estricta"),
    (("absoluta", "emitidos"), ("simple", "emitidos"), False, "mas_estricta"),
    (("absoluta", "todos"), ("absoluta", "validos"), True, "mas_estricta"),
    (("absoluta", "validos"), ("absoluta", "emitidos"), True, "menos_estricta"),
    (("simple", "emitidos"), ("absoluta", "validos"), True, "menos_estricta"),
    (("dos_tercios", "validos"), ("absoluta", "emitidos"), True, "no_comparable"),
    (("dos_tercios", "presentes"), ("dos_tercios", "presentes"), True, "igual"),
]


@pytest.mark.parametrize("pedida, regla, eleccion, esperado", EXIGENCIAS)
def test_mas_estricta_es_un_orden_parcial(pedida, regla, eleccion, esperado):
    assert comparar_exigencia(ReglaMayoria(*pedida), ReglaMayoria(*regla), eleccion) == esperado


@pytest.mark.parametrize("tipo, con_articulo, fija", [
    ("reforma_estatuto", False, True), ("exclusion", False, True), ("disolucion", False, True),
    ("eleccion", False, True), ("admision", False, False), ("admision", True, True),
    ("cuotas_presupuesto", True, True), ("reforma_reglamento", False, False), ("ordinaria", True, False),
])
def test_que_fija_el_estatuto(tipo, con_articulo, fija):
    assert no_se_rebaja(tipo, con_articulo) is fija


def test_rebajar_una_regla_fija_se_rechaza_con_el_articulo_y_endurecerla_pide_motivo():
    rebaja = problemas_del_cambio(REFORMA, "reforma_estatuto", "simple", "emitidos", "Un motivo", fija=True)
    assert rebaja == [
        "La reforma del estatuto exige dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. 20 y "
        "24); una votación no puede pedir menos. Con mayoría simple: más votos a favor que en contra, sin contar las "
        "abstenciones se pediría menos. Vote con la regla, o con una más exigente (más fracción, o una base más "
        "amplia) y el motivo del cambio."]
    cruzada = problemas_del_cambio(REFORMA, "reforma_estatuto", "tres_cuartos", "emitidos", "Un motivo", fija=True)
    assert "Tres cuartos de los votos emitidos no es más exigente: pide una fracción mayor pero sobre una base " \
           "menor" in cruzada[0]
    assert "escriba el motivo del cambio" in problemas_del_cambio(
        REFORMA, "reforma_estatuto", "tres_cuartos", "presentes", "  ", fija=True)[0]
    assert problemas_del_cambio(REFORMA, "reforma_estatuto", "tres_cuartos", "presentes", "Lo pide la sala",
                                fija=True) == []
    assert problemas_del_cambio(REFORMA, "reforma_estatuto", "dos_tercios", "presentes", None, fija=True) == []


def test_una_ordinaria_se_rebaja_con_motivo_y_una_regla_fija_sin_articulo_lo_dice():
    ordinaria = ReglaMayoria("absoluta", "presentes", "Reglamento, art. 3")
    assert problemas_del_cambio(ordinaria, "ordinaria", "simple", "emitidos", "Costumbre", fija=False) == []
    sin_articulo = problemas_del_cambio(ReglaMayoria(), "exclusion", "simple", "emitidos", "x", fija=True)
    assert sin_articulo == []   # la misma regla: nada que rebajar
    rebaja = problemas_del_cambio(ReglaMayoria("absoluta", "emitidos"), "exclusion", "simple", "emitidos", "x",
                                  fija=True)
    assert rebaja[0].startswith("La exclusión de un miembro exige mayoría absoluta (más de la mitad) de los votos "
                                "emitidos (la regla del órgano); una votación no puede pedir menos.")


def test_en_una_eleccion_la_simple_es_la_mas_votada():
    regla = ReglaMayoria("dos_tercios", "presentes", "Reglamento de elecciones, art. 3")
    rebaja = problemas_del_cambio(regla, "eleccion", "simple", "emitidos", None, fija=True, eleccion=True)
    assert rebaja[0].startswith("Una elección exige dos tercios de los miembros presentes con derecho a voto "
                                "(Reglamento de elecciones, art. 3); una votación no puede pedir menos. Con "
                                "mayoría simple: la candidatura más votada se pediría menos.")
