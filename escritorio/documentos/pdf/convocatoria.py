"""Convocatoria a una sesión en PDF: una nota con el membrete de la asociación.

Lleva «CONVOCATORIA», el título de la sesión, fecha, hora y lugar (o el enlace de la reunión virtual),
el orden del día numerado en árbol (los subpuntos con sangría), la regla de quórum, los destinatarios
(en columnas si son muchos), la fecha de la convocatoria y el bloque de firma. Si la convocatoria sale
con menos anticipación de la que pide el estatuto, el aviso va en un recuadro bien visible.

Se arma con platypus y las piezas de `estatuto.py` (varias pasadas para el «Página X de Y»). Las piezas
de carta (membrete, márgenes, encabezado corrido, bloque de firma) también las usa `acta.py`.
Los textos del usuario se escapan antes de entrar en un `Paragraph`: se imprimen tal cual. Las palabras del
programa se escriben en el idioma del documento con `traducir`, al llamarse (`TITULO` queda en castellano).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from escritorio.dominio.sesiones import TIPOS_PUNTO
from escritorio.dominio.orden_alfabetico import clave_en_curso
from escritorio.dominio.traduccion import traducir

from escritorio.dominio.formato import fecha_larga

from ..visible import LARGO_EN_DOCUMENTO
from .base import (FUENTE, FUENTE_NEGRITA, MARGEN, Encabezado, Hoja, cortar_al_ancho, dibujar_pie, fecha_corta,
                   preparar_hoja)
from .columnas import ListaEnColumnas
from .etiquetas import FICHA, EtiquetasDeTabla
from .idioma_de_lo_escrito import marcar, recortado
from .estatuto import (AZUL, CURSIVA, FONDO_SUAVE, GRIS, GRIS_REGLA, DocumentoPaginado, con_pasajes, construir_paginado,
                       estilo, parrafo, recuadro, texto_pdf)
from .fuentes import SERIF, SERIF_NEGRITA
from .lineas_de_firma import ALTO as ALTO_PARA_FIRMAR, EspacioParaFirmar

TITULO = "CONVOCATORIA"

_MARGEN_CARTA = 20 * mm
_ALTO_CABEZA = 22         # encabezado corrido de la página 2 en adelante
_SANGRIA = 16             # por nivel del orden del día
_COLUMNAS_DESDE = 8       # con más destinatarios, la lista va en columnas

NARANJA = colors.Color(0.85, 0.55, 0.10)
FONDO_NARANJA = colors.Color(1.0, 0.96, 0.86)
MARRON = colors.Color(0.45, 0.25, 0.0)


# --- Piezas de carta (también las usa el acta) ---------------------------------------------------

@dataclass(frozen=True)
class HojaCarta(Hoja):
    """La hoja de los listados con márgenes laterales de carta (20 mm): renglones más cómodos de leer."""

    @property
    def izquierda(self) -> float:
        return _MARGEN_CARTA

    @property
    def derecha(self) -> float:
        return self.ancho - _MARGEN_CARTA

    @property
    def ancho_util(self) -> float:
        return self.ancho - 2 * _MARGEN_CARTA


def hoja_carta(papel: str, asociacion: str, sigla: str, titulo: str, fecha: date) -> HojaCarta:
    hoja = preparar_hoja(papel, Encabezado(asociacion, sigla, titulo, fecha))
    return HojaCarta(hoja.ancho, hoja.alto, hoja.lineas_asociacion)


def nombre_con_sigla(asociacion: str, sigla: str) -> str:
    nombre = (asociacion or "").strip()
    sigla = (sigla or "").strip()
    if sigla and sigla.casefold() not in nombre.casefold():
        return f"{nombre} ({sigla})" if nombre else sigla
    return nombre


_MEMBRETE_NOMBRE = estilo("membrete_nombre", fontName=FUENTE_NEGRITA, fontSize=13, leading=16, alignment=TA_CENTER,
                          textColor=AZUL)
_MEMBRETE_DETALLE = estilo("membrete_detalle", fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=GRIS)


def membrete(asociacion: str, sigla: str, detalle: str, ancho: float) -> list[Flowable]:
    """Nombre de la asociación centrado, una línea gris (sigla · área) y una regla: el papel membretado."""
    nombre = (asociacion or "").strip() or (sigla or "").strip()
    linea = con_pasajes(" · ".join(x for x in ((sigla or "").strip(), detalle.strip()) if x), detalle)
    historia: list[Flowable] = [parrafo(nombre, _MEMBRETE_NOMBRE)]
    if linea:
        historia.append(parrafo(linea, _MEMBRETE_DETALLE))
    historia += [Spacer(0, 5), HRFlowable(width=ancho, thickness=1.1, color=AZUL, spaceAfter=1.5),
                 HRFlowable(width=ancho, thickness=0.4, color=AZUL, spaceAfter=0)]
    return historia


def decorador_carta(hoja: Hoja, izquierda: str, derecha: str, generado: date,
                    fondo: Callable[[Canvas, Hoja], None] | None = None) -> Callable[[Canvas, int, int], None]:
    """Pie con «Página X de Y» en todas las páginas y, desde la segunda, un encabezado corrido
    (asociación a la izquierda, documento a la derecha). `fondo` dibuja antes que todo (marca de agua)."""

    def decorar(c: Canvas, numero: int, total: int) -> None:
        if fondo is not None:
            fondo(c, hoja)
        if numero > 1:
            y = hoja.alto - MARGEN - 6
            c.setFont(FUENTE, 8)
            c.setFillColor(GRIS)
            texto_derecha = cortar_al_ancho(derecha, FUENTE, 8, hoja.ancho_util * 0.55)
            c.drawRightString(hoja.derecha, y, texto_derecha)
            c.drawString(hoja.izquierda, y, cortar_al_ancho(izquierda, FUENTE, 8,
                                                            hoja.ancho_util - stringWidth(texto_derecha, FUENTE, 8) - 18))
            c.setStrokeColor(GRIS_REGLA)
            c.setLineWidth(0.5)
            c.line(hoja.izquierda, y - 5, hoja.derecha, y - 5)
        dibujar_pie(c, hoja, generado, numero, total)

    return decorar


def arriba_del_cuerpo(hoja: Hoja) -> float:
    return hoja.alto - MARGEN - _ALTO_CABEZA


_FIRMA_NOMBRE = estilo("firma_nombre", fontName=FUENTE_NEGRITA, fontSize=9.5, leading=12, alignment=TA_CENTER)
_FIRMA_CARGO = estilo("firma_cargo", fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=GRIS)
_FIRMA_DETALLE = estilo("firma_detalle", fontSize=7.5, leading=9.5, alignment=TA_CENTER, textColor=GRIS)


def bloque_firma(nombre: str | None, cargo: str, ancho: float, detalle: str | None = None, *,
                 digital: bool = False) -> list[Flowable]:
    """Espacio para firmar a mano, la línea, la aclaración (en negrita), el cargo y, si se da, de dónde le viene
    (en gris: «Intendenta de Mar del Plata · Secretaría Ejecutiva»). Con `digital`, el espacio sobre la línea queda
    además como campo de firma del PDF: allí se ve la firma digital (`lineas_de_firma`)."""
    espacio = EspacioParaFirmar(ancho, cargo, nombre) if digital else Spacer(0, ALTO_PARA_FIRMAR)
    contenido: list[Flowable] = [espacio, HRFlowable(width=ancho, thickness=0.6, color=colors.black, spaceAfter=3)]
    if (nombre or "").strip():
        contenido.append(parrafo(nombre.strip(), _FIRMA_NOMBRE))
    if cargo:
        contenido.append(parrafo(cargo, _FIRMA_CARGO))
    if (detalle or "").strip():
        contenido.append(parrafo(detalle.strip(), _FIRMA_DETALLE))
    return contenido


def firmas(bloques: Sequence[tuple], ancho: float, *, digitales: bool = False) -> Table:
    """Uno o más bloques de firma lado a lado (uno solo va a la derecha, como en una carta). Cada bloque:
    (nombre, cargo) o (nombre, cargo, detalle); las líneas para firmar quedan a la misma altura. Con `digitales`,
    cada línea es también un campo de firma del PDF (actas y resoluciones, que se firman digitalmente)."""
    ancho_firma = min(78 * mm, ancho * 0.44)
    if len(bloques) == 1:
        nombre, cargo, *resto = bloques[0]
        fila: list = ["", bloque_firma(nombre, cargo, ancho_firma, resto[0] if resto else None, digital=digitales)]
        anchos = [ancho - ancho_firma, ancho_firma]
    else:
        hueco = (ancho - ancho_firma * len(bloques)) / (len(bloques) - 1)
        fila, anchos = [], []
        for i, bloque in enumerate(bloques):
            if i:
                fila.append("")
                anchos.append(hueco)
            nombre, cargo, *resto = bloque
            fila.append(bloque_firma(nombre, cargo, ancho_firma, resto[0] if resto else None, digital=digitales))
            anchos.append(ancho_firma)
    t = Table([fila], colWidths=anchos)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def ficha(datos: Sequence[tuple[str, str]], ancho: float, *, columnas: int = 1) -> Table:
    """Datos de la sesión en un recuadro suave: «Fecha  miércoles 10 de junio de 2026»…

    El rótulo va alineado a la derecha de su columna, junto a su valor y en la misma línea de base: así un lector de
    texto (pdftotext, copiar y pegar) lee cada par rótulo-valor junto, y no todos los rótulos y después los valores.
    En el PDF etiquetado, el rótulo es TH y el valor TD (`etiquetas.FICHA`)."""
    rotulo = estilo("ficha_rotulo", fontName=FUENTE_NEGRITA, fontSize=10, leading=12.5, textColor=GRIS,
                    alignment=TA_RIGHT)
    valor = estilo("ficha_valor", fontSize=10, leading=12.5)
    filas = []
    for i in range(0, len(datos), columnas):
        fila = []
        for r, v in datos[i:i + columnas]:
            fila += [Paragraph(f'<font size="8.5">{texto_pdf(r)}</font>', rotulo),
                     parrafo(v, valor, LARGO_EN_DOCUMENTO)]
        fila += ["", ""] * (columnas - len(datos[i:i + columnas]))
        filas.append(fila)
    ancho_rotulo = 26 * mm
    anchos = [ancho_rotulo, ancho / columnas - ancho_rotulo] * columnas
    t = Table(filas, colWidths=anchos, renderCB=EtiquetasDeTabla(FICHA))  # rótulo (TH) y valor (TD), de a pares
    orden = [
        ("BACKGROUND", (0, 0), (-1, -1), FONDO_SUAVE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, AZUL),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, AZUL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -2), 1.5),
    ]
    for k in range(0, 2 * columnas, 2):
        # El rótulo (8,5 pt) baja 1,5 pt hasta la línea de base del valor (10 pt), sin agrandar la fila; y queda a
        # 8 pt del valor (con más, pdftotext ya los separa en dos columnas). El valor conserva su ancho.
        orden += [("TOPPADDING", (k, 0), (k, 0), 7.5), ("TOPPADDING", (k, 1), (k, -1), 3),
                  ("BOTTOMPADDING", (k, -1), (k, -1), 5.5), ("BOTTOMPADDING", (k, 0), (k, -2), 0),
                  ("RIGHTPADDING", (k, 0), (k, -1), 0)]
    t.setStyle(TableStyle(orden))
    return t


def nivel(numeracion: str) -> int:
    """'1' -> 0, '1.2' -> 1, '1.2.3' -> 2."""
    return str(numeracion or "").count(".")


def rotulo_tipo_punto(tipo: str) -> str:
    """El tipo de un punto en el idioma en curso, de su código («votacion») o de su rótulo en castellano
    («Votación»); otro texto (un rótulo que el acta ya guardó traducido) queda tal cual."""
    for codigo, rotulo in TIPOS_PUNTO.items():
        if tipo in (codigo, rotulo):
            return traducir(TIPOS_PUNTO[codigo])
    return tipo


def puntos_en_arbol(puntos: Sequence[dict], base: dict, rotulo_tipo: bool = True) -> list[Flowable]:
    """El orden del día numerado: «1.», «1.1.» con sangría por nivel y el tipo de punto en gris.

    El texto de cada nivel empieza donde termina el número más ancho de ese nivel: «10.2.» no lo pisa."""
    numeros = [str(p.get("numeracion") or "").strip() for p in puntos]
    anchos: dict[int, float] = {}
    for numero in numeros:
        ancho = stringWidth(f"{numero}.", base["bulletFontName"], base["bulletFontSize"])
        anchos[nivel(numero)] = max(anchos.get(nivel(numero), 0.0), ancho)
    estilos = {n: estilo(f"punto_{n}", leftIndent=_SANGRIA * n + max(22, a + 6), bulletIndent=_SANGRIA * n, **base)
               for n, a in anchos.items()}
    historia: list[Flowable] = []
    for p, numero in zip(puntos, numeros):
        texto = texto_pdf(p.get("titulo") or "—", LARGO_EN_DOCUMENTO)
        tipo = rotulo_tipo_punto(str(p.get("tipo") or ""))
        # Solo el título (texto guardado), el ítem lleva su idioma (idioma_de_lo_escrito); con el tipo o la regla, no.
        solo_titulo = not (rotulo_tipo and tipo) and not str(p.get("regla") or "").strip()
        if rotulo_tipo and tipo:
            texto += f' <font size="{base["fontSize"] - 2}" color="#6b6b6b">({texto_pdf(tipo)})</font>'
        if str(p.get("regla") or "").strip():  # lo que necesita un punto que se vota: quórum y mayoría con artículos
            texto += (f'<br/><font size="{base["fontSize"] - 1.5}" color="#3d3d3d">'
                      f'{texto_pdf(str(p["regla"]).strip(), LARGO_EN_DOCUMENTO)}</font>')
        pieza = Paragraph(texto, estilos[nivel(numero)], bulletText=f"{numero}." if numero else None)
        historia.append(marcar(pieza, p.get("titulo")) if solo_titulo else pieza)
    return historia


# --- La convocatoria ---------------------------------------------------------------------------

_TITULO = estilo("conv_titulo", fontName=FUENTE_NEGRITA, fontSize=20, leading=24, alignment=TA_CENTER,
                 textColor=AZUL, spaceBefore=14)
_SUBTITULO = estilo("conv_subtitulo", fontName=FUENTE_NEGRITA, fontSize=12.5, leading=16, alignment=TA_CENTER,
                    spaceBefore=3, spaceAfter=12)
_SECCION = estilo("conv_seccion", fontName=FUENTE_NEGRITA, fontSize=11, leading=14, spaceBefore=13, spaceAfter=5,
                  textColor=AZUL, keepWithNext=1)
_TEXTO = estilo("conv_texto", fontName=SERIF, fontSize=11, leading=14.5, spaceAfter=4)
_PUNTO = dict(fontName=SERIF, fontSize=11, leading=14.5, spaceAfter=3, bulletFontName=SERIF_NEGRITA,
              bulletFontSize=11)
_VACIO = estilo("conv_vacio", fontName=CURSIVA, fontSize=10, leading=13, textColor=GRIS)
_QUORUM = estilo("conv_quorum", fontName=SERIF, fontSize=10.5, leading=14)
_QUORUM_ROTULO = SERIF_NEGRITA
_DESTINATARIO = estilo("conv_destinatario", fontSize=8.5, leading=10.5, leftIndent=8, bulletIndent=0)
_GRUPO_DESTINATARIOS = estilo("conv_grupo_destinatarios", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=11,
                              textColor=AZUL)
_AVISO_TITULO = estilo("conv_aviso_titulo", fontName=FUENTE_NEGRITA, fontSize=10, leading=13, textColor=MARRON,
                       spaceAfter=2)
_AVISO = estilo("conv_aviso", fontSize=9.5, leading=12.5)
_FECHA = estilo("conv_fecha", fontName=SERIF, fontSize=11, leading=14, alignment=TA_RIGHT, spaceBefore=14)


# El tipo de estructura de cada párrafo en el PDF etiquetado (`etiquetas.Estructura`), por su estilo; los demás, P.
# Los puntos del orden del día y los destinatarios (con viñeta) son ítems de lista.
ROLES = {"conv_titulo": "H1", "conv_seccion": "H2", "conv_aviso_titulo": "H2", "conv_grupo_destinatarios": "H3"}


def _quorum(regla: str) -> Paragraph:
    regla = (regla or "").strip()
    if regla.casefold().startswith("quórum:"):
        resto = regla[len("quórum:"):].strip()
        rotulo = texto_pdf(regla[:len("quórum:")])
        return Paragraph(f'<font name="{_QUORUM_ROTULO}">{rotulo}</font> {texto_pdf(resto)}', _QUORUM)
    return parrafo(regla, _QUORUM)


def _introduccion(fecha: date, hora: str | None, lugar: str | None, enlace: str | None) -> str:
    """La frase de la convocatoria, entera en el idioma en curso: una por cada combinación de hora (con o sin) y
    lugar (presencial, mixta, virtual o sin decir), para que cada idioma la arme a su manera."""
    hora, lugar, enlace = (hora or "").strip(), (lugar or "").strip(), (enlace or "").strip()
    dia = fecha_larga(fecha, con_dia=True)
    if hora:
        if lugar and enlace:
            plantilla = traducir("Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará "
                                 "el {0} a las {1} horas en {2}, con participación virtual por el enlace indicado, "
                                 "para tratar el siguiente orden del día.")
        elif lugar:
            plantilla = traducir("Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará "
                                 "el {0} a las {1} horas en {2}, para tratar el siguiente orden del día.")
        elif enlace:
            plantilla = traducir("Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará "
                                 "el {0} a las {1} horas en modalidad virtual, por el enlace indicado, para tratar el "
                                 "siguiente orden del día.")
        else:
            plantilla = traducir("Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará "
                                 "el {0} a las {1} horas, para tratar el siguiente orden del día.")
        return plantilla.format(dia, hora, lugar)
    if lugar and enlace:
        plantilla = traducir("Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará "
                             "el {0} en {1}, con participación virtual por el enlace indicado, para tratar el "
                             "siguiente orden del día.")
    elif lugar:
        plantilla = traducir("Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará "
                             "el {0} en {1}, para tratar el siguiente orden del día.")
    elif enlace:
        plantilla = traducir("Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará "
                             "el {0} en modalidad virtual, por el enlace indicado, para tratar el siguiente orden "
                             "del día.")
    else:
        plantilla = traducir("Por la presente se convoca a los integrantes del órgano a la sesión que se celebrará "
                             "el {0}, para tratar el siguiente orden del día.")
    return plantilla.format(dia, lugar)


def columnas_de_lista(textos: Sequence[str | tuple[str | None, str]], ancho: float, estilo_item, *,
                      columnas: int | None = None, estilo_grupo=None) -> Flowable:
    """Una lista larga en columnas que se lee en orden en cada página (`columnas.ListaEnColumnas`): cada página
    llena su primera columna de arriba abajo, después la segunda; lo que no entra sigue en la página siguiente.
    Una entrada (grupo, texto) va bajo el título de su grupo («Argentina (55)»), que se repite con
    «(continuación)» si el grupo sigue en otra columna o página. `ancho` queda por compatibilidad: la lista
    ocupa el ancho del marco. Los grupos van por orden alfabético (sin grupo, al final) y, dentro de cada uno, las
    entradas en el orden dado: cada país aparece una sola vez."""
    entradas = [t if isinstance(t, tuple) else (None, t) for t in textos]
    entradas.sort(key=lambda e: (e[0] is None or e[0] == "—", clave_en_curso(e[0] or "")))  # estable
    if columnas is None:
        columnas = 1 if len(entradas) <= _COLUMNAS_DESDE else (2 if len(entradas) <= 30 else 3)
    return ListaEnColumnas(entradas, columnas, estilo_item, estilo_grupo or _GRUPO_DESTINATARIOS)


def escribir_convocatoria_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str, titulo: str,
                              organo: str, fecha: date, hora: str | None, lugar: str | None, enlace: str | None,
                              puntos: list[dict], regla_quorum: str, destinatarios: list[str | tuple[str, str]],
                              convocada_el: date,
                              firma: tuple[str | None, str, str | None], aviso: str | None,
                              generado: date | None = None, sello=None, mociones: list[dict] | None = None) -> int:
    """Escribe la convocatoria y devuelve el número de páginas.

    `puntos`: el orden del día (numeracion «1», «1.1»…, titulo, tipo: código o nombre del tipo de punto; regla: lo
    que necesita un punto que se vota, «Quórum: …; mayoría: …», o None).
    `regla_quorum`: la frase de `ReglaQuorum.describir()`. `destinatarios`: uno por destinatario, en el orden de
    lectura: un texto, o (país, nombre) para listarlos bajo el título de su país.
    `firma`: (nombre, cargo, de dónde le viene) de quien convoca (`firmantes.quien_convoca`); sin nombre, la
    aclaración queda para completar a mano.
    `aviso`: la advertencia de `sesiones.aviso_de_anticipacion` (convocatoria con plazo reducido), o None.
    `generado`: la fecha del pie («Generado con Escritorio el …»); por omisión, hoy.
    `sello`: su código de verificación: al pie de cada página y, con su QR, después de la firma.
    `mociones`: si se adjuntan, las mociones recibidas (convocatoria_mociones.py), al final; None: no se adjuntan.
    """
    from .sello_en_pagina import con_codigo_al_pie
    from .verificacion import SelloVerificacion

    generado = generado or date.today()
    hoja = hoja_carta(papel, asociacion or "", sigla or "", traducir(TITULO), convocada_el)
    ancho = hoja.ancho_util
    nombre = nombre_con_sigla(asociacion, sigla)
    titulo = (titulo or "").strip() or traducir("Sesión")
    convocatoria = traducir("Convocatoria")
    decorar = con_codigo_al_pie(decorador_carta(hoja, nombre, f"{convocatoria} · {titulo}", generado), hoja, sello)

    def documento(destino: io.BytesIO) -> DocumentoPaginado:
        return DocumentoPaginado(destino, hoja=hoja, arriba=arriba_del_cuerpo(hoja), decorar=decorar,
                                 titulo=f"{convocatoria} · {titulo}", autor=asociacion or "",
                                 asunto=f"{convocatoria} · {titulo} · {fecha_corta(fecha)} · {asociacion}")

    def historia(_paginas) -> list[Flowable]:
        h: list[Flowable] = membrete(asociacion, sigla, organo or "", ancho)
        h += [parrafo(traducir(TITULO), _TITULO), parrafo(con_pasajes(titulo, organo), _SUBTITULO)]
        datos = [(traducir("Fecha"), fecha_larga(fecha, con_dia=True))]
        if (hora or "").strip():
            datos.append((traducir("Hora"), traducir("{0} horas").format(hora.strip())))
        if (lugar or "").strip():
            datos.append((traducir("Lugar"), recortado(lugar)))
        if (enlace or "").strip():
            if (lugar or "").strip():
                datos.append((traducir("Enlace virtual"), enlace.strip()))
            else:
                datos.append((traducir("Modalidad"), traducir("Virtual — {0}").format(enlace.strip())))
        h.append(ficha(datos, ancho))
        if (aviso or "").strip():
            caja = recuadro([parrafo(traducir("Atención: convocatoria con plazo reducido"), _AVISO_TITULO),
                             parrafo(aviso.strip(), _AVISO)],
                            ancho, fondo=FONDO_NARANJA, borde=NARANJA, barra=NARANJA)
            h += [Spacer(0, 10), KeepTogether([caja])]
        h += [Spacer(0, 12), Paragraph(texto_pdf(_introduccion(fecha, hora, lugar, enlace)), _TEXTO)]
        h.append(parrafo(traducir("Orden del día"), _SECCION))
        if puntos:
            h += puntos_en_arbol(puntos, _PUNTO)
        else:
            h.append(parrafo(traducir("El orden del día se comunicará por separado."), _VACIO))
        if (regla_quorum or "").strip():
            h += [Spacer(0, 8), _quorum(regla_quorum)]
        h.append(KeepTogether([parrafo(traducir("Convocatoria emitida el {0}.").format(fecha_larga(convocada_el)),
                                       _FECHA),
                               firmas([firma], ancho)]))
        if sello is not None:  # el código de verificación y su QR, bajo la firma
            h += [SelloVerificacion(sello, ancho)]   # con la zona en blanco del QR arriba y abajo
        # La distribución va después de la firma, como en una nota: la convocatoria cabe en su primera página.
        h += [Spacer(0, 6), CondPageBreak(60),
              parrafo(traducir("Destinatarios ({0})").format(len(destinatarios)), _SECCION)]
        if destinatarios:
            h.append(columnas_de_lista(destinatarios, ancho, _DESTINATARIO))
        else:
            h.append(parrafo(traducir("La composición del órgano no tiene integrantes en la fecha de la sesión."),
                             _VACIO))
        if mociones is not None:
            from .convocatoria_mociones import mociones_recibidas

            h += mociones_recibidas(mociones)
        return h

    from .convocatoria_mociones import ROLES as ROLES_DE_LAS_MOCIONES

    return construir_paginado(ruta, documento, historia, roles={**ROLES, **ROLES_DE_LAS_MOCIONES})
