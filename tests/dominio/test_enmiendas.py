"""El dominio de las enmiendas (issue 64, §2): párrafos, cambios válidos, el texto que resulta, los conflictos, el
orden de votación y la comparación legible."""

from hypothesis import given, settings
from hypothesis import strategies as st

from escritorio.dominio.enmiendas import (Cambio, Tramo, aplicar, comparacion, conflictos, diferencias, distancia,
                                          errores_de_cambios, lugares, orden_de_votacion, parrafos, unir)

TEXTO = """La Asamblea de la Red declara su compromiso con la acción climática local.

Las ciudades miembro adoptarán un plan de adaptación antes de 2028.

La Secretaría informará cada año los avances."""
P = parrafos(TEXTO)


def test_los_parrafos_se_separan_por_lineas_en_blanco_y_se_limpian():
    assert parrafos("  Uno\ncon salto \n\n\n  Dos  \n \n") == ["Uno con salto", "Dos"]
    assert parrafos("") == [] and parrafos(None) == []
    assert len(P) == 3 and parrafos(unir(P)) == P


def test_errores_de_cambios_dice_que_falta_en_castellano():
    assert errores_de_cambios(P, [Cambio("reemplazar", 2, "Otro texto.")]) == []
    assert errores_de_cambios(P, [Cambio("insertar", 0, "Al principio.")]) == []
    assert errores_de_cambios(P, [Cambio("suprimir", 3)]) == []
    assert errores_de_cambios(P, []) == ["Una enmienda cambia al menos un párrafo: indique cuál y cómo."]
    assert errores_de_cambios(P, [Cambio("reemplazar", 4, "x")]) == [
        "La moción tiene 3 párrafos: no hay párrafo 4 que reemplazar."]
    assert errores_de_cambios(P, [Cambio("suprimir", 0)]) == [
        "La moción tiene 3 párrafos: no hay párrafo 0 que suprimir."]
    assert errores_de_cambios(P, [Cambio("suprimir", 1, "algo")]) == ["Suprimir el párrafo 1 no lleva texto."]
    assert errores_de_cambios(P, [Cambio("reemplazar", 1, "  ")]) == [
        "Escriba el texto que propone para el párrafo 1."]
    assert "tiene varios párrafos" in errores_de_cambios(P, [Cambio("insertar", 1, "a\n\nb")])[0]
    assert "es igual al de la moción" in errores_de_cambios(P, [Cambio("reemplazar", 3, P[2])])[0]
    assert "cambia dos veces el párrafo 2" in errores_de_cambios(
        P, [Cambio("reemplazar", 2, "x"), Cambio("suprimir", 2)])[-1]
    assert "Operación «mover» desconocida" in errores_de_cambios(P, [Cambio("mover", 1, "x")])[0]


def test_aplicar_reemplaza_inserta_y_suprime_sobre_el_texto_presentado():
    primera = [Cambio("reemplazar", 2, "Las ciudades miembro adoptarán un plan antes de 2027.")]
    segunda = [Cambio("insertar", 0, "Visto el Acuerdo de París."), Cambio("suprimir", 3),
               Cambio("insertar", 3, "Y se evaluará en 2030.")]
    assert aplicar(P, [primera, segunda]) == [
        "Visto el Acuerdo de París.", P[0], "Las ciudades miembro adoptarán un plan antes de 2027.",
        "Y se evaluará en 2030."]
    # El orden en que se aprobaron no cambia el resultado: cada una cita el texto presentado.
    assert aplicar(P, [segunda, primera]) == aplicar(P, [primera, segunda])


textos = st.text(alphabet="abcdefg xyz.", min_size=1, max_size=30).filter(lambda t: t.strip())
listas_de_parrafos = st.lists(textos.map(lambda t: " ".join(t.split())), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(listas_de_parrafos)
def test_aplicar_sin_enmiendas_deja_los_mismos_parrafos(ps):
    assert aplicar(ps, []) == ps
    assert aplicar(ps, [[]]) == ps


@st.composite
def cambios_validos(draw, n):
    operacion = draw(st.sampled_from(["reemplazar", "insertar", "suprimir"]))
    parrafo = draw(st.integers(0 if operacion == "insertar" else 1, n))
    texto = None if operacion == "suprimir" else "nuevo " + " ".join(draw(textos).split())
    return Cambio(operacion, parrafo, texto)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_dos_enmiendas_que_tocan_el_mismo_lugar_chocan_y_las_que_no_se_aplican_juntas(data):
    ps = data.draw(listas_de_parrafos)
    a = data.draw(st.lists(cambios_validos(len(ps)), min_size=1, max_size=3, unique_by=lambda c: frozenset(lugares([c]))))
    b = data.draw(st.lists(cambios_validos(len(ps)), min_size=1, max_size=3, unique_by=lambda c: frozenset(lugares([c]))))
    choques = conflictos({1: a, 2: b})
    comparten = bool(lugares(a) & lugares(b))
    assert (2 in choques[1]) == comparten and (1 in choques[2]) == comparten   # simétrico
    if not comparten:
        # Sin conflicto, el orden de aprobación no importa.
        assert aplicar(ps, [a, b]) == aplicar(ps, [b, a])
    # Cada párrafo que nadie toca sigue en el texto final.
    tocados = {c.parrafo for c in a + b if c.operacion != "insertar"}
    final = aplicar(ps, [a])
    for n, p in enumerate(ps, start=1):
        if n not in tocados:
            assert p in final


def test_conflictos_por_parrafo_y_por_hueco():
    uno = [Cambio("reemplazar", 2, "x")]
    dos = [Cambio("suprimir", 2)]
    tres = [Cambio("insertar", 2, "y")]
    cuatro = [Cambio("insertar", 2, "z")]
    assert conflictos({1: uno, 2: dos, 3: tres, 4: cuatro}) == {1: {2}, 2: {1}, 3: {4}, 4: {3}}


def test_la_mas_lejana_se_vota_primero_y_a_igual_distancia_la_presentada_antes():
    cambiar_una_palabra = [Cambio("reemplazar", 2, P[1].replace("2028", "2027"))]
    suprimir = [Cambio("suprimir", 2)]
    agregar = [Cambio("insertar", 3, "Se crea un fondo común.")]
    assert distancia(P, suprimir) > distancia(P, agregar) > distancia(P, cambiar_una_palabra) > 0
    enmiendas = [(10, 1, cambiar_una_palabra), (20, 2, suprimir), (30, 3, agregar)]
    assert orden_de_votacion(enmiendas, P) == [20, 30, 10]
    assert orden_de_votacion(enmiendas, P, "presentacion") == [10, 20, 30]
    assert orden_de_votacion([(5, 2, suprimir), (6, 1, suprimir)], P) == [6, 5]


def test_la_comparacion_marca_lo_quitado_y_lo_agregado():
    assert diferencias("a b c", "a x c") == [Tramo("igual", "a"), Tramo("quitado", "b"), Tramo("agregado", "x"),
                                            Tramo("igual", "c")]
    [p] = comparacion(P, [Cambio("reemplazar", 2, P[1].replace("2028", "2027"))])
    assert (p.numero, p.operacion) == (2, "reemplazar")
    assert p.texto_plano() == ("Las ciudades miembro adoptarán un plan de adaptación antes de [−2028.−] "
                               "[+2027.+]")
    suprimido, insertado = comparacion(P, [Cambio("insertar", 3, "Nuevo."), Cambio("suprimir", 1)])
    assert suprimido.texto_plano() == f"[−{P[0]}−]" and insertado.texto_plano() == "[+Nuevo.+]"
