"""Las reglas de sesión de un órgano: quórum y mayoría por tipo de decisión, poderes, morosos y anticipación de la
convocatoria, con vigencia. Las leen la asistencia, las votaciones y las elecciones (`regla_de`, `mayoria_de`,
`regla_fija`); las fijan la ventana y la línea de órdenes (`fijar_reglas_de_sesion`) y la reforma del estatuto.

No importa `servicios.sesiones` (la base de las sesiones la importa a ella): las reglas son del órgano, no de una
sesión; la regla de un punto o de una sesión está en `sesiones.puntos`.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, TypedDict

from ...datos import sesiones as tabla_sesiones
from ...datos.base_de_datos import BaseDeDatos
from ...datos.conexion import transaccion
from ...dominio.mayorias import TIPOS_DECISION, ReglaMayoria, no_se_rebaja
from ...dominio.sesiones import ReglaQuorum
from ...dominio.traduccion import traducir
from ...errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .. import campos
from ..campos import LARGO_CORTO, Revision, texto
from ..conflictos import exigir_sin_cambios
from ..contexto import Contexto
from ..mandatos import organo_de_la_asociacion

if TYPE_CHECKING:   # importado de verdad dentro de `fijar_reglas_de_sesion`, que lo devuelve
    from ..reglas_del_estatuto import ReglasGuardadas


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


def fijar_regla_quorum(contexto: Contexto, organo_id: int, regla: ReglaQuorum,
                       poderes_maximos: int | None = None, suspende_morosos: bool = True, *,
                       mayoria: ReglaMayoria | None = None, articulo_poderes: str | None = None,
                       vigente_desde: date | None = None, quorum_propio: bool = True, motivo: str | None = None,
                       reforma_id: int | None = None) -> None:
    """Guarda la fila de un tipo de decisión (regla.tipo_decision) en su versión `vigente_desde` (None: desde
    siempre). `quorum_propio=False`: el tipo usa el quórum ordinario (solo su mayoría es propia)."""
    db = contexto.db
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
    db = contexto.db
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
    from ..reglas_del_estatuto import ReglasGuardadas, revisar_cambios

    organo = organo_de_la_asociacion(contexto, organo_id)
    revisadas = _revisar_reglas(reglas)
    motivo = _motivo_revisado(motivo)
    with transaccion(contexto.db):
        if leidas is not None:
            _exigir_las_leidas(contexto, organo, leidas)
        # Con la base tomada: lo que regía ese día, frente a lo que se guarda (otra ventana pudo cambiarlo recién).
        avisos = revisar_cambios(contexto, organo, reglas_de_sesion(contexto, organo_id, revisadas.version), reglas,
                                 revisadas.desde, motivo, reforma_id, aplicada_despues)
        for tipo in TIPOS_DECISION:
            _guardar_tipo(contexto, organo_id, reglas, revisadas, tipo, motivo, reforma_id)
        fijar_convocatoria(contexto, organo_id, reglas.anticipacion_dias,
                           (reglas.articulo_convocatoria or "").strip() or None)
    return ReglasGuardadas(revisadas.desde, avisos, motivo)


@dataclass(frozen=True)
class _ReglasRevisadas:
    """Lo que `fijar_reglas_de_sesion` guarda después de revisarlo: desde cuándo rigen (la versión: su fecha en
    texto) y los artículos como se escribieron, sin espacios de más («mayoria_<tipo>» para los de mayoría)."""
    desde: date | None
    version: str
    articulos: dict[str, str | None]
    articulo_poderes: str | None


def _problemas_de_los_tipos(reglas: ReglasDeSesion) -> list[str]:
    """Falta la ordinaria, un tipo de decisión que no existe, un quórum o una mayoría que no sirve."""
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
    return problemas


def _problemas_de_las_cifras(reglas: ReglasDeSesion) -> list[str]:
    """Los poderes por miembro y los días de anticipación: ni negativos ni desmedidos."""
    problemas = []
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
    return problemas


def _articulos_revisados(reglas: ReglasDeSesion, revision: Revision) -> dict[str, str | None]:
    """Los artículos de cada quórum («<tipo>») y de cada mayoría («mayoria_<tipo>»), revisados como texto corto."""
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
    return articulos


def _revisar_reglas(reglas: ReglasDeSesion) -> _ReglasRevisadas:
    """Todos los problemas de lo escrito juntos, en un ErrorValidacion (sin tocar la base); si no hay, lo revisado."""
    problemas = _problemas_de_los_tipos(reglas) + _problemas_de_las_cifras(reglas)
    revision = Revision(problemas)
    desde = revision.fecha(traducir("Rigen desde"), reglas.vigente_desde, historica=True, futura=True)
    articulos = _articulos_revisados(reglas, revision)
    articulo_poderes = revision.texto(traducir("Artículo de los poderes"), reglas.articulo_poderes, maximo=LARGO_CORTO,
                                      obligatorio=False)
    revision.texto(traducir("Artículo de la convocatoria"), reglas.articulo_convocatoria, maximo=LARGO_CORTO,
                   obligatorio=False)
    if problemas:
        raise ErrorValidacion(traducir("No se guardaron las reglas de sesión:") + "\n"
                              + "\n".join(f"  - {p}" for p in problemas), problemas)
    return _ReglasRevisadas(desde, desde.isoformat() if desde else _DESDE_SIEMPRE, articulos, articulo_poderes)


def _motivo_revisado(motivo: str | None) -> str | None:
    """El motivo de endurecer una regla: una línea, como cualquier otro campo corto (largo y caracteres)."""
    return texto(traducir("Motivo"), motivo, maximo=LARGO_CORTO, obligatorio=False) or None


def _exigir_las_leidas(contexto: Contexto, organo: dict, leidas: ReglasDeSesion) -> None:
    """Con la base tomada: si las reglas ya no son las que se leyeron al abrir el formulario, ErrorConflicto con las
    de ahora en su `actual`."""
    actuales = reglas_de_sesion(contexto, organo["id"], leidas.vigente_desde)
    try:
        exigir_sin_cambios(_reglas_para_comparar(leidas), _reglas_para_comparar(actuales), _rotulos_reglas(),
                           traducir("las reglas de sesión de «{0}»").format(organo["nombre"]))
    except ErrorConflicto as error:
        error.actual = actuales
        raise


def _guardar_tipo(contexto: Contexto, organo_id: int, reglas: ReglasDeSesion, revisadas: _ReglasRevisadas,
                  tipo: str, motivo: str | None, reforma_id: int | None) -> None:
    """La fila de un tipo de decisión en la versión: la ordinaria siempre (con poderes y morosos); otro tipo con su
    quórum o su mayoría propios, o una fila neutra si una versión anterior le daba regla propia."""
    ordinaria = tipo == "ordinaria"
    regla = reglas.reglas.get(tipo)
    mayoria = reglas.mayorias.get(tipo) or (ReglaMayoria() if ordinaria else None)
    if mayoria is not None:
        mayoria = replace(mayoria, articulo=revisadas.articulos.get(f"mayoria_{tipo}"))
    if not ordinaria and regla is None and mayoria is None:
        # Sin nada propio: rige la ordinaria. Si una versión anterior le daba regla propia, una fila neutra
        # en esta fecha dice que desde aquí vuelve a la ordinaria; si no, no hace falta fila.
        if not tabla_sesiones.hay_regla_anterior(contexto.db, organo_id, tipo, revisadas.version):
            tabla_sesiones.borrar_regla_quorum(contexto.db, organo_id, tipo, revisadas.version)
            return
    propia = regla is not None
    regla = replace(regla or reglas.reglas["ordinaria"], tipo_decision=tipo, articulo=revisadas.articulos.get(tipo))
    fijar_regla_quorum(contexto, organo_id, regla,
                       reglas.poderes_maximos if ordinaria else None,
                       reglas.suspende_morosos if ordinaria else True,
                       mayoria=mayoria, articulo_poderes=revisadas.articulo_poderes if ordinaria else None,
                       vigente_desde=revisadas.desde, quorum_propio=propia or ordinaria, motivo=motivo,
                       reforma_id=reforma_id)



def fijar_convocatoria(contexto: Contexto, organo_id: int, dias: int | None, articulo: str | None) -> None:
    """Con cuántos días de anticipación se convoca el órgano, según su artículo (por ejemplo 30 días, art. 18)."""
    db = contexto.db
    organo_de_la_asociacion(contexto, organo_id)
    if dias is not None and dias < 0:
        raise ErrorEscritorio(traducir("Los días de anticipación no pueden ser negativos."))
    if dias is not None and dias > 3650:
        raise ErrorEscritorio(traducir("Días de anticipación: {0} es demasiado; escriba de 0 a 3650 días.").format(dias))
    articulo = campos.texto_opcional(traducir("Artículo de la convocatoria"), articulo, maximo=LARGO_CORTO)
    with transaccion(db):
        tabla_sesiones.fijar_anticipacion(db, organo_id, dias, articulo)

