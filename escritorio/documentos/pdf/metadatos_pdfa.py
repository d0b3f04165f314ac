"""Agregar una revisión (una firma) a un PDF/A sin que deje de serlo: Info y XMP dicen lo mismo en ella.

Una firma se agrega como actualización incremental con pyHanko, y pyHanko actualiza por su cuenta los metadatos de
esa revisión: en el diccionario Info suma «; pyHanko x.y» al productor y cambia la fecha de modificación, pero en el
XMP escribe como productor solo «pyHanko x.y», y toma la hora dos veces (Info y XMP pueden diferir en un segundo).
PDF/A pide que las entradas de Info tengan el mismo valor en el XMP (productor, título, autor, asunto, palabras
clave, creador y fechas), así que el PDF firmado dejaba de ser PDF/A.

`escritor_incremental_pdfa(pdf)` da el escritor de pyHanko para esa revisión, con los metadatos ya decididos aquí:
los de la revisión anterior, con el productor «…; pyHanko x.y» y la fecha de modificación de ahora, en Info y en el
XMP (escrito con pikepdf, como `pdfa.archivar`), una sola hora para ambos. Lo demás del PDF/A (identificación,
OutputIntent, idioma) no cambia: la revisión solo agrega. Un PDF sin XMP (que no es PDF/A) queda como lo deja
pyHanko.

Sirve para cualquier revisión que se agregue con pyHanko: una firma, un sello de tiempo de documento o los datos de
validación (DSS). Las que pyHanko escribe con un escritor propio, después de la firma (en B-LT el DSS, en B-LTA
además el sello del documento), se hacen dentro de `revisiones_posteriores_pdfa()`: mientras dura, todo escritor
incremental de pyHanko decide sus metadatos como este.
"""

from __future__ import annotations

import io
import logging
import threading
import warnings
from contextlib import contextmanager
from datetime import datetime

import pikepdf
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata.model import VENDOR

from .pdfa import fecha_pdf

PRODUCTOR_DE_LA_FIRMA = VENDOR  # «pyHanko 0.38.0»: lo que pyHanko agrega al productor


class _EscritorPdfA(IncrementalPdfFileWriter):
    """El escritor incremental de pyHanko, con los metadatos de la nueva revisión ya calculados.

    `_update_meta` es el gancho (interno) en el que pyHanko actualiza Info y XMP al escribir; su autor sugiere
    reemplazarlo en una subclase para decidir uno mismo los metadatos (pyHanko, issue 223). pyHanko está fijado en
    pyproject.toml, y las pruebas (tests/documentos/test_pdfa.py) comparan Info y XMP en cada PDF firmado."""

    metadatos: tuple[dict[str, str], bytes] | None = None

    def _update_meta(self) -> None:
        if self.metadatos is None:
            super()._update_meta()
            return
        _escribir_metadatos(self, self.metadatos)


def _escribir_metadatos(escritor: IncrementalPdfFileWriter, metadatos: tuple[dict[str, str], bytes]) -> None:
    info, xmp = metadatos
    escritor.set_info(generic.DictionaryObject(
        {generic.pdf_name(clave): generic.TextStringObject(valor) for clave, valor in info.items()}))
    flujo = generic.StreamObject({generic.pdf_name("/Type"): generic.pdf_name("/Metadata"),
                                  generic.pdf_name("/Subtype"): generic.pdf_name("/XML")}, stream_data=xmp)
    escritor.root["/Metadata"] = escritor.add_object(flujo)  # sin filtro: el XMP de un PDF/A se lee tal cual
    escritor.update_root()


_UNA_FIRMA_A_LA_VEZ = threading.Lock()


@contextmanager
def revisiones_posteriores_pdfa():
    """Mientras dura, cada escritor incremental que pyHanko crea por su cuenta (el DSS de B-LT, el sello del
    documento de B-LTA, después de la firma) escribe Info y XMP iguales, tomados de la revisión que amplía.

    pyHanko no deja elegir el escritor de esas revisiones, así que se reemplaza por un rato su gancho
    `_update_meta` en la clase (la misma versión fijada; las pruebas de los firmados B-LT y B-LTA lo comprueban).
    El candado impide que dos firmas del mismo proceso se pisen el gancho."""
    original = IncrementalPdfFileWriter._update_meta

    def _update_meta(escritor: IncrementalPdfFileWriter) -> None:
        entrada = escritor.input_stream
        posicion = entrada.tell()
        entrada.seek(0)
        anterior = entrada.read()
        entrada.seek(posicion)
        metadatos = metadatos_de_la_revision(anterior, datetime.now().astimezone())
        if metadatos is None:
            original(escritor)
        else:
            _escribir_metadatos(escritor, metadatos)

    with _UNA_FIRMA_A_LA_VEZ:
        IncrementalPdfFileWriter._update_meta = _update_meta
        try:
            yield
        finally:
            IncrementalPdfFileWriter._update_meta = original


def escritor_incremental_pdfa(pdf: bytes, *, momento: datetime | None = None,
                              strict: bool = False) -> IncrementalPdfFileWriter:
    """El escritor incremental de pyHanko para agregar una revisión a `pdf`, con Info y XMP iguales en ella.

    `momento`: la fecha de modificación (por omisión, ahora). Los errores de lectura del PDF son los de pyHanko
    (quien llama ya los trata como «PDF dañado»)."""
    escritor = _EscritorPdfA(io.BytesIO(pdf), strict=strict)
    escritor.metadatos = metadatos_de_la_revision(pdf, momento or datetime.now().astimezone())
    return escritor


def metadatos_de_la_revision(pdf: bytes, momento: datetime) -> tuple[dict[str, str], bytes] | None:
    """(Info, XMP) de la nueva revisión: los de la última, con el productor de la firma agregado y la fecha de
    modificación `momento`, el XMP puesto al día con el mismo Info. None si `pdf` no tiene XMP (no es PDF/A: pyHanko
    hace lo suyo) o si sus metadatos no se pueden leer (la firma no se impide por eso; queda en el registro)."""
    try:
        with pikepdf.open(io.BytesIO(pdf)) as documento:
            if "/Metadata" not in documento.Root:
                return None
            info = documento.docinfo
            productor = str(info.get("/Producer", "")).strip()
            if PRODUCTOR_DE_LA_FIRMA not in productor:
                productor = f"{productor}; {PRODUCTOR_DE_LA_FIRMA}" if productor else PRODUCTOR_DE_LA_FIRMA
            info.Producer = pikepdf.String(productor)
            info.ModDate = pikepdf.String(fecha_pdf(momento.replace(microsecond=0)))
            with documento.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp, \
                    warnings.catch_warnings():
                # Lo que no tiene equivalente en XMP (el /Trapped que pone reportlab) se deja en Info, sin aviso.
                warnings.simplefilter("ignore")
                xmp.load_from_docinfo(info, delete_missing=False, raise_failure=False)
                xmp["xmp:MetadataDate"] = xmp["xmp:ModifyDate"]
            return ({str(clave): str(valor) for clave, valor in documento.docinfo.items()},
                    documento.Root.Metadata.read_bytes())
    except Exception as error:  # noqa: BLE001 - pikepdf y el XMP fallan de muchas maneras; firmar no depende de esto
        logging.getLogger("escritorio").warning("Metadatos PDF/A de la firma: %r", error)
        return None
