"""Quórum y mayorías: reglas de cada órgano, citadas a su artículo. Nadie en el campo verifica el quórum: aquí sí.

Quórum: una fracción (por ejemplo «mitad más uno», «dos tercios») de una base (miembros con derecho a
voto o todos los integrantes), con segunda convocatoria opcional con los presentes.
Mayorías: simple (más a favor que en contra), absoluta (más de la mitad de la base), dos tercios o tres
cuartos de la base; la base son los votos emitidos (a favor + en contra), los presentes o los que tienen
derecho a voto.
"""

from dataclasses import dataclass
from math import ceil

TIPOS_SESION = {"ordinaria": "Ordinaria", "extraordinaria": "Extraordinaria"}
ESTADOS_SESION = {"convocada": "Convocada", "celebrada": "Celebrada", "suspendida": "Suspendida"}
TIPOS_PUNTO = {"informativo": "Informativo", "deliberativo": "Deliberativo", "votacion": "Votación", "eleccion": "Elección"}
ASISTENCIA = {"presente": "Presente", "ausente": "Ausente", "excusado": "Excusado"}
METODOS = {"alzada": "A mano alzada", "nominal": "Nominal", "secreta": "Secreta"}
MAYORIAS = {"simple": "Mayoría simple", "absoluta": "Mayoría absoluta", "dos_tercios": "Dos tercios",
            "tres_cuartos": "Tres cuartos"}
BASES = {"emitidos": "votos emitidos", "presentes": "miembros presentes", "con_derecho": "miembros con derecho a voto"}
TIPOS_RESOLUCION = {"resolucion": "Resolución", "decision": "Decisión", "declaracion": "Declaración",
                    "recomendacion": "Recomendación"}
SENTIDOS = {"a_favor": "A favor", "en_contra": "En contra", "abstencion": "Abstención"}
ESTADOS_ACTA = {"borrador": "Borrador", "aprobada": "Aprobada", "firmada": "Firmada"}



@dataclass(frozen=True)
class ReglaQuorum:
    numerador: int = 1
    denominador: int = 2
    mas_uno: bool = True          # «mitad más uno»: la fracción, redondeada hacia abajo, más uno
    sobre: str = "con_derecho"    # con_derecho (miembros con derecho a voto) o integrantes
    segunda_convocatoria_minutos: int | None = None
    articulo: str | None = None
    tipo_decision: str = "ordinaria"

    def requerido(self, base: int) -> int:
        if self.mas_uno:
            return base * self.numerador // self.denominador + 1
        return ceil(base * self.numerador / self.denominador)

    def describir(self) -> str:
        if (self.numerador, self.denominador) == (1, 2) and self.mas_uno:
            fraccion = "la mitad más uno"
        else:
            fraccion = f"{self.numerador}/{self.denominador}" + (" más uno" if self.mas_uno else "")
            fraccion = {"2/3": "dos tercios", "3/4": "tres cuartos", "1/2": "la mitad"}.get(fraccion, fraccion)
        sobre = "de los miembros con derecho a voto" if self.sobre == "con_derecho" else "de los integrantes"
        segunda = (f"; en segunda convocatoria, pasados {self.segunda_convocatoria_minutos} minutos, con los presentes"
                   if self.segunda_convocatoria_minutos else "")
        cita = f" ({self.articulo})" if self.articulo else ""
        return f"Quórum: {fraccion} {sobre}{segunda}{cita}."


@dataclass(frozen=True)
class Quorum:
    base: int
    presentes: int         # con voto, contando los poderes
    requerido: int
    hay: bool
    segunda_convocatoria: bool
    regla: ReglaQuorum

    def enunciado(self) -> str:
        """«Con la presencia de 34 de 52 miembros con derecho a voto se verifica el quórum (art. 15).»"""
        cita = f" ({self.regla.articulo})" if self.regla.articulo else ""
        de_que = "miembros con derecho a voto" if self.regla.sobre == "con_derecho" else "integrantes"
        if self.segunda_convocatoria:
            return (f"En segunda convocatoria, con la presencia de {self.presentes} de {self.base} {de_que}, la sesión "
                    f"se realiza con los presentes{cita}.")
        if self.hay:
            return f"Con la presencia de {self.presentes} de {self.base} {de_que} se verifica el quórum{cita}."
        return (f"Con la presencia de {self.presentes} de {self.base} {de_que} no hay quórum: se requieren "
                f"{self.requerido}{cita}.")


def calcular_quorum(regla: ReglaQuorum, base: int, presentes: int, segunda_convocatoria: bool = False) -> Quorum:
    if segunda_convocatoria and not regla.segunda_convocatoria_minutos:
        segunda_convocatoria = False  # la regla no prevé segunda convocatoria
    requerido = regla.requerido(base)
    hay = presentes >= requerido or (segunda_convocatoria and presentes > 0)
    return Quorum(base, presentes, requerido, hay, segunda_convocatoria and presentes < requerido, regla)


@dataclass(frozen=True)
class Resultado:
    aprobada: bool
    requerido: int
    base: int
    texto: str


def resultado_votacion(a_favor: int, en_contra: int, abstenciones: int, mayoria: str, base: str,
                       presentes: int, con_derecho: int) -> Resultado:
    """Si la moción se aprueba y por qué, en castellano («Aprobada: 30 votos a favor; se requerían 27 (dos tercios de 40 presentes)»)."""
    if mayoria not in MAYORIAS:
        raise ValueError(f"mayoría «{mayoria}» desconocida")
    if base not in BASES:
        raise ValueError(f"base «{base}» desconocida")
    cantidad = {"emitidos": a_favor + en_contra, "presentes": presentes, "con_derecho": con_derecho}[base]
    if mayoria == "simple":
        requerido = en_contra + 1
        aprobada = a_favor > en_contra
        como = "más votos a favor que en contra"
    elif mayoria == "absoluta":
        requerido = cantidad // 2 + 1
        aprobada = a_favor >= requerido
        como = f"más de la mitad de {cantidad} {BASES[base]}"
    else:
        numerador, denominador = (2, 3) if mayoria == "dos_tercios" else (3, 4)
        requerido = ceil(cantidad * numerador / denominador)
        aprobada = a_favor >= requerido and a_favor > 0
        como = f"{MAYORIAS[mayoria].lower()} de {cantidad} {BASES[base]}"
    abstenidos = f"{abstenciones} abstención" if abstenciones == 1 else f"{abstenciones} abstenciones"
    texto = (f"{'Aprobada' if aprobada else 'Rechazada'}: {a_favor} a favor, {en_contra} en contra, {abstenidos}; "
             f"se requerían {requerido} ({como}).")
    return Resultado(aprobada, requerido, cantidad, texto)


def numero_ordinal_romano(numero: int) -> str:
    """21 -> 'XXI' (las sesiones se numeran «XXI Cumbre»)."""
    valores = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
               (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    texto = ""
    for valor, letras in valores:
        while numero >= valor:
            texto += letras
            numero -= valor
    return texto


def numero_resolucion(tipo: str, numero: int, anio: int) -> str:
    """'Resolución 12/2026'."""
    return f"{TIPOS_RESOLUCION[tipo]} {numero}/{anio}"
