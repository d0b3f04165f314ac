"""La salida de la CLI en una consola que no es UTF-8 (issue 84 §2): la cp850 o la cp1252 de Windows sin el modo
UTF-8, o `PYTHONIOENCODING=cp850`. Lo que la página de códigos no tiene sale como una letra que se lee, nunca como
un traceback: «ẽ» como «e», «№» como «No», «—» como «-» (la descomposición compatible de Unicode, sin sus marcas); lo
que no tiene equivalente, como «?». Los bytes de un argumento que no eran texto (los sustitutos que deja
surrogateescape) salen como \\xNN.
"""

import codecs
import sys
import unicodedata

ERRORES_LEGIBLES = "escritorio-legible"
# Lo que la descomposición no resuelve y una consola de Windows muestra mal; el resto, «?».
_EQUIVALENTES = {"—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "€": "EUR", "•": "*",
                 "«": '"', "»": '"'}


def _se_puede(texto: str, codificacion: str) -> bool:
    try:
        texto.encode(codificacion)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _equivalente(caracter: str, codificacion: str) -> str:
    if 0xDC80 <= ord(caracter) <= 0xDCFF:   # un byte que no era texto (surrogateescape)
        return f"\\x{ord(caracter) - 0xDC00:02x}"
    for candidato in (_EQUIVALENTES.get(caracter, ""), unicodedata.normalize("NFKC", caracter),
                      "".join(c for c in unicodedata.normalize("NFKD", caracter) if not unicodedata.combining(c))):
        if candidato and _se_puede(candidato, codificacion):
            return candidato
    return "?"


def _legible(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    trozo = error.object[error.start:error.end]
    return "".join(_equivalente(c, error.encoding) for c in trozo), error.end


codecs.register_error(ERRORES_LEGIBLES, _legible)


def preparar_la_consola() -> None:
    """La salida y los errores con `ERRORES_LEGIBLES`: lo que la consola no puede mostrar se sustituye, no rompe."""
    for flujo in (sys.stdout, sys.stderr):
        if hasattr(flujo, "reconfigure"):
            flujo.reconfigure(errors=ERRORES_LEGIBLES)
