"""Sesiones de la red de ejemplo, con registro completo y actas aprobadas: la última Cumbre (unos 200
miembros presentes), una sesión del Consejo y una Asamblea extraordinaria que reforma un artículo del
Estatuto. Se arman con los servicios, dentro de la escritura de la demo (cada servicio es un SAVEPOINT)."""

import random
from dataclasses import replace
from datetime import date, timedelta

from ..dominio.mayorias import ReglaMayoria
from ..dominio.sesiones import ReglaQuorum, cita_resolucion
from ..dominio import formato
from ..servicios import actas, confirmacion_de_eleccion, elecciones, recuento_de_eleccion, votaciones
from ..servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                  puntos as sesiones_puntos, reglas as sesiones_reglas)
from ..servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
from ..servicios.contexto import Contexto
from ..servicios.estatutos import CambioArticulo, reformar
from ..servicios.organos import mandatos_de
from ..servicios.sesiones.asistencia import MarcaAsistencia
from ..servicios.unidades import unidades
from ..servicios.votaciones import NuevaVotacion
from .calendario import asamblea_extraordinaria, cumbre as dia_de_la_cumbre, sesion_de_marzo, sesion_de_septiembre
from .organos import OrganosDeLaDemo



def _punto(contexto: Contexto, sesion, titulo, tipo="deliberativo", resumen=None, decision="ordinaria") -> int:
    punto = sesiones_puntos.agregar_punto(contexto, sesion, titulo, tipo, tipo_decision=decision)
    if resumen:
        sesiones_puntos.resumir_punto(contexto, punto, resumen)
    return punto


def _punto_de_aprobacion(contexto: Contexto, sesion_del_acta, en, titulo, resumen=None) -> int:
    """El punto de `en` que aprueba el acta de `sesion_del_acta` (con el vínculo: solo su resolución la aprueba)."""
    punto = agregar_punto_de_aprobacion(contexto, sesion_del_acta, en=en, titulo=titulo)["punto_id"]
    if resumen:
        sesiones_puntos.resumir_punto(contexto, punto, resumen)
    return punto


def _asistir(contexto: Contexto, sesion, azar: random.Random, proporcion: float, poderes: int) -> int:
    """Marca presentes a una proporción de los integrantes con voto y algunos poderes; devuelve los presentes."""
    habilitados = sesiones_asistencia.asistencia(contexto, sesion).habilitados
    presentes, marcas = [], []
    for h in habilitados:
        if azar.random() < proporcion:
            representante = None if azar.random() < 0.7 else "Director/a de Relaciones Internacionales"
            marcas.append(MarcaAsistencia(h.miembro_id, "presente", representante=h.persona if not representante else None,
                                          cargo_representante=representante))
            presentes.append(h.miembro_id)
    ausentes = [h for h in habilitados if h.miembro_id not in presentes]
    con_voto = {h.miembro_id for h in habilitados if h.con_voto}
    portadores = [p for p in presentes if p in con_voto]  # un poder solo va a quien vota (Estatuto, art. 21)
    for indice, h in enumerate(ausentes):
        if indice < poderes and portadores and h.miembro_id not in con_voto:
            marcas.append(MarcaAsistencia(h.miembro_id, "ausente"))  # quien no vota no da poder (art. 21)
        elif indice < poderes and portadores:
            marcas.append(MarcaAsistencia(h.miembro_id, "ausente", poder_a=portadores[indice % len(portadores)]))
        else:
            marcas.append(MarcaAsistencia(h.miembro_id, "excusado" if azar.random() < 0.3 else "ausente"))
    sesiones_asistencia.registrar_asistencias(contexto, sesion, marcas)
    return len(presentes)


def _votar(contexto: Contexto, sesion, punto, favor: float, contra: float, mayoria=None, base=None,
           metodo="alzada") -> dict:
    """Vota con la mayoría de la regla del punto (mayoria/base None) salvo que se indique otra."""
    quorum = sesiones_asistencia.asistencia(contexto, sesion).quorum
    presentes = quorum.presentes
    a_favor, en_contra = round(presentes * favor), round(presentes * contra)
    return votaciones.votar(contexto, punto, NuevaVotacion(metodo, mayoria, base, a_favor, en_contra,
                                                           presentes - a_favor - en_contra))


