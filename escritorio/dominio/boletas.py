"""Las boletas de una elección: cómo se marca cada una y qué recuento es posible con ellas (puro, sin base).

Dos formas de boleta (docs/referencia/elecciones.md compara con las de OpenSlides):
- «una»: un voto por votante, por una candidatura (o en blanco, nulo, abstención). Es la de siempre: los votos no
  pasan de los votantes presentes con voto (con los poderes).
- «marcas»: cada boleta marca de `marcas_min` a `marcas_max` candidaturas distintas (el método Y de OpenSlides, con
  su mínimo y máximo por boleta). Una boleta sin marcas es en blanco; además puede ser nula, decir «No a todas»
  (global No) o «Abstención» (global Abstención). Se cuentan las boletas (no pasan de los votantes) y, por
  candidatura, las marcas (no pasan de las boletas con marcas; todas juntas, de esas boletas por el máximo).

El recuento con marcas se escribe de dos maneras: los totales (marcas por candidatura y cuántas boletas) o boleta por
boleta (cada una revisada contra el mínimo y el máximo, y sumadas aquí).
"""

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from .traduccion import traducir

FORMAS_DE_BOLETA = {"una": "Un voto por boleta", "marcas": "Varias marcas por boleta"}
# Una boleta que no marca candidaturas: cómo se la escribe boleta por boleta y cómo se cuenta.
BOLETAS_SIN_MARCAS = {"blanco": "En blanco", "nulo": "Nula", "no": "No a todas", "abstencion": "Abstención"}


@dataclass(frozen=True)
class Boletas:
    """Las boletas de una elección con marcas: cuántas se emitieron y cómo se reparten las que no marcan."""

    emitidas: int               # todas las boletas de la urna
    blancos: int = 0            # sin marcas
    nulos: int = 0              # anuladas al escrutar
    no_a_todas: int = 0         # «No a todas» (global No)
    abstenciones: int = 0       # «Abstención» (global Abstención)

    @property
    def con_marcas(self) -> int:
        """Las boletas que marcan al menos una candidatura (las válidas)."""
        return self.emitidas - self.blancos - self.nulos - self.no_a_todas - self.abstenciones

    def bases(self) -> dict[str, int]:
        """Las bases de la mayoría de un puesto medidas en boletas (no en marcas): válidas, las que cuentan (con
        marcas, en blanco y «No a todas») y todas (también las nulas). Presentes y con derecho no cambian."""
        emitidos = self.con_marcas + self.blancos + self.no_a_todas
        return {"validos": self.con_marcas, "emitidos": emitidos, "todos": emitidos + self.nulos}


def marcas(numero: int) -> str:
    """1 marca, 2 marcas (en el idioma en curso)."""
    return traducir("{0} marca").format(numero) if numero == 1 else traducir("{0} marcas").format(numero)


def _boletas(numero: int) -> str:
    return traducir("1 boleta") if numero == 1 else traducir("{0} boletas").format(numero)


def problemas_de_la_forma(forma: str, marcas_min: int | None, marcas_max: int | None) -> list[str]:
    """La forma de la boleta y, con marcas, de cuántas a cuántas por boleta (1 ≤ mínimo ≤ máximo)."""
    if forma not in FORMAS_DE_BOLETA:
        return [traducir("Forma de boleta «{0}» desconocida; use {1}.").format(forma, ", ".join(FORMAS_DE_BOLETA))]
    if forma == "una":
        return []
    if not isinstance(marcas_max, int) or isinstance(marcas_max, bool) or not 1 <= marcas_max <= 1000:
        return [traducir("Marcas por boleta: escriba el máximo de candidaturas que marca cada boleta, de 1 a 1000.")]
    if not isinstance(marcas_min, int) or isinstance(marcas_min, bool) or not 1 <= marcas_min <= marcas_max:
        return [traducir("Marcas por boleta: el mínimo va de 1 al máximo ({0}); una boleta sin marcas se cuenta "
                         "en blanco.").format(marcas_max)]
    return []


