"""Sesiones: convocar, orden del día, destinatarios, asistencia con poderes y quórum en vivo.

Quién tiene derecho a voto sale de la composición del órgano en la fecha de la sesión; si la regla lo
dice, los miembros con el voto suspendido por cuotas impagas (Cuotas) no votan ni cuentan para el quórum.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import sesiones as tabla_sesiones
from ..datos.conexion import transaccion
from ..dominio.enlace_de_reunion import leer_enlace_de_reunion
from ..dominio.mayorias import TIPOS_DECISION, ReglaMayoria, no_se_rebaja
from ..dominio.organos import SIN_VOTO_CUOTAS, SIN_VOTO_SUSPENDIDO
from ..dominio.sesiones import (ASISTENCIA, TIPOS_PUNTO, TIPOS_SESION, Quorum, ReglaQuorum, calcular_quorum,
                                decision_por_omision, numero_ordinal_romano)
from ..dominio.traduccion import traducir
from ..errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from . import campos
from .actos_de_sesion import registrar_acto
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_LARGO, LARGO_NOMBRE, Revision
from .conflictos import exigir_sin_cambios
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion
from .organos import composicion
from .poderes import revisar_poder, votantes
from .reversibles import cambio_reversible


class FilaReglaQuorum(TypedDict, total=False):
    """La fila de reglas de sesión de un órgano para un tipo de decisión, como la guarda la base; vacía ({}) si el
    órgano no tiene reglas cargadas (rige la mitad más uno)."""

    id: int
    organo_id: int
    tipo_decision: str
    numerador: int
    denominador: int
    mas_uno: int
    sobre: str
    segunda_convocatoria_minutos: int | None
    poderes_maximos: int | None
    suspende_morosos: int
    articulo: str | None
    vigente_desde: str
    quorum_propio: int
    mayoria: str | None
    base_mayoria: str | None
    articulo_mayoria: str | None
    articulo_poderes: str | None
    motivo: str | None          # por qué se endureció desde la configuración (migración 0041)
    reforma_id: int | None      # la reforma que fijó esta versión (migración 0041)


class FilaSesion(TypedDict):
    """Una sesión como la guarda la base, con el nombre de su órgano y el estado de su acta (None sin borrador)."""

    id: int
    organo_id: int
    numero: int
    tipo: str
    fecha: str
    hora: str | None
    lugar: str | None
    enlace: str | None
    estado: str
    convocada_el: str
    segunda_convocatoria: int
    hora_cierre: str | None
    organo: str
    estado_acta: str | None


class SesionDeLaAsociacion(FilaSesion):
    """Una sesión con los datos de su órgano que pide la convocatoria."""

    asociacion_id: int
    tipo_organo: str
    anticipacion_dias: int | None
    articulo_convocatoria: str | None


class SesionListada(FilaSesion):
    """Una sesión de la lista, con su título."""

    titulo: str | None


class PuntoDelOrden(TypedDict):
    """Un punto del orden del día, con su numeración."""

    id: int
    sesion_id: int
    padre_id: int | None
    orden: int
    titulo: str
    tipo: str
    tipo_decision: str
    resumen: str | None
    votacion_id: int | None
    numeracion: str


class Destinatario(TypedDict):
    """A quién va una convocatoria."""

    miembro: str | None
    pais: str | None
    persona: str | None


@dataclass
class NuevaSesion:
    fecha: date
    tipo: str = "ordinaria"
    hora: str | None = None
    lugar: str | None = None
    enlace: str | None = None
    convocada_el: date | None = None
    numero: int | None = None  # para cargar sesiones históricas con su número («XXXI Cumbre»); si no, el siguiente


def sesion_de_la_asociacion(contexto: Contexto, sesion_id: int) -> SesionDeLaAsociacion:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla_sesiones.sesion(db, sesion_id)
    if fila is None or fila["asociacion_id"] != asociacion_id:
        raise ErrorEscritorio(traducir("No existe la sesión {0} en esta asociación.").format(sesion_id))
    return fila


def exigir_editable(sesion: dict) -> None:
    if sesion["estado_acta"] in ("aprobada", "firmada"):
        raise ErrorEscritorio(traducir("El acta de esta sesión ya está aprobada: el registro no se modifica. "
                                       "Las correcciones van en una fe de erratas."))


# El título de una sesión por su tipo (dominio.sesiones.TIPOS_SESION): {0} el número en romanos, {1} el órgano.
_TITULOS_DE_SESION = {"ordinaria": "{0} sesión ordinaria — {1}", "extraordinaria": "{0} sesión extraordinaria — {1}"}


def titulo_sesion(sesion: dict) -> str:
    """«XXI sesión ordinaria — Consejo», en el idioma en curso (el nombre del órgano, como se escribió)."""
    numero = numero_ordinal_romano(sesion["numero"])
    if sesion["tipo"] in _TITULOS_DE_SESION:
        return traducir(_TITULOS_DE_SESION[sesion["tipo"]]).format(numero, sesion["organo"])
    return f"{numero} sesión {sesion['tipo']} — {sesion['organo']}"


# --- reglas de sesión: quórum y mayoría por tipo de decisión, con vigencia -------------------------------
#
# Cada órgano tiene, por tipo de decisión (dominio.mayorias.TIPOS_DECISION), una fila de reglas_quorum por
# versión (vigente_desde). La que rige una sesión es la última vigente en su fecha. Una fila de un tipo que no es
# el ordinario puede tener quórum propio (quorum_propio = 1) o usar el ordinario, y mayoría propia o la ordinaria;
# una fila «neutra» (sin quórum ni mayoría propios) dice que desde su fecha ese tipo volvió a la regla ordinaria.
# Poderes, su artículo y si los morosos votan van en la fila ordinaria.

_DESDE_SIEMPRE = "1900-01-01"   # versión sin fecha (la que tenían las reglas antes de tener vigencia)
_HASTA_SIEMPRE = "9999-12-31"


def _fecha_texto(al: date | str | None) -> str:
    if al is None:
        return _HASTA_SIEMPRE
    return al if isinstance(al, str) else al.isoformat()


def _fila_propia(db: BaseDeDatos, organo_id: int, tipo_decision: str, al: str) -> dict | None:
    """La fila del tipo exacto vigente el día `al` (la de datos.regla_quorum si es de ese tipo)."""
    fila = tabla_sesiones.regla_quorum(db, organo_id, tipo_decision, al=al)
    return fila if fila is not None and fila["tipo_decision"] == tipo_decision else None


def _quorum_de_fila(fila: dict) -> ReglaQuorum:
    return ReglaQuorum(fila["numerador"], fila["denominador"], bool(fila["mas_uno"]), fila["sobre"],
                       fila["segunda_convocatoria_minutos"], fila["articulo"], fila["tipo_decision"])


def _mayoria_de_fila(fila: dict | None) -> ReglaMayoria | None:
    if not fila or fila.get("mayoria") is None:
        return None
    return ReglaMayoria(fila["mayoria"], fila["base_mayoria"], fila.get("articulo_mayoria"))


def regla_de(db: BaseDeDatos, organo_id: int, tipo_decision: str = "ordinaria",
             al: date | str | None = None) -> tuple[ReglaQuorum, FilaReglaQuorum]:
    """El quórum que rige un tipo de decisión el día `al` (sin fecha: la última versión) y la fila ORDINARIA vigente
    ese día (poderes, su artículo, morosos; {} si el órgano no tiene reglas: rige la mitad más uno)."""
    al = _fecha_texto(al)
    ordinaria = _fila_propia(db, organo_id, "ordinaria", al) or {}
    propia = _fila_propia(db, organo_id, tipo_decision, al) if tipo_decision != "ordinaria" else None
    if propia is not None and propia["quorum_propio"]:
        return _quorum_de_fila(propia), ordinaria
    if ordinaria:
        return _quorum_de_fila(ordinaria), ordinaria
    return ReglaQuorum(), ordinaria


def regla_fija(db: BaseDeDatos, organo_id: int, tipo_decision: str, al: date | str | None = None) -> bool:
    """Si la mayoría de un tipo de decisión la fija el estatuto el día `al` y una votación no puede rebajarla
    (dominio.mayorias.no_se_rebaja: la reforma, la exclusión, la disolución y las elecciones siempre; la admisión,
    las cuotas y el presupuesto y la reforma del reglamento si el órgano tiene regla propia con artículo)."""
    propia = _mayoria_de_fila(_fila_propia(db, organo_id, tipo_decision, _fecha_texto(al))) \
        if tipo_decision != "ordinaria" else None
    return no_se_rebaja(tipo_decision, propia is not None and bool((propia.articulo or "").strip()))


def mayoria_de(db: BaseDeDatos, organo_id: int, tipo_decision: str = "ordinaria",
               al: date | str | None = None) -> ReglaMayoria:
    """La mayoría que pide un tipo de decisión el día `al`: la propia, si no la ordinaria; sin ninguna, la simple."""
    al = _fecha_texto(al)
    if tipo_decision != "ordinaria":
        propia = _mayoria_de_fila(_fila_propia(db, organo_id, tipo_decision, al))
        if propia is not None:
            return propia
    return _mayoria_de_fila(_fila_propia(db, organo_id, "ordinaria", al)) or ReglaMayoria()


@dataclass(frozen=True)
class ReglaDePunto:
    """Lo que necesita un punto que se vota: su quórum y su mayoría, según las reglas vigentes en la sesión."""
    tipo_decision: str
    quorum: ReglaQuorum
    mayoria: ReglaMayoria
    fija: bool = False   # la fija el estatuto: una votación solo puede hacerla más exigente
    # Un punto de elección de varios puestos (o la segunda vuelta de una): se decide por pluralidad, no por mayoría.
    puestos_por_pluralidad: int | None = None
    # Un punto de elección cuya elección todavía no se definió: no se sabe si es de un puesto o de varios.
    eleccion_sin_definir: bool = False

    def describir(self) -> str:
        """«Quórum: la mitad más uno de … (Estatuto, art. 19); mayoría: dos tercios de … (Estatuto, arts. 20 y 24).»
        (sin la segunda convocatoria, que es de la sesión y no del punto). En una elección de varios puestos, la
        pluralidad en vez de la mayoría."""
        quorum = replace(self.quorum, segunda_convocatoria_minutos=None).describir_regla()
        if self.puestos_por_pluralidad:
            return traducir("Quórum: {0}; se eligen {1} por pluralidad: resultan electas las más votadas, con los "
                            "cupos por país del órgano.").format(
                quorum, traducir("1 puesto") if self.puestos_por_pluralidad == 1
                else traducir("{0} puestos").format(self.puestos_por_pluralidad))
        if self.eleccion_sin_definir:
            return traducir("Quórum: {0}; si se elige un puesto, {1}; si son varios, por pluralidad (resultan electas "
                            "las más votadas, con los cupos por país del órgano). Lo fija la elección al "
                            "definirla.").format(quorum, self.mayoria.describir_en_frase(eleccion=True))
        # La simple de una elección es «la candidatura más votada», no «más votos a favor que en contra».
        return traducir("Quórum: {0}; {1}.").format(
            quorum, self.mayoria.describir_en_frase(eleccion=self.tipo_decision == "eleccion"))


def regla_de_decision(contexto: Contexto, sesion_id: int, tipo_decision: str) -> ReglaDePunto:
    """El quórum y la mayoría que rigen un tipo de decisión en una sesión (las reglas vigentes en su fecha)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    tipo = tipo_decision if tipo_decision in TIPOS_DECISION else "ordinaria"
    return ReglaDePunto(tipo, regla_de(db, sesion["organo_id"], tipo, sesion["fecha"])[0],
                        mayoria_de(db, sesion["organo_id"], tipo, sesion["fecha"]),
                        regla_fija(db, sesion["organo_id"], tipo, sesion["fecha"]))


