"""Elecciones entre candidaturas para un cargo: quién resulta electa según la mayoría y su base.

Votos válidos son los de las candidaturas; los emitidos, los válidos más los votos en blanco (los nulos no
cuentan, como en los reglamentos electorales de la región). Mayorías:
- simple: gana la candidatura más votada, si no hay empate en el primer puesto;
- absoluta: más de la mitad de la base; si nadie la alcanza, segunda vuelta entre las dos más votadas;
- dos tercios / tres cuartos de la base, con la misma segunda vuelta.
La base (mayorias.BASES_ELECCION, una elección del estatuto): los votos válidos (solo los de las candidaturas), los
emitidos (candidaturas y en blanco: la de siempre), todos (también los nulos), los presentes o los miembros con
derecho a voto. Las abstenciones solo pesan en las dos últimas.

Una elección de varios puestos (`resultado_plurinominal`) se decide por pluralidad: las N más votadas, saltando a
las de un país cuyo cupo de la regla de composición ya está lleno; un empate en el último puesto que decide va a
segunda vuelta solo por los puestos que quedan, entre las empatadas.
"""

from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from itertools import combinations, groupby
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
    # Varios puestos: las electas en orden, los puestos que se disputan en la segunda vuelta y las que se saltaron
    # por el cupo de su país.
    electas: tuple = field(default_factory=tuple)
    puestos_segunda_vuelta: int = 0
    saltadas: tuple = field(default_factory=tuple)

    @property
    def ganadoras(self) -> tuple:
        """Las electas en orden: en una elección de un puesto, la ganadora (si la hay)."""
        return self.electas or ((self.ganadora,) if self.ganadora is not None else ())


def resultado_eleccion(votos: Mapping[Hashable, int], nombres: Mapping[Hashable, str], blancos: int, nulos: int,
                       abstenciones: int, mayoria: str, base: str, presentes: int, con_derecho: int, *,
                       bases: Mapping[str, int] | None = None, unidad: Callable[[int], str] | None = None,
                       recuento: str | None = None) -> ResultadoEleccion:
    """La candidatura electa (o la segunda vuelta que corresponde) y por qué, en castellano.

    `votos` da los votos de cada candidatura por su clave; `nombres`, cómo se llama cada una en el texto. Con
    boletas de varias marcas (dominio.boletas): `bases` da las bases medidas en boletas, `unidad` cuenta marcas en
    vez de votos y `recuento` es la frase del recuento que cierra el texto. Un empate en el primer puesto nunca
    elige (con varias marcas por boleta, dos pueden pasar a la vez la mitad de las boletas).
    """
    if mayoria not in MAYORIAS:
        raise ValueError(f"mayoría «{mayoria}» desconocida")
    if base not in BASES_ELECCION:
        raise ValueError(f"base «{base}» desconocida")
    if not votos:
        raise ValueError("una elección necesita al menos una candidatura")
    validos = sum(votos.values())
    _votos_o = unidad or _votos
    total_base = {"validos": validos, "emitidos": validos + blancos, "todos": validos + blancos + nulos,
                  "presentes": presentes, "con_derecho": con_derecho, **(bases or {})}[base]
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
        gana = maximo >= requerido and len(empatadas) == 1
    else:
        numerador, denominador = (2, 3) if mayoria == "dos_tercios" else (3, 4)
        requerido = max(1, ceil(total_base * numerador / denominador))
        como = como_se_cuenta(mayoria, total_base, base)
        gana = maximo >= requerido and len(empatadas) == 1

    detalle = "; ".join(f"{nombres[c]}, {_votos_o(votos[c])}" for c in orden)
    recuento = recuento or traducir("Votos: {0}; {1}.").format(detalle, _otros_votos(blancos, nulos, abstenciones))
    if gana:
        texto = traducir("Resultó electa la candidatura de {0}, con {1}; {2} ({3}). {4}").format(
            nombres[primera], _votos_o(maximo), se_requerian(requerido), como, recuento)
        return ResultadoEleccion(primera, requerido, total_base, (), texto)

    if maximo == 0:
        finalistas: list = []
        texto = traducir("Ninguna candidatura obtuvo votos: no hay candidatura electa. {0}").format(recuento)
    elif len(empatadas) > 1:
        finalistas = empatadas
        texto = traducir("Empate entre {0}, con {1} cada una: no hay candidatura electa; corresponde una nueva "
                         "votación entre ellas. {2}").format(_lista([nombres[c] for c in empatadas]), _votos_o(maximo),
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
            nombres[primera], _votos_o(maximo), se_requerian(requerido), como, entre, recuento)
    return ResultadoEleccion(None, requerido, total_base, tuple(finalistas), texto)


