"""El importe en letras, como lo llevan los recibos de la región, en el idioma en curso.

Castellano: «Son dólares estadounidenses mil cuatrocientos con 50/100»: la moneda (en plural) va delante del
número en letras, y los centavos en cifras sobre 100 (sobre 1000 en una moneda de tres decimales). Una moneda sin
decimales (guaraní, peso chileno) no lleva fracción: «Son guaraníes un millón quinientos mil».
Exactamente una unidad, sin centavos, va en singular: «Es un dólar estadounidense con 00/100». Con
centavos el sustantivo va en plural, como en «1,50 dólares»: «Son dólares estadounidenses uno con 50/100».

Los números los escribe num2words (castellano), corregido donde se equivoca ante «mil» y «millones»:
«veintiuno mil» → «veintiún mil», «ciento uno millones» → «ciento un millones».

Português (Brasil): o valor por extenso como o tesoureiro o escreve num recibo («Recebemos … a importância de
R$ 1.400,50 (mil e quatrocentos reais e cinquenta centavos)»): o número, a moeda depois dele e os centavos por
extenso — «Mil e quatrocentos reais e cinquenta centavos». Não se usa a forma castelhana («São reais … com
50/100»): nenhum recibo brasileiro a escreve. Com a inicial maiúscula, como a frase castelhana, porque ocupa uma
linha própria sob o valor em algarismos. As regras:
- singular com uma unidade: «Um real», «Um real e cinquenta centavos», «Um centavo»; zero leva plural: «Zero reais»;
- «de» antes da moeda quando o número termina em milhão/milhões/bilhão…: «Um milhão de reais», mas «Um milhão e
  quinhentos mil reais»;
- só centavos: «Cinquenta centavos de real» (de dólar americano, de euro…);
- o numeral concorda com a moeda: «Uma libra esterlina», «Duzentas mil libras esterlinas» (milhão e bilhão são
  masculinos: «Dois milhões de libras esterlinas»);
- sem vírgulas entre as classes (num2words escreve «mil, duzentos e trinta e quatro»; a norma, como nos cheques:
  «mil duzentos e trinta e quatro»);
- moeda com três casas decimais: a fração em algarismos, como no castelhano («Um dinar kuwaitiano e 500/1000»);
- sem casas decimais: sem centavos («Um milhão e quinhentos mil guaranis»).
Os nomes das moedas da região, da tabela `MONEDAS_PT` («dólar americano», «guarani»); as demais, do CLDR (babel,
pt_BR), com inicial minúscula.

English (the window's third language; documents are written only in Spanish or Portuguese): the usual form of a
receipt, «One thousand four hundred US dollars and fifty cents», with CLDR's currency names (babel, en).
"""

import re

from babel.numbers import get_currency_name
from num2words import num2words

from .dinero import decimales
from .traduccion import idioma_en_curso

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

# Las mismas, como las escribe un recibo brasileño (singular, plural). Todas masculinas.
MONEDAS_PT: dict[str, tuple[str, str]] = {
    "ARS": ("peso argentino", "pesos argentinos"),
    "UYU": ("peso uruguaio", "pesos uruguaios"),
    "BRL": ("real", "reais"),
    "PYG": ("guarani", "guaranis"),
    "CLP": ("peso chileno", "pesos chilenos"),
    "BOB": ("boliviano", "bolivianos"),
    "PEN": ("sol peruano", "sóis peruanos"),
    "COP": ("peso colombiano", "pesos colombianos"),
    "VES": ("bolívar", "bolívares"),
    "MXN": ("peso mexicano", "pesos mexicanos"),
    "USD": ("dólar americano", "dólares americanos"),
    "EUR": ("euro", "euros"),
}

# num2words escribe «veintiuno mil», «treinta y uno millones»: ante mil, millón, millones, billón… va «un».
_UNO_ANTES_DE_MIL = re.compile(r"\b(veinti)?uno (?=(mil|millón|millones|billón|billones)\b)")

