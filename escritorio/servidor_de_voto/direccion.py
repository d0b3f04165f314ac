"""La dirección en que escucha el servidor de voto: una de esta máquina y de una red privada, nunca todas.

La página de votación se sirve solo en la red de la oficina: se admite una dirección de loopback (127.0.0.0/8, ::1),
de enlace local (169.254.0.0/16, fe80::/10) o privada de la RFC 1918 (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), que
sea de una interfaz de esta máquina. Se rechazan 0.0.0.0 y :: (todas las interfaces), cualquier dirección pública y
las de otro equipo. Que una dirección es de esta máquina lo dice el sistema: solo se puede atar un socket a una
propia (la prueba vale igual en Windows, macOS y Linux, sin leer la tabla de interfaces).
"""

import ipaddress
import socket

from ..dominio.traduccion import traducir
from ..errores import ErrorValidacion

REDES_PRIVADAS = tuple(ipaddress.ip_network(r) for r in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


def _admitida(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if ip.is_loopback or ip.is_link_local:
        return True
    return ip.version == 4 and any(ip in red for red in REDES_PRIVADAS)


def es_de_esta_maquina(direccion: str) -> bool:
    """True si el sistema deja atar un socket a `direccion` (solo se puede a una dirección propia)."""
    familia = socket.AF_INET6 if ":" in direccion else socket.AF_INET
    with socket.socket(familia, socket.SOCK_STREAM) as prueba:
        try:
            prueba.bind((direccion, 0))
        except OSError:
            return False
    return True


def direcciones_de_esta_maquina() -> list[str]:
    """Las direcciones admitidas de esta máquina que se pueden proponer: las de su nombre, la de la salida a la red
    (la que usaría para llegar a otra de la red privada: no envía nada) y 127.0.0.1; sin repetir."""
    candidatas = ["127.0.0.1"]
    try:
        candidatas += [info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)]
    except OSError:
        pass
    for destino in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sonda:
            try:
                sonda.connect((destino, 9))   # UDP: conectar no envía nada, solo elige la interfaz de salida
                candidatas.append(sonda.getsockname()[0])
            except OSError:
                pass
    unicas = dict.fromkeys(c for c in candidatas if _admitida(ipaddress.ip_address(c)))
    return sorted(unicas, key=lambda c: (c.startswith("127."), ipaddress.ip_address(c)))


def exigir_direccion(texto: str) -> str:
    """La dirección escrita, si se admite; si no, ErrorValidacion con lo que se puede elegir."""
    texto = (texto or "").strip()
    try:
        ip = ipaddress.ip_address(texto.split("%")[0])
    except ValueError:
        raise ErrorValidacion(traducir(
            "«{0}» no es una dirección IP. Indique una dirección de esta máquina en la red de la oficina, p. ej. {1}."
        ).format(texto, _ejemplos())) from None
    if ip.is_unspecified:
        raise ErrorValidacion(traducir(
            "{0} escucharía en todas las redes de esta máquina, también las que no son de la oficina. Elija una "
            "sola dirección: {1}.").format(texto, _ejemplos()))
    if not _admitida(ip):
        raise ErrorValidacion(traducir(
            "{0} no es una dirección de una red privada: la votación se sirve solo en la red de la oficina (10.x, "
            "172.16–31.x, 192.168.x, enlace local o esta misma máquina), nunca en internet. Elija una de: {1}."
        ).format(texto, _ejemplos()))
    if not es_de_esta_maquina(texto):
        raise ErrorValidacion(traducir(
            "{0} no es una dirección de esta máquina: el servidor solo puede escuchar en una de sus propias "
            "interfaces. Elija una de: {1}.").format(texto, _ejemplos()))
    return texto


def _ejemplos() -> str:
    return ", ".join(direcciones_de_esta_maquina())
