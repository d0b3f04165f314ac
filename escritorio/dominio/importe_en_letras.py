"""El importe en letras, como lo llevan los recibos de la región.

«Son dólares estadounidenses mil cuatrocientos con 50/100»: la moneda (en plural) va delante del número
en letras, y los centavos en cifras sobre 100 (sobre 1000 en una moneda de tres decimales). Una moneda sin
decimales (guaraní, peso chileno) no lleva fracción: «Son guaraníes un millón quinientos mil».
Exactamente una unidad, sin centavos, va en singular: «Es un dólar estadounidense con 00/100». Con
centavos el sustantivo va en plural, como en «1,50 dólares»: «Son dólares estadounidenses uno con 50/100».

Los números los escribe num2words (castellano), corregido donde se equivoca ante «mil» y «millones»:
«veintiuno mil» → «veintiún mil», «ciento uno millones» → «ciento un millones».
"""

import re

from babel.numbers import get_currency_name
from num2words import num2words

from .dinero import decimales

# Las monedas de la región con el nombre que llevan sus recibos (singular, plural). Las demás, con el de
# CLDR (babel); un código que nadie conoce, tal cual («Son XYZ ciento veinte con 00/100»).
MONEDAS: dict[str, tuple[str, str]] = {
    "ARS": ("peso argentino", "pesos argentinos"),
    "UYU": ("peso uruguayo", "pesos uruguayos"),
    "BRL": ("real", "reales"),
    "PYG": ("guaraní", "guaraníes"),
    "CLP": ("peso chileno", "pesos chilenos"),
    "BOB": ("boliviano", "bolivianos"),
    "PEN": ("sol", "soles"),
    "COP": ("peso colombiano", "pesos colombianos"),
    "VES": ("bolívar", "bolívares"),
    "MXN": ("peso mexicano", "pesos mexicanos"),
    "USD": ("dólar estadounidense", "dólares estadounidenses"),
    "EUR": ("euro", "euros"),
}

# num2words escribe «veintiuno mil», «treinta y uno millones»: ante mil, millón, millones, billón… va «un».
_UNO_ANTES_DE_MIL = re.compile(r"\b(veinti)?uno (?=(mil|millón|millones|billón|billones)\b)")


def nombre_moneda(moneda: str, plural: bool = True) -> str:
    """'USD' -> 'dólares estadounidenses' (o 'dólar estadounidense' con plural=False)."""
    codigo = (moneda or "").strip().upper()
    if codigo in MONEDAS:
        return MONEDAS[codigo][1 if plural else 0]
    nombre = get_currency_name(codigo, count=2 if plural else 1, locale="es")  # un código desconocido vuelve tal cual
    return nombre if nombre and not nombre.startswith("(") else codigo


def numero_en_letras(numero: int) -> str:
    """1400 -> 'mil cuatrocientos'; 21000 -> 'veintiún mil'; 0 -> 'cero'. Solo enteros no negativos."""
    if numero < 0:
        raise ValueError(f"{numero} es negativo: un importe en letras es cero o más")
    texto = num2words(numero, lang="es")
    return _UNO_ANTES_DE_MIL.sub(lambda m: "veintiún " if m.group(1) else "un ", texto)


def importe_en_letras(importe: int, moneda: str) -> str:
    """`importe` en unidades menores de `moneda` -> la frase del recibo.

    importe_en_letras(140050, "USD") == "Son dólares estadounidenses mil cuatrocientos con 50/100"
    importe_en_letras(1500000, "PYG") == "Son guaraníes un millón quinientos mil"
    """
    if importe < 0:
        raise ValueError(f"{importe} es negativo: un recibo se emite por un importe de cero o más")
    cifras = decimales(moneda)
    base = 10 ** cifras
    entero, fraccion = divmod(int(importe), base)
    centavos = f" con {fraccion:0{cifras}d}/{base}" if cifras else ""
    if entero == 1 and fraccion == 0:
        return f"Es un {nombre_moneda(moneda, plural=False)}{centavos}"
    return f"Son {nombre_moneda(moneda)} {numero_en_letras(entero)}{centavos}"
