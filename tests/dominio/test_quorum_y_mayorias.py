"""Reglas puras de sesiones: quórum (mitad más uno, dos tercios, segunda convocatoria), mayorías con
abstenciones según la base (emitidos, presentes, con derecho), numeración de resoluciones y ordinales romanos."""

import pytest

from escritorio.dominio.sesiones import (ReglaQuorum, calcular_quorum, numero_ordinal_romano, numero_resolucion,
                                         resultado_votacion)

MITAD_MAS_UNO = ReglaQuorum(articulo="art. 15")
DOS_TERCIOS = ReglaQuorum(2, 3, mas_uno=False, articulo="art. 22")
CON_SEGUNDA = ReglaQuorum(segunda_convocatoria_minutos=30, articulo="art. 15")


# --- quórum ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("base, requerido", [
    (52, 27),   # par: la mitad (26) más uno
    (51, 26),   # impar: la mitad redondeada hacia abajo (25) más uno
    (50, 26), (15, 8), (4, 3), (3, 2), (2, 2), (1, 1),
])
def test_mitad_mas_uno(base, requerido):
    assert MITAD_MAS_UNO.requerido(base) == requerido


@pytest.mark.parametrize("base", [52, 51, 15, 4, 3])
def test_quorum_justo_y_uno_menos(base):
    requerido = MITAD_MAS_UNO.requerido(base)

    justo = calcular_quorum(MITAD_MAS_UNO, base, requerido)
    falta_uno = calcular_quorum(MITAD_MAS_UNO, base, requerido - 1)

    assert (justo.hay, justo.requerido, justo.base, justo.presentes) == (True, requerido, base, requerido)
    assert (falta_uno.hay, falta_uno.requerido) == (False, requerido)


def test_exactamente_la_mitad_no_alcanza_la_mitad_mas_uno():
    assert not calcular_quorum(MITAD_MAS_UNO, 52, 26).hay
    assert calcular_quorum(MITAD_MAS_UNO, 52, 27).hay
    assert not calcular_quorum(MITAD_MAS_UNO, 51, 25).hay
    assert calcular_quorum(MITAD_MAS_UNO, 51, 26).hay


def test_la_mitad_sin_mas_uno_alcanza_con_exactamente_la_mitad():
    mitad = ReglaQuorum(1, 2, mas_uno=False)
    assert mitad.requerido(52) == 26
    assert mitad.requerido(51) == 26  # 25,5 redondeado hacia arriba
    assert calcular_quorum(mitad, 52, 26).hay


@pytest.mark.parametrize("base, requerido", [(30, 20), (31, 21), (32, 22), (33, 22), (15, 10), (3, 2), (1, 1)])
def test_dos_tercios_sin_mas_uno(base, requerido):
    assert DOS_TERCIOS.requerido(base) == requerido
    assert calcular_quorum(DOS_TERCIOS, base, requerido).hay
    assert not calcular_quorum(DOS_TERCIOS, base, requerido - 1).hay


def test_tres_cuartos():
    regla = ReglaQuorum(3, 4, mas_uno=False)
    assert [regla.requerido(b) for b in (40, 41, 42, 43, 44)] == [30, 31, 32, 33, 33]


def test_segunda_convocatoria_con_cualquier_numero_de_presentes():
    primera = calcular_quorum(CON_SEGUNDA, 52, 5)
    segunda = calcular_quorum(CON_SEGUNDA, 52, 5, segunda_convocatoria=True)

    assert not primera.hay and not primera.segunda_convocatoria
    assert segunda.hay and segunda.segunda_convocatoria
    assert segunda.requerido == 27
    assert calcular_quorum(CON_SEGUNDA, 52, 1, segunda_convocatoria=True).hay
    assert segunda.enunciado() == ("En segunda convocatoria, con la presencia de 5 de 52 miembros con derecho a voto, "
                                   "la sesión se realiza con los presentes (art. 15).")


def test_segunda_convocatoria_sin_presentes_no_hay_sesion():
    assert not calcular_quorum(CON_SEGUNDA, 52, 0, segunda_convocatoria=True).hay


def test_segunda_convocatoria_solo_si_la_regla_la_preve():
    quorum = calcular_quorum(MITAD_MAS_UNO, 52, 5, segunda_convocatoria=True)

    assert not quorum.hay and not quorum.segunda_convocatoria
    assert quorum.enunciado() == ("Con la presencia de 5 de 52 miembros con derecho a voto no hay quórum: "
                                  "se requieren 27 (art. 15).")


