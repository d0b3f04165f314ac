"""Las palabras del programa en el idioma en curso: `traducir("Acta N.º {0}").format(numero)`.

El castellano es el idioma fuente: un texto se escribe en castellano y `traducir` lo devuelve en el idioma en
curso, o tal cual si no hay traducción. Lo que escribió la secretaría (nombres, títulos, resúmenes) no pasa por
aquí: solo las palabras del programa.

El idioma en curso es el del proceso (la ventana fija el suyo al abrirse) salvo donde un bloque pide otro
(`idiomas.en_idioma`: los documentos, en el idioma de la asociación). Se guarda en una `ContextVar`, así que un
documento que se genera en un hilo de trabajo no cambia el idioma de la ventana.

El dominio no lee archivos: los catálogos los carga `idiomas` (capa 1), que instala aquí cómo buscarlos al
pedir un idioma que no es el castellano. `extraer.py` junta cada `traducir("…")` en los catálogos `.ts`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextvars import ContextVar

FUENTE = "es"
# Los idiomas en que se escriben los documentos (los oficiales de las redes): código -> nombre en su idioma.
IDIOMAS_DE_DOCUMENTOS = {"es": "Español", "pt": "Português"}
CONTEXTO = "Escritorio"   # el mismo que el `tr()` de la ventana: una traducción para el mismo texto

_pedido: ContextVar[str | None] = ContextVar("idioma_pedido", default=None)
_del_proceso = FUENTE
_catalogo: Callable[[str], Mapping[tuple[str, str], str]] | None = None
_codigos: tuple[str, ...] = ()   # los catálogos que hay, además del castellano


def idioma_en_curso() -> str:
    """El código del catálogo en curso: «es», «pt_BR» o «en»."""
    return _pedido.get() or _del_proceso


def hay_idioma_pedido() -> bool:
    """¿Corre dentro de un bloque que pidió su idioma (un documento: `idiomas.en_idioma`)?"""
    return _pedido.get() is not None


def traducir(texto: str, contexto: str = CONTEXTO) -> str:
    codigo = idioma_en_curso()
    if codigo == FUENTE or _catalogo is None or not texto:
        return texto
    return _catalogo(codigo).get((contexto, texto), texto)


def instalar_catalogo(buscar: Callable[[str], Mapping[tuple[str, str], str]], codigos: tuple[str, ...] = ()) -> None:
    """`buscar(codigo)` -> {(contexto, texto fuente): traducción}; `codigos`, los catálogos que hay. Lo llama
    `idiomas` al cargarse."""
    global _catalogo, _codigos
    _catalogo, _codigos = buscar, tuple(codigos)


def catalogos_instalados() -> tuple[str, ...]:
    return _codigos if _catalogo is not None else ()


def en_cada_catalogo(texto: str, contexto: str = CONTEXTO) -> list[str]:
    """El texto y cada traducción que tiene, sin repetir (el castellano primero): para reconocer lo que el programa
    escribió en cualquiera de sus idiomas, p. ej. el encabezado «População» de un padrón exportado en portugués."""
    formas = [texto]
    for codigo in _codigos if _catalogo is not None else ():
        formas.append(_catalogo(codigo).get((contexto, texto), texto))
    return list(dict.fromkeys(formas))


def fijar_del_proceso(codigo: str) -> None:
    global _del_proceso
    _del_proceso = codigo


def pedir(codigo: str | None):
    """Pide un idioma en el contexto actual; devuelve la ficha con que `devolver` lo deja como estaba."""
    return _pedido.set(codigo)


def devolver(ficha) -> None:
    _pedido.reset(ficha)