def _coordinaciones(contexto: Contexto, unidad_id: int | None = None) -> list[dict]:
    """Los mandatos de coordinación de las unidades temáticas (de una, si se dice cuál)."""
    ids = [unidad_id] if unidad_id is not None else [u["id"] for u in unidades(contexto)]
    return [m for i in ids for m in mandatos_de(contexto, i) if m["cargo"] == "coordinador"]


def _eleccion_de_coordinacion(contexto: Contexto, sesion, punto, unidad_id) -> None:
    """El Consejo elige, por voto secreto y mayoría absoluta, quién completa el período de la coordinación de una
    unidad temática; la elección se confirma y la nueva coordinación reemplaza a la saliente desde el día siguiente."""
    estado = sesiones_asistencia.asistencia(contexto, sesion)
    fecha = date.fromisoformat(estado.sesion["fecha"])
    al = fecha.isoformat()
    # El mandato de coordinación que empezó último antes de la sesión: la elección completa su período.
    saliente = max((m for m in _coordinaciones(contexto, unidad_id) if m["desde"] <= al), key=lambda m: m["desde"])
    hasta = saliente["hasta"]
    elecciones.definir_eleccion(contexto, punto, elecciones.NuevaEleccion(
        unidad_id, "coordinador", fecha + timedelta(days=1), date.fromisoformat(hasta) if hasta else None))
    # Candidaturas: ciudades presentes que hoy no coordinan ninguna unidad (tampoco la saliente, que renunció).
    coordinan = {m["miembro_id"] for m in _coordinaciones(contexto)
                 if m["desde"] <= al and (m["hasta"] is None or m["hasta"] >= al)}
    presentes = [h for h in estado.habilitados if h.estado == "presente" and h.con_voto and h.miembro_id not in coordinan]
    candidaturas = [elecciones.agregar_candidatura(contexto, punto, h.miembro_id, h.persona) for h in presentes[:2]]
    votos = estado.quorum.presentes
    primera, segunda = round(votos * 0.6), round(votos * 0.3)
    recuento_de_eleccion.cerrar_eleccion(contexto, punto, recuento_de_eleccion.Recuento(
        "secreta", "absoluta", "emitidos", {candidaturas[0]: primera, candidaturas[1]: segunda},
        blancos=votos - primera - segunda,
        # El estatuto (art. 20) pide mayoría simple; el Consejo exige una más alta (una regla fijada se endurece,
        # no se rebaja), y el acta imprime el motivo.
        motivo_mayoria="El Consejo acordó exigir mayoría absoluta para completar el período de una coordinación."))
    confirmacion_de_eleccion.confirmar_eleccion(contexto, punto)


def _proxima_resolucion(contexto: Contexto, organo: int, anio: int) -> int:
    """El número que llevará la próxima resolución del órgano en el año (se numeran por órgano, año y tipo)."""
    return 1 + max((r["numero"] for r in votaciones.listar_resoluciones(contexto, organo_id=organo)
                    if r["anio"] == anio and r["tipo"] == "resolucion"), default=0)


