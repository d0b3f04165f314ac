"""Los catálogos `.ts` al servicio de `dominio.traduccion`, y los bloques en otro idioma.

`en_idioma("pt_BR")` hace que todo `traducir(…)` dentro del bloque (y de lo que llame) salga en portugués: así se
escribe un documento en el idioma de la asociación sin cambiar el de la ventana. Un catálogo se lee una vez por
proceso, la primera vez que se pide ese idioma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from ..dominio import traduccion
from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from . import CATALOGO_DE_DOCUMENTOS, IDIOMAS_DE_LA_INTERFAZ
from .catalogo import carpeta_traducciones, leer_ts


@lru_cache(maxsize=None)
def _catalogo(codigo: str) -> dict[tuple[str, str], str]:
    ruta = carpeta_traducciones() / f"escritorio_{codigo}.ts"
    return leer_ts(ruta) if ruta.is_file() else {}


traduccion.instalar_catalogo(_catalogo, tuple(c for c in IDIOMAS_DE_LA_INTERFAZ if c != traduccion.FUENTE))


def codigo_de_catalogo(idioma: str) -> str:
    """«pt» (idioma de documentos) -> «pt_BR»; «es», «pt_BR» y «en» quedan igual. ValueError si no hay catálogo."""
    codigo = CATALOGO_DE_DOCUMENTOS.get(idioma, idioma)
    if codigo not in IDIOMAS_DE_LA_INTERFAZ:
        raise ValueError(f"«{idioma}» no es un idioma de Escritorio")
    return codigo


@contextmanager
def en_idioma(idioma: str) -> Iterator[None]:
    ficha = traduccion.pedir(codigo_de_catalogo(idioma))
    try:
        yield
    finally:
        traduccion.devolver(ficha)


def fijar_idioma_del_proceso(idioma: str) -> None:
    """El idioma de lo que el programa dice fuera de los documentos (la ventana, al abrirse: el suyo)."""
    traduccion.fijar_del_proceso(codigo_de_catalogo(idioma))


def en_cada_idioma(armar: Callable[[], str]) -> list[str]:
    """Lo que `armar()` dice en cada idioma de documentos, sin repetir; el primero, el castellano. Lo usa lo que un
    documento afirma para verificarlo: una reimpresión en el otro idioma verifica igual."""
    valores = []
    for idioma in IDIOMAS_DE_DOCUMENTOS:
        with en_idioma(idioma):
            valores.append(armar())
    return list(dict.fromkeys(valores))
