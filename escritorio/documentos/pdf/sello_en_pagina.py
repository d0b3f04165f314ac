"""El código de verificación en los documentos que lo llevan desde la migración 0024 (convocatoria, padrón,
composición, organigrama, texto de una norma, resumen de cobranza, informe de una unidad, avisos de cobro): al pie
de cada página, centrado y gris («Código de verificación: 7K2M-QX4P-9D0B»), y en las palabras clave del PDF, donde
`documento verificar` también lo busca. El QR con el código (`verificacion.dibujar_sello` o `SelloVerificacion`) lo
pone cada documento donde cabe, con su zona en blanco (`verificacion.zona_en_blanco`) libre; la composición de un
órgano y el estado de cuenta, arriba a la derecha bajo la fecha (`qr_bajo_la_fecha`).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from escritorio.dominio.verificacion import Sello

from .base import MARGEN, Hoja, dibujar_registro
from .verificacion import dibujar_qr_del_sello, lado_del_qr, rotulo_impreso, zona_en_blanco

Decorar = Callable[[Canvas, int, int], None]

_BAJO_LA_FECHA = 11   # la fecha del encabezado (`base.dibujar_encabezado`): base a 9 pt del margen, letra de 9 pt
_SOBRE_LA_REGLA = 6   # la regla del encabezado, 6 pt sobre el contenido


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


def qr_bajo_la_fecha(c: Canvas, hoja: Hoja, sello: Sello) -> None:
    """El QR del sello arriba a la derecha, bajo la fecha del encabezado, con su zona en blanco entre los dos (la
    ficha de la composición de un órgano y del estado de cuenta va a su izquierda: `lugar_bajo_la_fecha`)."""
    lado, zona = lado_del_qr(sello), zona_en_blanco(sello)
    dibujar_qr_del_sello(c, hoja.derecha - lado, hoja.alto - MARGEN - _BAJO_LA_FECHA - zona - lado, sello, lado)


def lugar_bajo_la_fecha(sello: Sello | None) -> tuple[float, float]:
    """(ancho, alto) del QR de `qr_bajo_la_fecha` con su zona en blanco: lo que la ficha deja libre a su derecha y
    el alto mínimo del encabezado (desde el margen de arriba hasta el contenido), para que su regla y la tabla
    queden bajo la zona en blanco. (0, 0) sin sello."""
    if sello is None:
        return 0, 0
    lado, zona = lado_del_qr(sello), zona_en_blanco(sello)
    return lado + zona + 1, _BAJO_LA_FECHA + zona + lado + zona + _SOBRE_LA_REGLA
