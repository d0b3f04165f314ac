"""Los actos de una sesión y su estado (issue 59): la asistencia, las votaciones, las elecciones, las resoluciones y
la aprobación de un acta en ella son lo que pasó en la sesión.

Lo que se decidió:
- El primer acto registrado marca «Celebrada» una sesión «Convocada», en la misma transacción, sin preguntar (se dice
  en la salida de la orden y en la ventana): una sesión con asistencia, votos o resoluciones se celebró. La hora de
  cierre y la segunda convocatoria se anotan después («Sesión celebrada…», `sesiones celebrada`). Así una
  resolución es siempre de una sesión celebrada y la memoria cuenta lo mismo en las dos cifras.
- Registrar los actos días después, desde el papel, es lo normal: no se avisa. Lo sospechoso es registrarlos antes
  del día y la hora de la sesión: se avisa (la CLI en la salida de errores, la ventana con una confirmación), pero no
  se rechaza: un reloj mal puesto no debe impedir el trabajo, y lo registrado se ve (y se deshace) hasta que el acta
  se aprueba.

La hora de ahora sale de `servicios.base.ahora` (las pruebas la fijan).
"""

from dataclasses import dataclass
from datetime import date, datetime, time

from ..datos import sesiones as tabla_sesiones
from ..datos.base_de_datos import BaseDeDatos
from ..datos.elecciones import sesion_del_punto
from ..dominio.formato import fecha as fecha_escrita
from ..dominio.sesiones import titulo_de_la_sesion
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from . import base
from .contexto import Contexto


@dataclass
class PrevisionDeActos:
    """Qué pasa si ahora se registra un acto de la sesión: `antes_de_empezar` es el aviso (None si ya empezó)."""
    sesion_id: int
    nombre: str               # «5 (XXXIII sesión ordinaria — Asamblea)»: el id que usan las órdenes y su título
    pasa_a_celebrada: bool
    antes_de_empezar: str | None


def sesion_nombrada(sesion: dict) -> str:
    """La sesión por el id que usan las órdenes y por su título: «5 (XXXIII sesión ordinaria — Asamblea)»."""
    return f"{sesion['id']} ({titulo_de_la_sesion(sesion['numero'], sesion['tipo'], sesion['organo'])})"


def inicio_de(sesion: dict) -> datetime:
    """El día y la hora de la sesión (sin hora: el comienzo de su día)."""
    hora = time.fromisoformat(sesion["hora"]) if sesion.get("hora") else time(0, 0)
    return datetime.combine(date.fromisoformat(sesion["fecha"]), hora)


def aviso_antes_de_empezar(sesion: dict, momento: datetime) -> str | None:
    """El aviso de un acto registrado en `momento`, antes del día y la hora de la sesión; None si ya empezó."""
    inicio = inicio_de(sesion)
    if momento >= inicio:
        return None
    datos = (sesion_nombrada(sesion), fecha_escrita(sesion["fecha"]), sesion.get("hora"), fecha_escrita(momento.date()),
             momento.strftime("%H:%M"))
    if sesion.get("hora"):
        texto = traducir("La sesión {0} está convocada para el {1} a las {2} y ahora es el {3} a las {4}: todavía no "
                         "empezó. Lo que registre queda en su acta como ocurrido en ella; revise que sea la sesión "
                         "correcta.")
    else:
        texto = traducir("La sesión {0} está convocada para el {1} y ahora es el {3} a las {4}: todavía no empezó. Lo "
                         "que registre queda en su acta como ocurrido en ella; revise que sea la sesión correcta.")
    return texto.format(*datos)


def _sesion(contexto: Contexto, sesion_id: int) -> dict:
    fila = tabla_sesiones.sesion(contexto.db, sesion_id)
    if fila is None or fila["asociacion_id"] != contexto.asociacion_id:
        raise ErrorEscritorio(traducir("No existe la sesión {0} en esta asociación.").format(sesion_id))
    return fila


def prever_actos(contexto: Contexto, sesion_id: int) -> PrevisionDeActos:
    """Lo que dicen la CLI y la ventana antes de registrar un acto de la sesión (y después, si la marcó celebrada)."""
    sesion = _sesion(contexto, sesion_id)
    return PrevisionDeActos(sesion_id, sesion_nombrada(sesion), sesion["estado"] == "convocada",
                            aviso_antes_de_empezar(sesion, base.ahora()))


def sesion_de_un_punto(contexto: Contexto, punto_id: int) -> int | None:
    """La sesión del punto `punto_id` de esta asociación (None si no existe: el servicio del acto lo dirá)."""
    punto = tabla_sesiones.punto(contexto.db, punto_id)
    if punto is None:
        return None
    sesion = tabla_sesiones.sesion(contexto.db, punto["sesion_id"])
    return sesion["id"] if sesion is not None and sesion["asociacion_id"] == contexto.asociacion_id else None


def texto_celebrada(prevision: PrevisionDeActos) -> str:
    return traducir("La sesión {0} pasó a «Celebrada»: se registraron sus actos.").format(prevision.nombre)


def registrar_acto(db: BaseDeDatos, sesion_id: int) -> bool:
    """Dentro de la transacción del acto: una sesión «Convocada» pasa a «Celebrada». True si cambió."""
    return tabla_sesiones.marcar_celebrada_por_sus_actos(db, sesion_id)


def registrar_acto_del_punto(db: BaseDeDatos, punto_id: int) -> bool:
    return registrar_acto(db, sesion_del_punto(db, punto_id))


def sesion_de_una_resolucion(contexto: Contexto, resolucion_id: int) -> int | None:
    """La sesión en que se adoptó la resolución `resolucion_id` de esta asociación (None si no existe)."""
    from ..datos import actas as tabla_actas

    resolucion = tabla_actas.resolucion_con_fecha_de_sesion(contexto.db, contexto.asociacion_id, resolucion_id)
    return None if resolucion is None else sesion_de_un_punto(contexto, resolucion["punto_id"])
