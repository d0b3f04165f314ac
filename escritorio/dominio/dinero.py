"""Dinero: enteros en unidades menores (centavos) con su código ISO 4217; Decimal solo en los bordes."""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .convencion_regional import decimal_de_quien_escribe
from .entrada import muestra
from .formato import decimales, dinero as formatear  # noqa: F401  (el formato de un importe: dominio.formato)
from .traduccion import traducir


class NumeroDemasiadoLargo(ValueError):
    """Un «número» con más caracteres de los que tiene un importe real."""


class DemasiadosDecimales(ValueError):
    """El importe tiene más decimales de los que admite su moneda."""


# «1.050» son mil cincuenta; «0.950» no (un grupo de miles no empieza con cero): es 0,95.
_MILES_CON_PUNTO = re.compile(r"^-?[1-9][0-9]{0,2}(\.[0-9]{3})+$", re.ASCII)
_MILES_CON_COMA = re.compile(r"^-?[1-9][0-9]{0,2}(,[0-9]{3})+$", re.ASCII)
# Lo que una persona escribe como número: signo, cifras 0-9 y separadores. Ni «1e3», ni «NaN», ni «inf», ni
# cifras árabes o de ancho completo (que Decimal aceptaría y nadie escribió a propósito).
_NUMERO_ESCRITO = re.compile(r"^[+-]?[0-9.,]*[0-9][0-9.,]*$", re.ASCII)
_LARGO_NUMERO = 40  # caracteres: un importe o un tipo de cambio real no llega ni a la mitad

# El importe más grande que se acepta (en unidades mayores de la moneda: 999.999.999.999,99 dólares, pesos…).
# En unidades menores cabe holgado en el INTEGER de SQLite (hasta 9,2 × 10¹⁸): aun la suma de millones de
# importes máximos no lo desborda.
IMPORTE_MAXIMO = Decimal("999999999999.99")
IMPORTE_MAXIMO_TEXTO = "999.999.999.999,99"

# Tipo de cambio: unidades de una moneda por 1 de otra. De 0,000001 (pagar en dólares cargos en guaraníes o
# rupias) a 1.000.000.000 (al revés, con margen para las monedas de inflación alta).
TIPO_CAMBIO_MINIMO = Decimal("0.000001")
TIPO_CAMBIO_MAXIMO = Decimal("1000000000")


def leer_decimal(texto: object) -> Decimal:
    """Un número como lo escribe una persona de la región: '1.234,56', '1,234.56', '250.5', '1.050' (= mil cincuenta).

    Con los dos separadores, el último es el decimal. Con uno solo en grupos de tres («1.050», «1,234»), lo decide
    el separador decimal de quien escribe (la configuración regional de su máquina, dominio.convencion_regional; sin
    ella, la coma): si es el otro, son miles; dos o más grupos («1.234.567», «1,234,567») son miles siempre. Solo
    cifras 0-9 con signo y separadores: «1e3», «NaN», «inf» o «١٢٣» no son números escritos por una persona.
    """
    crudo = str(texto).strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if len(crudo) > _LARGO_NUMERO:
        raise NumeroDemasiadoLargo(traducir("«{0}» es demasiado largo para ser un número ({1} caracteres)").format(
            muestra(texto), len(crudo)))
    if not _NUMERO_ESCRITO.fullmatch(crudo):
        raise ValueError(traducir("«{0}» no es un número; escríbalo con cifras del 0 al 9 (ejemplos: 250,00 o "
                                  "1.250,50)").format(muestra(texto)))
    if "," in crudo and "." in crudo:
        crudo = crudo.replace(".", "").replace(",", ".") if crudo.rfind(",") > crudo.rfind(".") else crudo.replace(",", "")
    elif _MILES_CON_PUNTO.match(crudo) and (crudo.count(".") > 1 or decimal_de_quien_escribe() == ","):
        crudo = crudo.replace(".", "")
    elif _MILES_CON_COMA.match(crudo) and (crudo.count(",") > 1 or decimal_de_quien_escribe() == "."):
        crudo = crudo.replace(",", "")
    else:
        crudo = crudo.replace(",", ".")
    try:
        valor = Decimal(crudo)
    except InvalidOperation:
        raise ValueError(traducir("«{0}» no es un número (ejemplos: 250,00 o 1.250,50)").format(muestra(texto))) from None
    if not valor.is_finite():
        raise ValueError(traducir("«{0}» no es un número").format(muestra(texto)))
    return valor


