"""PDF/A-2B: el PDF que escribió reportlab, convertido en un documento de archivo (ISO 19005-2, nivel B).

reportlab no sabe hacer PDF/A; lo que falta se agrega con pikepdf (qpdf) sobre el archivo ya escrito:

- metadatos XMP con la identificación PDF/A (pdfaid:part = 2, pdfaid:conformance = B) y los mismos título,
  autor (la asociación), asunto, palabras clave, fechas, creador y productor que el diccionario Info;
- el idioma del documento (/Lang y dc:language);
- un OutputIntent GTS_PDFA1 con un perfil ICC sRGB (los colores de los PDF son RGB o gris). El perfil lo
  genera en el momento LittleCMS a través de Pillow (`ImageCms.createProfile("sRGB")`, IEC 61966-2.1, ICC
  versión 4, que PDF/A-2 admite): no hay un archivo de perfil con licencia aparte que mantener;
- un /ID en el trailer, sin cifrado, versión 1.7 en la cabecera, y nada de JavaScript ni acciones que
  PDF/A prohíbe (se quitan si algo las hubiera puesto).

Las fuentes ya vienen incrustadas (subconjuntos de las Liberation, `fuentes.py`): eso lo hace reportlab.

Uso, dentro de la escritura atómica, antes de que el temporal pase a su destino:

    with escritura_atomica(ruta) as temporal:
        c = Canvas(temporal, ...)            # con setTitle, setAuthor, setSubject, setKeywords
        ...
        c.save()
        archivar(temporal)                   # o archivar(temporal, titulo=..., palabras_clave=...)

Lo que no se pasa se toma del diccionario Info que escribió reportlab. El archivo se reescribe entero en un
temporal hermano y recién entonces lo reemplaza: si pikepdf falla, `ruta` queda como estaba y el error
llega como ErrorEscritorio con un mensaje en castellano (escritura_atomica borra entonces su temporal y el
destino no se toca).

Ningún validador de PDF/A corre aquí (veraPDF es Java y no se instala con el programa); las pruebas
(tests/documentos/test_pdfa.py, con las reglas de tests/documentos/reglas_pdfa/) comprueban cada regla del perfil
PDF/A-2B que se puede leer sin él, y qpdf --check. Al firmar, `metadatos_pdfa.py` mantiene Info y XMP iguales.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from pathlib import Path

from escritorio import NOMBRE_APLICACION, __version__
from escritorio.dominio.traduccion import idioma_en_curso
from escritorio.errores import ErrorEscritorio

VERSION_PDF = "1.7"
PARTE = "2"
CONFORMIDAD = "B"
IDENTIFICADOR_SALIDA = "sRGB IEC61966-2.1"

# Acciones que PDF/A-2 no admite (ISO 19005-2, 6.6.1) y entradas que nunca deben quedar.
_ACCIONES_PROHIBIDAS = {"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/Hide", "/SetOCGState",
                        "/Rendition", "/Trans", "/GoTo3DView", "/JavaScript"}
_NOMBRADAS_PERMITIDAS = {"/NextPage", "/PrevPage", "/FirstPage", "/LastPage"}
_BANDERA_IMPRIMIR = 4
_BANDERAS_OCULTAS = 1 | 2 | 32 | 256  # Invisible, Hidden, NoView, ToggleNoView
# Código del catálogo en curso (dominio.traduccion) -> etiqueta BCP 47 del texto del documento.
_ETIQUETAS_DE_IDIOMA = {"es": "es", "pt_BR": "pt-BR", "en": "en"}


@cache
def perfil_srgb() -> bytes:
    """El perfil ICC sRGB (IEC 61966-2.1) que genera LittleCMS; versión 4, clase «mntr», espacio RGB."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def archivar(ruta: str | os.PathLike, *, titulo: str | None = None, autor: str | None = None,
             asunto: str | None = None, palabras_clave: str | Iterable[str] | None = None,
             idioma: str | None = None, creado: datetime | None = None, estructura=None) -> None:
    """Convierte en PDF/A-2B, en su lugar, el PDF de `ruta` (el temporal de `escritura_atomica`).

    titulo, autor (la asociación), asunto y palabras_clave reemplazan a los del diccionario Info; los que
    quedan en None se conservan tal como los escribió reportlab. `palabras_clave` puede ser una lista (se
    une con «; »). `idioma`: código BCP 47 del texto («es», «pt-BR»; por omisión, el del idioma en que se
    escribe el documento, `dominio.traduccion.idioma_en_curso`). `creado`: fecha de creación (por omisión la
    que escribió reportlab o, si no hay, ahora). `estructura`: el árbol de un documento etiquetado
    (`etiquetas.Estructura`), que se escribe en el PDF (`arbol_en_el_pdf.escribir_estructura`).

    Un OSError (disco lleno, sin permiso) pasa tal cual, como los de reportlab; cualquier otro problema
    de pikepdf se informa como ErrorEscritorio en castellano.
    """
    import pikepdf

    if idioma is None:
        idioma = idioma_del_documento()
    ruta = Path(ruta)
    hermano = ruta.with_name(f"{ruta.name}.{secrets.token_hex(4)}.pdfa")
    try:
        with pikepdf.open(ruta) as pdf:
            _convertir(pdf, titulo=titulo, autor=autor, asunto=asunto, palabras_clave=palabras_clave,
                       idioma=idioma, creado=creado)
            from . import estructura_en_bloque

            en_bloque = estructura_en_bloque.en_bloque(estructura)
            if en_bloque:   # las tablas de tabla.py: el árbol, al final y sin pikepdf
                estructura_en_bloque.preparar(pdf)
            elif estructura is not None:
                from .arbol_en_el_pdf import escribir_estructura

                escribir_estructura(pdf, estructura)
            pdf.save(hermano, encryption=False, force_version=VERSION_PDF, fix_metadata_version=True,
                     linearize=False)
        if en_bloque:
            estructura_en_bloque.agregar(hermano, estructura)
        os.replace(hermano, ruta)
    except OSError:
        hermano.unlink(missing_ok=True)
        raise
    except ErrorEscritorio:
        hermano.unlink(missing_ok=True)
        raise
    except Exception as error:  # pikepdf.PdfError, errores de XMP (ValueError, lxml)…
        hermano.unlink(missing_ok=True)
        nombre = f"«{titulo}»" if titulo else "el documento"
        # El texto de pikepdf/qpdf (en inglés) va al registro del programa, no al mensaje.
        logging.getLogger("escritorio").warning("PDF/A de %s: %r", nombre, error)
        raise ErrorEscritorio(
            f"No se pudo preparar {nombre} como documento de archivo (PDF/A-2B). "
            "No se guardó el PDF; vuelva a intentarlo y, si se repite, avise a quien le da soporte.") from error


