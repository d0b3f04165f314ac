"""Lo que una persona escribe (en un formulario, una planilla o un argumento) antes de guardarse.

Una sola regla para la ventana, la importación y la línea de órdenes: cada función devuelve el valor limpio
o lanza ValueError con el motivo en castellano y cómo corregirlo («tiene un carácter de control invisible
(U+0007) en la posición 6; bórrelo…»). Quien llama antepone el lugar: «Nombre: …», «fila 3, columna Nombre: …».
"""

import re
import unicodedata
from datetime import date
from functools import lru_cache

from . import formato
from .traduccion import traducir

# Largos máximos, en caracteres. Un nombre de 100.000 caracteres no es un nombre: es un error de copia.
LARGO_NOMBRE = 200        # nombres de miembros, asociaciones, órganos, personas, regiones
LARGO_CORTO = 500         # motivo, referencia, cargo, fuente, correo, teléfono, lugar
LARGO_LARGO = 20_000      # resumen de un punto, observaciones
LARGO_DOCUMENTO = 1_000_000  # texto de un acta o de un estatuto

# Fechas: ni el año 0001 (un recibo «0001/1») ni el 9999. Las históricas (fundación, ingreso) desde 1800.
FECHA_MINIMA = date(1900, 1, 1)
FECHA_MINIMA_HISTORICA = date(1800, 1, 1)
ANIOS_HACIA_ADELANTE = 10  # una sesión o una escala se pueden preparar con esta anticipación

# Caracteres de formato que reordenan lo que se ve sin verse ellos mismos (el ataque «Trojan Source»):
# un acta impresa no debe decir otra cosa que lo que se guardó.
_CONTROL_DE_DIRECCION = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
# Los de unión (ZWNJ, ZWJ) son parte de la escritura de algunas lenguas y de los emoji: se admiten.
_UNIONES = {0x200C, 0x200D}
_SALTOS = {"\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"}
# Lo que un texto de varias líneas admite aunque no sea imprimible (lo que `caracter_prohibido` saltea en él).
_SIN_SALTOS_ADMITIDOS = str.maketrans("", "", "\n\r\t")


def _nombre_caracter(caracter: str) -> str:
    """El carácter como se nombra en un mensaje («tiene un tabulador …»), en el idioma en curso."""
    if caracter == "\t":
        return traducir("un tabulador")
    if caracter == "\n":
        return traducir("un salto de línea")
    if caracter == "\r":
        return traducir("un retorno de carro")
    if caracter == "\x00":
        return traducir("un carácter nulo")
    return traducir("un carácter de control invisible")


def caracter_prohibido(texto: str, *, multilinea: bool = False) -> tuple[int, str] | None:
    """La primera (posición desde 1, motivo) de un carácter que no se puede guardar en `texto`; None si no hay.

    Se rechazan los de control (NUL, BEL, BS, ESC…), las mitades de pares sustitutos (bytes que no eran
    texto), los no-caracteres (U+FFFE, U+FFFF…), los de uso privado, los de control de dirección y la marca
    de orden de bytes; los saltos de línea y el tabulador solo donde el campo admite varias líneas.
    """
    if texto.isprintable():  # sin ninguno de Cc, Cf, Cs, Co, Cn, Zl, Zp (ni espacios raros): nada que buscar
        return None
    if multilinea and texto.translate(_SIN_SALTOS_ADMITIDOS).isprintable():
        return None   # solo saltos de línea y tabuladores, que aquí se admiten: un estatuto entero, sin recorrerlo
    for posicion, caracter in enumerate(texto, start=1):
        punto = ord(caracter)
        categoria = unicodedata.category(caracter)
        if caracter in _SALTOS or caracter == "\t":
            if multilinea and caracter in ("\n", "\r", "\t"):
                continue
            if not multilinea:
                return posicion, traducir("tiene {0} (posición {1}); escríbalo en una sola línea").format(
                    _nombre_caracter(caracter), posicion)
        if categoria == "Cc":
            return posicion, traducir("tiene {0} (U+{1:04X}, posición {2}); bórrelo y vuelva a escribir esa parte "
                                      "del texto").format(_nombre_caracter(caracter), punto, posicion)
        if categoria == "Cs":
            return posicion, traducir("tiene bytes que no son texto (posición {0}); vuelva a escribirlo o guarde el "
                                      "archivo como UTF-8").format(posicion)
        if categoria == "Co" or (punto & 0xFFFE) == 0xFFFE or 0xFDD0 <= punto <= 0xFDEF:
            return posicion, traducir("tiene un carácter que no se puede mostrar (U+{0:04X}, posición {1}); "
                                      "bórrelo").format(punto, posicion)
        if punto in _CONTROL_DE_DIRECCION or punto == 0xFEFF:
            return posicion, traducir("tiene un carácter invisible que cambia el orden en que se ve el texto "
                                      "(U+{0:04X}, posición {1}); bórrelo").format(punto, posicion)
        if categoria == "Cf" and punto not in _UNIONES and not multilinea:
            # En un dato de una línea (un nombre, un código), el espacio de ancho cero, el guion opcional, las
            # marcas de dirección LRM/RLM: invisibles, suelen venir de copiar de una página web o de Word, y
            # hacen que «Rosario» y «Rosario\u200b» parezcan el mismo. En un texto largo (un acta pegada de
            # Word, con sus guiones opcionales) no molestan.
            return posicion, traducir("tiene un carácter invisible (U+{0:04X}, posición {1}), de los que quedan al "
                                      "copiar de una página web o de Word; bórrelo o vuelva a escribir esa parte del "
                                      "texto").format(punto, posicion)
    return None


