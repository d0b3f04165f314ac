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
"""

from __future__ import annotations

import re
import threading
from functools import cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus.tables import CellStyle

from escritorio.errores import ErrorEscritorio
from escritorio.recursos import carpeta_recursos

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
                raise ErrorEscritorio(
                    f"La fuente {ruta} está dañada o no se puede leer ({error}): reinstale Escritorio "
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


registrar()
