"""Las fuentes de los PDF: Liberation Sans, Serif y Mono, que viajan con el programa en `recursos/fuentes/`.

Reemplazan a las 14 fuentes estándar del PDF (Helvetica, Times, Courier), que no se incrustan y solo tienen
la codificación WinAnsi: con ellas una letra guaraní (ẽ ĩ ũ ỹ g̃), polaca (Ł) o un «№» salía como un cuadro.
Las Liberation tienen las mismas medidas que aquellas (la maquetación no cambia), cubren el latín extendido
y su licencia (SIL OFL 1.1, `recursos/fuentes/LICENCIA-OFL.txt`) permite incrustarlas. reportlab incrusta en
cada PDF solo las letras que usa (un subconjunto), como pide PDF/A.

Se registran en reportlab una sola vez por proceso, la primera vez que se importa este módulo (es decir, la
primera vez que se hace un PDF: los servicios importan los módulos de documentos recién al usarlos). Cada
documento usa las constantes de aquí, nunca un nombre de fuente estándar: un solo «Helvetica» dejaría una
fuente sin incrustar en el PDF.

Las familias quedan registradas (`registerFontFamily`) para que <b> e <i> en el marcado de un `Paragraph`
elijan la negrita o la cursiva de la misma familia.

Letras con marcas combinantes (la g̃ guaraní es «g» + U+0303, sin forma precompuesta): la tilde de las fuentes
tiene avance 0 y, dibujada tal cual, cae sobre la letra siguiente («g̃uarã» se veía «gũarã»). Todo PDF se dibuja
con `Lienzo` (un Canvas de reportlab): cada texto que pasa por él —drawString, drawRightString,
drawCentredString, los renglones de los `Paragraph` y de las celdas de platypus— se modela con HarfBuzz
(uharfbuzz) solo si `necesita_modelado` (tiene una marca combinante): el resto, casi todo, se dibuja como
antes y no cuesta nada más. Se modela solo para ubicar las marcas (sin interletraje ni ligaduras), así los
anchos son los de `stringWidth`: lo que mide `partir_texto` o un Paragraph es lo que se dibuja, y el texto
extraído del PDF es el mismo.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import unicodedata
from functools import cache, lru_cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.abag import ABag
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.ttfonts import ShapedStr, TTFError, TTFont, shapeFragWord
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.tables import CellStyle

from escritorio.errores import ErrorEscritorio
from escritorio.recursos import carpeta_recursos

from .idioma_de_lo_escrito import cerrar_pendientes, registrar_en

SANS = "LiberationSans"
SANS_NEGRITA = "LiberationSans-Bold"
SANS_CURSIVA = "LiberationSans-Italic"
SANS_NEGRITA_CURSIVA = "LiberationSans-BoldItalic"
SERIF = "LiberationSerif"
SERIF_NEGRITA = "LiberationSerif-Bold"
SERIF_CURSIVA = "LiberationSerif-Italic"
SERIF_NEGRITA_CURSIVA = "LiberationSerif-BoldItalic"
MONO = "LiberationMono"

# Nombre registrado -> archivo en recursos/fuentes/.
ARCHIVOS = {
    SANS: "LiberationSans-Regular.ttf",
    SANS_NEGRITA: "LiberationSans-Bold.ttf",
    SANS_CURSIVA: "LiberationSans-Italic.ttf",
    SANS_NEGRITA_CURSIVA: "LiberationSans-BoldItalic.ttf",
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_NEGRITA: "LiberationSerif-Bold.ttf",
    SERIF_CURSIVA: "LiberationSerif-Italic.ttf",
    SERIF_NEGRITA_CURSIVA: "LiberationSerif-BoldItalic.ttf",
    MONO: "LiberationMono-Regular.ttf",
}

_candado = threading.Lock()
_registradas = False


def carpeta_fuentes():
    return carpeta_recursos() / "fuentes"


def registrar() -> None:
    """Registra las fuentes en reportlab (solo la primera vez). Si falta un archivo o está dañado lanza
    ErrorEscritorio con la ruta y qué hacer: sin las fuentes no se puede hacer ningún PDF."""
    global _registradas
    if _registradas:
        return
    with _candado:
        if _registradas:
            return
        carpeta = carpeta_fuentes()
        for nombre, archivo in ARCHIVOS.items():
            ruta = carpeta / archivo
            if not ruta.is_file():
                raise ErrorEscritorio(
                    f"Falta la fuente {archivo} en {carpeta}: sin ella no se pueden hacer los PDF. "
                    "Reinstale Escritorio (o restaure la carpeta recursos/fuentes) y vuelva a intentarlo.")
            try:
                pdfmetrics.registerFont(TTFont(nombre, str(ruta)))
            except (TTFError, OSError) as error:
                logging.getLogger("escritorio").warning("Fuente %s: %r", ruta, error)
                raise ErrorEscritorio(
                    f"La fuente {ruta} está dañada o no se puede leer: reinstale Escritorio "
                    "(o restaure la carpeta recursos/fuentes) y vuelva a intentarlo.") from None
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_NEGRITA, italic=SANS_CURSIVA,
                                      boldItalic=SANS_NEGRITA_CURSIVA)
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_NEGRITA, italic=SERIF_CURSIVA,
                                      boldItalic=SERIF_NEGRITA_CURSIVA)
        pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO)
        # La fuente con que empieza cada página de un Canvas o DocTemplate que no diga otra (reportlab la
        # nombra en los recursos de todas las páginas) y la de los dibujos de reportlab.graphics (el QR del
        # código de verificación, que renderPDF empieza con un setFont): también la nuestra. Si no, cada página
        # nombraría una Helvetica sin incrustar.
        rl_config.canvas_basefontname = SANS
        rl_config.defaultGraphicsFontName = SANS
        # Lo mismo con los valores por omisión de platypus, que reportlab fija al importarse: una celda de
        # texto de una Table (aunque sea "") hace setFont con la fuente de CellStyle, y un ParagraphStyle sin
        # fontName usa la de ParagraphStyle.defaults.
        ParagraphStyle.defaults["fontName"] = ParagraphStyle.defaults["bulletFontName"] = SANS
        CellStyle.fontname = SANS
        _registradas = True


@cache
def _faltantes() -> re.Pattern:
    """Un carácter que alguna de las fuentes no tiene (se mira la intersección: un texto puede ir en cualquiera)."""
    cubiertos = set.intersection(*(set(pdfmetrics.getFont(nombre).face.charToGlyph) for nombre in ARCHIVOS))
    cubiertos |= {ord("\n"), ord("\r"), ord("\t")}  # los saltos los resuelven `visible` y quien dibuja
    rangos, inicio, anterior = [], None, None
    for codigo in sorted(cubiertos):
        if inicio is None:
            inicio = codigo
        elif codigo != anterior + 1:
            rangos.append((inicio, anterior))
            inicio = codigo
        anterior = codigo
    rangos.append((inicio, anterior))
    clase = "".join(f"\\U{a:08X}-\\U{b:08X}" if a != b else f"\\U{a:08X}" for a, b in rangos)
    return re.compile(f"[^{clase}]")


def _notacion(encontrado: re.Match) -> str:
    return f"[U+{ord(encontrado.group()):04X}]"


def imprimible(texto: str) -> str:
    """`texto` con cada carácter que las fuentes no tienen (chino, árabe, emoji…) escrito como [U+XXXX], como
    `documentos.visible` muestra un carácter invisible: dibujado tal cual saldría un cuadro vacío (el glifo
    .notdef, que además PDF/A prohíbe) sin que nadie sepa qué había. El latín, el griego y el cirílico están."""
    if texto.isascii():
        return texto
    return _faltantes().sub(_notacion, texto)



# --- Modelado de texto: marcas combinantes en su lugar ------------------------------------------------------

# Solo se ubican las marcas: sin interletraje ni ligaduras, los anchos son los de `stringWidth` (lo medido es lo
# dibujado) y una ligadura «ﬁ» no cambia el texto que se extrae del PDF.
_RASGOS = {"kern": False, "liga": False, "dlig": False, "clig": False}


@cache
def _clase_marcas() -> str:
    """Las marcas combinantes (categorías Mn, Mc, Me de Unicode) que alguna de las fuentes tiene, para una clase de
    una expresión regular. Las que no tiene ninguna, `imprimible` ya las escribe [U+XXXX]."""
    cubiertos = set.union(*(set(pdfmetrics.getFont(nombre).face.charToGlyph) for nombre in ARCHIVOS))
    return "".join(f"\\U{c:08X}" for c in sorted(cubiertos) if unicodedata.category(chr(c)).startswith("M"))


@cache
def _marcas() -> re.Pattern:
    return re.compile(f"[{_clase_marcas()}]")


@cache
def _grupos() -> re.Pattern:
    """Una letra con sus marcas («g» + U+0303): lo único que se modela de un texto."""
    return re.compile(f"[^{_clase_marcas()}]?[{_clase_marcas()}]+")


def necesita_modelado(texto) -> bool:
    """True si `texto` tiene una marca combinante (la tilde de g̃, una e + U+0303 sin componer…), que sin modelar
    se dibujaría sobre la letra siguiente. Casi ningún texto la tiene: el ASCII se descarta enseguida."""
    return isinstance(texto, str) and not texto.isascii() and _marcas().search(texto) is not None


@lru_cache(maxsize=4096)
def _modelar_grupo(grupo: str, fuente: str, tamano: float) -> str:
    return modelar(grupo, fuente, tamano)


def modelar(texto: str, fuente: str, tamano: float) -> str:
    """`texto` modelado con HarfBuzz en `fuente` (un ShapedStr de reportlab, con la posición de cada glifo) si
    lo necesita; si no, el mismo texto."""
    if not necesita_modelado(texto) or not getattr(pdfmetrics.getFont(fuente), "shapable", False):
        return texto
    palabra = shapeFragWord([pdfmetrics.stringWidth(texto, fuente, tamano),
                             (ABag(fontName=fuente, fontSize=tamano), texto)], features=_RASGOS)
    return palabra[1][1] if len(palabra) == 2 else texto


# Un desplazamiento hacia la derecha dentro de un TJ de más de este tanto (milésimas del cuerpo) se parte en
# varios: un lector de texto como pypdf toma un número así, si pasa de medio espacio (125 en la Serif), por un
# hueco entre palabras y leería «g̃ uarã». Se dibuja igual.
_PASO = 100
_NUMERO = re.compile(r"-\d*\.?\d+")


def _sin_huecos(codigo: str) -> str:
    """Los números negativos de los arreglos TJ de `codigo` (el regreso después de una marca) partidos en pasos de
    hasta _PASO. Los textos entre paréntesis (con sus escapes) y lo que está fuera de un arreglo no se tocan."""
    salida, i, profundidad, en_arreglo = [], 0, 0, False
    while i < len(codigo):
        letra = codigo[i]
        if profundidad:
            if letra == "\\":
                salida.append(codigo[i:i + 2])
                i += 2
                continue
            profundidad += letra == "("
            profundidad -= letra == ")"
        elif letra == "(":
            profundidad = 1
        elif letra in "[]":
            en_arreglo = letra == "["
        elif en_arreglo and letra == "-":
            numero = _NUMERO.match(codigo, i)
            valor = float(numero.group())
            partes = math.ceil(-valor / _PASO)
            salida.append(" ".join([fp_str(valor / partes)] * partes))
            i = numero.end()
            continue
        salida.append(letra)
        i += 1
    return "".join(salida)


class _Renglon(PDFTextObject):
    """El objeto de texto de `Lienzo`: por él pasa todo texto que se dibuja (drawString y compañía, los renglones
    de un Paragraph, las celdas de una Table)."""

    def _formatText(self, text):
        if isinstance(text, ShapedStr) or not necesita_modelado(text):
            return super()._formatText(text)
        # Se modela solo cada letra con sus marcas (y se recuerda: en un padrón se repiten); lo demás del renglón
        # se escribe como siempre. Cada trozo deja la pluma donde empieza el siguiente.
        partes, desde = [], 0
        for grupo in _grupos().finditer(text):
            if grupo.start() > desde:
                partes.append(super()._formatText(text[desde:grupo.start()]))
            modelado = _modelar_grupo(grupo.group(), self._fontname, self._fontsize)
            codigo = super()._formatText(modelado)
            partes.append(_sin_huecos(codigo) if isinstance(modelado, ShapedStr) else codigo)
            desde = grupo.end()
        if desde < len(text):
            partes.append(super()._formatText(text[desde:]))
        return " ".join(partes)


class Lienzo(Canvas):
    """El Canvas de todos los PDF (y el `canvasmaker` de los DocTemplate): dibuja las marcas combinantes en su
    lugar (ver el comienzo del módulo). Un texto sin marcas se dibuja exactamente como con Canvas."""

    def __init__(self, *argumentos, **opciones):
        super().__init__(*argumentos, **opciones)
        registrar_en(self)   # el idioma de un pasaje guardado dentro de un párrafo

    def beginText(self, x=0, y=0, direction=None):
        return _Renglon(self, x, y, direction=direction)

    def drawText(self, objeto_de_texto):
        cerrar_pendientes(objeto_de_texto)
        super().drawText(objeto_de_texto)


registrar()