def idioma_del_documento() -> str:
    """La etiqueta BCP 47 del idioma en que se está escribiendo el documento: «es», «pt-BR» o «en»."""
    codigo = idioma_en_curso()
    return _ETIQUETAS_DE_IDIOMA.get(codigo, codigo.replace("_", "-"))


def _texto(valor) -> str | None:
    if valor is None:
        return None
    texto = str(valor).strip()
    return texto or None


def fecha_pdf(momento: datetime) -> str:
    """D:AAAAMMDDHHmmSS+hh'mm' (con la zona horaria: PDF/A pide que Info y XMP digan la misma hora)."""
    if momento.tzinfo is None:
        momento = momento.astimezone()
    desfase = momento.utcoffset()
    minutos = int(desfase.total_seconds() // 60) if desfase else 0
    signo = "+" if minutos >= 0 else "-"
    minutos = abs(minutos)
    return f"D:{momento:%Y%m%d%H%M%S}{signo}{minutos // 60:02d}'{minutos % 60:02d}'"


def _convertir(pdf, *, titulo, autor, asunto, palabras_clave, idioma, creado) -> None:
    import pikepdf

    anterior = pdf.docinfo
    if palabras_clave is not None and not isinstance(palabras_clave, str):
        palabras_clave = "; ".join(p for p in (str(x).strip() for x in palabras_clave) if p)
    valores = {
        "/Title": _texto(titulo) if titulo is not None else _texto(anterior.get("/Title")),
        "/Author": _texto(autor) if autor is not None else _texto(anterior.get("/Author")),
        "/Subject": _texto(asunto) if asunto is not None else _texto(anterior.get("/Subject")),
        "/Keywords": (_texto(palabras_clave) if palabras_clave is not None
                      else _texto(anterior.get("/Keywords"))),
        "/Creator": NOMBRE_APLICACION,
        "/Producer": f"{NOMBRE_APLICACION} {__version__} (reportlab y pikepdf)",
    }
    if creado is not None:
        fecha = fecha_pdf(creado)
    else:
        fecha = _texto(anterior.get("/CreationDate")) or fecha_pdf(datetime.now().astimezone())
    valores["/CreationDate"] = valores["/ModDate"] = fecha
    # Un Info nuevo, solo con lo que tiene equivalente en XMP (reportlab pone además /Trapped).
    info = pikepdf.Dictionary({clave: pikepdf.String(valor) for clave, valor in valores.items() if valor})
    pdf.trailer.Info = pdf.make_indirect(info)

    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as xmp:
        xmp.load_from_docinfo(pdf.docinfo, delete_missing=True, raise_failure=True)
        xmp["pdfaid:part"] = PARTE
        xmp["pdfaid:conformance"] = CONFORMIDAD
        xmp["dc:language"] = {idioma}
        xmp["xmp:MetadataDate"] = xmp["xmp:ModifyDate"]

    raiz = pdf.Root
    raiz.Lang = pikepdf.String(idioma)
    perfil = pdf.make_stream(perfil_srgb())
    perfil.N = 3
    raiz.OutputIntents = pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1, OutputConditionIdentifier=IDENTIFICADOR_SALIDA,
        Info=pikepdf.String(IDENTIFICADOR_SALIDA), RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=perfil))])
    _sin_lo_prohibido(pdf)