def cargar_sesiones_demo(contexto: Contexto, organos: OrganosDeLaDemo, hoy: date) -> None:
    azar = random.Random(19)
    asamblea, consejo = organos.asamblea, organos.consejo
    # Reglas fieles al estatuto de la demo (recursos/datos/estatuto_demo.md). Quórum: la mitad más uno de los
    # miembros con derecho a voto; segunda convocatoria pasada una hora, con los presentes (art. 19). Mayoría
    # simple de los votos emitidos (art. 20). Poderes: hasta dos por miembro (art. 21) desde la fundación, y hasta
    # tres desde el día siguiente a la Asamblea extraordinaria que reforma el art. 21 (más abajo). La reforma del
    # Estatuto (arts. 20 y 24) y la disolución (art. 25) las resuelve la Asamblea, con el quórum ordinario.
    fecha_extra = asamblea_extraordinaria(hoy)
    fundacion = date(1995, 11, 11)
    quorum = ReglaQuorum(1, 2, True, "con_derecho", 60, "Estatuto, art. 19")
    simple = ReglaMayoria("simple", "emitidos", "Estatuto, art. 20")
    for organo in (asamblea, consejo):
        sesiones_reglas.fijar_regla_quorum(contexto, organo, quorum, poderes_maximos=2, mayoria=simple,
                                    articulo_poderes="Estatuto, art. 21", vigente_desde=fundacion)
        sesiones_reglas.fijar_regla_quorum(contexto, organo, quorum, poderes_maximos=3, mayoria=simple,
                                    articulo_poderes=f"Estatuto, art. 21 (reformado el {formato.fecha(fecha_extra)})",
                                    vigente_desde=fecha_extra + timedelta(days=1))
    sesiones_reglas.fijar_regla_quorum(contexto, asamblea, replace(quorum, tipo_decision="reforma_estatuto"),
                                quorum_propio=False,
                                mayoria=ReglaMayoria("dos_tercios", "presentes", "Estatuto, arts. 20 y 24"),
                                vigente_desde=fundacion)
    sesiones_reglas.fijar_regla_quorum(contexto, asamblea, replace(quorum, tipo_decision="disolucion"), quorum_propio=False,
                                mayoria=ReglaMayoria("tres_cuartos", "con_derecho", "Estatuto, art. 25"),
                                vigente_desde=fundacion)
    sesiones_reglas.fijar_convocatoria(contexto, asamblea, 30, "Estatuto, art. 18")
    sesiones_reglas.fijar_convocatoria(contexto, consejo, 15, "Estatuto, art. 18")

    # La última Cumbre (Asamblea ordinaria de fin de año) del ciclo (demo/calendario.py).
    anio = dia_de_la_cumbre(hoy).year
    cumbre = sesiones_convocatoria.convocar(contexto, asamblea, sesiones_convocatoria.NuevaSesion(
        date(anio, 11, 20), "ordinaria", "09:30", "Intendencia de Montevideo, Sala de la Cumbre",
        convocada_el=date(anio, 10, 10), numero=anio - 1995 + 1))
    _punto(contexto, cumbre, "Apertura y bienvenida de la ciudad anfitriona", "informativo",
           "La ciudad anfitriona dio la bienvenida a las delegaciones y recordó los treinta años de la Red.")
    acta_anterior = _punto(contexto, cumbre, "Aprobación del acta de la Cumbre anterior", "votacion",
                           "Se puso a consideración el acta de la Cumbre anterior, distribuida con la convocatoria.")
    _punto(contexto, cumbre, "Informe de la Secretaría Ejecutiva", "informativo",
           "La Secretaría Ejecutiva presentó el informe anual de actividades y el estado de las cuotas.")
    presupuesto = _punto(contexto, cumbre, "Presupuesto y plan de trabajo del año siguiente", "votacion",
                         "La Tesorería expuso el presupuesto; hubo consultas sobre el fondo de cooperación.")
    declaracion = _punto(contexto, cumbre, "Declaración de la Cumbre sobre ciudades e integración regional", "votacion",
                         "Se leyó el proyecto de declaración y se incorporaron dos aportes de las delegaciones.")
    _asistir(contexto, cumbre, azar, 0.72, poderes=12)
    _votar(contexto, cumbre, acta_anterior, 0.93, 0.0)
    votaciones.adoptar_resolucion(contexto, acta_anterior, "resolucion", "Aprueba el acta de la Cumbre anterior")
    _votar(contexto, cumbre, presupuesto, 0.80, 0.08)
    votaciones.adoptar_resolucion(contexto, presupuesto, "resolucion",
                                  f"Aprueba el presupuesto y el plan de trabajo {anio + 1}")
    _votar(contexto, cumbre, declaracion, 0.95, 0.0)
    firmantes = [h.miembro_id for h in sesiones_asistencia.asistencia(contexto, cumbre).habilitados if h.estado == "presente"]
    votaciones.adoptar_resolucion(contexto, declaracion, "declaracion", f"Declaración de Montevideo {anio}",
                                  "Las ciudades reafirman su compromiso con la integración regional.", firmantes=firmantes)
    sesiones_asistencia.marcar_celebrada(contexto, cumbre, "13:15")
    actas.guardar_borrador(contexto, cumbre,
                           apertura=f"En Montevideo, el 20 de noviembre de {anio}, a las 09:30, se reúne "
                           "la Asamblea General de Socios en sesión ordinaria.",
                           cierre="No habiendo más asuntos que tratar, se levanta la sesión.",
                           preside="Secretaría Ejecutiva", secretaria="Secretaría Técnica Permanente")

    # Sesión ordinaria del Consejo: aprueba el acta de la Cumbre y la suya propia.
    marzo = sesion_de_marzo(hoy)
    reunion = sesiones_convocatoria.convocar(contexto, consejo, sesiones_convocatoria.NuevaSesion(
        marzo, "ordinaria", "10:00", enlace="https://reuniones.ejemplo.org/consejo",
        convocada_el=date(marzo.year, 2, 20), numero=2 * (marzo.year - 1996) + 1))
    # Los puntos de aprobación de un acta la nombran (servicios.aprobacion_de_actas): solo su resolución la aprueba.
    aprueba_cumbre = _punto_de_aprobacion(contexto, cumbre, reunion, "Aprobación del acta de la última Cumbre",
                                          "Se aprobó sin observaciones el acta distribuida por la Secretaría Técnica.")
    _punto(contexto, reunion, "Situación de las cuotas y morosidad", "informativo",
           "La Tesorería informó la cobranza del año anterior y los miembros con el voto suspendido.")
    unidad_id, unidad = organos.unidad, organos.nombre_unidad
    eleccion_punto = _punto(contexto, reunion, f"Elección de la coordinación de la {unidad} hasta el fin del bienio",
                            "eleccion", "La coordinación saliente renunció por el cambio de autoridades de su ciudad. "
                            "Se propusieron dos candidaturas entre las ciudades del Consejo.")
    aprueba_propia = _punto_de_aprobacion(contexto, reunion, reunion, "Aprobación de la presente acta")
    _asistir(contexto, reunion, azar, 0.85, poderes=1)
    _eleccion_de_coordinacion(contexto, reunion, eleccion_punto, unidad_id)
    _votar(contexto, reunion, aprueba_cumbre, 1.0, 0.0)
    r_cumbre = votaciones.adoptar_resolucion(contexto, aprueba_cumbre, "resolucion",
                                             "Aprueba el acta de la última Cumbre")
    _votar(contexto, reunion, aprueba_propia, 1.0, 0.0)
    r_propia = votaciones.adoptar_resolucion(contexto, aprueba_propia, "resolucion",
                                             "Aprueba el acta de la presente sesión")
    sesiones_asistencia.marcar_celebrada(contexto, reunion, "12:00")
    actas.guardar_borrador(contexto, reunion, apertura="Se reúne el Consejo en sesión ordinaria virtual.",
                           cierre="Se levanta la sesión.", preside="Secretaría Ejecutiva",
                           secretaria="Secretaría Técnica Permanente")
    actas.aprobar_acta(contexto, cumbre, r_cumbre["id"], marzo)
    actas.aprobar_acta(contexto, reunion, r_propia["id"], marzo)

    # Asamblea extraordinaria que reforma el artículo 21 (poderes) con dos tercios de los presentes.
    extra = sesiones_convocatoria.convocar(contexto, asamblea, sesiones_convocatoria.NuevaSesion(
        fecha_extra, "extraordinaria", "15:00", "Asunción, Centro de Convenciones",
        convocada_el=date(fecha_extra.year, 4, 15), numero=anio - 1995 + 2))
    reforma_punto = _punto(contexto, extra, "Reforma del artículo 21 del Estatuto (poderes)", "votacion",
                           "El Consejo propuso elevar a tres el máximo de poderes por miembro; se debatió el alcance.",
                           decision="reforma_estatuto")
    propia = _punto_de_aprobacion(contexto, extra, extra, "Aprobación de la presente acta")
    _asistir(contexto, extra, azar, 0.75, poderes=6)
    _votar(contexto, extra, reforma_punto, 0.86, 0.06)  # con la regla de la reforma: dos tercios de los presentes (arts. 20 y 24)
    estatuto = organos.estatuto
    vigencia = fecha_extra + timedelta(days=1)
    # La reforma cita la resolución que la adopta, que se adopta enseguida con la reforma ya registrada.
    numero = _proxima_resolucion(contexto, asamblea, fecha_extra.year)
    reforma_id = reformar(contexto, estatuto, vigencia, [CambioArticulo(
        "21", "Cada miembro es representado por su autoridad o por quien esta acredite por escrito. Un miembro puede "
              "llevar el poder de otro miembro, con un máximo de tres poderes por miembro.", "Representación")],
                          aprobada_por=cita_resolucion("resolucion", numero, fecha_extra.year, "Asamblea General de Socios"),
                          descripcion="Reforma del artículo 21")
    votaciones.adoptar_resolucion(contexto, reforma_punto, "resolucion", "Reforma el artículo 21 del Estatuto",
                                  reforma_id=reforma_id)
    _votar(contexto, extra, propia, 0.9, 0.0)
    r_extra = votaciones.adoptar_resolucion(contexto, propia, "resolucion", "Aprueba el acta de la presente sesión")
    sesiones_asistencia.marcar_celebrada(contexto, extra, "17:30")
    actas.guardar_borrador(contexto, extra,
                           apertura="Se reúne la Asamblea General en sesión extraordinaria para tratar "
                           "la reforma del artículo 21.", cierre="Se levanta la sesión.",
                           preside="Secretaría Ejecutiva", secretaria="Secretaría Técnica Permanente")
    actas.aprobar_acta(contexto, extra, r_extra["id"], fecha_extra)

    # El Consejo se reúne al menos dos veces por año (art. 13): su última sesión de septiembre, con el acta todavía en
    # borrador (la aprueba la sesión siguiente).
    septiembre = sesion_de_septiembre(hoy)
    _segunda_sesion_del_consejo(contexto, consejo, septiembre, 2 * (septiembre.year - 1996) + 2, azar)


