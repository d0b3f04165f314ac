"""La página de las cabezas de la cadena que mostró el sitio (`anclas.html`), en el idioma del sitio, y su archivo
para programas (`anclas.json`, uno solo, en la raíz): ver dominio/anclas.py."""

from __future__ import annotations

from escritorio.dominio import formato
from escritorio.dominio.anclas import ARCHIVO_DE_ANCLAS, PAGINA_DE_ANCLAS, AnclasPublicadas
from escritorio.dominio.traduccion import traducir

from .paginas import Pagina, marco, relativa, t, tabla


def pagina_de_anclas(anclas: AnclasPublicadas, *, idioma: str, idiomas: list[str], asociacion: str,
                     prefijo: str) -> bytes:
    """`anclas.html`: cada cabeza publicada, de la más nueva a la más vieja, y cómo comprobarlas."""
    explicacion = traducir(
        "Cada vez que la asociación publica este sitio, agrega aquí la cabeza de la cadena de sellos de su bitácora: "
        "el número del último sello y su huella SHA-256, que resume todos los cambios registrados hasta ese momento. "
        "La lista solo crece: ninguna publicación quita una cabeza ya mostrada.")
    como = traducir(
        "Si alguien cambiara por fuera del programa un registro ya sellado, o volviera la base a una copia más vieja, "
        "la cadena dejaría de tener estas cabezas con estas huellas. Cualquiera puede guardar esta página o su "
        "archivo para programas; la asociación lo comprueba con «escritorio verificar --ancla» seguido de la "
        "dirección de este sitio, y el programa no vuelve a publicar aquí una cadena que no las tenga.")
    filas = [[t(formato.numero(c.sello)),
              t(formato.fecha(c.publicada_en[:10]) if c.publicada_en[:10] else ""),
              # data-sello: quien guarda la página la puede comprobar con «verificar --ancla anclas.html»
              f'<code class="huella" data-sello="{c.sello}">{t(c.huella)}</code>'] for c in reversed(anclas.cabezas)]
    json_desde_aqui = relativa(prefijo + PAGINA_DE_ANCLAS, ARCHIVO_DE_ANCLAS)
    cuerpo = "\n".join([
        f"<p>{t(explicacion)}</p>",
        tabla([traducir("Sello"), traducir("Publicada el"), traducir("Huella SHA-256")], filas,
              titulo=traducir("Cabezas publicadas, la más nueva primero")),
        f"<p>{t(como)}</p>",
        f'<p>{t(traducir("Para programas: "))}<a href="{t(json_desde_aqui)}">{t(ARCHIVO_DE_ANCLAS)}</a></p>'])
    pagina = Pagina(PAGINA_DE_ANCLAS, traducir("La cadena de la bitácora publicada"), cuerpo)
    return marco(pagina, idioma=idioma, asociacion=asociacion, idiomas=idiomas).encode("utf-8")
