"""El derecho de oposición al envío de correo: una persona que pide no recibir más correo deja de recibirlo desde ese
día, y queda anotado (issue 65).

Oponerse (`oponerse`) anota cada dirección de la persona (las de sus contactos y las que ya recibieron correo suyo)
con su huella, la fecha y la solicitud; anula los mensajes de la bandeja de salida que no tienen a nadie más (a los
demás, el despacho no les envía a esas direcciones); y responde la solicitud. Desde entonces la regla es una sola
(`direcciones_con_oposicion`): preparar un envío no pone esas direcciones (el miembro recibe en otra, o en su correo
institucional, o la vista previa dice que no tiene a quién), una copia que la secretaría escribe a mano se rechaza, y
el despacho de la bandeja, por si el mensaje se preparó antes, tampoco le envía (queda rechazada con el motivo). La
huella sigue reconociendo la dirección aunque después se supriman los datos de la persona.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..datos import personas as tabla
from ..datos.conexion import transaccion
from ..dominio import datos_personales as reglas
from ..dominio import formato
from ..dominio.traduccion import traducir
from .base import hoy
from .contexto import Contexto
from .personas import ficha
from .solicitudes_de_datos import exigir_abierta, marcar_respondida, solicitud_de_la_asociacion


def direcciones_con_oposicion(contexto: Contexto) -> set[str]:
    """Las huellas de las direcciones que no reciben correo de la asociación."""
    return tabla.huellas_con_oposicion(contexto.db, contexto.asociacion_id)


def tiene_oposicion(direccion: str, huellas: set[str]) -> bool:
    return bool(huellas) and reglas.huella_de_direccion(direccion) in huellas


def motivo_de_la_oposicion() -> str:
    return traducir("la persona pidió no recibir correo de la asociación (oposición registrada)")


def _efecto(derecho: str) -> str:
    """Lo que el bloqueo hace en el registro, antes de lo que hace la oposición (issue 81 §3)."""
    if derecho == reglas.BLOQUEO:
        return traducir("Sus datos quedan bloqueados: se conservan solo para lo que manda el estatuto (las actas, la "
                        "composición de los órganos) y no se usan para nada más; el correo es lo único que se dejaba "
                        "de hacer. ")
    return ""


@dataclass(frozen=True)
class Oposicion:
    direcciones: list[str]
    mensajes_que_no_le_saldran: int   # de la bandeja de salida
    mensajes_anulados: int            # de esos, los que no tenían a nadie más


def oponerse(contexto: Contexto, solicitud_id: int) -> Oposicion:
    """Registra la oposición al correo de la persona de la solicitud y la responde."""
    db = contexto.db
    with transaccion(db):
        solicitud = solicitud_de_la_asociacion(contexto, solicitud_id)
        exigir_abierta(solicitud, reglas.OPOSICION)
        datos = ficha(contexto, solicitud["persona_id"])
        direcciones = sorted(set(datos.direcciones) | {reglas.clave_de_direccion(m["direccion"])
                                                       for m in datos.mensajes})
        if not direcciones:
            from ..errores import ErrorEscritorio

            raise ErrorEscritorio(traducir(
                "La persona {0} no tiene ninguna dirección de correo en la base (ni en sus contactos ni en los mensajes "
                "enviados): no hay a qué dejar de enviar. Vincúlele el contacto que tiene su dirección, o deniegue la "
                "solicitud con el motivo.").format(solicitud["persona_id"]))
        desde = hoy().isoformat()
        for direccion in direcciones:
            tabla.oponer(db, contexto.asociacion_id, reglas.huella_de_direccion(direccion), direccion,
                         solicitud["persona_id"], desde, solicitud_id)
        # De los mensajes que todavía esperan en la bandeja: a esas direcciones no les sale (el despacho las rechaza
        # con el motivo); el que no tiene a nadie más se anula ya.
        esperan, anulados = 0, 0
        por_mensaje: dict[int, list[int]] = {}
        for m in tabla.destinatarios_con_direcciones(db, contexto.asociacion_id, direcciones):
            if m["estado_mensaje"] in ("pendiente", "por_confirmar"):
                por_mensaje.setdefault(m["mensaje_id"], []).append(m["id"])
        for mensaje_id, destinatarios in por_mensaje.items():
            esperan += 1
            if tabla.otros_destinatarios(db, mensaje_id, destinatarios) == 0:
                tabla.anular_mensaje(db, mensaje_id, motivo_de_la_oposicion())
                anulados += 1
        marcar_respondida(contexto, solicitud_id, _efecto(solicitud["derecho"]) + traducir(
            "Desde el {0} no se envía correo a {1} direcciones de la persona; {2} mensajes de la bandeja de salida ya "
            "no le saldrán ({3} anulados: no tenían a nadie más).").format(formato.fecha(desde), len(direcciones),
                                                                         esperan, anulados))
    return Oposicion(direcciones, esperan, anulados)


def reponer_oposiciones(db, de_la_reemplazada: list[tuple[int, str, str | None, int | None, str]]) -> list[str]:
    """Después de restaurar un respaldo: las oposiciones al correo que tenía la base reemplazada
    (`datos.personas.oposiciones_de_la_base`) y el respaldo no, porque es anterior a ellas, se registran otra vez con
    su fecha (una oposición no se borra: solo la retira quien la pidió); si no, a esas direcciones les volvería a
    salir correo en silencio. Con su persona si el respaldo la tiene; sin la solicitud (el respaldo no la tiene).
    Devuelve la fecha de cada una repuesta, para decirlo."""
    from ..datos.asociaciones import por_id

    repuestas: list[str] = []
    with transaccion(db):
        for asociacion_id, huella, direccion, persona_id, desde in de_la_reemplazada:
            # Una asociación que el respaldo no tiene (creada después): sus oposiciones no tienen dónde ir.
            if por_id(db, asociacion_id) is None or huella in tabla.huellas_con_oposicion(db, asociacion_id):
                continue
            persona = (persona_id if persona_id is not None and tabla.persona(db, asociacion_id, persona_id)
                       else None)
            tabla.oponer(db, asociacion_id, huella, direccion, persona, str(desde), None)
            repuestas.append(str(desde))
    return repuestas
