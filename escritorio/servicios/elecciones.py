"""Elecciones de cargos en una sesión: el cargo en juego, las candidaturas, el recuento con su resultado y,
tras confirmarla, el mandato de la candidatura electa en el órgano (con `organos.designar`).

Una elección vive en un punto del orden del día de tipo «Elección». Al cerrarse se fotografía quién podía
votar, como en las votaciones; lo cerrado no se repite. Si nadie alcanza la mayoría, `segunda_vuelta` agrega
un subpunto con las candidaturas finalistas. La confirmación es un paso aparte y explícito (la persona
electa acepta, la secretaría verifica): puede hacerse aun con el acta ya aprobada, porque no cambia lo que
el acta dice sino que registra sus consecuencias.
"""

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..datos.base_de_datos import BaseDeDatos

from ..datos import elecciones as tabla_elecciones
from ..datos import miembros as tabla_miembros
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio.elecciones import CupoPais, ResultadoEleccion, resultado_eleccion, resultado_plurinominal
from ..dominio.boletas import FORMAS_DE_BOLETA, Boletas
from ..dominio.organos import CARGOS
from ..dominio.mayorias import ReglaMayoria, base_para, mayoria_a_aplicar, problema_de_mayoria, problemas_del_cambio
from ..dominio.sesiones import METODOS
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from . import campos
from .actos_de_sesion import registrar_acto
from .campos import LARGO_CORTO, LARGO_NOMBRE, Revision
from .contexto import Contexto
from .boletas_de_eleccion import problemas_de_la_definicion, recuento_con_marcas, resultado_con_marcas
from .cupos_de_eleccion import completar_puestos
from .mandatos import organo_de_la_asociacion
from .efectos import anotar_efectos_de_eleccion
from .elegibles import no_puede, sin_persona
from .organos import NuevoMandato, designar, secretaria_ejecutiva
from .sesiones import exigir_editable, sesion_de_la_asociacion
from .sesiones_asistencia import Asistencia, asistencia, portadores_validos, representado
from .sesiones_puntos import agregar_punto, orden_del_dia
from .sesiones_reglas import mayoria_de, regla_fija
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos
from .orden_alfabetico import por_pais_y_nombre

# Cargos de una sola persona a la vez: al confirmar una elección, el mandato anterior termina la víspera.
# (Vicepresidencias y subcoordinaciones pueden ser varias a la vez: esas no terminan a nadie.)
CARGOS_UNIPERSONALES = ("presidente", "secretario", "coordinador")
OTROS_VOTOS = {"blanco": "En blanco", "abstencion": "Abstención"}


@dataclass
class NuevaEleccion:
    organo_id: int
    cargo: str
    desde: date
    hasta: date | None = None
    con_voto: bool = True
    puestos: int = 1          # cuántos puestos se eligen en la misma votación (más de uno: por pluralidad)
    metodo: str | None = None  # cómo se votará (alzada, nominal o secreta), si se sabe de antemano
    # Cómo se marca cada boleta (dominio.boletas): «una» (un voto por votante) o «marcas» (de marcas_min a marcas_max
    # candidaturas por boleta; sin ellos, de 1 a los puestos que se eligen).
    boleta: str = "una"
    marcas_min: int | None = None
    marcas_max: int | None = None


# Una elección elige a lo sumo esto de una vez (la base lo vuelve a controlar).
PUESTOS_MAXIMOS = 1000
# El campo del problema «no hay votos registrados» (`ProblemaDeCampo.campo`): los votos, todavía sin escribir.
SIN_VOTOS = "votos"


@dataclass
class Recuento:
    """Los votos de una elección. `mayoria`/`base` None: las de la regla de elecciones del órgano vigente el día de la
    sesión (servicios.sesiones_reglas.mayoria_de con el tipo «eleccion»); otra solo si es más exigente, con
    `motivo_mayoria` (el acta lo imprime): la regla de las elecciones la fija el estatuto y no se rebaja."""
    metodo: str = "secreta"
    mayoria: str | None = None
    base: str | None = None
    votos: dict[int, int] = field(default_factory=dict)   # candidatura_id -> votos (alzada o secreta)
    blancos: int = 0
    nulos: int = 0
    abstenciones: int = 0
    # Nominal: miembro_id -> candidatura_id, o "blanco" / "abstencion".
    nominales: dict[int, int | str] | None = None
    motivo_mayoria: str | None = None
    # Con boletas de varias marcas (la elección definida con boleta «marcas»): `votos` son las marcas de cada
    # candidatura; `boletas`, cuántas se emitieron; `no_a_todas`, las que dijeron «No a todas». O, en vez de los
    # totales, cada boleta: la lista de candidaturas que marca, o "blanco", "nulo", "no" o "abstencion".
    boletas: int | None = None
    no_a_todas: int = 0
    por_boleta: list[list[int] | str] | None = None


def nombre_candidatura(c: dict) -> str:
    """«Montevideo (Carolina Cosse)», «Montevideo» o «Carolina Cosse»."""
    if c.get("miembro") and c.get("persona"):
        return f"{c['miembro']} ({c['persona']})"
    return c.get("miembro") or c.get("persona") or traducir("Candidatura {0}").format(c["id"])


