"""Dinero: enteros en unidades menores (centavos) con su código ISO 4217; Decimal solo en los bordes."""

import re
from functools import lru_cache
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import get_currency_precision


@lru_cache(maxsize=None)
def decimales(moneda: str) -> int:
    """USD -> 2, CLP -> 0, PYG -> 0 (según CLDR)."""
    return get_currency_precision(moneda.upper())


_MILES_CON_PUNTO = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


def leer_decimal(texto: object) -> Decimal:
    """Un número como lo escribe una persona de la región: '1.234,56', '1,234.56', '250.5', '1.050' (= mil cincuenta).

    Con los dos separadores, el último es el decimal; con solo puntos en grupos de tres, son miles.
    """
    crudo = str(texto).strip().replace(" ", "").replace("\u00a0", "")
    if "," in crudo and "." in crudo:
        crudo = crudo.replace(".", "").replace(",", ".") if crudo.rfind(",") > crudo.rfind(".") else crudo.replace(",", "")
    elif _MILES_CON_PUNTO.match(crudo):
        crudo = crudo.replace(".", "")
    else:
        crudo = crudo.replace(",", ".")
    try:
        valor = Decimal(crudo)
    except InvalidOperation:
        raise ValueError(f"«{texto}» no es un número (ejemplos: 250,00 o 1.250,50)") from None
    if not valor.is_finite():
        raise ValueError(f"«{texto}» no es un número")
    return valor


def a_unidades_menores(texto: object, moneda: str) -> int:
    """'250.00', '250,5', '1.234,56' -> unidades menores de la moneda. Lanza ValueError con el motivo."""
    try:
        valor = leer_decimal(texto)
    except ValueError:
        raise ValueError(f"«{texto}» no es un importe (ejemplos: 250,00 o 1.250,50)") from None
    escala = Decimal(10) ** decimales(moneda)
    menores = valor * escala
    if menores != menores.to_integral_value():
        raise ValueError(f"«{texto}» tiene más decimales de los que admite {moneda.upper()}")
    return int(menores)


def a_decimal(importe: int, moneda: str) -> Decimal:
    return Decimal(importe) / (Decimal(10) ** decimales(moneda))


def formatear(importe: int, moneda: str) -> str:
    """25000, USD -> 'USD 250,00' (coma decimal y punto de miles, como se escribe en la región)."""
    digitos = decimales(moneda)
    valor = a_decimal(importe, moneda)
    texto = f"{valor:,.{digitos}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{moneda.upper()} {texto}"


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
