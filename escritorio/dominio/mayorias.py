"""Mayorías: la única fuente de verdad de qué mayoría pide cada decisión y cómo se cuenta.

Tipos de decisión: los que los estatutos enumeran con reglas propias (el de la demo, arts. 20, 24 y 25:
ordinarias por mayoría simple, la reforma del estatuto por dos tercios de los presentes, la disolución por
tres cuartos de los miembros con derecho a voto). Cada órgano fija, por tipo, su quórum y su mayoría con el
artículo que los establece (servicios.sesiones.reglas.reglas_de_sesion); sin regla propia rige la ordinaria.

Mayorías:
- simple: más votos a favor que en contra; las abstenciones no cuentan. No tiene base: la base son los votos
  emitidos (a favor + en contra), implícita. «Simple de los presentes» no existe: quien quiere que las
  abstenciones pesen pide mayoría absoluta de los presentes.
- absoluta: más de la mitad de la base (la mitad, redondeada hacia abajo, más uno).
- dos tercios, tres cuartos: al menos esa fracción de la base (2/3 exactos alcanzan: 20 de 30).
Bases (qué votos cuentan; una elección del estatuto por tipo de decisión, como las bases de OpenSlides):
- de una moción (BASES_MOCION): votos emitidos (a favor + en contra, la de siempre), votos a favor, en contra y
  abstenciones («sna»: la abstención pesa como un voto en contra), miembros presentes con derecho a voto (contando
  los poderes) o miembros con derecho a voto (presentes o no);
- de una elección (BASES_ELECCION): votos válidos (solo los de las candidaturas), votos emitidos (candidaturas y en
  blanco, la de siempre), todos los votos (también los nulos), presentes o con derecho a voto.
La base suma pesos: un miembro con voto ponderado cuenta su peso. Los miembros con el voto suspendido no están en
la base. Base cero (nadie votó, o nadie con derecho): no hay mayoría que alcanzar y la moción se rechaza.

Reglas que no se rebajan: lo que el estatuto fija (reforma del estatuto, exclusión, disolución, elecciones; y
admisión, cuotas y presupuesto o reforma del reglamento cuando el órgano tiene para ese tipo una regla propia con su
artículo) una votación solo puede hacerlo más exigente, con motivo (`problemas_del_cambio`). «Más exigente» es un
orden parcial: más fracción (simple ≤ absoluta ≤ dos tercios ≤ tres cuartos) y una base que contiene a la otra
(emitidos ⊆ con abstenciones ⊆ presentes ⊆ con derecho; válidos ⊆ emitidos ⊆ todos ⊆ presentes ⊆ con derecho).
Más fracción sobre menos base no es comparable: se rechaza también.
"""

from dataclasses import dataclass
from math import ceil

from .traduccion import traducir

# Tipos de decisión con regla propia de quórum y mayoría. datos/esquema/__init__.py tiene una copia en SQL
# (_TIPOS_DECISION_SQL); tests/dominio/test_mayorias.py comprueba que sean la misma lista.
TIPOS_DECISION = {
    "ordinaria": "Ordinaria (regla general)",
    "reforma_estatuto": "Reforma del estatuto",
    "reforma_reglamento": "Reforma del reglamento",
    "admision": "Admisión de miembros",
    "exclusion": "Exclusión de miembros",
    "cuotas_presupuesto": "Cuotas y presupuesto",
    "eleccion": "Elecciones",
    "disolucion": "Disolución",
}

MAYORIAS = {"simple": "Mayoría simple", "absoluta": "Mayoría absoluta", "dos_tercios": "Dos tercios",
            "tres_cuartos": "Tres cuartos"}
# Todas las bases, de mociones y de elecciones (el orden es el de las listas CHECK del esquema: las tres primeras son
# las de antes de la migración 0018). «emitidos» se cuenta distinto en una moción (a favor + en contra) y en una
# elección (candidaturas + en blanco): en los dos casos, los votos que expresan algo, sin abstenciones ni nulos.
BASES = {"emitidos": "votos emitidos", "presentes": "miembros presentes", "con_derecho": "miembros con derecho a voto",
         "sna": "votos, contando las abstenciones", "validos": "votos válidos",
         "todos": "votos, contando blancos y nulos"}