def regla_del_punto(contexto: Contexto, punto_id: int) -> ReglaDePunto:
    """El quórum y la mayoría que rigen un punto del orden del día en la fecha de su sesión."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    punto = tabla_sesiones.punto(db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    regla = regla_de_decision(contexto, punto["sesion_id"], punto["tipo_decision"])
    from ..datos import elecciones as tabla_elecciones
    from .cupos_de_eleccion import de_pluralidad

    eleccion = tabla_elecciones.eleccion(db, punto_id) if punto["tipo"] == "eleccion" else None
    if eleccion is not None and de_pluralidad(db, eleccion):
        # Varios puestos: la mayoría de la regla no se aplica (la convocatoria y la lista de puntos no la prometen).
        regla = replace(regla, puestos_por_pluralidad=eleccion["puestos"])
    elif punto["tipo"] == "eleccion" and eleccion is None:
        regla = replace(regla, eleccion_sin_definir=True)
    return regla


def fijar_regla_quorum(contexto: Contexto, organo_id: int, regla: ReglaQuorum,
                       poderes_maximos: int | None = None, suspende_morosos: bool = True, *,
                       mayoria: ReglaMayoria | None = None, articulo_poderes: str | None = None,
                       vigente_desde: date | None = None, quorum_propio: bool = True, motivo: str | None = None,
                       reforma_id: int | None = None) -> None:
    """Guarda la fila de un tipo de decisión (regla.tipo_decision) en su versión `vigente_desde` (None: desde
    siempre). `quorum_propio=False`: el tipo usa el quórum ordinario (solo su mayoría es propia)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo_de_la_asociacion(contexto, organo_id)
    if regla.tipo_decision not in TIPOS_DECISION:
        raise ErrorEscritorio(traducir("Tipo de decisión «{0}» desconocido; use {1}.").format(
            regla.tipo_decision, ", ".join(TIPOS_DECISION)))
    if mayoria is not None and (problema := mayoria.problema(eleccion=regla.tipo_decision == "eleccion")):
        raise ErrorValidacion(f"{traducir(TIPOS_DECISION[regla.tipo_decision])}: {problema}", [problema])
    with transaccion(db):
        tabla_sesiones.guardar_regla_quorum(
            db, organo_id, regla.tipo_decision, vigente_desde.isoformat() if vigente_desde else _DESDE_SIEMPRE,
            numerador=regla.numerador, denominador=regla.denominador, mas_uno=int(regla.mas_uno), sobre=regla.sobre,
            segunda_convocatoria_minutos=regla.segunda_convocatoria_minutos, poderes_maximos=poderes_maximos,
            suspende_morosos=int(suspende_morosos), articulo=regla.articulo, quorum_propio=int(quorum_propio),
            mayoria=mayoria.mayoria if mayoria else None, base_mayoria=mayoria.base if mayoria else None,
            articulo_mayoria=mayoria.articulo if mayoria else None, articulo_poderes=articulo_poderes,
            motivo=motivo, reforma_id=reforma_id)


