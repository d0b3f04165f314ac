"""dominio/importe_en_letras.py: el importe en letras de los recibos (issue 14, punto 4).

«Son dólares estadounidenses mil cuatrocientos con 50/100»: la moneda del pago en plural delante, el número en
letras, los centavos sobre 100; una moneda sin decimales no lleva fracción.
"""

import pytest

from escritorio.dominio.importe_en_letras import importe_en_letras, nombre_moneda, numero_en_letras


@pytest.mark.parametrize("numero, letras", [
    (0, "cero"),
    (1, "uno"),
    (21, "veintiuno"),
    (100, "cien"),
    (101, "ciento uno"),
    (1_000, "mil"),
    (1_400, "mil cuatrocientos"),
    (21_000, "veintiún mil"),          # num2words dice «veintiuno mil»
    (31_000, "treinta y un mil"),
    (101_000, "ciento un mil"),
    (221_000, "doscientos veintiún mil"),
    (1_000_000, "un millón"),
    (21_000_000, "veintiún millones"),
    (2_000_000, "dos millones"),
    (21_021_021, "veintiún millones veintiún mil veintiuno"),
    (1_000_000_000, "mil millones"),
])
def test_numero_en_letras(numero, letras):
    assert numero_en_letras(numero) == letras


@pytest.mark.parametrize("importe, moneda, frase", [
    (140_050, "USD", "Son dólares estadounidenses mil cuatrocientos con 50/100"),   # el ejemplo de la región
    (0, "ARS", "Son pesos argentinos cero con 00/100"),
    (50, "USD", "Son dólares estadounidenses cero con 50/100"),                      # solo centavos
    (100, "ARS", "Es un peso argentino con 00/100"),                                 # uno: singular
    (150, "ARS", "Son pesos argentinos uno con 50/100"),                             # 1,50: plural
    (2_100, "UYU", "Son pesos uruguayos veintiuno con 00/100"),
    (10_000, "BRL", "Son reales cien con 00/100"),
    (100_000, "EUR", "Son euros mil con 00/100"),
    (100_000_000, "USD", "Son dólares estadounidenses un millón con 00/100"),
    (21_000_000_05, "BRL", "Son reales veintiún millones con 05/100"),
    (1, "PYG", "Es un guaraní"),                                                     # sin decimales
    (1_500_000, "PYG", "Son guaraníes un millón quinientos mil"),
    (21_000, "CLP", "Son pesos chilenos veintiún mil"),
    (1_000_000, "CLP", "Son pesos chilenos un millón"),
    (123_456, "BOB", "Son bolivianos mil doscientos treinta y cuatro con 56/100"),
    (1_500, "KWD", "Son dinares kuwaitíes uno con 500/1000"),                         # tres decimales (CLDR)
])
def test_importe_en_letras(importe, moneda, frase):
    assert importe_en_letras(importe, moneda) == frase


@pytest.mark.parametrize("moneda, singular, plural", [
    ("ARS", "peso argentino", "pesos argentinos"), ("UYU", "peso uruguayo", "pesos uruguayos"),
    ("BRL", "real", "reales"), ("PYG", "guaraní", "guaraníes"), ("CLP", "peso chileno", "pesos chilenos"),
    ("USD", "dólar estadounidense", "dólares estadounidenses"), ("EUR", "euro", "euros"),
    ("PEN", "sol", "soles"), ("VES", "bolívar", "bolívares"), ("usd", "dólar estadounidense", "dólares estadounidenses"),
    ("GBP", "libra esterlina", "libras esterlinas"),   # fuera de la tabla: el nombre de CLDR
])
def test_nombres_de_las_monedas(moneda, singular, plural):
    assert nombre_moneda(moneda, plural=False) == singular
    assert nombre_moneda(moneda) == plural


def test_un_codigo_desconocido_se_dice_tal_cual():
    assert importe_en_letras(12_345, "ZZZ") == "Son ZZZ ciento veintitrés con 45/100"


def test_un_importe_negativo_no_se_escribe():
    with pytest.raises(ValueError, match="negativo"):
        importe_en_letras(-100, "USD")
