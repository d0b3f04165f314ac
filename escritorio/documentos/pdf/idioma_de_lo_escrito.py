"""El idioma de lo escrito en un PDF etiquetado (issue 62 §5, como el sitio): un acta, una norma… que salen en
portugués de una asociación que escribe en castellano llevan, tal como está guardado, su texto en castellano (la
apertura, los artículos, el nombre del órgano). El elemento de estructura que lo contiene lleva su propio /Lang
(ISO 32000-1 §14.9.2), para que un lector de pantalla no lo lea con la voz del documento; las palabras del programa
(rótulos, títulos que pone el programa) heredan el /Lang del documento.

La regla es la del sitio (`sitio.idioma_del_texto.en_su_idioma`): un texto guardado en otro idioma que el del
documento es un `Escrito` con su idioma. Quien escribe el documento lo envuelve con `escrito(texto, idioma)`;
`estatuto.parrafo` y `estatuto.parrafos` pasan ese idioma al párrafo (`marcar`), y `etiquetas.Estructura` al
elemento (P, LBody, TD) que lo dibuja, si todo su texto es guardado. Un párrafo que mezcla palabras del programa con
texto guardado («Artigo 13 — Consejo», «Maioria exigida pela regra: Dos tercios…») queda en el idioma del documento,
y el pasaje guardado lleva el suyo en el contenido marcado (ISO 32000-1 §14.9.2.2: `/Span <</Lang (es)>> BDC … EMC`
dentro del párrafo, sin elemento propio): `en_el_parrafo` lo envuelve al armar el marcado del párrafo
(`estatuto.texto_pdf`), y el lienzo (`fuentes.Lienzo`, con `registrar_en`) abre y cierra la marca justo ahí, en el
renglón que se está escribiendo.
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


def como(texto: str, original: object) -> object:
    """`texto` (sacado de `original`: recortado, sin el punto final) con el idioma de `original` si lo tiene."""
    return Escrito(texto, original.idioma) if isinstance(original, Escrito) and texto else texto


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


# Los nombres de las marcas <onDraw> del marcado de un Paragraph que abren y cierran el idioma de un pasaje.
_ABRIR, _CERRAR = "abrir_idioma", "cerrar_idioma"


def en_el_parrafo(marcado: str, texto: object) -> str:
    """`marcado` (el de un Paragraph, ya escapado) envuelto en el idioma de `texto` si es un `Escrito` en otro."""
    idioma = etiqueta(texto)
    if not idioma or not marcado:
        return marcado
    return f'<onDraw name="{_ABRIR}" label="{idioma}"/>{marcado}<onDraw name="{_CERRAR}"/>'


def registrar_en(lienzo) -> None:
    """Las marcas de `en_el_parrafo`, en un lienzo: sin ellas reportlab no dibuja el párrafo."""
    lienzo.setNamedCB(_ABRIR, _abrir)
    lienzo.setNamedCB(_CERRAR, _cerrar)


def _abrir(lienzo, _clase, idioma: str) -> None:
    renglon = lienzo._curr_tx_info["tx"]   # el objeto de texto del párrafo que se está escribiendo
    abiertos = renglon.__dict__.setdefault("idiomas_abiertos", [])
    # Si el elemento que se dibuja ya lleva ese idioma entero (un párrafo todo guardado), la marca sobra.
    estructura = getattr(lienzo, "estructura", None)
    redundante = bool(estructura and estructura.abiertos and estructura.abiertos[-1].idioma == idioma)
    if not redundante:
        renglon._code.append(f"/Span <</Lang ({idioma})>> BDC")
    abiertos.append(not redundante)


def _cerrar(lienzo, _clase, _rotulo) -> None:
    abiertos = lienzo._curr_tx_info["tx"].__dict__.get("idiomas_abiertos")
    if abiertos and abiertos.pop():   # sin abrir: la primera parte de un párrafo partido lo abrió en otra página
        lienzo._curr_tx_info["tx"]._code.append("EMC")


def cerrar_pendientes(renglon) -> None:
    """Cierra lo que quedó abierto al terminar un objeto de texto (un párrafo partido entre páginas)."""
    abiertos = renglon.__dict__.pop("idiomas_abiertos", None) or []
    renglon._code.extend("EMC" for marcado in abiertos if marcado)