def contar_boletas(boletas: Iterable[object], candidaturas: Iterable[Hashable], marcas_min: int,
                   marcas_max: int) -> tuple[dict, Boletas, list[str]]:
    """Suma las boletas escritas una por una: cada una es una lista de candidaturas marcadas o una de
    BOLETAS_SIN_MARCAS. Devuelve (marcas por candidatura, las boletas, los problemas, uno por boleta mal marcada,
    con su número de orden)."""
    ids = list(candidaturas)
    votos = {c: 0 for c in ids}
    sin_marcas: Counter = Counter()
    problemas: list[str] = []
    emitidas = 0
    for numero, boleta in enumerate(boletas, 1):
        emitidas += 1
        if isinstance(boleta, str):
            if boleta not in BOLETAS_SIN_MARCAS:
                problemas.append(traducir("Boleta {0}: «{1}» no es una boleta; escriba las candidaturas marcadas o "
                                          "{2}.").format(numero, boleta, ", ".join(BOLETAS_SIN_MARCAS)))
            sin_marcas[boleta] += 1
            continue
        marcadas = list(boleta)
        if not marcadas:
            sin_marcas["blanco"] += 1
            continue
        ajenas = [c for c in marcadas if c not in votos]
        repetidas = sorted({c for c in marcadas if marcadas.count(c) > 1}, key=str)
        if ajenas:
            problemas.append(traducir("Boleta {0}: marca candidaturas que no son de esta elección ({1}).").format(
                numero, ", ".join(str(c) for c in ajenas)))
        elif repetidas:
            problemas.append(traducir("Boleta {0}: marca dos veces la candidatura {1}; cada candidatura se marca una "
                                      "vez por boleta.").format(numero, ", ".join(str(c) for c in repetidas)))
        elif len(marcadas) > marcas_max:
            problemas.append(traducir("Boleta {0}: tiene {1} y cada boleta marca como máximo {2}: anúlela (escriba "
                                      "«nulo») o corrija lo escrito.").format(numero, marcas(len(marcadas)),
                                                                              marcas_max))
        elif len(marcadas) < marcas_min:
            problemas.append(traducir("Boleta {0}: tiene {1} y cada boleta marca como mínimo {2}: anúlela (escriba "
                                      "«nulo») o corrija lo escrito.").format(numero, marcas(len(marcadas)),
                                                                              marcas_min))
        else:
            for c in marcadas:
                votos[c] += 1
    return votos, Boletas(emitidas, sin_marcas["blanco"], sin_marcas["nulo"], sin_marcas["no"],
                          sin_marcas["abstencion"]), problemas


def problemas_del_recuento(votos: Mapping[Hashable, int], boletas: Boletas | None, marcas_min: int, marcas_max: int,
                           votantes: int, nombres: Mapping[Hashable, str] | None = None) -> list[str]:
    """Lo que hace imposible un recuento con marcas por totales: las boletas pasan a los votantes, ninguna
    candidatura tiene más marcas que boletas con marcas, y todas las marcas juntas caben en esas boletas (entre el
    mínimo y el máximo por boleta)."""
    if boletas is None:
        return [traducir("Escriba cuántas boletas se emitieron: con varias marcas por boleta, el recuento da las "
                         "marcas de cada candidatura y el número de boletas.")]
    problemas = []
    if min(boletas.emitidas, boletas.blancos, boletas.nulos, boletas.no_a_todas, boletas.abstenciones) < 0:
        return [traducir("Las boletas no pueden ser negativas.")]
    if boletas.emitidas > votantes:
        problemas.append(traducir("Hay {0} y solo {1} miembros presentes con derecho a voto (contando los poderes): "
                                  "revise el número de boletas.").format(_boletas(boletas.emitidas), votantes))
    if boletas.con_marcas < 0:
        problemas.append(traducir("Las boletas en blanco, nulas, «No a todas» y de abstención suman más que las {0} "
                                  "emitidas: revise esos números.").format(_boletas(boletas.emitidas)))
        return problemas
    validas = boletas.con_marcas
    for c, n in votos.items():
        if n > validas:
            problemas.append(traducir("La candidatura {0} tiene {1} y solo hay {2} con marcas (cada boleta la marca "
                                      "a lo sumo una vez): revise sus marcas o el número de boletas.").format(
                (nombres or {}).get(c, c), marcas(n), _boletas(validas)))
    total = sum(votos.values())
    if total > validas * marcas_max:
        problemas.append(traducir("Hay {0} en total y {1} con marcas admiten como máximo {2} (hasta {3} por "
                                  "boleta): revise las marcas o el número de boletas.").format(
            marcas(total), _boletas(validas), marcas(validas * marcas_max), marcas_max))
    elif total < validas * marcas_min:
        problemas.append(traducir("Hay {0} en total y {1} con marcas piden al menos {2} (mínimo {3} por boleta): "
                                  "revise las marcas, o cuente como en blanco o nulas las boletas que no marcan "
                                  "bastante.").format(marcas(total), _boletas(validas), marcas(validas * marcas_min),
                                                      marcas_min))
    if validas and total == 0:
        problemas.append(traducir("Hay {0} con marcas y ninguna marca escrita: escriba las marcas de cada "
                                  "candidatura.").format(_boletas(validas)))
    return problemas


def texto_del_recuento(votos: Mapping[Hashable, int], nombres: Mapping[Hashable, str], boletas: Boletas) -> str:
    """«Boletas: 10 (9 con marcas, 1 en blanco, 0 nulas). Marcas: A, 8 marcas; B, 7 marcas.» — lo que el acta
    imprime del recuento («No a todas» y las de abstención, si las hubo)."""
    orden = sorted(votos, key=lambda c: -votos[c])
    detalle = "; ".join(f"{nombres[c]}, {marcas(votos[c])}" for c in orden)
    partes = [traducir("{0} con marcas").format(boletas.con_marcas), traducir("{0} en blanco").format(boletas.blancos),
              traducir("1 nula") if boletas.nulos == 1 else traducir("{0} nulas").format(boletas.nulos)]
    if boletas.no_a_todas:
        partes.append(traducir("{0} «No a todas»").format(boletas.no_a_todas))
    if boletas.abstenciones:
        partes.append(traducir("1 de abstención") if boletas.abstenciones == 1
                      else traducir("{0} de abstención").format(boletas.abstenciones))
    return traducir("Boletas: {0} ({1}). Marcas: {2}.").format(boletas.emitidas, ", ".join(partes), detalle)
