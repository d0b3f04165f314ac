"""El código de verificación impreso: un QR que lo contiene y, a su lado, el código en letras para quien lo
copia a mano. Discreto (gris, letra chica), al pie o junto a las firmas. Y el mismo código para las palabras
clave del PDF (Info y XMP), donde `documento verificar` también lo busca.

Recibe un `dominio.verificacion.Sello` (código, número de copia y, si la asociación fijó su dirección pública, la
página de verificación del documento); sin sello no dibuja nada. Con la página, el QR la lleva a ella (más grande,
LADO_QR_CON_DIRECCION, para que se lea: ver `dominio.direccion_publica.LARGO_MAXIMO_QR`) y el texto dice dónde
verificarlo (`donde_verificar`); sin ella, el QR lleva solo el código, como siempre. Todo documento que dibuja su
sello con `dibujar_sello`, `SelloVerificacion` o `dibujar_qr_del_sello` lo hace así sin más.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from escritorio.dominio.traduccion import traducir
from escritorio.dominio.verificacion import ROTULO, Sello

from . import fuentes
from .etiquetas import marcado

# 21 mm: el código solo (21×21 módulos) se lee a 60-75 dpi donde caiga en la página (240 de 240 QR al azar,
# dibujados con pdftoppm y leídos con zbarimg); a 17 mm fallaba uno de cada ocho a 70 dpi, y a 15 mm más.
LADO_QR = 21 * mm
LADO_QR_CON_DIRECCION = 29 * mm   # la dirección lleva 33×33 módulos: ver la nota de `dibujar_qr_del_sello`
MODULOS_EN_BLANCO = 4   # la zona en blanco alrededor del QR, en módulos: `zona_en_blanco`
_HOLGURA = 0.5 * mm
_CUADRO_DEL_QR = 32 * mm   # el tamaño en que el widget de reportlab dibujaba el QR antes de escalarlo
_GRIS = (0.35, 0.35, 0.35)
_TAMANO = 7
_INSTRUCCION = "Verifíquelo contra el registro: «escritorio documento verificar» o «Verificar un documento…»."


def palabras_clave(sello: Sello | None) -> str | None:
    """«Código de verificación: 7K2M-QX4P-9D0B» para las palabras clave del PDF. Siempre en castellano, en
    cualquier idioma del documento: así lo busca `documento verificar` (`dominio.verificacion.codigos_en`)."""
    return sello.rotulo if sello else None


def rotulo_impreso(sello: Sello) -> str:
    """«Código de verificación: 7K2M-QX4P-9D0B» como se imprime al pie, en el idioma del documento."""
    return f"{traducir(ROTULO)}: {sello.codigo}"


def contenido_del_qr(sello: Sello) -> str:
    """Lo que lleva el QR: la página de verificación del documento si la asociación fijó su dirección pública;
    si no, el código solo (así lo leen los papeles de siempre)."""
    return sello.direccion or sello.codigo


def lado_del_qr(sello: Sello, lado: float = LADO_QR) -> float:
    """El lado del QR del sello: el que pide el documento o, con la dirección, al menos LADO_QR_CON_DIRECCION."""
    return max(lado, LADO_QR_CON_DIRECCION) if sello.direccion else lado


def zona_en_blanco(sello: Sello, lado: float = LADO_QR) -> float:
    """El margen claro que el QR necesita alrededor para que un lector lo halle: MODULOS_EN_BLANCO módulos (la
    norma del QR pide cuatro) y medio milímetro de holgura (una raya en su borde, de medio punto de grueso, no
    la pisa). Nada del documento (texto, rayas, fondos oscuros) entra en él: con el «Total» encima, el QR de la
    dirección no se leía ni a 150 ppi (issue 62)."""
    modulos = _modulos_por_lado(contenido_del_qr(sello), _nivel(sello))
    return MODULOS_EN_BLANCO * lado_del_qr(sello, lado) / modulos + _HOLGURA


def separacion_del_texto(sello: Sello, lado: float = LADO_QR) -> float:
    """De la derecha del QR al texto del sello: su zona en blanco."""
    return zona_en_blanco(sello, lado)


def ancho_del_sello(sello: Sello, *, lado: float = LADO_QR, ancho_texto: float = 75 * mm) -> float:
    """Lo que ocupa el sello de ancho (lo que devuelve `dibujar_sello`): el QR, su zona en blanco y el texto."""
    return lado_del_qr(sello, lado) + separacion_del_texto(sello, lado) + ancho_texto


@lru_cache(maxsize=256)
def _modulos_por_lado(contenido: str, nivel: str) -> int:
    return len(modulos_del_qr(contenido, nivel))


def _nivel(sello: Sello) -> str:
    return "L" if sello.direccion else "M"


def donde_verificar(sello: Sello) -> str:
    """La instrucción que acompaña al código, en el idioma del documento: con la dirección pública, la página
    donde cualquiera lo verifica; sin ella, cómo se verifica contra el registro de la asociación."""
    if sello.direccion:
        return traducir("Verifíquelo en {0} o con el código {1} en Escritorio.").format(sello.direccion, sello.codigo)
    return traducir(_INSTRUCCION)


def texto_alternativo_del_qr(sello: Sello) -> str:
    """Lo que dice el QR, para quien no lo ve (el texto alternativo de la figura en un PDF etiquetado)."""
    if sello.direccion:
        return traducir("Código QR con la dirección de la página de verificación: {0}").format(sello.direccion)
    return traducir("Código QR con el código de verificación {0}").format(sello.codigo)


def dibujar_qr_del_sello(c: Canvas, x: float, y: float, sello: Sello, lado: float = LADO_QR) -> float:
    """El QR del sello (`contenido_del_qr`) con su esquina inferior izquierda en (x, y); devuelve su lado."""
    lado = lado_del_qr(sello, lado)
    # Con la dirección, corrección L: la versión 4 (33 módulos) alcanza para LARGO_MAXIMO_QR bytes; el código
    # impreso al lado es el respaldo si el papel se mancha. El lado sale de medirlo: con cientos de códigos al
    # azar, corridos fracciones de pixel, dibujados con pdftoppm y leídos con zbarimg, a 29 mm se leen todos a
    # 60-70 dpi (a 72-75 dpi falla alguno en cien); de 22 a 26 mm fallaban de uno en diez a la mitad a 60, 70 o
    # 72 dpi (un módulo de 1,8-2,2 pixeles se dibuja desparejo). Una cámara de teléfono los lee a cualquiera.
    dibujar_qr(c, x, y, contenido_del_qr(sello), lado, nivel=_nivel(sello))
    return lado


def dibujar_qr(c: Canvas, x: float, y: float, codigo: str, lado: float = LADO_QR, *, nivel: str = "M") -> None:
    """El QR con `codigo` (el código o la dirección que lleve), con su esquina inferior izquierda en (x, y).

    Lo mismo que dibujaba el QrCodeWidget de reportlab (su codificador, con la misma máscara; cada tramo oscuro de
    una fila, un rectángulo negro relleno aparte, en un cuadro de 32 mm escalado al lado pedido: los mismos puntos
    en el papel), pero sin armar un objeto gráfico validado por tramo ni codificar el QR dos veces (para medirlo y
    para dibujarlo): los QR de los 78 avisos de cobro de la demo costaban 0,9 s de CPU, ahora 0,2 s."""
    modulos = modulos_del_qr(codigo, nivel)
    paso = _CUADRO_DEL_QR / len(modulos)
    c.saveState()
    c.translate(x, y)
    c.scale(lado / _CUADRO_DEL_QR, lado / _CUADRO_DEL_QR)
    c.setFillColorRGB(0, 0, 0)
    for fila, valores in enumerate(modulos):
        abajo = _CUADRO_DEL_QR - (fila + 1) * paso
        columna = 0
        for oscuro, tramo in groupby(valores):
            largo = len(list(tramo))
            if oscuro:
                c.rect(columna * paso, abajo, largo * paso, paso, stroke=0, fill=1)
            columna += largo
    c.restoreState()


def modulos_del_qr(contenido: str, nivel: str) -> list[list[bool]]:
    """Las filas de módulos (True: oscuro) del QR con `contenido` y corrección `nivel` («L», «M», «Q», «H»), con
    el codificador de reportlab: la versión más chica en que entra y la máscara que él elige."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, nivel))
    qr.addData(contenido)
    qr.make()
    return [[bool(m) for m in fila] for fila in qr.modules]