@dataclass
class ReglasDeSesion:
    """Cómo sesiona un órgano desde una fecha: quórum y mayoría por tipo de decisión, poderes, morosos y anticipación.

    `reglas[tipo]` es el quórum propio del tipo (None: rige el ordinario); `mayorias[tipo]` su mayoría (None o
    ausente: rige la ordinaria; la ordinaria sin cargar es la simple). `vigente_desde`: desde cuándo rigen (None:
    desde siempre); guardar con otra fecha crea una versión nueva y las sesiones anteriores siguen juzgándose con la
    vieja. `versiones`: las fechas de las versiones guardadas (solo lectura)."""

    reglas: dict[str, ReglaQuorum | None]
    poderes_maximos: int | None = None      # None: sin máximo
    suspende_morosos: bool = True
    anticipacion_dias: int | None = None
    articulo_convocatoria: str | None = None
    mayorias: dict[str, ReglaMayoria | None] = field(default_factory=dict)
    articulo_poderes: str | None = None
    vigente_desde: date | None = None
    versiones: list[date | None] = field(default_factory=list, compare=False)

    def mayoria(self, tipo: str) -> ReglaMayoria:
        """La mayoría que rige el tipo (la propia o la ordinaria)."""
        return self.mayorias.get(tipo) or self.mayorias.get("ordinaria") or ReglaMayoria()

    def quorum(self, tipo: str) -> ReglaQuorum:
        return self.reglas.get(tipo) or self.reglas.get("ordinaria") or ReglaQuorum()


def _fecha_version(texto_: str) -> date | None:
    return None if texto_ == _DESDE_SIEMPRE else date.fromisoformat(texto_)


