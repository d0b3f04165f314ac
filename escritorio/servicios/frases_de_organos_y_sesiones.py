"""Las frases de la bitácora (descripcion_bitacora.py) sobre los órganos y las sesiones: órganos, mandatos, reglas,
elecciones, sesiones, actas, puntos, asistencias, votaciones, resoluciones, viajes…"""



from ..dominio.organos import CARGOS, nombre_del_cargo
from ..dominio.sesiones import ASISTENCIA, ESTADOS_ACTA, ESTADOS_SESION, TIPOS_RESOLUCION, de_organo
from ..dominio.traduccion import traducir
from .nombres_citados import Frase, NombresCitados, cambiados, corto, es_fecha, fecha_citada


def _organos(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    if accion == "cambio":
        return traducir("Cambio en el órgano {0}: {1}").format(corto(v["nombre"]), ", ".join(cambiados(antes, despues)))
    plantilla = {"alta": traducir("Alta del órgano {0}"), "borrado": traducir("Borrado del órgano {0}")}[accion]
    return plantilla.format(corto(v["nombre"]))


def _mandatos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    quien = c.miembro(v["miembro_id"]) if v.get("miembro_id") else corto(v.get("persona"))
    cargo = nombre_del_cargo(v["cargo"], v.get("forma")) if v.get("cargo") in CARGOS else corto(v.get("cargo"))
    donde = f"{cargo} {de_organo(c.organo(v['organo_id']))}"
    if accion == "alta":
        return traducir("Mandato de {0}: {1} desde el {2}").format(quien, donde, fecha_citada(v["desde"]))
    if accion == "cambio" and antes.get("hasta") != despues.get("hasta"):
        return traducir("Mandato de {0} ({1}): termina el {2}").format(quien, donde, fecha_citada(despues["hasta"])) \
            if despues.get("hasta") else traducir("Mandato de {0} ({1}): sin fecha de fin").format(quien, donde)
    if accion == "borrado":
        return traducir("Mandato de {0} quitado ({1})").format(quien, donde)
    return None


def _correcciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    mandato = c.fila("mandatos", v["mandato_id"]) or {}
    quien = c.miembro(mandato.get("miembro_id")) if mandato.get("miembro_id") else corto(mandato.get("persona"))
    antes_, despues_ = (fecha_citada(x) if x and es_fecha(x) else corto(x) or "—" for x in (v.get("antes"), v.get("despues")))
    motivo = corto(v.get("motivo"))
    if v["campo"] == "hasta":
        return traducir("Corrección del mandato de {0}: fin {1} → {2} ({3})").format(quien, antes_, despues_, motivo)
    if v["campo"] == "desde":
        return traducir("Corrección del mandato de {0}: inicio {1} → {2} ({3})").format(
            quien, antes_, despues_, motivo)
    return traducir("Corrección del mandato de {0}: {1} {2} → {3} ({4})").format(
        quien, corto(v["campo"]), antes_, despues_, motivo)




def _actividades(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Actividad «{0}» {1} registrada"),
                 "cambio": traducir("Actividad «{0}» {1} modificada"),
                 "borrado": traducir("Actividad «{0}» {1} quitada")}[accion]
    return plantilla.format(corto(v.get("titulo")), de_organo(c.organo(v["organo_id"])))




def _reglas_quorum(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Regla de sesión {0} ({1}) nueva, vigente desde el {2}"),
                 "cambio": traducir("Regla de sesión {0} ({1}) modificada, vigente desde el {2}"),
                 "borrado": traducir("Regla de sesión {0} ({1}) quitada, vigente desde el {2}")}[accion]
    decision = corto(v.get("tipo_decision")).replace("_", " ")
    return plantilla.format(de_organo(c.organo(v["organo_id"])), decision, fecha_citada(v.get("vigente_desde")))


def _reglas_composicion(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Regla de composición {0} nueva: {1}"),
                 "cambio": traducir("Regla de composición {0} modificada: {1}"),
                 "borrado": traducir("Regla de composición {0} quitada: {1}")}[accion]
    return plantilla.format(de_organo(c.organo(v["organo_id"])), corto(v.get("tipo")).replace("_", " "))


def _orden_sucesion(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "borrado":
        return traducir("{0} sale del orden de sucesión {1}").format(c.miembro(v["miembro_id"]),
                                                                     de_organo(c.organo(v["organo_id"])))
    return traducir("{0}: lugar {1} en el orden de sucesión {2}").format(
        c.miembro(v["miembro_id"]), v["posicion"], de_organo(c.organo(v["organo_id"])))




def _elecciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    cargo = traducir(CARGOS.get(v.get("cargo"), corto(v.get("cargo"))))
    donde = f"{cargo} {de_organo(c.organo(v['organo_id']))}"
    if accion == "alta":
        return traducir("Elección de {0} abierta").format(donde)
    if accion == "cambio" and ((despues.get("mandato_id") and not antes.get("mandato_id"))
                               or (despues.get("confirmada_en") and not antes.get("confirmada_en"))):
        return traducir("Elección de {0} confirmada: mandato registrado").format(donde)
    if accion == "cambio" and despues.get("cerrada_en") and not antes.get("cerrada_en"):
        return traducir("Elección de {0} cerrada").format(donde)
    return None


def _candidaturas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    quien = c.miembro(v["miembro_id"]) if v.get("miembro_id") else corto(v.get("persona"))
    if accion == "alta":
        return traducir("Candidatura de {0}").format(quien)
    if accion == "cambio" and antes.get("votos") != despues.get("votos"):
        return traducir("Candidatura de {0}: {1} votos").format(quien, despues.get("votos"))
    if accion == "cambio" and despues.get("mandato_id") and not antes.get("mandato_id"):
        return traducir("Candidatura de {0}: mandato registrado").format(quien)
    if accion == "cambio" and despues.get("electa") and not antes.get("electa"):
        return traducir("Candidatura de {0}: electa ({1}.º)").format(quien, despues.get("electa"))
    return None




def _estado_de_sesion(estado) -> str:
    """«celebrada» en el idioma en curso (el rótulo en minúscula es el código guardado)."""
    return traducir(ESTADOS_SESION[estado]).lower() if estado in ESTADOS_SESION else corto(estado)


def _sesiones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Convocatoria de la {0}").format(c.sesion(v["id"]))
    if accion == "cambio" and antes.get("estado") != despues.get("estado"):
        return traducir("La {0} pasa a {1}").format(c.sesion(v["id"]), _estado_de_sesion(despues["estado"]))
    if accion == "cambio":
        return traducir("Cambio en la {0}: {1}").format(c.sesion(v["id"]), ", ".join(cambiados(antes, despues)))
    return None


def _actas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    sesion = c.sesion(v["sesion_id"])
    if accion == "alta":
        return traducir("Borrador del acta de la {0}").format(sesion)
    if accion == "cambio" and antes.get("estado") != despues.get("estado"):
        estado = traducir(ESTADOS_ACTA.get(despues["estado"], corto(despues["estado"]))).lower()
        return traducir("Acta de la {0} {1}").format(sesion, estado)
    if accion == "cambio":
        return traducir("Acta de la {0} modificada: {1}").format(sesion, ", ".join(cambiados(antes, despues)))
    return None


def _fe_de_erratas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    acta = c.fila("actas", v["acta_id"]) or {}
    return traducir("Fe de erratas en el acta de la {0}").format(c.sesion(acta.get("sesion_id"))) \
        if accion == "alta" else None


def _puntos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Punto «{0}» agregado al orden del día de la {1}"),
                 "cambio": traducir("Punto «{0}» modificado en el orden del día de la {1}"),
                 "borrado": traducir("Punto «{0}» quitado del orden del día de la {1}")}[accion]
    return plantilla.format(corto(v.get("titulo")), c.sesion(v["sesion_id"]))


def _asistencias(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    estado = traducir(ASISTENCIA.get(v.get("estado"), corto(v.get("estado")))).lower()
    if accion == "borrado":
        return traducir("Asistencia de {0} quitada de la {1}").format(c.miembro(v["miembro_id"]),
                                                                      c.sesion(v["sesion_id"]))
    return traducir("{0}: {1} en la {2}").format(c.miembro(v["miembro_id"]), estado, c.sesion(v["sesion_id"]))


def _votaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "cambio" and despues.get("cerrada_en") and not antes.get("cerrada_en"):
        plantilla = traducir("Votación cerrada (aprobada: {0} a favor, {1} en contra, {2} abstenciones) sobre {3}") \
            if despues.get("aprobada") else \
            traducir("Votación cerrada (rechazada: {0} a favor, {1} en contra, {2} abstenciones) sobre {3}")
        return plantilla.format(despues.get("a_favor"), despues.get("en_contra"), despues.get("abstenciones"),
                                c.punto(v["punto_id"]))
    if accion == "alta":
        return traducir("Votación abierta sobre {0}").format(c.punto(v["punto_id"]))
    return None


def _resoluciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        tipo = traducir(TIPOS_RESOLUCION.get(v.get("tipo"), "Resolución"))
        return f"{tipo} {v['numero']}/{v['anio']} {de_organo(c.organo(v['organo_id']))}: {corto(v.get('titulo'))}"
    return None




def _votacion_de(c: NombresCitados, votacion_id) -> str:
    votacion = c.fila("votaciones", votacion_id) or {}
    return traducir("la votación sobre {0}").format(c.punto(votacion.get("punto_id")))


def _habilitados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "cambio" and v.get("sentido"):
        plantilla = {"a_favor": traducir("{0} vota a favor en {1}"), "en_contra": traducir("{0} vota en contra en {1}"),
                     "abstencion": traducir("{0} se abstiene en {1}")}.get(v["sentido"])
        if plantilla is None:   # un sentido que Escritorio no guarda (la base lo impide): «vota None», como antes
            return f"{c.miembro(v['miembro_id'])} vota None en {_votacion_de(c, v['votacion_id'])}"
        return plantilla.format(c.miembro(v["miembro_id"]), _votacion_de(c, v["votacion_id"]))
    if accion == "alta":
        return traducir("{0} habilitado para votar en {1}").format(c.miembro(v["miembro_id"]),
                                                                   _votacion_de(c, v["votacion_id"]))
    return None


def _firmantes(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    resolucion = c.fila("resoluciones", v["resolucion_id"]) or {}
    tipo = resolucion.get("tipo")
    cual = (f"{traducir(TIPOS_RESOLUCION.get(tipo, 'Resolución')).lower()} "
            f"{resolucion.get('numero')}/{resolucion.get('anio')}") if resolucion else \
        traducir("resolución #{0}").format(v["resolucion_id"])
    plantilla = traducir("{0} firma la {1}") if accion != "borrado" else \
        traducir("{0} ya no figura como firmante de la {1}")
    return plantilla.format(c.miembro(v["miembro_id"]), cual)


def _invitados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("{0} invitado a la {1}"), "cambio": traducir("{0} invitado (corregido) a la {1}"),
                 "borrado": traducir("{0} ya no figura como invitado a la {1}")}[accion]
    return plantilla.format(corto(v.get("nombre")), c.sesion(v["sesion_id"]))




def _viajes(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    sesion = c.sesion(v["sesion_id"])
    if accion == "alta":
        return traducir("{0} llevada de viaje por {1}").format(sesion[0].upper() + sesion[1:], corto(v["llevada_por"]))
    if accion == "cambio" and despues.get("cancelada_en") and not antes.get("cancelada_en"):
        return traducir("Viaje de la {0} cancelado por {1}: {2}").format(sesion, corto(despues["cancelada_por"]),
                                                                          corto(despues["motivo_cancelacion"], 120))
    if accion == "cambio" and despues.get("devuelta_en") and not antes.get("devuelta_en"):
        return traducir("{0} devuelta del viaje al servidor").format(sesion[0].upper() + sesion[1:])
    return None


FRASES: dict[str, Frase] = {
    "organos": _organos,
    "mandatos": _mandatos,
    "correcciones_mandato": _correcciones,
    "sesiones": _sesiones,
    "actas": _actas,
    "fe_de_erratas": _fe_de_erratas,
    "puntos_orden": _puntos,
    "asistencias": _asistencias,
    "votaciones": _votaciones,
    "resoluciones": _resoluciones,
    "actividades": _actividades,
    "reglas_quorum": _reglas_quorum,
    "reglas_composicion": _reglas_composicion,
    "orden_sucesion": _orden_sucesion,
    "habilitados_votacion": _habilitados,
    "firmantes_declaracion": _firmantes,
    "invitados": _invitados,
    "elecciones": _elecciones,
    "candidaturas": _candidaturas,
    "sesiones_de_viaje": _viajes,
}
