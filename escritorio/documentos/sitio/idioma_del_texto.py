"""El idioma de lo que el sitio muestra tal como está guardado (issue 62 §5): en la página portuguesa de un sitio de
una asociación que escribe en castellano, el texto del estatuto, los títulos de los puntos, lo que dice el acta
aprobada… siguen en castellano. Ese texto lleva su propio `lang` (WCAG 3.1.2, «idioma de las partes»), para que un
lector de pantalla lo lea con la voz de su idioma y un traductor no lo tome por portugués.

`Escrito` es un texto de la base con el idioma en que está escrito; `paginas.t` lo pone en un `<span lang>` y
`paginas.parrafos`, el `lang` en cada `<p>`. Solo se marca lo que está en otro idioma que la página: el sitio en el
idioma de la asociación no cambia.
"""

from __future__ import annotations

from html import escape


class Escrito(str):
    """Un texto guardado (lo escribió la secretaría, o lo congeló un acta aprobada) en `idioma`, que no es el de la
    página donde va."""

    idioma: str

    def __new__(cls, texto: str, idioma: str) -> Escrito:
        escrito = super().__new__(cls, texto)
        escrito.idioma = idioma
        return escrito


def en_su_idioma(texto: object, idioma_del_texto: str | None, idioma_de_la_pagina: str) -> object:
    """`texto` marcado como `Escrito` si está en otro idioma que la página (None o vacío: tal cual)."""
    if not texto or not idioma_del_texto or idioma_del_texto == idioma_de_la_pagina:
        return texto
    return Escrito(str(texto), idioma_del_texto)


def atributo_lang(texto: object) -> str:
    """« lang="es"» para un `Escrito`; vacío para lo demás."""
    return f' lang="{escape(texto.idioma)}"' if isinstance(texto, Escrito) else ""