@dataclass(frozen=True)
class CupoPais:
    """Lo que la regla de composición admite a un país (o a un grupo de una agrupación: «África», de la «Región
    continental») y lo que ya ocupa en el período que se elige."""

    nombre: str                 # «Brasil», «África»
    categoria: str              # «pleno», «asociado»… (como la nombra la regla); de un grupo, su agrupación
    admitidos: int | None       # puestos que la regla admite (None: el cupo solo pide un mínimo, no pone tope)
    ocupados: int = 0           # electas con mandato en el órgano vigente en el período elegido
    cita: str | None = None     # el artículo de la regla: «Estatuto, art. 13»
    minimo: int = 0             # los puestos que la regla pide al menos (un cupo exacto: los admitidos)
    de_un_grupo: bool = False   # el cupo es de un grupo de una agrupación, no de un país


def _puestos(numero: int) -> str:
    return traducir("1 puesto") if numero == 1 else traducir("{0} puestos").format(numero)


def _cita_cupo(cupo: CupoPais) -> str:
    """«país pleno, Estatuto, art. 13» (de un grupo: «Región continental, …») y, si ya tiene electas para el
    período, «; 1 ya electa para el período»."""
    categoria = cupo.categoria if cupo.de_un_grupo else traducir("país {0}").format(traducir(cupo.categoria))
    cita = f"{categoria}, {cupo.cita}" if cupo.cita else categoria
    if cupo.ocupados:
        cita += "; " + (traducir("1 ya electa para el período") if cupo.ocupados == 1
                        else traducir("{0} ya electas para el período").format(cupo.ocupados))
    return cita