# Los espacios de los bordes, salvo los de control que Python también cuenta como espacio (VT, FF, los separadores
# U+001C–U+001F, NEL): esos no se recortan en silencio, se rechazan como cualquier otro carácter de control.
_BORDES = re.compile(r"^[^\S\x0b\x0c\x1c-\x1f\x85]+|[^\S\x0b\x0c\x1c-\x1f\x85]+$")


def texto(valor: object, *, maximo: int = LARGO_NOMBRE, multilinea: bool = False, obligatorio: bool = True) -> str | None:
    """El texto tal como se guarda: sin espacios en los bordes, en forma Unicode compuesta (NFC, para que
    «São» escrito de dos maneras sea el mismo), sin caracteres prohibidos y no más largo que `maximo`.

    Vacío: ValueError si es obligatorio, None si no.
    """
    if valor is None:
        crudo = ""
    elif isinstance(valor, str):
        crudo = valor
    else:
        crudo = str(valor)
    limpio = unicodedata.normalize("NFC", crudo.strip(" \t\r\n\u00a0" if multilinea else " \u00a0"))
    if not multilinea:
        limpio = _BORDES.sub("", limpio)
    if not _BORDES.sub("", limpio):
        if obligatorio:
            raise ValueError(traducir("está vacío; escríbalo"))
        return None
    problema = caracter_prohibido(limpio, multilinea=multilinea)
    if problema is not None:
        raise ValueError(problema[1])
    if len(limpio) > maximo:
        raise ValueError(traducir("es demasiado largo ({0} caracteres; el máximo es {1}); acórtelo").format(
            formato.numero(len(limpio)), formato.numero(maximo)))
    return limpio


def texto_opcional(valor: object, *, maximo: int = LARGO_CORTO, multilinea: bool = False) -> str | None:
    return texto(valor, maximo=maximo, multilinea=multilinea, obligatorio=False)


def es_vacio(valor: object) -> bool:
    return valor is None or (isinstance(valor, str) and not valor.strip())


# --- cifras ------------------------------------------------------------------------------------

_SOLO_CIFRAS = re.compile(r"[0-9]+", re.ASCII)


def entero(valor: object, *, minimo: int, maximo: int, que: str | None = None) -> int:
    """Un entero escrito con cifras 0-9 (no «١٢٣» ni «１２３», que Python aceptaría y nadie pudo querer),
    entre `minimo` y `maximo`. `que`: lo que debía ser («un porcentaje»), ya en el idioma en curso (quien llama
    lo pasa por `traducir`); sin él, «un número entero»."""
    if que is None:
        que = traducir("un número entero")
    if isinstance(valor, bool):
        raise ValueError(traducir("no es {0}").format(que))
    if isinstance(valor, int):
        cifra = valor
    else:
        crudo = str(valor).strip()
        signo = -1 if crudo.startswith("-") else 1
        cuerpo = crudo[1:] if crudo[:1] in "+-" else crudo
        if not _SOLO_CIFRAS.fullmatch(cuerpo):
            raise ValueError(traducir("«{0}» no es {1}; escríbalo con cifras del 0 al 9").format(_muestra(crudo), que))
        if len(cuerpo) > 30:
            raise ValueError(traducir("«{0}» es demasiado grande; debe estar entre {1} y {2}").format(
                _muestra(crudo), minimo, maximo))
        cifra = signo * int(cuerpo)
    if not minimo <= cifra <= maximo:
        raise ValueError(traducir("{0} está fuera de lo posible; debe estar entre {1} y {2}").format(cifra, minimo, maximo))
    return cifra


