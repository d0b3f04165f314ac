"""La resolución que aprueba una reforma del estatuto o una escala de cuotas (issue 41, §2): se exige que sirva
(`exigir_resolucion_para`) y se vinculan en los dos sentidos (`vincular_reforma`, `vincular_escala`), en la transacción
que registra la reforma o la escala. Aparte de servicios.efectos para que las cuotas y los estatutos lo usen sin
depender de las bajas (efectos → miembros → cuotas)."""

from datetime import date
from typing import TypedDict

from ..datos import efectos as tabla_efectos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.mayorias import TIPOS_DECISION
from ..dominio.sesiones import cita_resolucion
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio
from .contexto import Contexto


def dia_escrito(valor: str | date | None) -> str:
    if not valor:
        return "—"
    return formato.fecha(valor)


def decision_en_frase(tipo: str) -> str:
    return traducir(TIPOS_DECISION.get(tipo, tipo)).lower()


# --- Reforma y escala: citan la resolución que las aprobó --------------------------------------------------------

# Qué tipo de decisión aprueba cada cosa.
_DECISION_DE = {"reforma_estatuto": "reforma_estatuto", "reforma_reglamento": "reforma_reglamento",
                "escala": "cuotas_presupuesto"}


class ResolucionQueAprueba(TypedDict):
    """La resolución que aprueba una reforma o una escala, con lo que se comprobó de ella y su cita."""

    id: int
    cita: str
    punto_id: int | None
    tipo_decision: str | None
    fecha_sesion: str | None
    reforma_id: int | None
    escala_id: int | None


def exigir_resolucion_para(contexto: Contexto, resolucion_id: int, que: str,
                           desde: date | None = None) -> ResolucionQueAprueba:
    """La resolución que aprueba una reforma (`que`: reforma_estatuto, reforma_reglamento) o una escala (escala): de
    un punto de ese tipo de decisión, aprobado, y todavía sin reforma o escala vinculada. Una reforma no rige antes
    de la sesión que la aprobó (`desde`). Devuelve la resolución con su `cita`; si no sirve, lanza ErrorEscritorio."""
    r = tabla_efectos.resolucion_con_punto(contexto.db, contexto.asociacion_id, resolucion_id)
    if r is None:
        raise ErrorEscritorio(traducir("No existe la resolución {0} en esta asociación.").format(resolucion_id))
    r["cita"] = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
    decision = _DECISION_DE[que]
    if r["tipo_decision"] != decision:
        hoy_es = decision_en_frase(r["tipo_decision"]) if r["tipo_decision"] else traducir("ninguno (sin punto)")
        raise ErrorEscritorio(traducir(
            "La {0} no sirve: es de un punto de tipo de decisión {1}; hace falta la resolución de un punto de {2} "
            "aprobado.").format(r["cita"], hoy_es, decision_en_frase(decision)))
    if not r["aprobada"]:
        raise ErrorEscritorio(traducir("La {0} no sirve: su punto de {1} no fue aprobado en una votación.").format(
            r["cita"], decision_en_frase(decision)))
    if que == "escala" and r["escala_id"] is not None:
        raise ErrorEscritorio(traducir("La {0} ya aprobó la escala {1}.").format(r["cita"], r["escala_id"]))
    if que != "escala" and r["reforma_id"] is not None:
        raise ErrorEscritorio(traducir("La {0} ya adoptó la reforma {1}.").format(r["cita"], r["reforma_id"]))
    if desde is not None and r["fecha_sesion"] and desde.isoformat() < r["fecha_sesion"]:
        raise ErrorEscritorio(traducir(
            "La reforma no puede regir desde el {0}: la {1} se adoptó en la sesión del {2}.").format(
            dia_escrito(desde), r["cita"], dia_escrito(r["fecha_sesion"])))
    return {"id": r["id"], "cita": r["cita"], "punto_id": r["punto_id"], "tipo_decision": r["tipo_decision"],
            "fecha_sesion": r["fecha_sesion"], "reforma_id": r["reforma_id"], "escala_id": r["escala_id"]}


def _acta_abierta(db: BaseDeDatos, resolucion_id: int) -> bool:
    from ..dominio.sesiones import ESTADOS_ACTA_CERRADA

    r = tabla_efectos.resolucion_con_punto_sin_asociacion(db, resolucion_id)
    return r is None or r["estado_acta"] not in ESTADOS_ACTA_CERRADA


def vincular_reforma(db: BaseDeDatos, resolucion_id: int, reforma_id: int, desde: date) -> None:
    """La reforma es un efecto de la resolución y la resolución la nombra (misma transacción). Si el acta de la sesión
    ya está aprobada, la fila de la resolución está congelada (su huella no cambia): el vínculo es el efecto, que
    `resoluciones listar` y «ver» leen igual."""
    if _acta_abierta(db, resolucion_id):
        tabla_efectos.fijar_reforma_de_la_resolucion(db, resolucion_id, reforma_id)
    tabla_efectos.insertar_efecto(db, "reforma", resolucion_id=resolucion_id, reforma_id=reforma_id, desde=desde.isoformat())


def vincular_escala(db: BaseDeDatos, resolucion_id: int, escala_id: int, desde: date) -> None:
    if _acta_abierta(db, resolucion_id):
        tabla_efectos.fijar_escala_de_la_resolucion(db, resolucion_id, escala_id)
    tabla_efectos.insertar_efecto(db, "escala", resolucion_id=resolucion_id, escala_id=escala_id, desde=desde.isoformat())


class ResolucionElegible(TypedDict):
    """Una resolución que puede aprobar una reforma o una escala (para elegirla en la ventana)."""

    id: int
    cita: str
    titulo: str


def resoluciones_para(contexto: Contexto, que: str) -> list[ResolucionElegible]:
    """Las resoluciones que servirían para `que` (reforma_estatuto, reforma_reglamento, escala): de un punto de ese
    tipo de decisión, aprobado, sin reforma o escala vinculada todavía."""
    from ..datos.sesiones import resoluciones

    db, asociacion_id = contexto.db, contexto.asociacion_id
    elegibles = []
    for r in resoluciones(db, asociacion_id):
        try:
            fila = exigir_resolucion_para(contexto, r["id"], que)
        except ErrorEscritorio:
            continue
        elegibles.append({"id": r["id"], "cita": fila["cita"], "titulo": r["titulo"]})
    return elegibles
