"""Comparación de textos tal como la hace una persona: sin mayúsculas ni acentos."""

import unicodedata

# Marcas combinantes (tildes, diéresis, cedillas…) que quedan sueltas tras la descomposición NFKD.
_RANGOS_MARCAS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))
_SIN_MARCAS = {cp: None for inicio, fin in _RANGOS_MARCAS for cp in range(inicio, fin + 1)
               if unicodedata.combining(chr(cp))}


def normalizar(texto: object) -> str:
    """'  São  Paulo ' -> 'sao paulo'. Sirve para buscar y para emparejar, nunca para mostrar."""
    if texto is None:
        return ""
    texto = str(texto)
    if not texto.isascii():
        texto = unicodedata.normalize("NFKD", texto).translate(_SIN_MARCAS)
    return " ".join(texto.casefold().split())

