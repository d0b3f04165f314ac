"""La fuente de la agenda de los datos personales (issue 65): las solicitudes abiertas, con su vencimiento (las que
vencen pronto o ya vencieron, primero; desde los días de aviso de la política, en «Esta semana»), y lo que ya no hace falta conservar: los contactos de los miembros que se
fueron hace más de los años que fijó la asociación y las direcciones que rebotan desde hace más de los meses que fijó.
Una función `(contexto, hoy, dias) -> list[Paso]` registrada en `servicios.agenda.FUENTES`."""

from datetime import date

from ..datos import personas as tabla
from ..dominio import formato
from ..dominio.agenda import Accion, Paso, hasta
from ..dominio.datos_personales import DERECHOS
from ..dominio.traduccion import traducir
from .conservacion_de_datos import vencidos
from .contexto import Contexto
from .solicitudes_de_datos import listar_solicitudes, politica


def pasos_de_datos_personales(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    if not tabla.disponible(contexto.db):
        return []
    limite = hasta(hoy, dias)
    aviso = politica(contexto).dias_de_aviso
    pasos = []
    for s in listar_solicitudes(contexto, abiertas=True):
        vence = date.fromisoformat(s["vence_el"])
        if vence > limite:
            continue
        texto = (traducir("Responder la solicitud N.º {0} de {1} ({2}): vence el {3}") if vence >= hoy else
                 traducir("Responder la solicitud N.º {0} de {1} ({2}): venció el {3}")).format(
            s["id"], traducir(DERECHOS[s["derecho"]]).lower(), s["persona"], formato.fecha(vence))
        pasos.append(Paso("datos", vence, texto, Accion("solicitud_de_datos", referencia=s["id"],
                                                        derecho=s["derecho"]),
                          detalle=(traducir("Plazo: {0}.").format(s["plazo"]),), aviso_dias=aviso))
    propuesta = vencidos(contexto, hoy)
    if propuesta.contactos:
        pasos.append(Paso("datos", hoy, (
            traducir("{0} contacto de un miembro que se fue hace más de {1} años: suprimir sus datos")
            if len(propuesta.contactos) == 1 else
            traducir("{0} contactos de miembros que se fueron hace más de {1} años: suprimir sus datos")).format(
            formato.numero(len(propuesta.contactos)), formato.numero(propuesta.anios)),
            Accion("conservacion"), detalle=tuple(f"{c['nombre']} ({c['miembro']})" for c in propuesta.contactos[:10])))
    if propuesta.rebotes:
        pasos.append(Paso("datos", hoy, (
            traducir("{0} dirección de un contacto que rebota desde hace más de {1} meses: suprimirla")
            if len(propuesta.rebotes) == 1 else
            traducir("{0} direcciones de contactos que rebotan desde hace más de {1} meses: suprimirlas")).format(
            formato.numero(len(propuesta.rebotes)), formato.numero(propuesta.meses)),
            Accion("conservacion"), detalle=tuple(f"{c['correo']} ({c['miembro']})" for c in propuesta.rebotes[:10])))
    return pasos
