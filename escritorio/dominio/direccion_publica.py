"""La dirección pública de verificación de una asociación y la página de verificación de cada documento.

La asociación puede fijar la dirección base de su sitio (p. ej. https://mercociudades.org/escritorio). Desde
entonces el QR de cada documento verificable que se imprime lleva la dirección de la página de verificación de ese
documento, que arma `direccion_de_verificacion(base, codigo)`:

    {base}/verificar/{codigo}.html    https://mercociudades.org/escritorio/verificar/7K2M-QX4P-9D0B.html

con el código en su forma impresa (mayúsculas y guiones). El sitio de transparencia (issue 45) escribe cada página
con esta misma función: la forma de la dirección vive solo aquí. Un archivo .html en una carpeta sirve igual desde
cualquier alojamiento, desde una carpeta compartida o desde un pendrive.

La base se guarda limpia (`leer_direccion_publica`): http o https, sin espacios, sin «?» ni «#», sin barra final,
el dominio en minúsculas (uno con acentos, en su forma ASCII «xn--…», la que entiende cualquier lector de QR) y no
más larga que LARGO_MAXIMO (para que el QR se lea; ver abajo).

Quien verifica puede traer el código impreso o lo que leyó del QR, viejo (solo el código) o nuevo (la dirección de
la página): `codigo_de_lo_leido` acepta los dos.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit

from . import entrada
from .traduccion import traducir
from .verificacion import LARGO, normalizar_codigo

CARPETA = "verificar"
EXTENSION = ".html"
# Lo que la página agrega a la base: «/verificar/» + el código impreso (12 letras y 2 guiones) + «.html».
_LARGO_AGREGADO = len(f"/{CARPETA}/") + LARGO + 2 + len(EXTENSION)
# El QR con la dirección va en la versión 4 con corrección L (33×33 módulos, hasta 78 bytes): impreso de 29 mm se
# lee también de una imagen a 70 dpi (documentos/pdf/verificacion.py, tests/documentos/test_direccion_publica_pdf.py).
# Una dirección más larga pasaría a la versión 5 (37 módulos), que a ese tamaño ya no se lee con seguridad.
LARGO_MAXIMO_QR = 78
LARGO_MAXIMO = LARGO_MAXIMO_QR - _LARGO_AGREGADO   # 48 caracteres para la base
_PAGINAS = re.compile(r"\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)
_DOMINIO = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+")
# Lo que puede ir tal cual en la ruta de una dirección (RFC 3986, más «%» de lo ya codificado).
_SEGURO_EN_LA_RUTA = "/%:@!$&'()*+,;=-._~"


def direccion_de_verificacion(base: str, codigo: str) -> str:
    """La página de verificación del documento de código `codigo` en el sitio de dirección `base` (ya limpia, sin
    barra final): «https://…/verificar/7K2M-QX4P-9D0B.html». La usan el QR de los documentos y el sitio."""
    return f"{base}/{CARPETA}/{codigo}{EXTENSION}"


def _no_sirve(valor: str, motivo: str) -> ValueError:
    return ValueError(traducir("«{0}» no sirve: {1}").format(entrada.muestra(valor, 60), motivo))


def leer_direccion_publica(valor: object) -> str | None:
    """La dirección base del sitio de la asociación, limpia para guardarla: «https://Mercociudades.org/escritorio/ »
    -> «https://mercociudades.org/escritorio». Vacía: None (sin dirección pública). ValueError con el motivo y
    cómo arreglarlo si no sirve."""
    limpio = entrada.texto(valor, maximo=entrada.LARGO_CORTO, obligatorio=False)
    if limpio is None:
        return None
    if re.search(r"\s", limpio):
        raise _no_sirve(limpio, traducir("tiene espacios; una dirección web se escribe sin espacios, por ejemplo "
                                         "https://mercociudades.org/escritorio"))
    esquema = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", limpio)
    resto = limpio[esquema.end():] if esquema else limpio
    if esquema is None or not resto.startswith("//"):
        web = esquema is not None and esquema.group(1).lower() in ("http", "https")   # «https:/sitio.org»
        raise _no_sirve(limpio, traducir("falta «https://» al principio; escríbala completa, por ejemplo "
                                         "https://{0}").format(entrada.muestra((resto if web else limpio).lstrip(":/"),
                                                                               60)))
    if esquema.group(1).lower() not in ("http", "https"):
        raise _no_sirve(limpio, traducir("empieza con «{0}:»; solo sirve una dirección web, que empieza con "
                                         "https:// (o http://)").format(entrada.muestra(esquema.group(1), 20)))
    partes = urlsplit(limpio)
    if partes.query or partes.fragment or "?" in limpio or "#" in limpio:
        raise _no_sirve(limpio, traducir("lleva «?» o «#»; escriba solo la dirección de la carpeta del sitio, a la que "
                                         "Escritorio agrega /verificar/ y el código de cada documento"))
    if "@" in partes.netloc:
        raise _no_sirve(limpio, traducir("lleva un usuario o una clave («…@»); escriba la dirección pública, la que "
                                         "cualquiera abre sin clave"))
    try:
        puerto = partes.port
        dominio = (partes.hostname or "").encode("idna").decode("ascii").lower()
    except (ValueError, UnicodeError):
        dominio, puerto = "", None
    if not _DOMINIO.fullmatch(dominio):
        raise _no_sirve(limpio, traducir("«{0}» no es un dominio de internet; escriba el de su sitio, con su "
                                         "terminación, por ejemplo mercociudades.org").format(
            entrada.muestra(partes.netloc or "", 60)))
    ruta = quote(partes.path, safe=_SEGURO_EN_LA_RUTA).rstrip("/")
    if _PAGINAS.search(ruta):
        raise _no_sirve(limpio, traducir("termina en una página ({0}); escriba la dirección de la carpeta, sin el "
                                         "nombre de la página").format(entrada.muestra(ruta.rsplit("/", 1)[-1], 40)))
    esquema_limpio = esquema.group(1).lower()
    base = f"{esquema_limpio}://{dominio}{f':{puerto}' if puerto is not None else ''}{ruta}"
    if len(base) > LARGO_MAXIMO:
        raise _no_sirve(limpio, traducir(
            "es demasiado larga ({0} caracteres; el máximo es {1}, para que el QR de los documentos se siga leyendo "
            "bien impreso); use una dirección más corta, por ejemplo la del sitio sin carpetas o un subdominio "
            "(https://verificar.su-sitio.org)").format(len(base), LARGO_MAXIMO))
    return base


def codigo_de_lo_leido(texto: object) -> str | None:
    """El código de verificación de lo que alguien trae de un papel: el código impreso (como lo copie una persona:
    minúsculas, sin guiones…) o lo que leyó del QR, que en los documentos impresos con dirección pública es la
    página de verificación («https://…/verificar/7K2M-QX4P-9D0B.html»). None si no hay un código."""
    limpio = str(texto or "").strip()
    if re.match(r"https?://", limpio, re.IGNORECASE):
        ultimo = unquote(urlsplit(limpio).path.rstrip("/").rsplit("/", 1)[-1])
        return normalizar_codigo(re.sub(r"\.html?$", "", ultimo, flags=re.IGNORECASE))
    return normalizar_codigo(limpio)
