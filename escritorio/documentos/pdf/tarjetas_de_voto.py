"""Las tarjetas con los códigos para votar (issue 85): una por delegación, para recortar y entregar al acreditarla.

Cada tarjeta se sostiene sola una vez recortada: la asociación, el órgano y la fecha de la sesión, la delegación (y
quién la lleva, por su poder), su código en letras grandes y, si se sabe dónde está la página de votación, un QR que
lleva a ella con el código ya escrito (`dominio.voto_electronico.PaginaDeVoto.con_codigo`), su dirección y la huella
del certificado que el teléfono compara. Seis por hoja A4 (dos columnas), con líneas de corte.

Es un PDF etiquetado y PDF/A-2B como los demás: cada tarjeta es una sección (Sect) con la delegación como título
(H2, bajo el H1 de la primera hoja), sus párrafos y el QR como figura con su texto alternativo; el encabezado de las
hojas siguientes, las líneas de corte y el pie son artefactos. Un nombre muy largo se corta con «…» a los renglones
que caben (`MAXIMO_DE_RENGLONES`): la tarjeta nunca pisa la de abajo.

No lleva código de verificación ni se registra en los documentos emitidos: los códigos son secretos y la base guarda
solo su huella. Sus metadatos no los nombran.
"""

from __future__ import annotations

import os
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.traduccion import traducir
from escritorio.dominio.voto_electronico import PaginaDeVoto

from . import fuentes
from .base import (FUENTE, FUENTE_NEGRITA, Encabezado, cortar_al_ancho, dibujar_encabezado, dibujar_pie,
                   escritura_atomica, fecha_corta, partir_texto, preparar_hoja)
from .etiquetas import LienzoEtiquetado, artefacto, elemento, marcado
from .pdfa import archivar
from .verificacion import MODULOS_EN_BLANCO, dibujar_qr, modulos_del_qr

COLUMNAS = 2
ALTO_MINIMO = 72 * mm   # lo que necesita una tarjeta con su QR y la huella: tres filas en A4, Carta y Oficio
RELLENO = 4 * mm
# La dirección con el código (29 módulos), leída impresa a 70 ppi: 3.000 de 3.000 al azar a 34 mm; a 31 mm fallaban
# 3 de 480 (un teléfono las lee a las dos).
LADO_QR = 34 * mm
MAXIMO_DE_RENGLONES = {"delegacion": 2, "portador": 2}
_GRIS = (0.35, 0.35, 0.35)
_NEGRO = (0, 0, 0)


@dataclass(frozen=True)
class Tarjeta:
    """Lo que dice una tarjeta: la delegación, su código y quién la lleva (por su poder), si no está ella."""
    delegacion: str
    codigo: str
    portador: str | None = None


@dataclass(frozen=True)
class SesionDeLasTarjetas:
    """La sesión que se vota, como la nombra cada tarjeta."""
    asociacion: str
    sigla: str
    papel: str
    organo: str
    fecha: date


class _Renglones:
    """Escribe renglones hacia abajo desde `y`, dentro de un ancho, cada uno con su letra."""

    def __init__(self, c, x: float, y: float, ancho: float):
        self.c, self.x, self.y, self.ancho = c, x, y, ancho

    def texto(self, texto: str, fuente: str, tamano: float, *, color=_NEGRO, rol: str = "P",
              maximo: int | None = None) -> None:
        interlinea = tamano * 1.25
        lineas = partir_texto(texto, fuente, tamano, self.ancho)
        if maximo is not None and len(lineas) > maximo:
            lineas = lineas[:maximo - 1] + [cortar_al_ancho(" ".join(lineas[maximo - 1:]), fuente, tamano, self.ancho)]
        self.c.setFillColorRGB(*color)
        self.c.setFont(fuente, tamano)
        with marcado(self.c, rol):
            for linea in lineas:
                self.y -= interlinea
                self.c.drawString(self.x, self.y + (interlinea - tamano), linea)
        self.c.setFillColorRGB(*_NEGRO)

    def espacio(self, alto: float) -> None:
        self.y -= alto


