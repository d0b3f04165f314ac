"""Fuzzer de la CLI: cada orden, con valores hostiles en cada hueco, sobre una copia de la demo.

Propiedad de cada caso (ver `comprobar_caso`): estado 0, 1 o 2 (3 solo en «pagos registrar», que lo
documenta); si no es 0, un mensaje en castellano sin «Lo sentimos», sin traza y sin textos en inglés de
bibliotecas; ningún error inesperado anotado en el registro; la base pasa `verificar`; y si la orden falló,
la base quedó igual (cuentas de filas de cada tabla, contenido de la bitácora y esquema).

El catálogo nombra cada orden del analizador y la clase de valor de cada hueco; una prueba falla si el
analizador tiene una orden o un hueco que el catálogo no conoce (una orden nueva no queda sin probar).
"""

import argparse
import functools
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import estrategias as e
from arnes import CASOS, PERFIL, carpeta_de_caso, comprobar_caso, correr_cli, problemas_del_mensaje

# orden → {hueco: clase}. Huecos: posicionales por su nombre (dest), opciones por su forma larga.
CATALOGO = {
    "demo": {},
    "asociacion crear": {"--nombre": "texto", "--sigla": "sigla", "--tipo": "tipo_asociacion", "--papel": "eleccion",
                         "--idioma-documentos": "eleccion", "--sede": "texto", "--pais-sede": "pais", "--fundacion": "fecha", "--idiomas": "idiomas",
                         "--paises": "paises"},
    "asociacion listar": {"--json": "marca"},
    "asociacion pais": {"pais": "pais", "--categoria": "categoria", "--desde": "fecha", "--articulo": "texto",
                        "--asociacion": "sigla"},
    "asociacion editar": {"--nombre": "texto", "--sigla": "sigla", "--tipo": "tipo_asociacion", "--sede": "texto",
                          "--papel": "eleccion", "--idioma-documentos": "eleccion", "--direccion-publica": "texto",
                          "--asociacion": "sigla"},
    "asociacion quitar-pais": {"pais": "pais", "--desde": "fecha", "--articulo": "texto", "--por-error": "marca",
                               "--asociacion": "sigla"},
    "asociacion paises": {"--json": "marca", "--asociacion": "sigla"},
    "asociacion agrupacion": {"agrupacion": "texto", "grupo": "texto", "--paises": "texto", "--miembros": "ids",
                              "--articulo": "texto", "--quitar": "marca", "--json": "marca", "--asociacion": "sigla"},
    "asociacion agrupaciones": {"--json": "marca", "--asociacion": "sigla"},
    "asociacion contar-por": {"agrupacion": "texto", "--organo": "organo", "--fecha": "fecha", "--json": "marca",
                              "--asociacion": "sigla"},
    "asociacion admision": {"--rige": "entero", "--articulo-admision": "texto", "--gracia": "texto",
                            "--articulo-gracia": "texto", "--exclusion": "texto", "--articulo-exclusion": "texto",
                            "--json": "marca", "--asociacion": "sigla"},
    "miembros importar": {"archivo": "padron", "--simular": "marca", "--progreso": "marca", "--fechas": "eleccion",
                          "--omitir-fila": "fila_hoja", "--corregir": "correccion", "--asociacion": "sigla"},
    "miembros exportar": {"--reemplazar": "marca", "archivo": "salida_xlsx", "--asociacion": "sigla"},
    "miembros padron": {"--reemplazar": "marca", "archivo": "salida_pdf", "--incluir-bajas": "marca", "--asociacion": "sigla"},
    "miembros listar": {"--json": "marca", "--asociacion": "sigla"},
    "miembros baja": {"miembro": "id_miembro", "--fecha": "fecha", "--motivo": "texto", "--simular": "marca",
                      "--json": "marca", "--asociacion": "sigla"},
    "miembros suspender": {"miembro": "id_miembro", "--fecha": "fecha", "--motivo": "texto", "--simular": "marca",
                           "--json": "marca", "--asociacion": "sigla"},
    "miembros suspension-mandatos": {"--articulo": "texto", "--asociacion": "sigla"},
    "miembros calidad": {"miembro": "id_miembro", "calidad": "eleccion", "--desde": "fecha", "--motivo": "texto",
                         "--json": "marca", "--asociacion": "sigla"},
    "miembros agregar": {"--nombre": "texto", "--pais": "pais", "--tipo": "eleccion", "--region": "texto",
                         "--codigo": "texto", "--poblacion": "entero", "--anio-poblacion": "anio",
                         "--fuente-poblacion": "texto", "--fecha-ingreso": "fecha", "--modo-ingreso": "eleccion",
                         "--fundador": "marca", "--correo": "texto", "--telefono": "texto", "--json": "marca",
                         "--latitud": "coordenada", "--longitud": "coordenada", "--fuente-ubicacion": "texto",
                         "--nomenclator": "marca", "--asociacion": "sigla"},
    # El lugar en el mapa: ver, fijar (grados con coma, punto o hemisferio), quitar, el nomenclátor.
    "miembros ubicacion": {"miembro": "id_miembro", "--latitud": "coordenada", "--longitud": "coordenada",
                           "--fuente": "texto", "--nomenclator": "marca", "--quitar": "marca", "--json": "marca",
                           "--asociacion": "sigla"},
    "miembros ubicar": {"--simular": "marca", "--json": "marca", "--asociacion": "sigla"},
    "miembros editar": {"miembro": "id_miembro", "--nombre": "texto", "--pais": "pais", "--tipo": "eleccion",
                        "--region": "texto", "--codigo": "texto", "--fecha-ingreso": "fecha", "--modo-ingreso": "eleccion",
                        "--fundador": "eleccion", "--correo": "texto", "--telefono": "texto", "--json": "marca",
                        "--asociacion": "sigla"},
    "miembros poblacion": {"miembro": "id_miembro", "--poblacion": "entero", "--anio-poblacion": "anio",
                           "--fuente-poblacion": "texto", "--asociacion": "sigla"},
    "miembros autoridad": {"miembro": "id_miembro", "--persona": "texto", "--cargo": "texto", "--desde": "fecha",
                           "--hasta": "fecha", "--asociacion": "sigla"},
    "miembros reactivar": {"miembro": "id_miembro", "--fecha": "fecha", "--motivo": "texto", "--asociacion": "sigla"},
    "miembros contacto": {"miembro": "id_miembro", "--nombre": "texto", "--rol": "texto", "--correo": "texto",
                          "--telefono": "texto", "--editar": "entero", "--json": "marca", "--asociacion": "sigla"},
    "miembros contactos": {"miembro": "id_miembro", "--json": "marca", "--asociacion": "sigla"},
    "miembros quitar-contacto": {"miembro": "id_miembro", "contacto": "entero", "--asociacion": "sigla"},
    "miembros eliminar": {"miembro": "id_miembro", "--asociacion": "sigla"},
    "miembros solicitud": {"--nombre": "texto", "--pais": "pais", "--poblacion": "entero", "--anio-poblacion": "anio",
                           "--fecha": "fecha", "--json": "marca", "--asociacion": "sigla"},
    "cuotas escala definir": {"--desde": "fecha", "--hasta": "fecha", "--moneda": "moneda", "--tramos": "tramos",
                              "--articulo": "texto", "--aprobada-por": "texto", "--tipo": "eleccion",
                              "--ingreso": "eleccion", "--referencia": "mmdd", "--vencimiento": "mmdd",
                              "--articulo-ingreso": "texto", "--baja": "eleccion", "--articulo-baja": "texto",
                              "--resolucion": "entero",
                              "--asociacion": "sigla"},
    "cuotas escala listar": {"--json": "marca", "--asociacion": "sigla"},
    "cuotas emitir": {"anio": "anio", "--tipo": "eleccion", "--simular": "marca", "--vence": "fecha",
                      "--asociacion": "sigla"},
    "cuotas exportar": {"--reemplazar": "marca", "--json": "marca", "anio": "anio", "archivo": "salida_xlsx", "--asociacion": "sigla"},
    "cuotas morosidad": {"--reemplazar": "marca", "--json": "marca", "archivo": "salida_xlsx", "--al": "fecha", "--asociacion": "sigla"},
    "cuotas estado-cuenta": {"--reemplazar": "marca", "--miembro": "id_miembro", "archivo": "salida_pdf", "--asociacion": "sigla"},
    "cuotas avisos": {"archivo": "salida_pdf", "--al": "fecha", "--reemplazar": "marca", "--json": "marca",
                      "--asociacion": "sigla"},
    "cuotas exencion": {"--miembro": "id_miembro", "--anio": "anio", "--porcentaje": "porcentaje",
                        "--motivo": "texto", "--aprobada-por": "texto", "--asociacion": "sigla"},
    "cuotas regla-voto": {"--cuotas": "entero", "--articulo": "texto", "--asociacion": "sigla"},
    "cuotas cobranza": {"--reemplazar": "marca", "--json": "marca", "anio": "anio", "archivo": "salida_pdf", "--asociacion": "sigla"},
    "cuotas tolerancia": {"--unidades": "entero", "--porcentaje": "porcentaje", "--articulo": "texto",
                          "--asociacion": "sigla"},
    "pagos registrar": {"--miembro": "id_miembro", "--monto": "monto", "--moneda": "moneda", "--fecha": "fecha",
                        "--tipo-cambio": "monto", "--moneda-cargos": "moneda", "--medio": "eleccion",
                        "--referencia": "texto", "--recibo": "salida_pdf", "--reemplazar": "marca",
                        "--asociacion": "sigla"},
    "pagos anular": {"pago": "id_pago", "--motivo": "texto", "--asociacion": "sigla"},
    "pagos recibo": {"--reemplazar": "marca", "pago": "id_pago", "archivo": "salida_pdf", "--asociacion": "sigla"},
    "pagos listar": {"--miembro": "id_miembro", "--json": "marca", "--asociacion": "sigla"},
    # El extracto bancario: el archivo es un extracto (válido, con celdas hostiles o cualquier otra cosa); la carpeta de
    # los recibos, como un destino de respaldo (vacía, ajena, un archivo, una que no existe, un nombre hostil).
    "pagos importar": {"archivo": "extracto", "--simular": "marca", "--hoja": "texto", "--moneda": "moneda",
                       "--tipo-cambio": "tipo_cambio", "--asignar": "asignacion", "--omitir-dudosas": "marca",
                       "--recibos": "respaldo_destino", "--json": "marca", "--asociacion": "sigla"},
    "organos listar": {"--al": "fecha", "--json": "marca", "--asociacion": "sigla"},
    "organos composicion": {"--reemplazar": "marca", "organo": "organo", "--al": "fecha", "--json": "marca", "--pdf": "salida_pdf",
                            "--xlsx": "salida_xlsx", "--asociacion": "sigla"},
    "organos organigrama": {"--reemplazar": "marca", "archivo": "salida_pdf", "--al": "fecha", "--asociacion": "sigla"},
    "organos traspaso": {"--fecha": "fecha", "--entrante": "id_miembro", "--persona": "texto", "--forma": "eleccion",
                         "--motivo": "texto", "--simular": "marca",
                         "--asociacion": "sigla"},
    "organos sucesion": {"--miembros": "ids", "--json": "marca", "--asociacion": "sigla"},
    "organos periodo": {"organo": "organo", "--meses": "entero", "--sin-periodo": "marca", "--articulo": "texto",
                        "--asociacion": "sigla"},
    "organos vencimientos": {"--dias": "entero", "--json": "marca", "--asociacion": "sigla"},
    "organos regla-composicion": {"organo": "organo", "tipo": "tipo_regla", "--pleno": "entero", "--asociado": "entero",
                                  "--observador": "entero", "--organos": "tipo_organo", "--organo": "tipo_organo",
                                  "--puestos": "entero", "--seguidos": "entero", "--articulo": "texto", "--desde": "fecha",
                                  # otras redes (issue 66): cupos a lo sumo y al menos, solo miembros de un tipo
                                  "--pleno-maximo": "entero", "--pleno-minimo": "entero",
                                  "--asociado-maximo": "entero", "--asociado-minimo": "entero",
                                  "--observador-maximo": "entero", "--observador-minimo": "entero",
                                  "--tipos": "texto", "--solo-designados": "marca",
                                  # agrupaciones (issue 80, §2): cupos por grupo
                                  "--agrupacion": "texto", "--cada": "entero", "--cada-minimo": "entero",
                                  "--cada-maximo": "entero", "--grupo": "cupo_de_grupo",
                                  "--asociacion": "sigla"},
    "organos crear": {"--nombre": "texto", "--tipo": "eleccion", "--padre": "organo", "--articulo": "texto",
                      "--frecuencia-meses": "entero", "--atribuciones": "texto", "--sin-regla-por-omision": "marca",
                      "--creado-el": "fecha", "--creado-por": "texto", "--json": "marca", "--asociacion": "sigla"},
    # La creación y la disolución de un órgano (issue 66, §4).
    "organos creacion": {"organo": "organo", "--fecha": "fecha", "--sin-fecha": "marca", "--por": "texto",
                         "--json": "marca", "--asociacion": "sigla"},
    "organos disolver": {"organo": "organo", "--fecha": "fecha", "--por": "texto", "--simular": "marca",
                         "--json": "marca", "--asociacion": "sigla"},
    "organos anular-disolucion": {"organo": "organo", "--json": "marca", "--asociacion": "sigla"},
    "organos designar": {"organo": "organo", "--miembro": "id_miembro", "--persona": "texto", "--cargo": "eleccion",
                         "--forma": "eleccion", "--desde": "fecha", "--hasta": "fecha", "--sin-voto": "marca", "--con-voto": "marca",
                         "--en-nombre-de": "id_miembro",
                         "--json": "marca", "--asociacion": "sigla"},
    "organos terminar-mandato": {"mandato": "entero", "--hasta": "fecha", "--motivo": "texto", "--asociacion": "sigla"},
    "organos corregir-forma": {"mandato": "entero", "--forma": "eleccion", "--motivo": "texto", "--asociacion": "sigla"},
    "organos mandatos": {"organo": "organo", "--json": "marca", "--asociacion": "sigla"},
    "organos quitar-regla": {"regla": "entero", "--asociacion": "sigla"},
    "organos reglas": {"organo": "organo", "--quorum": "fraccion", "--sobre": "eleccion",
                       "--segunda-convocatoria": "entero", "--articulo": "texto", "--reforma": "reforma",
                       "--articulo-reforma": "texto", "--poderes": "poderes", "--morosos": "eleccion",
                       "--anticipacion": "entero", "--articulo-convocatoria": "texto", "--json": "marca",
                       "--articulo-poderes": "texto", "--decision": "tipo_decision", "--quorum-decision": "reforma",
                       "--articulo-quorum-decision": "texto", "--mayoria": "eleccion", "--base": "eleccion",
                       "--articulo-mayoria": "texto", "--desde": "fecha", "--al": "fecha", "--motivo": "texto",
                       "--por-reforma": "texto",
                       "--asociacion": "sigla"},
    "estatutos reglas": {"--revisar": "entero", "--desde": "fecha", "--json": "marca", "--asociacion": "sigla"},
    "estatutos texto": {"--reemplazar": "marca", "archivo": "salida_pdf", "--al": "fecha", "--norma": "norma", "--asociacion": "sigla"},
    "estatutos cargar": {"archivo": "norma_archivo", "--titulo": "texto", "--tipo": "eleccion", "--desde": "fecha",
                         "--aprobada-por": "texto", "--simular": "marca", "--asociacion": "sigla"},
    "estatutos listar": {"--json": "marca", "--asociacion": "sigla"},
    "estatutos reformar": {"--norma": "norma", "--desde": "fecha", "--resolucion": "entero", "--articulo": "entero",
                           "--texto": "texto", "--deroga": "entero", "--archivo": "norma_archivo",
                           "--descripcion": "texto", "--simular": "marca", "--json": "marca", "--regla": "texto",
                           "--asociacion": "sigla"},
    "unidades plantilla": {"--asociacion": "sigla"},
    "unidades matriz": {"--reemplazar": "marca", "--json": "marca", "archivo": "salida_xlsx", "--asociacion": "sigla"},
    "unidades actividad": {"unidad": "organo", "--titulo": "texto", "--fecha": "fecha", "--hasta": "fecha",
                           "--estado": "eleccion", "--responsable": "id_miembro", "--descripcion": "texto",
                           "--json": "marca", "--asociacion": "sigla"},
    "unidades actividades": {"unidad": "organo", "--anio": "anio", "--json": "marca", "--asociacion": "sigla"},
    # El plan de trabajo (issue 47, §4): la actividad es un número cualquiera (las de la demo van de 1 a 30).
    "unidades editar-actividad": {"actividad": "entero", "--titulo": "texto", "--desde": "fecha", "--sin-desde": "marca",
                                  "--hasta": "fecha", "--sin-hasta": "marca", "--responsable": "id_miembro",
                                  "--sin-responsable": "marca", "--resultado": "texto", "--json": "marca",
                                  "--asociacion": "sigla"},
    "unidades estado-actividad": {"actividad": "entero", "estado": "eleccion", "--fecha": "fecha", "--json": "marca",
                                  "--asociacion": "sigla"},
    "unidades informe-actividad": {"actividad": "entero", "--resultado": "texto", "--adjuntar": "norma_archivo",
                                   "--json": "marca", "--asociacion": "sigla"},
    "unidades pdf-informe": {"actividad": "entero", "archivo": "salida_pdf", "--informe": "entero",
                             "--reemplazar": "marca", "--asociacion": "sigla"},
    "unidades atrasadas": {"--al": "fecha", "--json": "marca", "--asociacion": "sigla"},
    "unidades informe": {"--reemplazar": "marca", "unidad": "organo", "archivo": "salida_pdf", "--al": "fecha", "--asociacion": "sigla"},
    "sesiones listar": {"--json": "marca", "--asociacion": "sigla"},
    "sesiones convocatoria": {"--reemplazar": "marca", "--con-mociones": "marca", "sesion": "id_sesion", "archivo": "salida_pdf", "--asociacion": "sigla"},
    "sesiones acta": {"--reemplazar": "marca", "sesion": "id_sesion", "archivo": "salida_pdf", "--asociacion": "sigla"},
    "sesiones exportar": {"--reemplazar": "marca", "sesion": "id_sesion", "archivo": "salida_xlsx", "--asociacion": "sigla"},
    "sesiones elecciones": {"sesion": "id_sesion", "--json": "marca", "--asociacion": "sigla"},
    "sesiones confirmar-eleccion": {"punto": "id_punto", "--json": "marca", "--asociacion": "sigla"},
    "sesiones eleccion": {"punto": "id_punto", "--organo": "organo", "--cargo": "cargo", "--desde": "fecha",
                          "--hasta": "fecha", "--puestos": "entero", "--sin-voto": "marca", "--con-voto": "marca",
                          "--metodo": "metodo",
                          "--forma-de-boleta": "forma_de_boleta", "--marcas-max": "entero", "--marcas-min": "entero",
                          "--json": "marca", "--asociacion": "sigla"},
    "sesiones candidatura": {"punto": "id_punto", "--miembro": "id_miembro", "--persona": "texto", "--forma": "eleccion",
                             "--json": "marca",
                             "--asociacion": "sigla"},
    "sesiones quitar-candidatura": {"candidatura": "entero", "--json": "marca", "--asociacion": "sigla"},
    "sesiones cerrar-eleccion": {"punto": "id_punto", "--votos": "votos_eleccion", "--blancos": "entero",
                                 "--nulos": "entero", "--abstenciones": "entero", "--nominal": "votos_nominales",
                                 "--mayoria": "mayoria", "--base": "base_mayoria", "--motivo": "texto",
                                 "--boletas": "entero", "--boleta": "boleta", "--no-a-todas": "entero",
                                 "--json": "marca", "--asociacion": "sigla"},
    "sesiones segunda-vuelta": {"punto": "id_punto", "--json": "marca", "--asociacion": "sigla"},
    "sesiones convocar": {"organo": "organo", "--fecha": "fecha", "--hora": "hora", "--lugar": "texto",
                          "--enlace": "texto", "--tipo": "tipo_sesion", "--numero": "entero", "--convocada-el": "fecha",
                          "--json": "marca", "--asociacion": "sigla"},
    "sesiones puntos": {"sesion": "id_sesion", "--json": "marca", "--asociacion": "sigla"},
    "sesiones punto": {"sesion": "id_sesion", "--titulo": "texto", "--tipo": "tipo_punto", "--decision": "tipo_decision",
                       "--resumen": "texto", "--dentro-de": "id_punto", "--miembro": "ids", "--json": "marca",
                       "--asociacion": "sigla"},
    "sesiones resumir": {"punto": "id_punto", "resumen": "texto", "--json": "marca", "--asociacion": "sigla"},
    "sesiones asistencia": {"sesion": "id_sesion", "--presentes": "ids", "--ausentes": "ids", "--excusados": "ids",
                            "--poder": "poder", "--representante": "representante", "--decision": "tipo_decision",
                            "--json": "marca", "--asociacion": "sigla"},
    "sesiones invitado": {"sesion": "id_sesion", "--nombre": "texto", "--institucion": "texto", "--calidad": "calidad",
                          "--json": "marca", "--asociacion": "sigla"},
    "sesiones votar": {"punto": "id_punto", "--metodo": "metodo", "--a-favor": "entero", "--en-contra": "entero",
                       "--abstenciones": "entero", "--votan-a-favor": "ids", "--votan-en-contra": "ids",
                       "--se-abstienen": "ids", "--mayoria": "mayoria", "--base": "base_mayoria", "--motivo": "texto",
                       "--json": "marca", "--asociacion": "sigla"},
    "sesiones resolucion": {"punto": "id_punto", "--titulo": "texto", "--texto": "texto", "--tipo": "tipo_resolucion",
                            "--admite": "ids", "--excluye": "ids", "--desde": "fecha",
                            "--json": "marca", "--asociacion": "sigla"},
    "sesiones celebrada": {"sesion": "id_sesion", "--hora-cierre": "hora", "--segunda-convocatoria": "marca",
                           "--json": "marca", "--asociacion": "sigla"},
    "sesiones borrador": {"sesion": "id_sesion", "--apertura": "texto", "--cierre": "texto", "--preside": "texto",
                          "--secretaria": "texto", "--proponer": "marca", "--json": "marca",
                          "--asociacion": "sigla"},
    "sesiones aprobar-acta": {"sesion": "id_sesion", "--resolucion": "entero", "--fecha": "fecha", "--json": "marca",
                              "--asociacion": "sigla"},
    "sesiones punto-aprobacion-acta": {"sesion": "id_sesion", "--en": "id_sesion", "--json": "marca",
                                       "--asociacion": "sigla"},
    "resoluciones listar": {"--json": "marca", "--asociacion": "sigla"},
    "resoluciones ver": {"resolucion": "entero", "--json": "marca", "--asociacion": "sigla"},
    "resoluciones pdf": {"resolucion": "entero", "--salida": "salida_pdf", "--reemplazar": "marca", "--asociacion": "sigla"},
    "resoluciones adherir": {"resolucion": "entero", "--miembro": "id_miembro", "--entidad": "texto",
                             "--tipo": "eleccion", "--persona": "texto", "--json": "marca", "--asociacion": "sigla"},
    # «documento verificar»: el archivo es una entrada cualquiera (texto, bytes, una carpeta…); el código, un texto.
    "documento verificar": {"archivo": "norma_archivo", "--codigo": "texto", "--json": "marca"},
    "bitacora listar": {"--entidad": "entidad", "--desde": "fecha", "--hasta": "fecha", "--cantidad": "entero",
                        "--detalle": "marca"},
    "bitacora exportar": {"--reemplazar": "marca", "archivo": "salida_xlsx", "--entidad": "entidad", "--desde": "fecha", "--hasta": "fecha"},
    "bitacora ancla": {"--json": "marca"},
    # El servidor de sello de tiempo: nunca uno de Internet; las direcciones válidas van a un puerto cerrado de
    # 127.0.0.1 (sin conexión: la orden y la escritura se hacen igual, con una nota).
    "bitacora sello-de-tiempo": {"--servidor": "url_tsa", "--certificado": "norma_archivo", "--apagar": "marca",
                                 "--json": "marca"},
    "bitacora sellar-tiempo": {"--servidor": "url_tsa", "--guardar": "salida_tsr", "--reemplazar": "marca"},
    "bitacora exportar-sello": {"archivo": "salida_tsr", "--numero": "entero", "--reemplazar": "marca"},
    "verificar": {"--restauracion-manual": "marca", "--archivo": "marca", "--reponer-esquema": "marca",
                  "--completa": "marca", "--ancla": "texto",
                  "--reconocer": "entero", "--motivo": "texto"},
    "deshacer": {"--ver": "marca", "--json": "marca", "--asociacion": "sigla"},
    "rehacer": {"--ver": "marca", "--json": "marca", "--asociacion": "sigla"},
    "respaldo crear": {"destino": "respaldo_destino", "--reemplazar": "marca"},
    "respaldo restaurar": {"origen": "respaldo_origen", "--de-otra-base": "marca"},
    "respaldo recuperar": {},
    "respaldo listar": {"--json": "marca"},
    "respaldo borrar": {"archivo": "respaldo_origen"},
    # El modo servidor: la dirección es un texto cualquiera (ninguno llega a un servidor de verdad).
    "servidor instalar": {"url": "texto"},
    "servidor subir": {"url": "texto"},
    "servidor copia": {"url": "texto", "destino": "respaldo_destino"},
    "servidor actualizar": {"url": "texto", "url_nueva": "texto"},
    "servidor reforzar": {"url": "texto"},
    "servidor usuario": {"url": "texto", "nombre": "texto", "--papel": "eleccion"},
    "servidor llevar": {"url": "texto", "sesion": "id_sesion", "destino": "respaldo_destino"},
    "servidor devolver": {"url": "texto", "copia": "respaldo_origen"},
    "servidor cancelar-viaje": {"url": "texto", "sesion": "id_sesion", "--motivo": "texto", "--copia": "respaldo_origen"},
    # Firma digital: el certificado, la contraseña, las raíces, la cadena y las CRL son archivos de entrada
    # cualquiera (un texto, bytes, una carpeta…); sin un .p12 válido ninguna firma llega a guardarse (ni se usa la
    # red: el nivel y sus archivos se comprueban antes de abrir el certificado).
    **{f"firma {que}": {referencia: clase, "--certificado": "norma_archivo", "--contrasena-archivo": "norma_archivo",
                        "--motivo": "texto", "--lugar": "texto", "--sello-tiempo": "texto", "--nivel": "texto",
                        "--cadena": "norma_archivo", "--crl": "norma_archivo", "--salida": "salida_pdf",
                        "--reemplazar": "marca", "--json": "marca", "--asociacion": "sigla"}
       for que, referencia, clase in (("acta", "sesion", "id_sesion"), ("resolucion", "resolucion", "entero"))},
    "firma verificar": {"archivo": "norma_archivo", "--guardada": "entero", "--confianza": "norma_archivo",
                        "--json": "marca", "--asociacion": "sigla"},
    "firma listar": {"--json": "marca", "--asociacion": "sigla"},
    "firma exportar": {"firma": "entero", "--salida": "salida_pdf", "--reemplazar": "marca", "--asociacion": "sigla"},
    "buscar": {"texto": "texto", "--limite": "entero", "--json": "marca", "--asociacion": "sigla"},
    # La carpeta del sitio: vacía, con archivos ajenos, un archivo, una que no existe, un nombre hostil.
    "publicar": {"carpeta": "respaldo_destino", "--incluir": "texto", "--idiomas": "idiomas", "--json": "marca",
                 "--asociacion": "sigla"},
    # El correo: ningún mensaje llega a un servidor (la cuenta, si se guarda, es la de un texto al azar: no resuelve).
    "correo cuenta": {"--servidor": "texto", "--puerto": "texto", "--seguridad": "eleccion", "--usuario": "texto",
                      "--remitente": "texto", "--nombre": "texto", "--firma": "texto", "--pedir-clave": "marca",
                      "--clave-sin-cifrar": "marca",
                      "--json": "marca", "--asociacion": "sigla"},
    "correo aceptar-certificado": {"huella": "texto", "--olvidar": "marca", "--json": "marca", "--asociacion": "sigla"},
    **{f"correo {clase}": {referencia: valor, "--copia": "texto", "--simular": "marca", "--no-enviar": "marca",
                           "--json": "marca", "--asociacion": "sigla", **extra}
       for clase, referencia, valor, extra in (
           ("convocatoria", "referencia", "id_sesion", {"--miembros": "ids"}),
           ("acta", "referencia", "id_sesion", {"--miembros": "ids"}),
           ("resolucion", "referencia", "entero", {"--miembros": "ids"}),
           ("recibo", "referencia", "entero", {}),
           ("avisos", "--al", "fecha", {"--miembros": "ids"}))},
    "correo boletin": {"--asunto": "texto", "--texto": "texto", "--texto-de": "norma_archivo", "--simular": "marca",
                       "--no-enviar": "marca", "--json": "marca", "--asociacion": "sigla"},
    "correo bandeja": {"--estado": "eleccion", "--miembro": "id_miembro", "--json": "marca", "--asociacion": "sigla"},
    "correo enviar": {"--json": "marca", "--simular": "marca", "--asociacion": "sigla"},
    "correo anotar": {"destinatario": "entero", "--rebotado": "texto", "--recibido": "marca", "--json": "marca",
                      "--asociacion": "sigla"},
    "correo confirmar": {"mensaje": "entero", "--salio": "marca", "--no-salio": "marca", "--json": "marca",
                         "--asociacion": "sigla"},
    "correo recibe": {"contacto": "entero", "clases": "texto", "--json": "marca", "--asociacion": "sigla"},
    "correo probar": {"--json": "marca", "--asociacion": "sigla"},
    "correo anular": {"mensaje": "entero", "--json": "marca", "--asociacion": "sigla"},
    "correo alcance": {"sesion": "id_sesion", "--acta": "marca", "--json": "marca", "--asociacion": "sigla"},
    "agenda": {"--dias": "entero", "--json": "marca", "--asociacion": "sigla"},
    # La lista de oradores (issue 64): «oradores …».
    "oradores pedir": {"--punto": "id_punto", "--mocion": "entero", "--miembro": "id_miembro", "--persona": "texto",
                       "--tipo": "eleccion", "--categoria": "texto", "--json": "marca", "--asociacion": "sigla"},
    **{f"oradores {accion}": {"--punto": "id_punto", "--mocion": "entero", "--json": "marca", "--asociacion": "sigla"}
       for accion in ("siguiente", "terminar", "cerrar", "reabrir", "pausar", "reanudar")},
    "oradores mover": {"orador": "entero", "--lugar": "entero", "--json": "marca", "--asociacion": "sigla"},
    "oradores listar": {"--punto": "id_punto", "--sesion": "id_sesion", "--mocion": "entero", "--json": "marca",
                        "--asociacion": "sigla"},
    "oradores retirar": {"orador": "entero", "--json": "marca", "--asociacion": "sigla"},
    # Los indicadores por miembro y año (issue 80, §4).
    "indicadores definir": {"--nombre": "texto", "--unidad": "texto", "--sentido": "eleccion", "--fuente": "texto",
                            "--descripcion": "texto", "--decimales": "entero", "--json": "marca",
                            "--asociacion": "sigla"},
    "indicadores listar": {"--json": "marca", "--asociacion": "sigla"},
    "indicadores corregir": {"indicador": "texto", "--nombre": "texto", "--unidad": "texto", "--sentido": "eleccion",
                             "--fuente": "texto", "--descripcion": "texto", "--decimales": "entero", "--json": "marca",
                             "--asociacion": "sigla"},
    "indicadores quitar": {"indicador": "texto", "--miembro": "id_miembro", "--anio": "entero", "--json": "marca",
                           "--asociacion": "sigla"},
    "indicadores registrar": {"indicador": "texto", "--miembro": "id_miembro", "--anio": "anio", "--valor": "monto",
                              "--evidencia": "texto", "--reemplazar": "marca", "--json": "marca",
                              "--asociacion": "sigla"},
    "indicadores comparar": {"indicador": "texto", "--anios": "texto", "--json": "marca", "--asociacion": "sigla"},
    "indicadores exportar": {"archivo": "salida_xlsx", "--anios": "texto", "--reemplazar": "marca",
                             "--asociacion": "sigla"},
    # La memoria anual (issue 47, §2): la introducción y el texto de una sección, de un archivo cualquiera.
    "memoria generar": {"anio": "anio", "archivo": "salida_pdf", "--excel": "salida_xlsx", "--reemplazar": "marca",
                        "--json": "marca", "--asociacion": "sigla"},
    "memoria texto": {"anio": "anio", "--introduccion": "norma_archivo", "--quitar-introduccion": "marca",
                      "--json": "marca", "--asociacion": "sigla"},
    "memoria textos": {"anio": "anio", "--json": "marca", "--asociacion": "sigla"},
    "memoria seccion": {"anio": "anio", "--titulo": "texto", "--archivo": "norma_archivo", "--texto": "texto",
                        "--despues-de": "texto", "--json": "marca", "--asociacion": "sigla"},
    "memoria editar-seccion": {"seccion": "entero", "--titulo": "texto", "--archivo": "norma_archivo",
                               "--texto": "texto", "--despues-de": "texto", "--al-final": "marca", "--json": "marca",
                               "--asociacion": "sigla"},
    "memoria mover-seccion": {"seccion": "entero", "--arriba": "marca", "--abajo": "marca", "--asociacion": "sigla"},
    "memoria quitar-seccion": {"seccion": "entero", "--asociacion": "sigla"},
    # Un archivo cualquiera como lote: cada línea es una orden (casi siempre desconocida: estado 2).
    "lote": {"archivo": "norma_archivo", "--seguir": "marca"},
}
# Las mociones y las reglas de la sala (issue 64): una moción se nombra por su número en la sesión.
_UNA_MOCION = {"numero": "entero", "--sesion": "id_sesion", "--asociacion": "sigla"}
CATALOGO.update({
    "mociones presentar": {"--punto": "id_punto", "--titulo": "texto", "--texto": "texto",
                           "--texto-archivo": "norma_archivo", "--fundamento": "texto", "--autor": "id_miembro",
                           "--apoyo": "id_miembro", "--recibida": "fecha", "--categoria": "texto", "--json": "marca",
                           "--asociacion": "sigla"},
    "mociones listar": {"--sesion": "id_sesion", "--categoria": "texto", "--json": "marca", "--asociacion": "sigla"},
    "mociones ver": {**_UNA_MOCION, "--json": "marca"},
    "mociones admitir": {**_UNA_MOCION, "--motivo": "texto"},
    "mociones no-admitir": {**_UNA_MOCION, "--motivo": "texto"},
    "mociones retirar": {**_UNA_MOCION, "--motivo": "texto"},
    "mociones derivar": {**_UNA_MOCION, "--organo": "organo", "--motivo": "texto"},
    "mociones aplazar": {**_UNA_MOCION, "--motivo": "texto"},
    "mociones no-tratar": {**_UNA_MOCION, "--motivo": "texto"},
    "mociones retomar": {**_UNA_MOCION, "--punto": "id_punto", "--json": "marca"},
    # issue 82: los apoyos (mientras está presentada) y la recomendación de una comisión
    "mociones apoyar": {**_UNA_MOCION, "--miembro": "id_miembro", "--quitar": "marca", "--json": "marca"},
    "mociones recomendar": {**_UNA_MOCION, "--recomienda": "eleccion", "--quitar": "marca", "--organo": "organo",
                            "--nota": "texto", "--fecha": "fecha", "--json": "marca"},
    # issue 82: la categoría de una moción (su prefijo: «Moción HAC 3»)
    "mociones categorizar": {**_UNA_MOCION, "--categoria": "texto", "--sin-categoria": "marca", "--json": "marca"},
    # issue 82: las líneas del texto y las recomendaciones de cambio por línea
    "mociones lineas": {**_UNA_MOCION, "--json": "marca"},
    "mociones recomendar-cambio": {**_UNA_MOCION, "--lineas": "texto", "--texto": "texto", "--suprimir": "marca",
                                   "--motivo": "texto", "--organo": "organo", "--json": "marca"},
    "mociones aceptar-cambio": {**_UNA_MOCION, "--recomendacion": "entero", "--json": "marca"},
    "mociones rechazar-cambio": {**_UNA_MOCION, "--recomendacion": "entero", "--json": "marca"},
    "sala reglas": {"--organo": "organo", "--plazo-mociones": "entero", "--segundos-palabra": "entero",
                    "--segundos-cuestion-orden": "entero", "--orden-enmiendas": "eleccion",
                    "--minimo-apoyos": "entero", "--segundos-intervencion-breve": "entero",
                    "--segundos-pregunta": "entero", "--articulo": "texto", "--por-reforma": "texto", "--json": "marca",
                    "--asociacion": "sigla", "--flujo": "eleccion", "--con-paso": "texto", "--sin-paso": "texto"},
    "sala categoria": {"--organo": "organo", "nombre": "texto", "--rango": "entero", "--quitar": "marca",
                       "--json": "marca", "--asociacion": "sigla"},
    "sala categorias": {"--organo": "organo", "--json": "marca", "--asociacion": "sigla"},
    "sala categoria-mocion": {"--organo": "organo", "nombre": "texto", "--prefijo": "texto", "--quitar": "marca",
                              "--json": "marca", "--asociacion": "sigla"},
    "sala categorias-mocion": {"--organo": "organo", "--json": "marca", "--asociacion": "sigla"},
})
# «demo» crea la red entera (unos segundos) y sobre una base con la demo solo puede decir que ya está: se
# prueba una vez aparte (test_demo_sobre_la_demo), no en cada ejemplo.
_FILTROS_CONVENIOS = {"--tipo": "eleccion", "--estado": "eleccion", "--miembro": "id_miembro",
                      "--externa": "id_externa", "--organo": "id_organo", "--al": "fecha", "--asociacion": "sigla"}
