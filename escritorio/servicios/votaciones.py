"""Votaciones y resoluciones: el resultado se calcula según la mayoría y la base de cada punto; al cerrar
la votación se fotografía quién tenía derecho a votar; lo adoptado se numera por órgano, año y tipo."""

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import sesiones as tabla_sesiones
from ..datos import votaciones as tabla_votaciones
from ..datos.conexion import transaccion
from ..datos.efectos import vinculos_por_efecto
from ..dominio.mayorias import (BASES_MOCION, MAYORIAS, ReglaMayoria, Resultado, base_para,
                               mayoria_a_aplicar, problema_de_mayoria, problemas_del_cambio,
                               resultado_votacion)
from ..dominio.sesiones import METODOS, SENTIDOS, TIPOS_RESOLUCION, numero_resolucion
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .actos_de_sesion import registrar_acto
from .campos import LARGO_CORTO, LARGO_DOCUMENTO, Revision
from .contexto import Contexto
from .sesiones import exigir_editable, sesion_de_la_asociacion
from .sesiones.asistencia import asistencia, portadores_validos, representado
from .sesiones.reglas import mayoria_de, regla_fija
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos

if TYPE_CHECKING:   # efectos usa este módulo: solo para la anotación
    from .efectos import PedidoDeEfectos


class VotacionCerrada(TypedDict):
    """Una votación cerrada, con su resultado."""

    id: int
    punto_id: int
    metodo: str
    mayoria: str
    base: str
    a_favor: int
    en_contra: int
    abstenciones: int
    presentes: int
    con_derecho: int
    aprobada: int
    texto_resultado: str
    cerrada_en: str
    regla_mayoria: str | None
    motivo_mayoria: str | None


class ResolucionListada(TypedDict):
    """Una resolución con su numeración y su órgano."""

    id: int
    organo_id: int
    anio: int
    numero: int
    tipo: str
    titulo: str
    texto: str | None
    punto_id: int | None
    reforma_id: int | None
    escala_id: int | None
    organo: str
    sesion_id: int | None
    numeracion: str
    firmantes: int


class ResolucionAdoptada(TypedDict):
    """El id de la resolución adoptada y su numeración («Resolución 3/2025»)."""

    id: int
    numero: str


@dataclass
class NuevaVotacion:
    """Una votación. `mayoria`/`base` None: las de la regla del tipo de decisión del punto, vigente en la fecha de la
    sesión (servicios.sesiones.reglas.mayoria_de). Otra mayoría o base que la de la regla exige `motivo_mayoria`, que el acta
    imprime. La mayoría simple no tiene base (son los votos emitidos): con otra base se rechaza."""
    metodo: str = "alzada"
    mayoria: str | None = None
    base: str | None = None
    a_favor: int = 0
    en_contra: int = 0
    abstenciones: int = 0
    nominales: dict[int, str] | None = None  # miembro_id -> a_favor / en_contra / abstencion (método nominal)
    motivo_mayoria: str | None = None


def regla_para_mocion(regla: ReglaMayoria) -> ReglaMayoria:
    """La regla con su base llevada a una moción (la de elecciones puede decir «válidos»: en una moción, emitidos)."""
    return replace(regla, base=base_para(regla.base, eleccion=False))


def problemas_de_mayoria(regla: ReglaMayoria, tipo_decision: str, mayoria: str, base: str,
                         motivo: str | None, fija: bool = False) -> list[str]:
    """Lo que impide votar con (mayoria, base): que no exista, una simple con base, un cambio sin motivo o, si la
    regla la fija el estatuto (`fija`), uno que la rebaja (dominio.mayorias.problemas_del_cambio)."""
    return problemas_del_cambio(regla, tipo_decision, mayoria, base, motivo, fija)


