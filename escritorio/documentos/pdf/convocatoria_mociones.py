"""Las mociones recibidas, adjuntas a la convocatoria (issue 64): después de los destinatarios, una sección
«Mociones recibidas» con cada moción (su número y título, el punto del orden del día, quién la presenta y quién la
apoya, cuándo se recibió, si llegó fuera de plazo) y su texto. Etiquetada como el resto de la convocatoria: la
sección es un H2, cada moción un H3."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from escritorio.dominio import formato
from escritorio.dominio.mociones import rotulo_de_la_mocion
from escritorio.dominio.traduccion import traducir

from ..visible import LARGO_EN_DOCUMENTO
from . import fuentes
from .base import FUENTE_NEGRITA
from .estatuto import AZUL, estilo, parrafo, parrafos, texto_pdf

_SECCION = estilo("conv_mociones", fontName=FUENTE_NEGRITA, fontSize=11, leading=14, spaceBefore=13, spaceAfter=5,
                  textColor=AZUL, keepWithNext=1)
_MOCION = estilo("conv_mocion", fontName=FUENTE_NEGRITA, fontSize=10.5, leading=13.5, spaceBefore=10, spaceAfter=2,
                 keepWithNext=1)
_DATO = estilo("conv_mocion_dato", fontName=fuentes.SERIF, fontSize=10, leading=13, spaceAfter=3)
_TEXTO = estilo("conv_mocion_texto", fontName=fuentes.SERIF, fontSize=10.5, leading=14, leftIndent=12, spaceAfter=3)

ROLES = {"conv_mociones": "H2", "conv_mocion": "H3"}


def _fecha(valor: object) -> str:
    try:
        return formato.fecha(valor)
    except ValueError:
        return str(valor)


def mociones_recibidas(mociones: list[dict]) -> list[Flowable]:
    """`mociones`: numero, titulo, punto (su numeración), autores, apoyos, recibida_el, fuera_de_plazo, texto y, si
    tiene categoría, su prefijo («Moción HAC 3»)."""
    h: list[Flowable] = [CondPageBreak(200),
                         parrafo(traducir("Mociones recibidas ({0})").format(len(mociones)), _SECCION)]
    if not mociones:
        h.append(parrafo(traducir("No se recibieron mociones para esta sesión."), _DATO))
    for m in mociones:
        rotulo = rotulo_de_la_mocion(m["numero"], m.get("prefijo"))
        h.append(Paragraph(texto_pdf(traducir("{0}: {1}").format(rotulo, m["titulo"]), LARGO_EN_DOCUMENTO), _MOCION))
        datos = []
        if m.get("punto"):
            datos.append(traducir("Punto {0} del orden del día.").format(m["punto"]))
        datos.append(traducir("Presentada por {0}.").format("; ".join(m.get("autores") or []) or "—"))
        if m.get("apoyos"):
            datos.append(traducir("Con el apoyo de {0}.").format("; ".join(m["apoyos"])))
        datos.append(traducir("Recibida el {0}.").format(_fecha(m.get("recibida_el"))))
        if m.get("viene_de"):
            datos.append(m["viene_de"])
        texto = texto_pdf(" ".join(datos), LARGO_EN_DOCUMENTO)
        if m.get("fuera_de_plazo"):
            texto += f' <font name="{fuentes.SERIF_NEGRITA}">{texto_pdf(traducir("Fuera de plazo."))}</font>'
        h.append(Paragraph(texto, _DATO))
        h += parrafos(m.get("texto"), _TEXTO)
    return h