_DATOS_CONVENIO = {"--tipo": "eleccion", "--titulo": "texto", "--objeto": "texto", "--inicio": "fecha", "--fin": "fecha",
                   "--firma": "fecha", "--renovacion": "entero", "--renovaciones": "entero", "--preaviso": "entero",
                   "--la-asociacion-firma": "si_no", "--organo": "id_organo", "--resolucion": "id_resolucion",
                   "--json": "marca", "--asociacion": "sigla"}
CATALOGO.update({
    "convenios listar": {**_FILTROS_CONVENIOS, "--json": "marca"},
    "convenios ver": {"convenio": "id_convenio", "--al": "fecha", "--json": "marca", "--asociacion": "sigla"},
    "convenios agregar": {**_DATOS_CONVENIO, "--miembro": "parte_miembro", "--externa": "parte_externa"},
    "convenios editar": {"convenio": "id_convenio", **_DATOS_CONVENIO},
    "convenios parte": {"convenio": "id_convenio", "--miembro": "id_miembro", "--externa": "id_externa",
                        "--firmante": "texto", "--quitar": "marca", "--json": "marca", "--asociacion": "sigla"},
    "convenios terminar": {"convenio": "id_convenio", "--motivo": "texto", "--el": "fecha", "--json": "marca",
                           "--asociacion": "sigla"},
    "convenios externa": {"--nombre": "texto", "--tipo": "eleccion", "--pais": "pais", "--editar": "id_externa",
                          "--json": "marca", "--asociacion": "sigla"},
    "convenios externas": {"--json": "marca", "--asociacion": "sigla"},
    "convenios obligacion": {"convenio": "id_convenio", "--tipo": "eleccion", "--descripcion": "texto",
                             "--vence": "fecha", "--importe": "monto", "--moneda": "moneda", "--json": "marca",
                             "--asociacion": "sigla"},
    "convenios cumplir": {"obligacion": "id_obligacion", "--el": "fecha", "--pendiente": "marca", "--json": "marca",
                          "--asociacion": "sigla"},
    "convenios adjuntar": {"convenio": "id_convenio", "archivo": "pdf_entrada", "--reemplazar": "marca",
                           "--asociacion": "sigla"},
    "convenios pdf": {"convenio": "id_convenio", "archivo": "salida_pdf", "--version": "entero",
                      "--reemplazar": "marca", "--asociacion": "sigla"},
    "convenios exportar": {"archivo": "salida_xlsx", **_FILTROS_CONVENIOS, "--reemplazar": "marca"},
    "convenios vencimientos": {"--desde": "fecha", "--hasta": "fecha", "--sin-atrasadas": "marca", "--json": "marca",
                               "--asociacion": "sigla"},
})
_VOTO_DE_LA_SALA = {"--metodo": "metodo", "--a-favor": "entero", "--en-contra": "entero", "--abstenciones": "entero",
                    "--votan-a-favor": "ids", "--votan-en-contra": "ids", "--se-abstienen": "ids",
                    "--mayoria": "mayoria", "--base": "base_mayoria", "--motivo": "texto", "--json": "marca",
                    "--asociacion": "sigla"}