def _punto(db: BaseDeDatos, asociacion_id: int, punto_id: int) -> tuple[dict, dict]:
    punto = tabla_sesiones.punto(db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    return punto, sesion_de_la_asociacion(Contexto(db, asociacion_id), punto["sesion_id"])


@dataclass
class PrevisionVotacion:
    """Lo que registraría cerrar ahora la votación (para mostrarlo en vivo y para cerrarla): el resultado y lo que
    lo impide. `problemas`: el recuento y la mayoría; `sin_quorum`: el enunciado del quórum que falta (o None)."""
    resultado: Resultado | None
    problemas: list[str]
    sin_quorum: str | None
    mayoria: str
    base: str
    a_favor: int
    en_contra: int
    abstenciones: int
    votos: int
    presentes: int        # quienes pueden votar ahora, por su peso (presentes con voto y poderes)
    con_derecho: int
    habilitados: dict
    motivo_mayoria: str | None = None   # limpio; solo si se vota con otra mayoría que la de la regla

    @property
    def todos_los_problemas(self) -> list[str]:
        return self.problemas + ([traducir("No hay quórum para votar: {0}").format(self.sin_quorum)]
                                 if self.sin_quorum else [])

    @property
    def se_puede_cerrar(self) -> bool:
        return not self.todos_los_problemas


def calcular_votacion(estado, regla: ReglaMayoria, tipo_decision: str, nueva: NuevaVotacion,
                      fija: bool = False) -> PrevisionVotacion:
    """El resultado que daría la votación con la asistencia `estado` (servicios.sesiones.asistencia.asistencia con el tipo de
    decisión del punto) y la regla de mayoría del punto, y los problemas que impiden cerrarla. `fija`: la regla la
    fija el estatuto (servicios.sesiones.reglas.regla_fija / ReglaDePunto.fija): solo se admite una más exigente. No
    escribe: la usan `votar` y la pestaña Votaciones para el resultado en vivo (la misma cuenta en los dos lados)."""
    regla = regla_para_mocion(regla)
    votantes = {h.miembro_id: h for h in estado.habilitados if h.con_voto}
    portadores = portadores_validos(estado.habilitados)  # un poder cuenta si su portador vota (sesiones.representado)
    habilitados = {i: h for i, h in votantes.items() if h.estado == "presente" or representado(h, portadores)}
    problemas = []
    if nueva.metodo not in METODOS:
        problemas.append(traducir("Método «{0}» desconocido; use {1}.").format(nueva.metodo, ", ".join(METODOS)))
    mayoria, base = mayoria_a_aplicar(regla, nueva.mayoria, nueva.base)
    problemas += problemas_de_mayoria(regla, tipo_decision, mayoria, base, nueva.motivo_mayoria, fija)
    motivo = None
    if not regla.misma_mayoria(mayoria, base):
        motivo = Revision(problemas).texto(traducir("Motivo del cambio de mayoría"), nueva.motivo_mayoria,
                                           maximo=LARGO_CORTO, obligatorio=False)
    antes_del_recuento = len(problemas)
    if nueva.metodo == "nominal":
        nominales = nueva.nominales or {}
        ajenos = [m for m in nominales if m not in habilitados]
        if ajenos:
            problemas.append(traducir("{0} votos nominales son de miembros sin derecho a voto en esta sesión.").format(
                len(ajenos)))
        if any(s not in SENTIDOS for s in nominales.values()):
            problemas.append(traducir("Cada voto nominal es a_favor, en_contra o abstencion."))
        conteo = {s: sum(habilitados[m].peso for m, v in nominales.items() if v == s and m in habilitados) for s in SENTIDOS}
        a_favor, en_contra, abstenciones = conteo["a_favor"], conteo["en_contra"], conteo["abstencion"]
    else:
        a_favor, en_contra, abstenciones = nueva.a_favor, nueva.en_contra, nueva.abstenciones
        if min(a_favor, en_contra, abstenciones) < 0:
            problemas.append(traducir("Los votos no pueden ser negativos."))
        elif max(a_favor, en_contra, abstenciones) > 10_000_000:
            problemas.append(traducir("Hay más votos que los posibles: revise las cifras."))
    presentes = sum(h.peso for h in habilitados.values())
    con_derecho = sum(h.peso for h in votantes.values())
    votos = a_favor + en_contra + abstenciones
    recuento_valido = len(problemas) == antes_del_recuento
    if votos > presentes:
        recuento_valido = False
        problemas.append(traducir("Hay {0} votos y solo {1} miembros presentes con derecho a voto (contando los "
                                  "poderes).").format(votos, presentes))
    sin_quorum = None if estado.quorum.hay else estado.quorum.enunciado()
    # El resultado se calcula si el recuento y la mayoría lo permiten (aunque falte, p. ej., el motivo del cambio de
    # mayoría): así se ve qué daría; cerrar exige además que no quede ningún problema.
    resultado = None
    if recuento_valido and mayoria in MAYORIAS and base in BASES_MOCION and not problema_de_mayoria(mayoria, base):
        resultado = resultado_votacion(a_favor, en_contra, abstenciones, mayoria, base, presentes, con_derecho)
    return PrevisionVotacion(resultado, problemas, sin_quorum, mayoria, base, a_favor, en_contra, abstenciones, votos,
                             presentes, con_derecho, habilitados, motivo)


def se_puede_votar(contexto: Contexto, punto_id: int) -> bool:
    """¿Se puede cerrar ahora la votación del punto (con algún recuento)? Lo que `votar` exige antes del recuento: el
    acta de su sesión sin aprobar, un punto que no es una elección ni ya votado, y quórum con la asistencia
    registrada. La agenda lo pregunta antes de proponer «votar» (sin quórum, el paso es la sesión)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    punto, sesion = _punto(db, asociacion_id, punto_id)
    try:
        exigir_editable(sesion)
    except ErrorEscritorio:
        return False
    if tabla_votaciones.punto_es_eleccion(db, punto_id) or tabla_sesiones.votacion(db, punto_id):
        return False
    return asistencia(contexto, sesion["id"], punto["tipo_decision"]).quorum.hay


@en_el_idioma_de_los_documentos
def votar(contexto: Contexto, punto_id: int, nueva: NuevaVotacion) -> VotacionCerrada:
    """Cierra la votación de un punto: valida, calcula el resultado y guarda quién tenía derecho a votar. El texto
    del resultado y la regla de mayoría se guardan (el acta los cita) en el idioma de los documentos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):  # asistencia, quórum y «ya votado» se leen con la base tomada
        punto, sesion = _punto(db, asociacion_id, punto_id)
        exigir_editable(sesion)
        if tabla_votaciones.punto_es_eleccion(db, punto_id):
            raise ErrorEscritorio(traducir("Este punto es una elección entre candidaturas: registre los votos de cada "
                                           "candidatura."))
        estado = asistencia(contexto, sesion["id"], punto["tipo_decision"])
        regla = regla_para_mocion(mayoria_de(db, sesion["organo_id"], punto["tipo_decision"], sesion["fecha"]))
        fija = regla_fija(db, sesion["organo_id"], punto["tipo_decision"], sesion["fecha"])
        prevision = calcular_votacion(estado, regla, punto["tipo_decision"], nueva, fija)
        problemas = prevision.todos_los_problemas
        if problemas:
            raise ErrorValidacion(traducir("No se registró la votación:") + "\n"
                                  + "\n".join(f"  - {p}" for p in problemas), problemas)
        resultado = prevision.resultado
        if tabla_sesiones.votacion(db, punto_id):
            raise ErrorEscritorio(traducir("Este punto ya fue votado; la votación cerrada no se repite."))
        votacion_id = tabla_votaciones.insertar_votacion(
            db, punto_id, metodo=nueva.metodo, mayoria=prevision.mayoria, base=prevision.base,
            a_favor=prevision.a_favor, en_contra=prevision.en_contra, abstenciones=prevision.abstenciones,
            presentes=prevision.presentes, con_derecho=prevision.con_derecho, aprobada=int(resultado.aprobada),
            texto_resultado=resultado.texto, regla_mayoria=regla.describir(), motivo_mayoria=prevision.motivo_mayoria)
        tabla_votaciones.insertar_habilitados(
            db, votacion_id,
            [(m, h.peso, (nueva.nominales or {}).get(m) if nueva.metodo == "nominal" else None)
             for m, h in prevision.habilitados.items()])
        registrar_acto(db, sesion["id"])
    return tabla_sesiones.votacion(db, punto_id)


