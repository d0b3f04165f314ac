"""Una resolución en PDF, con el aspecto de las actas: membrete, la cita («Resolución 1/2026 del Consejo») y su
título, una ficha (órgano, sesión y su fecha, punto del orden del día), el texto, la votación con la mayoría
que pedía la regla, el acta que la contiene, las firmas (las mismas líneas que el acta: presidencia y secretaría,
donde se ve la firma digital) y, al final, el código de verificación con su QR.

Recibe los datos ya armados (`DatosResolucion`); todo texto es dato y pasa por `escape` (texto_pdf). Los rótulos y
frases del programa se escriben en el idioma del documento con `traducir`.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from escritorio.dominio.traduccion import traducir
from escritorio.dominio.verificacion import Sello

from .verificacion import rotulo_impreso
from . import fuentes
from .acta import frase_regla_mayoria
from .base import FUENTE_NEGRITA, MARGEN, fecha_corta
from .convocatoria import (arriba_del_cuerpo, decorador_carta, fecha_larga, ficha, firmas, hoja_carta, membrete,
                           nombre_con_sigla)
from .estatuto import (AZUL, CURSIVA, GRIS, DocumentoPaginado, con_pasajes, construir_paginado, estilo, parrafo,
                       parrafos)
from .base import dibujar_registro, linea_registro, palabras_clave_registro
from .verificacion import SelloVerificacion, palabras_clave

_TITULO = estilo("resolucion_titulo", fontName=FUENTE_NEGRITA, fontSize=18, leading=22, alignment=TA_CENTER,
                 textColor=AZUL, spaceBefore=14)
_SUBTITULO = estilo("resolucion_subtitulo", fontName=FUENTE_NEGRITA, fontSize=12.5, leading=16, alignment=TA_CENTER,
                    spaceBefore=3, spaceAfter=12)
_SECCION = estilo("resolucion_seccion", fontName=FUENTE_NEGRITA, fontSize=11, leading=14, spaceBefore=14,
                  spaceAfter=5, textColor=AZUL, keepWithNext=1)
_TEXTO = estilo("resolucion_texto", fontName=fuentes.SERIF, fontSize=11, leading=14.5, alignment=TA_JUSTIFY,
                spaceAfter=5)
_ACTA = estilo("resolucion_acta", fontName=fuentes.SERIF, fontSize=10.5, leading=14, spaceAfter=5)
_VACIO = estilo("resolucion_vacio", fontName=CURSIVA, fontSize=9.5, leading=12.5, textColor=GRIS, spaceAfter=3)
_PIE_CODIGO = 7
# El tipo de estructura de cada párrafo en el PDF etiquetado (`etiquetas.Estructura`), por su estilo; los demás, P.
ROLES = {"resolucion_titulo": "H1", "resolucion_seccion": "H2"}


@dataclass
class DatosResolucion:
    asociacion: str
    sigla: str
    papel: str
    cita: str                      # «Resolución 1/2026 del Consejo»
    titulo: str
    texto: str | None
    organo: str
    sesion: str | None             # «XXI sesión ordinaria — Consejo»
    fecha_sesion: date | None
    lugar: str | None
    punto: str | None              # «3. Presupuesto 2027»
    votacion: str | None           # «Votación a mano alzada. Aprobada por …»
    votos: str | None              # «A favor 120 · En contra 20 · Abstenciones 5»
    regla_mayoria: str | None
    motivo_mayoria: str | None
    acta: str                      # el acta que la contiene y su estado
    # Una declaración: los miembros que la firman y quienes adhieren sin ser miembros, ya escritos.
    firmantes: list[str] = field(default_factory=list)
    adherentes: list[str] = field(default_factory=list)
    # Las líneas de firma al pie (presidencia y secretaría): (nombre, cargo, detalle), como las del acta
    # (`servicios.firmantes`). Cada línea es también un campo de firma del PDF, donde se ve la firma digital.
    bloques_de_firma: list[tuple] = field(default_factory=list)


def _historia(d: DatosResolucion, sello: Sello | None, ancho: float) -> list[Flowable]:
    h: list[Flowable] = membrete(d.asociacion, d.sigla, d.organo, ancho)
    h += [Paragraph(con_pasajes(d.cita, d.organo), _TITULO), parrafo(d.titulo, _SUBTITULO)]
    datos = [(traducir("Órgano"), d.organo)]
    if d.sesion:
        datos.append((traducir("Sesión"), d.sesion))
    if d.fecha_sesion:
        datos.append((traducir("Fecha"), fecha_larga(d.fecha_sesion, con_dia=True)))
    if d.lugar:
        datos.append((traducir("Lugar"), d.lugar))
    if d.punto:
        datos.append((traducir("Punto"), d.punto))
    h += [ficha(datos, ancho), Spacer(0, 6)]
    h.append(parrafo(traducir("Texto"), _SECCION))
    h += parrafos(d.texto, _TEXTO) or [parrafo(traducir("La resolución no tiene otro texto que su título."), _VACIO)]
    h.append(parrafo(traducir("Votación"), _SECCION))
    if d.votacion:
        h.append(parrafo(d.votacion, _TEXTO))
        if d.votos:
            h.append(parrafo(d.votos, _TEXTO))
        if d.regla_mayoria:
            h.append(Paragraph(frase_regla_mayoria(d.regla_mayoria, d.motivo_mayoria), _TEXTO))
    else:
        h.append(parrafo(traducir("No hay una votación registrada para esta resolución."), _VACIO))
    if d.firmantes or d.adherentes:
        h.append(parrafo(traducir("Firmantes y adhesiones"), _SECCION))
        if d.firmantes:
            h.append(parrafo(traducir("Miembros que la firman ({0}): {1}.").format(
                len(d.firmantes), "; ".join(d.firmantes)), _TEXTO))
        if d.adherentes:
            h.append(parrafo(traducir("Adhieren sin ser miembros ({0}): {1}.").format(
                len(d.adherentes), "; ".join(d.adherentes)), _TEXTO))
    h += [parrafo(traducir("Acta que la contiene"), _SECCION), parrafo(con_pasajes(d.acta, d.organo), _ACTA)]
    if d.bloques_de_firma:
        h.append(KeepTogether([Spacer(0, 20), firmas(d.bloques_de_firma, ancho, digitales=True)]))
    if sello is not None:
        h += [CondPageBreak(80), Spacer(0, 18), KeepTogether([SelloVerificacion(sello, ancho)])]
    return h


def escribir_resolucion_pdf(ruta: str | os.PathLike, datos: DatosResolucion, *, sello: Sello | None = None,
                            generado: date | None = None, registro: tuple[int, str] | None = None) -> int:
    """Escribe la resolución y devuelve el número de páginas. `sello`: el código de verificación (al final, con
    su QR; en el pie de cada página y en las palabras clave del PDF). `registro`: la cabeza de la cadena de sellos de
    la bitácora al generarla («Registro: sello N · huella …» al pie, completa en las palabras clave), un ancla de la
    base fuera de ella que sirve a «escritorio verificar --ancla»."""
    generado = generado or date.today()
    dia = datos.fecha_sesion or generado
    hoja = hoja_carta(datos.papel, datos.asociacion, datos.sigla, datos.cita, dia)
    decorar_carta = decorador_carta(hoja, nombre_con_sigla(datos.asociacion, datos.sigla),
                                    f"{datos.cita} · {fecha_corta(dia)}", generado)
    clave = "; ".join(x for x in (palabras_clave_registro(registro), palabras_clave(sello)) if x)
    linea = linea_registro(registro)

    def decorar(c: Canvas, numero: int, total: int) -> None:
        decorar_carta(c, numero, total)
        if sello is not None:
            c.saveState()
            c.setFont(fuentes.SANS, _PIE_CODIGO)
            c.setFillColor(GRIS)
            c.drawCentredString(hoja.ancho / 2, MARGEN, rotulo_impreso(sello))
            c.restoreState()
        dibujar_registro(c, hoja.ancho / 2, MARGEN - 10 if sello is not None else MARGEN, linea)
        if clave:
            c.setKeywords(clave)

    def documento(destino: io.BytesIO) -> DocumentoPaginado:
        return DocumentoPaginado(destino, hoja=hoja, arriba=arriba_del_cuerpo(hoja), decorar=decorar,
                                 titulo=f"{datos.cita} · {datos.titulo}", autor=datos.asociacion,
                                 asunto=f"{datos.cita} · {fecha_corta(dia)} · {datos.asociacion}")

    return construir_paginado(ruta, documento, lambda _paginas: _historia(datos, sello, hoja.ancho_util), roles=ROLES)
