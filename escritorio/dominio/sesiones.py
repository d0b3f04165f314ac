"""Quórum y mayorías: reglas de cada órgano, citadas a su artículo. Nadie en el campo verifica el quórum: aquí sí.

Quórum: una fracción (por ejemplo «mitad más uno», «dos tercios») de una base (miembros con derecho a
voto o todos los integrantes), con segunda convocatoria opcional con los presentes.
Mayorías: en dominio/mayorias.py (se reexportan aquí).
"""

from dataclasses import dataclass
from math import ceil

# Las mayorías viven en dominio/mayorias.py (única fuente de verdad); se reexportan para quien las importa de aquí.
from .mayorias import BASES, MAYORIAS, TIPOS_DECISION, ReglaMayoria, Resultado, resultado_votacion  # noqa: F401
from .traduccion import traducir

TIPOS_SESION = {"ordinaria": "Ordinaria", "extraordinaria": "Extraordinaria"}
ESTADOS_SESION = {"convocada": "Convocada", "celebrada": "Celebrada", "suspendida": "Suspendida"}
TIPOS_PUNTO = {"informativo": "Informativo", "deliberativo": "Deliberativo", "votacion": "Votación", "eleccion": "Elección"}


def decision_por_omision(tipo_punto: str | None) -> str:
    """El tipo de decisión de un punto que no lo dice: una elección se decide con la regla de elecciones (su quórum y su
    mayoría); lo demás, con la ordinaria."""
    return "eleccion" if tipo_punto == "eleccion" else "ordinaria"


ASISTENCIA = {"presente": "Presente", "ausente": "Ausente", "excusado": "Excusado"}
METODOS = {"alzada": "A mano alzada", "nominal": "Nominal", "secreta": "Secreta"}
TIPOS_RESOLUCION = {"resolucion": "Resolución", "decision": "Decisión", "declaracion": "Declaración",
                    "recomendacion": "Recomendación"}
SENTIDOS = {"a_favor": "A favor", "en_contra": "En contra", "abstencion": "Abstención"}
ESTADOS_ACTA = {"borrador": "Borrador", "aprobada": "Aprobada", "firmada": "Firmada"}
# Con el acta en uno de estos estados, el registro de la sesión queda congelado (los triggers de datos/esquema/__init__.py).
ESTADOS_ACTA_CERRADA = ("aprobada", "firmada")
# Sobre qué se cuenta el quórum: los miembros con derecho a voto, o todos los integrantes del órgano.
SOBRE_QUORUM = {"con_derecho": "los miembros con derecho a voto", "integrantes": "todos los integrantes"}
CALIDADES_INVITADO = {"invitado": "Invitado", "observador": "Observador"}
# Quien adhiere a una declaración sin ser miembro (la base: datos/esquema/mandatos.py).
TIPOS_ADHERENTE = {"red": "Red", "observador": "Observador", "organizacion": "Organización", "gobierno": "Gobierno",
                   "otro": "Otro"}
