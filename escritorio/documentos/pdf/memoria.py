"""La memoria anual en PDF: portada, índice con el número de página de cada sección, y cada sección con sus cifras,
tablas (que se parten entre páginas repitiendo sus títulos), gráficos y el texto de la secretaría; el membrete de la
asociación y «Página X de Y» en cada página, y el código de verificación al pie y, con su QR, al final.

Dibuja lo que arma `servicios.memoria.anual` (`dominio.memoria.Memoria`) sin saber qué sección es: una sección nueva no
toca este módulo. Se arma con platypus en varias pasadas (`estatuto.construir_paginado`) para que el índice y el
total de páginas sean los del documento final. Los textos del usuario se escapan antes de entrar en un `Paragraph`.
"""

from __future__ import annotations

import io
import os
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from escritorio.dominio.memoria import (DERECHA, Cifras, Grafico, Memoria, Parrafo, Seccion, Subtitulo, Tabla,
                                        TextoLibre, Vacio, texto_de)
from escritorio.dominio.traduccion import traducir

from .base import FUENTE_NEGRITA, Encabezado, fecha_corta
from .estatuto import (AZUL, CURSIVA, FONDO_SUAVE, FONDO_TITULOS, GRIS, GRIS_REGLA, SERIF, DocumentoPaginado, Titulo,
                       construir_paginado, decorar_con_membrete, estilo, parrafo, parrafos, texto_pdf)
from .etiquetas import DATOS, EtiquetasDeTabla
from .graficos import dibujar_grafico

_PORTADA_ASOCIACION = estilo("portada_asociacion", fontName=FUENTE_NEGRITA, fontSize=13, leading=17,
                             alignment=TA_CENTER, textColor=GRIS)
_PORTADA_TITULO = estilo("portada_titulo", fontName=FUENTE_NEGRITA, fontSize=30, leading=36, alignment=TA_CENTER,
                         textColor=AZUL, spaceBefore=10)
_PORTADA_SUBTITULO = estilo("portada_subtitulo", fontSize=12.5, leading=16, alignment=TA_CENTER, spaceBefore=4)
_SECCION = estilo("seccion", fontName=FUENTE_NEGRITA, fontSize=15, leading=19, spaceBefore=4, spaceAfter=8,
                  textColor=AZUL)
_SUBTITULO = estilo("subtitulo", fontName=FUENTE_NEGRITA, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4,
                    keepWithNext=1)
_TITULO_TABLA = estilo("titulo_tabla", fontName=FUENTE_NEGRITA, fontSize=10, leading=13, spaceBefore=10,
                       spaceAfter=4, textColor=colors.Color(0.15, 0.15, 0.15))
_TEXTO = estilo("texto", fontSize=9.5, leading=13, spaceAfter=5)
_LIBRE = estilo("libre", fontName=SERIF, fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=7)
_VACIO = estilo("vacio", fontName=CURSIVA, fontSize=9.5, leading=12.5, textColor=GRIS, spaceAfter=4)
_NOTA = estilo("nota", fontName=CURSIVA, fontSize=8, leading=10.5, textColor=GRIS, spaceBefore=2, spaceAfter=6)
_CELDA = estilo("celda", fontSize=8.3, leading=10.3)
_CELDA_DERECHA = estilo("celda_derecha", fontSize=8.3, leading=10.3, alignment=TA_RIGHT)
_CELDA_TITULO = estilo("celda_titulo", fontName=FUENTE_NEGRITA, fontSize=8.3, leading=10.3)
_CELDA_TITULO_DERECHA = estilo("celda_titulo_derecha", fontName=FUENTE_NEGRITA, fontSize=8.3, leading=10.3,
                               alignment=TA_RIGHT)
_CELDA_TOTAL = estilo("celda_total", fontName=FUENTE_NEGRITA, fontSize=8.3, leading=10.3)
_CELDA_TOTAL_DERECHA = estilo("celda_total_derecha", fontName=FUENTE_NEGRITA, fontSize=8.3, leading=10.3,
                              alignment=TA_RIGHT)