def solo_cifras_ascii(texto_: str) -> bool:
    """True si todas las cifras de `texto_` son 0-9 (no árabes, devanagari ni de ancho completo)."""
    return all(not c.isdigit() or "0" <= c <= "9" for c in texto_)


def _muestra(texto_: str, largo: int = 40) -> str:
    """Un trozo del valor para citarlo en un mensaje, sin caracteres de control que ensucien la consola."""
    visible = "".join(c if c.isprintable() else "�" for c in texto_)
    return visible if len(visible) <= largo else visible[: largo - 1] + "…"


def muestra(valor: object, largo: int = 40) -> str:
    """El valor citable en un mensaje o en la tabla de errores: corto y sin caracteres invisibles."""
    return _muestra("" if valor is None else str(valor), largo)


def para_la_consola(texto_: str) -> str:
    """El texto con cada carácter de control (salvo el salto de línea y el tabulador: ESC, BEL, CSI de un byte,
    retorno de carro…) y cada control de dirección cambiado por «�», del mismo largo. Por aquí pasa lo que la CLI
    escribe en la terminal (cli.principal), para que un dato citado sin `muestra` (una ruta, una dirección, un
    nombre escrito en la base por fuera del programa) no mande secuencias ESC/OSC que la terminal ejecutaría. Lo
    demás (tildes, espacios duros, emoji) queda como estaba."""
    if texto_.isprintable():
        return texto_
    return "".join("�" if (unicodedata.category(c) == "Cc" and c not in "\n\t") or ord(c) in _CONTROL_DE_DIRECCION
                   else c for c in texto_)


# --- fechas y años ----------------------------------------------------------------------------

def fecha_en_rango(fecha: date, *, hoy: date, historica: bool = False, futura: bool = False) -> date:
    """Rechaza fechas imposibles para una secretaría: antes de 1900 (1800 si `historica`: una fundación, un
    ingreso) o en el futuro (o más de diez años adelante si `futura`: una sesión, una escala)."""
    desde = FECHA_MINIMA_HISTORICA if historica else FECHA_MINIMA
    if fecha < desde:
        raise ValueError(traducir("{0} es anterior a {1}; revise el año").format(formato.fecha(fecha),
                                                                                 formato.fecha(desde)))
    if futura:
        limite = date(hoy.year + ANIOS_HACIA_ADELANTE, 12, 31)
        if fecha > limite:
            raise ValueError(traducir("{0} está demasiado adelante (el límite es {1}); revise el año").format(
                formato.fecha(fecha), formato.fecha(limite)))
    elif fecha > hoy:
        raise ValueError(traducir("{0} está en el futuro").format(formato.fecha(fecha)))
    return fecha


def anio_en_rango(valor: object, *, hoy: date, adelante: int = 1, que: str | None = None) -> int:
    """Un año de trabajo (emitir cuotas, una escala): de 1900 al año en curso más `adelante`. `que`, como en
    `entero` (ya traducido); sin él, «el año»."""
    que = traducir("el año") if que is None else que
    return entero(valor, minimo=FECHA_MINIMA.year, maximo=hoy.year + adelante,
                  que=traducir("{0} (cuatro cifras, por ejemplo {1})").format(que, hoy.year))


# --- monedas ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def monedas_vigentes() -> frozenset[str]:
    """Los códigos ISO 4217 de las monedas de curso legal hoy en algún territorio (según CLDR, vía babel). Los
    territorios salen de los datos globales de babel, no de los nombres de una localización: cargar la española
    costaba ~5 ms en cada orden que valida una moneda, y da las mismas monedas; se leen sin importar babel
    (dominio/cldr.py: importarlo costaba otros ~15 ms)."""
    from .cldr import monedas_de_curso_legal

    return monedas_de_curso_legal(date.today())


def moneda(valor: object) -> str:
    """'usd' -> 'USD'. Solo códigos ISO 4217 de monedas vigentes; «dólares», «XYZ» o «A B» se rechazan."""
    codigo = "" if valor is None else str(valor).strip().upper()
    if not codigo:
        raise ValueError(traducir("falta la moneda; escriba su código ISO 4217 de tres letras (por ejemplo USD, ARS, "
                                  "BRL)"))
    if codigo not in monedas_vigentes():
        raise ValueError(traducir("«{0}» no es el código ISO 4217 de una moneda vigente; escriba tres letras, por "
                                  "ejemplo USD, EUR, ARS, BRL, UYU, CLP, PYG o MXN").format(_muestra(str(valor).strip())))
    return codigo
