"""Lo guardado, tal como se imprime o se exporta: visible, sin caracteres que rompan el archivo y de largo acotado.

La entrada (`dominio.entrada`) ya no deja guardar caracteres de control ni textos desmedidos, pero una base de
una versión anterior puede tenerlos: un BEL en un nombre importado de una planilla, un U+202E que da vuelta
el texto, un nombre de 100.000 caracteres. Ningún documento debe fallar por eso ni esconderlo. La regla,
única para el Excel, el PDF y la consola, es:

- Cada carácter invisible o que no se puede escribir ni imprimir se muestra con su código entre corchetes:
  «Villa\\x07Campana» se ve «Villa[U+0007]Campana». Son los de control (NUL, BEL, BS, ESC, DEL y los C1),
  las mitades sueltas de pares sustitutos (bytes que no eran texto), los no-caracteres (U+FFFE, U+FFFF…),
  los de uso privado, los de control de dirección (U+202A–U+202E, U+2066–U+2069, que darían vuelta lo que
  sigue), la marca de orden de bytes (U+FEFF) y el carácter de reemplazo (U+FFFD, que dejan los bytes que
  no eran texto; en el PDF saldría como un cuadro negro). No se pierde nada: el código dice exactamente qué
  había, se puede buscar en la planilla y no cambia el orden ni el aspecto del resto.
- Los saltos de línea, en un campo de una sola línea (una celda de Excel, un renglón de una tabla), se ven
  como «¶»; en un texto de varias líneas (`lineas=True`: el cuerpo de un acta, un párrafo) siguen siendo
  saltos. El tabulador, en una línea, es un carácter invisible más ([U+0009]); en varias líneas, se queda.
- Un texto más largo que el máximo del lugar se recorta y termina con una marca visible:
  «… [recortado: tenía 100.011 caracteres]». En Excel el máximo es el de una celda (32.767 caracteres);
  en un PDF, `LARGO_EN_DOCUMENTO` para un dato dentro de una tabla, una ficha o una lista.

Las marcas son «¶», «…», corchetes y cifras a propósito: los PDF ya no tienen el límite de WinAnsi (llevan
incrustadas las fuentes Liberation, `documentos/pdf/fuentes.py`), pero la misma marca sirve en una celda de
Excel, en la consola de Windows y en cualquier fuente que abra el archivo; un símbolo como ␇ faltaría en
muchas de ellas.
"""

from __future__ import annotations

import re

from ..dominio import formato

# Un dato (nombre, región, referencia…) dentro de una tabla, ficha o lista de un PDF. Lo que se admite al
# escribir cabe entero (`dominio.entrada`: LARGO_NOMBRE, LARGO_CORTO = 500); lo que viene de antes, no siempre.
LARGO_EN_DOCUMENTO = 500
# Una frase armada con varios datos en un PDF (la introducción de una convocatoria, una constancia).
LARGO_FRASE_EN_DOCUMENTO = 5_000
# Un párrafo de un texto largo en un PDF (resumen de un punto, apertura de un acta, artículo de un estatuto).
LARGO_PARRAFO_EN_DOCUMENTO = 100_000
SALTO_VISIBLE = "¶"

_SALTOS = "\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]"
_INVISIBLES = ("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufeff\ufffd\ue000-\uf8ff"
               "\u202a-\u202e\u2066-\u2069\U000f0000-\U0010ffff"
               + "".join(f"\\U{plano:04X}FFFE\\U{plano:04X}FFFF" for plano in range(0x11)) + "]")
_RARO_EN_LINEA = re.compile(f"{_SALTOS}|\t|{_INVISIBLES}")
_RARO_EN_LINEAS = re.compile(f"{_SALTOS}|{_INVISIBLES}")
_ES_SALTO = re.compile(_SALTOS)
_NOTACION_PARTIDA = re.compile(r"\[(U(\+[0-9A-F]{0,6})?)?$")


def _notacion(caracter: str) -> str:
    return f"[U+{ord(caracter):04X}]"


def _en_linea(encontrado: re.Match) -> str:
    caracter = encontrado.group()
    return SALTO_VISIBLE if _ES_SALTO.fullmatch(caracter) else _notacion(caracter)


def _en_lineas(encontrado: re.Match) -> str:
    caracter = encontrado.group()
    return "\n" if _ES_SALTO.fullmatch(caracter) else _notacion(caracter)


def visible(valor: object, *, lineas: bool = False) -> str:
    """`valor` como texto visible según la regla del módulo. `lineas`: el lugar admite varias líneas."""
    if valor is None:
        return ""
    texto = valor if isinstance(valor, str) else str(valor)
    if texto.isprintable() and "\ufffd" not in texto:  # casi todos: ni control, ni formato, ni saltos…
        return texto
    if lineas:
        return _RARO_EN_LINEAS.sub(_en_lineas, texto) if _RARO_EN_LINEAS.search(texto) else texto
    return _RARO_EN_LINEA.sub(_en_linea, texto) if _RARO_EN_LINEA.search(texto) else texto


def _miles(numero: int) -> str:
    return formato.numero(numero)


def marca_de_recorte(largo_original: int) -> str:
    return f"… [recortado: tenía {_miles(largo_original)} caracteres]"


def recortar(texto: str, maximo: int, *, largo_original: int | None = None) -> str:
    """`texto` si tiene hasta `maximo` caracteres (y no viene ya recortado: `largo_original` mayor que
    `maximo`); si no, su comienzo y la marca de recorte, en `maximo` caracteres en total. El corte no parte
    una notación [U+XXXX] por la mitad."""
    if len(texto) <= maximo and (largo_original or 0) <= maximo:
        return texto
    marca = marca_de_recorte(largo_original if largo_original and largo_original > maximo else len(texto))
    inicio = _NOTACION_PARTIDA.sub("", texto[: max(0, maximo - len(marca))])
    return inicio + marca


def visible_recortado(valor: object, maximo: int = LARGO_EN_DOCUMENTO, *, lineas: bool = False) -> str:
    """`visible` y luego `recortar`: el dato listo para un documento. Se mira solo el comienzo que puede
    verse, sin recorrer los 100.000 caracteres de un texto del que se verá el comienzo."""
    texto = "" if valor is None else (valor if isinstance(valor, str) else str(valor))
    return recortar(visible(texto[:maximo], lineas=lineas), maximo, largo_original=len(texto))


def abreviar(valor: object, largo: int) -> str:
    """`visible` en una línea y, si no cabe en `largo`, su comienzo con «…» (sin partir una notación
    [U+XXXX]): para un listado en la consola o un detalle de la bitácora, donde se ve un trozo."""
    texto = visible(("" if valor is None else str(valor))[: largo * 10 + 1])
    if len(texto) <= largo:
        return texto
    return _NOTACION_PARTIDA.sub("", texto[: largo - 1]) + "…"


def es_cifra(valor: object) -> bool:
    """True si `valor` es un entero (no un texto ni un booleano). SQLite guarda texto en una columna de cifras
    si se lo dan («mucho», «١٢٣» de una versión anterior): no se suma ni se le da formato de número."""
    return isinstance(valor, int) and not isinstance(valor, bool)


def cifra(valor: object) -> str:
    """1234567 -> «1.234.567» (`dominio.formato.numero`, en el idioma en curso); lo que no es un entero, visible tal
    como está guardado."""
    return formato.numero(valor) if es_cifra(valor) else visible(valor)
