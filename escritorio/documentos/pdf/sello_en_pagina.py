"""El código de verificación en los documentos que lo llevan desde la migración 0024 (convocatoria, padrón,
composición, organigrama, texto de una norma, resumen de cobranza, informe de una unidad, avisos de cobro): al pie
de cada página, centrado y gris («Código de verificación: 7K2M-QX4P-9D0B»), y en las palabras clave del PDF, donde
`documento verificar` también lo busca. El QR con el código (`verificacion.dibujar_sello` o `SelloVerificacion`) lo
pone cada documento donde cabe.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from escritorio.dominio.verificacion import Sello

from .base import MARGEN, Hoja, dibujar_registro
from .verificacion import rotulo_impreso

Decorar = Callable[[Canvas, int, int], None]


def codigo_al_pie(c: Canvas, hoja: Hoja, sello: Sello | None, y: float = MARGEN) -> None:
    """El código, centrado en la línea del pie (entre «Generado con…» y «Página X de Y»), y en las palabras clave."""
    if sello is None:
        return
    dibujar_registro(c, hoja.ancho / 2, y, rotulo_impreso(sello))
    c.setKeywords(sello.rotulo)


def con_codigo_al_pie(decorar: Decorar, hoja: Hoja, sello: Sello | None) -> Decorar:
    """`decorar(c, numero, total)` de un documento platypus, que además pone el código al pie de cada página."""
    if sello is None:
        return decorar

    def decorar_con_codigo(c: Canvas, numero: int, total: int) -> None:
        decorar(c, numero, total)
        codigo_al_pie(c, hoja, sello)

    return decorar_con_codigo