_CELDA_GRUPO = estilo("celda_grupo", fontName=FUENTE_NEGRITA, fontSize=8.8, leading=11, textColor=AZUL)
_CIFRA_VALOR = estilo("cifra_valor", fontName=FUENTE_NEGRITA, fontSize=13, leading=16, alignment=TA_CENTER,
                      textColor=AZUL)
_CIFRA_VALOR_LARGO = estilo("cifra_valor_largo", fontName=FUENTE_NEGRITA, fontSize=10.5, leading=13.5,
                            alignment=TA_CENTER, textColor=AZUL)
_CIFRA_ROTULO = estilo("cifra_rotulo", fontSize=7.8, leading=9.8, alignment=TA_CENTER, textColor=GRIS)
_INDICE = estilo("indice", fontSize=10.5, leading=14)
_INDICE_PAGINA = estilo("indice_pagina", fontSize=10.5, leading=14, alignment=TA_RIGHT)
_FONDO_CIFRA = colors.Color(0.94, 0.96, 0.99)
_BORDE_CIFRA = colors.Color(0.72, 0.79, 0.88)


# El tipo de estructura de cada párrafo en el PDF etiquetado (`etiquetas.Estructura`), por su estilo; los demás, P.
# Las tablas llevan sus títulos de columna (TH); los gráficos son figuras con su texto alternativo (`graficos`).
ROLES = {"portada_titulo": "H1", "seccion": "H2", "subtitulo": "H3", "titulo_tabla": "H3"}


def _clave(numero: int) -> str:
    return f"seccion-{numero}"


def _portada(memoria: Memoria, generado: date) -> list[Flowable]:
    nombre = memoria.asociacion.strip() + (f" ({memoria.sigla.strip()})" if memoria.sigla.strip() else "")
    return [Spacer(0, 40), parrafo(nombre, _PORTADA_ASOCIACION), parrafo(memoria.titulo, _PORTADA_TITULO),
            parrafo(memoria.subtitulo, _PORTADA_SUBTITULO),
            parrafo(traducir("Emitida el {0}").format(fecha_corta(generado)), _PORTADA_SUBTITULO), Spacer(0, 36)]


def _indice(memoria: Memoria, paginas: dict[str, int], ancho: float) -> list[Flowable]:
    filas = []
    for numero, seccion in enumerate(memoria.secciones, start=1):
        clave = _clave(numero)
        pagina = paginas.get(clave)
        filas.append([Paragraph(f'<a href="#{clave}">{numero}. {texto_pdf(seccion.titulo)}</a>', _INDICE),
                      Paragraph(str(pagina) if pagina else "", _INDICE_PAGINA)])
    indice = Table(filas, colWidths=[ancho * 0.86, ancho * 0.14],
                   renderCB=EtiquetasDeTabla(DATOS, filas_de_titulo=0))   # sección y página, de a pares
    indice.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, GRIS_REGLA), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [Titulo(traducir("Índice"), _SECCION, "indice"), indice]


def _cifras(bloque: Cifras, ancho: float) -> Flowable:
    """Las cifras principales en recuadros, hasta cinco por renglón."""
    por_renglon = min(5, len(bloque.cifras)) or 1
    renglones = [bloque.cifras[i:i + por_renglon] for i in range(0, len(bloque.cifras), por_renglon)]
    celdas = [[[parrafo(texto_de(c.valor), _CIFRA_VALOR if len(texto_de(c.valor)) <= 12 else _CIFRA_VALOR_LARGO),
                parrafo(c.rotulo, _CIFRA_ROTULO)] for c in renglon]
              + [""] * (por_renglon - len(renglon)) for renglon in renglones]
    t = Table(celdas, colWidths=[ancho / por_renglon] * por_renglon)
    orden = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for r, renglon in enumerate(renglones):
        for k in range(len(renglon)):
            orden += [("BACKGROUND", (k, r), (k, r), _FONDO_CIFRA), ("BOX", (k, r), (k, r), 0.8, colors.white),
                      ("LINEABOVE", (k, r), (k, r), 2, _BORDE_CIFRA)]
    t.setStyle(TableStyle(orden))
    return KeepTogether([Spacer(0, 2), t, Spacer(0, 8)])