def adoptar_resolucion(contexto: Contexto, punto_id: int, tipo: str, titulo: str, texto: str | None = None,
                       reforma_id: int | None = None, escala_id: int | None = None,
                       firmantes: list[int] | None = None, efectos: "PedidoDeEfectos | None" = None,
                       votacion: dict | None = None) -> ResolucionAdoptada:
    """Un punto aprobado se vuelve resolución, numerada por órgano, año y tipo («Resolución 12/2026»).

    `votacion`: la que la permite, si no es la del punto: la votación final de una moción del punto
    (servicios.votaciones_sala.adoptar_mocion), que decide por sí sola.

    `efectos` (servicios.efectos.PedidoDeEfectos): los miembros que admite (un punto de admisión aprobado) o excluye
    (uno de exclusión) y desde cuándo. La resolución y sus efectos se escriben en una transacción: todo o nada. Los
    efectos que la confirmación de la elección del punto ya anotó pasan a esta resolución."""
    from .efectos import PedidoDeEfectos, aplicar_efectos

    db, asociacion_id = contexto.db, contexto.asociacion_id
    punto, sesion = _punto(db, asociacion_id, punto_id)
    exigir_editable(sesion)
    if tipo not in TIPOS_RESOLUCION:
        raise ErrorEscritorio(traducir("Tipo «{0}» desconocido; use {1}.").format(tipo, ", ".join(TIPOS_RESOLUCION)))
    if not titulo or not titulo.strip():
        raise ErrorEscritorio(traducir("Escriba el título de la resolución."))
    revision = Revision()
    titulo = revision.texto(traducir("Título de la resolución"), titulo, maximo=LARGO_CORTO)
    texto = revision.texto(traducir("Texto de la resolución"), texto, maximo=LARGO_DOCUMENTO, multilinea=True,
                           obligatorio=False)
    revision.lanzar(traducir("No se adoptó la resolución:"))

    propia = votacion

    def votacion_que_la_permite() -> dict | None:
        if propia is not None:
            if not propia["aprobada"]:
                raise ErrorEscritorio(traducir("La moción fue rechazada en la votación: no se adopta como "
                                               "resolución."))
            return propia
        votacion = tabla_sesiones.votacion(db, punto_id)
        eleccion = tabla_votaciones.cierre_de_la_eleccion(db, punto_id)
        if votacion is not None and not votacion["aprobada"]:
            raise ErrorEscritorio(traducir("La moción fue rechazada en la votación: no se adopta como resolución."))
        if eleccion is not None:
            if eleccion["cerrada_en"] is None:
                raise ErrorEscritorio(traducir("Cierre primero la elección de este punto."))
            if eleccion["ganadora_id"] is None and not eleccion["electas"]:
                raise ErrorEscritorio(traducir("La elección no tuvo candidatura electa: no se adopta como "
                                               "resolución."))
        elif votacion is None and tipo != "declaracion" and punto["tipo"] in ("votacion", "eleccion"):
            raise ErrorEscritorio(traducir("Registre primero la votación de este punto."))
        return votacion

    votacion_que_la_permite()
    anio = date.fromisoformat(sesion["fecha"]).year
    with transaccion(db):
        # Lo que decide, otra vez con la base tomada: otra ventana pudo aprobar el acta o deshacer la votación.
        exigir_editable(_punto(db, asociacion_id, punto_id)[1])
        votacion = votacion_que_la_permite()
        numero = tabla_sesiones.proximo_numero_resolucion(db, sesion["organo_id"], anio, tipo)
        resolucion_id = tabla_votaciones.insertar_resolucion(db, sesion["organo_id"], anio, numero, tipo, titulo,
                                                             texto, punto_id, reforma_id, escala_id)
        if firmantes:
            tabla_votaciones.insertar_firmantes(db, resolucion_id, firmantes)
        registrar_acto(db, sesion["id"])
        if tipo != "declaracion":
            aplicar_efectos(contexto, {"id": resolucion_id, "tipo": tipo, "numero": numero, "anio": anio}, punto,
                            sesion, votacion, efectos or PedidoDeEfectos())
        elif efectos is not None and not efectos.vacio:
            raise ErrorEscritorio(traducir("Una declaración no admite ni excluye miembros: adopte una resolución."))
    return {"id": resolucion_id, "numero": numero_resolucion(tipo, numero, anio)}


def listar_resoluciones(contexto: Contexto, organo_id: int | None = None,
                        sesion_id: int | None = None) -> list[ResolucionListada]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    filas = tabla_sesiones.resoluciones(db, asociacion_id, organo_id, sesion_id)
    # La reforma o la escala registradas con la resolución cuando el acta ya estaba aprobada (la fila de la
    # resolución, congelada, no las nombra): de sus efectos (servicios.efectos).
    vinculos = vinculos_por_efecto(db, [f["id"] for f in filas if f["reforma_id"] is None or f["escala_id"] is None])
    for f in filas:
        reforma, escala = vinculos.get(f["id"], (None, None))
        f["reforma_id"], f["escala_id"] = f["reforma_id"] or reforma, f["escala_id"] or escala
        f["numeracion"] = numero_resolucion(f["tipo"], f["numero"], f["anio"])
        f["firmantes"] = tabla_votaciones.cantidad_de_firmantes(db, f["id"])
    return filas
