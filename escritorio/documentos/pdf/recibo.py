"""Recibos de pago en PDF: uno por página, con marca de agua «ANULADO» si el pago se anuló.

Es un PDF etiquetado (`etiquetas`, dibujado a mano sobre el lienzo): cada recibo es una sección (Sect) con su título
H1 («RECIBO Nº 12»); los datos del pago, una tabla de pares rótulo (TH, Scope Row) y valor (TD), con el importe en
letras como P dentro de la celda del importe en cifras (la misma suma); «En concepto de:» un H2 y los conceptos una
tabla con títulos (TH, Scope Column) y el total como última fila (TH «Total», Scope Row). Lo que dice que es COPIA o
que está ANULADO, en párrafos; las marcas de agua (contornos, no texto), recuadros, reglas y el pie son artefactos.

Recibe el diccionario de `servicios.pagos.obtener_pago` tal cual: recibo, fecha, importe, moneda,
tipo_cambio, moneda_imputacion, importe_imputable, medio, referencia, anulado_en, motivo_anulacion,
miembro, pais (código ISO o nombre) e imputaciones [{tipo_cargo, anio, importe, moneda}].

Cada recibo ocupa exactamente una página (la página N del archivo es el recibo N): si un pago
cubriera más cargos de los que caben, los últimos se resumen en un renglón «Otros N cargos».
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.cuotas import MEDIOS_PAGO, TIPOS_CARGO
from escritorio.dominio.dinero import formatear
from escritorio.dominio.importe_en_letras import importe_en_letras
from escritorio.dominio.paises import es_codigo_valido, nombre_pais
from escritorio.dominio.traduccion import traducir

from escritorio.dominio.verificacion import Sello
from escritorio.dominio import formato

from ..visible import abreviar
from .base import (FUENTE, FUENTE_NEGRITA, MARGEN, dibujar_registro, escritura_atomica, fecha_corta, linea_registro,
                   palabras_clave_registro, partir_texto, tamano_papel)
from .etiquetas import LienzoEtiquetado, artefacto, dentro, elemento, marcado
from .fuentes import SANS_CURSIVA, imprimible
from .texto_en_trazos import dibujar_centrado
from .pdfa import archivar

_NEGRO = (0, 0, 0)
_GRIS = (0.35, 0.35, 0.35)
_GRIS_REGLA = (0.78, 0.78, 0.78)
_FONDO = (0.93, 0.94, 0.96)
_ROJO = (0.75, 0.08, 0.08)
_AZUL_COPIA = (0.12, 0.25, 0.55)

_TAMANO = 10
_INTERLINEA = 14
_FILA = 17          # alto de un renglón de la lista de cargos
_ANCHO_ETIQUETA = 34 * mm
_ALTO_FIRMA = 70    # espacio reservado al pie para la firma


# --- Datos del recibo, ya como textos ---------------------------------------------------------

def _fecha(valor: object) -> date | None:
    if valor is None or valor == "":
        return None
    if isinstance(valor, datetime):
        return valor.date()
    if isinstance(valor, date):
        return valor
    return date.fromisoformat(str(valor)[:10])


def _pais(valor: object) -> str:
    texto = str(valor or "").strip()
    if len(texto) == 2 and texto.isupper() and es_codigo_valido(texto):
        return nombre_pais(texto)
    return texto


def numero_es(valor: object) -> str:
    """Decimal('1050.5') -> '1.050,5' (en el idioma del recibo), sin perder decimales: el tipo de cambio."""
    try:
        numero = Decimal(str(valor).replace(",", "."))
    except InvalidOperation:
        return str(valor)
    return formato.decimal(numero)


def _concepto(imputacion: dict) -> str:
    tipo = imputacion.get("tipo_cargo")
    nombre = traducir(TIPOS_CARGO[tipo]) if tipo in TIPOS_CARGO else str(tipo) if tipo else traducir("Cargo")
    anio = imputacion.get("anio")
    return f"{nombre} {anio}" if anio else nombre


@dataclass
class _Recibo:
    numero: str
    fecha: date | None
    miembro: str
    pais: str
    importe: str                  # en la moneda del pago
    en_letras: str                # «Son dólares estadounidenses mil cuatrocientos con 50/100», en la moneda del pago
    conversion: str | None        # tipo de cambio y equivalente, si el pago fue en otra moneda
    medio: str
    referencia: str
    renglones: list[tuple[str, int, str]]  # (concepto, importe, moneda): lo que cubre el pago
    total: str
    anulado_en: date | None
    motivo: str


def _preparar(pago: dict) -> _Recibo:
    moneda = str(pago.get("moneda") or "").upper()
    moneda_cargos = str(pago.get("moneda_imputacion") or moneda).upper()
    importe = int(pago.get("importe") or 0)
    imputable = int(pago["importe_imputable"]) if pago.get("importe_imputable") is not None else importe
    conversion = None
    if moneda_cargos != moneda and pago.get("tipo_cambio"):
        conversion = traducir("1 {0} = {1} {2} · equivale a {3}").format(
            moneda_cargos, numero_es(pago["tipo_cambio"]), moneda, formatear(imputable, moneda_cargos))
    renglones = []
    imputado = 0
    for imputacion in pago.get("imputaciones") or []:
        monto = int(imputacion["importe"])
        imputado += monto
        renglones.append((_concepto(imputacion), monto, imputacion.get("moneda") or moneda_cargos))
    resto = imputable - imputado
    if resto > 0:
        renglones.append((traducir("Saldo a favor del miembro"), resto, moneda_cargos))
    return _Recibo(
        numero=str(pago.get("recibo") or ""),
        fecha=_fecha(pago.get("fecha")),
        miembro=str(pago.get("miembro") or ""),
        pais=_pais(pago.get("pais")),
        importe=formatear(importe, moneda),
        en_letras=importe_en_letras(abs(importe), moneda),
        conversion=conversion,
        medio=(traducir(MEDIOS_PAGO[pago["medio"]]) if pago.get("medio") in MEDIOS_PAGO
               else str(pago.get("medio") or "")),
        referencia=str(pago.get("referencia") or "").strip(),
        renglones=renglones,
        total=formatear(imputable, moneda_cargos),
        anulado_en=_fecha(pago.get("anulado_en")),
        motivo=str(pago.get("motivo_anulacion") or "").strip(),
    )


# --- Dibujo -----------------------------------------------------------------------------------

class _Pagina:
    """Geometría de una página de recibo y un cursor que baja a medida que se escribe."""

    def __init__(self, c: Canvas, ancho: float, alto: float):
        self.c = c
        self.ancho = ancho
        self.alto = alto
        self.izquierda = MARGEN + 5 * mm
        self.derecha = ancho - MARGEN - 5 * mm
        self.y = alto - MARGEN - 5 * mm

    @property
    def ancho_util(self) -> float:
        return self.derecha - self.izquierda


def _dibujar_membrete(p: _Pagina, asociacion: str, sigla: str, recibo: _Recibo) -> None:
    c = p.c
    ancho_caja = 62 * mm
    alto_caja = 25 * mm
    arriba = p.y
    # Recuadro del número, arriba a la derecha.
    x_caja = p.derecha - ancho_caja
    c.setLineWidth(1)
    c.setStrokeColorRGB(*_NEGRO)
    c.setFillColorRGB(*_FONDO)
    with artefacto(c):
        c.rect(x_caja, arriba - alto_caja, ancho_caja, alto_caja, stroke=1, fill=1)
    c.setFillColorRGB(*_NEGRO)
    centro = x_caja + ancho_caja / 2
    with marcado(c, "H1"):   # «RECIBO Nº 12»: el título de la sección del recibo
        c.setFont(FUENTE_NEGRITA, 16)
        c.drawCentredString(centro, arriba - 20, traducir("RECIBO"))
        c.setFont(FUENTE_NEGRITA, 12)
        c.drawCentredString(centro, arriba - 38, traducir("Nº {0}").format(recibo.numero))
    c.setFont(FUENTE, 9)
    if recibo.fecha:
        with marcado(c, "P"):
            c.drawCentredString(centro, arriba - 54, traducir("Fecha: {0}").format(fecha_corta(recibo.fecha)))
    # Nombre de la asociación a la izquierda, sin pisar el recuadro.
    disponible = x_caja - p.izquierda - 8 * mm
    y = arriba - 14
    c.setFont(FUENTE_NEGRITA, 13)
    lineas = partir_texto(asociacion.strip(), FUENTE_NEGRITA, 13, disponible)
    with marcado(c, "P"):
        for linea in lineas:
            c.drawString(p.izquierda, y, linea)
            y -= 16
    if sigla.strip():
        c.setFont(FUENTE, 10)
        c.setFillColorRGB(*_GRIS)
        with marcado(c, "P"):
            for linea in partir_texto(sigla.strip(), FUENTE, 10, disponible):
                c.drawString(p.izquierda, y, linea)
                y -= 13
        c.setFillColorRGB(*_NEGRO)
    abajo = min(y, arriba - alto_caja) - 10
    c.setLineWidth(1.2)
    with artefacto(c):
        c.line(p.izquierda, abajo, p.derecha, abajo)
    p.y = abajo - 24


def _dato(p: _Pagina, etiqueta: str, valor: str, *, negrita: bool = False, tamano: float = _TAMANO,
          en_letras: str | None = None) -> None:
    """Un renglón de los datos del pago: una fila (TR) de la tabla de pares, el rótulo (TH, Scope Row) y su valor
    (TD); `en_letras`, el importe en letras debajo, un P dentro de la misma celda."""
    c = p.c
    with elemento(c, "TR"):
        c.setFont(FUENTE, 9)
        c.setFillColorRGB(*_GRIS)
        with marcado(c, "TH", alcance="Row"):
            c.drawString(p.izquierda, p.y, etiqueta)
        c.setFillColorRGB(*_NEGRO)
        fuente = FUENTE_NEGRITA if negrita else FUENTE
        c.setFont(fuente, tamano)
        x = p.izquierda + _ANCHO_ETIQUETA
        lineas = partir_texto(valor, fuente, tamano, p.derecha - x)
        with marcado(c, "TD") as celda:
            for i, linea in enumerate(lineas):
                c.drawString(x, p.y, linea)
                if i < len(lineas) - 1:
                    p.y -= tamano + 3
        p.y -= _INTERLINEA + 4 + max(tamano - _TAMANO, 0)
        if en_letras is not None:
            with dentro(c, celda), marcado(c, "P"):
                _en_letras(p, en_letras)


def _en_letras(p: _Pagina, texto: str) -> None:
    """El importe en letras bajo el importe en cifras, en cursiva, como lo llevan los recibos de la región."""
    c = p.c
    x = p.izquierda + _ANCHO_ETIQUETA
    p.y += 5  # pegado a la cifra: es la misma suma
    c.setFont(SANS_CURSIVA, _TAMANO)
    lineas = partir_texto(texto, SANS_CURSIVA, _TAMANO, p.derecha - x)
    for i, linea in enumerate(lineas):
        c.drawString(x, p.y, linea)
        if i < len(lineas) - 1:
            p.y -= _TAMANO + 3
    p.y -= _INTERLINEA + 4


def _caben(renglones: list[tuple[str, int, str]], espacio: float) -> list[tuple[str, str]]:
    """(concepto, importe) de los renglones que entran en `espacio`; si no entran todos, los
    últimos se resumen en uno solo con su suma (el total del recibo no cambia)."""
    maximo = max(int(espacio // _FILA), 1)
    if len(renglones) > maximo:
        resto = renglones[maximo - 1:]
        monedas = {moneda for _, _, moneda in resto}
        suma = sum(importe for _, importe, _ in resto)
        renglones = renglones[:maximo - 1] + [
            (traducir("Otros {0} conceptos (detalle en el estado de cuenta)").format(len(resto)), suma,
             monedas.pop() if len(monedas) == 1 else "")]
    return [(concepto, formatear(importe, moneda) if moneda else "") for concepto, importe, moneda in renglones]


def _regla(c: Canvas, x0: float, x1: float, y: float) -> None:
    with artefacto(c):
        c.line(x0, y, x1, y)


def _dibujar_conceptos(p: _Pagina, renglones: list[tuple[str, int, str]], total: str, espacio: float) -> None:
    """«En concepto de:» (H2) y la tabla de lo que cubre el pago: títulos (TH, Scope Column), un renglón por concepto
    (TD) y el total (TH «Total», Scope Row, y su TD). Fondos y reglas, artefactos."""
    c = p.c
    c.setFont(FUENTE_NEGRITA, _TAMANO)
    with marcado(c, "H2"):
        c.drawString(p.izquierda, p.y, traducir("En concepto de:"))
    p.y -= 10
    with elemento(c, "Table"):
        # Títulos
        c.setFillColorRGB(*_FONDO)
        with artefacto(c):
            c.rect(p.izquierda, p.y - _FILA, p.ancho_util, _FILA, stroke=0, fill=1)
        c.setFillColorRGB(*_NEGRO)
        c.setFont(FUENTE_NEGRITA, 9)
        base = p.y - _FILA + 5.5
        with elemento(c, "TR"):
            with marcado(c, "TH", alcance="Column"):
                c.drawString(p.izquierda + 6, base, traducir("Concepto"))
            with marcado(c, "TH", alcance="Column"):
                c.drawRightString(p.derecha - 6, base, traducir("Importe"))
        p.y -= _FILA
        c.setLineWidth(0.8)
        _regla(c, p.izquierda, p.derecha, p.y)
        ancho_importe = 40 * mm
        c.setFont(FUENTE, _TAMANO)
        c.setLineWidth(0.3)
        c.setStrokeColorRGB(*_GRIS_REGLA)
        for concepto, importe in _caben(renglones, espacio):
            base = p.y - _FILA + 5.5
            texto = partir_texto(concepto, FUENTE, _TAMANO, p.ancho_util - ancho_importe - 12)[0]
            with elemento(c, "TR"):
                with marcado(c, "TD"):
                    c.drawString(p.izquierda + 6, base, texto)
                with (marcado if importe else elemento)(c, "TD"):   # sin importe (monedas distintas): celda vacía
                    if importe:
                        c.drawRightString(p.derecha - 6, base, importe)
            p.y -= _FILA
            _regla(c, p.izquierda, p.derecha, p.y)
        c.setStrokeColorRGB(*_NEGRO)
        c.setLineWidth(0.8)
        _regla(c, p.izquierda, p.derecha, p.y)
        c.setFont(FUENTE_NEGRITA, 11)
        base = p.y - _FILA + 4.5
        with elemento(c, "TR"):
            with marcado(c, "TH", alcance="Row"):
                c.drawString(p.izquierda + 6, base, traducir("Total"))
            with marcado(c, "TD"):
                c.drawRightString(p.derecha - 6, base, total)
    p.y -= _FILA + 4
    c.setLineWidth(0.8)
    _regla(c, p.izquierda, p.derecha, p.y)


def _dibujar_anulacion(p: _Pagina, recibo: _Recibo) -> None:
    c = p.c
    motivo = traducir("Motivo: {0}").format(recibo.motivo) if recibo.motivo else traducir("Motivo: no consta")
    lineas = partir_texto(motivo, FUENTE, _TAMANO, p.ancho_util - 20)
    alto = 26 + 13 * len(lineas)
    c.setStrokeColorRGB(*_ROJO)
    c.setLineWidth(1.2)
    with artefacto(c):
        c.rect(p.izquierda, p.y - alto, p.ancho_util, alto, stroke=1, fill=0)
    c.setFillColorRGB(*_ROJO)
    c.setFont(FUENTE_NEGRITA, 11)
    if recibo.anulado_en:
        anulado = traducir("RECIBO ANULADO el {0}. Este comprobante no acredita ningún pago.").format(
            fecha_corta(recibo.anulado_en))
    else:
        anulado = traducir("RECIBO ANULADO. Este comprobante no acredita ningún pago.")
    with marcado(c, "P"):
        c.drawString(p.izquierda + 10, p.y - 16, anulado)
    c.setFont(FUENTE, _TAMANO)
    y = p.y - 31
    with marcado(c, "P"):   # «Motivo: …»: un rótulo del programa con lo guardado, en el idioma del documento
        for linea in lineas:
            c.drawString(p.izquierda + 10, y, linea)
            y -= 13
    c.setFillColorRGB(*_NEGRO)
    c.setStrokeColorRGB(*_NEGRO)
    p.y -= alto + 20


def _dibujar_marca_de_agua(c: Canvas, ancho: float, alto: float) -> None:
    texto = traducir("ANULADO")
    diagonal = (ancho ** 2 + alto ** 2) ** 0.5
    tamano = 0.62 * diagonal / (stringWidth(texto, FUENTE_NEGRITA, 100) / 100)
    c.saveState()
    c.translate(ancho / 2, alto / 2)
    c.rotate(55)
    c.setFillColorRGB(*_ROJO)
    c.setFillAlpha(0.13)
    dibujar_centrado(c, texto, FUENTE_NEGRITA, tamano, 0, -0.35 * tamano)  # trazos: no entra en el texto extraído
    c.restoreState()


def _dibujar_firma(p: _Pagina) -> None:
    c = p.c
    ancho = 70 * mm
    x = p.derecha - ancho
    y = MARGEN + 34
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(*_NEGRO)
    _regla(c, x, p.derecha, y)
    with marcado(c, "P"):
        c.setFont(FUENTE_NEGRITA, 10)
        c.drawCentredString(x + ancho / 2, y - 13, traducir("Tesorería"))
    c.setFont(FUENTE, 8.5)
    c.setFillColorRGB(*_GRIS)
    with marcado(c, "P"):
        c.drawCentredString(x + ancho / 2, y - 25, traducir("Firma y aclaración"))
    c.setFillColorRGB(*_NEGRO)


def _dibujar_pie(p: _Pagina, sigla: str, recibo: _Recibo, registro: str | None = None) -> None:
    """El pie corrido (sigla, número, el programa y el registro de la bitácora): un artefacto de paginación."""
    c = p.c
    c.setFont(FUENTE, 7.5)
    c.setFillColorRGB(*_GRIS)
    partes = [imprimible(abreviar(sigla.strip(), 40)), traducir("Recibo Nº {0}").format(recibo.numero)]
    with artefacto(c, "Pagination"):
        c.drawString(MARGEN, MARGEN - 14, " · ".join(x for x in partes if x))
        c.drawRightString(p.ancho - MARGEN, MARGEN - 14, traducir("Emitido con {0}").format(NOMBRE_APLICACION))
        c.setFillColorRGB(*_NEGRO)
        dibujar_registro(c, p.ancho / 2, MARGEN - 14, registro)


def _dibujar_copia(p: _Pagina, sello: Sello) -> None:
    """Una reimpresión dice que es una COPIA, bien visible bajo el membrete (el código es el mismo del original)."""
    c = p.c
    alto = 22
    c.saveState()
    c.setStrokeColorRGB(*_AZUL_COPIA)
    c.setFillColorRGB(*_AZUL_COPIA)
    c.setLineWidth(1.2)
    with artefacto(c):
        c.rect(p.izquierda, p.y - alto + 6, p.ancho_util, alto, stroke=1, fill=0)
    copia = traducir("COPIA")
    with marcado(c, "P"):   # «COPIA Reimpresión n.º 1…»: la marca de agua lo repite en contornos (un artefacto)
        c.setFont(FUENTE_NEGRITA, 12)
        c.drawString(p.izquierda + 10, p.y - 9, copia)
        c.setFont(FUENTE, 9)
        c.drawString(p.izquierda + 10 + stringWidth(copia, FUENTE_NEGRITA, 12) + 8, p.y - 9,
                     traducir("Reimpresión n.º {0} del recibo original; el mismo pago, con el mismo código de "
                              "verificación.").format(sello.copia))
    c.restoreState()
    p.y -= alto + 14


def _dibujar_marca_copia(c: Canvas, ancho: float, alto: float) -> None:
    c.saveState()
    c.translate(ancho / 2, alto / 2)
    c.rotate(55)
    c.setFillColorRGB(*_AZUL_COPIA)
    c.setFillAlpha(0.08)
    copia = traducir("COPIA")
    tamano = 0.45 * (ancho ** 2 + alto ** 2) ** 0.5 / (stringWidth(copia, FUENTE_NEGRITA, 100) / 100)
    dibujar_centrado(c, copia, FUENTE_NEGRITA, tamano, 0, -0.35 * tamano)  # trazos: no entra en el texto extraído
    c.restoreState()


def _dibujar_sello(p: _Pagina, sello: Sello | None) -> None:
    """El código de verificación con su QR, abajo a la izquierda, a la altura de la firma."""
    from .verificacion import dibujar_sello

    if sello is None:
        return
    dibujar_sello(p.c, p.izquierda, MARGEN + 4, sello, **_medidas_del_sello(p, sello))


def _medidas_del_sello(p: _Pagina, sello: Sello) -> dict[str, float]:
    """El lado del QR y el ancho del texto del sello, entre el margen y la firma. Con la dirección pública el QR es
    más grande (`verificacion.lado_del_qr`) y el texto se corre a la derecha."""
    from .verificacion import lado_del_qr

    lado = lado_del_qr(sello, 16 * mm)
    # el texto empieza pasada la zona en blanco del QR (`verificacion.separacion_del_texto`, 3-4 mm)
    return {"lado": lado, "ancho_texto": max(p.ancho_util - 70 * mm - lado - 12 * mm, 30 * mm)}


def _alto_del_pie(p: _Pagina, sello: Sello | None) -> float:
    """Lo que se reserva al pie para la firma y el sello (un sello con la dirección pública es más alto), con la
    zona en blanco del QR sobre el sello."""
    from .verificacion import alto_del_sello, zona_en_blanco

    if sello is None:
        return _ALTO_FIRMA
    medidas = _medidas_del_sello(p, sello)
    return max(_ALTO_FIRMA, 4 + alto_del_sello(sello, **medidas) + max(8, zona_en_blanco(sello, medidas["lado"])))


def _dibujar_datos(p: _Pagina, recibo: _Recibo) -> None:
    _dato(p, traducir("Recibimos de"), recibo.miembro, negrita=True, tamano=12)
    if recibo.pais:
        _dato(p, traducir("País"), recibo.pais)
    _dato(p, traducir("La suma de"), recibo.importe, negrita=True, tamano=12, en_letras=recibo.en_letras)
    if recibo.conversion:
        _dato(p, traducir("Tipo de cambio"), recibo.conversion)
    _dato(p, traducir("Medio de pago"), recibo.medio)
    if recibo.referencia:
        _dato(p, traducir("Referencia"), recibo.referencia)
    if recibo.fecha:
        _dato(p, traducir("Fecha del pago"), fecha_corta(recibo.fecha))


def _dibujar_recibo(c: Canvas, ancho: float, alto: float, asociacion: str, sigla: str, recibo: _Recibo,
                    registro: str | None = None, sello: Sello | None = None) -> None:
    p = _Pagina(c, ancho, alto)
    with artefacto(c):   # en contornos, no en texto: lo dicen con palabras el bloque de la anulación o de la copia
        if recibo.anulado_en or recibo.motivo:
            _dibujar_marca_de_agua(c, ancho, alto)
        elif sello is not None and sello.es_copia:
            _dibujar_marca_copia(c, ancho, alto)
    _dibujar_membrete(p, asociacion, sigla, recibo)
    if sello is not None and sello.es_copia:
        _dibujar_copia(p, sello)
    if recibo.anulado_en or recibo.motivo:
        _dibujar_anulacion(p, recibo)
    with elemento(c, "Table"):   # los datos del pago, pares rótulo-valor
        _dibujar_datos(p, recibo)
    p.y -= 8
    # Lo que queda entre el cursor y la firma, descontando títulos, total y márgenes de la lista.
    espacio = p.y - (MARGEN + _alto_del_pie(p, sello)) - (10 + _FILA + _FILA + 4 + 12)
    _dibujar_conceptos(p, recibo.renglones, recibo.total, espacio)
    _dibujar_firma(p)
    _dibujar_sello(p, sello)
    _dibujar_pie(p, sigla, recibo, registro)


def escribir_recibos_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str,
                         pagos: Sequence[dict], registro: tuple[int, str] | None = None,
                         sellos: Sequence[Sello | None] = ()) -> int:
    """Un recibo por página, en el orden dado. Devuelve el número de páginas.

    Un pago con `anulado_en` lleva la marca de agua «ANULADO» y el motivo de la anulación.
    `registro`: (sello, huella) de la cabeza de la bitácora al emitirlo: al centro del pie
    («Registro: sello N · huella …») y, completa, en las palabras clave del PDF.
    `sellos`: el código de verificación de cada recibo (en el mismo orden; con su QR junto a la firma y en las
    palabras clave); uno con copia ≥ 1 es una reimpresión y dice «COPIA».
    """
    ancho, alto = tamano_papel(papel)
    recibos = [_preparar(pago) for pago in pagos]
    with escritura_atomica(ruta) as temporal:
        c = LienzoEtiquetado(temporal, pagesize=(ancho, alto), initialFontName=FUENTE, roles={})
        titulo = traducir("Recibo Nº {0}").format(recibos[0].numero) if len(recibos) == 1 else traducir("Recibos")
        c.setTitle(titulo)
        c.setAuthor(asociacion)
        c.setCreator(NOMBRE_APLICACION)
        c.setSubject(f"{titulo} · {asociacion}")
        sellos = list(sellos) + [None] * (len(recibos) - len(sellos))
        claves = "; ".join(x for x in [palabras_clave_registro(registro), *(s.rotulo for s in sellos if s)] if x)
        if claves:
            c.setKeywords(claves)
        for recibo, sello in zip(recibos, sellos):
            with elemento(c, "Sect"):   # cada recibo, su sección con su H1: en un lote se salta de uno a otro
                _dibujar_recibo(c, ancho, alto, asociacion, sigla, recibo, linea_registro(registro), sello)
            c.showPage()
        if not recibos:
            c.setFont(FUENTE, 10)
            with marcado(c, "P"):
                c.drawString(MARGEN, alto - MARGEN - 20, traducir("No hay recibos para imprimir."))
            c.showPage()
        c.save()
        archivar(temporal, estructura=c.estructura)
    return max(len(recibos), 1)


def escribir_recibo_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str,
                        pago: dict, registro: tuple[int, str] | None = None, sello: Sello | None = None) -> None:
    """El recibo de un pago (ver `escribir_recibos_pdf`); `sello`: su código de verificación."""
    escribir_recibos_pdf(ruta, asociacion=asociacion, sigla=sigla, papel=papel, pagos=[pago], registro=registro,
                         sellos=[sello])
