"""Conservar solo lo que hace falta (issue 65): los contactos de los miembros que se fueron hace más de los años que
fija la asociación, y las direcciones de contactos que rebotan desde hace más de los meses que fija, se proponen
para suprimir en «Próximos pasos» (servicios/agenda_datos_personales.py) y se suprimen en un paso.

Suprimir lo vencido es una supresión como la que pide una persona, pero la pide la asociación: por cada fila se
registra la persona (si no lo estaba) y una solicitud de supresión («canal: otro», con el motivo), y se suprime igual
(supresion_de_datos.py), con la bitácora que olvida y la verificación que sigue diciendo «sana». De un contacto de un
miembro que se fue se suprime todo; de una dirección rebotada, solo la dirección (el contacto sigue, sin correo).
Todo en una transacción.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..datos import personas as tabla
from ..datos.conexion import transaccion
from ..dominio import datos_personales as reglas
from ..dominio.traduccion import traducir
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .personas import ficha
from .solicitudes_de_datos import marcar_respondida, politica, registrar_solicitud
from .supresion_de_datos import (Paso, PlanDeSupresion, ResultadoDeSupresion, despues_de_suprimir, ejecutar,
                                 suprimir_en_la_transaccion)


@dataclass
class PropuestaDeConservacion:
    anios: int
    meses: int
    contactos: list[dict] = field(default_factory=list)   # {contacto_id, nombre, miembro, baja_desde}
    rebotes: list[dict] = field(default_factory=list)     # {contacto_id, nombre, correo, miembro, rebote}


def _restar_meses(dia: date, meses: int) -> date:
    mes = dia.month - 1 - meses
    anio, mes = dia.year + mes // 12, mes % 12 + 1
    return date(anio, mes, min(dia.day, 28))


def vencidos(contexto: Contexto, hoy: date | None = None) -> PropuestaDeConservacion:
    """Lo que ya no hace falta conservar según la política de la asociación."""
    hoy = hoy or fecha_de_hoy()
    pol = politica(contexto)
    propuesta = PropuestaDeConservacion(pol.anios_contactos_de_bajas, pol.meses_rebotes)
    if not tabla.disponible(contexto.db):
        return propuesta
    antes_de = _restar_meses(hoy, 12 * pol.anios_contactos_de_bajas).isoformat()
    propuesta.contactos = tabla.contactos_de_miembros_que_se_fueron(contexto.db, contexto.asociacion_id, antes_de)
    ya = {c["contacto_id"] for c in propuesta.contactos}
    rebote = (_restar_meses(hoy, pol.meses_rebotes) + timedelta(days=1)).isoformat()
    propuesta.rebotes = [r for r in tabla.direcciones_rebotadas(contexto.db, contexto.asociacion_id, rebote)
                         if r["contacto_id"] not in ya]
    return propuesta


@dataclass
class SupresionDeLoVencido:
    contactos: list[ResultadoDeSupresion] = field(default_factory=list)
    direcciones: int = 0
    valores_suprimidos: int = 0
    archivo_limpio: bool = True


def _persona_del_contacto(contexto: Contexto, contacto: dict) -> int:
    """La persona a la que está vinculado el contacto, o una nueva registrada con él."""
    vinculo = tabla.vinculo(contexto.db, "contactos", contacto["contacto_id"])
    if vinculo is not None:
        return vinculo["persona_id"]
    persona_id = tabla.registrar_persona(contexto.db, contexto.asociacion_id, contacto["nombre"], None)
    tabla.vincular(contexto.db, persona_id, "contactos", contacto["contacto_id"],
                   traducir("vinculado al suprimir lo vencido"))
    return persona_id


def suprimir_vencidos(contexto: Contexto, *, hoy: date | None = None) -> SupresionDeLoVencido:
    """Suprime todo lo que `vencidos` propone, en una transacción: cada contacto de un miembro que se fue, entero;
    cada dirección rebotada, sola."""
    from ..datos.limpieza import BorradoSeguro

    hoy = hoy or fecha_de_hoy()
    resultado = SupresionDeLoVencido()
    hechos = []
    with BorradoSeguro(contexto.db), transaccion(contexto.db):
        propuesta = vencidos(contexto, hoy)
        for contacto in propuesta.contactos:
            persona_id = _persona_del_contacto(contexto, contacto)
            solicitud = registrar_solicitud(contexto, persona_id, reglas.SUPRESION, recibida=hoy, canal="otro",
                                            detalle=traducir("La asociación suprime los datos: el miembro {0} se fue "
                                                             "el {1} y pasaron más de {2} años.").format(
                                                contacto["miembro"], contacto["baja_desde"], propuesta.anios))
            hechos.append(suprimir_en_la_transaccion(contexto, solicitud.id))
        for rebote in propuesta.rebotes:
            resultado.valores_suprimidos += _suprimir_direccion(contexto, rebote, hoy, propuesta.meses)
            resultado.direcciones += 1
    for plan, suprimidos in hechos:
        resultado.contactos.append(despues_de_suprimir(contexto, plan, suprimidos, None))
        resultado.valores_suprimidos += suprimidos
    if propuesta.rebotes and not hechos:
        resultado.archivo_limpio = despues_de_suprimir(contexto, PlanDeSupresion(0, 0, ""), 0, None).archivo_limpio
    else:
        resultado.archivo_limpio = all(r.archivo_limpio for r in resultado.contactos)
    return resultado


def _suprimir_direccion(contexto: Contexto, rebote: dict, hoy: date, meses: int) -> int:
    """Solo la dirección rebotada: el contacto queda sin correo (y sin clases de correo que recibir), y la dirección
    desaparece de la bandeja, de los envíos y de la historia."""
    persona_id = _persona_del_contacto(contexto, rebote)
    solicitud = registrar_solicitud(contexto, persona_id, reglas.SUPRESION, recibida=hoy, canal="otro",
                                    detalle=traducir("La asociación suprime una dirección que rebota desde el {0} "
                                                     "(más de {1} meses).").format(rebote["rebote"], meses))
    datos = ficha(contexto, persona_id)
    plan = PlanDeSupresion(solicitud.id, persona_id, datos.nombre)
    plan.pasos = [Paso("contactos", rebote["contacto_id"], traducir("Dirección de correo de un contacto"),
                       "anonimizada", valores={"correo": None, "recibe": None})]
    direccion = reglas.clave_de_direccion(rebote["correo"])
    for m in tabla.destinatarios_con_direcciones(contexto.db, contexto.asociacion_id, [direccion]):
        pendiente = m["estado_mensaje"] in ("pendiente", "por_confirmar")
        plan.correo.append(Paso("destinatarios_mensaje", m["id"], m["asunto"], "borrada" if pendiente else
                                "anonimizada"))
    suprimidos = ejecutar(contexto, plan, [direccion], toda_la_persona=False)
    marcar_respondida(contexto, solicitud.id, traducir(
        "Se suprimió la dirección rebotada del contacto (conservación vencida): {0} valores de la bitácora.").format(
        suprimidos))
    return suprimidos
