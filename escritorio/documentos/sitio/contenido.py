"""Lo que el sitio muestra, ya leído y ya filtrado por lo que la asociación eligió publicar
(servicios/publicacion.py lo arma; documentos/sitio/secciones.py lo escribe). Las filas son diccionarios con las
claves que dice cada campo."""

from __future__ import annotations

from dataclasses import dataclass, field

from escritorio.dominio.mapa import MapaDeLaRed

from .fechas_oparl import FechasOparl


@dataclass
class SesionPublica:
    id: int
    titulo: str
    organo: str
    organo_id: int | None
    fecha: str
    hora: str | None
    lugar: str | None
    estado: str                          # el estado de la sesión, ya en palabras
    estado_acta: str | None              # «aprobada», «firmada», «borrador» o None
    puntos: list[dict]                   # numeracion, titulo: el orden del día
    acta: object | None = None           # el ContenidoActa, si se publica (aprobada, o pedido «sin_aprobar»: también
    #                                      el de una sesión celebrada sin borrador, armado con su registro)
    aprobada_el: str | None = None
    aprobada_por: str | None = None
    huella_acta: str | None = None       # la huella del texto aprobado
    pdf: str | None = None               # la ruta del PDF/A del acta en el sitio
    pdf_sha256: str | None = None
    codigo_acta: str | None = None       # el código de verificación del PDF publicado
    idioma_del_acta: str | None = None   # en qué idioma está escrito el texto del acta (el de la aprobada, congelado)
    # Las mociones, enmiendas, votaciones y oradores (servicios.sala_en_documentos.SalaDeLaSesion): solo si se
    # publica el acta (la misma regla que la asistencia y las votaciones).
    sala: object | None = None
    # Las urnas cerradas del voto electrónico con sus comprobantes contados
    # (servicios.voto_electronico.urnas.ComprobantesDeUnaUrna): con la misma regla que la sala.
    comprobantes: list = field(default_factory=list)


@dataclass
class DocumentoVerificable:
    codigo: str
    tipo: str                            # «Acta», «Resolución»… en palabras
    veredicto: str                       # lo que dice hoy la verificación («Auténtico y vigente»…)
    vigente: bool                        # si el documento sigue diciendo lo que dice la base hoy
    motivos: list[str]
    datos: list[list[str]]               # lo que el documento afirma: [rótulo, valor]
    emitido_en: str | None
    copias: list[dict]                   # copia (0: el original), sha256, generado_en
    reservado: bool = False              # de una clase que no se publica: solo el veredicto y las huellas
    # Las copias firmadas digitalmente (servicios.copias_firmadas.CopiaFirmada): sha256, firmas (firmante, cargo,
    # firmado_en), registrada_en.
    firmadas: list = field(default_factory=list)


@dataclass
class ContenidoDelSitio:
    asociacion: dict                     # nombre, sigla, tipo, sede, fecha_fundacion
    idioma: str
    datos_al: str                        # la fecha de los datos (hoy)
    direccion_publica: str | None = None  # la base del sitio publicado: con ella, también los datos abiertos OParl
    normas: list[dict] = field(default_factory=list)       # titulo, tipo, articulos [VersionArticulo], reformas [dict]
    miembros: list[dict] = field(default_factory=list)     # las filas del padrón (sin contactos si no se eligieron)
    con_contactos: bool = False
    # Con los contactos publicados: el aviso de privacidad (privacidad.html): {ley, contacto, tratamientos: [{nombre,
    # publicado, finalidad, base_legal}]} (servicios/publicacion.py, de la política de datos de la asociación).
    aviso_de_privacidad: dict | None = None
    organos: list[dict] = field(default_factory=list)      # id, nombre, tipo_nombre, padre, atribuciones, articulo,
    #                                                        creado_el, creado_por, disuelto_el, disuelto_por,
    #                                                        asientos [Asiento], mandatos [dict]
    sesiones: list[SesionPublica] = field(default_factory=list)
    resoluciones: list[dict] = field(default_factory=list)  # numeracion, titulo, tipo, organo, sesion_id, texto,
    #                                                         firmantes [str], publicada (su sesión se publica entera)
    unidades: list[dict] = field(default_factory=list)     # id, nombre, atribuciones, actividades [dict]
    # Los indicadores (issue 80, §4): nombre, unidad, sentido (el texto), fuente, descripcion, anios [int] y filas
    # [{miembro, pais, valores [texto por año], como}] (servicios/publicacion.py, de servicios.indicadores).
    indicadores: list[dict] = field(default_factory=list)
    documentos: list[DocumentoVerificable] = field(default_factory=list)
    archivos: dict[str, bytes] = field(default_factory=dict)  # los PDF/A de las actas: {ruta en el sitio: bytes}
    mapa: MapaDeLaRed | None = None                         # los miembros vigentes en el mapa (servicios.mapa)
    # En qué idiomas sale el sitio (el primero, en la raíz de la carpeta; cada otro, en su subcarpeta «pt/»…) y en
    # cuál de ellos va este contenido: ver `prefijo_del_idioma`.
    idiomas: list[str] = field(default_factory=list)
    fechas: FechasOparl | None = None                       # created/modified de OParl (solo con dirección pública)
    # En qué idioma escribe la asociación lo que guarda (el de sus documentos): lo guardado que se muestra tal cual
    # lleva su `lang` en las páginas de otro idioma (sitio/idioma_del_texto.py).
    idioma_de_lo_escrito: str | None = None


def prefijo_del_idioma(idioma: str, idiomas: list[str]) -> str:
    """Dónde va cada idioma de un sitio: el primero en la raíz (ahí apunta el QR de los documentos impresos, y un
    sitio publicado en un idioma sigue en su lugar al agregarle otro); los demás, en una carpeta con su código."""
    return "" if not idiomas or idioma == idiomas[0] else f"{idioma}/"
