"""Las boletas de varias marcas, sin base (dominio.boletas): lo que se cuenta y lo que se rechaza, y la mayoría de
un puesto medida en boletas, no en marcas."""

from escritorio.dominio.boletas import Boletas, contar_boletas, problemas_de_la_forma, problemas_del_recuento
from escritorio.dominio.elecciones import resultado_eleccion


def test_boleta_por_boleta_suma_y_senala_cada_boleta_mal_marcada():
    votos, boletas, problemas = contar_boletas([[1, 2], [1], [], "nulo", "no", "abstencion", [1, 2, 3], [2, 2]],
                                               [1, 2, 3], 1, 2)
    assert votos == {1: 2, 2: 1, 3: 0}
    assert boletas == Boletas(8, blancos=1, nulos=1, no_a_todas=1, abstenciones=1)
    assert [p.split(":")[0] for p in problemas] == ["Boleta 7", "Boleta 8"]


def test_totales_imposibles():
    diez = Boletas(10)
    assert problemas_del_recuento({1: 8, 2: 7, 3: 5}, diez, 1, 2, 10) == []
    assert "solo 10 miembros presentes" in problemas_del_recuento({1: 1}, Boletas(11), 1, 2, 10)[0]
    assert "tiene 11 marcas y solo hay 10 boletas" in problemas_del_recuento({1: 11}, diez, 1, 2, 10)[0]
    assert "admiten como máximo 20 marcas" in problemas_del_recuento({1: 8, 2: 8, 3: 5}, diez, 1, 2, 10)[0]
    assert "piden al menos 20 marcas" in problemas_del_recuento({1: 8, 2: 8}, diez, 2, 2, 10)[0]
    assert "suman más que las 10 boletas" in problemas_del_recuento({1: 1}, Boletas(10, blancos=11), 1, 2, 10)[0]
    assert "Escriba cuántas boletas" in problemas_del_recuento({1: 1}, None, 1, 2, 10)[0]


def test_la_forma_de_la_boleta():
    assert problemas_de_la_forma("una", None, None) == []
    assert problemas_de_la_forma("marcas", 1, 3) == []
    assert problemas_de_la_forma("marcas", 3, 2) and problemas_de_la_forma("marcas", 1, 0)
    assert problemas_de_la_forma("acumulado", None, None)


def test_un_puesto_con_varias_marcas_la_mayoria_se_mide_en_boletas():
    nombres = {1: "A", 2: "B"}
    bases = Boletas(10).bases()
    # 6 de 10 boletas: más de la mitad de las boletas (no de las 10 marcas).
    gana = resultado_eleccion({1: 6, 2: 4}, nombres, 0, 0, 0, "absoluta", "emitidos", 10, 12, bases=bases)
    assert gana.ganadora == 1 and gana.requerido == 6 and gana.base == 10
    # Dos pasan la mitad de las boletas a la vez: el empate no elige, va a segunda vuelta entre ellas.
    empate = resultado_eleccion({1: 6, 2: 6}, nombres, 0, 0, 0, "absoluta", "emitidos", 10, 12, bases=bases)
    assert empate.ganadora is None and set(empate.segunda_vuelta) == {1, 2}
