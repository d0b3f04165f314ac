"""Comparación de textos tal como la hace una persona: sin mayúsculas ni acentos."""

import unicodedata


def normalizar(texto: object) -> str:
    """'  São  Paulo ' -> 'sao paulo'. Sirve para buscar y para emparejar, nunca para mostrar."""
    if texto is None:
        return ""
    texto = str(texto)
    if texto.isascii():  # el caso más común: no hay marcas que quitar
        return " ".join(texto.casefold().split())
    descompuesto = unicodedata.normalize("NFKD", str(texto))
    sin_marcas = "".join(c for c in descompuesto if not unicodedata.combining(c))
    return " ".join(sin_marcas.casefold().split())
