"""Cuándo existe un órgano: desde que lo creó el estatuto o una resolución hasta que se disolvió (issue 66, §4).

`organos.creado_el` es el día en que se creó (sin fecha: existió desde siempre) y `organos.disuelto_el`, el día en
que se disolvió, que es su último día (sin fecha: todavía existe). Lo que se lee «a una fecha» (la composición, la
memoria de un año, el organigrama, la agenda) y lo que se registra con fecha (una sesión, un mandato) mira esto.
`creado_en`, en cambio, es solo el día en que se cargó la fila.
"""

from collections.abc import Mapping
from datetime import date

from . import formato
from .traduccion import traducir


def _iso(dia: date | str) -> str:
    return dia.isoformat() if isinstance(dia, date) else str(dia)[:10]


def existe_el(organo: Mapping, dia: date | str) -> bool:
    """Si el órgano existía ese día (el de su disolución todavía existe: es su último día)."""
    dia, creado, disuelto = _iso(dia), organo.get("creado_el"), organo.get("disuelto_el")
    return (creado is None or creado <= dia) and (disuelto is None or dia <= disuelto)


def existe_entre(organo: Mapping, desde: date | str, hasta: date | str) -> bool:
    """Si el órgano existió algún día entre `desde` y `hasta` (los dos incluidos): el de un año de la memoria."""
    creado, disuelto = organo.get("creado_el"), organo.get("disuelto_el")
    return (creado is None or creado <= _iso(hasta)) and (disuelto is None or disuelto >= _iso(desde))


def disuelto_al(organo: Mapping, dia: date | str) -> bool:
    """Si el órgano ya se había disuelto ese día (el de su disolución, no: todavía existe)."""
    return organo.get("disuelto_el") is not None and organo["disuelto_el"] < _iso(dia)


def _por(texto: str | None) -> str:
    return f" ({texto})" if texto else ""


def creacion(organo: Mapping) -> str | None:
    """«creado el 12/03/1995 (Estatuto, art. 21)»; «creado por Estatuto, art. 21» sin fecha; None sin ninguna."""
    if organo.get("creado_el"):
        return traducir("creado el {0}{1}").format(formato.fecha(organo["creado_el"]), _por(organo.get("creado_por")))
    if organo.get("creado_por"):
        return traducir("creado por {0}").format(organo["creado_por"])
    return None


def disolucion(organo: Mapping) -> str | None:
    """«disuelto el 30/06/2027 (Resolución 4/2027)»; None si todavía existe."""
    if not organo.get("disuelto_el"):
        return None
    return traducir("disuelto el {0}{1}").format(formato.fecha(organo["disuelto_el"]), _por(organo.get("disuelto_por")))


def no_existia_el(organo: Mapping, dia: date | str) -> str | None:
    """Por qué el órgano no existía ese día, en una oración; None si existía.

    «Consejo todavía no existía el 01/01/1990: se creó el 12/03/1995 (Estatuto, art. 21).»
    «UT Cultura ya no existía el 01/09/2027: se disolvió el 30/06/2027 (Resolución 4/2027).»"""
    if existe_el(organo, dia):
        return None
    fecha = formato.fecha(_iso(dia))
    if organo.get("creado_el") and _iso(dia) < organo["creado_el"]:
        return traducir("{0} todavía no existía el {1}: se creó el {2}{3}.").format(
            organo["nombre"], fecha, formato.fecha(organo["creado_el"]), _por(organo.get("creado_por")))
    return traducir("{0} ya no existía el {1}: se disolvió el {2}{3}.").format(
        organo["nombre"], fecha, formato.fecha(organo["disuelto_el"]), _por(organo.get("disuelto_por")))


def mandato_fuera_de_su_vida(organo: Mapping, desde: date | str | None, hasta: date | str | None) -> str | None:
    """Por qué un mandato de `desde` a `hasta` (None: sin fin) no cabe en la vida del órgano; None si cabe. Un mandato
    empieza con el órgano o después, y termina a más tardar el día en que se disolvió."""
    nombre, creado, disuelto = organo["nombre"], organo.get("creado_el"), organo.get("disuelto_el")
    if desde is not None and creado and _iso(desde) < creado:
        return traducir("{0} se creó el {1}{2}: un mandato no puede empezar antes (el {3}).").format(
            nombre, formato.fecha(creado), _por(organo.get("creado_por")), formato.fecha(_iso(desde)))
    if desde is not None and disuelto and _iso(desde) > disuelto:
        return traducir("{0} se disolvió el {1}{2}: un mandato no puede empezar después (el {3}).").format(
            nombre, formato.fecha(disuelto), _por(organo.get("disuelto_por")), formato.fecha(_iso(desde)))
    if disuelto and (hasta is None or _iso(hasta) > disuelto):
        return traducir("{0} se disolvió el {1}{2}: un mandato termina a más tardar ese día.").format(
            nombre, formato.fecha(disuelto), _por(organo.get("disuelto_por")))
    return None
