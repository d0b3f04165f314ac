"""Cada registro de la bitácora dicho como lo diría una persona: «Pago 0015/2026 de Rosario registrado: USD 1.000,00
por transferencia», «Baja de Salto desde el 01/03/2026: Renuncia», «Acta de la sesión ordinaria Nº 3 del Consejo
(12/05/2026) aprobada».

Las frases se arman al mostrarlas (no se guardan): salen enteras en el idioma en curso, cada una con `traducir()`;
los rótulos del dominio (tipos, estados, cargos) también. Lo que escribió la secretaría (nombres, títulos, motivos)
va tal cual, y los nombres de columna de «Cambio en …: campo, campo» son los de la base.

Una función por tabla (la operación la decide adentro; en frases_del_padron_y_las_cuotas.py,
frases_de_organos_y_sesiones.py y frases_de_normas_y_documentos.py, cada una con su registro FRASES, y los nombres
que citan en nombres_citados.py); una tabla (o una acción) sin frase propia dice de qué registro se trata
(frases_de_cada_registro.py: «Registro nuevo: la parte Rosario del convenio «…»»); solo un dato ilegible da la
genérica, «Cambio en Órganos (#12)». Los nombres se buscan en la base tal como está hoy; si el registro ya no
existe (se borró), en la bitácora misma (el último valor que tuvo). El dato crudo (tabla, id, valores) sigue en `Registro.detalle` para
quien lo pida. Lo usan el visor de la ventana y «escritorio bitacora listar».
"""

import sqlite3


from ..dominio.traduccion import traducir
from . import frases_de_normas_y_documentos, frases_de_organos_y_sesiones, frases_del_padron_y_las_cuotas
from .descripcion_deshacer import frase_de_deshacer
from .frases_de_cada_registro import frase_del_registro
from .nombres_citados import Frase, NombresCitados

# El nombre de cada tabla como lo lee una persona (el filtro del visor y la frase genérica).
NOMBRES_DE_TABLAS = {
    "asociaciones": "Asociación", "paises_asociacion": "Países de la asociación",
    "categorias_pais": "Categorías de los países", "miembros": "Miembros",
    "indicadores": "Indicadores", "valores_indicador": "Valores de los indicadores",
    "grupos": "Agrupaciones (regiones, subregiones)", "integrantes_de_grupo": "Integrantes de las agrupaciones", "poblaciones": "Poblaciones",
    "estados_miembro": "Estados de los miembros", "calidades_miembro": "Calidades de los miembros (pleno u observador)",
    "autoridades": "Autoridades", "contactos": "Contactos",
    "escalas": "Escalas de cuotas", "tramos": "Tramos de las escalas", "cargos": "Cuotas emitidas",
    "exenciones": "Exenciones", "pagos": "Pagos", "imputaciones": "Imputaciones de pagos", "recibos": "Recibos",
    "lotes_avisos": "Avisos de deuda (lotes)", "avisos": "Avisos de deuda", "normas": "Estatuto y reglamentos",
    "reformas": "Reformas", "versiones_articulo": "Artículos", "organos": "Órganos",
    "reglas_composicion": "Reglas de composición", "mandatos": "Mandatos",
    "correcciones_mandato": "Correcciones de mandatos", "orden_sucesion": "Orden de sucesión",
    "actividades": "Actividades", "reglas_quorum": "Reglas de sesión", "sesiones": "Sesiones",
    "puntos_orden": "Orden del día", "puntos_aprobacion_acta": "Puntos de aprobación de actas",
    "puntos_miembros": "De quién trata cada punto",
    "reglas_de_la_sala": "Reglas de la sala", "mociones": "Mociones", "autores_mocion": "Autores de las mociones",
    "enmiendas": "Enmiendas", "cambios_enmienda": "Cambios de las enmiendas",
    "recomendaciones_de_cambio": "Recomendaciones de cambio por línea",
    "mesas_de_voto": "Mesas de voto electrónico", "codigos_de_voto": "Códigos de votación",
    "urnas": "Urnas del voto electrónico",
    "autores_enmienda": "Autores de las enmiendas", "votaciones_sala": "Votaciones de mociones y enmiendas",
    "habilitados_sala": "Votos nominales de mociones y enmiendas", "listas_de_oradores": "Listas de oradores",
    "oradores": "Oradores", "categorias_de_cuestion": "Categorías de las cuestiones de orden",
    "categorias_de_mocion": "Categorías de las mociones", "bloques_de_mocion": "Bloques de mociones",
    "asistencias": "Asistencia", "invitados": "Invitados",
    "votaciones": "Votaciones", "habilitados_votacion": "Votos nominales", "resoluciones": "Resoluciones",
    "firmantes_declaracion": "Firmantes de declaraciones", "actas": "Actas", "fe_de_erratas": "Fe de erratas",
    "elecciones": "Elecciones", "candidaturas": "Candidaturas", "votos_eleccion": "Votos de elecciones",
    "documentos_emitidos": "Documentos emitidos", "archivos_emitidos": "Copias de documentos emitidos",
    "firmas_digitales": "Firmas digitales", "sesiones_de_viaje": "Sesiones de viaje",
    "cambios_reversibles": "Deshacer", "ubicaciones_miembro": "Ubicaciones en el mapa",
    "cuentas_correo": "Cuenta de correo", "mensajes": "Correo enviado", "destinatarios_mensaje": "Destinatarios del correo",
    "adjuntos_mensaje": "Adjuntos del correo", "convenios": "Convenios", "partes_externas": "Partes externas",
    "partes_convenio": "Partes de los convenios", "obligaciones_convenio": "Obligaciones de los convenios",
    "pdfs_convenio": "PDF firmados de los convenios",
    "memorias": "Memoria anual", "secciones_memoria": "Secciones de la memoria anual",
    "informes_actividad": "Informes de actividades",
    "adherentes_declaracion": "Adhesiones a declaraciones", "efectos_resolucion": "Efectos de las resoluciones",
    "incidentes": "Incidentes", "lineas_de_extracto": "Líneas de extractos bancarios",
    "sellos_de_tiempo": "Sellos de tiempo", "servidor_sello_de_tiempo": "Servidor de sellos de tiempo",
    "sellos_anteriores": "Sellos anteriores a los datos personales aparte", "personas": "Personas",
    "datos_de_persona": "Datos de cada persona", "solicitudes_de_datos": "Solicitudes sobre datos personales",
    "supresiones": "Supresiones", "oposiciones_correo": "Oposiciones al correo",
    "politica_de_datos": "Política de datos personales", "tratamientos": "Tratamientos de datos personales",
    "consentimientos": "Consentimientos",
}


