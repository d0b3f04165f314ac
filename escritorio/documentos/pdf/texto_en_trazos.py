"""Un texto dibujado como trazos (el contorno de cada letra), no como texto: para las marcas de agua.

Una marca de agua en diagonal escrita con drawString entra en la capa de texto del PDF: quien copia el acta o la
pasa por `pdftotext` recibía letras sueltas («O», «NH», «CU») mezcladas con los renglones, porque cada letra
girada cae en otra línea. Dibujada como contorno se ve igual (la misma fuente, el mismo tamaño) pero no es texto:
no se extrae, no se busca y no se copia. El documento dice lo mismo con palabras en otro lado (el pie dice
«borrador», el recibo dice «RECIBO ANULADO»).

Los contornos salen de la misma fuente TrueType que el resto del PDF, leídos con HarfBuzz (uharfbuzz, que el
programa ya usa para modelar las marcas combinantes): el texto se modela (los avances de cada letra, como los mide reportlab) y
cada glifo se dibuja con sus curvas cuadráticas pasadas a cúbicas (las que dibuja un PDF).
"""

from __future__ import annotations

from functools import cache

import uharfbuzz as hb
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from . import fuentes


@cache
def _fuente_harfbuzz(fuente: str) -> hb.Font:
    """La fuente registrada `fuente` (un nombre de `fuentes.ARCHIVOS`) abierta en HarfBuzz, en sus unidades."""
    datos = (fuentes.carpeta_fuentes() / fuentes.ARCHIVOS[fuente]).read_bytes()
    return hb.Font(hb.Face(hb.Blob(datos)))


class _Lapiz:
    """Recibe el contorno de un glifo de HarfBuzz (unidades de la fuente, y hacia arriba) y lo agrega al camino de
    reportlab, desplazado a `x0, y0` y escalado a `escala` (puntos por unidad)."""

    def __init__(self, camino, escala: float):
        self.camino, self.escala = camino, escala
        self.x0 = self.y0 = 0.0
        self.actual = (0.0, 0.0)

    def _punto(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + x * self.escala, self.y0 + y * self.escala

    def moveTo(self, p):  # noqa: N802 — así llama HarfBuzz a los métodos del lápiz
        self.actual = self._punto(*p)
        self.camino.moveTo(*self.actual)

    def lineTo(self, p):  # noqa: N802
        self.actual = self._punto(*p)
        self.camino.lineTo(*self.actual)

    def qCurveTo(self, *puntos):  # noqa: N802
        # Una curva cuadrática (TrueType) con controles implícitos entre dos controles seguidos.
        controles = [self._punto(*p) for p in puntos[:-1]]
        final = self._punto(*puntos[-1])
        for i, control in enumerate(controles):
            if i + 1 < len(controles):
                siguiente = controles[i + 1]
                hasta = ((control[0] + siguiente[0]) / 2, (control[1] + siguiente[1]) / 2)
            else:
                hasta = final
            self._cuadratica(control, hasta)

    def _cuadratica(self, control, hasta) -> None:
        (x0, y0), (cx, cy), (x1, y1) = self.actual, control, hasta
        self.camino.curveTo(x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0),
                            x1 + 2 / 3 * (cx - x1), y1 + 2 / 3 * (cy - y1), x1, y1)
        self.actual = hasta

    def curveTo(self, c1, c2, p):  # noqa: N802
        self.actual = self._punto(*p)
        self.camino.curveTo(*self._punto(*c1), *self._punto(*c2), *self.actual)

    def closePath(self):  # noqa: N802
        self.camino.close()


def dibujar_centrado(c: Canvas, texto: str, fuente: str, tamano: float, x: float, y: float) -> None:
    """Dibuja `texto` con su línea de base en `y`, centrado en `x`, como trazos rellenos con el color de relleno
    actual del lienzo (y su transparencia). Ocupa lo mismo que `drawCentredString` con esa fuente y tamaño ."""
    fuente_hb = _fuente_harfbuzz(fuente)
    unidades = fuente_hb.face.upem
    escala = tamano / unidades
    buffer = hb.Buffer()
    buffer.add_str(texto)
    buffer.guess_segment_properties()
    hb.shape(fuente_hb, buffer, {"kern": False, "liga": False})  # como drawString: sin interletraje
    ancho = sum(p.x_advance for p in buffer.glyph_positions) * escala
    camino = c.beginPath()
    lapiz = _Lapiz(camino, escala)
    lapiz.x0 = x - ancho / 2
    for glifo, posicion in zip(buffer.glyph_infos, buffer.glyph_positions):
        base_x = lapiz.x0
        lapiz.x0 += posicion.x_offset * escala
        lapiz.y0 = y + posicion.y_offset * escala
        fuente_hb.draw_glyph_with_pen(glifo.codepoint, lapiz)
        lapiz.x0 = base_x + posicion.x_advance * escala
    c.drawPath(camino, stroke=0, fill=1, fillMode=FILL_NON_ZERO)  # la regla de relleno de las fuentes TrueType