def _segunda_sesion_del_consejo(contexto: Contexto, consejo: int, fecha: date, numero: int,
                                azar: random.Random) -> None:
    sesion = sesiones_convocatoria.convocar(contexto, consejo, sesiones_convocatoria.NuevaSesion(
        fecha, "ordinaria", "10:00", enlace="https://reuniones.ejemplo.org/consejo",
        convocada_el=fecha - timedelta(days=20), numero=numero))
    _punto(contexto, sesion, "Informe de la Secretaría Ejecutiva sobre el primer semestre", "informativo",
           "La Secretaría Ejecutiva informó las actividades del semestre y la preparación de la próxima Cumbre.")
    plan = _punto(contexto, sesion, "Plan de trabajo de las unidades temáticas para el año siguiente", "votacion",
                  "Las coordinaciones presentaron sus planes; se pidió sumar una actividad conjunta por unidad.")
    _asistir(contexto, sesion, azar, 0.8, poderes=1)
    _votar(contexto, sesion, plan, 0.9, 0.05)
    votaciones.adoptar_resolucion(contexto, plan, "resolucion",
                                  f"Aprueba el plan de trabajo {fecha.year + 1} de las unidades "
                                  "temáticas")
    sesiones_asistencia.marcar_celebrada(contexto, sesion, "12:30")
    actas.guardar_borrador(contexto, sesion, apertura="Se reúne el Consejo en sesión ordinaria virtual.",
                           cierre="Se levanta la sesión.", preside="Secretaría Ejecutiva",
                           secretaria="Secretaría Técnica Permanente")
