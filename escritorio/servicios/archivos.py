"""Escribir un documento en el archivo que eligió la persona: la ruta se revisa antes de generar nada y un error al
escribir dice qué hacer. Lo usan los informes y los documentos verificables."""

from pathlib import Path

from ..errores import ErrorEscritorio
from ..salida import motivo_del_sistema


def destino_del_archivo(ruta: Path | str, extension: str, que: str) -> Path:
    ruta = Path(ruta)
    if ruta.suffix.lower() != extension:
        raise ErrorEscritorio(f"{ruta.name}: {que} se guarda como {extension}; use esa extensión.")
    if not ruta.parent.is_dir():
        raise ErrorEscritorio(f"No existe la carpeta {ruta.parent}; elija una carpeta existente.")
    return ruta


def escribir_archivo(funcion, ruta: Path, *args, **kwargs):
    try:
        return funcion(ruta, *args, **kwargs)
    except OSError as error:
        raise ErrorEscritorio(
            f"No se puede escribir {ruta} ({motivo_del_sistema(error)}). Si el archivo está abierto en otro programa, "
            "ciérrelo; si la carpeta es de solo lectura, elija otra.") from None