def reglas_de_sesion(contexto: Contexto, organo_id: int, al: date | None = None) -> ReglasDeSesion:
    """Las reglas vigentes el día `al` (sin fecha: la última versión guardada)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo = organo_de_la_asociacion(contexto, organo_id)
    al_texto = _fecha_texto(al)
    general, fila = regla_de(db, organo_id, "ordinaria", al_texto)
    reglas: dict[str, ReglaQuorum | None] = {"ordinaria": general}
    mayorias: dict[str, ReglaMayoria | None] = {"ordinaria": _mayoria_de_fila(fila) or ReglaMayoria()}
    for tipo in TIPOS_DECISION:
        if tipo != "ordinaria":
            propia = _fila_propia(db, organo_id, tipo, al_texto)
            reglas[tipo] = _quorum_de_fila(propia) if propia and propia["quorum_propio"] else None
            mayorias[tipo] = _mayoria_de_fila(propia)
    fechas = tabla_sesiones.versiones_de_reglas(db, organo_id)
    vigente = max((f for f in fechas if f <= al_texto), default=None)
    return ReglasDeSesion(reglas, fila.get("poderes_maximos"), bool(fila.get("suspende_morosos", 1)),
                          organo.get("anticipacion_dias"), organo.get("articulo_convocatoria"), mayorias,
                          fila.get("articulo_poderes"), _fecha_version(vigente) if vigente else None,
                          [_fecha_version(f) for f in fechas])


def campo_de_regla(tipo: str, dato: str) -> str:
    """La clave del campo de una regla de quórum de un tipo de decisión, en sus problemas (`ProblemaDeCampo.campo`):
    «ordinaria.fraccion», «asamblea.sobre»…"""
    return f"{tipo}.{dato}"


def _problemas_de_regla(tipo: str, regla: ReglaQuorum) -> list[str]:
    nombre = traducir(TIPOS_DECISION[tipo]) if tipo in TIPOS_DECISION else tipo
    n, d = regla.numerador, regla.denominador
    problemas: list[str] = []

    def problema(dato: str, texto: str) -> None:
        # El texto empieza con el nombre del tipo de decisión («Ordinaria: …»); sin él, es la ayuda del campo.
        problemas.append(ProblemaDeCampo(campo_de_regla(tipo, dato), texto,
                                         texto.removeprefix(f"{nombre}:").strip()))

    if regla.denominador > 1000:
        problema("fraccion", traducir("{0}: la fracción {1}/{2} no es un quórum posible; use una como 1/2, 2/3 o 3/4 "
                                      "(denominador de 1 a 1000).").format(nombre, n, d))
    elif regla.numerador <= 0 or regla.denominador <= 0 or regla.numerador > regla.denominador:
        problema("fraccion", traducir("{0}: la fracción {1}/{2} no sirve; use una como 1/2, 2/3 o 3/4 (el numerador "
                                      "entre 1 y el denominador).").format(nombre, n, d))
    elif regla.mas_uno and regla.numerador == regla.denominador:
        problema("mas_uno", traducir("{0}: {1}/{2} más uno es más que todos: nunca habría quórum. Quite «más uno» o "
                                     "use una fracción menor.").format(nombre, n, d))
    if regla.sobre not in ("con_derecho", "integrantes"):
        problema("sobre", traducir("{0}: el quórum se cuenta sobre los miembros con derecho a voto o sobre los "
                                   "integrantes.").format(nombre))
    if regla.segunda_convocatoria_minutos is not None and regla.segunda_convocatoria_minutos <= 0:
        problema("segunda_convocatoria", traducir("{0}: los minutos de la segunda convocatoria deben ser más que "
                                                  "cero (o ninguna).").format(nombre))
    elif regla.segunda_convocatoria_minutos is not None and regla.segunda_convocatoria_minutos > 10_080:
        problema("segunda_convocatoria", traducir("{0}: {1} minutos para la segunda convocatoria es demasiado; escriba "
                                                  "hasta 10.080 (una semana).").format(
            nombre, regla.segunda_convocatoria_minutos))
    return problemas


def _reglas_para_comparar(reglas: ReglasDeSesion) -> dict:
    """Las reglas como las muestra el aviso de conflicto (en el idioma en curso: lo leído y lo actual se escriben en
    la misma llamada, así que se comparan en el mismo idioma)."""
    textos = {tipo: regla.describir() if (regla := reglas.reglas.get(tipo)) is not None
              else traducir("(el quórum ordinario)") for tipo in TIPOS_DECISION}
    textos.update({f"mayoria_{tipo}": m.describir() if (m := reglas.mayorias.get(tipo)) is not None
                   else traducir("(la mayoría ordinaria)") for tipo in TIPOS_DECISION})
    return {**textos,
            "poderes_maximos": traducir("sin máximo") if reglas.poderes_maximos is None else reglas.poderes_maximos,
            "articulo_poderes": reglas.articulo_poderes,
            "suspende_morosos": traducir("sí") if reglas.suspende_morosos else traducir("no"),
            "anticipacion_dias": traducir("sin exigencia") if not reglas.anticipacion_dias else reglas.anticipacion_dias,
            "articulo_convocatoria": reglas.articulo_convocatoria,
            "vigente_desde": reglas.vigente_desde.isoformat() if reglas.vigente_desde else traducir("desde siempre")}


def _rotulos_reglas() -> dict[str, str]:
    """Los rótulos de cada regla en el aviso de conflicto, en el idioma en curso."""
    return {**{tipo: traducir("Quórum ({0})").format(traducir(TIPOS_DECISION[tipo])) for tipo in TIPOS_DECISION},
            **{f"mayoria_{tipo}": traducir("Mayoría ({0})").format(traducir(TIPOS_DECISION[tipo]))
               for tipo in TIPOS_DECISION},
            "poderes_maximos": traducir("Máximo de poderes por miembro"),
            "articulo_poderes": traducir("Artículo de los poderes"),
            "suspende_morosos": traducir("Los morosos no votan"), "anticipacion_dias": traducir("Días de anticipación"),
            "articulo_convocatoria": traducir("Artículo de la convocatoria"), "vigente_desde": traducir("Rigen desde")}


def fijar_reglas_de_sesion(contexto: Contexto, organo_id: int, reglas: ReglasDeSesion, *,
                           leidas: ReglasDeSesion | None = None, motivo: str | None = None,
                           reforma_id: int | None = None, aplicada_despues: bool = False) -> "ReglasGuardadas":
    """Guarda todas las reglas de sesión de un órgano, en la versión que rige desde `reglas.vigente_desde`, en una
    transacción (todo o nada). Si esa fecha es nueva, crea una versión: las sesiones anteriores a ella siguen con
    la vieja. La anticipación de la convocatoria no tiene versiones (es del órgano).

    El estatuto manda (servicios.reglas_del_estatuto): frente a las reglas que regían ese día, una regla que cita un
    artículo solo se endurece, con `motivo` (guardado con la versión); una sin artículo cambia con un aviso. Un
    cambio no rige hacia atrás: si ya se celebraron sesiones desde esa fecha (hasta la versión siguiente), se
    rechaza. `reforma_id` (solo servicios.reglas_de_la_reforma): la reforma que fija la versión; sin esos límites
    para los artículos que reformó.

    `leidas`: las reglas como se leyeron al abrir el formulario; si otro programa las cambió desde entonces,
    lanza ErrorConflicto (su `actual` son las reglas de ahora) y no guarda nada."""
    from .reglas_del_estatuto import ReglasGuardadas, revisar_cambios

    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo = organo_de_la_asociacion(contexto, organo_id)
    problemas = []
    if reglas.reglas.get("ordinaria") is None:
        problemas.append(traducir("Falta la regla general (ordinaria) de quórum."))
    for tipo in {**reglas.reglas, **reglas.mayorias}:
        if tipo not in TIPOS_DECISION:
            problemas.append(traducir("Tipo de decisión «{0}» desconocido; use {1}.").format(
                tipo, ", ".join(TIPOS_DECISION)))
    for tipo, regla in reglas.reglas.items():
        if tipo in TIPOS_DECISION and regla is not None:
            problemas += _problemas_de_regla(tipo, regla)
    for tipo, mayoria in reglas.mayorias.items():
        if tipo in TIPOS_DECISION and mayoria is not None and (problema := mayoria.problema(eleccion=tipo == "eleccion")):
            problemas.append(traducir("Mayoría de {0}: {1}").format(traducir(TIPOS_DECISION[tipo]).lower(), problema))
    if reglas.poderes_maximos is not None and reglas.poderes_maximos < 0:
        problemas.append(traducir("El máximo de poderes por miembro no puede ser negativo (0 = no se admiten poderes)."))
    if reglas.anticipacion_dias is not None and reglas.anticipacion_dias < 0:
        problemas.append(traducir("Los días de anticipación de la convocatoria no pueden ser negativos."))
    elif reglas.anticipacion_dias is not None and reglas.anticipacion_dias > 3650:
        problemas.append(traducir("Días de anticipación: {0} es demasiado; escriba de 0 a 3650 días.").format(
            reglas.anticipacion_dias))
    if reglas.poderes_maximos is not None and reglas.poderes_maximos > 10_000:
        problemas.append(traducir("Máximo de poderes: {0} es demasiado; escriba de 0 a 10.000 (o «sin máximo»).").format(
            reglas.poderes_maximos))
    revision = Revision(problemas)
    desde = revision.fecha(traducir("Rigen desde"), reglas.vigente_desde, historica=True, futura=True)
    articulos: dict[str, str | None] = {}
    for tipo, regla in reglas.reglas.items():
        if tipo in TIPOS_DECISION and regla is not None and regla.articulo is not None:
            articulos[tipo] = revision.texto(traducir("Artículo del quórum ({0})").format(traducir(TIPOS_DECISION[tipo])),
                                             regla.articulo, maximo=LARGO_CORTO, obligatorio=False)
    for tipo, mayoria in reglas.mayorias.items():
        if tipo in TIPOS_DECISION and mayoria is not None and mayoria.articulo is not None:
            articulos[f"mayoria_{tipo}"] = revision.texto(
                traducir("Artículo de la mayoría ({0})").format(traducir(TIPOS_DECISION[tipo])),
                mayoria.articulo, maximo=LARGO_CORTO, obligatorio=False)
    articulo_poderes = revision.texto(traducir("Artículo de los poderes"), reglas.articulo_poderes, maximo=LARGO_CORTO,
                                      obligatorio=False)
    revision.texto(traducir("Artículo de la convocatoria"), reglas.articulo_convocatoria, maximo=LARGO_CORTO,
                   obligatorio=False)
    if problemas:
        raise ErrorValidacion(traducir("No se guardaron las reglas de sesión:") + "\n"
                              + "\n".join(f"  - {p}" for p in problemas), problemas)
    version = desde.isoformat() if desde else _DESDE_SIEMPRE
    motivo = (motivo or "").strip() or None
    if motivo is not None and len(motivo) > LARGO_LARGO:
        raise ErrorValidacion(traducir("El motivo es demasiado largo (hasta {0} caracteres).").format(LARGO_LARGO))
    with transaccion(db):
        if leidas is not None:
            actuales = reglas_de_sesion(contexto, organo_id, leidas.vigente_desde)
            try:
                exigir_sin_cambios(_reglas_para_comparar(leidas), _reglas_para_comparar(actuales), _rotulos_reglas(),
                                   traducir("las reglas de sesión de «{0}»").format(organo["nombre"]))
            except ErrorConflicto as error:
                error.actual = actuales
                raise
        # Con la base tomada: lo que regía ese día, frente a lo que se guarda (otra ventana pudo cambiarlo recién).
        avisos = revisar_cambios(contexto, organo, reglas_de_sesion(contexto, organo_id, version), reglas, desde,
                                 motivo, reforma_id, aplicada_despues)
        for tipo in TIPOS_DECISION:
            regla = reglas.reglas.get(tipo)
            mayoria = reglas.mayorias.get(tipo)
            if tipo == "ordinaria":
                mayoria = mayoria or ReglaMayoria()
            if mayoria is not None:
                mayoria = replace(mayoria, articulo=articulos.get(f"mayoria_{tipo}"))
            if tipo != "ordinaria" and regla is None and mayoria is None:
                # Sin nada propio: rige la ordinaria. Si una versión anterior le daba regla propia, una fila neutra
                # en esta fecha dice que desde aquí vuelve a la ordinaria; si no, no hace falta fila.
                if not tabla_sesiones.hay_regla_anterior(db, organo_id, tipo, version):
                    tabla_sesiones.borrar_regla_quorum(db, organo_id, tipo, version)
                    continue
            propia = regla is not None
            regla = replace(regla or reglas.reglas["ordinaria"], tipo_decision=tipo, articulo=articulos.get(tipo))
            ordinaria = tipo == "ordinaria"
            fijar_regla_quorum(contexto, organo_id, regla,
                               reglas.poderes_maximos if ordinaria else None,
                               reglas.suspende_morosos if ordinaria else True,
                               mayoria=mayoria, articulo_poderes=articulo_poderes if ordinaria else None,
                               vigente_desde=desde, quorum_propio=propia or ordinaria, motivo=motivo,
                               reforma_id=reforma_id)
        fijar_convocatoria(contexto, organo_id, reglas.anticipacion_dias,
                           (reglas.articulo_convocatoria or "").strip() or None)
    return ReglasGuardadas(desde, avisos, motivo)


def convocar(contexto: Contexto, organo_id: int, nueva: NuevaSesion) -> int:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo_de_la_asociacion(contexto, organo_id)
    problemas = []
    revision = Revision(problemas)
    # Una sesión se carga histórica (desde 1900) o se convoca con hasta diez años de anticipación.
    revision.fecha(traducir("Fecha"), nueva.fecha, futura=True)
    revision.fecha(traducir("Convocada el"), nueva.convocada_el, futura=True)
    lugar = revision.texto(traducir("Lugar"), nueva.lugar, maximo=LARGO_CORTO, obligatorio=False)
    try:   # solo una dirección web: va en la convocatoria y en el correo, donde se abre con un clic
        enlace = leer_enlace_de_reunion(nueva.enlace)
    except ValueError as error:
        enlace = None
        problemas.append(ProblemaDeCampo("enlace", traducir("Enlace: {0}.").format(str(error).rstrip(".")), str(error)))
    hora = revision.texto(traducir("Hora"), nueva.hora, maximo=5, obligatorio=False)
    if nueva.numero is not None and not (isinstance(nueva.numero, int) and 1 <= nueva.numero <= 100_000):
        problemas.append(traducir("Número: «{0}» no es un número de sesión posible; escriba de 1 a 100.000 (o déjelo "
                                  "vacío para el siguiente).").format(nueva.numero))
    if nueva.tipo not in TIPOS_SESION:
        problemas.append(traducir("Tipo de sesión «{0}» desconocido; use ordinaria o extraordinaria.").format(
            nueva.tipo))
    if hora and not _es_hora(hora):
        problemas.append(traducir("La hora «{0}» debe escribirse HH:MM (por ejemplo 10:00).").format(hora))
    if not (lugar or enlace) and not (nueva.lugar or nueva.enlace):
        problemas.append(traducir("Indique el lugar o el enlace de la reunión virtual."))
    if nueva.convocada_el and nueva.convocada_el > nueva.fecha:
        problemas.append(traducir("La convocatoria no puede tener fecha posterior a la sesión."))
    if problemas:
        raise ErrorValidacion(traducir("No se convocó la sesión:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    with transaccion(db):
        return tabla_sesiones.insertar_sesion(db, organo_id, nueva.numero or tabla_sesiones.proximo_numero(db, organo_id), nueva.tipo,
                                     nueva.fecha.isoformat(), hora, lugar, enlace,
                                     (nueva.convocada_el or fecha_de_hoy()).isoformat())


def _es_hora(texto_: str) -> bool:
    """HH:MM con cifras 0-9, de 00:00 a 23:59."""
    return (len(texto_) == 5 and texto_[2] == ":" and texto_[:2].isascii() and texto_[3:].isascii()
            and texto_[:2].isdigit() and texto_[3:].isdigit() and int(texto_[:2]) < 24 and int(texto_[3:]) < 60)


def fijar_convocatoria(contexto: Contexto, organo_id: int, dias: int | None, articulo: str | None) -> None:
    """Con cuántos días de anticipación se convoca el órgano, según su artículo (por ejemplo 30 días, art. 18)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo_de_la_asociacion(contexto, organo_id)
    if dias is not None and dias < 0:
        raise ErrorEscritorio(traducir("Los días de anticipación no pueden ser negativos."))
    if dias is not None and dias > 3650:
        raise ErrorEscritorio(traducir("Días de anticipación: {0} es demasiado; escriba de 0 a 3650 días.").format(dias))
    articulo = campos.texto_opcional(traducir("Artículo de la convocatoria"), articulo, maximo=LARGO_CORTO)
    with transaccion(db):
        tabla_sesiones.fijar_anticipacion(db, organo_id, dias, articulo)