class _Cupos:
    """Los cupos de una elección de varios puestos: el de cada país y el de cada grupo. Una candidatura ocupa a la vez
    el de su país y el de cada grupo al que pertenece (`claves`: su país, o una tupla de claves: el país y los
    grupos). Los cupos con tope (`libres`) deciden quién cabe; los que piden un mínimo se cuentan para decir, al final,
    cuál no lo alcanzó (también los que no tienen tope)."""

    def __init__(self, claves: Mapping[Hashable, object], cupos: Mapping[Hashable, CupoPais]):
        self.cupos = cupos
        self.libres = {k: max(0, c.admitidos - c.ocupados) for k, c in cupos.items() if c.admitidos is not None}
        self.todas = {c: [k for k in (v if isinstance(v, tuple) else (v,)) if k in cupos] for c, v in claves.items()}
        self.electas: Counter = Counter()

    def con_tope(self, candidatura: Hashable) -> list:
        return [k for k in self.todas.get(candidatura, ()) if k in self.libres]

    def lleno(self, candidatura: Hashable) -> Hashable | None:
        """El primer cupo de la candidatura que ya no tiene lugar, o None."""
        return next((k for k in self.con_tope(candidatura) if self.libres[k] == 0), None)

    def en_conflicto(self, posibles: list) -> list:
        """Los cupos a los que van más empatadas que los lugares que les quedan."""
        cuenta = Counter(k for c in posibles for k in self.con_tope(c))
        return [k for k, n in cuenta.items() if n > self.libres[k]]

    def que_caben(self, candidatas: list, antes: list) -> int:
        """Cuántas de `candidatas` caben juntas en lo que dejan libre los cupos después de las de `antes`: la mayor
        cantidad que ningún cupo rechaza (probando las combinaciones si son pocas; si no, de a una)."""
        libres = Counter(self.libres)
        for c in antes:
            libres.subtract(self.con_tope(c))

        def caben(grupo) -> bool:
            return all(n <= libres[k] for k, n in Counter(k for c in grupo for k in self.con_tope(c)).items())

        if len(candidatas) <= 12:
            return next((n for n in range(len(candidatas), 0, -1) if any(caben(g) for g in combinations(candidatas, n))),
                        0)
        tomadas: list = []
        for c in candidatas:
            if caben([*tomadas, c]):
                tomadas.append(c)
        return len(tomadas)

    def ocupar(self, candidatura: Hashable) -> None:
        for k in self.con_tope(candidatura):
            self.libres[k] -= 1
        self.electas.update(self.todas.get(candidatura, ()))

    def sin_su_minimo(self) -> list[str]:
        """Las frases de los cupos con mínimo que la elección deja sin alcanzar: «África queda con 1 puesto; su cupo
        pide al menos 2 puestos (Región continental, Estatuto, art. 5)»."""
        frases = []
        for k, cupo in self.cupos.items():
            tiene = cupo.ocupados + self.electas[k]
            if cupo.minimo and tiene < cupo.minimo:
                frases.append(traducir("{0} queda con {1}; su cupo pide al menos {2} ({3}).").format(
                    cupo.nombre, _puestos(tiene), _puestos(cupo.minimo), _cita_cupo(cupo)))
        return frases

    def empate(self, disputadas: list, en_conflicto: list, en_juego: int, nombres, votos: str) -> str:
        """La frase del empate que los cupos dejan para una segunda vuelta, y los cupos en conflicto quedan llenos
        (los completa la segunda vuelta)."""
        lista = _lista([nombres[c] for c in disputadas])
        if len(en_conflicto) == 1:
            cupo = self.cupos[en_conflicto[0]]
            frase = traducir("Empate entre {0}, de {1}, con {2} cada una, para {3} que le queda a {1} de su cupo de "
                             "{4} ({5}).").format(lista, cupo.nombre, votos, _puestos(en_juego),
                                                  _puestos(cupo.admitidos), _cita_cupo(cupo))
        else:
            detalle = "; ".join(traducir("{0}: {1} de {2}").format(self.cupos[k].nombre, self.libres[k],
                                                                   _puestos(self.cupos[k].admitidos))
                                for k in en_conflicto)
            frase = traducir("Empate entre {0}, con {1} cada una, para {2} que dejan libres sus cupos ({3}).").format(
                lista, votos, _puestos(en_juego), detalle)
        for k in en_conflicto:
            self.libres[k] = 0
        return frase


