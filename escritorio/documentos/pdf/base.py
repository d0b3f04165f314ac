"""Piezas comunes de los PDF de Escritorio: papel, encabezado, pie, escritura segura y partir texto en líneas. La
tabla paginada rápida (`maquetar`, `escribir_tabla_pdf`): tabla.py.

Los textos del usuario son datos: se dibujan con drawString, nunca se interpretan como marcado. Y se
dibujan visibles (`documentos.visible`): `partir_texto`, por donde pasan las celdas, fichas y párrafos,
muestra un carácter de control guardado por una versión anterior como [U+0007] y recorta un dato de más de
LARGO_EN_DOCUMENTO caracteres con una marca.
Las fuentes son las Liberation que viajan en `recursos/fuentes/` (`fuentes.py`), incrustadas en cada PDF:
cubren el latín extendido (guaraní ẽ ĩ ũ ỹ g̃, polaco Ł, «№»…), sin el límite de WinAnsi de las fuentes
estándar. Ningún documento nombra una fuente estándar (Helvetica, Times, Courier): no se incrustaría. Lo
que ni ellas tienen (chino, árabe, emoji) se muestra con su código, [U+676D], como un carácter invisible.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.traduccion import traducir
from escritorio.dominio import formato

from ..visible import LARGO_EN_DOCUMENTO, abreviar, visible_recortado
from .etiquetas import artefacto, marcado
from .fuentes import SANS, SANS_NEGRITA, imprimible

FUENTE = SANS
FUENTE_NEGRITA = SANS_NEGRITA

IZQUIERDA = "izquierda"
DERECHA = "derecha"

_PAPELES = {"A4": A4, "Carta": LETTER, "Oficio": (216 * mm, 340 * mm)}

MARGEN = 15 * mm
# Cuerpo de la tabla.
TAMANO = 8
INTERLINEA = 10
RELLENO_V = 2.5
RELLENO_H = 4
# Distancia del borde superior de una línea de texto a su línea de base.
# Pie de página.
_TAMANO_PIE = 7.5
_ALTO_PIE = 14

_NEGRO = (0, 0, 0)
_GRIS_TEXTO = (0.35, 0.35, 0.35)


def tamano_papel(nombre: str) -> tuple[float, float]:
    """'A4', 'Carta' (carta de EE. UU.) u 'Oficio' (216 × 340 mm) -> (ancho, alto) en puntos."""
    for conocido, tamano in _PAPELES.items():
        if conocido.casefold() == (nombre or "").strip().casefold():
            return tamano
    raise ValueError(f"Tamaño de papel desconocido: {nombre!r}; use A4, Carta u Oficio.")


def fecha_corta(dia: date) -> str:
    """dd/mm/aaaa, con el año en cuatro cifras aunque sea 0001 (`dominio.formato.fecha`)."""
    return formato.fecha(dia)


# --- Escritura segura -------------------------------------------------------------------------

@contextmanager
def escritura_atomica(ruta: str | os.PathLike) -> Iterator[str]:
    """Da una ruta temporal en la misma carpeta y la mueve a `ruta` solo si todo salió bien.

    Si algo falla (o se cancela) el temporal se borra y `ruta` queda como estaba.
    """
    from ..temporales import limpiar_restos

    destino = Path(ruta)
    limpiar_restos(destino.parent if str(destino.parent) else ".")  # los que dejó un proceso que murió a mitad
    temporal = destino.with_name(f".{destino.name}.{secrets.token_hex(4)}.tmp")
    try:
        yield str(temporal)
        os.replace(temporal, destino)
    except BaseException:
        temporal.unlink(missing_ok=True)
        raise


# --- Encabezado y pie, iguales en todas las páginas --------------------------------------------

@dataclass(frozen=True)
class Encabezado:
    asociacion: str
    sigla: str
    titulo: str
    fecha: date


@dataclass(frozen=True)
class Hoja:
    """Geometría de la página: tamaño, márgenes y alto que ocupa el encabezado."""

    ancho: float
    alto: float
    lineas_asociacion: tuple[str, ...]

    @property
    def izquierda(self) -> float:
        return MARGEN

    @property
    def derecha(self) -> float:
        return self.ancho - MARGEN

    @property
    def ancho_util(self) -> float:
        return self.ancho - 2 * MARGEN

    @property
    def alto_encabezado(self) -> float:
        return 12 * len(self.lineas_asociacion) + 30

    @property
    def arriba_contenido(self) -> float:
        return self.alto - MARGEN - self.alto_encabezado

    @property
    def abajo_contenido(self) -> float:
        return MARGEN + _ALTO_PIE + 4


def preparar_hoja(papel: str, encabezado: Encabezado) -> Hoja:
    ancho, alto = tamano_papel(papel)
    nombre = encabezado.asociacion.strip()
    if encabezado.sigla.strip():
        nombre = f"{nombre} ({encabezado.sigla.strip()})"
    # El nombre no debe pisar la fecha, que va a la derecha en la misma línea.
    disponible = ancho - 2 * MARGEN - stringWidth("00/00/0000", FUENTE, 9) - 24
    lineas = partir_texto(nombre, FUENTE_NEGRITA, 10, disponible)
    return Hoja(ancho, alto, tuple(lineas))


def dibujar_encabezado(c: Canvas, hoja: Hoja, encabezado: Encabezado, *, titulo_como: str | None = None) -> None:
    """La fecha, el nombre de la asociación, el título y una regla. `titulo_como` («H1»): en un documento dibujado a
    mano y etiquetado (`etiquetas.LienzoEtiquetado`), el título es ese elemento y lo demás un artefacto de paginación;
    sin él, nada se marca (quien llama lo hace artefacto entero)."""
    marcar = titulo_como is not None
    y = hoja.alto - MARGEN - 9
    with artefacto(c, "Pagination") if marcar else nullcontext():
        c.setFillColorRGB(*_NEGRO)
        c.setFont(FUENTE, 9)
        c.drawRightString(hoja.derecha, y, fecha_corta(encabezado.fecha))
        c.setFont(FUENTE_NEGRITA, 10)
        for linea in hoja.lineas_asociacion:
            c.drawString(hoja.izquierda, y, linea)
            y -= 12
    with marcado(c, titulo_como) if marcar else nullcontext():
        c.setFont(FUENTE_NEGRITA, 15)
        c.drawString(hoja.izquierda, y - 7, cortar_al_ancho(encabezado.titulo, FUENTE_NEGRITA, 15, hoja.ancho_util))
    with artefacto(c, "Pagination") if marcar else nullcontext():
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(*_NEGRO)
        y_regla = hoja.alto - MARGEN - hoja.alto_encabezado + 6
        c.line(hoja.izquierda, y_regla, hoja.derecha, y_regla)


def dibujar_pie(c: Canvas, hoja: Hoja, fecha: date, numero: int, total: int) -> None:
    y_regla = MARGEN + _ALTO_PIE - 4
    c.setLineWidth(0.4)
    c.setStrokeColorRGB(*_GRIS_TEXTO)
    c.line(hoja.izquierda, y_regla, hoja.derecha, y_regla)
    c.setFont(FUENTE, _TAMANO_PIE)
    c.setFillColorRGB(*_GRIS_TEXTO)
    c.drawString(hoja.izquierda, MARGEN,
                 traducir("Generado con {0} el {1}").format(NOMBRE_APLICACION, fecha_corta(fecha)))
    c.drawRightString(hoja.derecha, MARGEN, traducir("Página {0} de {1}").format(numero, total))
    c.setFillColorRGB(*_NEGRO)


# --- La cabeza de la bitácora al pie de actas y recibos ----------------------------------------------

def linea_registro(registro: tuple[int, str] | None) -> str | None:
    """«Huella de la bitácora: sello 1234 · 1a2b3c4d5e6f7a8b»: el último sello de la bitácora de la base cuando se
    generó el documento (las primeras 16 cifras de su huella). Es la huella de la cadena de la bitácora ENTERA, no
    la del documento: un papel impreso guarda así la cabeza de la cadena fuera de la base; si alguien borra los
    últimos registros junto con sus sellos, el sello del papel ya no está o tiene otra huella. None si la base aún
    no tiene sellos."""
    if not registro or not registro[1]:
        return None
    sello, huella = registro
    return traducir("Huella de la bitácora: sello {0} · {1}").format(sello, huella[:16])


def palabras_clave_registro(registro: tuple[int, str] | None) -> str | None:
    """Para los metadatos del PDF (Palabras clave): el sello y la huella completa de la cadena de la bitácora."""
    if not registro or not registro[1]:
        return None
    return traducir("Huella de la bitácora de {0}: sello {1}, SHA-256 {2}").format(
        NOMBRE_APLICACION, registro[0], registro[1])


def dibujar_registro(c: Canvas, centro: float, y: float, linea: str | None) -> None:
    """La línea del registro, discreta (gris, letra del pie), centrada en `centro`."""
    if not linea:
        return
    c.saveState()
    c.setFont(FUENTE, _TAMANO_PIE)
    c.setFillColorRGB(*_GRIS_TEXTO)
    c.drawCentredString(centro, y, linea)
    c.restoreState()


# --- Partir texto en líneas ----------------------------------------------------------------------

def partir_texto(texto: str, fuente: str, tamano: float, ancho: float) -> list[str]:
    """Líneas que caben en `ancho`; una palabra más larga que el ancho se corta por letras. El texto se
    muestra visible y, si pasa de LARGO_EN_DOCUMENTO caracteres, recortado con una marca (`documentos.visible`);
    una letra que las fuentes no tienen (chino, emoji…) se ve [U+XXXX] (`fuentes.imprimible`).
    Es un dato de una línea (una celda, un nombre, un renglón de carta): un salto de línea guardado se ve «¶»."""
    texto = imprimible(visible_recortado(texto, LARGO_EN_DOCUMENTO))
    if "\n" not in texto and stringWidth(texto, fuente, tamano) <= ancho:
        return [texto]  # el caso de casi todas las celdas
    lineas = []
    for linea in simpleSplit(texto, fuente, tamano, ancho):
        if stringWidth(linea, fuente, tamano) <= ancho:
            lineas.append(linea)
        else:
            lineas.extend(_cortar_por_letras(linea, fuente, tamano, ancho))
    return lineas or [""]


def cortar_al_ancho(texto: str, fuente: str, tamano: float, ancho: float) -> str:
    """Un renglón que nunca muestra más que `ancho`: visible e imprimible y, si no cabe, cortado letra a letra con «…»
    al final."""
    texto = imprimible(abreviar(texto, 300))
    if stringWidth(texto, fuente, tamano) <= ancho:
        return texto
    while texto and stringWidth(texto + "…", fuente, tamano) > ancho:
        texto = texto[:-1]
    return texto.rstrip() + "…"


def _cortar_por_letras(palabra: str, fuente: str, tamano: float, ancho: float) -> list[str]:
    trozos, actual = [], ""
    for letra in palabra:
        if actual and stringWidth(actual + letra, fuente, tamano) > ancho:
            trozos.append(actual)
            actual = letra
        else:
            actual += letra
    trozos.append(actual)
    return trozos
