"""Leer un PDF para verificarlo: sus bytes, su texto y sus metadatos (Info y XMP), con pypdf.

Solo lee: nunca confía en lo que el archivo dice de sí mismo (eso lo decide `servicios.documentos` contra la
base). Un archivo que no es PDF, está dañado o protegido con contraseña da un `ErrorEscritorio` que lo dice.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from escritorio.dominio.entrada import muestra
from escritorio.dominio.tamano import tamano_legible
from escritorio.errores import ErrorEscritorio
from escritorio.salida import motivo_del_sistema

LARGO_MAXIMO = 200 * 1024 * 1024  # un documento de archivo no pesa esto; más es otra cosa


@dataclass
class PdfLeido:
    ruta: Path
    contenido: bytes
    texto: str          # el de todas las páginas
    metadatos: str      # título, asunto, palabras clave y el XMP, en un solo texto
    paginas: int
    por_pagina: list[str] = field(default_factory=list)   # el texto de cada página
    # El diccionario Info tal cual (sin la barra: «Title», «Author», «Creator», «Producer», «CreationDate»).
    info: dict[str, str] = field(default_factory=dict)


def leer_pdf(ruta: str | os.PathLike, *, con_texto: bool = True) -> PdfLeido:
    """Sin `con_texto`, solo los bytes y los metadatos (rápido aun para un padrón de cientos de páginas): el texto
    queda vacío."""
    ruta = Path(ruta)
    try:
        if ruta.is_dir():
            raise ErrorEscritorio(f"{ruta} es una carpeta: elija un archivo PDF.")
        tamano = ruta.stat().st_size
        if tamano > LARGO_MAXIMO:
            raise ErrorEscritorio(f"{ruta.name} pesa {tamano_legible(tamano)}: no es un documento emitido por "
                                  "Escritorio (un acta o un recibo pesan mucho menos).")
        contenido = ruta.read_bytes()
    except FileNotFoundError:
        raise ErrorEscritorio(f"No existe el archivo {ruta}. Revise la ruta.") from None
    except PermissionError:
        raise ErrorEscritorio(f"No hay permiso para leer {ruta}. Cópielo a una carpeta suya y vuelva a intentar.") from None
    except OSError as error:
        raise ErrorEscritorio(f"No se puede leer «{muestra(str(ruta), 120)}»: {motivo_del_sistema(error)}. Revise la "
                              "ruta o copie el archivo a una carpeta suya y vuelva a intentar.") from None
    if b"%PDF-" not in contenido[:1024]:
        que = "está vacío" if not contenido else "no es un PDF (no empieza como un PDF)"
        raise ErrorEscritorio(f"{ruta.name} {que}. Elija el PDF del acta, la resolución, el recibo o el estado de "
                              "cuenta que quiere verificar.")
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # sus avisos de archivos raros no son para el usuario
    try:
        lector = PdfReader(io.BytesIO(contenido))
        if lector.is_encrypted:
            raise ErrorEscritorio(f"{ruta.name} está protegido con contraseña: Escritorio nunca emite PDF "
                                  "cifrados, así que no es un documento suyo tal como se emitió.")
        textos = [pagina.extract_text() or "" for pagina in lector.pages] if con_texto else []
        paginas = len(lector.pages)
        partes = []
        info = lector.metadata or {}
        for clave in ("/Title", "/Subject", "/Keywords"):
            valor = info.get(clave)
            if valor:
                partes.append(str(valor))
        xmp = lector.trailer["/Root"].get("/Metadata")
        if xmp is not None:
            partes.append(xmp.get_object().get_data().decode("utf-8", "replace"))
        informacion = {str(clave).lstrip("/"): str(valor) for clave, valor in info.items() if valor is not None}
    except ErrorEscritorio:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError,
            UnicodeError, AssertionError, ZeroDivisionError):
        raise ErrorEscritorio(f"{ruta.name} está dañado o incompleto: no se puede leer como PDF. Pida el archivo "
                              "otra vez o verifique el papel con «documento verificar --codigo».") from None
    return PdfLeido(ruta, contenido, "\n".join(textos), "\n".join(partes), paginas, textos, informacion)