def _sin_lo_prohibido(pdf) -> None:
    """Quita JavaScript, acciones automáticas y acciones prohibidas; toda anotación queda imprimible."""
    import pikepdf

    raiz = pdf.Root
    for clave in ("/AA", "/OpenAction"):
        if clave in raiz and (clave == "/AA" or _accion_prohibida(raiz[clave])):
            del raiz[clave]
    if "/Names" in raiz:
        for clave in ("/JavaScript", "/EmbeddedFiles"):
            if clave in raiz.Names:
                del raiz.Names[clave]
    for pagina in pdf.pages:
        if "/AA" in pagina.obj:
            del pagina.obj["/AA"]
        for anotacion in pagina.obj.get("/Annots", pikepdf.Array()):
            if "/AA" in anotacion:
                del anotacion["/AA"]
            if "/A" in anotacion and _accion_prohibida(anotacion.A):
                del anotacion["/A"]
            if anotacion.get("/Subtype") != pikepdf.Name.Popup:
                banderas = int(anotacion.get("/F", 0))
                anotacion.F = (banderas | _BANDERA_IMPRIMIR) & ~_BANDERAS_OCULTAS


def _accion_prohibida(accion) -> bool:
    import pikepdf

    if not isinstance(accion, pikepdf.Dictionary):
        return False  # un destino (/OpenAction [página /Fit]) es válido
    tipo = str(accion.get("/S", ""))
    if tipo in _ACCIONES_PROHIBIDAS:
        return True
    return tipo == "/Named" and str(accion.get("/N", "")) not in _NOMBRADAS_PERMITIDAS
