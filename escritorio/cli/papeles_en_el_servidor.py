"""Quién corre cada orden sobre una base del servidor (issue 77, §1): la tabla que dice docs/cli.md en cada orden
(«En el servidor: …») y que prueba tests/servidor/test_papeles_por_orden.py corriendo cada orden con el login de cada
papel contra un PostgreSQL de verdad: la que el papel corre tiene que salir bien; la que no, rechazada con el mensaje
del programa y sin guardar nada.

Lo hace cumplir el servidor (datos/postgres/papeles.py, emitidos.py, constancias.py), no esta tabla: aunque alguien
entre con psql, tesorería no registra una convocatoria. Esta tabla es lo que el programa promete, para la
documentación y la prueba; una orden nueva sin su fila hace fallar la prueba.

- TODOS: leer y escribir archivos en este equipo (también el papel de consulta). Un documento con código de
  verificación lo registra solo el papel que lo emite (datos/documentos.py, TIPOS_DE_TESORERIA): con otro papel se
  imprime sin registrarlo, con su código solo si ya se había emitido.
- COBRANZA: secretaría y tesorería (cuotas, pagos, recibos, avisos de cobro y su correo).
- SECRETARIA: solo secretaría (el resto de la base).
- ADMINISTRACION: quien administra el servidor (el dueño de las tablas), con la dirección en la orden misma.
- «demo» carga la red de ejemplo en una base vacía (también del servidor): secretaría.
- EN_EL_ARCHIVO: la orden trabaja sobre un archivo de este equipo (respaldos, la red de ejemplo): sobre el servidor
  dice por qué no y no hace nada.
"""

TODOS = ("secretaria", "tesoreria", "consulta")
COBRANZA = ("secretaria", "tesoreria")
SECRETARIA = ("secretaria",)
ADMINISTRACION = ()
EN_EL_ARCHIVO = None

_S, _C, _T = SECRETARIA, COBRANZA, TODOS

