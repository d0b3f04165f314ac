"""dominio/importe_en_letras.py en portugués (y en inglés): el valor por extenso de un recibo brasileño.

«Mil e quatrocentos reais e cinquenta centavos»: el número, la moneda después, los centavos por extenso; «de»
antes de la moneda tras «milhão»; el numeral concuerda con una moneda femenina. Sin idioma pedido, el castellano
de siempre (tests/dominio/test_importe_en_letras.py).
"""

import pytest

from escritorio.dominio.importe_en_letras import importe_en_letras, nombre_moneda, numero_en_letras
from escritorio.idiomas.traduccion import en_idioma


@pytest.mark.parametrize("importe, moneda, frase", [
    (100, "BRL", "Um real"),
    (150, "BRL", "Um real e cinquenta centavos"),
    (101, "BRL", "Um real e um centavo"),
    (2_100_000, "BRL", "Vinte e um mil reais"),
    (100_000_000, "BRL", "Um milhão de reais"),
    (140_050, "BRL", "Mil e quatrocentos reais e cinquenta centavos"),
    (21_000_000_05, "BRL", "Vinte e um milhões de reais e cinco centavos"),
    (50, "BRL", "Cinquenta centavos de real"),
    (0, "BRL", "Zero reais"),
    (100, "USD", "Um dólar americano"),
    (150, "USD", "Um dólar americano e cinquenta centavos"),
    (2_100_000, "USD", "Vinte e um mil dólares americanos"),
    (100_000_000, "USD", "Um milhão de dólares americanos"),
    (140_050, "USD", "Mil e quatrocentos dólares americanos e cinquenta centavos"),
    (1, "PYG", "Um guarani"),                                      # sem casas decimais: sem centavos
    (21_000, "PYG", "Vinte e um mil guaranis"),
    (1_000_000, "PYG", "Um milhão de guaranis"),
    (1_500_000, "PYG", "Um milhão e quinhentos mil guaranis"),       # sem «de»: não termina em milhão
    (1_400, "PYG", "Mil e quatrocentos guaranis"),
    (123_400, "ARS", "Mil duzentos e trinta e quatro pesos argentinos"),   # sem vírgula entre as classes
    (100, "EUR", "Um euro"),
    (100, "GBP", "Uma libra esterlina"),                           # feminina (CLDR): «uma», «duzentas»
    (20_000_000, "GBP", "Duzentas mil libras esterlinas"),
    (200_000_000, "GBP", "Dois milhões de libras esterlinas"),     # milhão é masculino
    (1_500, "KWD", "Um dinar kuwaitiano e 500/1000"),              # três casas decimais
])
def test_importe_em_portugues(importe, moneda, frase):
    with en_idioma("pt"):
        assert importe_en_letras(importe, moneda) == frase


@pytest.mark.parametrize("numero, letras", [
    (1, "um"), (21, "vinte e um"), (100, "cem"), (101, "cento e um"), (1_000, "mil"),
    (1_400, "mil e quatrocentos"), (1_234, "mil duzentos e trinta e quatro"), (21_000, "vinte e um mil"),
    (1_000_000, "um milhão"), (2_000_000, "dois milhões"), (1_000_000_000, "um bilhão"),
])
def test_numero_em_portugues(numero, letras):
    with en_idioma("pt"):
        assert numero_en_letras(numero) == letras


@pytest.mark.parametrize("moneda, singular, plural", [
    ("BRL", "real", "reais"), ("USD", "dólar americano", "dólares americanos"),
    ("ARS", "peso argentino", "pesos argentinos"), ("UYU", "peso uruguaio", "pesos uruguaios"),
    ("PYG", "guarani", "guaranis"), ("EUR", "euro", "euros"),
    ("GBP", "libra esterlina", "libras esterlinas"),   # fora da tabela: o nome do CLDR, com minúscula
    ("ZZZ", "ZZZ", "ZZZ"),
])
def test_nomes_das_moedas(moneda, singular, plural):
    with en_idioma("pt"):
        assert nombre_moneda(moneda, plural=False) == singular
        assert nombre_moneda(moneda) == plural


@pytest.mark.parametrize("importe, moneda, frase", [
    (100, "USD", "One US dollar"),
    (140_050, "USD", "One thousand four hundred US dollars and fifty cents"),
    (100_000_000, "USD", "One million US dollars"),
    (150, "BRL", "One Brazilian real and fifty cents"),
    (1_500_000, "PYG", "One million five hundred thousand Paraguayan guaranis"),
])
def test_in_english(importe, moneda, frase):
    with en_idioma("en"):
        assert importe_en_letras(importe, moneda) == frase


def test_fuera_del_bloque_vuelve_el_castellano():
    with en_idioma("pt"):
        assert importe_en_letras(140_050, "USD").startswith("Mil e quatrocentos")
    assert importe_en_letras(140_050, "USD") == "Son dólares estadounidenses mil cuatrocientos con 50/100"
    with en_idioma("es"):
        assert importe_en_letras(100, "ARS") == "Es un peso argentino con 00/100"


def test_un_importe_negativo_no_se_escribe_en_ningun_idioma():
    with en_idioma("pt"), pytest.raises(ValueError, match="negativo"):
        importe_en_letras(-100, "BRL")
