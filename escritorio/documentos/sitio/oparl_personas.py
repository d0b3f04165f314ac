"""Las `Person` de los datos abiertos OParl: a quién apunta el `person` de cada `Membership` (un mandato).

OParl 1.1 pide `Membership.person` siempre que el mandato se pide por su `id` (strings.yml,
Membership.properties.person: «Rückreferenz auf Person, welches … ausgegeben werden muss, wenn das Membership-Objekt
einzeln abgerufen wird»). Pero en la red el mandato lo ocupa un miembro (una ciudad, una asociación nacional) y el
registro nombra a la persona que se sienta solo a veces (`mandatos.persona`). Cómo se cumple sin inventar a nadie
(también en docs/publicar.md):

- el mandato que nombra a su persona apunta a ella: una `Person` por nombre y miembro (la misma persona por la
  misma ciudad en varios órganos es una; dos del mismo nombre de ciudades distintas, dos);
- el mandato que no la nombra apunta a la **representación de su miembro**: una `Person` por miembro, en
  `person/miembro-<id>.json`, que es quien esté sentado por esa ciudad, sin decir quién. Su `name` lo dice
  («Representación de Montevideo»: `name` es lo que un cliente muestra, y el nombre de la ciudad solo se leería
  como el de alguien), `status` y `keyword` la marcan como representación, `life` explica que el registro nombra
  al miembro y no a la persona, y no lleva nada de una persona (ni apellido, ni nombre de pila, ni género). No es
  la intendenta ni otra autoridad del miembro: eso diría quién se sienta, y la base no lo sabe.

OParl define la `Person` como «jede natürliche Person, die … Mitglied in einer Gruppierung ist»: la representación
es esa persona natural (la que ocupa el lugar de la ciudad en cada sesión), con lo único que la base sabe de ella.

Fechas (fechas_oparl): la persona nombrada, el primero y el último cambio de sus mandatos; la representación, el
alta del miembro y lo último que cambió en el miembro (su nombre) o en los mandatos que lista.
"""

from __future__ import annotations

import hashlib

from escritorio.dominio.traduccion import traducir


def persona_id(nombre: str, miembro_id: int | None = None) -> str:
    """La clave de una persona nombrada: una por nombre y miembro (dos del mismo nombre que representan a miembros
    distintos son dos)."""
    clave = f"{nombre.strip().casefold()}\x00{miembro_id or ''}"
    return hashlib.sha256(clave.encode("utf-8")).hexdigest()[:16]


def representacion_id(miembro_id: int) -> str:
    """La clave de la representación de un miembro: estable mientras el miembro exista (su nombre puede cambiar)."""
    return f"miembro-{miembro_id}"


def clave_de_la_persona(mandato: dict) -> str:
    """A qué `Person` apunta un mandato: la persona que nombra o, si no nombra a nadie, la representación de su
    miembro (la base exige uno de los dos)."""
    if mandato.get("persona"):
        return persona_id(mandato["persona"], mandato.get("miembro_id"))
    return representacion_id(mandato["miembro_id"])


def campos_de_la_persona(mandato: dict, miembro: str, asociacion: str, web: str) -> dict:
    """Lo que dice la `Person` de un mandato, además de id, type, body, membership y fechas. `miembro`: el nombre del
    miembro como se publica (su `Organization`); `asociacion`: el nombre de la red; `web`: la página de los
    miembros."""
    if mandato.get("persona"):
        return {"name": mandato["persona"]}
    return {"name": traducir("Representación de {0}").format(miembro),
            "status": [traducir("Representación de un miembro de la red")],
            "keyword": [traducir("representación")],
            "life": traducir("Quien representa a {0} en los órganos de {1}. El registro de mandatos nombra al "
                             "miembro, no a la persona que ocupa su lugar.").format(miembro, asociacion),
            "lifeSource": traducir("Registro de mandatos de {0}").format(asociacion),
            "web": web}