# Las de una moción y las de una elección, de la menos a la más exigente (el orden de «más estricta»).
BASES_MOCION = ("emitidos", "sna", "presentes", "con_derecho")
BASES_ELECCION = ("validos", "emitidos", "todos", "presentes", "con_derecho")
# Qué cuenta cada base, para elegirla (diálogo de reglas, ayuda de la CLI, README).
QUE_CUENTA_MOCION = {"emitidos": "a favor + en contra (las abstenciones no cuentan)",
                     "sna": "a favor + en contra + abstenciones",
                     "presentes": "miembros presentes con derecho a voto (y sus poderes)",
                     "con_derecho": "miembros con derecho a voto, presentes o no"}
QUE_CUENTA_ELECCION = {"validos": "solo los votos a candidaturas",
                       "emitidos": "votos a candidaturas + en blanco (los nulos no cuentan)",
                       "todos": "votos a candidaturas + en blanco + nulos",
                       "presentes": "miembros presentes con derecho a voto (y sus poderes)",
                       "con_derecho": "miembros con derecho a voto, presentes o no"}
# Cómo se nombra la base en una frase («dos tercios de los miembros presentes con derecho a voto»).
BASES_EN_FRASE = {"emitidos": "de los votos emitidos", "presentes": "de los miembros presentes con derecho a voto",
                  "con_derecho": "de los miembros con derecho a voto",
                  "sna": "de los votos a favor, en contra y abstenciones", "validos": "de los votos válidos",
                  "todos": "de todos los votos, contando blancos y nulos"}
# La base contada en singular: «más de la mitad de 1 miembro presente», no «de 1 miembros presentes».
BASES_SINGULAR = {"emitidos": "voto emitido", "presentes": "miembro presente", "con_derecho": "miembro con derecho a voto",
                  "sna": "voto, contando las abstenciones", "validos": "voto válido",
                  "todos": "voto, contando blancos y nulos"}
# Las mayorías de la menos a la más exigente.
ORDEN_MAYORIAS = ("simple", "absoluta", "dos_tercios", "tres_cuartos")
# Tipos de decisión que el estatuto fija siempre, y los que fija cuando el órgano tiene una regla propia con su
# artículo para ese tipo: una votación no los rebaja.
FIJADOS_POR_EL_ESTATUTO = ("reforma_estatuto", "exclusion", "disolucion", "eleccion")
FIJADOS_SI_HAY_ARTICULO = ("admision", "cuotas_presupuesto", "reforma_reglamento")
# Cómo empieza la frase que cita lo que exige cada tipo («La reforma del estatuto exige …»).
QUIEN_EXIGE = {"reforma_estatuto": "La reforma del estatuto exige", "exclusion": "La exclusión de un miembro exige",
               "disolucion": "La disolución exige", "eleccion": "Una elección exige",
               "admision": "La admisión de miembros exige", "cuotas_presupuesto": "Las cuotas y el presupuesto exigen",
               "reforma_reglamento": "La reforma del reglamento exige", "ordinaria": "Una decisión ordinaria pide"}
# La única base de la mayoría simple: la de los votos emitidos, implícita.
BASE_SIMPLE = "emitidos"
FRASE_SIMPLE = "más votos a favor que en contra, sin contar las abstenciones"
FRASE_SIMPLE_ELECCION = "la candidatura más votada"
# Cómo se cuenta cada mayoría que no es la simple, sobre su base ya contada («dos tercios de 40 miembros presentes»).
COMO_SE_CUENTA = {"absoluta": "más de la mitad de {0}", "dos_tercios": "dos tercios de {0}",
                  "tres_cuartos": "tres cuartos de {0}"}
# Las mayorías cuya descripción empieza por la palabra «Mayoría» («Mayoría simple: …», «Mayoría absoluta (…) …»);
# las otras se nombran por su fracción («Dos tercios de …»).
NOMBRADAS_COMO_MAYORIA = ("simple", "absoluta")


def bases_de(eleccion: bool = False) -> tuple[str, ...]:
    """Las bases de una moción o las de una elección, de la menos a la más exigente."""
    return BASES_ELECCION if eleccion else BASES_MOCION


def base_para(base: str, eleccion: bool) -> str:
    """La base de una regla llevada a una moción o a una elección: una regla de elección puede regir una moción del
    mismo tipo, y la ordinaria rige las elecciones si no hay regla de elecciones. Válidos y emitidos de una elección
    son, en una moción, los emitidos (a favor + en contra); todos, los que cuentan las abstenciones; y al revés."""
    if eleccion:
        return {"sna": "todos"}.get(base, base)
    return {"validos": "emitidos", "todos": "sna"}.get(base, base)