def anticipacion(fecha: date, convocada_el: date, pedido: int | None, articulo: str | None) -> tuple[int, str | None]:
    """Los días de anticipación de una convocatoria y, si no alcanzan los que pide el órgano, la advertencia
    («Convocada con 10 días de anticipación; el Estatuto, art. 18 pide 15.»). La usan el diálogo de convocar
    (antes de convocar) y `aviso_de_anticipacion` (la sesión ya convocada): la misma regla en los dos lados."""
    dias = (fecha - convocada_el).days
    if not pedido or dias >= pedido:
        return dias, None
    if articulo:
        return dias, traducir("Convocada con {0} de anticipación; el {1} pide {2}.").format(
            _dias(dias), articulo, _dias(pedido))
    return dias, traducir("Convocada con {0} de anticipación; la regla del órgano pide {1}.").format(
        _dias(dias), _dias(pedido))


def aviso_de_anticipacion(contexto: Contexto, sesion_id: int) -> str | None:
    """«Convocada con 10 días; el Estatuto, art. 18 pide 15.» si la convocatoria llegó tarde."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    return anticipacion(date.fromisoformat(sesion["fecha"]), date.fromisoformat(sesion["convocada_el"]),
                        sesion["anticipacion_dias"], sesion["articulo_convocatoria"])[1]


def _dias(cantidad: int) -> str:
    return traducir("1 día") if cantidad == 1 else traducir("{0} días").format(cantidad)


def agregar_punto(contexto: Contexto, sesion_id: int, titulo: str, tipo: str = "deliberativo",
                  padre_id: int | None = None, tipo_decision: str | None = None) -> int:
    """Sin `tipo_decision`, el del tipo de punto (dominio.sesiones.decision_por_omision: una elección, «eleccion»)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    tipo_decision = tipo_decision or decision_por_omision(tipo)
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    exigir_editable(sesion)
    if not titulo or not titulo.strip():
        raise ErrorEscritorio(traducir("Escriba el título del punto del orden del día."))
    titulo = campos.texto(traducir("Título del punto"), titulo, maximo=LARGO_CORTO)
    if tipo not in TIPOS_PUNTO:
        raise ErrorEscritorio(traducir("Tipo de punto «{0}» desconocido; use {1}.").format(tipo, ", ".join(TIPOS_PUNTO)))
    if tipo_decision not in TIPOS_DECISION:
        raise ErrorEscritorio(traducir("Tipo de decisión «{0}» desconocido; use uno de estos: {1} (la regla de quórum "
                                       "y mayoría de cada uno está en las reglas de sesión del órgano).").format(
            tipo_decision, ", ".join(TIPOS_DECISION)))
    def exigir_padre() -> None:
        if padre_id is not None and (tabla_sesiones.punto(db, padre_id) or {}).get("sesion_id") != sesion_id:
            raise ErrorEscritorio(traducir("El punto del que depende no pertenece a esta sesión."))

    exigir_padre()
    with cambio_reversible(contexto, "punto_agregado", [("puntos_orden", "sesion_id", sesion_id)], titulo.strip()):
        # Otra vez con la base tomada: otra ventana pudo aprobar el acta o quitar el punto del que depende.
        exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        exigir_padre()
        orden = tabla_sesiones.proximo_orden_de_punto(db, sesion_id, padre_id)
        return tabla_sesiones.insertar_punto(db, sesion_id, padre_id, orden, titulo.strip(), tipo, tipo_decision)