_ALTO_CABECERA = 2 * _TAMANO + 4   # el rótulo y el código, sobre la instrucción
_INTERLINEA = _TAMANO + 1


def alto_del_sello(sello: Sello, *, lado: float = LADO_QR, ancho_texto: float = 75 * mm) -> float:
    """Lo que ocupa el sello de alto: el QR o, si es más alto, el texto de su lado. Sin su zona en blanco: ver
    `espacio_del_sello`."""
    lineas = partir_instruccion(donde_verificar(sello), ancho_texto)
    return max(lado_del_qr(sello, lado), _ALTO_CABECERA + _INTERLINEA * len(lineas) + 2)


def espacio_del_sello(sello: Sello, *, lado: float = LADO_QR, ancho_texto: float = 75 * mm) -> float:
    """El alto que un documento le deja al sello: `alto_del_sello` y la zona en blanco del QR arriba y abajo.
    Dibujado con `dibujar_sello` en y + `zona_en_blanco`, nada de lo que está fuera de ese alto toca el QR."""
    return alto_del_sello(sello, lado=lado, ancho_texto=ancho_texto) + 2 * zona_en_blanco(sello, lado)


def dibujar_sello(c: Canvas, x: float, y: float, sello: Sello | None, *, lado: float = LADO_QR,
                  ancho_texto: float = 75 * mm) -> float:
    """El QR en (x, y) (esquina inferior izquierda) y a su derecha, de arriba abajo: «Código de verificación:
    XXXX-XXXX-XXXX» y dónde verificarlo (`donde_verificar`), alineados arriba con el QR; todo dentro de
    `alto_del_sello` sobre y. Devuelve el ancho ocupado (0 sin sello)."""
    if sello is None:
        return 0
    alto = alto_del_sello(sello, lado=lado, ancho_texto=ancho_texto)
    lado = lado_del_qr(sello, lado)
    arriba = y + alto
    c.saveState()
    with marcado(c, "Figure", alt=texto_alternativo_del_qr(sello)):   # en un PDF etiquetado (`etiquetas`)
        dibujar_qr_del_sello(c, x, arriba - lado, sello, lado)
    texto_x = x + lado + separacion_del_texto(sello, lado)   # fuera de la zona en blanco del QR
    c.setFillColorRGB(*_GRIS)
    with marcado(c, "P"):
        c.setFont(fuentes.SANS, _TAMANO)
        c.drawString(texto_x, arriba - _TAMANO, f"{traducir(ROTULO)}:")
        c.setFont(fuentes.MONO, _TAMANO + 2)
        c.drawString(texto_x, arriba - _ALTO_CABECERA, sello.codigo)
    with marcado(c, "P"):
        c.setFont(fuentes.SANS, _TAMANO - 1)
        abajo = arriba - _ALTO_CABECERA
        for linea in partir_instruccion(donde_verificar(sello), ancho_texto):
            abajo -= _INTERLINEA
            c.drawString(texto_x, abajo, linea)
    c.restoreState()
    return texto_x - x + ancho_texto