def test_segunda_convocatoria_con_quorum_pleno_se_enuncia_como_quorum_normal():
    quorum = calcular_quorum(CON_SEGUNDA, 52, 30, segunda_convocatoria=True)
    assert quorum.hay and not quorum.segunda_convocatoria
    assert quorum.enunciado().endswith("se verifica el quórum (art. 15).")


def test_enunciado_del_quorum():
    assert calcular_quorum(MITAD_MAS_UNO, 52, 34).enunciado() == (
        "Con la presencia de 34 de 52 miembros con derecho a voto se verifica el quórum (art. 15).")


def test_enunciado_sin_articulo_y_sobre_los_integrantes():
    regla = ReglaQuorum(sobre="integrantes")
    assert calcular_quorum(regla, 10, 6).enunciado() == (
        "Con la presencia de 6 de 10 integrantes se verifica el quórum.")


def test_describir_las_reglas():
    assert MITAD_MAS_UNO.describir() == "Quórum: la mitad más uno de los miembros con derecho a voto (art. 15)."
    assert DOS_TERCIOS.describir() == "Quórum: dos tercios de los miembros con derecho a voto (art. 22)."
    assert CON_SEGUNDA.describir() == (
        "Quórum: la mitad más uno de los miembros con derecho a voto; en segunda convocatoria, pasados 30 minutos, "
        "con los presentes (art. 15).")
    assert ReglaQuorum(3, 4, False, "integrantes").describir() == "Quórum: tres cuartos de los integrantes."


# --- mayorías ------------------------------------------------------------------------------------------

def votar(a_favor, en_contra, abstenciones, mayoria, base, presentes=40, con_derecho=52):
    return resultado_votacion(a_favor, en_contra, abstenciones, mayoria, base, presentes, con_derecho)


def test_simple_mas_a_favor_que_en_contra():
    assert votar(10, 9, 21, "simple", "emitidos").aprobada           # las abstenciones no cuentan
    assert not votar(10, 10, 20, "simple", "emitidos").aprobada      # empate: rechazada
    assert not votar(9, 10, 0, "simple", "emitidos").aprobada
    assert not votar(0, 0, 40, "simple", "emitidos").aprobada        # todos se abstienen
    assert votar(1, 0, 39, "simple", "emitidos").aprobada


@pytest.mark.parametrize("base", ["presentes", "con_derecho"])
def test_simple_no_tiene_otra_base_que_los_votos_emitidos(base):
    """Antes 11–10–5 con 26 presentes «pasaba» sobre la base «presentes» sin decir que la base se ignoraba."""
    with pytest.raises(ValueError, match="absoluta de los presentes"):
        votar(11, 10, 5, "simple", base, presentes=26)


def test_simple_texto_y_requerido():
    resultado = votar(10, 9, 21, "simple", "emitidos")
    assert resultado.requerido == 10
    assert resultado.texto == ("Aprobada: 10 a favor, 9 en contra, 21 abstenciones; mayoría simple: más votos a "
                               "favor que en contra, sin contar las abstenciones.")


def test_absoluta_sobre_emitidos_ignora_las_abstenciones():
    # 21 + 19 = 40 emitidos: hacen falta 21.
    resultado = votar(21, 19, 10, "absoluta", "emitidos", presentes=50)
    assert (resultado.aprobada, resultado.requerido, resultado.base) == (True, 21, 40)
    assert not votar(20, 20, 10, "absoluta", "emitidos", presentes=50).aprobada  # empate
    # Impar: 41 emitidos, la mitad es 20,5: hacen falta 21.
    assert votar(21, 20, 0, "absoluta", "emitidos").aprobada


def test_absoluta_sobre_presentes_la_abstencion_pesa_como_voto_en_contra():
    # 40 presentes: hacen falta 21 aunque solo 5 voten en contra.
    resultado = votar(20, 5, 15, "absoluta", "presentes", presentes=40)
    assert (resultado.aprobada, resultado.requerido, resultado.base) == (False, 21, 40)
    assert votar(21, 5, 14, "absoluta", "presentes", presentes=40).aprobada
    assert resultado.texto == ("Rechazada: 20 a favor, 5 en contra, 15 abstenciones; se requerían 21 "
                               "(más de la mitad de 40 miembros presentes).")


def test_absoluta_sobre_los_miembros_con_derecho():
    # 52 con derecho: hacen falta 27 aun con solo 30 presentes.
    assert not votar(26, 0, 4, "absoluta", "con_derecho", presentes=30, con_derecho=52).aprobada
    resultado = votar(27, 0, 3, "absoluta", "con_derecho", presentes=30, con_derecho=52)
    assert (resultado.aprobada, resultado.requerido, resultado.base) == (True, 27, 52)
    assert votar(26, 0, 0, "absoluta", "con_derecho", presentes=30, con_derecho=51).aprobada