CATALOGO.update({   # la sala (issue 64): enmiendas y votos; la demo no tiene mociones, la base no cambia
    "enmiendas presentar": {"--mocion": "entero", "--reemplazar": "entero", "--insertar-despues": "entero",
                            "--suprimir": "entero", "--texto": "texto", "--autor": "ids", "--fundamento": "texto",
                            "--recibida": "fecha", "--json": "marca", "--asociacion": "sigla",
                            "--a-la-enmienda": "entero"},
    "enmiendas listar": {"--mocion": "entero", "--json": "marca", "--asociacion": "sigla"},
    "enmiendas admitir": {"enmienda": "entero", "--json": "marca", "--asociacion": "sigla"},
    "enmiendas no-admitir": {"enmienda": "entero", "--motivo": "texto", "--json": "marca", "--asociacion": "sigla"},
    "enmiendas retirar": {"enmienda": "entero", "--motivo": "texto", "--json": "marca", "--asociacion": "sigla"},
    "enmiendas orden": {"--mocion": "entero", "--fijar": "ids", "--reglamento": "marca", "--json": "marca",
                        "--asociacion": "sigla"},
    "enmiendas texto-final": {"--mocion": "entero", "--json": "marca", "--asociacion": "sigla"},
    "votos enmienda": {"enmienda": "entero", **_VOTO_DE_LA_SALA},
    "votos mocion": {"mocion": "entero", **_VOTO_DE_LA_SALA},
    "votos adoptar": {"mocion": "entero", "--tipo": "tipo_resolucion", "--titulo": "texto", "--json": "marca",
                      "--asociacion": "sigla"},
    # issue 82: los bloques de mociones, votadas juntas
    "bloques crear": {"nombre": "texto", "--sesion": "id_sesion", "--json": "marca", "--asociacion": "sigla"},
    "bloques listar": {"--sesion": "id_sesion", "--json": "marca", "--asociacion": "sigla"},
    "bloques agregar": {"nombre": "texto", "--sesion": "id_sesion", "--mocion": "entero", "--json": "marca",
                        "--asociacion": "sigla"},
    "bloques quitar": {"--sesion": "id_sesion", "--mocion": "entero", "--json": "marca", "--asociacion": "sigla"},
    "bloques borrar": {"nombre": "texto", "--sesion": "id_sesion", "--asociacion": "sigla"},
    "bloques votar": {"nombre": "texto", "--sesion": "id_sesion", **_VOTO_DE_LA_SALA},
})
CATALOGO.update({   # el voto electrónico en la sala (issue 85): códigos, urnas y votos
    "voto codigos": {"--sesion": "id_sesion", "--miembro": "entero", "--json": "marca", "--tarjetas": "salida_pdf",
                     "--reemplazar": "marca", "--direccion": "texto", "--puerto": "entero", "--asociacion": "sigla"},
    "voto abrir": {"--sesion": "id_sesion", "--punto": "entero", "--mocion": "entero", "--enmienda": "entero",
                   "--eleccion": "entero", "--secreta": "marca", "--json": "marca", "--asociacion": "sigla"},
    "voto emitir": {"--codigo": "texto", "--urna": "entero", "--eleccion": "texto", "--comprobante": "texto",
                    "--json": "marca", "--asociacion": "sigla"},
    "voto estado": {"--urna": "entero", "--json": "marca", "--quienes": "marca", "--asociacion": "sigla"},
    "voto cerrar": {"--urna": "entero", "--json": "marca", "--asociacion": "sigla"},
    "voto descartar": {"--urna": "entero", "--asociacion": "sigla"},
})
CATALOGO.update({   # «voto servir» (issue 85): la dirección nunca es una de esta máquina, así que no arranca
    "voto servir": {"--sesion": "id_sesion", "--direccion": "texto", "--puerto": "entero", "--asociacion": "sigla"},
})
CATALOGO.update({   # los datos personales (issue 65): personas y derechos
    "personas apariciones": {"--buscar": "texto", "--sin-persona": "marca", "--json": "marca", "--asociacion": "sigla"},
    "personas listar": {"--json": "marca", "--asociacion": "sigla"},
    "personas ver": {"persona": "entero", "--json": "marca", "--asociacion": "sigla"},
    "personas registrar": {"filas": "fila_persona", "--nombre": "texto", "--nota": "texto", "--motivo": "texto",
                           "--json": "marca", "--asociacion": "sigla"},
    "personas vincular": {"persona": "entero", "filas": "fila_persona", "--motivo": "texto", "--json": "marca",
                          "--asociacion": "sigla"},
    "personas desvincular": {"persona": "entero", "fila": "fila_persona", "--asociacion": "sigla"},
    "derechos politica": {"--pais": "pais", "--dias-propios": "entero", "--contacto": "texto", "--encargado": "texto",
                          "--anios-contactos": "entero", "--meses-rebotes": "entero", "--dias-aviso": "entero",
                          "--json": "marca", "--asociacion": "sigla"},
    "derechos tratamientos": {"--clase": "eleccion", "--base-legal": "texto", "--finalidad": "texto",
                              "--conservacion": "texto", "--json": "marca", "--asociacion": "sigla"},
    "derechos registrar": {"--persona": "entero", "--derecho": "eleccion", "--recibida": "fecha", "--canal": "eleccion",
                           "--detalle": "texto", "--json": "marca", "--asociacion": "sigla"},
    "derechos listar": {"--abiertas": "marca", "--json": "marca", "--asociacion": "sigla"},
    "derechos acceso": {"solicitud": "entero", "--carpeta": "carpeta_salida", "--reemplazar": "marca", "--json": "marca",
                        "--asociacion": "sigla"},
    "derechos suprimir": {"solicitud": "entero", "--carpeta": "carpeta_salida", "--simular": "marca",
                          "--reemplazar": "marca", "--json": "marca", "--asociacion": "sigla"},
    "derechos oposicion": {"solicitud": "entero", "--json": "marca", "--asociacion": "sigla"},
    "derechos revocacion": {"solicitud": "entero", "--json": "marca", "--asociacion": "sigla"},
    "consentimientos texto": {"--asociacion": "sigla"},
    "consentimientos registrar": {"--contacto": "entero", "--texto": "texto", "--texto-de": "norma_archivo",
                                  "--sugerido": "marca", "--canal": "eleccion", "--el": "fecha", "--finalidad": "eleccion",
                                  "--json": "marca", "--asociacion": "sigla"},
    "consentimientos revocar": {"consentimiento": "entero", "--canal": "eleccion", "--el": "fecha", "--json": "marca",
                                "--asociacion": "sigla"},
    "consentimientos listar": {"--contacto": "entero", "--vigentes": "marca", "--json": "marca", "--asociacion": "sigla"},
    "derechos responder": {"solicitud": "entero", "--respuesta": "texto", "--denegar": "texto", "--json": "marca",
                           "--asociacion": "sigla"},
    "derechos vencidos": {"--suprimir": "marca", "--json": "marca", "--asociacion": "sigla"},
    "derechos limpiar": {},
    "derechos registro-de-actividades": {"archivo": "salida_pdf", "--reemplazar": "marca", "--asociacion": "sigla"},
})
LENTAS = {"demo"}
# Estados de salida documentados además de 0, 1 y 2 (docstring de escritorio/cli.py).
ESTADOS_EXTRA = {**{f"correo {o}": (3,) for o in ("convocatoria", "acta", "resolucion", "recibo", "avisos", "enviar")},
                 "pagos registrar": (3,), "pagos importar": (3,), "firma acta": (3,), "firma resolucion": (3,), "firma verificar": (4, 5),
                 "documento verificar": (4, 5), "lote": (3, 4, 5)}   # el lote termina con el estado de la orden que falló