# Lo que una resolución cambia en el registro (tabla efectos_resolucion, migración 0020).
TIPOS_EFECTO = {"admite": "Admite", "excluye": "Excluye", "abre_mandato": "Abre un mandato",
                "termina_mandato": "Termina un mandato", "reforma": "Reforma", "escala": "Escala de cuotas"}



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
        """«Quórum: la mitad más uno de los miembros con derecho a voto; en segunda convocatoria, … (art. 15).»"""
        return traducir("Quórum: {0}.").format(self.describir_regla())

    def describir_regla(self) -> str:
        """Lo que dice `describir` sin «Quórum: » ni el punto final (para ponerlo dentro de otra frase), en el idioma
        en curso: «la mitad más uno de los miembros con derecho a voto (Estatuto, art. 19)»."""
        fraccion = self._fraccion()
        if self.sobre == "con_derecho":
            regla = traducir("{0} de los miembros con derecho a voto").format(fraccion)
        else:
            regla = traducir("{0} de los integrantes").format(fraccion)
        minutos = self.segunda_convocatoria_minutos
        if minutos == 1:
            regla = traducir("{0}; en segunda convocatoria, pasado 1 minuto, con los presentes").format(regla)
        elif minutos:
            regla = traducir("{0}; en segunda convocatoria, pasados {1} minutos, con los presentes").format(
                regla, minutos)
        cita = f" ({self.articulo})" if self.articulo else ""
        return f"{regla}{cita}"

    def _fraccion(self) -> str:
        """«la mitad más uno», «dos tercios», «3/5 más uno»…, en el idioma en curso."""
        fraccion = (self.numerador, self.denominador)
        if self.mas_uno:
            if fraccion == (1, 2):
                return traducir("la mitad más uno")
            return traducir("{0}/{1} más uno").format(self.numerador, self.denominador)
        if fraccion == (2, 3):
            return traducir("dos tercios")
        if fraccion == (3, 4):
            return traducir("tres cuartos")
        if fraccion == (1, 2):
            return traducir("la mitad")
        return f"{self.numerador}/{self.denominador}"


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
        if self.regla.sobre == "con_derecho":
            de_que = (traducir("miembro con derecho a voto") if self.base == 1
                      else traducir("miembros con derecho a voto"))
        else:
            de_que = traducir("integrante") if self.base == 1 else traducir("integrantes")
        if self.segunda_convocatoria:
            return traducir("En segunda convocatoria, con la presencia de {0} de {1} {2}, la sesión se realiza con los "
                            "presentes{3}.").format(self.presentes, self.base, de_que, cita)
        if self.hay:
            return traducir("Con la presencia de {0} de {1} {2} se verifica el quórum{3}.").format(
                self.presentes, self.base, de_que, cita)
        if self.requerido == 1:
            return traducir("Con la presencia de {0} de {1} {2} no hay quórum: se requiere {3}{4}.").format(
                self.presentes, self.base, de_que, self.requerido, cita)
        return traducir("Con la presencia de {0} de {1} {2} no hay quórum: se requieren {3}{4}.").format(
            self.presentes, self.base, de_que, self.requerido, cita)


def calcular_quorum(regla: ReglaQuorum, base: int, presentes: int, segunda_convocatoria: bool = False) -> Quorum:
    if segunda_convocatoria and not regla.segunda_convocatoria_minutos:
        segunda_convocatoria = False  # la regla no prevé segunda convocatoria
    requerido = regla.requerido(base)
    hay = presentes >= requerido or (segunda_convocatoria and presentes > 0)
    return Quorum(base, presentes, requerido, hay, segunda_convocatoria and presentes < requerido, regla)


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


# El título de una sesión por su tipo (TIPOS_SESION): {0} el número en romanos, {1} el órgano.
_TITULOS_DE_SESION = {"ordinaria": "{0} sesión ordinaria — {1}", "extraordinaria": "{0} sesión extraordinaria — {1}"}


def titulo_de_la_sesion(numero: int, tipo: str, organo: str) -> str:
    """«XXI sesión ordinaria — Consejo», en el idioma en curso (el nombre del órgano, como se escribió). La misma
    regla para la lista de sesiones, la convocatoria, el acta (aunque su texto aprobado esté congelado en otro
    idioma) y el sitio."""
    romano = numero_ordinal_romano(numero)
    if tipo in _TITULOS_DE_SESION:
        return traducir(_TITULOS_DE_SESION[tipo]).format(romano, organo)
    return f"{romano} sesión {tipo} — {organo}"


def numero_resolucion(tipo: str, numero: int, anio: int) -> str:
    """'Resolución 12/2026' (solo el número: cada órgano numera las suyas; para citarla use cita_resolucion)."""
    return f"{traducir(TIPOS_RESOLUCION[tipo])} {numero}/{anio}"


# Primeras palabras de nombres de órganos que son femeninas aunque no terminen en «a» (y masculinas que sí), en
# castellano y en portugués (una red brasileña nombra sus órganos en portugués: «Comissão Diretiva», «Conselho»).
_FEMENINAS = {"comisión", "unidad", "red", "dirección", "coordinación", "reunión", "junta", "cumbre", "mesa",
              "asamblea", "secretaría", "presidencia", "vicepresidencia", "tesorería", "sección", "conferencia",
              "comissão", "unidade", "rede", "direção", "coordenação", "reunião", "cúpula", "assembleia",
              "secretaria", "presidência", "vice-presidência", "tesouraria", "seção", "conferência", "diretoria",
              "câmara",
              # siglas de uso corriente: UT Unidad Temática, CD Comisión Directiva, SE Secretaría Ejecutiva
              "ut", "cd", "se"}
