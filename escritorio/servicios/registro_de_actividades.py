"""El registro de las actividades de tratamiento (LGPD, art. 37; el mismo que piden el RGPD, art. 30, y las leyes de la
región) armado con lo que la base sabe: quién es el responsable y a quién se dirigen las solicitudes, qué clases de
datos personales trata la asociación, de quiénes, para qué, con qué fundamento, cuánto los conserva, qué publica y a
quién los comunica, cuántas filas de cada clase hay hoy, cómo se protegen y qué solicitudes se recibieron (issue 65).

Se escribe en PDF (con portada e índice, como la memoria: documentos/pdf/memoria.py) o en Excel (una hoja por
tabla), con las mismas piezas (dominio/memoria.py). No se registra como documento emitido: es un documento interno de
la asociación, que cambia cada vez que cambia la base.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..datos import asociaciones as tabla_asociaciones
from ..datos import personas as tabla
from ..dominio import datos_personales as reglas
from ..dominio import formato
from ..dominio.memoria import Columna, FilaDeTabla, Memoria, Parrafo, Seccion, Tabla
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..salida import comprobar_salida
from .archivos import escribir_archivo
from .base import hoy
from .contexto import Contexto
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos
from .solicitudes_de_datos import descripcion_de_la_ley, listar_solicitudes, politica, tratamientos

# A quién llegan, además de la secretaría, los datos de cada clase (en castellano: se traduce donde se escribe).
_DESTINATARIOS = {
    "contactos": "el servidor de correo de la asociación, que entrega los mensajes",
    "autoridades": "los miembros (en las cartas y actas) y el público (sitio de transparencia)",
    "integrantes": "los miembros (actas, memoria) y el público (sitio de transparencia)",
    "delegados": "los miembros (las actas) y el público (las actas aprobadas en el sitio de transparencia)",
    "firmantes": "las partes de cada convenio y el público (las declaraciones en el sitio de transparencia)",
    "destinatarios": "el servidor de correo de la asociación",
    "solicitantes": "nadie fuera de la secretaría (salvo una autoridad de control que lo pida)",
}
_MEDIDAS = (
    "Cada cambio queda en una bitácora sellada con una cadena de huellas SHA-256 que nadie puede cambiar sin que "
    "se note; los nombres, correos y teléfonos de las personas van aparte, con un compromiso sellado, y se pueden "
    "suprimir sin romper la cadena.",
    "La base se verifica («Verificar la base»): lo que se cambia por fuera del programa se detecta y se nombra.",
    "Respaldos automáticos sellados con su huella, rotados: ninguno automático vive más de trece meses.",
    "En una oficina con servidor, cada persona entra con su usuario y su papel (secretaría, tesorería, consulta), "
    "que el servidor hace cumplir.",
    "El sitio de transparencia no publica el correo ni el teléfono de ninguna persona; los institucionales de cada "
    "miembro, solo si la asociación lo elige, y entonces con un aviso de privacidad.",
)


def armar_registro(contexto: Contexto) -> Memoria:
    db = contexto.db
    asociacion = tabla_asociaciones.por_id(db, contexto.asociacion_id)
    pol = politica(contexto)
    por_tabla = Counter(a["tabla"] for a in tabla.apariciones(db, contexto.asociacion_id))
    registradas = len(tabla.personas(db, contexto.asociacion_id))
    responsable = Seccion("responsable", traducir("El responsable")).agregar(
        Parrafo(traducir("Responsable del tratamiento: {0} ({1}), con sede en {2}.").format(
            asociacion["nombre"], asociacion["sigla"], asociacion.get("sede") or traducir("(sede sin cargar)"))),
        Parrafo(traducir("Ley que aplica: {0}.").format(descripcion_de_la_ley(contexto))),
        Parrafo(traducir("Solicitudes de las personas: {0}.").format(
            pol.contacto or traducir("(la asociación no fijó un contacto: fíjelo en la política de datos)"))),
        Parrafo(traducir("Personas registradas por la secretaría: {0}.").format(formato.numero(registradas))))
    filas = []
    for t in tratamientos(contexto):
        clase = reglas.CLASE[t["clase"]]
        cuantas = sum(por_tabla.get(x, 0) for x in clase.tablas)
        filas.append(FilaDeTabla((t["nombre"], t["datos"], t["titulares"], t["finalidad"], t["base_legal"],
                                  t["conservacion"], traducir(_DESTINATARIOS[t["clase"]]), traducir(clase.publicado),
                                  formato.numero(cuantas) if cuantas else "—"), clave=t["clase"]))
    actividades = Seccion("actividades", traducir("Las actividades de tratamiento")).agregar(
        Parrafo(traducir("Cada clase de datos personales que la asociación trata. La base legal, la finalidad y la "
                         "conservación son las que fijó la asociación o, si no las cambió, las de Escritorio (en la "
                         "guía).")),
        Tabla("actividades", traducir("Actividades de tratamiento"),
              (Columna(traducir("Clase"), 1.1), Columna(traducir("Datos"), 1.2), Columna(traducir("De quiénes"), 1.3),
               Columna(traducir("Finalidad"), 1.5), Columna(traducir("Base legal"), 1.5),
               Columna(traducir("Conservación"), 1.3), Columna(traducir("A quién llegan"), 1.2),
               Columna(traducir("Qué se publica"), 1.2), Columna(traducir("Filas hoy"), 0.5)),
              tuple(filas), traducir("Sin datos personales."), hoja=traducir("Actividades")))
    medidas = Seccion("medidas", traducir("Cómo se protegen")).agregar(*(Parrafo(traducir(m)) for m in _MEDIDAS))
    solicitudes = listar_solicitudes(contexto)
    cuenta = Counter((s["derecho"], s["estado"]) for s in solicitudes)
    filas_solicitudes = tuple(FilaDeTabla((traducir(reglas.DERECHOS[d]), formato.numero(cuenta[(d, "abierta")]),
                                           formato.numero(cuenta[(d, "respondida")]),
                                           formato.numero(cuenta[(d, "denegada")])), clave=d)
                              for d in reglas.DERECHOS if any(cuenta[(d, e)] for e in reglas.ESTADOS_DE_SOLICITUD))
    derechos = Seccion("solicitudes", traducir("Las solicitudes de las personas")).agregar(Tabla(
        "solicitudes", traducir("Solicitudes"), (Columna(traducir("Derecho"), 2), Columna(traducir("Abiertas"), 1),
                                                 Columna(traducir("Respondidas"), 1), Columna(traducir("Denegadas"), 1)),
        filas_solicitudes, traducir("No se recibió ninguna solicitud.")))
    al = hoy()
    return Memoria(asociacion=asociacion["nombre"], sigla=asociacion["sigla"] or "", papel=asociacion["papel"],
                   anio=al.year, al=al, titulo=traducir("Registro de las actividades de tratamiento"),
                   subtitulo=traducir("Al {0}").format(formato.fecha_larga(al)),
                   secciones=[responsable, actividades, medidas, derechos])


@en_el_idioma_de_los_documentos
def escribir_registro(contexto: Contexto, ruta: Path | str, *, reemplazar: bool = False) -> Path:
    """El registro en `ruta`: PDF o Excel según su extensión."""
    from ..documentos.excel.memoria import escribir_memoria_xlsx
    from ..documentos.pdf.memoria import escribir_memoria_pdf

    extension = Path(ruta).suffix.lower()
    if extension not in (".pdf", ".xlsx"):
        raise ErrorEscritorio(traducir("{0}: el registro de las actividades de tratamiento se escribe en PDF (.pdf) o en "
                                       "Excel (.xlsx).").format(Path(ruta).name))
    destino = comprobar_salida(ruta, extension, traducir("el registro de las actividades de tratamiento"),
                               reemplazar=reemplazar)
    registro = armar_registro(contexto)
    if extension == ".pdf":
        escribir_archivo(escribir_memoria_pdf, destino, registro, generado=hoy())
    else:
        escribir_archivo(escribir_memoria_xlsx, destino, registro)
    return destino