PAPELES_POR_ORDEN: dict[str, tuple[str, ...] | None] = {
    "demo": _S,
    "asociacion crear": _S, "asociacion listar": _T, "asociacion pais": _S, "asociacion editar": _S,
    "asociacion quitar-pais": _S, "asociacion paises": _T, "asociacion admision": _S,
    "asociacion agrupacion": _S, "asociacion agrupaciones": _T, "asociacion contar-por": _T,
    "miembros importar": _S, "miembros exportar": _T, "miembros padron": _T, "miembros listar": _T,
    "miembros baja": _S, "miembros suspender": _S, "miembros suspension-mandatos": _S, "miembros agregar": _S,
    "miembros ubicacion": _S, "miembros ubicar": _S, "miembros editar": _S, "miembros poblacion": _S,
    "miembros autoridad": _S, "miembros reactivar": _S, "miembros contacto": _S, "miembros contactos": _T,
    "miembros quitar-contacto": _S, "miembros eliminar": _S, "miembros solicitud": _S,
    "miembros calidad": _S,
    "cuotas escala definir": _C, "cuotas escala listar": _T, "cuotas emitir": _C, "cuotas exportar": _T,
    "cuotas morosidad": _T, "cuotas estado-cuenta": _T, "cuotas avisos": _C, "cuotas exencion": _C,
    "cuotas regla-voto": _S, "cuotas cobranza": _T, "cuotas tolerancia": _S,
    "pagos registrar": _C, "pagos anular": _C, "pagos recibo": _T, "pagos listar": _T, "pagos importar": _C,
    "organos listar": _T, "organos composicion": _T, "organos organigrama": _T, "organos traspaso": _S,
    "organos sucesion": _S, "organos periodo": _S, "organos vencimientos": _T, "organos regla-composicion": _S,
    "organos crear": _S, "organos creacion": _S, "organos disolver": _S, "organos anular-disolucion": _S,
    "organos designar": _S, "organos terminar-mandato": _S, "organos corregir-forma": _S, "organos mandatos": _T,
    "organos quitar-regla": _S, "organos reglas": _S,
    "estatutos reglas": _T, "estatutos texto": _T, "estatutos cargar": _S, "estatutos listar": _T,
    "estatutos reformar": _S,
    "unidades plantilla": _S, "unidades matriz": _T, "unidades actividad": _S, "unidades actividades": _T,
    "unidades editar-actividad": _S, "unidades estado-actividad": _S, "unidades informe-actividad": _S,
    "unidades pdf-informe": _T, "unidades atrasadas": _T, "unidades informe": _T,
    "sesiones listar": _T, "sesiones convocatoria": _T, "sesiones acta": _T, "sesiones exportar": _T,
    "sesiones elecciones": _T, "sesiones confirmar-eleccion": _S, "sesiones eleccion": _S,
    "sesiones candidatura": _S, "sesiones quitar-candidatura": _S, "sesiones cerrar-eleccion": _S,
    "sesiones segunda-vuelta": _S, "sesiones convocar": _S, "sesiones puntos": _T, "sesiones punto": _S,
    "sesiones resumir": _S, "sesiones asistencia": _S, "sesiones invitado": _S, "sesiones votar": _S,
    "sesiones resolucion": _S, "sesiones celebrada": _S, "sesiones borrador": _S, "sesiones aprobar-acta": _S,
    "sesiones punto-aprobacion-acta": _S,
    "resoluciones listar": _T, "resoluciones ver": _T, "resoluciones pdf": _T, "resoluciones adherir": _S,
    "documento verificar": _T,
    "bitacora listar": _T, "bitacora exportar": _T, "bitacora ancla": _T, "bitacora sello-de-tiempo": _S,
    "bitacora sellar-tiempo": _S, "bitacora exportar-sello": _T,
    "verificar": _T, "deshacer": _S, "rehacer": _S,
    "respaldo crear": EN_EL_ARCHIVO, "respaldo restaurar": EN_EL_ARCHIVO, "respaldo recuperar": EN_EL_ARCHIVO,
    "respaldo listar": EN_EL_ARCHIVO, "respaldo borrar": EN_EL_ARCHIVO,
    "servidor instalar": ADMINISTRACION, "servidor subir": ADMINISTRACION, "servidor copia": _T,
    "servidor actualizar": ADMINISTRACION, "servidor reforzar": ADMINISTRACION, "servidor usuario": ADMINISTRACION,
    "servidor llevar": _S, "servidor devolver": _S, "servidor cancelar-viaje": _S,
    "firma acta": _S, "firma resolucion": _S, "firma verificar": _T, "firma listar": _T, "firma exportar": _T,
    "buscar": _T, "publicar": _T,
    "correo cuenta": _S, "correo aceptar-certificado": _S, "correo convocatoria": _S, "correo acta": _S,
    "correo resolucion": _S, "correo recibo": _C, "correo avisos": _C, "correo bandeja": _T, "correo enviar": _C,
    "correo anotar": _C, "correo confirmar": _C, "correo recibe": _S, "correo probar": _T, "correo anular": _C,
    "correo alcance": _T, "correo boletin": _S,
    "agenda": _T,
    "oradores pedir": _S, "oradores siguiente": _S, "oradores terminar": _S, "oradores cerrar": _S,
    "oradores reabrir": _S, "oradores listar": _T, "oradores retirar": _S, "oradores pausar": _S,
    "oradores reanudar": _S, "oradores mover": _S,
    "memoria generar": _T, "memoria texto": _S, "memoria textos": _T, "memoria seccion": _S,
    "memoria editar-seccion": _S, "memoria mover-seccion": _S, "memoria quitar-seccion": _S,
    "indicadores definir": _S, "indicadores listar": _T, "indicadores registrar": _S, "indicadores comparar": _T,
    "indicadores exportar": _T, "indicadores corregir": _S, "indicadores quitar": _S,
    "lote": _T,
    "mociones presentar": _S, "mociones listar": _T, "mociones ver": _T, "mociones admitir": _S,
    "mociones no-admitir": _S, "mociones retirar": _S, "mociones derivar": _S, "mociones aplazar": _S,
    "mociones no-tratar": _S,
    "mociones retomar": _S, "mociones apoyar": _S, "mociones recomendar": _S, "mociones categorizar": _S,
    "bloques crear": _S, "bloques listar": _T, "bloques agregar": _S, "bloques quitar": _S, "bloques borrar": _S,
    "bloques votar": _S,
    "mociones lineas": _T, "mociones recomendar-cambio": _S, "mociones aceptar-cambio": _S,
    "mociones rechazar-cambio": _S,
    "voto codigos": _S, "voto abrir": _S, "voto emitir": _S, "voto estado": _T, "voto cerrar": _S,
    "voto descartar": _S, "voto servir": _S,   # servir: cada voto de la página es un «depositar» (secretaría)
    "sala reglas": _S, "sala categoria": _S, "sala categorias": _T, "sala categoria-mocion": _S,
    "sala categorias-mocion": _T,
    "convenios listar": _T, "convenios ver": _T, "convenios agregar": _S, "convenios editar": _S,
    "convenios parte": _S, "convenios terminar": _S, "convenios externa": _S, "convenios externas": _T,
    "convenios obligacion": _S, "convenios cumplir": _S, "convenios adjuntar": _S, "convenios pdf": _T,
    "convenios exportar": _T, "convenios vencimientos": _T,
    "enmiendas presentar": _S, "enmiendas listar": _T, "enmiendas admitir": _S, "enmiendas no-admitir": _S,
    "enmiendas retirar": _S, "enmiendas orden": _S, "enmiendas texto-final": _T,
    "votos enmienda": _S, "votos mocion": _S, "votos adoptar": _S,
    "personas apariciones": _T, "personas listar": _T, "personas ver": _T, "personas registrar": _S,
    "personas vincular": _S, "personas desvincular": _S,
    "derechos politica": _S, "derechos tratamientos": _S, "derechos registrar": _S, "derechos listar": _T,
    "derechos acceso": _S, "derechos suprimir": _S, "derechos oposicion": _S, "derechos responder": _S,
    "derechos vencidos": _T, "derechos limpiar": EN_EL_ARCHIVO, "derechos registro-de-actividades": _T,
    "derechos revocacion": _S,
    "consentimientos texto": _T, "consentimientos listar": _T, "consentimientos registrar": _S,
    "consentimientos revocar": _S,
}

_NOMBRES = {"secretaria": "secretaría", "tesoreria": "tesorería", "consulta": "consulta"}


def en_palabras(orden: str) -> str:
    """Lo que docs/cli.md dice de la orden: «En el servidor: secretaría y tesorería.»"""
    papeles = PAPELES_POR_ORDEN[orden]
    if papeles is EN_EL_ARCHIVO:
        return "En el servidor: no se usa (trabaja sobre un archivo de este equipo)."
    if papeles == ADMINISTRACION:
        return "En el servidor: quien lo administra (el dueño de las tablas), con su dirección en la orden."
    if papeles == TODOS:
        return "En el servidor: cualquier papel (secretaría, tesorería y consulta)."
    nombres = [_NOMBRES[p] for p in papeles]
    return "En el servidor: " + (" y ".join(nombres) if len(nombres) > 1 else f"solo {nombres[0]}") + "."