def _lineas_de_la_huella(huella: str) -> list[str]:
    grupos = huella.split()
    return [" ".join(grupos[i:i + 8]) for i in range(0, len(grupos), 8)]


def _instruccion(pagina: PaginaDeVoto | None) -> str:
    if pagina is None:
        return traducir("En la sala, conecte el teléfono a la red que indique la secretaría, abra la dirección de "
                        "la votación que muestra el proyector y escriba este código.")
    return traducir("En la sala, conecte el teléfono a la red que indique la secretaría y lea el QR, o abra {0} "
                    "y escriba este código.").format(pagina.url)


def _dibujar_tarjeta(c, x: float, y: float, ancho: float, alto: float, sesion: SesionDeLasTarjetas,
                      tarjeta: Tarjeta, pagina: PaginaDeVoto | None) -> None:
    """La tarjeta en el recuadro de esquina inferior izquierda (x, y): la línea de corte y, dentro, su contenido."""
    with artefacto(c):
        c.saveState()
        c.setDash(3, 3)
        c.setLineWidth(0.5)
        c.setStrokeColorRGB(*_GRIS)
        c.rect(x, y, ancho, alto, stroke=1, fill=0)
        c.restoreState()
    lado = LADO_QR if pagina is not None else 0
    # El QR arriba a la derecha, con su zona en blanco (ni la línea de corte la toca); el texto a su izquierda y, bajo
    # él, todo el ancho.
    margen_qr = MODULOS_EN_BLANCO * lado / len(modulos_del_qr(pagina.con_codigo(tarjeta.codigo), "L")) if lado else 0
    borde_qr = max(RELLENO, margen_qr + 1 * mm)   # del QR al borde de la tarjeta
    ancho_texto = ancho - RELLENO - (borde_qr + lado + margen_qr if lado else RELLENO)
    r = _Renglones(c, x + RELLENO, y + alto - RELLENO, ancho_texto)
    with elemento(c, "Sect"):
        r.texto(f"{sesion.sigla or sesion.asociacion} · {sesion.organo} · {fecha_corta(sesion.fecha)}",
                FUENTE, 7.5, color=_GRIS, maximo=2)
        r.espacio(2)
        r.texto(tarjeta.delegacion, FUENTE_NEGRITA, 12, rol="H2", maximo=MAXIMO_DE_RENGLONES["delegacion"])
        if tarjeta.portador:
            r.texto(traducir("La lleva {0}, por su poder.").format(tarjeta.portador), FUENTE, 8,
                    maximo=MAXIMO_DE_RENGLONES["portador"])
        r.espacio(4)
        c.setFont(FUENTE, 7.5)
        with marcado(c, "P"):
            c.setFillColorRGB(*_GRIS)
            r.y -= 9
            c.drawString(r.x, r.y, traducir("Código de votación"))
            c.setFillColorRGB(*_NEGRO)
            tamano = min(17.0, 17.0 * ancho_texto / max(stringWidth(tarjeta.codigo, fuentes.MONO, 17), 1))
            c.setFont(fuentes.MONO, tamano)
            r.y -= tamano + 2
            c.drawString(r.x, r.y, tarjeta.codigo)
        if lado:
            with marcado(c, "Figure", alt=traducir("Código QR con la dirección de la página de votación y el código "
                                                   "de {0} ya escrito").format(tarjeta.delegacion)):
                dibujar_qr(c, x + ancho - borde_qr - lado, y + alto - borde_qr - lado,
                           pagina.con_codigo(tarjeta.codigo), lado, nivel="L")
            r.y = min(r.y, y + alto - borde_qr - lado - margen_qr)   # bajo el QR y su zona en blanco
        r.ancho = ancho - 2 * RELLENO
        r.espacio(3)
        r.texto(_instruccion(pagina), FUENTE, 7.5)
        if pagina is not None and pagina.huella:
            r.texto(traducir("El navegador avisará que el certificado no lo firmó una autoridad: su huella "
                             "(SHA-256) debe ser"), FUENTE, 7, color=_GRIS)
            c.setFont(fuentes.MONO, 6.5)
            with marcado(c, "P"):
                for linea in _lineas_de_la_huella(pagina.huella):
                    r.y -= 8
                    c.drawString(r.x, r.y, linea)
        r.espacio(2)
        r.texto(traducir("Es personal: quien tiene este código vota por la delegación. Sirve solo en esta sesión; "
                         "si se pierde, la secretaría entrega otro y este deja de valer."), FUENTE, 7, color=_GRIS)