def a_unidades_menores(texto: object, moneda: str) -> int:
    """'250.00', '250,5', '1.234,56' -> unidades menores de la moneda. Lanza ValueError con el motivo.

    Un importe cuyo valor absoluto supera IMPORTE_MAXIMO se rechaza (con el máximo en el mensaje); uno con más
    decimales de los que admite la moneda lanza DemasiadosDecimales (un ValueError)."""
    try:
        valor = leer_decimal(texto)
    except NumeroDemasiadoLargo:
        raise ValueError(traducir("«{0}» es demasiado grande; el máximo es {1}").format(
            muestra(texto), IMPORTE_MAXIMO_TEXTO)) from None
    except ValueError:
        raise ValueError(traducir("«{0}» no es un importe (ejemplos: 250,00 o 1.250,50); escríbalo con cifras del 0 al "
                                  "9").format(muestra(texto))) from None
    if abs(valor) > IMPORTE_MAXIMO:
        raise ValueError(traducir("«{0}» es demasiado grande; el máximo es {1}").format(muestra(texto),
                                                                                       IMPORTE_MAXIMO_TEXTO))
    escala = Decimal(10) ** decimales(moneda)
    menores = valor * escala
    if menores != menores.to_integral_value():
        cuantos = decimales(moneda)
        if cuantos == 0:
            raise DemasiadosDecimales(traducir("«{0}» tiene más decimales de los que admite {1}; escríbalo sin "
                                               "decimales").format(muestra(texto), moneda.upper()))
        raise DemasiadosDecimales(traducir("«{0}» tiene más decimales de los que admite {1}; escríbalo con {2} "
                                           "decimales como máximo").format(muestra(texto), moneda.upper(), cuantos))
    return int(menores)


def leer_tipo_de_cambio(texto: object) -> Decimal:
    """'1.400', '1400,50', '0,92' -> Decimal entre TIPO_CAMBIO_MINIMO y TIPO_CAMBIO_MAXIMO; ValueError si no."""
    valor = leer_decimal(texto)
    if valor <= 0:
        raise ValueError(traducir("«{0}» no es mayor que cero; escriba cuántas unidades de la moneda del pago vale 1 "
                                  "unidad de la moneda de los cargos (por ejemplo 1400)").format(muestra(texto)))
    if not TIPO_CAMBIO_MINIMO <= valor <= TIPO_CAMBIO_MAXIMO:
        raise ValueError(traducir("«{0}» está fuera de lo posible; debe estar entre 0,000001 y 1.000.000.000").format(
            muestra(texto)))
    return valor


def importe_posible(importe: int, moneda: str) -> bool:
    """¿Cabe `importe` (unidades menores) dentro del máximo aceptado, en esa moneda?"""
    return abs(importe) <= IMPORTE_MAXIMO * (Decimal(10) ** decimales(moneda))


def a_decimal(importe: int, moneda: str) -> Decimal:
    return Decimal(importe) / (Decimal(10) ** decimales(moneda))


def convertir(importe: int, moneda_origen: str, tipo_cambio: Decimal, moneda_destino: str) -> int:
    """Un importe en la moneda del pago, expresado en la de los cargos.

    `tipo_cambio` = unidades de la moneda del pago por 1 unidad de la moneda de destino
    (por ejemplo 1050 ARS por 1 USD). Se redondea al centavo, la mitad hacia arriba.
    """
    if tipo_cambio <= 0:
        raise ValueError("el tipo de cambio debe ser mayor que cero")
    valor = a_decimal(importe, moneda_origen) / tipo_cambio
    escala = Decimal(10) ** decimales(moneda_destino)
    return int((valor * escala).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def proporcion(importe: int, numerador: int, denominador: int) -> int:
    """importe × numerador / denominador, redondeado a la unidad menor (mitad hacia arriba)."""
    return int((Decimal(importe) * numerador / denominador).quantize(Decimal(1), rounding=ROUND_HALF_UP))