def _tabla(bloque: Tabla, ancho: float, alto: float) -> list[Flowable]:
    titulo = parrafo(bloque.titulo, _TITULO_TABLA)
    if not bloque.filas:
        return [KeepTogether([titulo, parrafo(bloque.vacio, _VACIO)])]
    total_pesos = sum(c.peso for c in bloque.columnas)
    anchos = [ancho * c.peso / total_pesos for c in bloque.columnas]
    derecha = [c.alineacion == DERECHA for c in bloque.columnas]
    filas = [[Paragraph(texto_pdf(c.titulo), _CELDA_TITULO_DERECHA if d else _CELDA_TITULO)
              for c, d in zip(bloque.columnas, derecha)]]
    orden = [("BACKGROUND", (0, 0), (-1, 0), FONDO_TITULOS), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRIS_REGLA), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    grupo = None
    cebra = 0
    for f in bloque.filas:
        if bloque.agrupada_por and f.grupo != grupo:
            grupo = f.grupo
            indice = len(filas)
            filas.append([parrafo(grupo, _CELDA_GRUPO)] + [""] * (len(anchos) - 1))
            # El renglón del grupo no queda solo al pie de una página: va con su primera fila.
            orden += [("SPAN", (0, indice), (-1, indice)), ("BACKGROUND", (0, indice), (-1, indice), FONDO_SUAVE),
                      ("NOSPLIT", (0, indice), (-1, indice + 1))]
            cebra = 0
        filas.append([parrafo(texto_de(t), _CELDA_DERECHA if d else _CELDA) for t, d in zip(f.celdas, derecha)])
        if cebra % 2:
            orden.append(("BACKGROUND", (0, len(filas) - 1), (-1, len(filas) - 1), colors.Color(0.975, 0.98, 0.985)))
        cebra += 1
    if bloque.total:
        filas.append([parrafo(texto_de(t), _CELDA_TOTAL_DERECHA if d else _CELDA_TOTAL)
                      for t, d in zip(bloque.total, derecha)])
        orden += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, -1), (-1, -1), FONDO_TITULOS)]
    t = TablaSinHuerfanas(filas, colWidths=anchos, repeatRows=1, splitInRow=1, renderCB=EtiquetasDeTabla(DATOS))
    t.setStyle(TableStyle(orden))
    # Una tabla chica (hasta un tercio de página) no se parte: si no cabe en lo que queda, pasa entera a la página
    # siguiente. Una más grande empieza donde haya al menos un tercio de página libre y se parte donde caiga, nunca
    # con menos de FILAS_MINIMAS filas de un lado. El título va siempre con ella.
    necesita = titulo.wrap(ancho, alto)[1] + _TITULO_TABLA.spaceBefore + _TITULO_TABLA.spaceAfter + \
        min(t.wrap(ancho, alto)[1], alto / 3)
    return [CondPageBreak(necesita), titulo, t, Spacer(0, 4)]


FILAS_MINIMAS = 3   # de una tabla partida: las que quedan al pie de una página y las que pasan a la siguiente


class TablaSinHuerfanas(Table):
    """Una tabla que al partirse deja al menos FILAS_MINIMAS filas de cada lado (sin contar los títulos repetidos):
    nunca un renglón y el total solos arriba de la página siguiente."""

    def split(self, ancho, alto):
        partes = super().split(ancho, alto)
        if len(partes) != 2:
            return partes
        filas = len(self._cellvalues) - self.repeatRows
        primera = len(partes[0]._cellvalues) - self.repeatRows
        if primera < FILAS_MINIMAS or filas < 2 * FILAS_MINIMAS:
            return []   # no se parte aquí: pasa entera a la página siguiente
        if filas - primera < FILAS_MINIMAS:   # quedarían pocas filas para la otra página: se cortan antes
            alturas = self._rowHeights
            quitar = sum(alturas[len(alturas) - FILAS_MINIMAS - 1:]) if alturas else 0
            return super().split(ancho, alto - quitar) if alto - quitar > 0 else []
        return partes


