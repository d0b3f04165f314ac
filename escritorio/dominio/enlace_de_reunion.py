"""El enlace de una reunión virtual: una dirección web (http o https) y nada más.

El enlace va en la convocatoria (PDF), en el correo que la lleva y en la agenda; quien lo recibe lo abre con un
clic. Un «javascript:…», un «file:///…» o un «data:…» no lleva a ninguna reunión y sí puede ejecutar algo o abrir
un archivo del equipo de quien confía en la convocatoria: se rechaza con el motivo y un ejemplo. Se admiten «?» y
«#» (los enlaces de Zoom o Meet llevan la clave de la sala), no un usuario o clave antes del servidor
(«https://meet.org@otro.example» lleva a otro.example).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import entrada
from .traduccion import traducir

_ESQUEMA = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


def _no_sirve(valor: str, motivo: str) -> ValueError:
    return ValueError(traducir("«{0}» no sirve: {1}").format(entrada.muestra(valor, 60), motivo))


def leer_enlace_de_reunion(valor: object) -> str | None:
    """El enlace limpio para guardarlo; vacío: None. ValueError con el motivo y un ejemplo si no es una dirección
    web http(s) con su servidor."""
    limpio = entrada.texto(valor, maximo=entrada.LARGO_CORTO, obligatorio=False)
    if limpio is None:
        return None
    ejemplo = "https://meet.example.org/consejo"
    if re.search(r"\s", limpio):
        raise _no_sirve(limpio, traducir("tiene espacios; un enlace se escribe sin espacios, por ejemplo {0}").format(
            ejemplo))
    esquema = _ESQUEMA.match(limpio)
    if esquema is None:
        raise _no_sirve(limpio, traducir("falta «https://» al principio; copie el enlace completo de la invitación, "
                                         "por ejemplo {0}").format(ejemplo))
    if esquema.group(1).lower() not in ("http", "https"):
        raise _no_sirve(limpio, traducir("empieza con «{0}:»; solo sirve una dirección web, que empieza con https:// "
                                         "(o http://), por ejemplo {1}").format(entrada.muestra(esquema.group(1), 20),
                                                                                ejemplo))
    try:
        partes = urlsplit(limpio)
        servidor = partes.hostname
    except ValueError:   # «https://[::1» y otras direcciones que urllib no puede leer
        servidor = None
    if not limpio[esquema.end():].startswith("//") or not servidor:
        raise _no_sirve(limpio, traducir("no tiene el nombre del servidor después de «https://»; copie el enlace "
                                         "completo de la invitación, por ejemplo {0}").format(ejemplo))
    if "@" in partes.netloc:
        raise _no_sirve(limpio, traducir("lleva un usuario o una clave antes del servidor («…@»), que hace que el "
                                         "enlace lleve a otro lugar; copie el enlace de la invitación, por ejemplo "
                                         "{0}").format(ejemplo))
    return limpio