def _punto_de_eleccion(db: BaseDeDatos, asociacion_id: int, punto_id: int) -> tuple[dict, dict]:
    punto = tabla_elecciones.punto_del_orden(db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    sesion = sesion_de_la_asociacion(Contexto(db, asociacion_id), punto["sesion_id"])
    if punto["tipo"] != "eleccion":
        raise ErrorEscritorio(traducir("El punto «{0}» no es de tipo Elección: agregue al orden del día un punto de "
                                       "tipo Elección.").format(punto["titulo"]))
    return punto, sesion


def _eleccion(db: BaseDeDatos, asociacion_id: int, punto_id: int) -> tuple[dict, dict, dict]:
    punto, sesion = _punto_de_eleccion(db, asociacion_id, punto_id)
    eleccion = tabla_elecciones.eleccion(db, punto_id)
    if eleccion is None:
        raise ErrorEscritorio(traducir("Defina primero qué cargo se elige en el punto «{0}».").format(punto["titulo"]))
    return punto, sesion, eleccion


def _abierta(eleccion: dict) -> None:
    if eleccion["cerrada_en"]:
        raise ErrorEscritorio(traducir("La elección ya está cerrada: su recuento no se modifica."))


def definir_eleccion(contexto: Contexto, punto_id: int, nueva: NuevaEleccion) -> int:
    """Qué cargo de qué órgano se elige en el punto, y por qué período; se puede cambiar hasta el cierre."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    punto, sesion = _punto_de_eleccion(db, asociacion_id, punto_id)
    exigir_editable(sesion)
    organo_de_la_asociacion(contexto, nueva.organo_id)
    problemas = []
    revision = Revision(problemas)
    if nueva.cargo not in CARGOS:
        problemas.append(traducir("Cargo «{0}» desconocido; use {1}.").format(nueva.cargo, ", ".join(CARGOS)))
    revision.fecha(traducir("Desde"), nueva.desde, historica=True, futura=True)
    revision.fecha(traducir("Hasta"), nueva.hasta, historica=True, futura=True)
    if not problemas and nueva.hasta and nueva.hasta < nueva.desde:
        problemas.append(traducir("El mandato terminaría antes de empezar: revise las fechas «desde» y «hasta»."))
    problemas += _problemas_de_puestos(nueva)
    problemas += problemas_de_la_definicion(nueva)
    if nueva.metodo is not None and nueva.metodo not in METODOS:
        problemas.append(traducir("Método «{0}» desconocido; use {1}.").format(nueva.metodo, ", ".join(METODOS)))
    if problemas:
        raise ErrorValidacion(traducir("No se definió la elección:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    if tabla_elecciones.punto_votado(db, punto_id):
        raise ErrorEscritorio(traducir("Este punto ya se votó por sí o por no: no se le agrega una elección."))
    valores = {"organo_id": nueva.organo_id, "cargo": nueva.cargo, "con_voto": int(nueva.con_voto),
               "desde": nueva.desde.isoformat(), "hasta": nueva.hasta.isoformat() if nueva.hasta else None,
               "puestos": nueva.puestos, "metodo": nueva.metodo, "boleta": nueva.boleta,
               "marcas_min": nueva.marcas_min, "marcas_max": nueva.marcas_max}
    with transaccion(db):
        # Lo que decide, otra vez con la base tomada: otra ventana pudo aprobar el acta, votar el punto, definir la
        # elección o cerrarla recién.
        exigir_editable(_punto_de_eleccion(db, asociacion_id, punto_id)[1])
        if tabla_elecciones.punto_votado(db, punto_id):
            raise ErrorEscritorio(traducir("Este punto ya se votó por sí o por no: no se le agrega una elección."))
        existente = tabla_elecciones.eleccion(db, punto_id)
        if existente is None:
            return tabla_elecciones.insertar_eleccion(db, punto_id, **valores)
        _abierta(existente)
        sin_personas = [nombre_candidatura(c) for c in tabla_elecciones.candidaturas(db, existente["id"])
                        if sin_persona(db, tabla_organos.organo(db, nueva.organo_id), nueva.cargo, c["persona"],
                                       traducir("ser candidatura"))]
        if sin_personas:
            raise ErrorEscritorio(sin_persona(db, tabla_organos.organo(db, nueva.organo_id), nueva.cargo, None,
                                              traducir("ser candidatura")) + " " + traducir(
                "Sin persona: {0}. Agregue la persona a esas candidaturas (quítelas y vuelva a agregarlas) antes de "
                "cambiar el cargo.").format(", ".join(sin_personas)))
        tabla_elecciones.actualizar_eleccion(db, existente["id"], **valores)
        return existente["id"]


def _problemas_de_puestos(nueva: NuevaEleccion) -> list[str]:
    """Cuántos puestos: de 1 a PUESTOS_MAXIMOS, y uno solo en un cargo de una sola persona a la vez."""
    if isinstance(nueva.puestos, bool) or not isinstance(nueva.puestos, int) or not 1 <= nueva.puestos <= PUESTOS_MAXIMOS:
        return [traducir("Puestos: escriba cuántos puestos se eligen, de 1 a {0}.").format(PUESTOS_MAXIMOS)]
    if nueva.puestos > 1 and nueva.cargo in CARGOS_UNIPERSONALES:
        return [traducir("El cargo {0} es de una sola persona a la vez: no se eligen {1} en una votación. Elija "
                         "otro cargo (titular, integrante…) o un solo puesto.").format(
            traducir(CARGOS[nueva.cargo]), nueva.puestos)]
    return []


def agregar_candidatura(contexto: Contexto, punto_id: int, miembro_id: int | None = None,
                        persona: str | None = None) -> int:
    """Una candidatura: un miembro (la ciudad), la persona que lo encabeza, o ambos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id

    def abierta() -> dict:
        _, sesion, eleccion = _eleccion(db, asociacion_id, punto_id)
        exigir_editable(sesion)
        _abierta(eleccion)
        return eleccion

    def decidir() -> dict:
        eleccion = abierta()
        if miembro_id is not None and not tabla_miembros.es_de_la_asociacion(db, asociacion_id, miembro_id):
            raise ErrorEscritorio(traducir("El miembro {0} no pertenece a esta asociación.").format(miembro_id))
        if miembro_id is not None and (problema := no_puede(
                db, tabla_organos.organo(db, eleccion["organo_id"]), miembro_id,
                tabla_elecciones.fecha_de_la_sesion(db, punto_id), eleccion["cargo"], traducir("ser candidatura"))):
            raise ErrorEscritorio(problema)
        if problema := sin_persona(db, tabla_organos.organo(db, eleccion["organo_id"]), eleccion["cargo"], persona,
                                   traducir("ser candidatura")):
            raise ErrorEscritorio(problema)
        for c in tabla_elecciones.candidaturas(db, eleccion["id"]):
            if c["miembro_id"] == miembro_id and (c["persona"] or "").casefold() == (persona or "").casefold():
                raise ErrorEscritorio(traducir("{0} ya es candidatura en esta elección.").format(
                    nombre_candidatura(c)))
        return eleccion

    abierta()
    persona = campos.texto_opcional(traducir("Persona candidata"), persona, maximo=LARGO_NOMBRE)
    if miembro_id is None and persona is None:
        raise ErrorEscritorio(traducir("Indique el miembro, la persona candidata, o ambos."))
    decidir()
    with transaccion(db):   # otra vez con la base tomada: otra ventana pudo cerrarla o agregar la misma candidatura
        return tabla_elecciones.insertar_candidatura(db, decidir()["id"], miembro_id, persona)


def quitar_candidatura(contexto: Contexto, candidatura_id: int) -> None:
    """Retira una candidatura antes de votar (por ejemplo, si declina)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):   # leído con la base tomada: otra ventana pudo cerrar la elección recién
        candidatura = tabla_elecciones.candidatura(db, candidatura_id)
        if candidatura is None:
            raise ErrorEscritorio(traducir("No existe la candidatura {0}.").format(candidatura_id))
        punto_id = tabla_elecciones.punto_de_la_eleccion(db, candidatura["eleccion_id"])
        _, sesion, eleccion = _eleccion(db, asociacion_id, punto_id)
        exigir_editable(sesion)
        _abierta(eleccion)
        tabla_elecciones.borrar_candidatura(db, candidatura_id)


@dataclass
class Eleccion:
    """Una elección tal como la muestran la pantalla, el acta y la planilla."""

    id: int
    punto_id: int
    organo_id: int
    organo: str
    cargo: str
    con_voto: bool
    desde: str
    hasta: str | None
    candidaturas: list[dict]          # con «nombre» y, cerrada, «votos»
    estado: str                       # abierta, cerrada, confirmada
    metodo: str | None = None
    mayoria: str | None = None
    base: str | None = None
    blancos: int | None = None
    nulos: int | None = None
    abstenciones: int | None = None
    ganadora: dict | None = None
    texto_resultado: str | None = None
    mandato_id: int | None = None
    confirmada_en: str | None = None
    nominales: list[dict] = field(default_factory=list)  # miembro, voto (nombre de la candidatura u otro)
    # La regla de elecciones del órgano de la sesión, vigente en su fecha, y si la fija el estatuto (no se rebaja).
    regla: ReglaMayoria = field(default_factory=ReglaMayoria)
    fija: bool = True
    regla_mayoria: str | None = None    # cerrada: la regla que se aplicó, como la cita el acta
    motivo_mayoria: str | None = None   # cerrada con otra mayoría (más exigente): el motivo
    puestos: int = 1
    # Se decide por pluralidad: elige varios puestos, o es la segunda vuelta de una que los elegía.
    pluralidad: bool = False
    electas: list[dict] = field(default_factory=list)    # las candidaturas electas en orden (con su mandato_id)
    puestos_segunda_vuelta: int | None = None
    paises: dict[int, str | None] = field(default_factory=dict)   # candidatura -> país (pluralidad)
    cupos: dict[str, CupoPais] = field(default_factory=dict)      # país -> cupo (pluralidad, abierta)
    boleta: str = "una"               # cómo se marca cada boleta (dominio.boletas.FORMAS_DE_BOLETA)
    marcas_min: int | None = None     # con «marcas»: de cuántas a cuántas candidaturas por boleta
    marcas_max: int | None = None
    boletas: int | None = None        # con «marcas», cerrada: las boletas emitidas y las «No a todas»
    no_a_todas: int | None = None

    @property
    def forma_de_boleta(self) -> str:
        """«Un voto por boleta» o «Varias marcas por boleta: de 1 a 2 candidaturas», en el idioma en curso."""
        if self.boleta != "marcas":
            return traducir(FORMAS_DE_BOLETA["una"])
        return traducir("Varias marcas por boleta: de {0} a {1} candidaturas").format(self.marcas_min, self.marcas_max)

    @property
    def descripcion(self) -> str:
        """«Presidente — Consejo, del 01/01/2027 al 31/12/2028», en el idioma en curso."""
        desde = formato.fecha(self.desde)
        cargo = traducir(CARGOS[self.cargo])
        if self.hasta:
            return traducir("{0} — {1}, del {2} al {3}").format(
                cargo, self.organo, desde, formato.fecha(self.hasta))
        return traducir("{0} — {1}, desde el {2}").format(cargo, self.organo, desde)


TIPO_DECISION_ELECCION = "eleccion"


def regla_de_la_eleccion(db: BaseDeDatos, sesion: dict) -> tuple[ReglaMayoria, bool]:
    """La regla de las elecciones del órgano de la sesión el día de la sesión (la propia de «eleccion» o, sin ella, la
    ordinaria, con su base llevada a una elección) y si la fija el estatuto."""
    regla = mayoria_de(db, sesion["organo_id"], TIPO_DECISION_ELECCION, sesion["fecha"])
    return (replace(regla, base=base_para(regla.base, eleccion=True)),
            regla_fija(db, sesion["organo_id"], TIPO_DECISION_ELECCION, sesion["fecha"]))


def obtener_eleccion(contexto: Contexto, punto_id: int) -> Eleccion | None:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    _, sesion = _punto_de_eleccion(db, asociacion_id, punto_id)
    fila = tabla_elecciones.eleccion(db, punto_id)
    if fila is None:
        return None
    candidaturas = tabla_elecciones.candidaturas(db, fila["id"])
    for c in candidaturas:
        c["nombre"] = nombre_candidatura(c)
    por_id = {c["id"]: c for c in candidaturas}
    estado = "confirmada" if fila["mandato_id"] or fila["confirmada_en"] else "cerrada" if fila["cerrada_en"] else "abierta"
    nominales = []
    if fila["metodo"] == "nominal":
        for v in por_pais_y_nombre(contexto, tabla_elecciones.votos_nominales(db, fila["id"])):
            voto = (por_id[v["candidatura_id"]]["nombre"] if v["candidatura_id"]
                    else traducir(OTROS_VOTOS.get(v["otro"], "No votó")))
            nominales.append({"miembro": v["miembro"], "pais": v["pais"], "voto": voto})
    eleccion = Eleccion(fila["id"], punto_id, fila["organo_id"], fila["organo"], fila["cargo"], bool(fila["con_voto"]),
                        fila["desde"], fila["hasta"], candidaturas, estado, fila["metodo"], fila["mayoria"], fila["base"],
                        fila["blancos"], fila["nulos"], fila["abstenciones"], por_id.get(fila["ganadora_id"]),
                        fila["texto_resultado"], fila["mandato_id"], fila["confirmada_en"], nominales,
                        *regla_de_la_eleccion(db, sesion), fila.get("regla_mayoria"), fila.get("motivo_mayoria"))
    eleccion.boleta, eleccion.marcas_min, eleccion.marcas_max = fila["boleta"], fila["marcas_min"], fila["marcas_max"]
    eleccion.boletas, eleccion.no_a_todas = fila["boletas"], fila["no_a_todas"]
    return completar_puestos(contexto, eleccion, fila)


def votantes(estado) -> dict[int, object]:
    """Quienes pueden votar: presentes con voto y ausentes con voto que dieron poder a un presente que vota (por
    miembro_id; servicios.sesiones_asistencia.representado)."""
    portadores = portadores_validos(estado.habilitados)
    return {h.miembro_id: h for h in estado.habilitados
            if h.con_voto and (h.estado == "presente" or representado(h, portadores))}


def calcular(eleccion: Eleccion, recuento: Recuento, estado) -> tuple[ResultadoEleccion, dict[int, int], list[str]]:
    """El resultado que daría el recuento (para mostrarlo en vivo y para cerrar), los votos por candidatura y
    los problemas que impiden cerrarla. En una votación nominal, deja en `recuento` los blancos y abstenciones
    contados de los votos de cada miembro (es lo que `cerrar_eleccion` guarda)."""
    habilitados = votantes(estado)
    problemas = []
    if recuento.metodo not in METODOS:
        problemas.append(traducir("Método «{0}» desconocido; use {1}.").format(recuento.metodo, ", ".join(METODOS)))
    if eleccion.pluralidad:
        # Varios puestos (o la segunda vuelta de una que los elegía): pluralidad, ni mayoría ni base que elegir.
        recuento.mayoria, recuento.base, recuento.motivo_mayoria = "simple", "emitidos", None
    else:
        # La misma regla que en las mociones: la de elecciones del órgano, o una más exigente con motivo.
        recuento.mayoria, recuento.base = mayoria_a_aplicar(eleccion.regla, recuento.mayoria, recuento.base)
        problemas += problemas_del_cambio(eleccion.regla, TIPO_DECISION_ELECCION, recuento.mayoria, recuento.base,
                                          recuento.motivo_mayoria, eleccion.fija, eleccion=True)
        recuento.motivo_mayoria = (
            None if eleccion.regla.misma_mayoria(recuento.mayoria, recuento.base)
            else Revision(problemas).texto(traducir("Motivo del cambio de mayoría"), recuento.motivo_mayoria,
                                           maximo=LARGO_CORTO, obligatorio=False))
    ids = [c["id"] for c in eleccion.candidaturas]
    if not ids:
        problemas.append(traducir("La elección no tiene candidaturas: agregue al menos una."))
    blancos, nulos, abstenciones = recuento.blancos, recuento.nulos, recuento.abstenciones
    presentes = sum(h.peso for h in habilitados.values())
    con_derecho = sum(h.peso for h in estado.habilitados if h.con_voto)
    if eleccion.boleta == "marcas":
        return _calcular_con_marcas(eleccion, recuento, estado, ids, presentes, con_derecho, problemas)
    if recuento.boletas is not None or recuento.por_boleta is not None or recuento.no_a_todas:
        problemas.append(traducir("La elección se definió con un voto por boleta: no lleva número de boletas, «No a "
                                  "todas» ni boletas de varias marcas. Si cada boleta marcó varias candidaturas, "
                                  "redefínala con varias marcas por boleta antes de cerrarla."))
    if recuento.metodo == "nominal":
        nominales = recuento.nominales or {}
        ajenos = [m for m in nominales if m not in habilitados]
        if ajenos:
            problemas.append(traducir("{0} votos nominales son de miembros sin derecho a voto en esta sesión.").format(
                len(ajenos)))
        if any(v not in ids and v not in OTROS_VOTOS for v in nominales.values()):
            problemas.append(traducir("Cada voto nominal es para una candidatura de esta elección, en blanco o "
                                      "abstención."))
        validos = {m: v for m, v in nominales.items() if m in habilitados}
        votos = {i: sum(habilitados[m].peso for m, v in validos.items() if v == i) for i in ids}
        blancos = sum(habilitados[m].peso for m, v in validos.items() if v == "blanco")
        abstenciones = sum(habilitados[m].peso for m, v in validos.items() if v == "abstencion")
        nulos = 0
    else:
        ajenas = [i for i in recuento.votos if i not in ids]
        if ajenas:
            problemas.append(traducir("Hay votos para candidaturas que no son de esta elección."))
        votos = {i: recuento.votos.get(i, 0) for i in ids}
        if min([blancos, nulos, abstenciones, *votos.values()]) < 0:
            problemas.append(traducir("Los votos no pueden ser negativos."))
    total = sum(votos.values()) + blancos + nulos + abstenciones
    if total == 0 and ids:   # campo «votos»: los votos, todavía sin escribir (la ventana lo indica aparte)
        problemas.append(ProblemaDeCampo(SIN_VOTOS, traducir(
            "No hay votos registrados: escriba los votos de cada candidatura (o elija el de cada miembro, si es "
            "nominal).")))
    if total > presentes and eleccion.pluralidad:
        # Lo habitual con varios puestos: cada boleta marcó varios nombres (la forma de boleta «marcas»).
        problemas.append(traducir("Hay {0} votos y solo {1} miembros presentes con derecho a voto (contando los "
                                  "poderes). Si cada boleta marcó varias candidaturas, defina la elección con varias "
                                  "marcas por boleta (--marcas-max en la línea de órdenes, «Boletas» en «Definir el "
                                  "cargo…» en la ventana) y escriba cuántas boletas se emitieron.").format(
            total, presentes))
    elif total > presentes:
        problemas.append(traducir("Hay {0} votos y solo {1} miembros presentes con derecho a voto (contando los "
                                  "poderes).").format(total, presentes))
    if not estado.quorum.hay:
        problemas.append(traducir("No hay quórum para votar: {0}").format(estado.quorum.enunciado()))
    nombres = {c["id"]: nombre_candidatura(c) for c in eleccion.candidaturas}
    valida = not problema_de_mayoria(recuento.mayoria, recuento.base, eleccion=True)
    mayoria = recuento.mayoria if valida else "simple"
    base = recuento.base if valida else "emitidos"
    resultado = (resultado_eleccion(votos, nombres, blancos, nulos, abstenciones, mayoria, base, presentes, con_derecho)
                 if ids else ResultadoEleccion(None, 0, 0, (), traducir("Sin candidaturas.")))
    if ids and eleccion.pluralidad:  # varios puestos: pluralidad con los cupos por país (ni mayoría ni base)
        resultado = resultado_plurinominal(votos, nombres, eleccion.puestos, blancos, nulos, abstenciones,
                                           eleccion.paises, eleccion.cupos)
    recuento.blancos, recuento.nulos, recuento.abstenciones = blancos, nulos, abstenciones
    return resultado, votos, problemas


def _calcular_con_marcas(eleccion: Eleccion, recuento: Recuento, estado, ids: list[int], presentes: int,
                         con_derecho: int, problemas: list) -> tuple[ResultadoEleccion, dict[int, int], list[str]]:
    """`calcular` con boletas de varias marcas: deja en `recuento` las boletas contadas (boleta por boleta, las
    suma) para que `cerrar_eleccion` las guarde."""
    votos, boletas, de_las_boletas = recuento_con_marcas(eleccion, recuento, ids, presentes)
    problemas += de_las_boletas
    if ids and boletas is not None and boletas.emitidas == 0 and not de_las_boletas:
        problemas.append(ProblemaDeCampo(SIN_VOTOS, traducir(
            "No hay boletas registradas: escriba cuántas boletas se emitieron y las marcas de cada candidatura (o "
            "cada boleta).")))
    if not estado.quorum.hay:
        problemas.append(traducir("No hay quórum para votar: {0}").format(estado.quorum.enunciado()))
    if boletas is not None:
        recuento.boletas, recuento.blancos, recuento.nulos = boletas.emitidas, boletas.blancos, boletas.nulos
        recuento.no_a_todas, recuento.abstenciones = boletas.no_a_todas, boletas.abstenciones
    nombres = {c["id"]: nombre_candidatura(c) for c in eleccion.candidaturas}
    valida = not problema_de_mayoria(recuento.mayoria, recuento.base, eleccion=True)
    if not ids:
        return ResultadoEleccion(None, 0, 0, (), traducir("Sin candidaturas.")), votos, problemas
    resultado = resultado_con_marcas(eleccion, votos, boletas, nombres, recuento.mayoria if valida else "simple",
                                     recuento.base if valida else "emitidos", presentes, con_derecho)
    return resultado, votos, problemas


def estado_para_votar(contexto: Contexto, punto_id: int) -> Asistencia:
    """La asistencia con el quórum que rige para el tipo de decisión del punto."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    punto, sesion = _punto_de_eleccion(db, asociacion_id, punto_id)
    return asistencia(contexto, sesion["id"], punto["tipo_decision"])


@en_el_idioma_de_los_documentos
def cerrar_eleccion(contexto: Contexto, punto_id: int, recuento: Recuento) -> Eleccion:
    """Cierra la elección: valida, calcula la candidatura electa y guarda quién podía votar (y cómo, si fue nominal).
    El texto del resultado se guarda (el acta lo cita) en el idioma de los documentos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):
        # Todo se lee con la base tomada: otra ventana pudo cerrarla, o cambiar asistencias o candidaturas.
        punto, sesion, fila = _eleccion(db, asociacion_id, punto_id)
        exigir_editable(sesion)
        _abierta(fila)
        eleccion = obtener_eleccion(contexto, punto_id)
        estado = asistencia(contexto, sesion["id"], punto["tipo_decision"])
        if eleccion.pluralidad:
            recuento.mayoria, recuento.base = "simple", "emitidos"  # la pluralidad es la mayoría simple de N puestos
        resultado, votos, problemas = calcular(eleccion, recuento, estado)
        if problemas:
            raise ErrorValidacion(traducir("No se cerró la elección:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                                  problemas)
        habilitados = votantes(estado)
        nominales = (recuento.nominales or {}) if recuento.metodo == "nominal" else {}
        tabla_elecciones.guardar_votos_de_candidaturas(db, votos)
        tabla_elecciones.guardar_cierre(
            db, fila["id"], metodo=recuento.metodo, mayoria=recuento.mayoria, base=recuento.base,
            regla_mayoria=None if eleccion.pluralidad else eleccion.regla.describir(eleccion=True),
            motivo_mayoria=recuento.motivo_mayoria,
            blancos=recuento.blancos, nulos=recuento.nulos, abstenciones=recuento.abstenciones,
            presentes=sum(h.peso for h in habilitados.values()),
            con_derecho=sum(h.peso for h in estado.habilitados if h.con_voto), ganadora_id=resultado.ganadora,
            texto_resultado=resultado.texto,
            boletas=recuento.boletas if eleccion.boleta == "marcas" else None,
            no_a_todas=recuento.no_a_todas if eleccion.boleta == "marcas" else None)
        tabla_elecciones.insertar_votos_de_eleccion(
            db, fila["id"], [(m, h.peso, nominales.get(m) if isinstance(nominales.get(m), int) else None,
                              nominales.get(m) if isinstance(nominales.get(m), str) else None)
                             for m, h in habilitados.items()])
        tabla_elecciones.guardar_electas(db, fila["id"], list(resultado.ganadoras),
                              list(resultado.segunda_vuelta) if eleccion.pluralidad else [],
                              resultado.puestos_segunda_vuelta or None)
        registrar_acto(db, sesion["id"])
    return obtener_eleccion(contexto, punto_id)


@dataclass
class Confirmacion:
    """Lo que hará confirmar la elección: el mandato nuevo y los que terminan la víspera."""

    mandato: str
    terminan: list[str]
    nuevo: NuevoMandato
    # Todas las electas, en orden: (candidatura_id, «nombre: cargo — órgano, período», su mandato nuevo). En una
    # elección de un puesto, la única; `mandato` y `nuevo` son los de la primera.
    nuevos: list[tuple[int, str, NuevoMandato]] = field(default_factory=list)
    # Elegir la Secretaría Ejecutiva es el traspaso: `terminan` dice entonces el traspaso (quién sale, quién entra y
    # la Comisión Directiva que queda), no solo los mandatos que terminan.
    traspaso: bool = False

    @property
    def mandatos(self) -> list[str]:
        return [texto for _, texto, _ in self.nuevos] or [self.mandato]


def _anteriores(db: BaseDeDatos, eleccion: Eleccion) -> list[dict]:
    """Los mandatos del cargo unipersonal vigentes al empezar el nuevo, que terminan la víspera."""
    if eleccion.cargo not in CARGOS_UNIPERSONALES:
        return []
    return [m for m in tabla_organos.mandatos(db, eleccion.organo_id, eleccion.desde)
            if m["cargo"] == eleccion.cargo and m["desde"] < eleccion.desde]


def _choques(db: BaseDeDatos, eleccion: Eleccion, g: dict) -> list[str]:
    """Lo que impide confirmar a la candidatura electa `g`: ya ocupa ese cargo en el período, o (en un cargo
    unipersonal) otro mandato empieza el mismo día o dentro del período y no se puede terminar la víspera."""
    problemas = []
    hasta = eleccion.hasta or "9999-12-31"
    for m in tabla_organos.mandatos(db, eleccion.organo_id):
        if m["cargo"] != eleccion.cargo or m["desde"] > hasta or (m["hasta"] or "9999-12-31") < eleccion.desde:
            continue  # otro cargo, o no se superpone con el período de la elección
        quien = m.get("miembro") or m.get("persona")
        desde = formato.fecha(m["desde"])
        cargo = traducir(CARGOS[m["cargo"]])
        mismo = (g["miembro_id"] is not None and m["miembro_id"] == g["miembro_id"]) or (
            g["miembro_id"] is None and (m["persona"] or "").casefold() == (g["persona"] or "").casefold())
        if mismo:
            problemas.append(traducir("{0} ya es {1} de {2} desde el {3}: ese mandato ya está registrado.").format(
                quien, cargo, eleccion.organo, desde))
        elif eleccion.cargo in CARGOS_UNIPERSONALES and m["desde"] >= eleccion.desde:
            problemas.append(traducir("{0} tiene un mandato de {1} de {2} desde el {3}, dentro del período elegido: "
                                      "corríjalo en el área Órganos antes de confirmar.").format(
                quien, cargo, eleccion.organo, desde))
    return problemas


def preparar_confirmacion(contexto: Contexto, punto_id: int) -> Confirmacion:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    _exigir_fuera_de_viaje(db)
    eleccion = obtener_eleccion(contexto, punto_id)
    if eleccion is None:
        raise ErrorEscritorio(traducir("Este punto no tiene una elección definida."))
    if eleccion.estado == "abierta":
        raise ErrorEscritorio(traducir("Cierre primero la elección: se confirma la candidatura electa."))
    if eleccion.estado == "confirmada":
        raise ErrorEscritorio(traducir("Esta elección ya fue confirmada: su mandato está registrado."))
    electas = eleccion.electas or ([eleccion.ganadora] if eleccion.ganadora is not None else [])
    if not electas:
        raise ErrorEscritorio(traducir("La elección no tiene candidatura electa; si corresponde, agregue una segunda "
                                       "vuelta."))
    choques = [c for g in electas for c in _choques(db, eleccion, g)]
    # Un cargo personal se confirma con la persona: la elección pudo cambiar de cargo después de agregar la candidatura.
    organo = tabla_organos.organo(db, eleccion.organo_id)
    choques += [f"{g['nombre']}: {problema}" for g in electas
                if (problema := sin_persona(db, organo, eleccion.cargo, g["persona"], traducir("ocupar el cargo")))]
    if choques:
        raise ErrorValidacion(traducir("No se puede confirmar la elección:") + "\n"
                              + "\n".join(f"  - {c}" for c in choques), choques)
    nuevos = [(g["id"], f"{g['nombre']}: {eleccion.descripcion}",
               NuevoMandato(cargo=eleccion.cargo, desde=date.fromisoformat(eleccion.desde), miembro_id=g["miembro_id"],
                            persona=g["persona"], con_voto=eleccion.con_voto,
                            hasta=date.fromisoformat(eleccion.hasta) if eleccion.hasta else None))
              for g in electas]
    vispera = formato.fecha(date.fromisoformat(eleccion.desde) - timedelta(days=1))
    terminan = [traducir("{0}: {1} hasta el {2}").format(m.get("miembro") or m.get("persona"),
                                                          traducir(CARGOS[m["cargo"]]), vispera)
                for m in _anteriores(db, eleccion)]
    se = secretaria_ejecutiva(contexto)
    if se is not None and se["id"] == eleccion.organo_id and len(electas) == 1 and electas[0]["miembro_id"] is not None:
        # Elegir la Secretaría Ejecutiva es el traspaso: la vista previa es la del traspaso (y lo que lo impide, antes
        # de confirmar).
        terminan = _traspaso_de_la_eleccion(contexto, nuevos[0][2]).descripcion()
        return Confirmacion(nuevos[0][1], terminan, nuevos[0][2], nuevos, traspaso=True)
    return Confirmacion(nuevos[0][1], terminan, nuevos[0][2], nuevos)


def _exigir_fuera_de_viaje(db: BaseDeDatos) -> None:
    """En la copia de una sesión que viaja solo vuelve la sesión: el mandato cambiaría la composición del órgano, que
    quedó en el servidor (donde otra persona pudo cambiarla mientras tanto)."""
    from .constancia_de_viaje import constancia_de_viaje

    viaje = constancia_de_viaje(db)
    if viaje is not None:
        raise ErrorEscritorio(traducir(
            "Esta base es la copia de viaje de la sesión {0}: confirmar la elección registra un mandato en la "
            "composición del órgano, que no viajó con la sesión. El resultado de la elección ya está guardado y "
            "vuelve con la sesión; confírmela sobre el servidor después de devolverla.").format(viaje["sesion_id"]))


def _traspaso_de_la_eleccion(contexto: Contexto, nuevo: NuevoMandato):
    """El traspaso que confirma la elección de la Secretaría Ejecutiva, con el mandato que la elección promete campo
    por campo (la ciudad, la persona, el cargo, desde-hasta y el voto): la vista previa y lo que se guarda son uno."""
    from .rotacion import preparar_traspaso

    if nuevo.miembro_id is None:
        raise ErrorEscritorio(traducir("La Secretaría Ejecutiva la ejerce una ciudad miembro: la candidatura electa "
                                       "no nombra a ninguna."))
    return preparar_traspaso(contexto, nuevo.desde, entrante=nuevo.miembro_id, cargo=nuevo.cargo,
                             persona=nuevo.persona, hasta=nuevo.hasta, con_voto=nuevo.con_voto)


def confirmar_traspaso_por_eleccion(contexto: Contexto, punto_id: int, eleccion_id: int, nuevo: NuevoMandato) -> int:
    """Confirmar la elección de la Secretaría Ejecutiva es el traspaso: termina la víspera el mandato saliente, abre
    el del entrante (`nuevo`: el de la candidatura electa, tal cual) y rehace la Comisión Directiva (anterior, actual
    y siguiente), con el servicio de rotación. Devuelve el mandato del entrante en la Secretaría Ejecutiva. Se llama
    dentro de la transacción de la confirmación (servicios.elecciones.confirmar_eleccion)."""
    from .rotacion import comision_directiva, traspasar

    db = contexto.db
    desde = nuevo.desde
    traspaso = _traspaso_de_la_eleccion(contexto, nuevo)
    se = secretaria_ejecutiva(contexto)
    cd = comision_directiva(contexto)
    organos = [o["id"] for o in (se, cd) if o is not None]
    vispera = (desde - timedelta(days=1)).isoformat()
    terminan = [m["id"] for o in organos for m in tabla_organos.mandatos(db, o, vispera)]
    antes = {m["id"] for o in organos for m in tabla_organos.mandatos(db, o)}
    traspasar(contexto, traspaso)
    abiertos = [m for o in organos for m in tabla_organos.mandatos(db, o) if m["id"] not in antes]
    mandato_se = next(m["id"] for m in abiertos if m["organo_id"] == se["id"])
    tabla_elecciones.marcar_confirmada(db, eleccion_id, mandato_se)
    anotar_efectos_de_eleccion(db, punto_id, [m["id"] for m in abiertos], terminan)
    return mandato_se


@en_el_idioma_de_los_documentos
def confirmar_eleccion(contexto: Contexto, punto_id: int) -> int:
    """Registra el mandato de cada candidatura electa (y termina la víspera el del cargo unipersonal saliente), todos
    en una transacción: o se registran todos o ninguno. Devuelve el mandato de la primera electa (los de todas quedan
    en `obtener_eleccion(…).electas`, cada una con su `mandato_id`). El motivo de la corrección del mandato
    saliente se guarda en el idioma de los documentos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):
        # Todo lo que decide, dentro de la transacción (BEGIN IMMEDIATE): otra ventana pudo confirmarla, o cambiar
        # los mandatos del órgano, mientras tanto.
        confirmacion = preparar_confirmacion(contexto, punto_id)
        eleccion = obtener_eleccion(contexto, punto_id)
        sesion = sesion_de_la_asociacion(contexto, tabla_elecciones.sesion_del_punto(db, punto_id))
        motivo = traducir("Elección en la sesión del {0} ({1})").format(
            formato.fecha(sesion["fecha"]), sesion["organo"])
        vispera = (date.fromisoformat(eleccion.desde) - timedelta(days=1)).isoformat()
        if tabla_elecciones.confirmada_en(db, eleccion.id) is not None:
            raise ErrorEscritorio(traducir("Esta elección ya fue confirmada: su mandato está registrado."))
        se = secretaria_ejecutiva(contexto)
        if se is not None and se["id"] == eleccion.organo_id:
            # Elegir la Secretaría Ejecutiva es el traspaso: un solo titular, la Comisión Directiva rehecha.
            mandato_se = confirmar_traspaso_por_eleccion(contexto, punto_id, eleccion.id, confirmacion.nuevo)
            if eleccion.electas:
                tabla_elecciones.anotar_mandato(db, confirmacion.nuevos[0][0], mandato_se)
            return mandato_se
        anteriores = _anteriores(db, eleccion)
        for m in anteriores:
            tabla_organos.corregir(db, m["id"], "hasta", m["hasta"], vispera, motivo)
        mandatos = []
        for candidatura_id, _, nuevo in confirmacion.nuevos:
            mandatos.append(designar(contexto, eleccion.organo_id, nuevo))
            if eleccion.electas:  # cerrada antes de la 0019, una elección de un puesto no marcó su electa
                tabla_elecciones.anotar_mandato(db, candidatura_id, mandatos[-1])
        tabla_elecciones.marcar_confirmada(db, eleccion.id, None if eleccion.pluralidad else mandatos[0])
        # Los mandatos que abre y termina la confirmación son efectos de la resolución del punto.
        anotar_efectos_de_eleccion(db, punto_id, mandatos, [m["id"] for m in anteriores])
    return mandatos[0]