def nombre_de_tabla(tabla: str) -> str:
    """En castellano: la ventana lo traduce con `tr()` (ver `idiomas.extraer.ROTULOS_DE_OTRAS_CAPAS`)."""
    return NOMBRES_DE_TABLAS.get(tabla) or tabla.replace("_", " ").capitalize()


FRASES: dict[str, Frase] = {
    **frases_del_padron_y_las_cuotas.FRASES, **frases_de_organos_y_sesiones.FRASES,
    **frases_de_normas_y_documentos.FRASES, "cambios_reversibles": frase_de_deshacer,
}


def generica(tabla: str, accion: str, fila_id) -> str:
    """«Cambio en Órganos (#12)»: para las tablas sin frase propia (y si la propia falla)."""
    numero = f" (#{fila_id})" if fila_id is not None else ""
    nombre = traducir(NOMBRES_DE_TABLAS[tabla]) if tabla in NOMBRES_DE_TABLAS else nombre_de_tabla(tabla)
    plantilla = {"alta": traducir("Alta en {0}{1}"), "cambio": traducir("Cambio en {0}{1}"),
                 "borrado": traducir("Borrado en {0}{1}")}.get(accion)
    if plantilla is None:  # una acción que la base no admite: su código, tal cual
        return f"{accion.capitalize()} en {nombre}{numero}"
    return plantilla.format(nombre, numero)


def describir(nombres: NombresCitados, tabla: str, accion: str, fila_id, antes: dict | None,
              despues: dict | None) -> str:
    """La frase de un registro. Nunca falla: un dato raro (de una versión anterior, o cambiado por fuera) da la
    frase genérica, y el detalle crudo sigue disponible."""
    # La frase propia de la tabla y, si no tiene una para esta acción, la que nombra el registro
    # (frases_de_cada_registro.py: «Registro nuevo: la copia 2 del documento …»).
    for frase in (FRASES.get(tabla), lambda c, a, x, y: frase_del_registro(c, tabla, a, x, y)):
        if frase is None:
            continue
        try:
            texto = frase(nombres, accion, antes, despues)
        except (KeyError, TypeError, ValueError, AttributeError, sqlite3.Error):
            texto = None
        if texto:
            return texto
    return generica(tabla, accion, fila_id)
