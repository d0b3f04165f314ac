"""Estado de cuenta de un miembro en PDF: ficha del miembro, movimientos con saldo corrido y saldo final.

Usa la tabla paginada de `base`; la ficha del miembro (nombre, país, población, moneda) va bajo el
título en todas las páginas, para que cualquier hoja suelta diga de quién es. Un pago anulado se
lista con la marca «ANULADO» y sin importes: no movió el saldo.

Los importes de monedas distintas nunca se suman: un miembro con cargos en varias monedas (la escala
cambió de moneda) tiene una cuenta por moneda, y el documento imprime una sección por cuenta —«Cuenta
en EUR», «Cuenta en USD»—, cada una con sus movimientos, su saldo y su vencido. Con una sola moneda,
el documento es una sola tabla con la moneda en los títulos de las columnas.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.conciliacion import referencia_de_pago
from escritorio.dominio.dinero import formatear
from escritorio.dominio.traduccion import traducir
from escritorio.dominio import formato

from ..visible import cifra
from .verificacion import donde_verificar, partir_instruccion, rotulo_impreso
from .base import (DERECHA, FUENTE, FUENTE_NEGRITA, INTERLINEA, MARGEN, RELLENO_V, Encabezado, Hoja,
                   dibujar_pie, dibujar_registro, escritura_atomica, fecha_corta, linea_registro,
                   palabras_clave_registro, partir_texto, preparar_hoja)
from . import etiquetas
from .etiquetas import LienzoEtiquetado
from .tabla import (Columna, Columnas, Espacio, EtiquetasDeLaTabla, Fila, FilaTabla, Grupo, Medidor, Paginador, Pluma,
                    Subtotal, Total, alto, bloques, dibujar_encabezado_de_pagina, dibujar_filas, dibujar_titulos,
                    ficha_etiquetada, par_de_ficha, qr_como_figura)
from .pdfa import archivar

TITULO = "Estado de cuenta"   # en castellano: se traduce donde se escribe (traducir(TITULO))
_TAMANO_FICHA = 9
_INTERLINEA_FICHA = 12
_ANCHO_ETIQUETA = 62


def columnas(moneda: str | None) -> tuple[Columna, ...]:
    """Con `moneda`, en los títulos («Debe (USD)»); sin ella (varias cuentas), la dice cada sección."""
    sufijo = f" ({moneda})" if moneda else ""
    return (
        Columna(traducir("Fecha"), 11),
        Columna(traducir("Concepto"), 47),
        Columna(traducir("Debe") + sufijo, 14, DERECHA),
        Columna(traducir("Haber") + sufijo, 14, DERECHA),
        Columna(traducir("Saldo") + sufijo, 16, DERECHA),
    )


def titulo_seccion(moneda: str) -> str:
    return traducir("Cuenta en {0}").format(moneda)


def _cifra(importe: int, moneda: str) -> str:
    """Importe sin el código de moneda (que ya está en el título de la columna)."""
    return formato.importe(importe, moneda)


def _saldo(importe: int, moneda: str) -> str:
    return traducir("{0} a favor").format(_cifra(-importe, moneda)) if importe < 0 else _cifra(importe, moneda)


def condicion(saldo: int) -> str:
    """Cómo se lee el saldo: positivo, el miembro debe; negativo, tiene saldo a favor."""
    if saldo > 0:
        return traducir("deudor")
    if saldo < 0:
        return traducir("a favor")
    return traducir("sin deuda")


def linea_saldo(saldo: int, moneda: str, fecha: date) -> str:
    """'Saldo al 31/12/2025: USD 600,00 (deudor)'."""
    return traducir("Saldo al {0}: {1} ({2})").format(fecha_corta(fecha), formatear(abs(saldo), moneda),
                                                      condicion(saldo))


def filas_tabla(estado, fecha: date) -> list[FilaTabla]:
    moneda = estado.moneda
    filas: list[FilaTabla] = []
    for mov in estado.movimientos:
        if mov.anulado:  # el concepto del pago anulado ya lo dice, en castellano o en el idioma del documento
            ya_lo_dice = "ANULADO" in mov.concepto or traducir("ANULADO") in mov.concepto
            concepto = mov.concepto if ya_lo_dice else traducir("{0} — ANULADO").format(mov.concepto)
            filas.append(Fila((fecha_corta(mov.fecha), concepto, "", "", "")))
        else:
            filas.append(Fila((fecha_corta(mov.fecha), mov.concepto,
                               _cifra(mov.debe, moneda) if mov.debe else "",
                               _cifra(mov.haber, moneda) if mov.haber else "",
                               _saldo(mov.saldo, moneda))))
    if not filas:
        filas.append(Fila(("", traducir("Sin movimientos registrados."), "", "", "")))
    filas.append(Total(linea_saldo(estado.saldo, moneda, fecha)))
    filas.append(Subtotal(traducir("Vencido al {0}: {1}").format(fecha_corta(fecha),
                                                                 formatear(max(estado.vencido, 0), moneda))))
    return filas


def filas_secciones(estados: Sequence, fecha: date) -> list[FilaTabla]:
    """Una sección por cuenta: su título («Cuenta en USD»), sus movimientos, su saldo y su vencido."""
    filas: list[FilaTabla] = []
    for i, estado in enumerate(estados):
        if i:
            filas.append(Espacio(2 * INTERLINEA))
        filas.append(Grupo(titulo_seccion(estado.moneda)))
        filas.extend(filas_tabla(estado, fecha))
    return filas


def _y_final(textos: Sequence[str]) -> str:
    """['EUR', 'USD', 'UYU'] -> 'EUR, USD y UYU' (la conjunción, en el idioma del documento)."""
    return textos[0] if len(textos) == 1 else traducir("{0} y {1}").format(", ".join(textos[:-1]), textos[-1])


# --- Ficha del miembro bajo el título -----------------------------------------------------------

_ETIQUETA_BAJA = "Situación"   # en castellano; la ficha lleva traducir(_ETIQUETA_BAJA)
_ROJO = (0.75, 0.08, 0.08)


def linea_baja(desde: date, motivo: str | None) -> str:
    """'Dado de baja el 30/06/2026 · Motivo: Renuncia presentada por nota'."""
    if (motivo or "").strip():
        return traducir("Dado de baja el {0} · Motivo: {1}").format(fecha_corta(desde), motivo.strip())
    return traducir("Dado de baja el {0} · Motivo: no consta").format(fecha_corta(desde))


_ETIQUETA_VOTO = "Voto"       # en castellano; la ficha lleva traducir(_ETIQUETA_VOTO)


def linea_voto(desde: date | None, motivo: str) -> str:
    """'Suspendido desde el 01/04/2026 · Debe 2 cuotas anuales vencidas; 2 o más suspenden el voto (…).'; sin
    `desde`, el motivo solo (el de un miembro suspendido ya dice desde cuándo)."""
    if desde is None:
        return motivo.strip()
    return traducir("Suspendido desde el {0} · {1}").format(fecha_corta(desde), motivo.strip())


def _en_rojo() -> set[str]:
    """Las etiquetas de la ficha que van en rojo y negrita (en el idioma del documento)."""
    return {traducir(_ETIQUETA_BAJA), traducir(_ETIQUETA_VOTO)}


def _ficha(estado, fecha: date, monedas: Sequence[str] = (),
           baja: tuple[date, str | None] | None = None,
           voto: tuple[date | None, str] | None = None, sigla: str | None = None) -> list[tuple[str, str]]:
    miembro = estado.miembro or {}
    datos = [(traducir("Miembro"), str(miembro.get("nombre") or ""))]
    if baja is not None:  # en rojo, bajo el nombre, en cada hoja: una hoja suelta también lo dice
        datos.append((traducir(_ETIQUETA_BAJA), linea_baja(*baja)))
    elif voto is not None:  # el voto suspendido, igual (quien está de baja no vota: ya lo dice la baja)
        datos.append((traducir(_ETIQUETA_VOTO), linea_voto(*voto)))
    pais = miembro.get("pais_nombre") or miembro.get("pais")
    if pais:
        datos.append((traducir("País"), str(pais)))
    if miembro.get("poblacion") is not None:
        poblacion = traducir("{0} habitantes").format(cifra(miembro["poblacion"]))  # un texto guardado antes, tal cual
        if miembro.get("anio_poblacion"):
            poblacion += f" ({miembro['anio_poblacion']})"
        datos.append((traducir("Población"), poblacion))
    if len(monedas) > 1:
        datos.append((traducir("Monedas"), traducir("{0}, una cuenta por moneda · movimientos hasta el {1}").format(
            _y_final(list(monedas)), fecha_corta(fecha))))
    else:
        datos.append((traducir("Moneda"), traducir("{0} · movimientos hasta el {1}").format(estado.moneda,
                                                                                           fecha_corta(fecha))))
    if isinstance(miembro.get("id"), int):   # la que se escribe al transferir: el extracto la reconoce (issue 47)
        datos.append((traducir("Referencia"), traducir("{0} · escríbala en el concepto de la transferencia")
                      .format(referencia_de_pago(sigla, miembro["id"]))))
    return datos


@dataclass(frozen=True)
class _HojaConFicha(Hoja):
    """La hoja de `base` con lugar, entre el título y la regla del encabezado, para la ficha."""

    ficha: tuple[tuple[str, tuple[str, ...]], ...] = ()
    alto_minimo: float = 0   # el del QR bajo la fecha, con su zona en blanco (`sello_en_pagina.lugar_bajo_la_fecha`)

    @property
    def alto_encabezado(self) -> float:
        lineas = sum(len(valor) for _, valor in self.ficha)
        return max(super().alto_encabezado + _INTERLINEA_FICHA * lineas + 10, self.alto_minimo)


def _preparar_hoja(papel: str, encabezado: Encabezado, ficha: list[tuple[str, str]],
                   reservado: float = 0, alto_minimo: float = 0) -> _HojaConFicha:
    """`reservado`: lo que la ficha deja libre a la derecha, y `alto_minimo`, el del encabezado (el QR del código
    de verificación)."""
    hoja = preparar_hoja(papel, encabezado)
    ancho = hoja.ancho_util - _ANCHO_ETIQUETA - reservado
    # La primera línea (el nombre del miembro) va en negrita.
    rojas, verificacion = _en_rojo(), traducir(_ETIQUETA_VERIFICACION)
    partida = tuple((etiqueta, tuple(
        partir_instruccion(valor, ancho, FUENTE, _TAMANO_FICHA) if etiqueta == verificacion else  # la dirección entera
        partir_texto(valor, FUENTE_NEGRITA if i == 0 or etiqueta in rojas else FUENTE, _TAMANO_FICHA, ancho)))
                    for i, (etiqueta, valor) in enumerate(ficha))
    return _HojaConFicha(hoja.ancho, hoja.alto, hoja.lineas_asociacion, partida, alto_minimo)


def _dibujar_ficha(c: Canvas, hoja: _HojaConFicha, numero: int = 1) -> None:
    """La ficha bajo el título; en un PDF etiquetado, la de la primera página es una tabla de pares (TH y TD)."""
    # El título de `dibujar_encabezado` queda 16 pt bajo la última línea del nombre de la asociación.
    y = hoja.alto - MARGEN - 9 - 12 * len(hoja.lineas_asociacion) - 7 - 17
    rojas = _en_rojo()  # las etiquetas de la ficha ya vienen en el idioma del documento
    with ficha_etiquetada(c, numero) as marcar:
        for i, (etiqueta, lineas) in enumerate(hoja.ficha):
            def rotulo(etiqueta=etiqueta, y=y):
                c.setFont(FUENTE, _TAMANO_FICHA)
                c.setFillColorRGB(0.35, 0.35, 0.35)
                c.drawString(hoja.izquierda, y, etiqueta)

            with par_de_ficha(c, marcar, rotulo):
                c.setFillColorRGB(*(_ROJO if etiqueta in rojas else (0, 0, 0)))
                c.setFont(FUENTE_NEGRITA if i == 0 or etiqueta in rojas else FUENTE, _TAMANO_FICHA)
                for linea in lineas:
                    c.drawString(hoja.izquierda + _ANCHO_ETIQUETA, y, linea)
                    y -= _INTERLINEA_FICHA
            c.setFillColorRGB(0, 0, 0)


# Con la dirección pública, la ficha dice dónde verificarlo (el QR, más grande, cabe a su lado).
_ETIQUETA_VERIFICACION = "Verificación"   # en castellano; la ficha lleva traducir(_ETIQUETA_VERIFICACION)


def _dibujar_qr(c: Canvas, hoja: Hoja, sello) -> None:
    """En la primera página, el QR arriba a la derecha, bajo la fecha (en un PDF etiquetado, una Figure, leída
    después de la ficha)."""
    from .sello_en_pagina import qr_bajo_la_fecha

    qr_como_figura(c, sello, lambda: qr_bajo_la_fecha(c, hoja, sello))


# --- Maquetación y dibujo -----------------------------------------------------------------------

def _paginas(hoja: Hoja, cols: Columnas, filas: Sequence[FilaTabla]):
    """Como `tabla.maquetar`, con la hoja que ya reserva lugar para la ficha."""
    titulos = Medidor(cols, 1).titulos()
    capacidad = hoja.arriba_contenido - hoja.abajo_contenido - titulos.alto
    medidor = Medidor(cols, int((capacidad - alto(1) - INTERLINEA - 2 * RELLENO_V) // INTERLINEA))
    medidas = [m for fila in filas for m in medidor.medir(fila)]
    paginador = Paginador(capacidad, medidor)
    for bloque in bloques(medidas):
        paginador.colocar_bloque(bloque)
    return titulos, paginador.paginas


def escribir_estado_cuenta_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str,
                               fecha: date, estado=None, estados: Sequence | None = None, sello=None,
                               baja: tuple[date, str | None] | None = None,
                               voto: tuple[date | None, str] | None = None,
                               registro: tuple[int, str] | None = None) -> int:
    """Escribe el estado de cuenta y devuelve las páginas.

    `sello`: el código de verificación (`dominio.verificacion.Sello`): su QR arriba a la derecha de la primera
    página, el código al pie de cada una y en las palabras clave del PDF.
    `baja`: (desde, motivo) si el miembro está dado de baja: cada hoja lo dice en rojo bajo su nombre.
    `voto`: (desde o None, motivo) si no vota (`cobranza.derecho_a_voto`): igual, en rojo, con la etiqueta «Voto».
    `registro`: la cabeza de la cadena de sellos de la bitácora al generarlo, al pie («Registro: sello N · huella …»)
    y completa en las palabras clave: un ancla de la base fuera de ella («escritorio verificar --ancla»).

    `estado` es un `servicios.cobranza.EstadoDeCuenta`; `estados`, las cuentas del miembro en cada
    moneda (`servicios.cobranza.estados_de_cuenta`): con más de una, una sección por moneda.
    """
    if (estado is None) == (estados is None):
        raise TypeError("indique estado= o estados=, uno de los dos")
    estados = list(estados) if estados is not None else [estado]
    if not estados:
        raise ValueError("estados= no puede estar vacío")
    estado = estados[0]
    varias = len(estados) > 1
    nombre = str((estado.miembro or {}).get("nombre") or "")
    encabezado = Encabezado(asociacion, sigla, traducir(TITULO), fecha)
    ficha = _ficha(estado, fecha, [e.moneda for e in estados], baja, voto, sigla)
    if sello is not None and sello.direccion:
        ficha.append((traducir(_ETIQUETA_VERIFICACION), donde_verificar(sello)))
    from .sello_en_pagina import lugar_bajo_la_fecha

    hoja = _preparar_hoja(papel, encabezado, ficha, *lugar_bajo_la_fecha(sello))
    cols = Columnas(columnas(None if varias else estado.moneda), hoja.izquierda, hoja.ancho_util)
    filas = filas_secciones(estados, fecha) if varias else filas_tabla(estado, fecha)
    titulos, paginas = _paginas(hoja, cols, filas)
    total = len(paginas)
    with escritura_atomica(ruta) as temporal:
        c = LienzoEtiquetado(temporal, pagesize=(hoja.ancho, hoja.alto), initialFontName=FUENTE, roles={})
        marcas = EtiquetasDeLaTabla(c, len(cols.columnas))
        c.setTitle(f"{traducir(TITULO)} · {nombre}")
        c.setAuthor(asociacion)
        c.setCreator(NOMBRE_APLICACION)
        c.setSubject(traducir("Estado de cuenta de {0} al {1}").format(nombre, fecha_corta(fecha)) + f" · {asociacion}")
        claves = "; ".join(x for x in (palabras_clave_registro(registro), sello.rotulo if sello else None) if x)
        if claves:
            c.setKeywords(claves)
        pluma = Pluma(c)
        for numero, medidas in enumerate(paginas, start=1):
            dibujar_encabezado_de_pagina(c, hoja, encabezado, numero)
            _dibujar_ficha(c, hoja, numero)
            if sello is not None and numero == 1:
                _dibujar_qr(c, hoja, sello)
            y = dibujar_titulos(pluma, cols, titulos, hoja.arriba_contenido, marcas)
            dibujar_filas(pluma, cols, medidas, y, marcas)
            with etiquetas.artefacto(c, "Pagination"):   # el pie, el código (bajo su línea) y la huella del registro
                dibujar_pie(c, hoja, fecha, numero, total)
                if sello is not None:
                    dibujar_registro(c, hoja.ancho / 2, MARGEN, rotulo_impreso(sello))
                dibujar_registro(c, hoja.ancho / 2, MARGEN - 10 if sello is not None else MARGEN,
                                 linea_registro(registro))
            c.showPage()
            pluma.nueva_pagina()
        c.save()
        archivar(temporal, estructura=c.estructura)
    return total