def hojas_del_analizador():
    """{"cuotas escala definir": parser, …}: cada orden ejecutable del analizador real."""
    from escritorio.cli import construir_analizador

    def recorrer(parser, camino):
        subordenes = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subordenes:
            yield " ".join(camino), parser
        for accion in subordenes:
            for nombre, hijo in accion.choices.items():
                yield from recorrer(hijo, camino + (nombre,))

    return dict(recorrer(construir_analizador(), ()))


def huecos(parser) -> dict[str, argparse.Action]:
    """{hueco: acción} de una orden (sin --help)."""
    resultado = {}
    for accion in parser._actions:
        if isinstance(accion, argparse._HelpAction):
            continue
        nombre = max(accion.option_strings, key=len) if accion.option_strings else accion.dest
        resultado[nombre] = accion
    return resultado


HOJAS = hojas_del_analizador()


def test_el_catalogo_cubre_cada_orden_y_cada_hueco_del_analizador():
    """Una orden o una opción nueva en la CLI tiene que entrar al catálogo (y así al fuzzer)."""
    assert sorted(HOJAS) == sorted(CATALOGO), (
        f"órdenes sin catálogo: {sorted(set(HOJAS) - set(CATALOGO))}; "
        f"en el catálogo pero no en la CLI: {sorted(set(CATALOGO) - set(HOJAS))}")
    for orden, parser in HOJAS.items():
        assert sorted(huecos(parser)) == sorted(CATALOGO[orden]), f"«{orden}»: los huecos no coinciden"


