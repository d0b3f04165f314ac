"""El mapa sin dibujo (dominio/mapa.py): qué se encuadra, cómo se proyecta, qué color y tamaño lleva cada miembro."""

import pytest

from escritorio.dominio.mapa import (COLOR_SIN_TRAMO, PALETA_TRAMOS, Encuadre, Proyeccion, anillo_principal, caja_de,
                                     color_de_tramo, encuadre_de, radio)


def test_el_encuadre_contiene_todos_los_puntos_con_margen_y_un_lado_minimo():
    e = encuadre_de([(-34.9, -56.2), (-23.5, -46.6), (-12.0, -77.0)])
    assert e.oeste < -77.0 and e.este > -46.6 and e.sur < -34.9 and e.norte > -12.0
    solo = encuadre_de([(-32.95, -60.64)])   # una sola ciudad: se ve su región, no un punto
    assert solo.este - solo.oeste >= 6 and solo.norte - solo.sur >= 6
    assert encuadre_de([]) is None


def test_el_encuadre_no_sale_del_mundo():
    e = encuadre_de([(89.0, 179.0), (-89.0, -179.0)])
    assert (e.oeste, e.sur, e.este, e.norte) == (-180, -90, 180, 90)


def test_la_proyeccion_pone_el_encuadre_entero_centrado_en_el_lienzo():
    e = Encuadre(oeste=-80, sur=-56, este=-34, norte=13)
    p = Proyeccion(e, 800, 400)
    esquinas = [p.punto(e.norte, e.oeste), p.punto(e.sur, e.este)]
    for x, y in esquinas:
        assert -0.001 <= x <= 800.001 and -0.001 <= y <= 400.001
    (x0, y0), (x1, y1) = esquinas
    assert y0 == pytest.approx(0) and y1 == pytest.approx(400)      # alto: ocupa todo
    assert x0 == pytest.approx(800 - x1)                            # ancho: centrado
    # Norte arriba, este a la derecha; el ancho corregido por el coseno de la latitud media.
    assert p.punto(0, -50)[1] < p.punto(-30, -50)[1] and p.punto(-20, -40)[0] > p.punto(-20, -60)[0]
    assert (x1 - x0) / (y1 - y0) == pytest.approx(e.proporcion)


def test_un_anillo_plano_se_proyecta_punto_por_punto():
    p = Proyeccion(Encuadre(0, 0, 10, 10), 100, 100)
    assert p.anillo([0, 10, 10, 10, 10, 0]) == [p.punto(10, 0), p.punto(10, 10), p.punto(0, 10)]
    assert caja_de([-60, -30, -50, -20, -55, -35]) == (-60, -35, -50, -20)


def test_el_anillo_principal_de_un_pais_es_su_territorio_mayor_no_una_isla():
    continente, isla = [-70, -55, -50, -55, -60, -20], [-30, -4, -29, -4, -29.5, -3]
    assert anillo_principal([isla, continente]) == continente


def test_el_tramo_mas_chico_es_el_mas_claro_y_el_mas_grande_el_mas_oscuro():
    assert color_de_tramo(0, 4) == PALETA_TRAMOS[0] and color_de_tramo(3, 4) == PALETA_TRAMOS[-1]
    assert len({color_de_tramo(i, 4) for i in range(4)}) == 4
    assert color_de_tramo(None, 4) == COLOR_SIN_TRAMO


def test_el_area_del_circulo_crece_con_la_poblacion():
    assert radio(None, 1_000_000) == radio(0, 1_000_000) == 2.5
    assert radio(1_000_000, 1_000_000) == 8.0
    assert radio(10_000, 1_000_000) < radio(250_000, 1_000_000) < radio(1_000_000, 1_000_000)
