"""Escribir un documento en el archivo que eligió la persona: la ruta se revisa antes de generar nada y un error al
escribir dice qué hacer. Lo usan los informes y los documentos verificables."""

from pathlib import Path

from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..salida import no_se_puede_escribir


def destino_del_archivo(ruta: Path | str, extension: str, que: str) -> Path:
    """La ruta si sirve para escribir `que` («el acta», ya en el idioma en curso); si no, ErrorEscritorio."""
    from ..salida import comprobar_nombre

    ruta = comprobar_nombre(ruta, que)
    if ruta.suffix.lower() != extension:
        raise ErrorEscritorio(traducir("{0}: {1} se guarda como {2}; use esa extensión.").format(ruta.name, que,
                                                                                                extension))
    if not ruta.parent.is_dir():
        raise ErrorEscritorio(traducir("No existe la carpeta {0}; elija una carpeta existente.").format(ruta.parent))
    return ruta


def escribir_archivo(funcion, ruta: Path, *args, **kwargs):
    try:
        return funcion(ruta, *args, **kwargs)
    except OSError as error:
        raise ErrorEscritorio(no_se_puede_escribir(ruta, error)) from None
