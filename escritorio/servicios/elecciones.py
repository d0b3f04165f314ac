"""Elecciones de cargos en una sesión: el cargo en juego, las candidaturas, el recuento con su resultado y,
tras confirmarla, el mandato de la candidatura electa en el órgano (con `organos.designar`).

Una elección vive en un punto del orden del día de tipo «Elección». Al cerrarse se fotografía quién podía
votar, como en las votaciones; lo cerrado no se repite. Si nadie alcanza la mayoría, `segunda_vuelta` agrega
un subpunto con las candidaturas finalistas. La confirmación es un paso aparte y explícito (la persona
electa acepta, la secretaría verifica): puede hacerse aun con el acta ya aprobada, porque no cambia lo que
el acta dice sino que registra sus consecuencias.

Aquí: definir la elección y sus candidaturas, leerla (`Eleccion`) y la segunda vuelta. El recuento y el cierre:
recuento_de_eleccion.py; la confirmación: confirmacion_de_eleccion.py.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import elecciones as tabla_elecciones
from ..datos import miembros as tabla_miembros
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio.elecciones import CupoPais, resultado_eleccion
from ..dominio.boletas import FORMAS_DE_BOLETA, Boletas
from ..dominio.organos import CARGOS, FORMA_POR_OMISION, FORMAS, forma_desconocida, nombre_del_cargo, voto_del_cargo
from ..dominio.mayorias import ReglaMayoria, base_para
from ..dominio.sesiones import METODOS
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from . import campos
from .campos import LARGO_NOMBRE, Revision
from .contexto import Contexto
from .boletas_de_eleccion import problemas_de_la_definicion, resultado_con_marcas
from .cupos_de_eleccion import completar_puestos
from .mandatos import organo_de_la_asociacion
from .elegibles import no_puede, sin_persona
from .sesiones import SesionDeLaAsociacion, exigir_editable, sesion_de_la_asociacion
from .sesiones.puntos import agregar_punto, orden_del_dia
from .sesiones.reglas import mayoria_de, regla_fija
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
    con_voto: bool | None = None   # None: el del cargo (dominio.organos.vota_por_omision), en las dos puertas
    puestos: int = 1          # cuántos puestos se eligen en la misma votación (más de uno: por pluralidad)
    metodo: str | None = None  # cómo se votará (alzada, nominal o secreta), si se sabe de antemano
    # Cómo se marca cada boleta (dominio.boletas): «una» (un voto por votante) o «marcas» (de marcas_min a marcas_max
    # candidaturas por boleta; sin ellos, de 1 a los puestos que se eligen).
    boleta: str = "una"
    marcas_min: int | None = None
    marcas_max: int | None = None


# Una elección elige a lo sumo esto de una vez (la base lo vuelve a controlar).
PUESTOS_MAXIMOS = 1000


def nombre_candidatura(c: dict) -> str:
    """«Montevideo (Carolina Cosse)», «Montevideo» o «Carolina Cosse»."""
    if c.get("miembro") and c.get("persona"):
        return f"{c['miembro']} ({c['persona']})"
    return c.get("miembro") or c.get("persona") or traducir("Candidatura {0}").format(c["id"])


class PuntoDeEleccion(TypedDict):
    """El punto del orden del día donde vive una elección (datos.elecciones.punto_del_orden)."""
    id: int
    sesion_id: int
    tipo: str
    titulo: str
    padre_id: int | None
    tipo_decision: str | None


class FilaEleccion(TypedDict):
    """Una elección como la guarda la base (datos.elecciones.eleccion), con el nombre de su órgano."""
    id: int
    punto_id: int
    organo_id: int
    cargo: str
    con_voto: int
    desde: str
    hasta: str | None
    metodo: str | None
    mayoria: str | None
    base: str | None
    blancos: int | None
    nulos: int | None
    abstenciones: int | None
    presentes: int | None
    con_derecho: int | None
    ganadora_id: int | None
    texto_resultado: str | None
    cerrada_en: str | None
    mandato_id: int | None
    confirmada_en: str | None
    regla_mayoria: str | None
    motivo_mayoria: str | None
    puestos: int
    puestos_segunda_vuelta: int | None
    boleta: str
    marcas_min: int | None
    marcas_max: int | None
    boletas: int | None
    no_a_todas: int | None
    organo: str


def punto_de_eleccion(contexto: Contexto, punto_id: int) -> tuple[PuntoDeEleccion, SesionDeLaAsociacion]:
    punto = tabla_elecciones.punto_del_orden(contexto.db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    sesion = sesion_de_la_asociacion(contexto, punto["sesion_id"])
    if punto["tipo"] != "eleccion":
        raise ErrorEscritorio(traducir("El punto «{0}» no es de tipo Elección: agregue al orden del día un punto de "
                                       "tipo Elección.").format(punto["titulo"]))
    return punto, sesion


def eleccion_del_punto(contexto: Contexto,
                       punto_id: int) -> tuple[PuntoDeEleccion, SesionDeLaAsociacion, FilaEleccion]:
    punto, sesion = punto_de_eleccion(contexto, punto_id)
    eleccion = tabla_elecciones.eleccion(contexto.db, punto_id)
    if eleccion is None:
        raise ErrorEscritorio(traducir("Defina primero qué cargo se elige en el punto «{0}».").format(punto["titulo"]))
    return punto, sesion, eleccion


def exigir_abierta(eleccion: dict) -> None:
    if eleccion["cerrada_en"]:
        raise ErrorEscritorio(traducir("La elección ya está cerrada: su recuento no se modifica."))


def definir_eleccion(contexto: Contexto, punto_id: int, nueva: NuevaEleccion) -> int:
    """Qué cargo de qué órgano se elige en el punto, y por qué período; se puede cambiar hasta el cierre."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    punto, sesion = punto_de_eleccion(Contexto(db, asociacion_id), punto_id)
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
    con_voto, problema_de_voto = voto_del_cargo(nueva.cargo, nueva.con_voto)
    problemas += [problema_de_voto] if problema_de_voto else []
    problemas += _problemas_de_puestos(nueva)
    problemas += problemas_de_la_definicion(nueva)
    if nueva.metodo is not None and nueva.metodo not in METODOS:
        problemas.append(traducir("Método «{0}» desconocido; use {1}.").format(nueva.metodo, ", ".join(METODOS)))
    if problemas:
        raise ErrorValidacion(traducir("No se definió la elección:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    if tabla_elecciones.punto_votado(db, punto_id):
        raise ErrorEscritorio(traducir("Este punto ya se votó por sí o por no: no se le agrega una elección."))
    valores = {"organo_id": nueva.organo_id, "cargo": nueva.cargo, "con_voto": int(con_voto),
               "desde": nueva.desde.isoformat(), "hasta": nueva.hasta.isoformat() if nueva.hasta else None,
               "puestos": nueva.puestos, "metodo": nueva.metodo, "boleta": nueva.boleta,
               "marcas_min": nueva.marcas_min, "marcas_max": nueva.marcas_max}
    with transaccion(db):
        # Lo que decide, otra vez con la base tomada: otra ventana pudo aprobar el acta, votar el punto, definir la
        # elección o cerrarla recién.
        exigir_editable(punto_de_eleccion(Contexto(db, asociacion_id), punto_id)[1])
        if tabla_elecciones.punto_votado(db, punto_id):
            raise ErrorEscritorio(traducir("Este punto ya se votó por sí o por no: no se le agrega una elección."))
        existente = tabla_elecciones.eleccion(db, punto_id)
        if existente is None:
            return tabla_elecciones.insertar_eleccion(db, punto_id, **valores)
        exigir_abierta(existente)
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
                        persona: str | None = None, forma: str = FORMA_POR_OMISION) -> int:
    """Una candidatura: un miembro (la ciudad), la persona que lo encabeza, o ambos; `forma`, cómo se nombrará a
    quien ejerza el cargo si resulta electa («Presidente» o «Presidenta»: el mandato la hereda)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if forma not in FORMAS:
        raise ErrorEscritorio(forma_desconocida(forma))

    def abierta() -> dict:
        _, sesion, eleccion = eleccion_del_punto(Contexto(db, asociacion_id), punto_id)
        exigir_editable(sesion)
        exigir_abierta(eleccion)
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
        return tabla_elecciones.insertar_candidatura(db, decidir()["id"], miembro_id, persona, forma)


def quitar_candidatura(contexto: Contexto, candidatura_id: int) -> None:
    """Retira una candidatura antes de votar (por ejemplo, si declina)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):   # leído con la base tomada: otra ventana pudo cerrar la elección recién
        candidatura = tabla_elecciones.candidatura(db, candidatura_id)
        if candidatura is None:
            raise ErrorEscritorio(traducir("No existe la candidatura {0}.").format(candidatura_id))
        punto_id = tabla_elecciones.punto_de_la_eleccion(db, candidatura["eleccion_id"])
        _, sesion, eleccion = eleccion_del_punto(Contexto(db, asociacion_id), punto_id)
        exigir_editable(sesion)
        exigir_abierta(eleccion)
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
    # candidatura -> su país (pluralidad); abierta y con cupos, la tupla de los cupos que ocuparía (país y grupos)
    paises: dict[int, object] = field(default_factory=dict)
    cupos: dict[object, CupoPais] = field(default_factory=dict)   # país o (agrupación, grupo) -> cupo (abierta)
    boleta: str = "una"               # cómo se marca cada boleta (dominio.boletas.FORMAS_DE_BOLETA)
    marcas_min: int | None = None     # con «marcas»: de cuántas a cuántas candidaturas por boleta
    marcas_max: int | None = None
    boletas: int | None = None        # con «marcas», cerrada: las boletas emitidas y las «No a todas»
    no_a_todas: int | None = None
    presentes: int | None = None      # cerrada: los presentes con derecho a voto y los con derecho, al cerrar
    con_derecho: int | None = None
    texto_guardado: str | None = None  # la frase del resultado como se guardó al cerrar (idioma de los documentos)

    @property
    def forma_de_boleta(self) -> str:
        """«Un voto por boleta» o «Varias marcas por boleta: de 1 a 2 candidaturas», en el idioma en curso."""
        if self.boleta != "marcas":
            return traducir(FORMAS_DE_BOLETA["una"])
        return traducir("Varias marcas por boleta: de {0} a {1} candidaturas").format(self.marcas_min, self.marcas_max)

    @property
    def descripcion(self) -> str:
        """«Presidente — Consejo, del 01/01/2027 al 31/12/2028», en el idioma en curso."""
        return self.descripcion_en(None)

    def descripcion_en(self, forma: str | None) -> str:
        """La descripción con el cargo en la forma de quien lo ejercerá («Presidenta — Consejo, …»)."""
        desde = formato.fecha(self.desde)
        cargo = nombre_del_cargo(self.cargo, forma)
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
    _, sesion = punto_de_eleccion(Contexto(db, asociacion_id), punto_id)
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
    eleccion.presentes, eleccion.con_derecho = fila["presentes"], fila["con_derecho"]
    completar_puestos(contexto, eleccion, fila)
    # El resultado, escrito con los datos en el idioma en curso (la ventana, la CLI o el documento que se escribe).
    from .resultados_en_su_idioma import regla_escrita_de_la_eleccion, texto_de_la_eleccion

    eleccion.texto_guardado = fila["texto_resultado"]
    eleccion.texto_resultado = texto_de_la_eleccion(eleccion)
    eleccion.regla_mayoria = regla_escrita_de_la_eleccion(eleccion)
    return eleccion


@en_el_idioma_de_los_documentos
def segunda_vuelta(contexto: Contexto, punto_id: int) -> int:
    """Agrega un subpunto «Segunda vuelta» con el mismo cargo y las candidaturas finalistas; devuelve su id. El
    título del subpunto se guarda (va en la convocatoria y el acta) en el idioma de los documentos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):   # lo que decide, con la base tomada: otra ventana pudo agregar la segunda vuelta
        punto, sesion, fila = eleccion_del_punto(Contexto(db, asociacion_id), punto_id)
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
            agregar_candidatura(contexto, nuevo_punto, c["miembro_id"], c["persona"],
                                c.get("forma") or FORMA_POR_OMISION)
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
            agregar_candidatura(contexto, nuevo_punto, c["miembro_id"], c["persona"],
                                c.get("forma") or FORMA_POR_OMISION)
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
    return {p["id"]: e for p in orden_del_dia(contexto, sesion_id) if p["tipo"] == "eleccion"
            and (e := obtener_eleccion(contexto, p["id"])) is not None}
