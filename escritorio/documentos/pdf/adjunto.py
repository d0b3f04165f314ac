"""Un PDF que la secretaría adjunta (el convenio firmado y escaneado): se comprueba que sea un PDF entero que se
puede abrir, y se cuentan sus páginas. No se confía en su nombre ni en su extensión: se mira su contenido."""

from __future__ import annotations

import io
import logging

from escritorio.dominio.tamano import tamano_legible
from escritorio.dominio.traduccion import traducir
from escritorio.errores import ErrorEscritorio

# Un convenio escaneado en color, de decenas de páginas, pesa unos pocos megabytes; esto ya no es un documento.
LARGO_MAXIMO = 50 * 1024 * 1024


def paginas_de(contenido: bytes, nombre: str) -> int:
    """Las páginas del PDF `contenido`; ErrorEscritorio (con `nombre` y qué hacer) si no es un PDF que se pueda abrir
    sin contraseña, si está cortado o si pesa demasiado."""
    if len(contenido) > LARGO_MAXIMO:
        raise ErrorEscritorio(traducir("{0} pesa {1}: un convenio escaneado pesa mucho menos (el máximo es {2}). "
                                       "Escanéelo con menos resolución o en escala de grises.").format(
            nombre, tamano_legible(len(contenido)), tamano_legible(LARGO_MAXIMO)))
    if not contenido.startswith(b"%PDF-"):
        que = traducir("está vacío") if not contenido else traducir("no es un PDF (no empieza como un PDF)")
        raise ErrorEscritorio(traducir("{0} {1}. Adjunte el PDF del convenio firmado.").format(nombre, que))
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # sus avisos de archivos raros no son para el usuario
    try:
        lector = PdfReader(io.BytesIO(contenido), strict=False)
        if lector.is_encrypted and not lector.decrypt(""):
            raise ErrorEscritorio(traducir("{0} está protegido con contraseña: guarde una copia sin contraseña y "
                                           "adjunte esa.").format(nombre))
        paginas = len(lector.pages)
    except ErrorEscritorio:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError,
            UnicodeError, AssertionError, ZeroDivisionError, NotImplementedError):
        raise ErrorEscritorio(traducir("{0} está dañado o incompleto: no se puede abrir como PDF. Vuelva a escanearlo "
                                       "o pida el archivo otra vez.").format(nombre)) from None
    if paginas < 1:
        raise ErrorEscritorio(traducir("{0} no tiene páginas. Adjunte el PDF del convenio firmado.").format(nombre))
    return paginas