# --- valores por clase de hueco ----------------------------------------------------------------------

# Las estrategias no cambian entre casos: se arman una vez (cada una por clase) y se reusan. Armar el diccionario
# entero de las ~60 clases en cada hueco de cada caso costaba más que muchas de las órdenes que se prueban (un
# cuarto del tiempo del fuzzer). Los valores que salen son los mismos: las estrategias son las mismas.
_VALIDOS_DE: dict[int, tuple[dict, dict]] = {}


def _validos(clase: str, accion: argparse.Action, ids: dict) -> st.SearchStrategy:
    if clase == "eleccion":   # la única que depende del hueco: sus opciones
        return st.sampled_from(list(accion.choices or ["x"]))
    guardado = _VALIDOS_DE.get(id(ids))
    if guardado is None or guardado[0] is not ids:
        guardado = _VALIDOS_DE[id(ids)] = (ids, _todos_los_validos(ids))
    return guardado[1][clase]


def _todos_los_validos(ids: dict) -> dict[str, st.SearchStrategy]:
    fechas = st.sampled_from(["2026-06-30", "2025-01-01", "2026-11-01", "2024-02-29", "2026-03-16"])
    return {
        "texto": st.sampled_from(["Prueba del fuzzer", "Resolución 12/2026", "Consejo, art. 3", "Ñandú São"]),
        "sigla": st.just("RCS"),
        "url_tsa": st.sampled_from(["http://127.0.0.1:9/tsa", "https://127.0.0.1:9/"]),   # un puerto cerrado
        "tipo_asociacion": st.sampled_from(["red representativa", "federación", "alianza"]),
        "fecha": fechas,
        "idiomas": st.sampled_from(["es", "es,pt"]),
        "coordenada": st.sampled_from(["-34,61", "-58.38", "34.6 S", "58,38 O", "0", "-90", "179.99999"]),
        "paises": st.sampled_from(["AR:pleno,UY:asociado", "BR", "AR:pleno,BR:pleno,CL:observador"]),
        "pais": st.sampled_from(["PY", "Paraguay", "AR", "BO"]),
        "categoria": st.sampled_from(["pleno", "asociado", "observador"]),
        "tipo_regla": st.sampled_from(["por_categoria", "de_oficio", "presidencia", "tamano_fijo", "troika",
                                              "tipo_de_miembro", "limite_de_mandatos", "por_agrupacion"]),
        "cupo_de_grupo": st.sampled_from(["Europa=3", "Europa=..3", "África=1..", "Asia=1..2"]),
        "tipo_organo": st.sampled_from(["secretaria_ejecutiva", "comision_directiva,secretaria_ejecutiva", "consejo"]),
        "id_miembro": st.sampled_from(ids["miembro"][:5] + ids["miembro"][-2:]),
        "id_pago": st.sampled_from(ids["pago"][:3] + ids["pago"][-2:]),
        "id_sesion": st.sampled_from(ids["sesion"]),
        "id_punto": st.sampled_from(ids["punto"] or [1]),
        "anio": st.sampled_from(["2025", "2026", "2027", "2020"]),
        "porcentaje": st.sampled_from(["100", "50", "0"]),
        "entero": st.sampled_from(["0", "2", "15", "30"]),
        "monto": st.sampled_from(["250.00", "100", "0.01", "1250,50"]),
        "moneda": st.sampled_from(["USD", "ARS", "BRL", "EUR"]),
        "tramos": st.sampled_from(["0:100,100000:500,500000:1000", "0:50"]),
        "mmdd": st.sampled_from(["01-01", "03-31", "12-31"]),
        "organo": st.sampled_from(ids["organo"][:4] + ["1", "2"]),
        "norma": st.sampled_from(ids["norma"] + ["1"]),
        "fraccion": st.sampled_from(["1/2+1", "2/3", "1/2"]),
        "reforma": st.sampled_from(["2/3", "general", "3/4"]),
        "poderes": st.sampled_from(["2", "0", "sin-maximo"]),
        "entidad": st.sampled_from(ids["entidad"][:6]),
        # La reunión desde la línea de órdenes (sesiones convocar, punto, asistencia, votar…).
        "hora": st.sampled_from(["10:00", "09:30", "23:59"]),
        "tipo_sesion": st.sampled_from(["ordinaria", "extraordinaria"]),
        "tipo_punto": st.sampled_from(["informativo", "deliberativo", "votacion"]),
        "tipo_decision": st.sampled_from(["ordinaria", "reforma_estatuto", "admision", "disolucion"]),
        "ids": st.sampled_from([",".join(map(str, ids["miembro"][:3])), str(ids["miembro"][-1]),
                                f"{ids['miembro'][0]}-{ids['miembro'][0] + 40}"]),
        "poder": st.sampled_from([f"{ids['miembro'][-1]}:{ids['miembro'][0]}", f"{ids['miembro'][3]}:{ids['miembro'][1]}"]),
        "representante": st.sampled_from([f"{ids['miembro'][0]}:Ana Pérez:Intendenta", f"{ids['miembro'][1]}:Luis Díaz"]),
        "calidad": st.sampled_from(["invitado", "observador"]),
        "metodo": st.sampled_from(["alzada", "nominal", "secreta"]),
        "mayoria": st.sampled_from(["simple", "absoluta", "dos_tercios", "tres_cuartos"]),
        "base_mayoria": st.sampled_from(["emitidos", "presentes", "con_derecho"]),
        "tipo_resolucion": st.sampled_from(["resolucion", "decision", "declaracion"]),
        # Las elecciones desde la línea de órdenes (sesiones eleccion, candidatura, cerrar-eleccion…).
        "cargo": st.sampled_from(["titular", "presidente", "coordinador", "suplente"]),
        "votos_eleccion": st.sampled_from(["1:3,2:1", "1:0", "2:15,3:2,4:1"]),
        "forma_de_boleta": st.sampled_from(["una", "marcas"]),
        "boleta": st.sampled_from(["1,2", "3", "blanco", "nulo", "no", "abstencion"]),
        "votos_nominales": st.sampled_from([f"{ids['miembro'][0]}:1,{ids['miembro'][1]}:blanco",
                                            f"{ids['miembro'][2]}:abstencion"]),
        # El registro de convenios («convenios …»).
        "id_convenio": st.sampled_from(ids["convenio"]),
        "id_externa": st.sampled_from(ids["externa"]),
        "id_obligacion": st.sampled_from(ids["obligacion"]),
        "id_organo": st.sampled_from(ids["id_organo"][:3] + ids["id_organo"][-3:]),
        "id_resolucion": st.sampled_from(ids["resolucion"]),
        "si_no": st.sampled_from(["si", "no", "sí"]),
        "parte_miembro": st.sampled_from([str(ids["miembro"][5]), f"{ids['miembro'][7]}:Ana Pérez"]),
        "parte_externa": st.sampled_from([str(ids["externa"][0]), f"{ids['externa'][-1]}:Rectoría"]),
        "tipo_cambio": st.sampled_from(["ARS/USD=1400", "BRL/USD=5,2", "USD/USD=1"]),
        "asignacion": st.sampled_from([f"2={ids['miembro'][0]}", "2=no", f"3={ids['miembro'][-1]}", "3=omitir"]),
        "fila_hoja": st.sampled_from(["2", "3", "5", "40"]),
        "correccion": st.sampled_from(["2:Población=12000", "3:C=", "2:Nombre=Ñandú São", "4:Correo=a@b.org"]),
        # Una fila con datos de una persona, como la nombra «personas apariciones» (las de la red de ejemplo).
        "fila_persona": st.sampled_from(["autoridades:2", "asistencias:8", "contactos:47", "mandatos:134"]),
    }


def _hostiles(clase: str) -> st.SearchStrategy:
    return _todos_los_hostiles()[clase]


