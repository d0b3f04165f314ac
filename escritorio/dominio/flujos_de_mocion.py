"""El flujo de las mociones de un órgano (issue 82): qué decisiones admite su reglamento, como tabla, no como ramas.

Un flujo es un conjunto de pasos (de un estado a otro) elegidos entre los POSIBLES; el reglamento de cada órgano fija
el suyo en sus reglas de la sala (servicios/fijar_reglas_de_la_sala.py). Dos flujos hechos, como los de OpenSlides:

- «simple»: presentada → admitida, no admitida o retirada; admitida → retirada o votada (aprobada o rechazada).
- «completo» (el que rige si el reglamento no dice otra cosa, y el de siempre de este programa): además, una
  admitida puede derivarse a una comisión u otro órgano, aplazarse a una sesión posterior, y una presentada o
  admitida puede quedar «no tratada» (OpenSlides: «not concerned»: la sala no llegó a ocuparse de ella).

Un órgano puede sumar o quitar pasos sueltos a uno de ellos (un flujo propio), dentro de dos límites: solo pasos de
POSIBLES, y siempre los OBLIGATORIOS (sin admitirla no se vota; la votación es la que aprueba o rechaza).

Un flujo se guarda como texto, sus pasos en el orden de POSIBLES: «presentada>admitida,admitida>aprobada,…».
"""

from .sala import NOMBRES_ESTADO_MOCION
from .traduccion import traducir

Paso = tuple[str, str]

# Los pasos que un reglamento puede admitir, en el orden en que se listan.
POSIBLES: tuple[Paso, ...] = (
    ("presentada", "admitida"), ("presentada", "no_admitida"), ("presentada", "retirada"),
    ("presentada", "no_tratada"),
    ("admitida", "retirada"), ("admitida", "derivada"), ("admitida", "aplazada"), ("admitida", "no_tratada"),
    ("admitida", "aprobada"), ("admitida", "rechazada"),
)
# Sin estos no hay moción que se vote.
OBLIGATORIOS: frozenset[Paso] = frozenset({("presentada", "admitida"), ("admitida", "aprobada"),
                                           ("admitida", "rechazada")})

FLUJOS: dict[str, frozenset[Paso]] = {
    "simple": frozenset({("presentada", "admitida"), ("presentada", "no_admitida"), ("presentada", "retirada"),
                         ("admitida", "retirada"), ("admitida", "aprobada"), ("admitida", "rechazada")}),
    "completo": frozenset(POSIBLES),
}
FLUJO_POR_OMISION = "completo"
NOMBRES_FLUJO = {"simple": "Simple", "completo": "Completo"}


def flujo_por_omision() -> frozenset[Paso]:
    return FLUJOS[FLUJO_POR_OMISION]


def texto_del_paso(paso: Paso) -> str:
    """«admitida>derivada»: como lo escribe la línea de órdenes y como se guarda."""
    return ">".join(paso)


def como_texto(flujo: frozenset[Paso]) -> str:
    """El texto que se guarda: los pasos en el orden de POSIBLES."""
    return ",".join(texto_del_paso(p) for p in POSIBLES if p in flujo)


def leer_paso(texto: str) -> Paso | None:
    """«admitida>derivada» (o «admitida:derivada») como paso; None si no es uno de los POSIBLES."""
    partes = texto.strip().lower().replace(":", ">").split(">")
    paso = tuple(p.strip() for p in partes)
    return paso if len(paso) == 2 and paso in POSIBLES else None


def leer_flujo(texto: str | None) -> frozenset[Paso]:
    """El flujo guardado (None: el de omisión). Un texto que no se entiende no se adivina: ValueError."""
    if texto is None:
        return flujo_por_omision()
    pasos = [leer_paso(p) for p in texto.split(",")]
    if None in pasos or not OBLIGATORIOS <= set(pasos):
        raise ValueError(texto)
    return frozenset(pasos)


def nombre_del_flujo(flujo: frozenset[Paso]) -> str | None:
    """«simple» o «completo» si es uno de los hechos; None si es propio."""
    return next((nombre for nombre, pasos in FLUJOS.items() if pasos == flujo), None)


def siguientes(flujo: frozenset[Paso], estado: str) -> tuple[str, ...]:
    """Los estados a los que puede pasar una moción en `estado`, en el orden de POSIBLES."""
    return tuple(hacia for desde, hacia in POSIBLES if desde == estado and (desde, hacia) in flujo)


def _nombre(estado: str) -> str:
    return traducir(NOMBRES_ESTADO_MOCION[estado])


def nombre_del_paso(paso: Paso) -> str:
    """«Admitida → Derivada», en el idioma en curso."""
    return " → ".join(_nombre(e) for e in paso)


def describir_flujo(flujo: frozenset[Paso]) -> str:
    """«flujo simple de las mociones» o, si es propio, sus pasos."""
    nombre = nombre_del_flujo(flujo)
    if nombre is not None:
        return traducir("flujo {0} de las mociones").format(traducir(NOMBRES_FLUJO[nombre]).lower())
    return traducir("flujo propio de las mociones: {0}").format(pasos_en_palabras(flujo))


def pasos_en_palabras(flujo: frozenset[Paso]) -> str:
    """«Presentada → Admitida, No admitida; Admitida → Retirada, Aprobada, Rechazada»."""
    desdes = dict.fromkeys(desde for desde, _ in POSIBLES)
    return "; ".join(
        f"{_nombre(desde)} → " + ", ".join(_nombre(h) for h in siguientes(flujo, desde))
        for desde in desdes if siguientes(flujo, desde))


def errores_del_cambio(con: list[str], sin: list[str]) -> list[str]:
    """Lo que impide sumar los pasos `con` y quitar los `sin` (textos «desde>hacia»), en castellano claro."""
    errores = []
    posibles = ", ".join(texto_del_paso(p) for p in POSIBLES)
    for texto in (*con, *sin):
        if leer_paso(texto) is None:
            errores.append(traducir("Paso del flujo «{0}»: no es uno de los que un reglamento puede admitir ({1}).")
                           .format(texto, posibles))
    for texto in sin:
        paso = leer_paso(texto)
        if paso in OBLIGATORIOS:
            errores.append(traducir("El paso {0} no se quita: sin él ninguna moción llega a votarse.").format(
                nombre_del_paso(paso)))
    comunes = {leer_paso(t) for t in con} & {leer_paso(t) for t in sin} - {None}
    for paso in sorted(comunes):
        errores.append(traducir("El paso {0} no se puede sumar y quitar a la vez.").format(nombre_del_paso(paso)))
    return errores


def flujo_cambiado(base: frozenset[Paso], con: list[str], sin: list[str]) -> frozenset[Paso]:
    """`base` con los pasos `con` y sin los `sin` (ya revisados con `errores_del_cambio`)."""
    return frozenset((set(base) | {leer_paso(t) for t in con}) - {leer_paso(t) for t in sin})
