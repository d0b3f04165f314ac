"""Elecciones entre candidaturas para un cargo: quién resulta electa según la mayoría y su base.

Votos válidos son los de las candidaturas; los emitidos, los válidos más los votos en blanco (los nulos no
cuentan, como en los reglamentos electorales de la región). Mayorías:
- simple: gana la candidatura más votada, si no hay empate en el primer puesto;
- absoluta: más de la mitad de la base; si nadie la alcanza, segunda vuelta entre las dos más votadas;
- dos tercios / tres cuartos de la base, con la misma segunda vuelta.
La base (mayorias.BASES_ELECCION, una elección del estatuto): los votos válidos (solo los de las candidaturas), los
emitidos (candidaturas y en blanco: la de siempre), todos (también los nulos), los presentes o los miembros con
derecho a voto. Las abstenciones solo pesan en las dos últimas.
"""

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from math import ceil

from .mayorias import BASES_ELECCION, MAYORIAS, como_se_cuenta, se_requerian
from .traduccion import traducir

# En una elección nominal, un voto que no es por una candidatura.
OTROS_VOTOS = {"blanco": "En blanco", "abstencion": "Abstención"}


def cantidad(numero: int, singular: str, plural: str) -> str:
    """1 voto, 2 votos, 0 votos."""
    return f"{numero} {singular if numero == 1 else plural}"


def _lista(nombres: list[str]) -> str:
    """['A'] -> 'A'; ['A', 'B', 'C'] -> 'A, B y C'."""
    return nombres[0] if len(nombres) == 1 else traducir("{0} y {1}").format(", ".join(nombres[:-1]), nombres[-1])


def _votos(numero: int) -> str:
    """1 voto, 2 votos, 0 votos (en el idioma en curso)."""
    return traducir("{0} voto").format(numero) if numero == 1 else traducir("{0} votos").format(numero)


def _otros_votos(blancos: int, nulos: int, abstenciones: int) -> str:
    """'2 en blanco, 1 nulo, 0 abstenciones'."""
    return ", ".join((traducir("{0} en blanco").format(blancos),
                      traducir("{0} nulo").format(nulos) if nulos == 1 else traducir("{0} nulos").format(nulos),
                      traducir("{0} abstención").format(abstenciones) if abstenciones == 1
                      else traducir("{0} abstenciones").format(abstenciones)))


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
    if base not in BASES_ELECCION:
        raise ValueError(f"base «{base}» desconocida")
    if not votos:
        raise ValueError("una elección necesita al menos una candidatura")
    validos = sum(votos.values())
    total_base = {"validos": validos, "emitidos": validos + blancos, "todos": validos + blancos + nulos,
                  "presentes": presentes, "con_derecho": con_derecho}[base]
    orden = sorted(votos, key=lambda clave: -votos[clave])
    primera = orden[0]
    maximo = votos[primera]
    empatadas = [c for c in orden if votos[c] == maximo]
    if mayoria == "simple":
        segundo = votos[orden[1]] if len(orden) > 1 else 0
        requerido = segundo + 1
        como = traducir("más votos que cualquier otra candidatura")
        gana = maximo > 0 and len(empatadas) == 1
    elif mayoria == "absoluta":
        requerido = total_base // 2 + 1
        como = como_se_cuenta(mayoria, total_base, base)
        gana = maximo >= requerido
    else:
        numerador, denominador = (2, 3) if mayoria == "dos_tercios" else (3, 4)
        requerido = max(1, ceil(total_base * numerador / denominador))
        como = como_se_cuenta(mayoria, total_base, base)
        gana = maximo >= requerido and len(empatadas) == 1

    detalle = "; ".join(f"{nombres[c]}, {_votos(votos[c])}" for c in orden)
    recuento = traducir("Votos: {0}; {1}.").format(detalle, _otros_votos(blancos, nulos, abstenciones))
    if gana:
        texto = traducir("Resultó electa la candidatura de {0}, con {1}; {2} ({3}). {4}").format(
            nombres[primera], _votos(maximo), se_requerian(requerido), como, recuento)
        return ResultadoEleccion(primera, requerido, total_base, (), texto)

    if maximo == 0:
        finalistas: list = []
        texto = traducir("Ninguna candidatura obtuvo votos: no hay candidatura electa. {0}").format(recuento)
    elif len(empatadas) > 1:
        finalistas = empatadas
        texto = traducir("Empate entre {0}, con {1} cada una: no hay candidatura electa; corresponde una nueva "
                         "votación entre ellas. {2}").format(_lista([nombres[c] for c in empatadas]), _votos(maximo),
                                                             recuento)
    else:
        # Segunda vuelta entre las dos más votadas (y las empatadas en el segundo puesto).
        # Si ninguna otra obtuvo votos, no hay a quién llevar a segunda vuelta: nueva votación con todas.
        segundo = votos[orden[1]] if len(orden) > 1 else 0
        if segundo:
            finalistas = [primera] + [c for c in orden[1:] if votos[c] == segundo]
            entre = traducir("corresponde una segunda vuelta entre {0}").format(
                _lista([nombres[c] for c in finalistas]))
        else:
            finalistas = list(orden)
            entre = traducir("corresponde una nueva votación")
        texto = traducir("Ninguna candidatura alcanzó la mayoría: {0} obtuvo {1} y {2} ({3}); {4}. {5}").format(
            nombres[primera], _votos(maximo), se_requerian(requerido), como, entre, recuento)
    return ResultadoEleccion(None, requerido, total_base, tuple(finalistas), texto)
