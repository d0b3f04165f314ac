"""El idioma de lo escrito en un PDF etiquetado (issue 62 §5, como el sitio): un acta, una norma… que salen en
portugués de una asociación que escribe en castellano llevan, tal como está guardado, su texto en castellano (la
apertura, los artículos, el nombre del órgano). El elemento de estructura que lo contiene lleva su propio /Lang
(ISO 32000-1 §14.9.2), para que un lector de pantalla no lo lea con la voz del documento; las palabras del programa
(rótulos, títulos que pone el programa) heredan el /Lang del documento.

La regla es la del sitio (`sitio.idioma_del_texto.en_su_idioma`): un texto guardado en otro idioma que el del
documento es un `Escrito` con su idioma. Quien escribe el documento lo envuelve con `escrito(texto, idioma)`;
`estatuto.parrafo` y `estatuto.parrafos` pasan ese idioma al párrafo (`marcar`), y `etiquetas.Estructura` al
elemento (P, LBody, TD) que lo dibuja. Se marca el elemento entero, y solo si todo su texto es guardado: un párrafo
que mezcla un rótulo del programa con texto guardado («Artigo 13 — Consejo») queda en el idioma del documento.
"""

from __future__ import annotations

from escritorio.dominio.traduccion import idioma_en_curso
from escritorio.idiomas import CATALOGO_DE_DOCUMENTOS

from ..sitio.idioma_del_texto import Escrito, en_su_idioma

# El idioma de documentos («es», «pt») de cada catálogo, y la etiqueta BCP 47 que lleva el PDF (la misma que /Lang
# del documento: pdfa.idioma_del_documento).
_DEL_CATALOGO = {catalogo: idioma for idioma, catalogo in CATALOGO_DE_DOCUMENTOS.items()}
_ETIQUETAS = {"es": "es", "pt": "pt-BR"}


def idioma_del_documento() -> str:
    """El idioma de documentos en que se está escribiendo («es», «pt»; otro catálogo, su código)."""
    codigo = idioma_en_curso()
    return _DEL_CATALOGO.get(codigo, codigo)


def escrito(texto: object, idioma_del_texto: str | None) -> object:
    """`texto` (guardado, en `idioma_del_texto`) como `Escrito` si no es el idioma del documento en curso."""
    return en_su_idioma(texto, idioma_del_texto, idioma_del_documento())


def etiqueta(texto: object) -> str | None:
    """El /Lang de un `Escrito` («es», «pt-BR»); None para lo demás (hereda el del documento)."""
    if not isinstance(texto, Escrito):
        return None
    return _ETIQUETAS.get(texto.idioma, texto.idioma.replace("_", "-"))


def marcar(pieza, texto: object):
    """Le pone a `pieza` (un Paragraph) el idioma de `texto` si es un `Escrito`: `etiquetas.Estructura` lo lleva
    al elemento que la dibuja."""
    idioma = etiqueta(texto)
    if idioma:
        pieza._idioma = idioma
    return pieza


def recortado(texto: object) -> object:
    """`texto.strip()`, sin perder su idioma si es un `Escrito`."""
    recorte = str(texto or "").strip()
    return Escrito(recorte, texto.idioma) if isinstance(texto, Escrito) and recorte else recorte


def idioma_de(pieza) -> str | None:
    """El /Lang propio de una pieza de platypus (o de las de una celda, si todas lo tienen igual)."""
    if isinstance(pieza, (list, tuple)):
        idiomas = {idioma_de(p) for p in pieza}
        return idiomas.pop() if len(idiomas) == 1 else None
    return getattr(pieza, "_idioma", None)
