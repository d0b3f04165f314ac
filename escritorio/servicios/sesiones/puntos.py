"""El orden del día de una sesión: sus puntos con su numeración, agregarlos y resumirlos, y la regla (quórum y
mayoría) que rige cada punto según las reglas de sesión vigentes en su fecha.
"""

from dataclasses import dataclass, replace
from typing import TypedDict

from ...datos import sesiones as tabla_sesiones
from ...dominio.mayorias import TIPOS_DECISION, ReglaMayoria
from ...dominio.sesiones import TIPOS_PUNTO, ReglaQuorum, decision_por_omision
from ...dominio.traduccion import traducir
from ...errores import ErrorEscritorio
from .. import campos
from ..campos import LARGO_CORTO, LARGO_LARGO
from ..contexto import Contexto
from ..reversibles import cambio_reversible
from . import exigir_editable, sesion_de_la_asociacion
from .reglas import mayoria_de, regla_de, regla_fija


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
                            "las más votadas, con los cupos del órgano por país o por grupo). Lo fija la elección al "
                            "definirla.").format(quorum, self.mayoria.describir_en_frase(eleccion=True))
        # La simple de una elección es «la candidatura más votada», no «más votos a favor que en contra».
        return traducir("Quórum: {0}; {1}.").format(
            quorum, self.mayoria.describir_en_frase(eleccion=self.tipo_decision == "eleccion"))


def regla_de_decision(contexto: Contexto, sesion_id: int, tipo_decision: str) -> ReglaDePunto:
    """El quórum y la mayoría que rigen un tipo de decisión en una sesión (las reglas vigentes en su fecha)."""
    db = contexto.db
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    tipo = tipo_decision if tipo_decision in TIPOS_DECISION else "ordinaria"
    return ReglaDePunto(tipo, regla_de(db, sesion["organo_id"], tipo, sesion["fecha"])[0],
                        mayoria_de(db, sesion["organo_id"], tipo, sesion["fecha"]),
                        regla_fija(db, sesion["organo_id"], tipo, sesion["fecha"]))


def regla_del_punto(contexto: Contexto, punto_id: int) -> ReglaDePunto:
    """El quórum y la mayoría que rigen un punto del orden del día en la fecha de su sesión."""
    db = contexto.db
    punto = tabla_sesiones.punto(db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    regla = regla_de_decision(contexto, punto["sesion_id"], punto["tipo_decision"])
    from ...datos import elecciones as tabla_elecciones
    from ..cupos_de_eleccion import de_pluralidad

    eleccion = tabla_elecciones.eleccion(db, punto_id) if punto["tipo"] == "eleccion" else None
    if eleccion is not None and de_pluralidad(db, eleccion):
        # Varios puestos: la mayoría de la regla no se aplica (la convocatoria y la lista de puntos no la prometen).
        regla = replace(regla, puestos_por_pluralidad=eleccion["puestos"])
    elif punto["tipo"] == "eleccion" and eleccion is None:
        regla = replace(regla, eleccion_sin_definir=True)
    return regla


def agregar_punto(contexto: Contexto, sesion_id: int, titulo: str, tipo: str = "deliberativo",
                  padre_id: int | None = None, tipo_decision: str | None = None) -> int:
    """Sin `tipo_decision`, el del tipo de punto (dominio.sesiones.decision_por_omision: una elección, «eleccion»)."""
    db = contexto.db
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
    ninguno (`escritorio sesiones punto … --resumen`, «Agregar punto» de la ventana). Es un cambio reversible, uno
    solo: Deshacer quita el punto con su resumen (los dos son la fila del punto)."""
    with cambio_reversible(contexto, "punto_agregado", [("puntos_orden", "sesion_id", sesion_id)],
                           (titulo or "").strip()):
        punto_id = agregar_punto(contexto, sesion_id, titulo, tipo, padre_id, tipo_decision)
        if resumen is not None:
            resumir_punto(contexto, punto_id, resumen)
    return punto_id


def resumir_punto(contexto: Contexto, punto_id: int, resumen: str) -> None:
    db = contexto.db

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
    db = contexto.db
    sesion_de_la_asociacion(contexto, sesion_id)
    puntos = tabla_sesiones.puntos(db, sesion_id)
    numeros: dict[int, str] = {}
    for p in puntos:
        numeros[p["id"]] = f"{numeros[p['padre_id']]}.{p['orden']}" if p["padre_id"] else str(p["orden"])
        p["numeracion"] = numeros[p["id"]]
    return puntos
