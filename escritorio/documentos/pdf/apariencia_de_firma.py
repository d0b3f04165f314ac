"""Lo que se ve de una firma digital sobre la línea de firma: «Firmado digitalmente por», el nombre del certificado
y la fecha y hora de la firma, con un sello dibujado a la izquierda.

Se dibuja con reportlab y las mismas fuentes Liberation de los documentos (incrustadas, en subconjunto: el PDF
firmado sigue siendo PDF/A-2B) en un PDF de una página del tamaño exacto del campo de firma, y pyHanko lo pone como
apariencia del campo (`EstiloDeFirma`): un XObject de formulario con sus propias fuentes. El campo tiene la marca
de impresión (la apariencia sale también en el papel).

La hora es la que pyHanko escribe en la firma (/M): la recibe como texto ISO en el parámetro «ts» de pyHanko
(por eso `EstiloDeFirma` es un TextStampStyle con ese formato), así lo que se ve es lo que dice la firma.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from escritorio.dominio.traduccion import traducir
from escritorio.dominio import formato

from . import fuentes

_AZUL = colors.Color(0.12, 0.25, 0.45)
_GRIS = colors.Color(0.35, 0.35, 0.35)
_FORMATO_HORA = "%Y-%m-%dT%H:%M:%S%z"  # lo que pyHanko pasa en «ts»; aquí se vuelve a leer


def hora_visible(momento: datetime) -> str:
    """«25/11/2026 10:11 (UTC-03:00)»: la hora local de esta computadora, con su diferencia con UTC."""
    local = momento.astimezone()
    desfase = local.strftime("%z")
    return f"{formato.fecha_y_hora(local)} (UTC{desfase[:3]}:{desfase[3:]})"


def _ajustado(texto: str, fuente: str, tamano: float, ancho: float, minimo: float) -> float:
    """El tamaño de letra para que `texto` quepa en `ancho` (sin bajar de `minimo`)."""
    while tamano > minimo and stringWidth(texto, fuente, tamano) > ancho:
        tamano -= 0.25
    return tamano


def _cortado(texto: str, fuente: str, tamano: float, ancho: float) -> str:
    if stringWidth(texto, fuente, tamano) <= ancho:
        return texto
    while texto and stringWidth(texto + "…", fuente, tamano) > ancho:
        texto = texto[:-1]
    return texto.rstrip() + "…"


def dibujar_apariencia(ancho: float, alto: float, firmante: str, momento: datetime) -> bytes:
    """Un PDF de una página de `ancho` × `alto` puntos con la apariencia de la firma (fondo transparente: la línea
    de firma del documento queda a la vista debajo)."""
    destino = io.BytesIO()
    c = fuentes.Lienzo(destino, pagesize=(ancho, alto), pageCompression=1)
    lado = min(alto - 4, 26.0)
    # El sello: un círculo con una marca de verificación, en el azul de los documentos.
    cx, cy, radio = 2 + lado / 2, alto / 2, lado / 2
    c.setStrokeColor(_AZUL)
    c.setLineWidth(1.1)
    c.circle(cx, cy, radio, stroke=1, fill=0)
    c.setLineWidth(1.8)
    c.setLineCap(1)
    c.setLineJoin(1)
    trazo = c.beginPath()
    trazo.moveTo(cx - radio * 0.45, cy + radio * 0.02)
    trazo.lineTo(cx - radio * 0.1, cy - radio * 0.35)
    trazo.lineTo(cx + radio * 0.5, cy + radio * 0.38)
    c.drawPath(trazo, stroke=1, fill=0)

    izquierda = 2 + lado + 5
    util = ancho - izquierda - 2
    rotulo = traducir("Firmado digitalmente por")
    hora = hora_visible(momento)
    tamano_nombre = _ajustado(firmante, fuentes.SANS_NEGRITA, min(10.0, alto * 0.3), util, 6.5)
    nombre = _cortado(firmante, fuentes.SANS_NEGRITA, tamano_nombre, util)
    tamano_chico = min(7.0, alto * 0.2)
    # Tres renglones centrados en la altura: rótulo, nombre (en negrita) y hora.
    total = tamano_chico * 1.25 + tamano_nombre * 1.2 + tamano_chico
    y = (alto + total) / 2 - tamano_chico
    c.setFillColor(_GRIS)
    c.setFont(fuentes.SANS, tamano_chico)
    c.drawString(izquierda, y, _cortado(rotulo, fuentes.SANS, tamano_chico, util))
    y -= tamano_nombre * 1.2
    c.setFillColor(_AZUL)
    c.setFont(fuentes.SANS_NEGRITA, tamano_nombre)
    c.drawString(izquierda, y, nombre)
    y -= tamano_chico * 1.3
    c.setFillColor(_GRIS)
    c.setFont(fuentes.SANS, tamano_chico)
    c.drawString(izquierda, y, _cortado(hora, fuentes.SANS, tamano_chico, util))
    c.showPage()
    c.save()
    return _etiquetas_propias(destino.getvalue())


def _etiquetas_propias(pdf: bytes) -> bytes:
    """reportlab llama «AAAAAA+LiberationSans» al primer subconjunto de cada fuente, en cada PDF: la apariencia,
    dentro del documento firmado, repetiría el nombre de un subconjunto del documento con otras letras. ISO 32000-1
    (9.6.4) pide una etiqueta distinta por subconjunto: se toma de la huella de la fuente incrustada."""
    import hashlib
    import string

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as documento:
        for objeto in documento.objects:
            if not (isinstance(objeto, pikepdf.Dictionary) and objeto.get("/Type") == "/Font"
                    and "/FontDescriptor" in objeto and "+" in str(objeto.get("/BaseFont", ""))):
                continue
            descriptor = objeto.FontDescriptor
            archivo = descriptor.get("/FontFile2")
            huella = hashlib.sha256(archivo.read_raw_bytes() if archivo is not None else b"").digest()
            etiqueta = "".join(string.ascii_uppercase[b % 26] for b in huella[:6])
            nombre = f"{etiqueta}+{str(objeto.BaseFont).split('+', 1)[1]}"
            objeto.BaseFont = descriptor.FontName = pikepdf.Name("/" + nombre)
        salida = io.BytesIO()
        documento.save(salida)
    return salida.getvalue()


def estilo_de_firma(firmante: str):
    """El estilo de sello de pyHanko que dibuja la apariencia de `firmante` en el tamaño del campo."""
    from pyhanko.pdf_utils import content
    from pyhanko.pdf_utils.generic import pdf_name
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp.base import BaseStamp
    from pyhanko.stamp.text import TextStampStyle

    class SelloDeFirma(BaseStamp):
        def __init__(self, writer, style, box, text_params):
            super().__init__(writer=writer, style=style, box=box)
            self._momento = datetime.strptime(text_params["ts"], _FORMATO_HORA)

        def _render_inner_content(self):
            pagina = dibujar_apariencia(float(self.box.width), float(self.box.height), firmante, self._momento)
            xobjeto = self.writer.import_page_as_xobject(PdfFileReader(io.BytesIO(pagina)))
            self.set_resource(category=content.ResourceType.XOBJECT, name=pdf_name("/Apariencia"), value=xobjeto)
            return [b"q /Apariencia Do Q"]

    @dataclass(frozen=True)
    class EstiloDeFirma(TextStampStyle):
        def create_stamp(self, writer, box, text_params):
            return SelloDeFirma(writer, self, box, text_params)

    return EstiloDeFirma(border_width=0, timestamp_format=_FORMATO_HORA)