def problema_de_mayoria(mayoria: str | None, base: str | None, eleccion: bool = False) -> str | None:
    """Qué está mal en una mayoría y su base (de una moción, o de una elección), en el idioma en curso y con el
    arreglo; None si está bien."""
    if mayoria not in MAYORIAS:
        return traducir("Mayoría «{0}» desconocida; use {1}.").format(mayoria, ", ".join(MAYORIAS))
    if base not in bases_de(eleccion):
        if eleccion:
            return traducir("Base «{0}» desconocida para una elección; use {1}.").format(
                base, ", ".join(BASES_ELECCION))
        return traducir("Base «{0}» desconocida; use {1}.").format(base, ", ".join(BASES_MOCION))
    if mayoria == "simple" and base != BASE_SIMPLE and eleccion:
        return traducir("En una elección, la mayoría simple es la candidatura más votada: no se cuenta sobre {0}. Deje "
                        "la base en «emitidos», o elija mayoría absoluta {1}.").format(
            traducir(BASES[base]), traducir(BASES_EN_FRASE[base]))
    if mayoria == "simple" and base != BASE_SIMPLE:
        return traducir("La mayoría simple es {0}: no se cuenta sobre {1}. Si las abstenciones deben pesar como votos "
                        "en contra, elija mayoría absoluta {2} (por ejemplo «absoluta de los presentes»).").format(
            traducir(FRASE_SIMPLE), traducir(BASES[base]), traducir(BASES_EN_FRASE[base]))
    return None


@dataclass(frozen=True)
class ReglaMayoria:
    """La mayoría que pide un tipo de decisión, sobre qué base y el artículo que lo fija."""

    mayoria: str = "simple"
    base: str = BASE_SIMPLE
    articulo: str | None = None

    def describir(self, eleccion: bool = False) -> str:
        """«Dos tercios de los miembros presentes con derecho a voto (Estatuto, art. 20)», en el idioma en curso (la
        simple de una elección: «Mayoría simple: la candidatura más votada»)."""
        cita = f" ({self.articulo})" if self.articulo else ""
        if self.mayoria == "simple":
            return traducir("Mayoría simple: {0}").format(
                traducir(FRASE_SIMPLE_ELECCION if eleccion else FRASE_SIMPLE)) + cita
        base = traducir(BASES_EN_FRASE[self.base]) if self.base in BASES_EN_FRASE else self.base
        if self.mayoria == "absoluta":
            return traducir("Mayoría absoluta (más de la mitad) {0}").format(base) + cita
        nombre = traducir(MAYORIAS[self.mayoria]) if self.mayoria in MAYORIAS else self.mayoria
        return f"{nombre} {base}{cita}"

    def describir_en_frase(self, eleccion: bool = False) -> str:
        """`describir` para seguir una frase, siempre con la palabra mayoría delante: «mayoría simple: más votos…»,
        «mayoría absoluta (más de la mitad) de …», «mayoría: dos tercios de …» (sin comparar textos: sirve en
        cualquier idioma)."""
        texto = self.describir(eleccion)
        texto = texto[:1].lower() + texto[1:]
        if self.mayoria in NOMBRADAS_COMO_MAYORIA:
            return texto
        return traducir("mayoría: {0}").format(texto)

    def problema(self, eleccion: bool = False) -> str | None:
        """Qué está mal en la regla (la de las elecciones admite las bases de una elección); None si está bien."""
        return problema_de_mayoria(self.mayoria, self.base, eleccion)

    def misma_mayoria(self, mayoria: str, base: str) -> bool:
        """Si (mayoria, base) es lo que la regla pide (el artículo no cuenta)."""
        return (self.mayoria, self.base) == (mayoria, base)


def mayoria_a_aplicar(regla: ReglaMayoria, mayoria: str | None, base: str | None) -> tuple[str, str]:
    """La mayoría y la base con que se vota: lo pedido o, lo que falte, de la regla (la simple: votos emitidos)."""
    mayoria = mayoria or regla.mayoria
    if base is None:
        base = BASE_SIMPLE if mayoria == "simple" else (regla.base if regla.mayoria != "simple" else BASE_SIMPLE)
    return mayoria, base


