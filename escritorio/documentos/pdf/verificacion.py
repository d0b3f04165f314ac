"""El código de verificación impreso: un QR que lo contiene y, a su lado, el código en letras para quien lo
copia a mano. Discreto (gris, letra chica), al pie o junto a las firmas. Y el mismo código para las palabras
clave del PDF (Info y XMP), donde `documento verificar` también lo busca.

Recibe un `dominio.verificacion.Sello` (código y número de copia); sin sello no dibuja nada.
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from escritorio.dominio.traduccion import traducir
from escritorio.dominio.verificacion import ROTULO, Sello

from . import fuentes

LADO_QR = 17 * mm
_GRIS = (0.35, 0.35, 0.35)
_TAMANO = 7
_INSTRUCCION = "Verifíquelo contra el registro: «escritorio documento verificar» o «Verificar un documento…»."


def palabras_clave(sello: Sello | None) -> str | None:
    """«Código de verificación: 7K2M-QX4P-9D0B» para las palabras clave del PDF. Siempre en castellano, en
    cualquier idioma del documento: así lo busca `documento verificar` (`dominio.verificacion.codigos_en`)."""
    return sello.rotulo if sello else None


def rotulo_impreso(sello: Sello) -> str:
    """«Código de verificación: 7K2M-QX4P-9D0B» como se imprime al pie, en el idioma del documento."""
    return f"{traducir(ROTULO)}: {sello.codigo}"


def unir_palabras_clave(*partes: str | None) -> str:
    return "; ".join(p for p in partes if p)


def dibujar_qr(c: Canvas, x: float, y: float, codigo: str, lado: float = LADO_QR) -> None:
    """El QR con el código, con su esquina inferior izquierda en (x, y)."""
    widget = QrCodeWidget(codigo, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    dibujo = Drawing(lado, lado, transform=[lado / (x1 - x0), 0, 0, lado / (y1 - y0), 0, 0])
    dibujo.add(widget)
    renderPDF.draw(dibujo, c, x, y)


def dibujar_sello(c: Canvas, x: float, y: float, sello: Sello | None, *, lado: float = LADO_QR,
                  ancho_texto: float = 75 * mm) -> float:
    """El QR en (x, y) (esquina inferior izquierda) y a su derecha, de arriba abajo: «Código de verificación:
    XXXX-XXXX-XXXX», la instrucción para verificarlo y, si es una reimpresión, «Copia N». Devuelve el ancho
    ocupado (0 sin sello)."""
    if sello is None:
        return 0
    c.saveState()
    dibujar_qr(c, x, y, sello.codigo, lado)
    texto_x = x + lado + 2 * mm
    c.setFillColorRGB(*_GRIS)
    c.setFont(fuentes.SANS, _TAMANO)
    c.drawString(texto_x, y + lado - _TAMANO, f"{traducir(ROTULO)}:")
    c.setFont(fuentes.MONO, _TAMANO + 2)
    c.drawString(texto_x, y + lado - 2 * _TAMANO - 4, sello.codigo)
    c.setFont(fuentes.SANS, _TAMANO - 1)
    lineas = _partir(traducir(_INSTRUCCION), fuentes.SANS, _TAMANO - 1, ancho_texto)
    abajo = y + lado - 2 * _TAMANO - 4
    for linea in lineas:
        abajo -= _TAMANO + 1
        c.drawString(texto_x, abajo, linea)
    c.restoreState()
    return lado + 2 * mm + ancho_texto


def _partir(texto: str, fuente: str, tamano: float, ancho: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(texto, fuente, tamano, ancho)


class SelloVerificacion(Flowable):
    """El sello como pieza de un documento platypus (junto a las firmas de un acta o una resolución)."""

    def __init__(self, sello: Sello, ancho: float, lado: float = LADO_QR):
        super().__init__()
        self.sello, self.ancho, self.lado = sello, ancho, lado

    def wrap(self, disponible_ancho, disponible_alto):
        return self.ancho, self.lado

    def draw(self) -> None:
        dibujar_sello(self.canv, 0, 0, self.sello, lado=self.lado, ancho_texto=min(95 * mm, self.ancho - self.lado - 4 * mm))
