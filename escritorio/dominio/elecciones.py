"""Elecciones entre candidaturas para un cargo: quién resulta electa según la mayoría y su base.

Votos válidos son los de las candidaturas; los emitidos, los válidos más los votos en blanco (los nulos no
cuentan, como en los reglamentos electorales de la región). Mayorías:
- simple: gana la candidatura más votada, si no hay empate en el primer puesto;
- absoluta: más de la mitad de la base; si nadie la alcanza, segunda vuelta entre las dos más votadas;
- dos tercios / tres cuartos de la base, con la misma segunda vuelta.
La base son los votos emitidos, los presentes o los miembros con derecho a voto (como en las votaciones).
"""

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from math import ceil

from .mayorias import base_contada, se_requerian
from .sesiones import BASES, MAYORIAS

# En una elección nominal, un voto que no es por una candidatura.
OTROS_VOTOS = {"blanco": "En blanco", "abstencion": "Abstención"}


def cantidad(numero: int, singular: str, plural: str) -> str:
    """1 voto, 2 votos, 0 votos."""
    return f"{numero} {singular if numero == 1 else plural}"


def _lista(nombres: list[str]) -> str:
    """['A'] -> 'A'; ['A', 'B', 'C'] -> 'A, B y C'."""
    return nombres[0] if len(nombres) == 1 else ", ".join(nombres[:-1]) + " y " + nombres[-1]


@dataclass(frozen=True)
class ResultadoEleccion:
    ganadora: Hashable | None           # la clave de la candidatura electa, o None
    requerido: int                      # votos que hacían falta
    base: int                           # cuántos son la base de la mayoría
    segunda_vuelta: tuple = field(default_factory=tuple)  # claves entre las que se repite, si nadie ganó
    texto: str = ""


def resultado_eleccion(votos: Mapping[Hashable, int], nombres: Mapping[Hashable, str], blancos: int, nulos: int,
                       abstenciones: int, mayoria: str, base: str, presentes: int, con_derecho: int) -> ResultadoEleccion:
    """La candidatura electa (o la segunda vuelta que corresponde) y por qué, en castellano.

    `votos` da los votos de cada candidatura por su clave; `nombres`, cómo se llama cada una en el texto.
    """
    if mayoria not in MAYORIAS:
        raise ValueError(f"mayoría «{mayoria}» desconocida")
    if base not in BASES:
        raise ValueError(f"base «{base}» desconocida")
    if not votos:
        raise ValueError("una elección necesita al menos una candidatura")
    emitidos = sum(votos.values()) + blancos
    total_base = {"emitidos": emitidos, "presentes": presentes, "con_derecho": con_derecho}[base]
    orden = sorted(votos, key=lambda clave: -votos[clave])
    primera = orden[0]
    maximo = votos[primera]
    empatadas = [c for c in orden if votos[c] == maximo]
    if mayoria == "simple":
        segundo = votos[orden[1]] if len(orden) > 1 else 0
        requerido = segundo + 1
        como = "más votos que cualquier otra candidatura"
        gana = maximo > 0 and len(empatadas) == 1
    elif mayoria == "absoluta":
        requerido = total_base // 2 + 1
        como = f"más de la mitad de {base_contada(total_base, base)}"
        gana = maximo >= requerido
    else:
        numerador, denominador = (2, 3) if mayoria == "dos_tercios" else (3, 4)
        requerido = max(1, ceil(total_base * numerador / denominador))
        como = f"{MAYORIAS[mayoria].lower()} de {base_contada(total_base, base)}"
        gana = maximo >= requerido and len(empatadas) == 1

    detalle = "; ".join(f"{nombres[c]}, {cantidad(votos[c], 'voto', 'votos')}" for c in orden)
    otros = [cantidad(blancos, "en blanco", "en blanco"), cantidad(nulos, "nulo", "nulos"),
             cantidad(abstenciones, "abstención", "abstenciones")]
    recuento = f"Votos: {detalle}; {', '.join(otros)}."
    if gana:
        texto = (f"Resultó electa la candidatura de {nombres[primera]}, con {cantidad(maximo, 'voto', 'votos')}; "
                 f"{se_requerian(requerido)} ({como}). {recuento}")
        return ResultadoEleccion(primera, requerido, total_base, (), texto)

    if maximo == 0:
        finalistas: list = []
        texto = f"Ninguna candidatura obtuvo votos: no hay candidatura electa. {recuento}"
    elif len(empatadas) > 1:
        finalistas = empatadas
        texto = (f"Empate entre {_lista([nombres[c] for c in empatadas])}, con {cantidad(maximo, 'voto', 'votos')} "
                 f"cada una: no hay candidatura electa; corresponde una nueva votación entre ellas. {recuento}")
    else:
        # Segunda vuelta entre las dos más votadas (y las empatadas en el segundo puesto).
        # Si ninguna otra obtuvo votos, no hay a quién llevar a segunda vuelta: nueva votación con todas.
        segundo = votos[orden[1]] if len(orden) > 1 else 0
        if segundo:
            finalistas = [primera] + [c for c in orden[1:] if votos[c] == segundo]
            entre = f"corresponde una segunda vuelta entre {_lista([nombres[c] for c in finalistas])}"
        else:
            finalistas = list(orden)
            entre = "corresponde una nueva votación"
        texto = (f"Ninguna candidatura alcanzó la mayoría: {nombres[primera]} obtuvo "
                 f"{cantidad(maximo, 'voto', 'votos')} y {se_requerian(requerido)} ({como}); {entre}. {recuento}")
    return ResultadoEleccion(None, requerido, total_base, tuple(finalistas), texto)
