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
from ..datos import consentimientos as tabla_consentimientos
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
from .solicitudes_de_datos import (autoridad_de_control, descripcion_de_la_ley, listar_solicitudes, politica,
                                   tratamientos)

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
    # Los suscriptores del boletín: los consentimientos vigentes (no son apariciones de una persona).
    por_tabla["consentimientos"] = len(tabla_consentimientos.de_la_asociacion(db, contexto.asociacion_id,
                                                                               solo_vigentes=True))
    registradas = len(tabla.personas(db, contexto.asociacion_id))
    responsable = _responsable(contexto, asociacion, pol, registradas)
    filas = []
    for t in tratamientos(contexto):
        clase = reglas.CLASE[t["clase"]]
        cuantas = sum(por_tabla.get(x, 0) for x in clase.tablas)
        filas.append(FilaDeTabla((t["nombre"], t["datos"], t["titulares"], t["finalidad"], t["base_legal"],
                                  t["conservacion"], traducir(reglas.DESTINATARIOS_DE_LA_CLASE[t["clase"]]), traducir(clase.publicado),
                                  cuantas or None), clave=t["clase"]))   # un número (en Excel, también)
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
    medidas = Seccion("medidas", traducir("Cómo se protegen")).agregar(Tabla(
        "medidas", traducir("Medidas de seguridad"), (Columna(traducir("Medida"), 1),),
        tuple(FilaDeTabla((traducir(m),), clave=str(i)) for i, m in enumerate(_MEDIDAS)), "",
        hoja=traducir("Medidas")))
    transferencias = _transferencias(contexto, pol.pais)
    solicitudes = listar_solicitudes(contexto)
    cuenta = Counter((s["derecho"], s["estado"]) for s in solicitudes)
    filas_solicitudes = tuple(FilaDeTabla((traducir(reglas.DERECHOS[d]), cuenta[(d, "abierta")],
                                           cuenta[(d, "respondida")], cuenta[(d, "denegada")]), clave=d)
                              for d in reglas.DERECHOS if any(cuenta[(d, e)] for e in reglas.ESTADOS_DE_SOLICITUD))
    derechos = Seccion("solicitudes", traducir("Las solicitudes de las personas")).agregar(Tabla(
        "solicitudes", traducir("Solicitudes"), (Columna(traducir("Derecho"), 2), Columna(traducir("Abiertas"), 1),
                                                 Columna(traducir("Respondidas"), 1), Columna(traducir("Denegadas"), 1)),
        filas_solicitudes, traducir("No se recibió ninguna solicitud.")))
    al = hoy()
    return Memoria(asociacion=asociacion["nombre"], sigla=asociacion["sigla"] or "", papel=asociacion["papel"],
                   anio=al.year, al=al, titulo=traducir("Registro de las actividades de tratamiento"),
                   subtitulo=traducir("Al {0}").format(formato.fecha_larga(al)),
                   secciones=[responsable, actividades, medidas, transferencias, derechos])


def _responsable(contexto: Contexto, asociacion: dict, pol, registradas: int) -> Seccion:
    """Quién es el responsable, la ley, a quién se dirigen las solicitudes y la autoridad de control: una tabla (así
    está también en el Excel, que no lleva párrafos)."""
    datos = (
        (traducir("Responsable del tratamiento"), f"{asociacion['nombre']} ({asociacion['sigla']})"),
        (traducir("Sede"), asociacion.get("sede") or traducir("(sede sin cargar)")),
        (traducir("Ley que aplica"), descripcion_de_la_ley(contexto)),
        (traducir("Solicitudes de las personas"),
         pol.contacto or traducir("(la asociación no fijó un contacto: fíjelo en la política de datos)")),
        (traducir("Encargado de datos (LGPD, art. 41)"),
         pol.encargado or traducir("(no designado: fíjelo en la política de datos)")),
        (traducir("Autoridad de control"),
         autoridad_de_control(contexto) or traducir("Escritorio no la conoce para esta ley: indíquela a mano")),
        (traducir("Personas registradas por la secretaría"), registradas))
    return Seccion("responsable", traducir("El responsable")).agregar(Tabla(
        "responsable", traducir("Responsable"), (Columna(traducir("Dato"), 1), Columna(traducir("Valor"), 2.4)),
        tuple(FilaDeTabla((rotulo, valor), clave=str(i)) for i, (rotulo, valor) in enumerate(datos)), "",
        hoja=traducir("Responsable")))


def _transferencias(contexto: Contexto, pais_de_la_ley: str | None) -> Seccion:
    """Las transferencias internacionales: una red de varios países comunica los datos de sus contactos, autoridades
    y delegados a los miembros de los otros países (las actas, las convocatorias, el correo)."""
    from ..datos.miembros import paises_del_padron
    from ..dominio.paises import nombre_pais

    otros = sorted(p for p in paises_del_padron(contexto.db, contexto.asociacion_id) if p and p != pais_de_la_ley)
    seccion = Seccion("transferencias", traducir("Transferencias internacionales"))
    if not otros:
        return seccion.agregar(Parrafo(traducir("Ninguna: todos los miembros son del país de la ley que aplica la "
                                                "asociación.")))
    fundamento = traducir("el estatuto, que crea la red entre municipios de esos países: la transferencia es necesaria "
                          "para la actividad que las personas ejercen en ella, y solo llega a los miembros")
    return seccion.agregar(
        Parrafo(traducir("La asociación reúne miembros de varios países: las actas, las convocatorias y el correo "
                         "llevan los datos de autoridades, delegados y contactos a los miembros de estos países.")),
        Tabla("transferencias", traducir("Transferencias internacionales"),
              (Columna(traducir("País"), 1), Columna(traducir("Código"), 0.5), Columna(traducir("Fundamento"), 3)),
              tuple(FilaDeTabla((nombre_pais(p), p, fundamento), clave=p) for p in otros), "",
              hoja=traducir("Transferencias")))


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