# pt: «um milhão de reais», «dois bilhões de reais»: o número que termina numa dessas palavras pede «de».
_MILHOES_PT = re.compile(r"\b(milhão|milhões|bilhão|bilhões|trilhão|trilhões)$")
# pt: o que vem depois do último milhão/bilhão concorda com a moeda; antes, com «milhão» (masculino).
_ULTIMO_MILHAO_PT = re.compile(r"^(.*\b(?:milhão|milhões|bilhão|bilhões|trilhão|trilhões)\b)(.*)$")
_FEMININOS_PT = {"um": "uma", "dois": "duas", "duzentos": "duzentas", "trezentos": "trezentas",
                 "quatrocentos": "quatrocentas", "quinhentos": "quinhentas", "seiscentos": "seiscentas",
                 "setecentos": "setecentas", "oitocentos": "oitocentas", "novecentos": "novecentas"}
_PALAVRA_FEMININA_PT = re.compile(r"\b(" + "|".join(_FEMININOS_PT) + r")\b")
_PREPOSICOES_PT = {"da", "do", "das", "dos", "de"}


def _idioma() -> str:
    """«es», «pt» o «en»: el del importe en letras (el castellano si el idioma en curso es otro)."""
    codigo = idioma_en_curso()
    if codigo.startswith("pt"):
        return "pt"
    if codigo.startswith("en"):
        return "en"
    return "es"


def _de_cldr(codigo: str, plural: bool, localizacion: str) -> str | None:
    nombre = get_currency_name(codigo, count=2 if plural else 1, locale=localizacion)
    return nombre if nombre and not nombre.startswith("(") and nombre != codigo else None


def nombre_moneda(moneda: str, plural: bool = True) -> str:
    """'USD' -> 'dólares estadounidenses' (o 'dólar estadounidense' con plural=False), en el idioma en curso:
    'dólares americanos' en portugués, 'US dollars' en inglés. Un código desconocido vuelve tal cual."""
    codigo = (moneda or "").strip().upper()
    idioma = _idioma()
    if idioma == "pt":
        if codigo in MONEDAS_PT:
            return MONEDAS_PT[codigo][1 if plural else 0]
        nombre = _de_cldr(codigo, plural, "pt_BR")
        return nombre[:1].lower() + nombre[1:] if nombre else codigo   # «Libra esterlina» -> «libra esterlina»
    if idioma == "en":
        return _de_cldr(codigo, plural, "en") or codigo
    if codigo in MONEDAS:
        return MONEDAS[codigo][1 if plural else 0]
    nombre = get_currency_name(codigo, count=2 if plural else 1, locale="es")  # un código desconocido vuelve tal cual
    return nombre if nombre and not nombre.startswith("(") else codigo


def _femenina_pt(codigo: str) -> bool:
    """¿La moneda es femenina en portugués? («libra esterlina», «coroa sueca», «rupia indiana»). Las de la tabla
    son masculinas; en las demás manda el adjetivo («kwanza angolano») o, sin él, el sustantivo."""
    if codigo in MONEDAS_PT:
        return False
    palabras = nombre_moneda(codigo, plural=False).split()
    if not palabras or palabras[0] == codigo:
        return False
    adjetivo = palabras[1] if len(palabras) > 1 and palabras[1] not in _PREPOSICOES_PT else None
    return (adjetivo or palabras[0]).endswith("a")


def _numero_pt(numero: int, femenino: bool = False) -> str:
    texto = num2words(numero, lang="pt_BR").replace(", ", " ")  # «mil, duzentos» -> «mil duzentos»
    if not femenino:
        return texto
    partes = _ULTIMO_MILHAO_PT.match(texto)
    cabeza, cola = (partes.group(1), partes.group(2)) if partes else ("", texto)
    return cabeza + _PALAVRA_FEMININA_PT.sub(lambda m: _FEMININOS_PT[m.group(1)], cola)