def agregar_punto_con_resumen(contexto: Contexto, sesion_id: int, titulo: str, tipo: str = "deliberativo",
                              padre_id: int | None = None, tipo_decision: str | None = None,
                              resumen: str | None = None) -> int:
    """`agregar_punto` y, si se da `resumen`, `resumir_punto`, en una transacción: el punto y su resumen, juntos o
    ninguno (`escritorio sesiones punto … --resumen`)."""
    with transaccion(contexto.db):
        punto_id = agregar_punto(contexto, sesion_id, titulo, tipo, padre_id, tipo_decision)
        if resumen is not None:
            resumir_punto(contexto, punto_id, resumen)
    return punto_id


def resumir_punto(contexto: Contexto, punto_id: int, resumen: str) -> None:
    db, asociacion_id = contexto.db, contexto.asociacion_id

    def punto_editable() -> dict:
        punto = tabla_sesiones.punto(db, punto_id)
        if punto is None:
            raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
        exigir_editable(sesion_de_la_asociacion(contexto, punto["sesion_id"]))
        return punto

    punto = punto_editable()
    resumen = campos.texto_opcional(traducir("Resumen del punto"), resumen, maximo=LARGO_LARGO, multilinea=True)
    with cambio_reversible(contexto, "punto_resumido", [("puntos_orden", "sesion_id", punto["sesion_id"])],
                           punto["titulo"]):
        punto_editable()   # otra vez con la base tomada: otra ventana pudo quitar el punto o aprobar el acta
        tabla_sesiones.fijar_resumen_del_punto(db, punto_id, resumen)


