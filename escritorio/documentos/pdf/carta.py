"""Una carta de la asociación en PDF (`dominio.memoria.Carta`): el membrete, el destinatario, la referencia, el
saludo, las secciones con sus párrafos y tablas (dibujadas como en la memoria anual, `memoria.bloques_en_pdf`), la
despedida y la firma; «Página X de Y» al pie. Es la respuesta a una persona que pidió acceso a sus datos o su
supresión (servicios/acceso_a_los_datos.py, servicios/supresion_de_datos.py).

Los textos del usuario se escapan antes de entrar en un `Paragraph` (estatuto.parrafo)."""

from __future__ import annotations

import io
import os
from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from escritorio.dominio.memoria import Carta

from .base import FUENTE_NEGRITA, Encabezado
from .estatuto import AZUL, GRIS, DocumentoPaginado, construir_paginado, decorar_con_membrete, estilo, parrafo
from .memoria import bloques_en_pdf

_DESTINATARIO = estilo("carta_destinatario", fontSize=10, leading=13)
_REFERENCIA = estilo("carta_referencia", fontName=FUENTE_NEGRITA, fontSize=10, leading=13, spaceBefore=10,
                     spaceAfter=10)
_TEXTO = estilo("carta_texto", fontSize=10, leading=14, spaceAfter=6)
_SECCION = estilo("carta_seccion", fontName=FUENTE_NEGRITA, fontSize=12, leading=15, spaceBefore=10, spaceAfter=5,
                  textColor=AZUL, keepWithNext=1)
_FIRMA = estilo("carta_firma", fontSize=10, leading=13, textColor=GRIS)

ROLES = {"carta_seccion": "H2", "carta_referencia": "H1"}


def escribir_carta_pdf(ruta: str | os.PathLike, carta: Carta, *, generado: date | None = None) -> int:
    """Escribe la carta y devuelve el número de páginas."""
    generado = generado or date.today()
    encabezado = Encabezado(carta.asociacion or "", carta.sigla or "", carta.titulo, generado)
    hoja, decorar = decorar_con_membrete(carta.papel or "A4", encabezado, generado)
    ancho = hoja.ancho_util
    alto = hoja.arriba_contenido - 4 - hoja.abajo_contenido

    def documento(destino: io.BytesIO) -> DocumentoPaginado:
        return DocumentoPaginado(destino, hoja=hoja, arriba=hoja.arriba_contenido - 4, decorar=decorar,
                                 titulo=carta.titulo, autor=carta.asociacion or "",
                                 asunto=f"{carta.titulo} · {carta.referencia}")

    def historia(_paginas: dict[str, int]) -> list[Flowable]:
        partes: list[Flowable] = [parrafo(linea, _DESTINATARIO) for linea in carta.destinatario]
        partes += [parrafo(carta.referencia, _REFERENCIA), parrafo(carta.saludo, _TEXTO)]
        for seccion in carta.secciones:
            partes += [CondPageBreak(80), parrafo(seccion.titulo, _SECCION), *bloques_en_pdf(seccion.bloques, ancho,
                                                                                           alto)]
        cierre = [Spacer(0, 8)]
        if carta.despedida:
            cierre.append(parrafo(carta.despedida, _TEXTO))
        cierre += [Spacer(0, 14), *(parrafo(linea, _FIRMA) for linea in carta.firma)]
        partes.append(KeepTogether(cierre))
        return partes

    return construir_paginado(ruta, documento, historia, roles=ROLES)