def comparar_exigencia(pedida: ReglaMayoria, regla: ReglaMayoria, eleccion: bool = False) -> str:
    """Cómo es la mayoría `pedida` frente a la `regla`: «igual», «mas_estricta», «menos_estricta» o «no_comparable»
    (más fracción sobre menos base, o al revés). La simple no tiene base: es la menos exigente de todas."""
    orden_bases = bases_de(eleccion)

    def rango(r: ReglaMayoria) -> tuple[int, int]:
        base = base_para(r.base, eleccion)
        return (ORDEN_MAYORIAS.index(r.mayoria),
                0 if r.mayoria == "simple" or base not in orden_bases else orden_bases.index(base))

    (fraccion_p, base_p), (fraccion_r, base_r) = rango(pedida), rango(regla)
    if (fraccion_p, base_p) == (fraccion_r, base_r):
        return "igual"
    if fraccion_p >= fraccion_r and base_p >= base_r:
        return "mas_estricta"
    if fraccion_p <= fraccion_r and base_p <= base_r:
        return "menos_estricta"
    return "no_comparable"


def no_se_rebaja(tipo_decision: str, regla_propia_con_articulo: bool) -> bool:
    """Si la regla de un tipo de decisión la fija el estatuto (una votación no puede pedir menos): la reforma del
    estatuto, la exclusión, la disolución y las elecciones siempre; la admisión, las cuotas y el presupuesto y la
    reforma del reglamento cuando el órgano tiene para ese tipo una regla propia con su artículo."""
    return tipo_decision in FIJADOS_POR_EL_ESTATUTO or (
        tipo_decision in FIJADOS_SI_HAY_ARTICULO and regla_propia_con_articulo)


def _minuscula(texto: str) -> str:
    return texto[:1].lower() + texto[1:]


def problemas_del_cambio(regla: ReglaMayoria, tipo_decision: str, mayoria: str, base: str, motivo: str | None,
                         fija: bool, eleccion: bool = False) -> list[str]:
    """Lo que impide votar con (mayoria, base) en un punto cuya regla es `regla`: que no exista, una simple con base,
    un cambio sin motivo o, si la regla la fija el estatuto (`fija`, de `no_se_rebaja`), un cambio que no la hace
    más exigente. La única regla de los cambios de mayoría: la usan las votaciones y las elecciones, desde la
    ventana y desde la CLI."""
    if mayoria not in MAYORIAS and base not in bases_de(eleccion):   # las dos mal: se dicen las dos
        return [problema_de_mayoria(mayoria, base_para(regla.base, eleccion), eleccion),
                problema_de_mayoria(regla.mayoria, base, eleccion)]
    problema = problema_de_mayoria(mayoria, base, eleccion)
    if problema:
        return [problema]
    pedida = ReglaMayoria(mayoria, base)
    comparacion = comparar_exigencia(pedida, regla, eleccion)
    if comparacion == "igual":
        return []
    pide = _minuscula(regla.describir(eleccion))
    elegida = _minuscula(pedida.describir(eleccion))
    if fija and comparacion != "mas_estricta":
        exige = traducir(QUIEN_EXIGE.get(tipo_decision, "La regla de este tipo de decisión exige"))
        cita = "" if regla.articulo else " " + traducir("(la regla del órgano)")
        inicio = traducir("{0} {1}{2}; una votación no puede pedir menos.").format(exige, pide, cita)
        if comparacion == "menos_estricta":
            return [inicio + " " + traducir("Con {0} se pediría menos. Vote con la regla, o con una más exigente (más "
                                            "fracción, o una base más amplia) y el motivo del cambio.").format(elegida)]
        fraccion_mayor = ORDEN_MAYORIAS.index(mayoria) > ORDEN_MAYORIAS.index(regla.mayoria)
        mas, menos = ((traducir("una fracción mayor"), traducir("una base menor")) if fraccion_mayor
                      else (traducir("una base mayor"), traducir("una fracción menor")))
        return [inicio + " " + traducir("{0} no es más exigente: pide {1} pero sobre {2}, y según cuántos voten "
                                        "alcanzaría con menos votos que la regla. Vote con la regla, o suba la "
                                        "fracción sin achicar la base (o amplíe la base sin bajar la fracción), con "
                                        "el motivo del cambio.").format(
            elegida[:1].upper() + elegida[1:], mas, menos)]
    if not (motivo or "").strip():
        if tipo_decision == "ordinaria":
            return [traducir("Este punto es una decisión ordinaria: la regla pide {0}. Para votar con {1} escriba el "
                             "motivo del cambio (queda en el acta); si no, vote con la regla.").format(pide, elegida)]
        tipo = traducir(TIPOS_DECISION[tipo_decision]) if tipo_decision in TIPOS_DECISION else tipo_decision
        return [traducir("Este punto es de {0}: la regla pide {1}. Para votar con {2} escriba el motivo del cambio "
                         "(queda en el acta); si no, vote con la regla.").format(tipo.lower(), pide, elegida)]
    return []