@functools.cache
def _todos_los_hostiles() -> dict[str, st.SearchStrategy]:
    numero = e.numero_hostil()
    return {
        "texto": e.texto_hostil(),
        "sigla": st.one_of(e.texto_hostil(), st.sampled_from(["rcs", "XXX", "RCS ", "R\u202eCS"])),
        "tipo_asociacion": e.texto_hostil(),
        "cupo_de_grupo": st.one_of(e.texto_hostil(), st.sampled_from(["Europa=", "=3", "Europa=..", "Europa=3..1",
                                                                      "Europa=-1", "Europa=1...3", "Europa=٣"])),
        "eleccion": e.texto_hostil(),
        "fecha": e.fecha_hostil(),
        "idiomas": st.one_of(e.texto_hostil(), st.sampled_from(["xx", "es,,pt", "ESPAÑOL", "es;pt"])),
        "coordenada": st.one_of(e.texto_hostil(), numero, st.sampled_from(["95", "-180.5", "1e400", "NaN", "inf",
                                                                            "34,6 N S", "-34,6 S", "34,6 E", "٣٤",
                                                                            "34,61,5", "−34,61", ""])),
        "paises": st.one_of(e.texto_hostil(), st.sampled_from(["XX:pleno", "AR:rey", "Argentina:pleno", ":,:",
                                                                "AR:pleno,AR:asociado", "ar", "ZZ"])),
        "pais": st.one_of(e.texto_hostil(), st.sampled_from(["XX", "py", "Atlantis", "ZZZ", "P\u202eY", "Paraguay "])),
        "categoria": st.one_of(e.texto_hostil(), st.sampled_from(["PLENO", "socio", "Pleno ", "retirado"])),
        "tipo_regla": st.one_of(e.texto_hostil(), st.sampled_from(["mitad", "DE_OFICIO", "de oficio", ""])),
        "tipo_organo": st.one_of(e.texto_hostil(), st.sampled_from(["directiva", ",,", "consejo,consejo", "Consejo"])),
        "id_miembro": numero, "id_pago": numero, "id_sesion": numero, "id_punto": numero,
        "anio": numero, "porcentaje": numero, "entero": numero, "monto": numero,
        "moneda": st.one_of(st.sampled_from(e.MONEDAS_RARAS), e.texto_hostil()),
        "tramos": e.tramos_hostiles(),
        "mmdd": st.one_of(st.sampled_from(e.MMDD_RAROS), e.texto_hostil()),
        "organo": st.one_of(numero, e.texto_hostil(), st.sampled_from(["consejo", "Consejo ", "0", "999"])),
        "norma": st.one_of(numero, e.texto_hostil(), st.sampled_from(["estatuto", "Estatuto ", "999"])),
        "fraccion": st.one_of(st.sampled_from(e.FRACCIONES_RARAS), e.texto_hostil()),
        "reforma": st.one_of(st.sampled_from(e.FRACCIONES_RARAS), e.texto_hostil()),
        "poderes": st.one_of(numero, st.sampled_from(["sin máximo", "SIN-MAXIMO", "-1", "٢"])),
        "entidad": e.texto_hostil(),
        "hora": st.one_of(e.texto_hostil(), st.sampled_from(["25:00", "10:60", "1000", "١٠:٠٠", "10:00 ", "9:5"])),
        "tipo_sesion": st.one_of(e.texto_hostil(), st.sampled_from(["ORDINARIA", "especial", "ordinaria "])),
        "tipo_punto": st.one_of(e.texto_hostil(), st.sampled_from(["Votación", "eleccion ", "x"])),
        "tipo_decision": st.one_of(e.texto_hostil(), st.sampled_from(["reforma", "ORDINARIA", "disolución"])),
        "id_convenio": numero, "id_externa": numero, "id_obligacion": numero, "id_organo": numero,
        "id_resolucion": numero,
        "si_no": st.one_of(e.texto_hostil(), st.sampled_from(["SI", "yes", "", "n"])),
        "parte_miembro": st.one_of(numero, e.texto_hostil(), st.sampled_from([":", "12:", ":Ana", "0:x", "1:\u202eAna"])),
        "parte_externa": st.one_of(numero, e.texto_hostil(), st.sampled_from([":", "999:", "x:y"])),
        "ids": st.one_of(e.texto_hostil(), st.sampled_from(["1,,2", "5-2", "1-99999999999", "-3", "1,x", "١٢", ",",
                                                             "1--3", "999999"])),
        "poder": st.one_of(e.texto_hostil(), st.sampled_from(["12", "12:", ":12", "3:3", "0:1", "1:999999", "1:2:3"])),
        "representante": st.one_of(e.texto_hostil(), st.sampled_from(["12", "12:", "x:Ana", "1:\u202eAna", "1::"])),
        "calidad": st.one_of(e.texto_hostil(), st.sampled_from(["observadora", "INVITADO", ""])),
        "metodo": st.one_of(e.texto_hostil(), st.sampled_from(["mano alzada", "NOMINAL", ""])),
        "mayoria": st.one_of(e.texto_hostil(), st.sampled_from(["2/3", "dos tercios", "SIMPLE", ""])),
        "base_mayoria": st.one_of(e.texto_hostil(), st.sampled_from(["todos", "Presentes", ""])),
        "tipo_resolucion": st.one_of(e.texto_hostil(), st.sampled_from(["Resolución", "acta", ""])),
        "cargo": st.one_of(e.texto_hostil(), st.sampled_from(["Presidente", "rey", "titular ", ""])),
        "forma_de_boleta": st.one_of(e.texto_hostil(), st.sampled_from(["MARCAS", "varias", ""])),
        "boleta": st.one_of(e.texto_hostil(), st.sampled_from(["1,,2", ",", "1,x", "BLANCO", "1,1", "-1", "٣", ""])),
        "votos_eleccion": st.one_of(e.texto_hostil(), st.sampled_from(["1", "1:", ":3", "1:-3", "1:3,1:4", "x:y",
                                                                        "1:٣", ",", "1:99999999999"])),
        "votos_nominales": st.one_of(e.texto_hostil(), st.sampled_from(["1", "1:", "1:nulo", "1:BLANCO", "1:2,1:3",
                                                                         "0:1", ","])),
        "tipo_cambio": st.one_of(e.texto_hostil(), st.sampled_from(["ARS=1400", "ARS/USD=", "ARS/USD=0", "ARS/USD=1e400",
                                                                     "XYZ/USD=2", "ars/usd=١٤٠٠", "/=", "ARS/USD=-5"])),
        "url_tsa": st.one_of(e.texto_hostil(), st.sampled_from([
            "http://127.0.0.1:9/tsa", "https://127.0.0.1:9/", "HTTP://127.0.0.1:9", "ftp://127.0.0.1/tsa", "http://",
            "javascript:alert(5)", "http://127.0.0.1:9/ tsa", "http://127.0.0.1:9/\x1b]0;x\x07"])),
        "asignacion": st.one_of(e.texto_hostil(), st.sampled_from(["2", "=5", "2=", "0=1", "2=0", "2=-1", "99999999=1",
                                                                    "2=999999", "2=Rosario", "٢=١", "2=no=1"])),
        "fila_hoja": st.one_of(e.texto_hostil(), st.sampled_from(["0", "1", "-2", "٣", "99999999999", "2.5", ""])),
        "correccion": st.one_of(e.texto_hostil(), st.sampled_from([
            "2", "2:", ":C=1", "1:C=1", "2:=1", "2:ZZZ=1", "2:Zeta=1", "2:C=\x1b[31m", "2:Nombre=" + "x" * 5000,
            "٢:C=1", "2:C=1=2", "2:\u202eC=1"])),
        "fila_persona": st.one_of(e.texto_hostil(), st.sampled_from([
            "contactos", "contactos:", ":12", "bitacora:1", "miembros:1", "contactos:-1", "contactos:99999999999",
            "contactos:١٢", "CONTACTOS:1", "contactos:1:2", "contactos:\u202e1", "contactos: 1"])),
    }


_ARCHIVOS = {"salida_pdf": e.plan_salida, "salida_xlsx": e.plan_salida, "salida_tsr": e.plan_salida, "padron": e.plan_padron,
             "pdf_entrada": e.plan_pdf,
             "extracto": e.plan_extracto,
             "norma_archivo": e.plan_norma, "respaldo_origen": e.plan_respaldo_origen,
             "respaldo_destino": e.plan_respaldo_destino, "carpeta_salida": e.plan_respaldo_destino}


@functools.cache
def _plan_de_archivo(clase: str) -> st.SearchStrategy[tuple]:
    return _ARCHIVOS[clase]()


_TEXTO_HOSTIL = e.texto_hostil()
_OPERADOR = st.one_of(st.none(), _TEXTO_HOSTIL)


def _materializar(clase: str, plan: tuple, carpeta: Path, base: Path) -> str | None:
    """La ruta (como la escribiría el usuario) que corresponde a un plan de archivo; None: no se pasa."""
    tipo, *resto = plan
    extension = {"salida_pdf": ".pdf", "salida_xlsx": ".xlsx", "salida_tsr": ".tsr"}.get(clase, "")
    if tipo == "crudo":
        return resto[0]
    if tipo == "omitir":
        return None
    if tipo == "no_existe":
        return str(carpeta / "no_existe" / ("x" + (extension or ".csv")))
    if tipo == "sin_carpeta":
        return str(carpeta / "no_hay_tal_carpeta" / ("x" + (extension or ".db")))
    if tipo == "solo_lectura":  # /sys no admite archivos nuevos ni siquiera para root
        return "/sys/x" + (extension or ".db")
    if tipo in ("es_carpeta", "carpeta", "carpeta_existente"):
        destino = carpeta / ("carpeta" + extension)
        destino.mkdir(exist_ok=True)
        return str(destino)
    if tipo == "padre_es_archivo":
        (carpeta / "archivo.txt").write_text("x")
        return str(carpeta / "archivo.txt" / ("x" + extension))
    if tipo == "otra_extension":
        return str(carpeta / ("salida" + resto[0]))
    if tipo == "mayusculas":
        return str(carpeta / ("SALIDA" + extension.upper()))
    if tipo == "existe":
        destino = carpeta / ("existente" + (extension or ".db"))
        destino.write_bytes(b"no pisar")
        return str(destino)
    if tipo == "vacio" and clase in ("salida_pdf", "salida_xlsx", "salida_tsr"):
        return ""
    if tipo == "valida":
        return str(carpeta / (resto[0] + extension)) if clase in ("salida_pdf", "salida_xlsx", "salida_tsr") else resto[0]
    if tipo == "la_misma":
        return str(base)
    if tipo == "archivo_nuevo":
        return str(carpeta / "respaldo_nuevo.db")
    if tipo == "copia_de_la_base":
        (carpeta / "otra").mkdir(exist_ok=True)
        return str(shutil.copy2(base, carpeta / "otra" / "copia.db"))
    destino = carpeta / ("entrada" + {"padron": ".csv", "extracto": ".csv", "norma_archivo": ".txt",
                                      "pdf_entrada": ".pdf"}.get(clase, ".db"))
    if tipo == "vacio":
        destino.write_bytes(b"")
    elif tipo == "bytes":
        if len(resto) == 2:
            destino = destino.with_suffix(resto[0]) if resto[0] else destino.with_suffix("")
        destino.write_bytes(resto[-1])
    elif tipo == "zip_roto":
        destino = destino.with_suffix(".xlsx") if clase == "padron" else destino
        e.escribir_zip_roto(destino)
    elif tipo == "xml_roto":
        destino = destino.with_suffix(".xlsx")
        e.escribir_xlsx_xml_roto(destino)
    elif tipo == "binario_grande":
        destino.write_bytes(bytes(range(256)) * 400)
    elif tipo == "csv":
        from ayudas import escribir_csv

        filas = [["" if c is None else str(c) for c in fila] for fila in resto[0]]
        texto = "\n".join(";".join(f) for f in [["Nombre", "País", "Población"], *filas])
        try:
            escribir_csv(destino, filas)
        except (UnicodeEncodeError, ValueError):  # sustitutos o NUL: se escriben tal cual, como bytes
            destino.write_bytes(texto.encode("utf-8", "surrogateescape"))
    elif tipo == "xlsx":
        destino = destino.with_suffix(".xlsx")
        e.escribir_xlsx_crudo(destino, resto[0])
    elif tipo in ("extracto_csv", "extracto_xlsx"):
        destino = e.escribir_extracto(destino, tipo == "extracto_xlsx", *resto)
    elif tipo == "texto":
        texto, codificacion = resto
        destino.write_bytes(texto.encode(codificacion, "surrogateescape") if codificacion.startswith("utf-8")
                            else texto.encode(codificacion, "replace"))
    else:
        raise AssertionError(f"plan desconocido {plan}")
    return str(destino)


