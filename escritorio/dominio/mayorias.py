"""Mayorías: la única fuente de verdad de qué mayoría pide cada decisión y cómo se cuenta.

Tipos de decisión: los que los estatutos enumeran con reglas propias (el de la demo, arts. 20, 24 y 25:
ordinarias por mayoría simple, la reforma del estatuto por dos tercios de los presentes, la disolución por
tres cuartos de los miembros con derecho a voto). Cada órgano fija, por tipo, su quórum y su mayoría con el
artículo que los establece (servicios.sesiones.reglas_de_sesion); sin regla propia rige la ordinaria.

Mayorías:
- simple: más votos a favor que en contra; las abstenciones no cuentan. No tiene base: la base son los votos
  emitidos (a favor + en contra), implícita. «Simple de los presentes» no existe: quien quiere que las
  abstenciones pesen pide mayoría absoluta de los presentes.
- absoluta: más de la mitad de la base (la mitad, redondeada hacia abajo, más uno).
- dos tercios, tres cuartos: al menos esa fracción de la base (2/3 exactos alcanzan: 20 de 30).
Bases: votos emitidos (a favor + en contra), miembros presentes con derecho a voto (contando los poderes; la
abstención pesa como un voto en contra) o miembros con derecho a voto (presentes o no). La base suma pesos:
un miembro con voto ponderado cuenta su peso. Los miembros con el voto suspendido no están en la base.
Base cero (nadie votó, o nadie con derecho): no hay mayoría que alcanzar y la moción se rechaza.
"""

from dataclasses import dataclass
from math import ceil

from .traduccion import traducir

# Tipos de decisión con regla propia de quórum y mayoría. datos/esquema.py tiene una copia en SQL
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
BASES = {"emitidos": "votos emitidos", "presentes": "miembros presentes", "con_derecho": "miembros con derecho a voto"}
# Cómo se nombra la base en una frase («dos tercios de los miembros presentes con derecho a voto»).
BASES_EN_FRASE = {"emitidos": "de los votos emitidos", "presentes": "de los miembros presentes con derecho a voto",
                  "con_derecho": "de los miembros con derecho a voto"}
# La base contada en singular: «más de la mitad de 1 miembro presente», no «de 1 miembros presentes».
BASES_SINGULAR = {"emitidos": "voto emitido", "presentes": "miembro presente", "con_derecho": "miembro con derecho a voto"}
# La única base de la mayoría simple: la de los votos emitidos, implícita.
BASE_SIMPLE = "emitidos"
FRASE_SIMPLE = "más votos a favor que en contra, sin contar las abstenciones"
# Cómo se cuenta cada mayoría que no es la simple, sobre su base ya contada («dos tercios de 40 miembros presentes»).
COMO_SE_CUENTA = {"absoluta": "más de la mitad de {0}", "dos_tercios": "dos tercios de {0}",
                  "tres_cuartos": "tres cuartos de {0}"}
# Las mayorías cuya descripción empieza por la palabra «Mayoría» («Mayoría simple: …», «Mayoría absoluta (…) …»);
# las otras se nombran por su fracción («Dos tercios de …»).
NOMBRADAS_COMO_MAYORIA = ("simple", "absoluta")


def problema_de_mayoria(mayoria: str | None, base: str | None) -> str | None:
    """Qué está mal en una mayoría y su base, en el idioma en curso y con el arreglo; None si está bien."""
    if mayoria not in MAYORIAS:
        return traducir("Mayoría «{0}» desconocida; use {1}.").format(mayoria, ", ".join(MAYORIAS))
    if base not in BASES:
        return traducir("Base «{0}» desconocida; use {1}.").format(base, ", ".join(BASES))
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

    def describir(self) -> str:
        """«Dos tercios de los miembros presentes con derecho a voto (Estatuto, art. 20)», en el idioma en curso."""
        cita = f" ({self.articulo})" if self.articulo else ""
        if self.mayoria == "simple":
            return traducir("Mayoría simple: {0}").format(traducir(FRASE_SIMPLE)) + cita
        base = traducir(BASES_EN_FRASE[self.base]) if self.base in BASES_EN_FRASE else self.base
        if self.mayoria == "absoluta":
            return traducir("Mayoría absoluta (más de la mitad) {0}").format(base) + cita
        nombre = traducir(MAYORIAS[self.mayoria]) if self.mayoria in MAYORIAS else self.mayoria
        return f"{nombre} {base}{cita}"

    def describir_en_frase(self) -> str:
        """`describir` para seguir una frase, siempre con la palabra mayoría delante: «mayoría simple: más votos…»,
        «mayoría absoluta (más de la mitad) de …», «mayoría: dos tercios de …» (sin comparar textos: sirve en
        cualquier idioma)."""
        texto = self.describir()
        texto = texto[:1].lower() + texto[1:]
        if self.mayoria in NOMBRADAS_COMO_MAYORIA:
            return texto
        return traducir("mayoría: {0}").format(texto)

    def problema(self) -> str | None:
        return problema_de_mayoria(self.mayoria, self.base)

    def misma_mayoria(self, mayoria: str, base: str) -> bool:
        """Si (mayoria, base) es lo que la regla pide (el artículo no cuenta)."""
        return (self.mayoria, self.base) == (mayoria, base)


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
    cantidad = {"emitidos": a_favor + en_contra, "presentes": presentes, "con_derecho": con_derecho}[base]
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