def partir_instruccion(texto: str, ancho: float, fuente: str = fuentes.SANS, tamano: float = _TAMANO - 1) -> list[str]:
    """Las líneas de la instrucción en `ancho`. Una dirección que no cabe en una línea se corta después de una «/»
    (así el código queda entero: «…/verificar/» y «7K2M-QX4P-9D0B.html»), y un tramo que tampoco cabe, después de
    un «.» o un «-» o, si no hay más remedio, entre dos letras; una que cabe pasa entera a la línea siguiente."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def cabe(trozo: str) -> bool:
        return stringWidth(trozo, fuente, tamano) <= ancho

    def trozos_de(palabra: str, cortes: tuple[str, ...] = ("/", ".-")) -> list[str]:
        if cabe(palabra):
            return [palabra]
        if not cortes:   # entre dos letras: tantas como quepan en cada renglón
            renglones = [""]
            for letra in palabra:
                if renglones[-1] and not cabe(renglones[-1] + letra):
                    renglones.append("")
                renglones[-1] += letra
            return renglones
        signos = re.escape(cortes[0])
        partes = re.findall(rf"[^{signos}]*[{signos}]+|[^{signos}]+", palabra)
        return [t for parte in partes for t in trozos_de(parte, cortes[1:])]

    lineas: list[str] = []
    actual = ""
    for palabra in texto.split():
        for numero, trozo in enumerate(trozos_de(palabra)):
            junto = actual + ("" if numero or not actual else " ") + trozo
            if actual and stringWidth(junto, fuente, tamano) > ancho:
                lineas.append(actual)
                actual = trozo
            else:
                actual = junto
    return lineas + [actual] if actual else lineas


class SelloVerificacion(Flowable):
    """El sello como pieza de un documento platypus (junto a las firmas de un acta o una resolución), con la zona
    en blanco del QR arriba y abajo dentro de su alto (`espacio_del_sello`): lo que va antes o después no la pisa."""

    etiquetas_propias = True   # en un PDF etiquetado marca su QR (Figure) y su texto (P): `dibujar_sello`

    def __init__(self, sello: Sello, ancho: float, lado: float = LADO_QR):
        super().__init__()
        self.sello, self.ancho, self.lado = sello, ancho, lado

    def _ancho_texto(self) -> float:
        lado = lado_del_qr(self.sello, self.lado)
        return min(95 * mm, self.ancho - lado - separacion_del_texto(self.sello, self.lado))

    def wrap(self, disponible_ancho, disponible_alto):
        return self.ancho, espacio_del_sello(self.sello, lado=self.lado, ancho_texto=self._ancho_texto())

    def draw(self) -> None:
        dibujar_sello(self.canv, 0, zona_en_blanco(self.sello, self.lado), self.sello, lado=self.lado,
                      ancho_texto=self._ancho_texto())