def _ruta_db(plan: tuple, carpeta: Path, base: Path) -> str:
    tipo = plan[0]
    if tipo == "copia":
        return str(base)
    if tipo == "no_existe":
        return str(carpeta / "no_existe.db")
    if tipo == "carpeta":
        (carpeta / "carpeta.db").mkdir(exist_ok=True)
        return str(carpeta / "carpeta.db")
    if tipo == "vacio":
        (carpeta / "vacia.db").write_bytes(b"")
        return str(carpeta / "vacia.db")
    if tipo == "basura":
        (carpeta / "basura.db").write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
        return str(carpeta / "basura.db")
    if tipo == "texto":
        (carpeta / "texto.db").write_text("Nombre;País\nRosario;AR\n", encoding="utf-8")
        return str(carpeta / "texto.db")
    return "/sys/escritorio.db"


@st.composite
def caso_de_orden(draw, orden: str, ids: dict):
    """(plan de --db, [(hueco, es_posicional, valor o plan)], --operador).

    Tres estilos: «uno_hostil» (un solo hueco hostil y los demás válidos: así el valor raro llega hasta el
    servicio, y la orden a veces llega a escribir), «todo_valido» (la orden debería andar, o decir en
    castellano por qué no) y «al_azar» (cada hueco válido, hostil u omitido)."""
    parser = HOJAS[orden]
    todos = list(huecos(parser).items())
    estilo = draw(st.sampled_from(["uno_hostil", "todo_valido", "al_azar"]))
    foco = draw(st.integers(0, max(len(todos) - 1, 0)))
    elegidos = []
    for indice, (hueco, accion) in enumerate(todos):
        clase = CATALOGO[orden][hueco]
        posicional = not accion.option_strings
        obligatorio = posicional and accion.nargs != "?" or accion.required
        if estilo == "al_azar":
            modo = draw(st.sampled_from(["valido", "hostil", "omitir"] if obligatorio else ["omitir", "valido", "hostil"]))
        elif estilo == "uno_hostil" and indice == foco:
            modo = "hostil"
        elif obligatorio:
            modo = "valido"
        else:
            modo = draw(st.sampled_from(["omitir", "valido"]))
        if modo == "omitir":
            continue
        if clase == "marca":
            elegidos.append((hueco, False, None if modo == "valido" else draw(_TEXTO_HOSTIL)))
        elif clase in _ARCHIVOS:
            plan = (("valida", "salida") if clase.startswith("salida") else _PLAN_VALIDO[clase]) \
                if modo == "valido" else draw(_plan_de_archivo(clase))
            elegidos.append((hueco, posicional, ("plan", plan)))
        elif modo == "valido":
            elegidos.append((hueco, posicional, draw(_validos(clase, accion, ids))))
        else:
            elegidos.append((hueco, posicional, draw(_hostiles(clase))))
    otra_db = estilo == "al_azar" and draw(st.integers(0, 9)) == 0
    plan_db = draw(e.plan_db()) if otra_db else ("copia",)
    operador = draw(_OPERADOR) if estilo == "al_azar" else None
    return plan_db, elegidos, operador


_PLAN_VALIDO = {"padron": ("csv", (("Nueva Ciudad Fuzz", "AR", "1000"),)), "pdf_entrada": ("bytes", e.PDF_VALIDO),
                "norma_archivo": ("texto", "Artículo 1\nLa red se llama Fuzz.\nArtículo 2\nSede rotativa.\n", "utf-8"),
                "respaldo_origen": ("copia_de_la_base",), "respaldo_destino": ("omitir",),
                "carpeta_salida": ("carpeta_existente",),
                "extracto": e.EXTRACTO_VALIDO}


def armar_argv(orden: str, caso, carpeta: Path, base: Path) -> tuple[list[str], list]:
    """La línea de órdenes del caso y los valores que puso el usuario (para no confundirlos con el mensaje)."""
    plan_db, elegidos, operador = caso
    argv = ["--db", _ruta_db(plan_db, carpeta, base)]
    if operador is not None:
        argv.append(f"--operador={operador}")
    argv += orden.split()
    posicionales, valores = [], []
    for hueco, posicional, valor in elegidos:
        if isinstance(valor, tuple) and valor[0] == "plan":
            valor = _materializar(CATALOGO[orden][hueco], valor[1], carpeta, base)
            if valor is None:
                continue
        valores.append(valor)
        if posicional:
            posicionales.append(valor)
        elif valor is None:
            argv.append(hueco)
        else:
            argv.append(f"{hueco}={valor}")
    if posicionales:
        argv.append("--")  # un valor que empieza con «-» llega como valor, no como opción
        argv += posicionales
    return argv, valores + [operador]


ORDENES = [o for o in CATALOGO if o not in LENTAS]


@pytest.mark.parametrize("orden", ORDENES)
def test_orden_con_valores_hostiles(orden, demo):
    """Cada orden de la CLI, con valores hostiles y válidos mezclados: nunca una disculpa, ni inglés, ni un
    estado de salida raro, ni una base rota o cambiada por una orden que falló."""

    @PERFIL
    @given(caso=caso_de_orden(orden, demo.ids))
    def propiedad(caso):
        CASOS["cli"] += 1
        with carpeta_de_caso(demo) as carpeta:
            base = carpeta / "red.db"
            argv, valores = armar_argv(orden, caso, carpeta, base)
            resultado = correr_cli(argv, carpeta)
            estados = (0, 1, 2) + ESTADOS_EXTRA.get(orden, ())
            comprobar_caso(demo, base, resultado, valores + argv, estados=estados)

    propiedad()


def test_demo_sobre_la_demo(demo):
    """«demo» sobre una base que ya tiene la red de ejemplo: mensaje en castellano, nada cambia."""
    with carpeta_de_caso(demo) as carpeta:
        resultado = correr_cli(["--db", str(carpeta / "red.db"), "demo"], carpeta)
        assert resultado.estado == 1
        comprobar_caso(demo, carpeta / "red.db", resultado, [])


# --- como proceso real: el código de salida de verdad, la salida estándar de verdad -------------------

CASOS_DE_PROCESO = [
    ["miembros", "listar", "--json=x"],
    ["cuotas", "emitir", "--", "-5"],
    ["cuotas", "emitir", "99999"],
    ["pagos", "registrar", "--miembro", "1", "--monto", "1e308", "--moneda", "USD", "--fecha", "2026-01-01"],
    ["pagos", "registrar", "--miembro", "1", "--monto", "9" * 25, "--moneda", "XYZ", "--fecha", "0001-01-01"],
    ["cuotas", "escala", "definir", "--desde", "2027-01-01", "--moneda", "dólares", "--tramos", "0:1e400"],
    ["cuotas", "avisos", "/sys/avisos.pdf"],
    ["miembros", "baja", "1", "--motivo", "a\u202eb\x07"],
    ["miembros", "exportar", os.fsdecode(b"padr\xf3n.xlsx")],  # un nombre en Latin-1: bytes que no son UTF-8
    ["asociacion", "crear", "--nombre", "x" * 100_000, "--sigla", "X"],
    # Hallados por el fuzzer: una dirección de servidor con bytes que no son UTF-8, «~usuario» que no existe en el
    # equipo y un «--» como argumento después del «--» que separa.
    ["servidor", "subir", "ñ" + os.fsdecode(b"\xff") * 3],
    ["servidor", "copia", "postgresql://nadie@127.0.0.1:1/x", "~0"],
    ["servidor", "devolver", "--", "postgresql://nadie@127.0.0.1:1/x", "--"],
]


def _copiar_la_demo(demo, carpeta: Path) -> Path:
    base = carpeta / "red.db"
    shutil.copy2(demo.ruta, base)
    testigo = demo.ruta.with_name(demo.ruta.name + ".testigo")
    if testigo.exists():
        shutil.copy2(testigo, carpeta / "red.db.testigo")
    return base


def _proceso(cli, entorno_cli, tmp_path, demo, argv, *, copiada: bool = False):
    base = tmp_path / "red.db" if copiada else _copiar_la_demo(demo, tmp_path)
    resultado = cli(*argv, db=base, proceso_real=True)
    registro = Path(entorno_cli["XDG_DATA_HOME"]) / "Escritorio" / "registro" / "escritorio.log"
    inesperados = registro.read_text(encoding="utf-8", errors="replace").splitlines() if registro.exists() else []
    from arnes import Resultado

    return base, Resultado(resultado.returncode, resultado.stdout, resultado.stderr, inesperados)


@pytest.mark.proceso  # lanza otro programa
@pytest.mark.parametrize("argv", CASOS_DE_PROCESO, ids=lambda a: " ".join(a)[:40])
def test_casos_hostiles_como_proceso_real(argv, cli, entorno_cli, tmp_path, demo):
    CASOS["proceso"] += 1
    base, resultado = _proceso(cli, entorno_cli, tmp_path, demo, argv)
    comprobar_caso(demo, base, resultado, argv)


MAX_ARG_STRLEN = 32 * 4096  # el límite de execve para un solo argumento en Linux


