"""De qué registro habla cada cambio de la bitácora, para las tablas (y las acciones) sin frase propia (issue 62 §5):
«Registro nuevo: la copia 2 del documento DGSC-7K2M-QX4P», «Registro modificado (estado, cumplida el): la
obligación «Informe anual» del convenio «Capacitación conjunta…»», «Registro quitado: la parte Rosario del
convenio «…»». Antes, esas decían solo «Alta en Partes de los convenios (#11)» y quien leía la planilla tenía que
descifrar el detalle crudo.

`LO_QUE_ES` tiene una entrada por cada tabla con bitácora (una tabla nueva sin la suya hace fallar
tests/servicios/test_frases_de_la_bitacora.py): cómo se nombra su registro, con su artículo, en el idioma en curso.
"""

from __future__ import annotations

from collections.abc import Callable

from ..dominio.datos_personales import CLASE, DERECHOS
from ..dominio.organos import nombre_del_cargo
from ..dominio.sesiones import TIPOS_RESOLUCION, cita_resolucion
from ..dominio.traduccion import traducir
from .nombres_citados import NombresCitados, cambiados, corto, fecha_citada

LoQueEs = Callable[[NombresCitados, dict], str]


def _resolucion(c: NombresCitados, resolucion_id) -> str:
    fila = c.fila("resoluciones", resolucion_id)
    if not fila or fila.get("tipo") not in TIPOS_RESOLUCION:
        return traducir("la resolución {0}").format(f"#{resolucion_id}")
    organo = c.fila("organos", fila.get("organo_id"))
    return cita_resolucion(fila["tipo"], fila["numero"], fila["anio"], (organo or {}).get("nombre") or "")


def _convenio(c: NombresCitados, convenio_id) -> str:
    fila = c.fila("convenios", convenio_id)
    return traducir("«{0}»").format(corto(fila.get("titulo"))) if fila else f"#{convenio_id}"


def _documento(c: NombresCitados, documento_id) -> str:
    fila = c.fila("documentos_emitidos", documento_id)
    return corto(fila.get("codigo")) if fila else f"#{documento_id}"


def _mensaje(c: NombresCitados, mensaje_id) -> str:
    fila = c.fila("mensajes", mensaje_id)
    return traducir("«{0}»").format(corto(fila.get("asunto"))) if fila else f"#{mensaje_id}"


def _eleccion(c: NombresCitados, eleccion_id) -> str:
    fila = c.fila("elecciones", eleccion_id)
    if not fila:
        return f"#{eleccion_id}"
    return traducir("{0} de {1}").format(nombre_del_cargo(fila.get("cargo") or ""), c.organo(fila.get("organo_id")))


def _votacion(c: NombresCitados, votacion_id) -> str:
    fila = c.fila("votaciones", votacion_id)
    return c.punto(fila.get("punto_id")) if fila else f"#{votacion_id}"


def _mocion(c: NombresCitados, mocion_id) -> str:
    fila = c.fila("mociones", mocion_id)
    return (traducir("la moción {0} de la {1}").format(fila.get("numero"), c.sesion(fila.get("sesion_id")))
            if fila else f"#{mocion_id}")


def _enmienda(c: NombresCitados, enmienda_id) -> str:
    fila = c.fila("enmiendas", enmienda_id)
    return (traducir("la enmienda {0} a {1}").format(fila.get("numero"), _mocion(c, fila.get("mocion_id")))
            if fila else f"#{enmienda_id}")


def _votacion_sala(c: NombresCitados, votacion_id) -> str:
    fila = c.fila("votaciones_sala", votacion_id)
    if not fila:
        return f"#{votacion_id}"
    return (_enmienda(c, fila["enmienda_id"]) if fila.get("enmienda_id") is not None
            else _mocion(c, fila.get("mocion_id")))


def _lista_de_oradores(c: NombresCitados, lista_id) -> str:
    fila = c.fila("listas_de_oradores", lista_id)
    if not fila:
        return f"#{lista_id}"
    return (_mocion(c, fila["mocion_id"]) if fila.get("mocion_id") is not None
            else traducir("el punto {0}").format(c.punto(fila.get("punto_id"))))


def _actividad(c: NombresCitados, actividad_id) -> str:
    fila = c.fila("actividades", actividad_id)
    return traducir("«{0}»").format(corto(fila.get("titulo"))) if fila else f"#{actividad_id}"