def orden_del_dia(contexto: Contexto, sesion_id: int) -> list[PuntoDelOrden]:
    """Los puntos con su numeración («1», «1.1», «2»…)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    sesion_de_la_asociacion(contexto, sesion_id)
    puntos = tabla_sesiones.puntos(db, sesion_id)
    numeros: dict[int, str] = {}
    for p in puntos:
        numeros[p["id"]] = f"{numeros[p['padre_id']]}.{p['orden']}" if p["padre_id"] else str(p["orden"])
        p["numeracion"] = numeros[p["id"]]
    return puntos


# --- asistencia y quórum ---------------------------------------------------------------------

# Por qué un integrante no vota en la sesión (Habilitado.motivo_sin_voto): se guarda en castellano, como lo
# comparan las pruebas y la ventana, y se escribe en el idioma en curso con `motivo_sin_voto_escrito`.
SIN_VOTO_INTEGRANTE = "Integra el órgano sin voto"
MOTIVOS_SIN_VOTO = (SIN_VOTO_INTEGRANTE, SIN_VOTO_SUSPENDIDO, SIN_VOTO_CUOTAS)


def motivo_sin_voto_escrito(motivo: str | None) -> str | None:
    """El motivo de `Habilitado.motivo_sin_voto` en el idioma en curso (uno que no es de los del programa, tal cual)."""
    for conocido in MOTIVOS_SIN_VOTO:
        if motivo == conocido:
            return traducir(conocido)
    return motivo


@dataclass
class Habilitado:
    miembro_id: int
    miembro: str
    pais: str | None
    persona: str | None
    con_voto: bool
    motivo_sin_voto: str | None = None
    estado: str = "ausente"
    representante: str | None = None
    cargo_representante: str | None = None
    poder_a: int | None = None
    peso: int = 1


@dataclass
class Asistencia:
    sesion: dict
    habilitados: list[Habilitado] = field(default_factory=list)
    invitados: list[dict] = field(default_factory=list)
    quorum: Quorum | None = None


def composicion_de_la_sesion(contexto: Contexto, sesion: dict):
    """La composición del órgano el día de la sesión, sin quien ingresa ese día o después: quien ingresa el día de
    la sesión no la integra (no cuenta en su quórum ni vota en ella). Así un miembro admitido por una resolución de
    la sesión (que rige, por omisión, desde el día siguiente, o a lo sumo desde ese mismo día) nunca cuenta en el
    quórum de la sesión que lo admite, y un miembro importado con fecha de ingreso igual a la de una sesión ya
    celebrada no cambia su quórum después de que el acta lo fijó. Los fundadores sí integran la sesión del día en
    que ingresan (la que funda la asociación)."""
    from ..datos.efectos import ingresos

    comp = composicion(contexto, sesion["organo_id"], date.fromisoformat(sesion["fecha"]))
    fechas = ingresos(contexto.db, sorted({a.miembro_id for a in comp.asientos if a.miembro_id is not None}))
    comp.asientos = [a for a in comp.asientos
                     if a.miembro_id is None or not fechas.get(a.miembro_id) or fechas[a.miembro_id] < sesion["fecha"]]
    return comp


def asistencia(contexto: Contexto, sesion_id: int, tipo_decision: str = "ordinaria") -> Asistencia:
    """Los integrantes del órgano en la fecha, su asistencia, su derecho a voto y el quórum resultante."""
    from .cobranza import sin_derecho_a_voto

    db, asociacion_id = contexto.db, contexto.asociacion_id
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    fecha = date.fromisoformat(sesion["fecha"])
    regla, fila_regla = regla_de(db, sesion["organo_id"], tipo_decision, al=sesion["fecha"])
    comp = composicion_de_la_sesion(contexto, sesion)
    suspendidos = sin_derecho_a_voto(contexto, fecha) if fila_regla.get("suspende_morosos", 1) else set()
    registradas = tabla_sesiones.asistencias(db, sesion_id)
    habilitados = []
    vistos: set[int] = set()
    # Un miembro con dos mandatos vigentes ese día (uno que termina y otro que empieza) es un solo asiento.
    for a in sorted(comp.asientos, key=lambda a: not a.con_voto):
        if a.miembro_id is None or a.cargo == "observador" or a.miembro_id in vistos:
            continue
        vistos.add(a.miembro_id)
        motivo = None
        if not a.con_voto:  # sin voto por su mandato, o por su estado en la fecha («Miembro suspendido»)
            motivo = a.motivo_sin_voto or SIN_VOTO_INTEGRANTE
        elif a.miembro_id in suspendidos:
            motivo = SIN_VOTO_CUOTAS
        h = Habilitado(a.miembro_id, a.miembro, a.pais, a.persona, motivo is None, motivo)
        r = registradas.get(a.miembro_id)
        if r:
            h.estado, h.representante, h.cargo_representante = r["estado"], r["representante"], r["cargo_representante"]
            h.poder_a, h.peso = r["poder_a"], r["peso"]
        habilitados.append(h)
    resultado = Asistencia(sesion, habilitados, tabla_sesiones.invitados(db, sesion_id))
    resultado.quorum = _quorum(regla, habilitados, bool(sesion["segunda_convocatoria"]))
    return resultado


def portadores_validos(habilitados: list[Habilitado]) -> set[int]:
    """Quienes pueden llevar un poder en la sesión: los presentes con voto."""
    return {o.miembro_id for o in habilitados if o.estado == "presente" and o.con_voto}


def representado(h: Habilitado, portadores: set[int]) -> bool:
    """Si el ausente `h` está representado por su poder: lo dio teniendo voto a un presente que vota (`portadores`,
    de `portadores_validos`). El poder que un miembro sin voto haya dado (anotado antes de que se lo suspendiera) no lo
    representa: ni cuenta para el quórum ni figura en el acta entre los presentes o representados."""
    return h.estado != "presente" and h.con_voto and h.poder_a is not None and h.poder_a in portadores


def _quorum(regla: ReglaQuorum, habilitados: list[Habilitado], segunda: bool) -> Quorum:
    portadores = portadores_validos(habilitados)
    if regla.sobre == "con_derecho":
        base = sum(h.peso for h in habilitados if h.con_voto)
        # Un ausente que dio su poder a un presente cuenta como presente (por su peso).
        presentes = sum(h.peso for h in habilitados if h.con_voto and
                        (h.estado == "presente" or representado(h, portadores)))
    else:
        base = len(habilitados)
        presentes = sum(1 for h in habilitados if h.estado == "presente" or representado(h, portadores))
    return calcular_quorum(regla, base, presentes, segunda)


@dataclass
class CuentaAsistencia:
    """Las cifras de la asistencia, contadas una sola vez para todo lo que las muestra (la pestaña, el indicador
    del quórum y el resumen): `para_quorum` de `base` es lo que dice el quórum (presentes con voto y poderes)."""
    integrantes: int
    presentes: int        # en la sala, con o sin voto
    ausentes: int
    excusados: int
    poderes: int          # ausentes que dieron su poder a un presente
    sin_voto: int
    para_quorum: int      # = quorum.presentes
    base: int             # = quorum.base
    hay_quorum: bool


def cuenta_de_asistencia(estado: Asistencia) -> CuentaAsistencia:
    """Cuenta la asistencia de `estado` (de `asistencia`) como la cuenta el quórum."""
    habilitados = estado.habilitados
    presentes_ids = {h.miembro_id for h in habilitados if h.estado == "presente"}
    portadores = portadores_validos(habilitados)
    q = estado.quorum
    return CuentaAsistencia(
        integrantes=len(habilitados),
        presentes=len(presentes_ids),
        ausentes=sum(1 for h in habilitados if h.estado == "ausente"),
        excusados=sum(1 for h in habilitados if h.estado == "excusado"),
        poderes=sum(1 for h in habilitados if representado(h, portadores)),
        sin_voto=sum(1 for h in habilitados if not h.con_voto),
        para_quorum=q.presentes, base=q.base, hay_quorum=q.hay)


@dataclass
class MarcaAsistencia:
    """La asistencia de un integrante, como se marca en la planilla de la sesión."""
    miembro_id: int
    estado: str
    representante: str | None = None
    cargo_representante: str | None = None
    poder_a: int | None = None
    peso: int = 1


def registrar_asistencias(contexto: Contexto, sesion_id: int, marcas: list[MarcaAsistencia]) -> None:
    """Una o varias marcas de asistencia (presente / ausente / excusado; un ausente puede dar su poder a otro
    integrante presente, con un máximo por titular) en una sola transacción, todas o ninguna: la composición del
    órgano se calcula una vez, no una por marca (en una asamblea es todo el padrón)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    revisadas = []
    for marca in marcas:
        revisadas.append(MarcaAsistencia(
            marca.miembro_id, marca.estado,
            campos.texto_opcional(traducir("Representante"), marca.representante, maximo=LARGO_NOMBRE),
            campos.texto_opcional(traducir("Cargo del representante"), marca.cargo_representante, maximo=LARGO_CORTO),
            marca.poder_a, marca.peso))
    marcados = {m.miembro_id for m in revisadas}
    # Se puede deshacer (Edición › Deshacer): una marca nombra a su miembro; varias, cuántos son.
    tipo, detalle = ("asistencia", "") if len(marcados) == 1 else ("asistencias", str(len(marcados)))
    with cambio_reversible(contexto, tipo, [("asistencias", "sesion_id", sesion_id)], detalle) as cambio:
        # los poderes ya dados se cuentan con la base tomada
        sesion = sesion_de_la_asociacion(contexto, sesion_id)
        exigir_editable(sesion)
        asientos = composicion_de_la_sesion(contexto, sesion).asientos
        integrantes = {a.miembro_id for a in asientos}
        con_voto = votantes(contexto, sesion, asientos) if any(m.poder_a is not None for m in revisadas) else {}
        for marca in revisadas:
            _anotar_asistencia(db, sesion, integrantes, **vars(marca), con_voto=con_voto)
        if revisadas:
            registrar_acto(db, sesion_id)
        if tipo == "asistencia":
            cambio.detalle = tabla_sesiones.nombre_del_miembro(db, next(iter(marcados))) or str(next(iter(marcados)))