@pytest.mark.proceso  # lanza otro programa
def test_ordenes_al_azar_como_proceso_real(cli, entorno_cli, tmp_path_factory, demo):
    """Unos pocos casos del fuzzer también como proceso (el perfil «fuzz» corre más)."""
    from hypothesis import settings

    @settings(PERFIL, max_examples=max(2, PERFIL.max_examples // 4))
    @given(orden=st.sampled_from(ORDENES), datos=st.data())
    def propiedad(orden, datos):
        CASOS["proceso"] += 1
        carpeta = tmp_path_factory.mktemp("proceso")
        caso = datos.draw(caso_de_orden(orden, demo.ids))
        # La base, antes de armar los argumentos: un hueco puede pedir una copia de ella («--copia», un respaldo).
        argv, valores = armar_argv(orden, caso, carpeta, _copiar_la_demo(demo, carpeta))
        assert argv[:2] == ["--db", argv[1]]
        # Linux no pasa a un proceso un argumento de más de 128 KiB (E2BIG): nadie puede escribirlo.
        assume(all(len(os.fsencode(str(a))) < MAX_ARG_STRLEN for a in argv))  # los ids llegan como int
        base, resultado = _proceso(cli, entorno_cli, carpeta, demo, argv[2:] if argv[1] == str(carpeta / "red.db")
                                   else argv, copiada=True)
        estados = (0, 1, 2) + ESTADOS_EXTRA.get(orden, ())
        comprobar_caso(demo, base, resultado, valores + argv, estados=estados)

    propiedad()


def test_el_registro_anota_argumentos_que_no_son_utf8(capsys):
    """Un error inesperado con un argumento en Latin-1 (bytes que no son UTF-8) se anota en el registro sin
    que el registro mismo falle y muestre su traza en la pantalla (falla 4 de E-fallos.md)."""
    from escritorio.registro import registrar_inesperado

    argumento = os.fsdecode(b"padr\xf3n.xlsx")
    try:
        raise ValueError(argumento)
    except ValueError:
        ruta = registrar_inesperado(f"escritorio miembros exportar {argumento}")
    errores = capsys.readouterr().err
    assert "Logging error" not in errores and "Traceback" not in errores
    assert "padr\\udcf3n.xlsx" in ruta.read_text(encoding="utf-8")


# --- los casos del issue #12, siempre (además de lo que genere Hypothesis) ------------------------------
# Cada uno TIENE que rechazarse (estado 1 o 2) con un mensaje en castellano, sin cambiar la base.

def _binario(carpeta: Path) -> str:
    (carpeta / "estatuto.txt").write_bytes(bytes(range(256)) * 40)
    return str(carpeta / "estatuto.txt")


PAGO = ["pagos", "registrar", "--miembro", "{miembro}", "--fecha", "2026-06-30", "--moneda", "USD", "--monto", "250"]
ESCALA = ["cuotas", "escala", "definir", "--desde", "2027-01-01", "--moneda", "USD", "--tramos", "0:100,100000:500"]


def _con(base: list, opcion: str, valor: str) -> list:
    argv = list(base)
    argv[argv.index(opcion) + 1] = valor
    return argv


CASOS_DEL_ISSUE = {
    "cuotas emitir 0": ["cuotas", "emitir", "0"],
    "cuotas emitir -5": ["cuotas", "emitir", "--", "-5"],
    "cuotas emitir 99999": ["cuotas", "emitir", "99999"],
    "pagos --monto 1e308": _con(PAGO, "--monto", "1e308"),
    "pagos --monto de 25 cifras": _con(PAGO, "--monto", "9" * 25),
    "pagos --moneda XYZ": _con(PAGO, "--moneda", "XYZ"),
    "pagos --moneda A B": _con(PAGO, "--moneda", "A B"),
    "pagos --fecha 0001-01-01": _con(PAGO, "--fecha", "0001-01-01"),
    "escala --tramos 0:1e400": _con(ESCALA, "--tramos", "0:1e400"),
    "escala --moneda dólares": _con(ESCALA, "--moneda", "dólares"),
    "escala --moneda XYZ": _con(ESCALA, "--moneda", "XYZ"),
    "escala --moneda A B": _con(ESCALA, "--moneda", "A B"),
    "cuotas avisos en carpeta de solo lectura": ["cuotas", "avisos", "/sys/avisos.pdf"],
    "estatutos cargar un binario": ["estatutos", "cargar", "{binario}", "--titulo", "Estatuto binario",
                                    "--desde", "2026-01-01"],
    "asociacion crear con nombre de 100.000 caracteres": ["asociacion", "crear", "--nombre", "x" * 100_000,
                                                          "--sigla", "XCIEN"],
    "miembros baja con BEL y U+202E en el motivo": ["miembros", "baja", "{miembro}", "--motivo", "a\u202eb\x07c"],
}


@pytest.mark.parametrize("nombre", list(CASOS_DEL_ISSUE))
def test_casos_del_issue_se_rechazan(nombre, demo):
    with carpeta_de_caso(demo) as carpeta:
        argv = [a.format(miembro=demo.ids["miembro"][0], binario=_binario(carpeta)) if "{" in a else a
                for a in CASOS_DEL_ISSUE[nombre]]
        resultado = correr_cli(["--db", str(carpeta / "red.db"), *argv], carpeta)
        CASOS["cli"] += 1
        comprobar_caso(demo, carpeta / "red.db", resultado, argv)
        assert resultado.estado in (1, 2), f"se aceptó «{nombre}»\n{resultado}"


# --- lo que se aceptó se puede exportar, y el padrón exportado vuelve a importarse igual -------------

PAISES_DEMO = ["AR", "BO", "BR", "CL", "CO", "PY", "PE", "UY", "VE"]
EXPORTADORES = [
    ["miembros", "exportar", "{c}/padron.xlsx"],
    ["miembros", "padron", "{c}/padron.pdf", "--incluir-bajas"],
    ["miembros", "listar", "--json"],
    ["cuotas", "exportar", "2026", "{c}/cuotas.xlsx"],
    ["cuotas", "morosidad", "{c}/morosidad.xlsx"],
    ["cuotas", "estado-cuenta", "--miembro", "{m}", "{c}/cuenta.pdf"],
    ["pagos", "listar", "--miembro", "{m}"],
    ["bitacora", "exportar", "{c}/bitacora.xlsx", "--desde", "{hoy}", "--entidad", "miembros"],
    ["bitacora", "listar", "--cantidad", "20"],
]


@st.composite
def miembros_raros(draw):
    nombres = draw(st.lists(e.texto_raro_valido(), min_size=1, max_size=3, unique_by=str.casefold))
    return [(n, draw(st.sampled_from(PAISES_DEMO)), draw(st.integers(1, 50_000_000)),
             draw(st.one_of(st.none(), e.texto_raro_valido(maximo=500)))) for n in nombres]


def test_lo_aceptado_se_exporta_y_vuelve_a_importarse_igual(demo):
    """Miembros con nombres raros pero válidos (fórmulas de planilla, RTL, emojis, marcas combinadas, 200
    caracteres) se importan, se les registra un pago y una baja con textos raros, y después TODAS las
    exportaciones andan; el padrón exportado, importado de nuevo, no cambia nada."""
    from datetime import date

    from hypothesis import settings

    @settings(PERFIL, max_examples=max(1, PERFIL.max_examples // 2))
    @given(miembros=miembros_raros(), referencia=e.texto_raro_valido(maximo=500))
    def propiedad(miembros, referencia):
        CASOS["cli"] += 1
        with carpeta_de_caso(demo) as carpeta:
            base = carpeta / "red.db"
            archivo = carpeta / "raros.csv"
            filas = [["Nombre", "País", "Población", "Región"]] + [[n, p, str(h), r or ""] for n, p, h, r in miembros]
            import csv

            with archivo.open("w", encoding="utf-8", newline="") as destino:
                csv.writer(destino, delimiter=";").writerows(filas)
            valores = [v for fila in filas for v in fila] + [referencia]
            resultado = correr_cli(["--db", str(base), "miembros", "importar", str(archivo)], carpeta)
            comprobar_caso(demo, base, resultado, valores, estados=(0, 1))
            if resultado.estado != 0:  # un nombre que choca con uno que ya está (mismo nombre, otro país…)
                return
            import sqlite3

            conexion = sqlite3.connect(base)
            nuevo = conexion.execute("SELECT max(id) FROM miembros").fetchone()[0]
            conexion.close()
            for argv in (["pagos", "registrar", "--miembro", str(nuevo), "--monto", "10", "--moneda", "USD",
                          "--fecha", date.today().isoformat(), "--referencia", referencia],
                         ["miembros", "baja", str(nuevo), "--motivo", referencia]):
                paso = correr_cli(["--db", str(base), *argv], carpeta)
                assert paso.estado in (0, 1) and not problemas_del_mensaje(paso.estado, paso.salida, paso.errores,
                                                                         valores), str(paso)
            for plantilla in EXPORTADORES:
                argv = [a.format(c=carpeta, m=nuevo, hoy=date.today().isoformat()) for a in plantilla]
                exportado = correr_cli(["--db", str(base), *argv], carpeta)
                assert exportado.estado == 0 and not exportado.inesperados, f"«{' '.join(plantilla)}»\n{exportado}"
            vuelta = correr_cli(["--db", str(base), "miembros", "importar", str(carpeta / "padron.xlsx"),
                                 "--simular"], carpeta)
            assert vuelta.estado == 0 and " 0 nuevos, 0 actualizados" in vuelta.salida, \
                f"el padrón exportado no vuelve igual\n{vuelta}"

    propiedad()


# --- datos raros YA guardados (por una versión anterior u otro programa): las exportaciones andan igual --

COLUMNAS_DE_TEXTO = {
    "miembros": ["nombre", "region", "codigo", "correo", "telefono"], "organos": ["nombre", "atribuciones", "articulo", "creado_por", "disuelto_por"],
    "sesiones": ["lugar", "enlace"], "normas": ["titulo"], "pagos": ["referencia", "motivo_anulacion"],
    "estados_miembro": ["motivo"], "autoridades": ["persona", "cargo"], "contactos": ["nombre", "rol", "correo"],
    "asociaciones": ["nombre", "sede", "articulo_suspension"], "puntos_orden": ["titulo", "resumen"],
    "resoluciones": ["titulo", "texto"], "candidaturas": ["persona"], "versiones_articulo": ["titulo", "texto"],
    "mandatos": ["persona", "cargo"], "escalas": ["articulo", "aprobada_por"], "reformas": ["descripcion"],
}
COLUMNAS_DE_FECHA = {"miembros": ["fecha_ingreso"], "pagos": ["fecha"], "mandatos": ["desde"], "sesiones": ["fecha"],
                     "organos": ["creado_el", "disuelto_el"]}
LECTORES = EXPORTADORES + [
    ["sesiones", "acta", "3", "{c}/acta.pdf"], ["sesiones", "convocatoria", "3", "{c}/convocatoria.pdf"],
    ["sesiones", "exportar", "3", "{c}/sesion.xlsx"], ["sesiones", "elecciones", "3"], ["sesiones", "listar"],
    ["organos", "composicion", "2", "--pdf", "{c}/comp.pdf", "--xlsx", "{c}/comp.xlsx"],
    ["organos", "organigrama", "{c}/organigrama.pdf"], ["organos", "listar"], ["estatutos", "texto", "{c}/estatuto.pdf"],
    ["estatutos", "listar"], ["pagos", "recibo", "{p}", "{c}/recibo.pdf"], ["unidades", "matriz", "{c}/matriz.xlsx"],
    ["resoluciones", "listar"], ["asociacion", "listar"], ["cuotas", "escala", "listar"], ["verificar"],
]


@st.composite
def dato_raro_guardado(draw):
    """(tabla, columna, valor) escrito directamente en la base, sin pasar por la regla de lo que se escribe."""
    tipo = draw(st.sampled_from(["texto", "texto", "fecha", "poblacion"]))
    if tipo == "texto":
        tabla = draw(st.sampled_from(sorted(COLUMNAS_DE_TEXTO)))
        return tabla, draw(st.sampled_from(COLUMNAS_DE_TEXTO[tabla])), draw(e.texto_hostil(nul=True))
    if tipo == "fecha":
        tabla = draw(st.sampled_from(sorted(COLUMNAS_DE_FECHA)))
        return tabla, draw(st.sampled_from(COLUMNAS_DE_FECHA[tabla])), draw(st.sampled_from(
            ["0001-01-01", "9999-12-31", "1899-12-31", "1900-02-28"]))
    return "poblaciones", "cifra", draw(st.sampled_from([-5, 0, 10 ** 15, 2 ** 63 - 1]))


def test_lo_ya_guardado_raro_se_exporta(demo):
    """Un texto con controles, NUL, bidi, sustitutos o 100.000 caracteres, una fecha del año 1 o una población
    negativa o enorme ya guardados (por una versión anterior u otro programa): cada exportación y listado
    anda, o dice en castellano qué pasa; nunca una disculpa."""
    import sqlite3

    from hypothesis import assume, settings

    @settings(PERFIL, max_examples=max(2, PERFIL.max_examples))
    @given(dato=dato_raro_guardado(), lector=st.sampled_from(LECTORES))
    def propiedad(dato, lector):
        tabla, columna, valor = dato
        with carpeta_de_caso(demo) as carpeta:
            base = carpeta / "red.db"
            conexion = sqlite3.connect(base)
            try:
                with conexion:
                    filas = [r for (r,) in conexion.execute(f"SELECT rowid FROM {tabla} ORDER BY rowid LIMIT 5")]
                    conexion.executemany(f"UPDATE {tabla} SET {columna} = ? WHERE rowid = ?",
                                         [(valor, r) for r in filas])
            except (sqlite3.IntegrityError, sqlite3.OperationalError, UnicodeEncodeError):
                assume(False)  # un CHECK, un trigger que congela (actas aprobadas) o un índice único
            finally:
                conexion.close()
            CASOS["cli"] += 1
            argv = [a.format(c=carpeta, m=demo.ids["miembro"][0], p=demo.ids["pago"][0],
                             hoy="2000-01-01") for a in lector]
            resultado = correr_cli(["--db", str(base), *argv], carpeta)
            estados = (0, 1) if lector == ["verificar"] else (0, 1, 2)
            problemas = problemas_del_mensaje(resultado.estado, resultado.salida, resultado.errores,
                                              [valor], estados=estados)
            if resultado.inesperados:
                problemas.append("error inesperado anotado en el registro")
            assert not problemas, f"{tabla}.{columna} = {valor!r:.80}\n" + "\n".join(problemas) + f"\n{resultado}"

    propiedad()