def _grafico(bloque: Grafico, ancho: float) -> Flowable:
    return KeepTogether([Spacer(0, 6), dibujar_grafico(bloque, ancho),
                         parrafo(traducir("Lo que muestra el gráfico: {0}").format(bloque.descripcion), _NOTA)])


def _seccion(seccion: Seccion, numero: int, ancho: float, alto: float) -> list[Flowable]:
    historia: list[Flowable] = [CondPageBreak(200), Spacer(0, 6),
                                Titulo(f"{numero}. {seccion.titulo}", _SECCION, _clave(numero),
                                       marcador=f"{numero}. {seccion.titulo}")]
    return historia + bloques_en_pdf(seccion.bloques, ancho, alto)


def bloques_en_pdf(bloques: list, ancho: float, alto: float) -> list[Flowable]:
    """Los bloques de una sección (dominio/memoria.py), dibujados como en la memoria (también los usa la carta)."""
    historia: list[Flowable] = []
    for bloque in bloques:
        if isinstance(bloque, Cifras):
            historia.append(_cifras(bloque, ancho))
        elif isinstance(bloque, Tabla):
            historia += _tabla(bloque, ancho, alto)
        elif isinstance(bloque, Grafico):
            historia.append(_grafico(bloque, ancho))
        elif isinstance(bloque, TextoLibre):
            historia += parrafos(bloque.texto, _LIBRE)
        elif isinstance(bloque, Subtitulo):
            historia.append(parrafo(bloque.texto, _SUBTITULO))
        elif isinstance(bloque, Vacio):
            historia.append(parrafo(bloque.texto, _VACIO))
        elif isinstance(bloque, Parrafo):
            historia.append(parrafo(bloque.texto, _TEXTO))
    return historia


def escribir_memoria_pdf(ruta: str | os.PathLike, memoria: Memoria, *, generado: date | None = None,
                         sello=None) -> int:
    """Escribe la memoria y devuelve el número de páginas. `generado`: la fecha del membrete y del pie (hoy, si no se
    indica). `sello`: su código de verificación, al pie de cada página y, con su QR, al final."""
    from .sello_en_pagina import con_codigo_al_pie
    from .verificacion import SelloVerificacion

    generado = generado or date.today()
    encabezado = Encabezado(memoria.asociacion or "", memoria.sigla or "", memoria.titulo, generado)
    hoja, decorar = decorar_con_membrete(memoria.papel or "A4", encabezado, generado)
    decorar = con_codigo_al_pie(decorar, hoja, sello)
    ancho = hoja.ancho_util
    alto = hoja.arriba_contenido - 4 - hoja.abajo_contenido   # el alto del marco de cada página

    def documento(destino: io.BytesIO) -> DocumentoPaginado:
        return DocumentoPaginado(destino, hoja=hoja, arriba=hoja.arriba_contenido - 4, decorar=decorar,
                                 titulo=memoria.titulo, autor=memoria.asociacion or "",
                                 asunto=f"{memoria.titulo} · {memoria.asociacion}")

    def historia(paginas: dict[str, int]) -> list[Flowable]:
        partes = [*_portada(memoria, generado), *_indice(memoria, paginas, ancho), PageBreak()]
        for numero, seccion in enumerate(memoria.secciones, start=1):
            partes += _seccion(seccion, numero, ancho, alto)
        if sello is not None:
            partes += [Spacer(0, 16), KeepTogether([SelloVerificacion(sello, ancho)])]
        return partes

    return construir_paginado(ruta, documento, historia, roles=ROLES)
