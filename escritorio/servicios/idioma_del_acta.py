"""En qué idioma está escrito el texto de un acta: el borrador se arma en el idioma en que se pide; la aprobada quedó
congelada en el idioma de los documentos del día en que se aprobó, que no se guardó aparte. Lo dice su propio
título: «XXXII sesión extraordinaria — …» o «XXXII sessão extraordinária — …» (dominio.sesiones.titulo_de_la_sesion,
que lo escribió al armarla)."""

from __future__ import annotations

from ..dominio.sesiones import titulo_de_la_sesion
from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from ..idiomas.traduccion import en_idioma


def idioma_del_acta(contenido) -> str | None:
    """El idioma de documentos (es, pt) en que se escribió `contenido` (servicios.actas.ContenidoActa); None si su
    título no es el de ninguno (un tipo de sesión sin título propio)."""
    for idioma in IDIOMAS_DE_DOCUMENTOS:
        with en_idioma(idioma):
            if titulo_de_la_sesion(contenido.numero, contenido.tipo, contenido.organo) == contenido.titulo:
                return idioma
    return None
