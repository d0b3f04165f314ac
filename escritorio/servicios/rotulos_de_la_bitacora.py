"""Cómo se nombra cada dato en el detalle de la bitácora (issue 83 §3) y cómo se lee su valor cuando es un código
o un sí/no: la tabla de `detalle_de_la_bitacora`, aparte para que aquel no pase de 600 líneas.

- ROTULOS: el nombre de cada columna que anota la bitácora (todas las columnas de todas las tablas con triggers de
  bitácora; tests/servicios/test_palabras_de_la_bitacora.py exige que estén todas: una columna nueva trae su rótulo).
- CODIGOS: las columnas cuyos valores son una lista fija de códigos (los CHECK (… IN (…)) del esquema) con la tabla
  de rótulos que ya usan la ventana y la línea de órdenes para esos códigos (una sola por código: se importan, no
  se copian). Por columna, o por (tabla, columna) cuando la misma columna nombra otra cosa en otra tabla («estado»).
  Un código sin rótulo se lee legible («en curso»).
- BOOLEANAS: las columnas 0/1 (CHECK (x IN (0, 1)) en el esquema; la prueba lo compara con el esquema): «sí»/«no».
"""

from collections.abc import Mapping

from ..dominio.boletas import FORMAS_DE_BOLETA
from ..dominio.conciliacion import MOTIVOS as MOTIVOS_DE_CONCILIACION
from ..dominio.consentimientos import FINALIDADES
from ..dominio.convenios import ESTADOS_OBLIGACION, TIPOS_CONVENIO, TIPOS_OBLIGACION, TIPOS_PARTE_EXTERNA
from ..dominio.correo import CLASES as CLASES_DE_MENSAJE
from ..dominio.correo import ESTADOS_DESTINATARIO, ESTADOS_MENSAJE, SEGURIDADES, TIPOS_DESTINATARIO
from ..dominio.cuotas import (MEDIOS_PAGO, ORIGENES_IMPUTACION, REGLAS_BAJA, REGLAS_EXCLUSION, REGLAS_INGRESO,
                              TIPOS_CARGO)
from ..dominio.datos_personales import CANALES, CLASE, COMO_SE_SUPRIME, DERECHOS, ESTADOS_DE_SOLICITUD
from ..dominio.elecciones import OTROS_VOTOS
from ..dominio.flujos_de_mocion import NOMBRES_FLUJO
from ..dominio.indicadores import SENTIDOS as SENTIDOS_DE_INDICADOR
from ..dominio.lineas import NOMBRES_ESTADO_RECOMENDACION_DE_CAMBIO
from ..dominio.mayorias import BASES, MAYORIAS, TIPOS_DECISION
from ..dominio.miembros import CALIDADES_MIEMBRO, CATEGORIAS_PAIS_CON_FECHA, ESTADOS_REGISTRADOS, MODOS_INGRESO
from ..dominio.miembros import TIPOS as TIPOS_MIEMBRO
from ..dominio.normas import TIPOS_NORMA
from ..dominio.organos import CARGOS, FORMAS, TIPOS_ORGANO
from ..dominio.organos import REGLAS as REGLAS_DE_COMPOSICION
from ..dominio.sala import (NOMBRES_ESTADO_ENMIENDA, NOMBRES_ESTADO_MOCION, NOMBRES_ESTADO_ORADOR, NOMBRES_RECOMENDACION,
                            NOMBRES_TIPO_ORADOR)
from ..dominio.sesiones import (ASISTENCIA, CALIDADES_INVITADO, ESTADOS_ACTA, ESTADOS_SESION, METODOS, SENTIDOS,
                                SOBRE_QUORUM, TIPOS_ADHERENTE, TIPOS_EFECTO, TIPOS_PUNTO, TIPOS_RESOLUCION,
                                TIPOS_SESION)
from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from ..dominio.unidades import ESTADOS_ACTIVIDAD
from ..dominio.verificacion import TIPOS as TIPOS_DE_DOCUMENTO
from ..dominio.verificacion import TIPOS_FIRMA_DIGITAL
from .descripcion_bitacora import NOMBRES_DE_TABLAS