def resultado_plurinominal(votos: Mapping[Hashable, int], nombres: Mapping[Hashable, str], puestos: int, blancos: int,
                           nulos: int, abstenciones: int, paises: Mapping[Hashable, object] | None = None,
                           cupos: Mapping[Hashable, CupoPais] | None = None, *,
                           unidad: Callable[[int], str] | None = None,
                           recuento: str | None = None, de_que: str | None = None) -> ResultadoEleccion:
    """Las N candidaturas electas por pluralidad (de la más votada a la menos), saltando a las de un país o un grupo
    cuyo cupo ya está lleno, y por qué, en castellano.

    `paises` da el país de cada candidatura (None: sin país, sin cupo), o una tupla con su país y sus grupos; `cupos`,
    el de cada país o grupo con regla (uno que no figura no tiene límite). Una candidatura sin votos no resulta
    electa. Un empate que decide (más empatadas que puestos, o más empatadas de un país que lo que le queda de su
    cupo) va a segunda vuelta solo por esos puestos, entre las empatadas; las demás electas quedan electas. Un cupo
    con mínimo que la elección no alcanza se dice al final."""
    if puestos < 1:
        raise ValueError("una elección elige al menos un puesto")
    if not votos:
        raise ValueError("una elección necesita al menos una candidatura")
    _votos_o = unidad or _votos
    cuenta = _Cupos(paises or {}, cupos or {})
    quedan = puestos
    electas: list = []
    saltadas: list = []
    finalistas: list = []
    en_disputa = 0
    frases: list[str] = []
    orden = sorted(votos, key=lambda clave: -votos[clave])
    for cantidad_de_votos, grupo in groupby((c for c in orden if votos[c] > 0), key=lambda c: votos[c]):
        if quedan == 0:
            break
        posibles = []
        for c in grupo:
            lleno = cuenta.lleno(c)
            if lleno is None:
                posibles.append(c)
                continue
            saltadas.append(c)
            cupo = cuenta.cupos[lleno]
            frases.append(traducir("Se saltó a {0} ({1}): {2} ya completó su cupo de {3} ({4}).").format(
                nombres[c], _votos_o(votos[c]), cupo.nombre, _puestos(cupo.admitidos), _cita_cupo(cupo)))
        en_conflicto = cuenta.en_conflicto(posibles)
        sin_conflicto = [c for c in posibles if not set(cuenta.con_tope(c)) & set(en_conflicto)]
        disputadas = [c for c in posibles if c not in sin_conflicto]
        en_juego = cuenta.que_caben(disputadas, sin_conflicto)
        if len(sin_conflicto) + en_juego > quedan:
            # El empate decide los últimos puestos: segunda vuelta entre las empatadas por los que quedan.
            if len(posibles) > 1:
                finalistas += posibles
                en_disputa += quedan
                frases.append(traducir("Empate en el último puesto: {0}, con {1} cada una, para {2}.").format(
                    _lista([nombres[c] for c in posibles]), _votos_o(cantidad_de_votos), _puestos(quedan)))
            quedan = 0
            break
        for c in sin_conflicto:
            electas.append(c)
            quedan -= 1
            cuenta.ocupar(c)
        if disputadas:
            finalistas += disputadas
            en_disputa += en_juego
            quedan -= en_juego
            frases.append(cuenta.empate(disputadas, en_conflicto, en_juego, nombres, _votos_o(cantidad_de_votos)))
    if not finalistas:
        frases += cuenta.sin_su_minimo()

    detalle = "; ".join(f"{nombres[c]}, {_votos_o(votos[c])}" for c in orden)
    recuento = recuento or traducir("Votos: {0}; {1}.").format(detalle, _otros_votos(blancos, nulos, abstenciones))
    partes = [de_que or traducir("Elección de {0} por pluralidad de votos.").format(_puestos(puestos))]
    if electas:
        lista = "; ".join(f"{nombres[c]} ({_votos_o(votos[c])})" for c in electas)
        partes.append(traducir("Resultaron electas {0} de {1}: {2}.").format(len(electas), _puestos(puestos), lista)
                      if len(electas) > 1 else
                      traducir("Resultó electa 1 de {0}: {1}.").format(_puestos(puestos), lista))
    elif not finalistas:
        partes.append(traducir("Ninguna candidatura obtuvo votos: no hay candidaturas electas.")
                      if not any(votos.values()) else traducir("No hay candidaturas electas."))
    partes += frases
    if finalistas:
        partes.append(traducir("Corresponde una segunda vuelta entre {0} por {1}.").format(
            _lista([nombres[c] for c in finalistas]), _puestos(en_disputa)))
    sin_cubrir = puestos - len(electas) - en_disputa
    if sin_cubrir > 0 and (electas or finalistas or any(votos.values())):
        partes.append(traducir("{0} sin cubrir: no hay más candidaturas con votos que puedan ocuparlos.").format(
            traducir("Queda 1 puesto") if sin_cubrir == 1 else traducir("Quedan {0} puestos").format(sin_cubrir)))
    partes.append(recuento)
    return ResultadoEleccion(None, 0, sum(votos.values()) + blancos, tuple(finalistas), " ".join(partes),
                             tuple(electas), en_disputa, tuple(saltadas))
