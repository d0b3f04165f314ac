"""dominio/cldr.py lee las tablas de monedas de CLDR del archivo de babel sin importarlo: da lo mismo que babel para
todas las monedas y territorios, en varias fechas, y si el archivo no está se pregunta a babel."""

from datetime import date

import pytest
from babel.core import get_global
from babel.numbers import get_currency_precision, get_territory_currencies

from escritorio.dominio import cldr


@pytest.mark.parametrize("dia", [date.today(), date(1990, 1, 1), date(2001, 12, 31), date(2002, 1, 1)])
def test_las_monedas_de_curso_legal_son_las_de_babel(dia):
    esperadas = set()
    for territorio in get_global("territory_currencies"):
        esperadas.update(get_territory_currencies(territorio, dia))
    assert cldr._datos_globales() is not None   # se leyó el archivo, no se preguntó a babel
    assert cldr.monedas_de_curso_legal(dia) == frozenset(esperadas)


def test_los_decimales_de_cada_moneda_son_los_de_babel():
    assert cldr._datos_globales() is not None
    for codigo in [*get_global("all_currencies"), "XYZ"]:
        assert cldr.decimales_de(codigo) == get_currency_precision(codigo), codigo
    assert (cldr.decimales_de("USD"), cldr.decimales_de("CLP"), cldr.decimales_de("BHD")) == (2, 0, 3)


def test_sin_el_archivo_de_babel_se_pregunta_a_babel(monkeypatch):
    monkeypatch.setattr(cldr, "_datos_globales", lambda: None)
    assert cldr.decimales_de("PYG") == 0 and cldr.decimales_de("UYU") == 2
    assert "UYU" in cldr.monedas_de_curso_legal(date.today())
    assert "UYP" not in cldr.monedas_de_curso_legal(date.today())