def _titulo_que_cabe(titulo: str, sesion: SesionDeLasTarjetas, ancho: float) -> str:
    """«Códigos para votar · Asamblea General, sesión del 28/11/2026», con el nombre del órgano cortado con «…» si no
    cabe en un renglón del título (el de `base.dibujar_encabezado`, 15 puntos en negrita)."""
    def con(organo: str) -> str:
        return traducir("{0} · {1}, sesión del {2}").format(titulo, organo, fecha_corta(sesion.fecha))

    organo = sesion.organo
    if stringWidth(con(organo), FUENTE_NEGRITA, 15) <= ancho:
        return con(organo)
    libre = ancho - stringWidth(con(""), FUENTE_NEGRITA, 15)
    return con(cortar_al_ancho(organo, FUENTE_NEGRITA, 15, libre))


def escribir_tarjetas_pdf(ruta: str | os.PathLike, sesion: SesionDeLasTarjetas, tarjetas: list[Tarjeta], *,
                           pagina: PaginaDeVoto | None = None, generado: date | None = None) -> int:
    """Escribe las tarjetas (en el orden dado) y devuelve el número de hojas."""
    generado = generado or date.today()
    titulo = traducir("Códigos para votar")
    hoja = preparar_hoja(sesion.papel, Encabezado(sesion.asociacion, sesion.sigla, titulo, generado))
    encabezado = Encabezado(sesion.asociacion, sesion.sigla, _titulo_que_cabe(titulo, sesion, hoja.ancho_util),
                            generado)
    alto_util = hoja.arriba_contenido - hoja.abajo_contenido
    filas = max(1, int(alto_util // ALTO_MINIMO))
    alto, ancho = alto_util / filas, hoja.ancho_util / COLUMNAS
    por_hoja = filas * COLUMNAS
    total = max(1, -(-len(tarjetas) // por_hoja))
    with escritura_atomica(ruta) as temporal:
        c = LienzoEtiquetado(temporal, pagesize=(hoja.ancho, hoja.alto), initialFontName=FUENTE, roles={})
        c.setTitle(f"{titulo} · {sesion.organo} · {fecha_corta(sesion.fecha)}")
        c.setAuthor(sesion.asociacion)
        c.setCreator(NOMBRE_APLICACION)
        for numero in range(1, total + 1):
            with artefacto(c, "Pagination") if numero > 1 else nullcontext():   # el título, una vez (H1)
                dibujar_encabezado(c, hoja, encabezado, titulo_como="H1" if numero == 1 else None)
            for lugar, tarjeta in enumerate(tarjetas[(numero - 1) * por_hoja:numero * por_hoja]):
                fila, columna = divmod(lugar, COLUMNAS)
                _dibujar_tarjeta(c, hoja.izquierda + columna * ancho, hoja.arriba_contenido - (fila + 1) * alto,
                                  ancho, alto, sesion, tarjeta, pagina)
            with artefacto(c, "Pagination"):
                dibujar_pie(c, hoja, generado, numero, total)
            c.showPage()
        c.save()
        archivar(temporal, titulo=f"{titulo} · {sesion.organo} · {fecha_corta(sesion.fecha)}",
                 autor=sesion.asociacion, estructura=c.estructura)
    return total