@dataclass(frozen=True)
class Resultado:
    aprobada: bool
    requerido: int
    base: int
    texto: str


def base_contada(cantidad: int, base: str) -> str:
    """(1, 'presentes') -> '1 miembro presente'; (40, 'presentes') -> '40 miembros presentes'."""
    return f"{cantidad} {traducir(BASES_SINGULAR[base]) if cantidad == 1 else traducir(BASES[base])}"


def se_requerian(requerido: int) -> str:
    """'se requería 1', 'se requerían 27'."""
    if requerido == 1:
        return traducir("se requería {0}").format(requerido)
    return traducir("se requerían {0}").format(requerido)


def como_se_cuenta(mayoria: str, cantidad: int, base: str) -> str:
    """('dos_tercios', 40, 'presentes') -> 'dos tercios de 40 miembros presentes' (una mayoría que no es la simple)."""
    return traducir(COMO_SE_CUENTA[mayoria]).format(base_contada(cantidad, base))


def votos_contados(a_favor: int, en_contra: int, abstenciones: int) -> str:
    """'30 a favor, 5 en contra, 1 abstención'."""
    if abstenciones == 1:
        return traducir("{0} a favor, {1} en contra, {2} abstención").format(a_favor, en_contra, abstenciones)
    return traducir("{0} a favor, {1} en contra, {2} abstenciones").format(a_favor, en_contra, abstenciones)


def requeridos(mayoria: str, cantidad: int) -> int:
    """Votos a favor que hacen falta sobre una base de `cantidad` (absoluta, dos tercios o tres cuartos)."""
    if mayoria == "absoluta":
        return cantidad // 2 + 1
    numerador, denominador = (2, 3) if mayoria == "dos_tercios" else (3, 4)
    return ceil(cantidad * numerador / denominador)


def resultado_votacion(a_favor: int, en_contra: int, abstenciones: int, mayoria: str, base: str,
                       presentes: int, con_derecho: int) -> Resultado:
    """Si la moción se aprueba y por qué, en castellano («Aprobada: 30 a favor, …; se requerían 27 (dos tercios de
    40 miembros presentes)»). `presentes` y `con_derecho` ya suman pesos y poderes. Una mayoría simple con una base
    que no sea la de los votos emitidos lanza ValueError con el mensaje de `problema_de_mayoria`."""
    problema = problema_de_mayoria(mayoria, base)
    if problema:
        raise ValueError(problema)
    votos = votos_contados(a_favor, en_contra, abstenciones)
    if mayoria == "simple":
        aprobada = a_favor > en_contra
        texto = traducir("Aprobada: {0}; mayoría simple: {1}." if aprobada
                         else "Rechazada: {0}; mayoría simple: {1}.").format(votos, traducir(FRASE_SIMPLE))
        return Resultado(aprobada, en_contra + 1, a_favor + en_contra, texto)
    cantidad = {"emitidos": a_favor + en_contra, "sna": a_favor + en_contra + abstenciones, "presentes": presentes,
                "con_derecho": con_derecho}[base]
    como = como_se_cuenta(mayoria, cantidad, base)
    if cantidad <= 0:
        texto = traducir("Rechazada: {0}; no hay mayoría que alcanzar: la base ({1}) es cero ({2}).").format(
            votos, traducir(BASES[base]), como)
        return Resultado(False, 0, 0, texto)
    requerido = requeridos(mayoria, cantidad)
    aprobada = a_favor >= requerido
    texto = traducir("Aprobada: {0}; {1} ({2})." if aprobada else "Rechazada: {0}; {1} ({2}).").format(
        votos, se_requerian(requerido), como)
    return Resultado(aprobada, requerido, cantidad, texto)