@en_el_idioma_de_los_documentos
def segunda_vuelta(contexto: Contexto, punto_id: int) -> int:
    """Agrega un subpunto «Segunda vuelta» con el mismo cargo y las candidaturas finalistas; devuelve su id. El
    título del subpunto se guarda (va en la convocatoria y el acta) en el idioma de los documentos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):   # lo que decide, con la base tomada: otra ventana pudo agregar la segunda vuelta
        punto, sesion, fila = _eleccion(db, asociacion_id, punto_id)
        exigir_editable(sesion)
        eleccion = obtener_eleccion(contexto, punto_id)
        if eleccion.estado == "abierta":
            raise ErrorEscritorio(traducir("Cierre primero la elección: la segunda vuelta sale de su resultado."))
        if eleccion.pluralidad:
            return _segunda_vuelta_de_pluralidad(contexto, punto, sesion, eleccion)
        if eleccion.ganadora is not None:
            raise ErrorEscritorio(traducir("La elección ya tiene candidatura electa: no hay segunda vuelta."))
        hecha = tabla_elecciones.titulo_de_la_segunda_vuelta(db, punto_id)
        if hecha is not None:
            raise ErrorEscritorio(traducir("Esta elección ya tiene su segunda vuelta («{0}»).").format(hecha))
        votos = {c["id"]: c["votos"] or 0 for c in eleccion.candidaturas}
        nombres = {c["id"]: c["nombre"] for c in eleccion.candidaturas}
        if eleccion.boleta == "marcas":
            resultado = resultado_con_marcas(eleccion, votos, Boletas(
                eleccion.boletas or 0, eleccion.blancos or 0, eleccion.nulos or 0, eleccion.no_a_todas or 0,
                eleccion.abstenciones or 0), nombres, eleccion.mayoria, eleccion.base, fila["presentes"],
                fila["con_derecho"])
        else:
            resultado = resultado_eleccion(votos, nombres, eleccion.blancos or 0, eleccion.nulos or 0,
                                           eleccion.abstenciones or 0, eleccion.mayoria, eleccion.base,
                                           fila["presentes"], fila["con_derecho"])
        finalistas = [c for c in eleccion.candidaturas if c["id"] in resultado.segunda_vuelta] or eleccion.candidaturas
        nuevo_punto = agregar_punto(contexto, sesion["id"], traducir("Segunda vuelta: {0}").format(punto["titulo"]),
                                    "eleccion",
                                    padre_id=punto_id, tipo_decision=punto["tipo_decision"])
        definir_eleccion(contexto, nuevo_punto, NuevaEleccion(
            eleccion.organo_id, eleccion.cargo, date.fromisoformat(eleccion.desde),
            date.fromisoformat(eleccion.hasta) if eleccion.hasta else None, eleccion.con_voto))
        for c in finalistas:
            agregar_candidatura(contexto, nuevo_punto, c["miembro_id"], c["persona"])
        return nuevo_punto


def _segunda_vuelta_de_pluralidad(contexto: Contexto, punto: dict, sesion: dict, eleccion: Eleccion) -> int:
    """La segunda vuelta de una elección de varios puestos: solo por los puestos que el empate dejó sin decidir,
    entre las empatadas (las que el cierre marcó como finalistas); las electas de la primera quedan electas."""
    db = contexto.db
    finalistas = [c for c in eleccion.candidaturas if c["finalista"]]
    if not finalistas or not eleccion.puestos_segunda_vuelta:
        raise ErrorEscritorio(traducir("La elección no dejó puestos empatados: no hay segunda vuelta."))
    hecha = tabla_elecciones.titulo_de_la_segunda_vuelta(db, punto["id"])
    if hecha is not None:
        raise ErrorEscritorio(traducir("Esta elección ya tiene su segunda vuelta («{0}»).").format(hecha))
    with transaccion(db):
        nuevo_punto = agregar_punto(contexto, sesion["id"], traducir("Segunda vuelta: {0}").format(punto["titulo"]),
                                    "eleccion", padre_id=punto["id"], tipo_decision=punto["tipo_decision"])
        definir_eleccion(contexto, nuevo_punto, NuevaEleccion(
            eleccion.organo_id, eleccion.cargo, date.fromisoformat(eleccion.desde),
            date.fromisoformat(eleccion.hasta) if eleccion.hasta else None, eleccion.con_voto,
            eleccion.puestos_segunda_vuelta, **_boleta_de_la_segunda_vuelta(eleccion)))
        for c in finalistas:
            agregar_candidatura(contexto, nuevo_punto, c["miembro_id"], c["persona"])
    return nuevo_punto


def _boleta_de_la_segunda_vuelta(eleccion: Eleccion) -> dict:
    """La segunda vuelta de una elección con marcas por varios puestos sigue con marcas, hasta los puestos que se
    disputan; por uno solo, un voto por boleta."""
    puestos = eleccion.puestos_segunda_vuelta or 1
    if eleccion.boleta != "marcas" or puestos < 2:
        return {}
    maximo = min(eleccion.marcas_max, puestos)
    return {"boleta": "marcas", "marcas_max": maximo, "marcas_min": min(eleccion.marcas_min, maximo)}


def elecciones_de_la_sesion(contexto: Contexto, sesion_id: int) -> dict[int, Eleccion]:
    """punto_id -> elección, en el orden del día."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return {p["id"]: e for p in orden_del_dia(contexto, sesion_id) if p["tipo"] == "eleccion"
            and (e := obtener_eleccion(contexto, p["id"])) is not None}