# Cómo se nombra cada dato: los de todas las tablas que anota la bitácora.
ROTULOS = {
    # el voto electrónico en la sala (migración 0076)
    "anulado": "Anulado", "cerrada": "Cerrada", "sal": "Sal de los códigos", "abierta": "Abierta",
    "objeto_id": "Lo que se vota", "participantes": "Delegaciones que votaron", "secreta": "Secreta",
    "asociacion_id": "Asociación", "miembro_id": "Miembro", "organo_id": "Órgano", "sesion_id": "Sesión",
    "punto_id": "Punto del orden del día", "pago_id": "Pago", "cargo_id": "Cuota", "norma_id": "Norma",
    "mocion_id": "Moción", "enmienda_id": "Enmienda", "escala_id": "Escala", "persona_id": "Persona",
    "nombre": "Nombre", "fecha": "Fecha", "importe": "Importe", "importe_bruto": "Importe bruto",
    "importe_imputable": "Importe que se imputa", "descuento": "Descuento", "moneda": "Moneda",
    "moneda_imputacion": "Moneda en que se imputa", "tipo_cambio": "Tipo de cambio", "medio": "Medio de pago",
    "referencia": "Referencia", "estado": "Estado", "motivo": "Motivo", "titulo": "Título", "texto": "Texto",
    "numero": "Número", "anio": "Año", "tipo": "Tipo", "desde": "Desde", "hasta": "Hasta", "contenido": "Contenido",
    "registrado_en": "Registrado el", "anulado_en": "Anulado el", "motivo_anulacion": "Motivo de la anulación",
    "vencimiento": "Vencimiento", "pais": "País", "cargo": "Cargo", "articulo": "Artículo",
    "recibida_el": "Recibida el", "fundamento": "Fundamento", "cifra": "Población", "fuente": "Fuente",
    "sigla": "Sigla", "codigo": "Código", "fecha_ingreso": "Fecha de ingreso", "hora": "Hora", "lugar": "Lugar",
    "tipo_cargo": "Tipo de cuota", "emitido_en": "Emitida el", "aprobada_el": "Aprobada el",
    "detalle": "Detalle", "descripcion": "Descripción", "observaciones": "Observaciones",
    "a_favor": "Votos a favor", "abstenciones": "Abstenciones", "acta_id": "Acta", "actividad_id": "Actividad",
    "adjuntado_en": "Adjuntado el", "admision_dias": "Días para resolver una admisión", "agrupacion": "Agrupación",
    "al": "Al", "ancla": "Ancla", "anios_contactos_de_bajas": "Años que se guardan los contactos de las bajas",
    "antes": "Antes", "anticipacion_dias": "Días de anticipación de la convocatoria", "apertura": "Apertura",
    "aprobada": "Aprobada", "aprobada_por": "Aprobada por", "archivo": "Archivo", "archivo_id": "Archivo",
    "articulo_admision": "Artículo de la admisión", "articulo_baja": "Artículo de la baja",
    "articulo_convocatoria": "Artículo de la convocatoria", "articulo_exclusion": "Artículo de la exclusión",
    "articulo_gracia": "Artículo del plazo de gracia", "articulo_ingreso": "Artículo del ingreso",
    "articulo_mayoria": "Artículo de la mayoría", "articulo_periodo": "Artículo del período",
    "articulo_poderes": "Artículo de los poderes", "articulo_suspension": "Artículo de la suspensión",
    "articulo_suspension_mandatos": "Artículo de la suspensión de los mandatos",
    "articulo_tolerancia": "Artículo de la tolerancia", "asociacion_es_parte": "La asociación es parte",
    "asunto": "Asunto", "atadura": "Atadura", "atribuciones": "Atribuciones", "base": "Base del cálculo",
    "base_legal": "Base legal", "base_mayoria": "Base de la mayoría", "blancos": "Votos en blanco",
    "bloque_id": "Bloque", "boleta": "Forma de la boleta", "boletas": "Boletas", "calidad": "Calidad",
    "campo": "Campo", "canal": "Canal", "canal_de_revocacion": "Canal de la revocación",
    "cancelada_en": "Cancelada el", "cancelada_por": "Cancelada por", "candidatura_id": "Candidatura",
    "cargo_representante": "Cargo de quien representa", "categoria": "Categoría", "categoria_id": "Categoría",
    "cerrada_en": "Cerrada el", "certificado_aceptado": "Certificado aceptado",
    "certificado_sha256": "Huella del certificado", "cierre": "Cierre", "clase": "Clase", "clave": "Clave",
    "clave_sin_cifrar": "Contraseña sin cifrar", "como": "Cómo", "con_derecho": "Con derecho a voto",
    "con_voto": "Con voto", "confirmada_en": "Confirmada el", "conservacion": "Conservación", "contacto": "Contacto",
    "contacto_id": "Contacto", "convenio_id": "Convenio", "convocada_el": "Convocada el", "copia": "Número de copia",
    "corre_desde": "Corre desde", "corregido_en": "Corregido el", "correo": "Correo electrónico",
    "creada_en": "Creada el", "creado_el": "Creado el", "creado_en": "Creado el", "creado_por": "Creado por",
    "cuando": "Cuándo", "cumplida_el": "Cumplida el", "cuota_exclusion": "Cuota de una exclusión",
    "cuotas_para_suspender": "Cuotas impagas para suspender", "decimales": "Decimales", "denominador": "Denominador",
    "derecho": "Derecho", "derivada_a": "Derivada a", "derogado": "Derogado", "desde_id": "Desde el registro",
    "desde_poblacion": "Desde la población", "deshecho_en": "Deshecho el", "despues": "Después",
    "despues_de": "Después de", "devuelta_en": "Devuelta el", "dia_referencia": "Día de referencia",
    "dia_vencimiento": "Día de vencimiento", "dias_de_aviso": "Días de aviso", "dias_propios": "Días propios",
    "direccion": "Dirección", "direccion_publica": "Dirección pública", "disuelto_el": "Disuelto el",
    "disuelto_por": "Disuelto por", "documento_id": "Documento", "eleccion_id": "Elección", "electa": "Electa",
    "empezo_en": "Empezó el", "en_contra": "Votos en contra", "en_nombre_de": "En nombre de",
    "encargado": "Encargado", "enlace": "Enlace", "enmienda_de": "Enmienda de", "enviado_en": "Enviado el",
    "equipo": "Equipo", "evidencia": "Evidencia", "fecha_fundacion": "Fecha de fundación", "fila": "Fila",
    "fila_id": "Fila", "filas": "Filas", "fin": "Fin", "finalidad": "Finalidad", "finalista": "Finalista",
    "firma": "Firma", "firmado_el": "Firmado el", "firmado_en": "Firmado el", "firmante": "Firmante",
    "flujo_mociones": "Flujo de las mociones", "forma": "Forma", "frecuencia_meses": "Frecuencia en meses",
    "fuera_de_plazo": "Fuera de plazo", "fundador": "Fundador", "ganadora_id": "Ganadora",
    "generado_en": "Generado el", "gracia_primera_cuota": "Gracia de la primera cuota", "grupo_id": "Grupo",
    "hasta_id": "Hasta el registro", "hecho_en": "Hecho el", "hora_cierre": "Hora de cierre", "html": "HTML",
    "huella": "Huella", "huella_original": "Huella original", "huella_registro": "Huella del registro",
    "huella_sin_valores": "Huella sin los valores", "idioma_documentos": "Idioma de los documentos",
    "idiomas": "Idiomas", "importada_en": "Importada el", "indicador_id": "Indicador", "inicio": "Inicio",
    "institucion": "Institución", "intentos": "Intentos", "introduccion": "Introducción", "latitud": "Latitud",
    "lista_id": "Lista", "llevada_en": "Llevada el", "llevada_por": "Llevada por", "longitud": "Longitud",
    "lote_id": "Lote", "mandato_id": "Mandato", "marcas_max": "Marcas como máximo",
    "marcas_min": "Marcas como mínimo", "mas_uno": "Más uno", "mayoria": "Mayoría", "memoria_id": "Memoria",
    "mensaje_id": "Mensaje", "meses_rebotes": "Meses que se guardan los rebotes",
    "message_id": "Identificador del mensaje", "metodo": "Método de votación", "minimo_apoyos": "Mínimo de apoyos",
    "modo_ingreso": "Modo de ingreso", "momento": "Momento", "motivo_admision": "Motivo de la admisión",
    "motivo_cancelacion": "Motivo de la cancelación", "motivo_mayoria": "Motivo de la mayoría",
    "motivo_terminacion": "Motivo de la terminación", "nivel": "Nivel", "niveles_aviso": "Niveles de aviso",
    "no_a_todas": "No a todas", "nombre_remitente": "Nombre del remitente", "nota": "Nota", "notado_en": "Notado el",
    "nulos": "Votos nulos", "numerador": "Numerador", "objeto": "Objeto", "operacion": "Operación", "orden": "Orden",
    "orden_enmiendas": "Orden de las enmiendas", "orden_votacion": "Orden de votación", "origen": "Origen",
    "origen_certificado": "Origen del certificado", "otorgado_el": "Otorgado el", "otro": "Otro voto",
    "padre_id": "Depende de", "paginas": "Páginas", "papel": "Papel", "parametros": "Parámetros",
    "parrafo": "Párrafo", "parte_externa_id": "Parte externa", "pausado_en": "Pausado el", "pedida_en": "Pedida el",
    "pedido_en": "Pedido el", "periodo_meses": "Período en meses", "persona": "Persona", "peso": "Peso",
    "plazo": "Plazo", "plazo_mociones_dias": "Plazo de las mociones en días", "poblacion_usada": "Población usada",
    "poder_a": "Poder a", "poderes_maximos": "Poderes como máximo", "porcentaje": "Porcentaje",
    "posicion": "Posición", "preaviso_dias": "Días de preaviso", "prefijo": "Prefijo", "pregunta_a": "Pregunta a",
    "presentes": "Presentes", "preside": "Preside", "puerto": "Puerto", "puestos": "Puestos",
    "puestos_segunda_vuelta": "Puestos en la segunda vuelta", "quien": "Quién", "quorum_propio": "Quórum propio",
    "rango": "Rango", "recibe": "Recibe", "recomendacion": "Recomendación",
    "recomendacion_nota": "Nota de la recomendación", "recomendada_el": "Recomendada el",
    "recomendada_por": "Recomendada por", "reconocido_en": "Reconocido el", "reconocido_por": "Reconocido por",
    "reforma_id": "Reforma", "region": "Región", "registrada_en": "Registrada el", "regla_baja": "Regla de la baja",
    "regla_ingreso": "Regla del ingreso", "regla_mayoria": "Regla de la mayoría", "remitente": "Remitente",
    "renovacion_meses": "Renovación en meses", "renovaciones_maximas": "Renovaciones como máximo",
    "representante": "Representante", "resolucion_id": "Resolución", "respondida_el": "Respondida el",
    "respondida_por": "Respondida por", "responsable_id": "Responsable", "respuesta": "Respuesta",
    "resultado": "Resultado", "resumen": "Resumen", "revocado_el": "Revocado el", "rol": "Rol",
    "secretaria": "Secretaría", "sede": "Sede", "segunda_convocatoria": "Segunda convocatoria",
    "segunda_convocatoria_minutos": "Minutos hasta la segunda convocatoria", "segundos": "Segundos",
    "segundos_cuestion_orden": "Segundos de una cuestión de orden",
    "segundos_intervencion_breve": "Segundos de una intervención breve",
    "segundos_palabra": "Segundos en el uso de la palabra", "segundos_pregunta": "Segundos de una pregunta",
    "segundos_previos": "Segundos ya usados", "seguridad": "Seguridad", "sello_id": "Sello de tiempo",
    "sentido": "Sentido", "servidor": "Servidor", "sha256": "Huella SHA-256", "sobre": "Quórum sobre",
    "solicitud_id": "Solicitud", "suprimida_por": "Suprimida por", "suspende_morosos": "Suspende a los morosos",
    "tabla": "Tabla", "telefono": "Teléfono", "terminado_el": "Terminado el", "termino_en": "Terminó el",
    "texto_citado": "Texto citado", "texto_resultado": "Texto del resultado", "tipo_decision": "Tipo de decisión",
    "token_sha256": "Huella de la respuesta", "tolerancia_porcentaje": "Tolerancia en porcentaje",
    "tolerancia_unidades": "Tolerancia en unidades", "tramo_desde": "Tramo desde",
    "tsa": "Autoridad de sellado de tiempo", "ultimo_error": "Último error", "ultimo_registro": "Último registro",
    "unidad": "Unidad de medida", "url": "Dirección web", "usuario": "Usuario", "valor": "Valor", "vence": "Vence",
    "vence_el": "Vence el", "viene_de": "Viene de", "vigente_desde": "Vigente desde", "vinculada_en": "Vinculada el",
    "votacion_id": "Votación", "votacion_sala_id": "Votación en la sala", "votos": "Votos",
}