def _escala(c: NombresCitados, escala_id) -> str:
    fila = c.fila("escalas", escala_id)
    return traducir("{0} del {1}").format(corto(fila.get("moneda")), fecha_citada(fila.get("desde"))) if fila \
        else f"#{escala_id}"


def _parte(c: NombresCitados, v: dict) -> str:
    if v.get("miembro_id") is not None:
        return c.miembro(v["miembro_id"])
    externa = c.fila("partes_externas", v.get("parte_externa_id"))
    return corto(externa.get("nombre")) if externa else f"#{v.get('parte_externa_id')}"


def _mandato(c: NombresCitados, mandato_id) -> str:
    fila = c.fila("mandatos", mandato_id)
    if not fila:
        return f"#{mandato_id}"
    return traducir("{0}, {1} de {2}").format(c.miembro(fila.get("miembro_id")),
                                               nombre_del_cargo(fila.get("cargo") or "").lower(),
                                               c.organo(fila.get("organo_id")))


LO_QUE_ES: dict[str, LoQueEs] = {
    "actas": lambda c, v: traducir("el acta de la {0}").format(c.sesion(v["sesion_id"])),
    "actividades": lambda c, v: traducir("la actividad «{0}» de {1}").format(corto(v["titulo"]),
                                                                              c.organo(v["organo_id"])),
    "adherentes_declaracion": lambda c, v: traducir("la adhesión de {0} a {1}").format(
        corto(v["nombre"]), _resolucion(c, v["resolucion_id"])),
    "adjuntos_mensaje": lambda c, v: traducir("el adjunto «{0}» del correo {1}").format(
        corto(v["nombre"]), _mensaje(c, v["mensaje_id"])),
    "archivos_emitidos": lambda c, v: (traducir("la copia {0} del documento {1}").format(
        v["copia"], _documento(c, v["documento_id"])) if v["copia"] else
        traducir("el original del documento {0}").format(_documento(c, v["documento_id"]))),
    "asistencias": lambda c, v: traducir("la asistencia de {0} a la {1}").format(c.miembro(v["miembro_id"]),
                                                                                  c.sesion(v["sesion_id"])),
    "asociaciones": lambda c, v: traducir("los datos de la asociación {0}").format(corto(v["nombre"])),
    "autoridades": lambda c, v: traducir("la autoridad de {0} ({1})").format(c.miembro(v["miembro_id"]),
                                                                              corto(v["persona"])),
    "avisos": lambda c, v: traducir("el aviso de deuda por la {0}").format(c.cargo(v["cargo_id"])),
    "cambios_reversibles": lambda c, v: traducir("la operación para deshacer «{0}»").format(corto(v["detalle"])),
    "candidaturas": lambda c, v: traducir("la candidatura de {0} a {1}").format(
        c.miembro(v["miembro_id"]) if v.get("miembro_id") is not None else corto(v.get("persona")),
        _eleccion(c, v["eleccion_id"])),
    "cargos": lambda c, v: traducir("la {0} de {1}").format(c.cargo(v["id"]), c.miembro(v["miembro_id"])),
    "indicadores": lambda c, v: traducir("el indicador «{0}»").format(corto(v["nombre"])),
    "valores_indicador": lambda c, v: traducir("el valor de {0} en {1}").format(c.miembro(v["miembro_id"]), v["anio"]),
    "grupos": lambda c, v: traducir("el grupo «{0}» de «{1}»").format(corto(v["nombre"]), corto(v["agrupacion"])),
    "integrantes_de_grupo": lambda c, v: traducir("un integrante de un grupo de «{0}»").format(corto(v["agrupacion"])),
    "categorias_pais": lambda c, v: traducir("la categoría de {0} desde el {1}").format(corto(v["pais"]),
                                                                                        fecha_citada(v["desde"])),
    "contactos": lambda c, v: traducir("el contacto {0} de {1}").format(corto(v["nombre"]),
                                                                         c.miembro(v["miembro_id"])),
    "convenios": lambda c, v: traducir("el convenio «{0}»").format(corto(v["titulo"])),
    "correcciones_mandato": lambda c, v: traducir("la corrección del mandato de {0}").format(
        _mandato(c, v["mandato_id"])),
    "cuentas_correo": lambda c, v: traducir("la cuenta de correo {0}").format(corto(v["usuario"])),
    "destinatarios_mensaje": lambda c, v: traducir("el envío a {0} del correo {1}").format(
        corto(v["direccion"]), _mensaje(c, v["mensaje_id"])),
    "documentos_emitidos": lambda c, v: traducir("el documento {0}").format(corto(v["codigo"])),
    "efectos_resolucion": lambda c, v: traducir("lo que registra {0} ({1})").format(
        _resolucion(c, v["resolucion_id"]) if v.get("resolucion_id") is not None
        else traducir("el punto {0}").format(c.punto(v["punto_id"])), corto(v["tipo"]).replace("_", " ")),
    "elecciones": lambda c, v: traducir("la elección de {0}").format(_eleccion(c, v["id"])),
    "escalas": lambda c, v: traducir("la escala de cuotas en {0}").format(_escala(c, v["id"])),
    "estados_miembro": lambda c, v: traducir("el estado de {0} desde el {1}").format(c.miembro(v["miembro_id"]),
                                                                                      fecha_citada(v["desde"])),
    "calidades_miembro": lambda c, v: traducir("la calidad de {0} desde el {1}").format(c.miembro(v["miembro_id"]),
                                                                                         fecha_citada(v["desde"])),
    "exenciones": lambda c, v: traducir("la exención de {0} en {1}").format(c.miembro(v["miembro_id"]), v["anio"]),
    "fe_de_erratas": lambda c, v: traducir("la fe de erratas del {0}").format(fecha_citada(v["fecha"])),
    "firmantes_declaracion": lambda c, v: traducir("la firma de {0} en {1}").format(
        c.miembro(v["miembro_id"]), _resolucion(c, v["resolucion_id"])),
    "firmas_digitales": lambda c, v: traducir("la firma digital de {0} ({1} {2})").format(
        corto(v["firmante"]), corto(v["tipo"]), corto(v["referencia"])),
    "habilitados_votacion": lambda c, v: traducir("el voto de {0} en la votación sobre {1}").format(
        c.miembro(v["miembro_id"]), _votacion(c, v["votacion_id"])),
    "imputaciones": lambda c, v: traducir("la imputación del pago {0} a la {1}").format(c.pago(v["pago_id"]),
                                                                                        c.cargo(v["cargo_id"])),
    "incidentes": lambda c, v: traducir("el incidente «{0}» notado el {1}").format(
        corto(v["tipo"]).replace("_", " "), fecha_citada(str(v["notado_en"] or "")[:10])),
    "informes_actividad": lambda c, v: traducir("el informe «{0}» de la actividad {1}").format(
        corto(v["nombre"]), _actividad(c, v["actividad_id"])),
    "invitados": lambda c, v: traducir("el invitado {0} a la {1}").format(corto(v["nombre"]),
                                                                           c.sesion(v["sesion_id"])),
    "lineas_de_extracto": lambda c, v: traducir("la línea {0} del extracto «{1}»").format(v["fila"],
                                                                                          corto(v["archivo"])),
    "lotes_avisos": lambda c, v: traducir("el lote de avisos de deuda al {0}").format(fecha_citada(v["al"])),
    "mandatos": lambda c, v: traducir("el mandato de {0}").format(_mandato(c, v["id"])),
    "memorias": lambda c, v: traducir("la memoria anual {0}").format(v["anio"]),
    "mensajes": lambda c, v: traducir("el correo «{0}»").format(corto(v["asunto"])),
    "miembros": lambda c, v: traducir("el miembro {0}").format(corto(v["nombre"])),
    "normas": lambda c, v: traducir("la norma «{0}»").format(corto(v["titulo"])),
    "obligaciones_convenio": lambda c, v: traducir("la obligación «{0}» del convenio {1}").format(
        corto(v["descripcion"]), _convenio(c, v["convenio_id"])),
    "orden_sucesion": lambda c, v: traducir("el lugar {0} de {1} en el orden de sucesión de {2}").format(
        v["posicion"], c.miembro(v["miembro_id"]), c.organo(v["organo_id"])),
    "organos": lambda c, v: traducir("el órgano {0}").format(corto(v["nombre"])),
    "pagos": lambda c, v: traducir("el pago {0}").format(c.pago(v["id"])),
    "paises_asociacion": lambda c, v: traducir("el país {0} de la asociación").format(corto(v["pais"])),
    "partes_convenio": lambda c, v: traducir("la parte {0} del convenio {1}").format(
        _parte(c, v), _convenio(c, v["convenio_id"])),
    "partes_externas": lambda c, v: traducir("la parte externa {0}").format(corto(v["nombre"])),
    "pdfs_convenio": lambda c, v: traducir("el PDF firmado «{0}» del convenio {1}").format(
        corto(v["nombre"]), _convenio(c, v["convenio_id"])),
    "poblaciones": lambda c, v: traducir("la población de {0} ({1})").format(c.miembro(v["miembro_id"]), v["anio"]),
    "puntos_aprobacion_acta": lambda c, v: traducir("el punto {0}, que aprueba el acta de la {1}").format(
        c.punto(v["punto_id"]), c.sesion(v["sesion_id"])),
    "puntos_miembros": lambda c, v: traducir("{0} como miembro de quien trata el punto {1}").format(
        c.miembro(v["miembro_id"]), c.punto(v["punto_id"])),
    "mociones": lambda c, v: traducir("la moción {0} «{1}» de la {2}").format(
        v["numero"], corto(v["titulo"]), c.sesion(v["sesion_id"])),
    "autores_mocion": lambda c, v: traducir("{0} entre quienes firman {1}").format(
        c.miembro(v["miembro_id"]), _mocion(c, v["mocion_id"])),
    "enmiendas": lambda c, v: traducir("la enmienda {0} a {1}").format(v["numero"], _mocion(c, v["mocion_id"])),
    "mesas_de_voto": lambda c, v: traducir("la mesa de voto electrónico de la {0}").format(c.sesion(v["sesion_id"])),
    "codigos_de_voto": lambda c, v: traducir("el código de votación de {0} en la {1}").format(
        c.miembro(v["miembro_id"]), c.sesion(v["sesion_id"])),
    "urnas": lambda c, v: traducir("la urna {0} de la {1}").format(v["id"], c.sesion(v["sesion_id"])),
    "recomendaciones_de_cambio": lambda c, v: traducir("la recomendación de cambio {0} (líneas {1}–{2}) a {3}").format(
        v["numero"], v["desde"], v["hasta"], _mocion(c, v["mocion_id"])),
    "cambios_enmienda": lambda c, v: traducir("el cambio {0} de {1}").format(v["orden"], _enmienda(c, v["enmienda_id"])),
    "autores_enmienda": lambda c, v: traducir("{0} entre quienes firman {1}").format(
        c.miembro(v["miembro_id"]), _enmienda(c, v["enmienda_id"])),
    "votaciones_sala": lambda c, v: traducir("la votación de {0}").format(
        _enmienda(c, v["enmienda_id"]) if v.get("enmienda_id") is not None else _mocion(c, v["mocion_id"])),
    "habilitados_sala": lambda c, v: traducir("el voto de {0} en la votación de {1}").format(
        c.miembro(v["miembro_id"]), _votacion_sala(c, v["votacion_sala_id"])),
    "listas_de_oradores": lambda c, v: traducir("la lista de oradores de {0}").format(
        _mocion(c, v["mocion_id"]) if v.get("mocion_id") is not None
        else traducir("el punto {0}").format(c.punto(v["punto_id"]))),
    "oradores": lambda c, v: traducir("el orador {0} de la lista de {1}").format(
        c.miembro(v["miembro_id"]) if v.get("miembro_id") is not None else corto(v.get("persona") or ""),
        _lista_de_oradores(c, v["lista_id"])),
    "reglas_de_la_sala": lambda c, v: traducir("las reglas de la sala de {0}").format(c.organo(v["organo_id"])),
    "categorias_de_cuestion": lambda c, v: traducir("la categoría de cuestión de orden «{0}» de {1}").format(
        corto(v["nombre"]), c.organo(v["organo_id"])),
    "bloques_de_mocion": lambda c, v: traducir("el bloque de mociones «{0}» de la {1}").format(
        corto(v["nombre"]), c.sesion(v["sesion_id"])),
    "categorias_de_mocion": lambda c, v: traducir("la categoría de mociones «{0}» ({1}) de {2}").format(
        corto(v["nombre"]), corto(v["prefijo"]), c.organo(v["organo_id"])),
    "puntos_orden": lambda c, v: traducir("el punto «{0}» de la {1}").format(corto(v["titulo"]),
                                                                             c.sesion(v["sesion_id"])),
    "recibos": lambda c, v: traducir("el recibo {0}/{1}").format(str(v["numero"]).zfill(4), v["anio"]),
    "reformas": lambda c, v: traducir("la reforma de {0} vigente desde el {1}").format(
        c.norma(v["norma_id"]), fecha_citada(v["vigente_desde"])),
    "reglas_composicion": lambda c, v: traducir("la regla de composición de {0}").format(c.organo(v["organo_id"])),
    "reglas_quorum": lambda c, v: traducir("la regla de sesión de {0} ({1})").format(
        c.organo(v["organo_id"]), corto(v["tipo_decision"]).replace("_", " ")),
    "resoluciones": lambda c, v: _resolucion(c, v["id"]),
    "secciones_memoria": lambda c, v: traducir("la sección «{0}» de la memoria anual").format(corto(v["titulo"])),
    "sellos_de_tiempo": lambda c, v: traducir("el sello de tiempo del sello {0} de la bitácora").format(
        v["sello_id"]),
    "servidor_sello_de_tiempo": lambda c, v: traducir("el servidor de sellos de tiempo {0}").format(corto(v["url"])),
    "sesiones": lambda c, v: traducir("la {0}").format(c.sesion(v["id"])),
    "sesiones_de_viaje": lambda c, v: traducir("el viaje de la {0} (llevada por {1})").format(
        c.sesion(v["sesion_id"]), corto(v["llevada_por"])),
    "tramos": lambda c, v: traducir("el tramo desde {0} hab. de la escala {1}").format(
        v["desde_poblacion"], _escala(c, v["escala_id"])),
    "ubicaciones_miembro": lambda c, v: traducir("la ubicación en el mapa de {0}").format(c.miembro(v["miembro_id"])),
    "versiones_articulo": lambda c, v: traducir("el artículo {0} de {1}").format(corto(v["numero"]),
                                                                                 c.norma(v["norma_id"])),
    "votaciones": lambda c, v: traducir("la votación sobre {0}").format(c.punto(v["punto_id"])),
    "votos_eleccion": lambda c, v: traducir("el voto de {0} en la elección de {1}").format(
        c.miembro(v["miembro_id"]), _eleccion(c, v["eleccion_id"])),
    # los datos personales (migraciones 0057 y 0058)
    "sellos_anteriores": lambda c, v: traducir("la huella sin valores personales del sello {0}").format(
        v["sello_id"]),
    "personas": lambda c, v: traducir("la persona {0} del registro de personas").format(corto(v["nombre"])),
    "datos_de_persona": lambda c, v: traducir("la fila {0} de «{1}» como dato de la persona {2}").format(
        v["fila_id"], corto(v["tabla"]), _persona(c, v["persona_id"])),
    "solicitudes_de_datos": lambda c, v: traducir("la solicitud {0} ({1}) de la persona {2}").format(
        v["id"], traducir(DERECHOS.get(v["derecho"], str(v["derecho"]))).lower(), _persona(c, v["persona_id"])),
    "supresiones": lambda c, v: traducir("la fila {0} de «{1}», suprimida por la solicitud {2}").format(
        v["fila_id"], corto(v["tabla"]), v["solicitud_id"]),
    "oposiciones_correo": lambda c, v: traducir("la oposición al correo de {0}").format(
        corto(v.get("direccion") or traducir("una dirección suprimida"))),
    "politica_de_datos": lambda c, v: traducir("la política de datos personales de la asociación"),
    "tratamientos": lambda c, v: traducir("la base legal y la finalidad de «{0}»").format(
        traducir(CLASE[v["clase"]].nombre) if v.get("clase") in CLASE else corto(v.get("clase"))),
    "consentimientos": lambda c, v: traducir("el consentimiento {0} ({1})").format(
        v["id"], traducir("contacto {0}").format(v["contacto_id"]) if v.get("contacto_id")
        else traducir("contacto suprimido")),
}


def _persona(c: NombresCitados, persona_id) -> str:
    fila = c.fila("personas", persona_id)
    return corto(fila.get("nombre")) if fila else f"#{persona_id}"


def frase_del_registro(c: NombresCitados, tabla: str, accion: str, antes: dict | None,
                       despues: dict | None) -> str | None:
    """«Registro nuevo: …», «Registro modificado (campo, campo): …» o «Registro quitado: …»; None si la tabla no
    está en `LO_QUE_ES` o la acción no es de la base."""
    que_es = LO_QUE_ES.get(tabla)
    v = despues or antes
    if que_es is None or v is None:
        return None
    if accion == "alta":
        return traducir("Registro nuevo: {0}").format(que_es(c, v))
    if accion == "cambio":
        return traducir("Registro modificado ({0}): {1}").format(", ".join(cambiados(antes, despues)), que_es(c, v))
    if accion == "borrado":
        return traducir("Registro quitado: {0}").format(que_es(c, v))
    return None