def _numero_en(numero: int) -> str:
    """Como en los cheques de los Estados Unidos: sin comas ni «and» («one hundred one», no «one hundred and one»)."""
    return num2words(numero, lang="en").replace(",", "").replace(" and ", " ")


def numero_en_letras(numero: int) -> str:
    """1400 -> 'mil cuatrocientos'; 21000 -> 'veintiún mil'; 0 -> 'cero'. Solo enteros no negativos.
    En el idioma en curso: 'mil e quatrocentos' en portugués, 'one thousand four hundred' en inglés."""
    if numero < 0:
        raise ValueError(f"{numero} es negativo: un importe en letras es cero o más")
    idioma = _idioma()
    if idioma == "pt":
        return _numero_pt(numero)
    if idioma == "en":
        return _numero_en(numero)
    texto = num2words(numero, lang="es")
    return _UNO_ANTES_DE_MIL.sub(lambda m: "veintiún " if m.group(1) else "un ", texto)


def _con_mayuscula(texto: str) -> str:
    return texto[:1].upper() + texto[1:]


def _importe_pt(entero: int, fraccion: int, cifras: int, moneda: str) -> str:
    """«Mil e quatrocentos reais e cinquenta centavos» (ver el docstring del módulo)."""
    codigo = (moneda or "").strip().upper()
    femenino = _femenina_pt(codigo)
    if entero == 0 and fraccion and cifras == 2:   # só centavos: «cinquenta centavos de real»
        centavos = f"{_numero_pt(fraccion)} {'centavo' if fraccion == 1 else 'centavos'}"
        return _con_mayuscula(f"{centavos} de {nombre_moneda(moneda, plural=False)}")
    numero = _numero_pt(entero, femenino)
    de = " de" if _MILHOES_PT.search(numero) else ""
    texto = f"{numero}{de} {nombre_moneda(moneda, plural=entero != 1)}"
    if fraccion and cifras == 2:
        texto += f" e {_numero_pt(fraccion)} {'centavo' if fraccion == 1 else 'centavos'}"
    elif fraccion and cifras:
        texto += f" e {fraccion:0{cifras}d}/{10 ** cifras}"
    return _con_mayuscula(texto)


def _importe_en(entero: int, fraccion: int, cifras: int, moneda: str) -> str:
    """«One thousand four hundred US dollars and fifty cents»."""
    texto = f"{_numero_en(entero)} {nombre_moneda(moneda, plural=entero != 1)}"
    if fraccion and cifras == 2:
        texto += f" and {_numero_en(fraccion)} {'cent' if fraccion == 1 else 'cents'}"
    elif fraccion and cifras:
        texto += f" and {fraccion:0{cifras}d}/{10 ** cifras}"
    return _con_mayuscula(texto)


def importe_en_letras(importe: int, moneda: str) -> str:
    """`importe` en unidades menores de `moneda` -> la frase del recibo, en el idioma en curso.

    importe_en_letras(140050, "USD") == "Son dólares estadounidenses mil cuatrocientos con 50/100"
    importe_en_letras(1500000, "PYG") == "Son guaraníes un millón quinientos mil"
    en portugués: "Mil e quatrocentos dólares americanos e cinquenta centavos", "Um milhão e quinhentos mil guaranis"
    """
    if importe < 0:
        raise ValueError(f"{importe} es negativo: un recibo se emite por un importe de cero o más")
    cifras = decimales(moneda)
    base = 10 ** cifras
    entero, fraccion = divmod(int(importe), base)
    idioma = _idioma()
    if idioma == "pt":
        return _importe_pt(entero, fraccion, cifras, moneda)
    if idioma == "en":
        return _importe_en(entero, fraccion, cifras, moneda)
    centavos = f" con {fraccion:0{cifras}d}/{base}" if cifras else ""
    if entero == 1 and fraccion == 0:
        return f"Es un {nombre_moneda(moneda, plural=False)}{centavos}"
    return f"Son {nombre_moneda(moneda)} {numero_en_letras(entero)}{centavos}"
