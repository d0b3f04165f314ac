"""El orden alfabético de los nombres como lo espera una persona en el idioma de la asociación.

El orden por punto de código (el de `sorted` o el `ORDER BY` de SQLite) ponía «Łódź» después de «Zárate» y «Ávila»
al final; quitar tildes con NFKD (`texto.normalizar`) arreglaba «Ávila», pero «Ł» u «Ø» no se descomponen y
seguían al final. `clave_de_orden` da la clave de una colación a la manera de ICU (el Unicode Collation Algorithm
con los datos de CLDR), en chico y para el alfabeto latino, en tres niveles:

1. primario, las letras: sin mayúsculas ni diacríticos, cada letra con su base (á, à, ä, ą → a; Ł → l; Ø → o),
   ß como «ss», æ como «ae», œ como «oe»; ð y đ son una d (con diferencia secundaria, después de las tildes), ı y þ
   son letras propias, como en ICU. Los espacios y los
   signos van antes que los dígitos, y los dígitos antes que las letras (como ICU por omisión: «San Juan» antes
   que «Sanabria»). En castellano la ñ es una letra propia entre la n y la o (CLDR «es»: «Nueva» < «Nuño» <
   «Ñuñoa» < «Oslo»); en portugués y en inglés es una n con tilde.
2. secundario, los diacríticos, de izquierda a derecha: a igual letra, sin tilde antes que con tilde («Peru» <
   «Perú»).
3. terciario, las mayúsculas: minúscula antes que mayúscula, como ICU.

Lo que queda igual en los tres niveles se desempata por el texto mismo: el orden es total y repetible. Otros
alfabetos (griego, cirílico…) van después del latino, por punto de código. Los espacios de más cuentan como uno.
tests/interfaz/test_orden_como_icu.py la compara con ICU (el QCollator de Qt) en castellano, portugués e inglés.

No hay colación en la biblioteca estándar ni en Babel, y PyICU necesita compilar ICU (no hay ruedas para Windows):
esta función chica y probada es la regla, en el dominio, para Python (el padrón, las planillas, la ventana) y para
cualquier base (SQLite y PostgreSQL ordenan igual porque no ordenan ellas: se ordena en Python al leer).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .traduccion import idioma_en_curso

# Los pesos primarios son caracteres: la clave se compara como texto, que en Python es rápido.
_ESPACIO = "\x02"
_PUNTUACION = "\x03"            # cada signo: _PUNTUACION + su lugar entre los signos
# Los signos en el orden de ICU (los de la raíz de CLDR, el mismo en castellano y en portugués); los demás, después,
# por su punto de código.
_SIGNOS = "_-\u2013\u2014,;:!¡?¿.·'\u2019\"\u201c\u201d«»()[]{}@*/\\&#%`\u00b4^°+<=>|~$€"
_LUGAR_DEL_SIGNO = {signo: chr(0x20 + i) for i, signo in enumerate(_SIGNOS)}
_PRIMER_DIGITO = 0x10           # «0» … «9»: 0x10 … 0x19
_PRIMERA_LETRA = 0x40           # «a» … «z»: 0x40, 0x42, … (de a dos: deja lugar a la ñ del castellano)
_ENIE = chr(_PRIMERA_LETRA + 2 * (ord("n") - ord("a")) + 1)   # entre la n y la o
# Letras propias también para ICU, en cualquier idioma: ı
# (sin punto) después de la i, þ después de la z.
_LETRAS_PROPIAS = {"ı": chr(_PRIMERA_LETRA + 2 * (ord("i") - ord("a")) + 1),
                   "þ": chr(_PRIMERA_LETRA + 2 * (ord("z") - ord("a")) + 1)}
_SIN_MARCA = "\x01"             # en el nivel secundario: una letra sin diacríticos

# Letras que no se descomponen en base + marca: su letra base (y una marca propia, para el nivel secundario).
# ð y đ son una d para ICU (ð después de đ): «ð» < «d0» < «ðe».
_LETRAS_CON_BARRA = {"ł": ("l", "\u0335"), "ø": ("o", "\u0338"), "đ": ("d", "\u0335"), "ð": ("d", "\u0358"),
                     "ħ": ("h", "\u0335"),
                     "ŧ": ("t", "\u0335"), "ƀ": ("b", "\u0335"), "ɨ": ("i", "\u0335"),
                     "ŀ": ("l", "\u0358")}
# Letras que valen por dos (la diferencia con las dos sueltas es terciaria, como en ICU).
_DIGRAFOS = {"ß": "ss", "ẞ": "ss", "æ": "ae", "œ": "oe", "ĳ": "ij"}

# El orden de los diacríticos en el nivel secundario (el de la tabla de UCA para los más comunes); los demás, por
# su punto de código, después.
_MARCAS = ["\u0301", "\u0300", "\u0306", "\u0302", "\u030c", "\u030a", "\u0308", "\u030b", "\u0303", "\u0307",
           "\u0335", "\u0338", "\u0358", "\u0327", "\u0328", "\u0304"]
_PESO_MARCA = {marca: chr(0x10 + i) for i, marca in enumerate(_MARCAS)}


def _es_marca(caracter: str) -> bool:
    return unicodedata.combining(caracter) != 0


def _peso_primario(caracter: str) -> str:
    """El peso primario de un carácter ya en minúsculas y descompuesto (NFD); "" si no pesa (una marca, un control)."""
    if "a" <= caracter <= "z":
        return chr(_PRIMERA_LETRA + 2 * (ord(caracter) - ord("a")))
    if "0" <= caracter <= "9":
        return chr(_PRIMER_DIGITO + ord(caracter) - ord("0"))
    if caracter in _LETRAS_PROPIAS:
        return _LETRAS_PROPIAS[caracter]
    if caracter.isspace():
        return _ESPACIO
    if _es_marca(caracter):
        return ""
    categoria = unicodedata.category(caracter)
    if categoria[0] == "C":   # controles y formato (el guion blando, el espacio de ancho cero): no cuentan
        return ""
    if categoria[0] in "PSZ":
        return _PUNTUACION + _LUGAR_DEL_SIGNO.get(caracter, chr(min(0x100 + ord(caracter), 0x10FFFF)))
    if categoria == "Nd":     # otros dígitos (árabes, devanagari…): por su valor
        return chr(_PRIMER_DIGITO + unicodedata.digit(caracter))
    return caracter           # otra letra (de otro alfabeto): después de las latinas, por su punto de código


# El camino corto del texto ASCII (casi todos los nombres): tablas para `str.translate`, sin mirar carácter por
# carácter en Python. Un control no pesa ni cuenta en el caso, como en el camino largo.
_PRIMARIO_ASCII = {c: _peso_primario(chr(c)) or None for c in range(128)}
_CASO_ASCII = {c: None if not _peso_primario(chr(c).lower()) else ("\x02" if chr(c).isupper() else "\x01")
               for c in range(128)}


@lru_cache(maxsize=4096)
def _elementos_de(caracter: str, enie_propia: bool) -> tuple[tuple[str, str, str], ...]:
    """(peso primario, marcas, caso) de cada elemento que aporta un carácter (sin descomponer): cero (un control),
    uno (casi siempre) o dos (ß, æ)."""
    caso = "\x02" if caracter != caracter.lower() else "\x01"
    minuscula = caracter.lower()
    if minuscula in _DIGRAFOS:
        return tuple((_peso_primario(c), "", "\x03") for c in _DIGRAFOS[minuscula])
    plegada = caracter.casefold()
    # ſ → s, ﬁ → fi: la letra común, con diferencia terciaria. Donde plegar solo vuelve a la otra forma de la misma
    # letra (el cheroqui pliega a mayúsculas: «ꮖ» → «Ꮖ»), no hay otra letra que buscar.
    if plegada != minuscula and plegada.lower() != minuscula and len(minuscula) == 1:
        return tuple((peso, marcas, "\x03") for c in plegada for peso, marcas, _ in _elementos_de(c, enie_propia))
    if minuscula in _LETRAS_CON_BARRA:
        base, marca = _LETRAS_CON_BARRA[minuscula]
        return ((_peso_primario(base), marca, caso),)
    descompuesto = unicodedata.normalize("NFD", minuscula)
    base, marcas = descompuesto[:1], "".join(c for c in descompuesto[1:] if _es_marca(c))
    if enie_propia and base == "n" and marcas.startswith("\u0303"):
        return ((_ENIE, marcas[1:], caso),)
    primario = _peso_primario(base)
    if not primario:
        return ()
    return ((primario, marcas, caso),)


def clave_de_orden(texto: object, idioma: str = "es") -> tuple[str, str, str, str]:
    """La clave para ordenar `texto` como en un índice en `idioma` («es», «pt», «en»): `sorted(nombres,
    key=clave_de_orden)`. Los espacios de más no cuentan (se comparan como uno solo)."""
    texto = "" if texto is None else " ".join(str(texto).split())
    pesado = texto
    if not texto.isprintable():   # lo que no pesa (controles, el espacio de ancho cero) no separa dos espacios
        pesado = " ".join("".join(c for c in texto if c.isspace() or unicodedata.category(c) not in ("Cc", "Cf"))
                          .split())
    if pesado.isascii():  # casi todos los nombres: el camino corto, sin descomponer
        return (pesado.lower().translate(_PRIMARIO_ASCII), "", pesado.translate(_CASO_ASCII).rstrip("\x01"), texto)
    enie_propia = idioma == "es"
    compuesto = unicodedata.normalize("NFC", pesado)
    if not _FUERA_DEL_LATIN.search(compuesto):   # letras latinas con sus tildes: por tablas, como el ASCII
        primario, secundario, terciario = _tablas_del_latin(enie_propia)
        return (compuesto.translate(primario), compuesto.translate(secundario).rstrip(_SIN_MARCA),
                compuesto.translate(terciario).rstrip("\x01"), texto)
    return _clave_larga(pesado, enie_propia)[:3] + (texto,)


# El camino por tablas de los textos latinos con tildes (São, Łódź, Ñuñoa: un tercio de las ciudades de América y
# Europa): cada carácter precompuesto del latín aporta siempre los mismos pesos, así que la clave se arma con tres
# `str.translate` en lugar de un recorrido en Python por carácter. Da lo mismo que `_clave_larga` (lo prueba
# tests/dominio/test_orden_alfabetico.py carácter por carácter); lo que no está en las tablas (otros alfabetos,
# una marca suelta que no se compuso: la g̃ guaraní) sigue por el camino largo.
_LATIN = [*range(0x80, 0x250), *range(0x1E00, 0x1F00)]


def _pesa_igual_siempre(caracter: str) -> bool:
    return unicodedata.normalize("NFC", caracter) == caracter and not _es_marca(caracter)


_RAPIDOS = [c for c in _LATIN if _pesa_igual_siempre(chr(c))]
_FUERA_DEL_LATIN = re.compile(
    "[^\x00-\x7f" + "".join(f"\\u{c:04x}" for c in _RAPIDOS) + "]")


@lru_cache(maxsize=2)
def _tablas_del_latin(enie_propia: bool) -> tuple[dict, dict, dict]:
    """(primario, secundario, terciario): lo que aporta cada carácter a cada nivel de la clave, para `str.translate`.
    En el secundario cada elemento termina en _SIN_MARCA, como en `_clave_larga`."""
    primario, secundario, terciario = {}, {}, {}
    for codigo in [*range(0x80), *_RAPIDOS]:
        elementos = _elementos_de(chr(codigo), enie_propia)
        primario[codigo] = "".join(peso for peso, _, _ in elementos)
        secundario[codigo] = "".join("".join(_PESO_MARCA.get(m, m) for m in marcas) + _SIN_MARCA
                                     for _, marcas, _ in elementos)
        terciario[codigo] = "".join(caso for _, _, caso in elementos)
    return primario, secundario, terciario


@lru_cache(maxsize=65536)   # la ventana reordena la misma tabla una y otra vez: cada nombre se arma una vez
def _clave_larga(texto: str, enie_propia: bool) -> tuple[str, str, str, str]:
    primario, secundario, terciario = [], [], []
    # NFC primero: una letra escrita como base + marca combinante se trata igual que la precompuesta.
    for caracter in unicodedata.normalize("NFC", texto):
        if _es_marca(caracter):  # una marca suelta que no se compuso (la g̃ guaraní): se suma a la letra anterior
            if secundario:
                secundario[-1] += _PESO_MARCA.get(caracter, caracter)
            continue
        for peso, marcas, caso in _elementos_de(caracter, enie_propia):
            primario.append(peso)
            secundario.append("".join(_PESO_MARCA.get(m, m) for m in marcas))
            terciario.append(caso)
    # Cada letra del secundario termina en _SIN_MARCA: a igual letra, «a» (sin marcas) va antes que «á».
    return ("".join(primario), "".join(m + _SIN_MARCA for m in secundario).rstrip(_SIN_MARCA),
            "".join(terciario).rstrip("\x01"), texto)


def clave_en(idioma: str) -> Callable[[object], tuple[str, str, str, str]]:
    """`clave_de_orden` fijada a un idioma, para `sorted(…, key=clave_en("pt"))`."""
    return lambda texto: clave_de_orden(texto, idioma)


def clave_en_curso(texto: object) -> tuple[str, str, str, str]:
    """`clave_de_orden` en el idioma en curso de `traducir`: el del documento que se está escribiendo (el de la
    asociación, salvo que se pida otro). Para los documentos que ordenan lo que reciben (la convocatoria, la
    composición de un órgano); los servicios ordenan con el idioma de la asociación (`servicios.orden_alfabetico`)."""
    return clave_de_orden(texto, idioma_en_curso()[:2])