# Los códigos que significan lo mismo en cada tabla que tiene la columna.
CODIGOS: dict[str, Mapping[str, str]] = {
    "base": BASES, "base_mayoria": BASES, "boleta": FORMAS_DE_BOLETA, "canal": CANALES, "canal_de_revocacion": CANALES,
    "categoria": CATEGORIAS_PAIS_CON_FECHA, "como": COMO_SE_SUPRIME,
    "cuota_exclusion": REGLAS_EXCLUSION, "derecho": DERECHOS, "flujo_mociones": NOMBRES_FLUJO,
    "forma": FORMAS,
    "idioma_documentos": IDIOMAS_DE_DOCUMENTOS, "mayoria": MAYORIAS, "medio": MEDIOS_PAGO, "metodo": METODOS,
    "modo_ingreso": MODOS_INGRESO, "origen": ORIGENES_IMPUTACION, "otro": OTROS_VOTOS,
    "recomendacion": NOMBRES_RECOMENDACION, "regla_baja": REGLAS_BAJA, "regla_ingreso": REGLAS_INGRESO,
    "seguridad": SEGURIDADES, "sobre": SOBRE_QUORUM, "tabla": NOMBRES_DE_TABLAS, "tipo_cargo": TIPOS_CARGO,
    "tipo_decision": TIPOS_DECISION,
}
# Los de una columna que en cada tabla nombra otra cosa: (tabla, columna).
CODIGOS_DE_LA_TABLA: dict[tuple[str, str], Mapping[str, str]] = {
    ("estados_miembro", "estado"): ESTADOS_REGISTRADOS, ("actividades", "estado"): ESTADOS_ACTIVIDAD,
    ("sesiones", "estado"): ESTADOS_SESION, ("actas", "estado"): ESTADOS_ACTA,
    ("obligaciones_convenio", "estado"): ESTADOS_OBLIGACION, ("asistencias", "estado"): ASISTENCIA,
    ("mensajes", "estado"): ESTADOS_MENSAJE, ("destinatarios_mensaje", "estado"): ESTADOS_DESTINATARIO,
    ("solicitudes_de_datos", "estado"): ESTADOS_DE_SOLICITUD, ("enmiendas", "estado"): NOMBRES_ESTADO_ENMIENDA,
    ("mociones", "estado"): NOMBRES_ESTADO_MOCION,
    ("recomendaciones_de_cambio", "estado"): NOMBRES_ESTADO_RECOMENDACION_DE_CAMBIO,
    ("invitados", "calidad"): CALIDADES_INVITADO, ("calidades_miembro", "calidad"): CALIDADES_MIEMBRO,
    ("habilitados_votacion", "sentido"): SENTIDOS, ("habilitados_sala", "sentido"): SENTIDOS,
    ("indicadores", "sentido"): SENTIDOS_DE_INDICADOR, ("mensajes", "clase"): CLASES_DE_MENSAJE,
    ("lineas_de_extracto", "motivo"): MOTIVOS_DE_CONCILIACION,
    ("miembros", "tipo"): TIPOS_MIEMBRO, ("normas", "tipo"): TIPOS_NORMA, ("sesiones", "tipo"): TIPOS_SESION,
    ("puntos_orden", "tipo"): TIPOS_PUNTO, ("resoluciones", "tipo"): TIPOS_RESOLUCION,
    ("documentos_emitidos", "tipo"): TIPOS_DE_DOCUMENTO, ("firmas_digitales", "tipo"): TIPOS_FIRMA_DIGITAL,
    ("partes_externas", "tipo"): TIPOS_PARTE_EXTERNA, ("convenios", "tipo"): TIPOS_CONVENIO,
    ("obligaciones_convenio", "tipo"): TIPOS_OBLIGACION, ("efectos_resolucion", "tipo"): TIPOS_EFECTO,
    ("adherentes_declaracion", "tipo"): TIPOS_ADHERENTE, ("destinatarios_mensaje", "tipo"): TIPOS_DESTINATARIO,
    ("organos", "tipo"): TIPOS_ORGANO, ("reglas_composicion", "tipo"): REGLAS_DE_COMPOSICION,
    ("oradores", "tipo"): NOMBRES_TIPO_ORADOR, ("oradores", "estado"): NOMBRES_ESTADO_ORADOR,
    ("elecciones", "cargo"): CARGOS, ("mandatos", "cargo"): CARGOS,   # el de una autoridad, escrito a mano
    ("consentimientos", "finalidad"): FINALIDADES,   # la de un tratamiento, escrita a mano
    ("tratamientos", "clase"): {codigo: clase.nombre for codigo, clase in CLASE.items()},
}

# Las columnas 0/1 de las tablas que anota la bitácora.
BOOLEANAS = frozenset({
    "abierta", "anulado", "cerrada", "secreta", "aprobada", "asociacion_es_parte", "clave_sin_cifrar", "con_voto", "derogado", "finalista", "fuera_de_plazo",
    "fundador", "mas_uno", "quorum_propio", "segunda_convocatoria", "suspende_morosos",
})