def test_dos_tercios_exactos_se_aprueba():
    # 20 de 30 emitidos son exactamente dos tercios.
    resultado = votar(20, 10, 7, "dos_tercios", "emitidos")
    assert (resultado.aprobada, resultado.requerido, resultado.base) == (True, 20, 30)
    assert not votar(19, 10, 8, "dos_tercios", "emitidos").aprobada  # 19 de 29: 65,5 %
    assert not votar(19, 11, 0, "dos_tercios", "emitidos").aprobada  # 19 de 30
    assert resultado.texto == ("Aprobada: 20 a favor, 10 en contra, 7 abstenciones; se requerían 20 "
                               "(dos tercios de 30 votos emitidos).")


def test_dos_tercios_de_una_base_que_no_es_multiplo_de_tres():
    # 31 emitidos: 2/3 = 20,67 → 21.
    assert not votar(20, 11, 0, "dos_tercios", "emitidos").aprobada
    assert votar(21, 10, 0, "dos_tercios", "emitidos").aprobada


def test_dos_tercios_sobre_presentes_y_con_derecho():
    assert votar(27, 3, 10, "dos_tercios", "presentes", presentes=40).aprobada          # 27 ≥ 26,67
    assert not votar(26, 0, 14, "dos_tercios", "presentes", presentes=40).aprobada      # sin un voto en contra
    assert not votar(34, 0, 6, "dos_tercios", "con_derecho", presentes=40, con_derecho=52).aprobada  # 34 < 34,67
    resultado = votar(35, 0, 5, "dos_tercios", "con_derecho", presentes=40, con_derecho=52)
    assert (resultado.aprobada, resultado.requerido, resultado.base) == (True, 35, 52)


def test_tres_cuartos():
    assert votar(30, 10, 0, "tres_cuartos", "emitidos").aprobada                  # exactamente 3/4 de 40
    assert not votar(29, 10, 1, "tres_cuartos", "emitidos").aprobada              # 29 de 39 < 29,25
    assert not votar(30, 0, 10, "tres_cuartos", "presentes", presentes=41).aprobada  # 3/4 de 41 = 30,75
    assert votar(31, 0, 10, "tres_cuartos", "presentes", presentes=41).aprobada
    resultado = votar(39, 0, 1, "tres_cuartos", "con_derecho", presentes=40, con_derecho=52)
    assert (resultado.aprobada, resultado.requerido, resultado.base) == (True, 39, 52)
    assert not votar(38, 0, 2, "tres_cuartos", "con_derecho", presentes=40, con_derecho=52).aprobada


@pytest.mark.parametrize("mayoria", ["absoluta", "dos_tercios", "tres_cuartos"])
def test_si_todos_se_abstienen_no_se_aprueba_nada(mayoria):
    resultado = votar(0, 0, 40, mayoria, "emitidos")
    assert not resultado.aprobada
    assert resultado.base == 0


@pytest.mark.parametrize("mayoria, base, mensaje", [
    ("unanimidad", "emitidos", "Mayoría «unanimidad» desconocida"),
    ("simple", "todos", "Base «todos» desconocida"),
])
def test_mayoria_o_base_desconocidas(mayoria, base, mensaje):
    with pytest.raises(ValueError, match=mensaje):
        votar(1, 0, 0, mayoria, base)


# --- numeración -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("tipo, numero, anio, texto", [
    ("resolucion", 12, 2026, "Resolución 12/2026"),
    ("decision", 41, 2004, "Decisión 41/2004"),
    ("declaracion", 1, 2026, "Declaración 1/2026"),
    ("recomendacion", 3, 2025, "Recomendación 3/2025"),
])
def test_numero_resolucion(tipo, numero, anio, texto):
    assert numero_resolucion(tipo, numero, anio) == texto


@pytest.mark.parametrize("numero, romano", [
    (1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (9, "IX"), (10, "X"), (11, "XI"), (14, "XIV"),
    (19, "XIX"), (21, "XXI"), (40, "XL"), (44, "XLIV"), (49, "XLIX"), (90, "XC"), (99, "XCIX"), (400, "CD"),
    (944, "CMXLIV"), (1994, "MCMXCIV"), (2026, "MMXXVI"), (3999, "MMMCMXCIX"),
])
def test_numero_ordinal_romano(numero, romano):
    assert numero_ordinal_romano(numero) == romano
