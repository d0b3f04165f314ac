"""Texto vigente de una norma (estatuto o reglamento) a una fecha, en PDF.

El documento tiene el aspecto de un texto ordenado: portada con el título y la fecha, índice de
artículos con su página, cada artículo con su encabezado «Artículo N — Título», una nota bajo los
artículos que cambió una reforma y, al final, la lista de reformas incorporadas.

Se arma con platypus (párrafos justificados que se parten solos entre páginas). El índice y el
«Página X de Y» necesitan conocer las páginas antes de dibujarlas: el documento se construye en
memoria hasta que las páginas dejan de cambiar (dos pasadas en la práctica) y solo la última se
guarda en disco.

Los textos del usuario son datos: todo lo que entra en un `Paragraph` pasa por `escape` (un título
«<b>&» se imprime tal cual, no se interpreta). Las piezas de platypus comunes (estilos, plantilla
con encabezado y pie, construcción en varias pasadas) también las usa `unidades.py`.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, KeepTogether, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.traduccion import traducir

from ..visible import LARGO_FRASE_EN_DOCUMENTO, LARGO_PARRAFO_EN_DOCUMENTO, visible_recortado
from . import fuentes
from .base import (FUENTE, FUENTE_NEGRITA, MARGEN, Encabezado, Hoja, cortar_al_ancho, dibujar_encabezado,
                   dibujar_pie, escritura_atomica, fecha_corta, preparar_hoja)
from .idioma_de_lo_escrito import en_el_parrafo, escrito, etiqueta, marcar
from .etiquetas import DATOS, EtiquetasDeTabla, LienzoEtiquetado, MarcoEtiquetado, artefacto
from .lineas_de_firma import agregar_campos_de_firma
from .pdfa import archivar

# --- Piezas comunes de platypus ------------------------------------------------------------------

SERIF = fuentes.SERIF
SERIF_CURSIVA = fuentes.SERIF_CURSIVA
CURSIVA = fuentes.SANS_CURSIVA

GRIS = colors.Color(0.35, 0.35, 0.35)
GRIS_REGLA = colors.Color(0.78, 0.78, 0.78)
FONDO_TITULOS = colors.Color(0.86, 0.88, 0.91)
FONDO_SUAVE = colors.Color(0.95, 0.96, 0.97)
AZUL = colors.Color(0.12, 0.25, 0.45)

_ALTO_CABEZA = 22  # encabezado corrido de las páginas de texto (sin el membrete completo)
_MAX_PASADAS = 4
_LARGO_TITULO = 300  # un título más largo se corta: nunca ocupa más de una página


def texto_pdf(texto: object, maximo: int = LARGO_FRASE_EN_DOCUMENTO) -> str:
    """Texto del usuario listo para un `Paragraph`: visible y de hasta `maximo` caracteres (ver
    `documentos.visible`: un carácter de control se ve [U+0007]; `fuentes.imprimible`: una letra que las fuentes
    no tienen, [U+676D]), escapado y con sus saltos de línea."""
    if isinstance(texto, Marcado):
        return texto
    marcado = escape(fuentes.imprimible(visible_recortado(texto, maximo, lineas=True))).replace("\n", "<br/>")
    return en_el_parrafo(marcado, texto)   # un texto guardado en otro idioma, con el suyo


class Marcado(str):
    """El marcado de un Paragraph ya armado (escapado, con el idioma de sus pasajes): `texto_pdf` lo deja igual."""


def con_pasajes(compuesto: str, *guardados: object, maximo: int = LARGO_FRASE_EN_DOCUMENTO) -> Marcado:
    """`compuesto` (palabras del programa con textos guardados dentro: «Artigo 13 — Consejo», «RCS · Asamblea
    General») listo para un Paragraph, con cada texto guardado en otro idioma (`guardados` que son `Escrito`) marcado
    con el suyo donde aparece (`idioma_de_lo_escrito.en_el_parrafo`). Lo demás, como `texto_pdf`."""
    compuesto = str(compuesto or "")
    partes, desde = [], 0
    for guardado in guardados:
        texto = str(guardado or "").strip()
        donde = compuesto.find(texto, desde) if texto and etiqueta(guardado) else -1
        if donde < 0:
            continue
        partes += [texto_pdf(compuesto[desde:donde], maximo), texto_pdf(type(guardado)(texto, guardado.idioma), maximo)]
        desde = donde + len(texto)
    partes.append(texto_pdf(compuesto[desde:], maximo))
    return Marcado("".join(partes))


def parrafo(texto: object, estilo: ParagraphStyle, maximo: int = LARGO_FRASE_EN_DOCUMENTO) -> Paragraph:
    """Un texto en un párrafo; si es un texto guardado en otro idioma (`idioma_de_lo_escrito.escrito`), con el suyo."""
    return marcar(Paragraph(texto_pdf(texto, maximo), estilo), texto)


def parrafos(texto: str | None, estilo: ParagraphStyle) -> list[Paragraph]:
    """Un `Paragraph` por cada bloque separado por una línea en blanco."""
    bloques = [b.strip() for b in re.split(r"\n\s*\n", texto or "") if b.strip()]
    return [marcar(parrafo(b, estilo, LARGO_PARRAFO_EN_DOCUMENTO), texto) for b in bloques]


def estilo(nombre: str, **opciones) -> ParagraphStyle:
    base = dict(fontName=FUENTE, bulletFontName=FUENTE, fontSize=9, leading=11.5, textColor=colors.black)
    base.update(opciones)
    return ParagraphStyle(nombre, **base)


class Titulo(Paragraph):
    """Un título que anota en qué página se dibuja (para el índice) y deja un marcador en el PDF.

    La marca va en el propio título y no en un flowable aparte: así no puede quedar al pie de una
    página mientras el título pasa a la siguiente.
    """

    def __init__(self, texto: str, estilo: ParagraphStyle, clave: str, marcador: str | None = None, nivel: int = 0,
                 pasajes: tuple = ()):
        texto = texto if len(texto) <= _LARGO_TITULO else texto[:_LARGO_TITULO].rstrip() + "…"
        super().__init__(con_pasajes(texto, *pasajes), estilo)   # `pasajes`: lo guardado que lleva dentro
        self.clave, self.marcador, self.nivel = clave, marcador or texto, nivel

    def split(self, ancho, alto):
        return []  # un título no se parte: si no entra, pasa entero a la página siguiente

    def draw(self):
        self.canv.bookmarkPage(self.clave)
        self.canv.addOutlineEntry(self.marcador, self.clave, level=self.nivel, closed=True)
        super().draw()


class DocumentoPaginado(BaseDocTemplate):
    """Una página tipo con un marco de texto; `decorar(canvas, numero, total)` dibuja encabezado y pie.

    Tras construir, `paginas` dice en qué página quedó cada `Titulo` y `page` cuántas páginas hay.
    """

    def __init__(self, destino, *, hoja: Hoja, arriba: float, decorar: Callable[[Canvas, int, int], None],
                 titulo: str, autor: str, asunto: str):
        super().__init__(destino, pagesize=(hoja.ancho, hoja.alto), leftMargin=hoja.izquierda,
                         rightMargin=hoja.ancho - hoja.derecha, topMargin=hoja.alto - arriba,
                         bottomMargin=hoja.abajo_contenido, title=titulo, author=autor, subject=asunto,
                         creator=NOMBRE_APLICACION, pageCompression=1, initialFontName=FUENTE)
        marco = MarcoEtiquetado(hoja.izquierda, hoja.abajo_contenido, hoja.ancho_util, arriba - hoja.abajo_contenido,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="cuerpo")
        self.addPageTemplates([PageTemplate(id="pagina", frames=[marco], onPage=self._decorar)])
        self._decorar_pagina = decorar
        self.total = 0
        self.paginas: dict[str, int] = {}

    def _decorar(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        with artefacto(canvas, "Pagination"):   # encabezado corrido, pie y número de página: no son el texto
            self._decorar_pagina(canvas, doc.page, self.total)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Titulo):
            self.paginas.setdefault(flowable.clave, self.page)


def construir_paginado(ruta: str | os.PathLike, hacer_documento: Callable[[io.BytesIO], DocumentoPaginado],
                       hacer_historia: Callable[[dict[str, int]], list[Flowable]],
                       roles: dict[str, str] | None = None) -> int:
    """Construye en memoria hasta que el total de páginas y las páginas de cada `Titulo` no cambian,
    y recién entonces escribe `ruta` (de una vez: si algo falla, no queda un archivo a medias). Las líneas de
    firma digital que se maquetaron (`lineas_de_firma.EspacioParaFirmar`) quedan como campos de firma del PDF.
    Con `roles` (estilo de párrafo -> tipo de estructura: `etiquetas.Estructura`) el PDF sale etiquetado: cada
    pasada arma su árbol y queda el de la última, la que se guarda."""
    total, paginas = 0, {}
    lienzos: list[fuentes.Lienzo] = []

    def lienzo(*argumentos, **opciones) -> fuentes.Lienzo:
        if roles is not None:
            nuevo = LienzoEtiquetado(*argumentos, roles=roles, **opciones)
        else:
            nuevo = fuentes.Lienzo(*argumentos, **opciones)
        nuevo.lineas_de_firma = []  # donde EspacioParaFirmar anota su lugar
        lienzos.append(nuevo)
        return nuevo

    for _ in range(_MAX_PASADAS):
        destino = io.BytesIO()
        documento = hacer_documento(destino)
        documento.total = total
        lienzos.clear()
        documento.build(hacer_historia(paginas), canvasmaker=lienzo)
        estable = documento.page == total and documento.paginas == paginas
        total, paginas = documento.page, dict(documento.paginas)
        if estable:
            break
    datos = destino.getvalue()
    if lienzos and lienzos[-1].lineas_de_firma:
        datos = agregar_campos_de_firma(datos, lienzos[-1].lineas_de_firma)
    with escritura_atomica(ruta) as temporal:
        with open(temporal, "wb") as archivo:
            archivo.write(datos)
        archivar(temporal, estructura=getattr(lienzos[-1], "estructura", None) if lienzos else None)
    return total


def decorar_con_membrete(papel: str, encabezado: Encabezado,
                         generado: date) -> tuple[Hoja, Callable[[Canvas, int, int], None]]:
    """El membrete y el pie de los listados de `base`, en todas las páginas de un documento platypus."""
    hoja = preparar_hoja(papel, encabezado)

    def decorar(c: Canvas, numero: int, total: int) -> None:
        dibujar_encabezado(c, hoja, encabezado)
        dibujar_pie(c, hoja, generado, numero, total)

    return hoja, decorar


def tabla(filas: list[list], anchos: Sequence[float], *, alineaciones: dict[int, str] | None = None,
          cebra: bool = True) -> Table:
    """Tabla con la fila de títulos repetida en cada página, reglas finas y fondo alterno suave."""
    t = Table(filas, colWidths=list(anchos), repeatRows=1, splitInRow=1,  # una celda enorme sigue en la otra página
              renderCB=EtiquetasDeTabla(DATOS))
    orden = [
        ("BACKGROUND", (0, 0), (-1, 0), FONDO_TITULOS),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRIS_REGLA),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if cebra:
        orden.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, FONDO_SUAVE]))
    for columna, alineacion in (alineaciones or {}).items():
        orden.append(("ALIGN", (columna, 0), (columna, -1), alineacion))
    t.setStyle(TableStyle(orden))
    return t


def recuadro(contenido: list[Flowable], ancho: float, *, fondo, borde, barra=None) -> Table:
    """Un bloque destacado (avisos, notas) con fondo y una barra de color a la izquierda."""
    t = Table([[contenido]], colWidths=[ancho], splitInRow=1)
    orden = [
        ("BACKGROUND", (0, 0), (-1, -1), fondo),
        ("BOX", (0, 0), (-1, -1), 0.6, borde),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    if barra is not None:
        orden.append(("LINEBEFORE", (0, 0), (0, -1), 3.5, barra))
    t.setStyle(TableStyle(orden))
    return t


def fecha_iso(valor) -> date | None:
    """Una fecha de la base ('2019-12-01') o ya convertida."""
    if valor is None or valor == "":
        return None
    if isinstance(valor, date):
        return valor
    return date.fromisoformat(str(valor)[:10])


# --- Estilos del texto de la norma --------------------------------------------------------------

_MEMBRETE = estilo("membrete", fontName=FUENTE_NEGRITA, fontSize=10.5, leading=13, alignment=TA_CENTER,
                   textColor=GRIS)
_TITULO = estilo("titulo", fontName=FUENTE_NEGRITA, fontSize=24, leading=29, alignment=TA_CENTER,
                 spaceBefore=6, textColor=AZUL)
_SUBTITULO = estilo("subtitulo", fontSize=13, leading=17, alignment=TA_CENTER, spaceBefore=2)
_PRESENTACION = estilo("presentacion", fontName=SERIF, fontSize=10.5, leading=14, alignment=TA_CENTER,
                       textColor=GRIS)
_SECCION = estilo("seccion", fontName=FUENTE_NEGRITA, fontSize=13, leading=16, spaceBefore=4, spaceAfter=8,
                  textColor=AZUL)
_INDICE = estilo("indice", fontSize=9.5, leading=12)
_INDICE_NUMERO = estilo("indice_numero", fontName=FUENTE_NEGRITA, fontSize=9.5, leading=12)
_INDICE_PAGINA = estilo("indice_pagina", fontSize=9.5, leading=12, alignment=TA_RIGHT)
_ARTICULO = estilo("articulo", fontName=FUENTE_NEGRITA, fontSize=11, leading=14, spaceBefore=12, spaceAfter=5,
                   keepWithNext=1)
_CUERPO = estilo("cuerpo", fontName=SERIF, fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
_NOTA = estilo("nota", fontName=SERIF_CURSIVA, fontSize=9, leading=11.5, textColor=GRIS, spaceBefore=1,
               spaceAfter=2)
_CELDA = estilo("celda", fontSize=8.5, leading=10.5)
_CELDA_TITULO = estilo("celda_titulo", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=10.5)
_CELDA_TITULO_DERECHA = estilo("celda_titulo_derecha", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=10.5,
                               alignment=TA_RIGHT)
_CELDA_DERECHA = estilo("celda_derecha", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
_VACIO = estilo("vacio", fontName=CURSIVA, fontSize=10, leading=13, textColor=GRIS)


# El tipo de estructura de cada párrafo del texto de una norma en el PDF etiquetado (`etiquetas.Estructura`), por su
# estilo; los demás, P. El índice es una tabla (Artículo, Título, Página) con sus títulos de columna.
ROLES = {"titulo": "H1", "seccion": "H2", "articulo": "H2"}


def titulo_documento(titulo: str, al: date) -> str:
    """'Estatuto — texto vigente al 01/01/2020'."""
    return traducir("{0} — texto vigente al {1}").format(titulo.strip() or traducir("Norma"), fecha_corta(al))


def encabezado_articulo(version) -> str:
    """'Artículo 13 — Consejo' (o solo 'Artículo 13' si no tiene título)."""
    titulo = (version.titulo or "").strip()
    if titulo:
        return traducir("Artículo {0} — {1}").format(version.numero, titulo)
    return traducir("Artículo {0}").format(version.numero)


def _resumen_titulo(version, largo: int = 70) -> str:
    """Para el índice: el título del artículo o, si no tiene, el comienzo de su texto."""
    texto = " ".join((version.titulo or "").split())
    if texto:  # una fila de tabla no se parte entre páginas: un título enorme se abrevia
        return texto if len(texto) <= 3 * largo else texto[:3 * largo].rstrip() + "…"
    texto = " ".join((version.texto or "").split())
    return texto if len(texto) <= largo else texto[:largo].rsplit(" ", 1)[0] + "…"


def _clave(numero: str) -> str:
    return "art-" + re.sub(r"[^0-9a-z]+", "-", numero.lower()).strip("-")


def _fecha_original(articulos: Sequence, reformas: Sequence[dict]) -> date | None:
    fechas = [f for f in (fecha_iso(r.get("vigente_desde")) for r in reformas) if f]
    if fechas:
        return min(fechas)
    return min((a.vigente_desde for a in articulos), default=None)


def nota_de_reforma(version, original: date | None) -> str | None:
    """'Texto según reforma vigente desde 01/12/2019 (Asamblea General, Resolución 12/2019)', o None si es
    el texto original."""
    if original is None or version.vigente_desde <= original:
        return None
    desde = fecha_corta(version.vigente_desde)
    if (version.reforma or "").strip():
        return traducir("Texto según reforma vigente desde {0} ({1})").format(desde, version.reforma.strip())
    return traducir("Texto según reforma vigente desde {0}").format(desde)


@dataclass
class _Norma:
    asociacion: str
    sigla: str
    titulo: str
    al: date
    articulos: list
    reformas: list[dict]
    idioma: str | None = None   # en el que escribe la asociación: el del texto guardado (idioma_de_lo_escrito)

    def escrito(self, texto: object) -> object:
        return escrito(texto, self.idioma)

    @property
    def nombre_asociacion(self) -> str:
        nombre = self.asociacion.strip()
        return f"{nombre} ({self.sigla.strip()})" if self.sigla.strip() else nombre


def _portada(norma: _Norma) -> list[Flowable]:
    vigentes = len(norma.articulos)
    historia: list[Flowable] = [
        parrafo(norma.nombre_asociacion, _MEMBRETE),
        Spacer(0, 10),
        parrafo(norma.escrito(norma.titulo.strip()) or traducir("Norma"), _TITULO),
        parrafo(traducir("Texto vigente al {0}").format(fecha_corta(norma.al)), _SUBTITULO),
        Spacer(0, 8),
    ]
    incorporadas = [r for r in norma.reformas if fecha_iso(r.get("vigente_desde")) and
                    fecha_iso(r.get("vigente_desde")) <= norma.al]
    if vigentes == 1:
        presentacion = traducir("Texto ordenado con las reformas vigentes a esa fecha: {0} artículo")
    else:
        presentacion = traducir("Texto ordenado con las reformas vigentes a esa fecha: {0} artículos")
    presentacion = presentacion.format(vigentes)
    posteriores = incorporadas[1:]
    if posteriores:
        ultima = posteriores[-1]
        desde = fecha_corta(fecha_iso(ultima["vigente_desde"]))
        if (ultima.get("aprobada_por") or "").strip():
            presentacion += traducir("; última reforma incorporada, vigente desde {0} ({1})").format(
                desde, ultima["aprobada_por"].strip())
        else:
            presentacion += traducir("; última reforma incorporada, vigente desde {0}").format(desde)
    historia.append(parrafo(presentacion + ".", _PRESENTACION))
    return historia


def _indice(norma: _Norma, paginas: dict[str, int], ancho: float) -> list[Flowable]:
    filas = [[Paragraph(traducir("Artículo"), _CELDA_TITULO), Paragraph(traducir("Título"), _CELDA_TITULO),
              Paragraph(traducir("Página"), _CELDA_TITULO_DERECHA)]]
    for version in norma.articulos:
        clave = _clave(version.numero)
        pagina = paginas.get(clave)
        filas.append([
            Paragraph(f'<a href="#{clave}">{traducir("Artículo {0}").format(texto_pdf(version.numero))}</a>',
                      _INDICE_NUMERO),
            marcar(Paragraph(f'<a href="#{clave}">{texto_pdf(_resumen_titulo(version))}</a>', _INDICE),
                   norma.escrito(_resumen_titulo(version))),
            Paragraph(str(pagina) if pagina else "", _INDICE_PAGINA),
        ])
    indice = tabla(filas, [ancho * 0.17, ancho * 0.71, ancho * 0.12], cebra=False)
    return [Titulo(traducir("Índice"), _SECCION, "indice"), indice]


def _articulos(norma: _Norma, ancho: float) -> list[Flowable]:
    original = _fecha_original(norma.articulos, norma.reformas)
    historia: list[Flowable] = []
    for version in norma.articulos:
        encabezado = encabezado_articulo(version)
        cuerpo = parrafos(norma.escrito(version.texto), _CUERPO) or [parrafo(traducir("(Sin texto.)"), _NOTA)]
        nota = nota_de_reforma(version, original)
        # El encabezado nunca queda solo al pie: va con el primer párrafo (los demás se parten libres).
        bloque = [Titulo(encabezado, _ARTICULO, _clave(version.numero), pasajes=(norma.escrito(version.titulo),)),
                  cuerpo[0]]
        if nota and len(cuerpo) == 1:
            bloque.append(parrafo(nota, _NOTA))
        historia.append(CondPageBreak(60))
        historia.append(KeepTogether(bloque))
        historia.extend(cuerpo[1:])
        if nota and len(cuerpo) > 1:
            historia.append(parrafo(nota, _NOTA))
    return historia


def _reformas(norma: _Norma, ancho: float) -> list[Flowable]:
    incorporadas = sorted((r for r in norma.reformas if (fecha_iso(r.get("vigente_desde")) or date.max) <= norma.al),
                          key=lambda r: fecha_iso(r["vigente_desde"]))
    posteriores = [r for r in norma.reformas if (fecha_iso(r.get("vigente_desde")) or date.min) > norma.al]
    if not incorporadas and not posteriores:
        return []
    historia: list[Flowable] = [CondPageBreak(120), Spacer(0, 14),
                                Titulo(traducir("Reformas incorporadas"), _SECCION, "reformas")]
    if incorporadas:
        filas = [[Paragraph(traducir(t), _CELDA_TITULO) for t in ("Vigente desde", "Aprobada por", "Descripción")]
                 + [Paragraph(traducir("Artículos"), _CELDA_TITULO_DERECHA)]]
        for reforma in incorporadas:
            cantidad = reforma.get("articulos")
            filas.append([
                Paragraph(fecha_corta(fecha_iso(reforma["vigente_desde"])), _CELDA),
                parrafo(norma.escrito(reforma.get("aprobada_por")) or "—", _CELDA),
                parrafo(norma.escrito(reforma.get("descripcion")) or "—", _CELDA),
                Paragraph("" if cantidad is None else str(cantidad), _CELDA_DERECHA),
            ])
        historia.append(tabla(filas, [ancho * 0.15, ancho * 0.37, ancho * 0.36, ancho * 0.12],
                              alineaciones={3: "RIGHT"}))
    if posteriores:
        primera = min(fecha_iso(r["vigente_desde"]) for r in posteriores)
        cantidad = len(posteriores)
        historia.append(Spacer(0, 6))
        if cantidad == 1:
            nota = traducir("Este texto no incluye {0} reforma con vigencia posterior al {1} "
                            "(la primera, desde el {2}).")
        else:
            nota = traducir("Este texto no incluye {0} reformas con vigencia posterior al {1} "
                            "(la primera, desde el {2}).")
        historia.append(parrafo(nota.format(cantidad, fecha_corta(norma.al), fecha_corta(primera)), _NOTA))
    return historia


def _historia(norma: _Norma, paginas: dict[str, int], ancho: float, alto: float) -> list[Flowable]:
    historia = _portada(norma)
    historia.append(Spacer(0, 18))
    if not norma.articulos:
        vacio = traducir("La norma no tenía artículos vigentes al {0}.").format(fecha_corta(norma.al))
        historia.append(parrafo(vacio, _VACIO))
        historia.extend(_reformas(norma, ancho))
        return historia
    historia.extend(_indice(norma, paginas, ancho))
    # El texto empieza en página nueva, salvo que el índice sea corto y quede más de media página libre.
    historia.append(CondPageBreak(alto / 2))
    historia.append(Spacer(0, 16))
    historia.extend(_articulos(norma, ancho))
    historia.extend(_reformas(norma, ancho))
    return historia


def _titulo_de_las_cabezas(titulo: str, al: date, ancho: float) -> str:
    """«Título — texto vigente al 29/11/2026» en `ancho`: si no cabe, se corta el título (con «…»), nunca la fecha."""
    completo = titulo_documento(titulo, al)
    sobra = stringWidth(completo, FUENTE, 8) - ancho
    if sobra <= 0:
        return completo
    return titulo_documento(cortar_al_ancho(titulo, FUENTE, 8, max(stringWidth(titulo, FUENTE, 8) - sobra, 0)), al)


def _decorador(norma: _Norma, hoja: Hoja, generado: date) -> Callable[[Canvas, int, int], None]:
    # Arriba de cada página, el título a la derecha (hasta dos tercios del renglón) y la asociación en lo que queda.
    derecha = _titulo_de_las_cabezas(norma.titulo, norma.al, hoja.ancho_util * 2 / 3)

    def decorar(c: Canvas, numero: int, total: int) -> None:
        if numero > 1:  # la primera página ya lleva el membrete completo en el cuerpo
            y = hoja.alto - MARGEN - 6
            c.setFont(FUENTE, 8)
            c.setFillColor(GRIS)
            ancho_derecha = stringWidth(derecha, FUENTE, 8)
            c.drawRightString(hoja.derecha, y, derecha)
            c.drawString(hoja.izquierda, y, cortar_al_ancho(norma.nombre_asociacion, FUENTE, 8,
                                                    hoja.ancho_util - ancho_derecha - 18))
            c.setStrokeColor(GRIS_REGLA)
            c.setLineWidth(0.5)
            c.line(hoja.izquierda, y - 5, hoja.derecha, y - 5)
        dibujar_pie(c, hoja, generado, numero, total)

    return decorar


def escribir_texto_norma_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str, titulo: str,
                             al: date, articulos: list, reformas: list[dict], generado: date | None = None,
                             sello=None, idioma_de_lo_escrito: str | None = None) -> int:
    """Escribe el texto de la norma vigente al `al` y devuelve el número de páginas.

    `articulos`: las `VersionArticulo` vigentes (`servicios.estatutos.texto_en`), en su orden.
    `reformas`: las de `servicios.estatutos.listar_reformas` (vigente_desde, aprobada_por, descripcion,
    articulos); las posteriores a `al` no se listan como incorporadas, solo se cuentan en una nota.
    `generado`: fecha que figura en el pie («Generado con Escritorio el …»); por omisión, hoy.
    `sello`: su código de verificación: al pie de cada página y, con su QR, al final del texto.
    `idioma_de_lo_escrito`: el de los documentos de la asociación («es», «pt»), en que están guardados el título, los
    artículos y las reformas: si no es el del documento, sus elementos llevan su /Lang (`idioma_de_lo_escrito`).
    """
    from .sello_en_pagina import con_codigo_al_pie
    from .verificacion import SelloVerificacion

    norma = _Norma(asociacion or "", sigla or "", titulo or "", al, [a for a in articulos if not a.derogado],
                   list(reformas or []), idioma_de_lo_escrito)
    generado = generado or date.today()
    hoja = preparar_hoja(papel, Encabezado(norma.asociacion, norma.sigla, norma.titulo, al))
    arriba = hoja.alto - MARGEN - _ALTO_CABEZA
    titulo_pdf = titulo_documento(norma.titulo, al)

    def documento(destino: io.BytesIO) -> DocumentoPaginado:
        return DocumentoPaginado(destino, hoja=hoja, arriba=arriba,
                                 decorar=con_codigo_al_pie(_decorador(norma, hoja, generado), hoja, sello),
                                 titulo=titulo_pdf, autor=norma.asociacion, asunto=f"{titulo_pdf} · {norma.asociacion}")

    alto_marco = arriba - hoja.abajo_contenido

    def historia(paginas: dict[str, int]) -> list[Flowable]:
        partes = _historia(norma, paginas, hoja.ancho_util, alto_marco)
        if sello is not None:
            partes += [Spacer(0, 14), SelloVerificacion(sello, hoja.ancho_util)]
        return partes

    return construir_paginado(ruta, documento, historia, roles=ROLES)
