"""El tamaño de un archivo dicho en el idioma en curso: «2,4 MB», «830 KB», «512 bytes» (coma decimal; «2.4 MB» en
inglés)."""

from . import formato

_KB = 1024
_MB = 1024 * 1024
_GB = 1024 * 1024 * 1024


def tamano_legible(bytes_: int) -> str:
    """512 -> '512 bytes'; 1536 -> '2 KB'; 2_516_582 -> '2,4 MB'; 3_221_225_472 -> '3,0 GB'.

    Un decimal en MB y GB; los KB sin decimales. Lo usan la ventana y la línea de órdenes."""
    if bytes_ < _KB:
        return "1 byte" if bytes_ == 1 else f"{bytes_} bytes"
    if round(bytes_ / _KB) < _KB:
        return f"{round(bytes_ / _KB)} KB"
    if round(bytes_ / _MB, 1) < _KB:
        return f"{formato.decimal(bytes_ / _MB, 1)} MB"
    return f"{formato.decimal(bytes_ / _GB, 1)} GB"