def _anotar_asistencia(db: BaseDeDatos, sesion: dict, integrantes: set[int], miembro_id: int, estado: str,
                       representante: str | None, cargo_representante: str | None, poder_a: int | None,
                       peso: int, con_voto: dict[int, str | None] | None = None) -> None:
    sesion_id = sesion["id"]
    if miembro_id not in integrantes:
        nombre = tabla_sesiones.nombre_del_miembro(db, miembro_id)
        if nombre:
            raise ErrorEscritorio(traducir("{0} (id {1}) no integra el órgano en la fecha de la sesión: no se registra "
                                           "su asistencia (los invitados y observadores van en la lista de "
                                           "invitados).").format(nombre, miembro_id))
        raise ErrorEscritorio(traducir("El miembro con id {0} no integra el órgano en la fecha de la sesión: no se "
                                       "registra su asistencia (los invitados y observadores van en la lista de "
                                       "invitados).").format(miembro_id))
    if estado not in ASISTENCIA:
        raise ErrorEscritorio(traducir("Asistencia «{0}» desconocida; use presente, ausente o excusado.").format(estado))
    if poder_a is not None:
        if estado == "presente":
            raise ErrorEscritorio(traducir("Un miembro presente no da poder: vota por sí mismo."))
        if poder_a == miembro_id:
            raise ErrorEscritorio(traducir("Un miembro no puede darse poder a sí mismo."))
        # Solo a un integrante con voto en la sesión, y hasta el máximo de las reglas vigentes ese día (poderes.py).
        revisar_poder(db, sesion, miembro_id, poder_a, con_voto or {})
    tabla_sesiones.guardar_asistencia(db, sesion_id, miembro_id, estado, representante, cargo_representante, poder_a, peso)


# Calidad de quien asiste sin integrar el órgano (la base admite solo estas dos).
CALIDADES_INVITADO = {"invitado": "Invitado", "observador": "Observador"}


def agregar_invitado(contexto: Contexto, sesion_id: int, nombre: str, institucion: str | None = None,
                     calidad: str = "invitado") -> None:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
    revision = Revision()
    nombre = revision.texto(traducir("Nombre del invitado"), nombre, maximo=LARGO_NOMBRE)
    institucion = revision.texto(traducir("Institución"), institucion, maximo=LARGO_CORTO, obligatorio=False)
    calidad = revision.texto(traducir("Calidad"), calidad, maximo=LARGO_NOMBRE)
    if calidad is not None and calidad not in CALIDADES_INVITADO:
        # Las claves de CALIDADES_INVITADO, como se escriben en la línea de órdenes.
        revision.problemas.append(traducir("Calidad «{0}» desconocida; use invitado u observador.").format(calidad))
    revision.lanzar(traducir("No se agregó el invitado:"))
    with transaccion(db):   # otra vez con la base tomada: otra ventana pudo aprobar el acta
        exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        tabla_sesiones.insertar_invitado(db, sesion_id, nombre, institucion, calidad)


def marcar_celebrada(contexto: Contexto, sesion_id: int, hora_cierre: str | None = None,
                     segunda_convocatoria: bool = False) -> None:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
    hora_cierre = campos.texto_opcional(traducir("Hora de cierre"), hora_cierre, maximo=5)
    if hora_cierre and not _es_hora(hora_cierre):
        raise ErrorEscritorio(traducir("Hora de cierre: «{0}» debe escribirse HH:MM (por ejemplo 13:30).").format(
            hora_cierre))
    with transaccion(db):   # otra vez con la base tomada: otra ventana pudo aprobar el acta
        exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        tabla_sesiones.marcar_celebrada(db, sesion_id, hora_cierre, int(segunda_convocatoria))


def listar_sesiones(contexto: Contexto, organo_id: int | None = None) -> list[SesionListada]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    filas = tabla_sesiones.sesiones(db, asociacion_id, organo_id)
    for f in filas:
        f["titulo"] = titulo_sesion(f)
    return filas


def destinatarios(contexto: Contexto, sesion_id: int) -> list[Destinatario]:
    """A quién se envía la convocatoria: la composición del órgano en la fecha de la sesión."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    comp = composicion_de_la_sesion(contexto, sesion)
    return [{"miembro": a.miembro, "pais": a.pais, "persona": a.persona} for a in comp.asientos]