_MASCULINAS = {"consejo", "comité", "directorio", "plenario", "grupo", "foro", "secretariado", "congreso", "pleno",
               "programa", "sistema", "tribunal", "colegio", "cuerpo", "equipo", "observatorio", "núcleo", "gabinete",
               "conselho", "comitê", "diretório", "plenário", "fórum", "congresso", "colegiado", "consórcio"}
# Terminaciones femeninas: las castellanas y las portuguesas («-ção», «-são», «-dade», «-ência»).
_TERMINACIONES_FEMENINAS = ("a", "ión", "dad", "tud", "ção", "são", "dade", "ência")


def _es_femenino(nombre: str) -> bool:
    primera = nombre.split()[0].lower()
    return primera in _FEMENINAS or (primera not in _MASCULINAS and primera.endswith(_TERMINACIONES_FEMENINAS))


def de_organo(organo: str) -> str:
    """«del Consejo», «de la Asamblea General de Socios», «de la Unidad Temática de Cultura» (en portugués
    «do Conselho», «da Assembleia Geral»: la preposición y el artículo en el idioma en curso; el nombre, como se
    escribió)."""
    nombre = (organo or "").strip()
    if not nombre:
        return ""
    primera = nombre.split()[0].lower()
    if primera == "el" and " " in nombre:
        return traducir("del {0}").format(nombre.split(" ", 1)[1])
    if primera in ("la", "los", "las"):
        return traducir("de {0}").format(nombre)
    return (traducir("de la {0}") if _es_femenino(nombre) else traducir("del {0}")).format(nombre)


def el_organo(organo: str) -> str:
    """«el Consejo», «la Asamblea General» (en portugués «o Conselho», «a Assembleia Geral»): el artículo en el
    idioma en curso; el nombre, como se escribió."""
    nombre = (organo or "").strip()
    if not nombre or nombre.split()[0].lower() in ("el", "la", "los", "las"):
        return nombre
    return (traducir("la {0}") if _es_femenino(nombre) else traducir("el {0}")).format(nombre)


def a_organo(organo: str) -> str:
    """«al Consejo», «a la Asamblea General» (en portugués «ao Conselho», «à Assembleia Geral»): la preposición «a»
    y el artículo, contraídos, en el idioma en curso; el nombre, como se escribió (una moción derivada a un
    órgano)."""
    nombre = (organo or "").strip()
    if not nombre:
        return ""
    primera = nombre.split()[0].lower()
    if primera == "el" and " " in nombre:
        return traducir("al {0}").format(nombre.split(" ", 1)[1])
    if primera in ("la", "los", "las"):
        return traducir("a {0}").format(nombre)
    return (traducir("a la {0}") if _es_femenino(nombre) else traducir("al {0}")).format(nombre)


def cita_resolucion(tipo: str, numero: int, anio: int, organo: str) -> str:
    """'Resolución 1/2026 del Consejo': cada órgano numera sus resoluciones por año y tipo, así que dos órganos
    tienen cada uno su «Resolución 1/2026»; sin el órgano la cita es ambigua (issue 13, punto 4)."""
    base = numero_resolucion(tipo, numero, anio)
    de = de_organo(organo)
    return f"{base} {de}" if de else base


def leer_fraccion(texto: str) -> tuple[int, int, bool]:
    """'1/2+1' -> (1, 2, True) (la mitad más uno); '2/3' -> (2, 3, False). ValueError con lo que hay que escribir (la
    usan la línea de órdenes, `--quorum`, y el cambio de reglas de sesión, `--reforma` y `--quorum-decision`)."""
    from .entrada import muestra

    limpio = texto.replace(" ", "").lower()
    mas_uno = limpio.endswith("+1")
    partes = limpio.removesuffix("+1").split("/")
    if len(partes) != 2 or not all(p.isascii() and p.isdigit() and len(p) <= 4 for p in partes):
        raise ValueError(f"«{muestra(texto)}» no es una fracción; escriba por ejemplo 1/2+1, 2/3 o 3/4 "
                         "(con cifras del 0 al 9)")
    return int(partes[0]), int(partes[1]), mas_uno
