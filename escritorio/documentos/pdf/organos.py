"""La composición de un órgano a una fecha en PDF: la tabla paginada de `base` (Miembro, País, Persona, Cargo, Voto,
Desde, Hasta), con una ficha del órgano bajo el título y, al final, los avisos de las reglas de composición en un
recuadro destacado (o la constancia de que la composición cumple las reglas). El organigrama: organigrama.py.

Los textos del usuario se dibujan con drawString: nunca se interpretan como marcado.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.organos import SIN_VOTO_CUOTAS, SIN_VOTO_SUSPENDIDO, integrantes, integrantes_con_voto
from escritorio.dominio.paises import nombre_pais
from escritorio.dominio.orden_alfabetico import clave_en_curso
from escritorio.dominio.traduccion import traducir

from .base import (FUENTE, FUENTE_NEGRITA, INTERLINEA, MARGEN, RELLENO_V, Encabezado, Hoja,
                   dibujar_pie, escritura_atomica, fecha_corta, partir_texto, preparar_hoja)
from . import etiquetas
from .etiquetas import LienzoEtiquetado, Nodo, estructura_de
from .tabla import (Columna, Columnas, EtiquetasDeLaTabla, Fila, FilaTabla, Medidor, Paginador, Pluma, alto, bloques,
                    dibujar_encabezado_de_pagina, dibujar_filas, dibujar_titulos, ficha_etiquetada, par_de_ficha,
                    qr_como_figura)
from .pdfa import archivar
from .organigrama import nombre_del_tipo

TITULO_COMPOSICION = "Composición del órgano"
CUMPLE = "La composición cumple las reglas del estatuto."
SIN_DATO = "—"

_NEGRO = (0, 0, 0)
_GRIS = (0.35, 0.35, 0.35)


# --- Composición de un órgano --------------------------------------------------------------------

COLUMNAS_COMPOSICION = (
    Columna("Miembro", 24),
    Columna("País", 11),
    Columna("Persona", 16),
    Columna("Cargo", 17),
    Columna("Voto", 10.5),
    Columna("Desde", 9.5),
    Columna("Hasta", 9.5),
)
_TITULOS_COMPOSICION = tuple(c.titulo for c in COLUMNAS_COMPOSICION)  # de aquí los toma el catálogo


def columnas_composicion() -> tuple[Columna, ...]:
    """`COLUMNAS_COMPOSICION` con los títulos en el idioma en curso."""
    return tuple(replace(c, titulo=traducir(t)) for c, t in zip(COLUMNAS_COMPOSICION, _TITULOS_COMPOSICION))

_TAMANO_FICHA = 9
_INTERLINEA_FICHA = 12
_ANCHO_ETIQUETA = 62
_TAMANO_AVISO = 8.5
_INTERLINEA_AVISO = 11
_RELLENO_AVISO = 8
_AMBAR_FONDO = (1.0, 0.96, 0.86)
_AMBAR_BORDE = (0.85, 0.55, 0.10)
_VERDE_FONDO = (0.91, 0.97, 0.91)
_VERDE_BORDE = (0.25, 0.55, 0.30)


def cargo_del_asiento(asiento) -> str:
    """«Presidente · de oficio (Secretaría Ejecutiva)»: el cargo y, si se sienta por su cargo en otro órgano, cuál."""
    cargo = asiento.nombre_del_cargo
    de_oficio = getattr(asiento, "de_oficio", None)
    return traducir("{0} · de oficio ({1})").format(cargo, de_oficio) if de_oficio else cargo


def voto_del_asiento(asiento) -> str:
    """«Sí», «No», o «No: miembro suspendido» / «No: cuotas impagas» si el voto está suspendido en la fecha."""
    if asiento.con_voto:
        return traducir("Sí")
    motivo = getattr(asiento, "motivo_sin_voto", None)
    if not motivo:
        return traducir("No")
    corto = _MOTIVOS_CORTOS.get(motivo)
    return traducir("No: {0}").format(traducir(corto) if corto else motivo)


# Los motivos del dominio (en castellano: se comparan antes de traducirlos) y cómo se dicen en la columna Voto.
_MOTIVOS_CORTOS = {SIN_VOTO_SUSPENDIDO: "suspendido", SIN_VOTO_CUOTAS: "cuotas impagas"}


def en_orden_de_lectura(asientos) -> list:
    """Como en la ventana: por cargo (en el orden en que llegan: la presidencia primero) y, dentro de cada cargo, por
    país y nombre, así se lee cuántos lugares ocupa cada país."""
    rango: dict[str, int] = {}
    for a in asientos:
        rango.setdefault(a.cargo, len(rango))
    return sorted(asientos, key=lambda a: (rango[a.cargo], clave_en_curso(nombre_pais(a.pais) if a.pais else ""),
                                           clave_en_curso(a.miembro or a.persona or "")))


def celdas_asiento(asiento) -> tuple[str, ...]:
    return (
        asiento.miembro or SIN_DATO,
        nombre_pais(asiento.pais) if asiento.pais else SIN_DATO,
        asiento.persona or SIN_DATO,
        cargo_del_asiento(asiento),
        voto_del_asiento(asiento),
        fecha_corta(asiento.desde) if asiento.desde else SIN_DATO,
        fecha_corta(asiento.hasta) if asiento.hasta else SIN_DATO,
    )


def resumen_de_votos(asientos) -> str:
    """«15 con voto; voto suspendido: 1 miembro suspendido, 1 por cuotas impagas»: lo que cuenta el documento en su
    fecha (quien no vota por su mandato, un observador, no se detalla)."""
    con_voto = integrantes_con_voto(asientos)
    suspendidos = sum(1 for a in asientos if getattr(a, "motivo_sin_voto", None) == SIN_VOTO_SUSPENDIDO)
    morosos = sum(1 for a in asientos if getattr(a, "motivo_sin_voto", None) == SIN_VOTO_CUOTAS)
    detalle = []
    if suspendidos:
        detalle.append((traducir("{0} miembro suspendido") if suspendidos == 1 else
                        traducir("{0} miembros suspendidos")).format(suspendidos))
    if morosos:
        detalle.append(traducir("{0} por cuotas impagas").format(morosos))
    if not detalle:
        return traducir("{0} con voto").format(con_voto)
    return traducir("{0} con voto; voto suspendido: {1}").format(con_voto, ", ".join(detalle))


def _ficha(composicion, al: date) -> list[tuple[str, str]]:
    organo = composicion.organo or {}
    datos = [(traducir("Órgano"), str(organo.get("nombre") or ""))]
    tipo = " · ".join(p for p in (nombre_del_tipo(organo), str(organo.get("articulo") or "").strip()) if p)
    if tipo:
        datos.append((traducir("Tipo"), tipo))
    total = integrantes(composicion.asientos)   # miembros, no personas
    datos.append((traducir("Integrantes"), traducir("{0} al {1} ({2})").format(
        total, fecha_corta(al), resumen_de_votos(composicion.asientos))))
    de_oficio = sum(1 for a in composicion.asientos if getattr(a, "de_oficio", None))
    if de_oficio:
        datos.append((traducir("De oficio"), traducir("{0} por su cargo en otro órgano").format(de_oficio)))
    preside = getattr(composicion, "preside", None)
    if preside is not None:  # el órgano de cuyo titular viene la presidencia: su nombre, un dato
        datos.append((traducir("Preside"),
                      f"{preside.miembro or preside.persona} ({getattr(composicion, 'cargo_que_preside', '')})"))
    return datos


@dataclass(frozen=True)
class _HojaConFicha(Hoja):
    ficha: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ancho_etiqueta: float = _ANCHO_ETIQUETA
    alto_minimo: float = 0   # el del QR bajo la fecha, con su zona en blanco (`sello_en_pagina.lugar_bajo_la_fecha`)

    @property
    def alto_encabezado(self) -> float:
        return max(super().alto_encabezado + _INTERLINEA_FICHA * sum(len(v) for _, v in self.ficha) + 10,
                   self.alto_minimo)


def _hoja_con_ficha(papel: str, encabezado: Encabezado, ficha: list[tuple[str, str]],
                    reservado: float = 0, alto_minimo: float = 0) -> _HojaConFicha:
    """`reservado`: lo que la ficha deja libre a la derecha, y `alto_minimo`, el del encabezado (el QR del código
    de verificación)."""
    hoja = preparar_hoja(papel, encabezado)
    # Las etiquetas traducidas pueden ser más largas («Membros natos»): la columna se ensancha si hace falta.
    etiquetas = max((stringWidth(etiqueta, FUENTE, _TAMANO_FICHA) + 8 for etiqueta, _ in ficha), default=0)
    ancho_etiqueta = max(_ANCHO_ETIQUETA, etiquetas)
    ancho = hoja.ancho_util - ancho_etiqueta - reservado
    from .verificacion import partir_instruccion

    verificacion = traducir("Verificación")
    partida = tuple((etiqueta, tuple(
        partir_instruccion(valor, ancho, FUENTE, _TAMANO_FICHA) if etiqueta == verificacion else  # la dirección entera
        partir_texto(valor, FUENTE_NEGRITA if i == 0 else FUENTE, _TAMANO_FICHA, ancho)))
        for i, (etiqueta, valor) in enumerate(ficha))
    return _HojaConFicha(hoja.ancho, hoja.alto, hoja.lineas_asociacion, partida, ancho_etiqueta, alto_minimo)


def _dibujar_ficha(c: Canvas, hoja: _HojaConFicha, numero: int = 1) -> None:
    """La ficha bajo el título; en un PDF etiquetado, la de la primera página es una tabla de pares (TH y TD)."""
    y = hoja.alto - MARGEN - 9 - 12 * len(hoja.lineas_asociacion) - 7 - 17
    with ficha_etiquetada(c, numero) as marcar:
        for i, (etiqueta, lineas) in enumerate(hoja.ficha):
            def rotulo(etiqueta=etiqueta, y=y):
                c.setFont(FUENTE, _TAMANO_FICHA)
                c.setFillColorRGB(*_GRIS)
                c.drawString(hoja.izquierda, y, etiqueta)

            with par_de_ficha(c, marcar, rotulo):
                c.setFillColorRGB(*_NEGRO)
                c.setFont(FUENTE_NEGRITA if i == 0 else FUENTE, _TAMANO_FICHA)
                for linea in lineas:
                    c.drawString(hoja.izquierda + hoja.ancho_etiqueta, y, linea)
                    y -= _INTERLINEA_FICHA


@dataclass
class _Recuadro:
    """Los avisos (o la constancia de que se cumplen las reglas), ya partidos en líneas."""

    titulo: str | None
    lineas: list[tuple[str, bool]]  # (texto, empieza un aviso: lleva viñeta)
    fondo: tuple
    borde: tuple

    def alto(self, lineas: int) -> float:
        return 2 * _RELLENO_AVISO + (14 if self.titulo else 0) + _INTERLINEA_AVISO * lineas - 2


def _recuadro(avisos: Sequence[str], ancho: float) -> _Recuadro:
    util = ancho - 2 * _RELLENO_AVISO - 14
    if not avisos:
        lineas = [(l, False) for l in partir_texto(traducir(CUMPLE), FUENTE_NEGRITA, _TAMANO_AVISO, util + 14)]
        return _Recuadro(None, lineas, _VERDE_FONDO, _VERDE_BORDE)
    lineas = []
    for aviso in avisos:
        for i, linea in enumerate(partir_texto(str(aviso), FUENTE, _TAMANO_AVISO, util)):
            lineas.append((linea, i == 0))
    titulo = traducir("Avisos") if len(avisos) == 1 else traducir("Avisos ({0})").format(len(avisos))
    return _Recuadro(titulo, lineas, _AMBAR_FONDO, _AMBAR_BORDE)


def _dibujar_recuadro(c: Canvas, hoja: Hoja, recuadro: _Recuadro, lineas: list[tuple[str, bool]],
                      titulo: str | None, arriba: float, avisos: _AvisosEtiquetados | None = None) -> None:
    """Un trozo del recuadro. `avisos`: en un PDF etiquetado, el título es un H2 (el «(continuación)» de otra página,
    un artefacto), cada aviso un P aunque siga en la página siguiente, y la constancia de que se cumplen, un P; el
    fondo, el borde y las viñetas, artefactos."""
    alto = recuadro.alto(len(lineas))
    with etiquetas.artefacto(c):
        c.setFillColorRGB(*recuadro.fondo)
        c.setStrokeColorRGB(*recuadro.borde)
        c.setLineWidth(0.6)
        c.rect(hoja.izquierda, arriba - alto, hoja.ancho_util, alto, stroke=1, fill=1)
        c.setFillColorRGB(*recuadro.borde)
        c.rect(hoja.izquierda, arriba - alto, 3.5, alto, stroke=0, fill=1)
    y = arriba - _RELLENO_AVISO - 8
    x = hoja.izquierda + _RELLENO_AVISO + 4
    if titulo:
        with etiquetas.marcado(c, "H2") if titulo == recuadro.titulo else etiquetas.artefacto(c):
            c.setFont(FUENTE_NEGRITA, 10)
            c.setFillColorRGB(0.45, 0.25, 0.0)
            c.drawString(x, y, titulo)
        y -= 14
    c.setFillColorRGB(*_NEGRO)
    for texto, vineta in lineas:
        if recuadro.titulo is None:
            c.setFont(FUENTE_NEGRITA, _TAMANO_AVISO)
            c.setFillColorRGB(0.10, 0.35, 0.15)
            _texto_de_aviso(c, avisos, True, lambda: c.drawString(x, y, texto))
        else:
            c.setFont(FUENTE, _TAMANO_AVISO)
            if vineta:
                with etiquetas.artefacto(c):
                    c.drawString(x, y, "•")
            _texto_de_aviso(c, avisos, vineta, lambda: c.drawString(x + 10, y, texto))
        y -= _INTERLINEA_AVISO
    if avisos is not None:
        avisos.cerrar(c)
    c.setFillColorRGB(*_NEGRO)


class _AvisosEtiquetados:
    """El P de cada aviso del recuadro mientras se dibuja, también de una página a la otra."""

    def __init__(self, c: Canvas):
        self.estructura = estructura_de(c)
        self.actual: Nodo | None = None
        self.abierto = False

    def linea(self, c: Canvas, nuevo: bool) -> None:
        if nuevo or self.actual is None:
            self.cerrar(c)
            self.actual = self.estructura.actual.agregar(Nodo("P"))
        if not self.abierto:
            self.estructura.abrir_marcado(c, self.actual)
            self.abierto = True

    def cerrar(self, c: Canvas) -> None:
        if self.abierto:
            self.estructura.cerrar_marcado(c)
            self.abierto = False


def _texto_de_aviso(c: Canvas, avisos: _AvisosEtiquetados | None, nuevo: bool, dibujar) -> None:
    if avisos is not None and avisos.estructura is not None:
        avisos.linea(c, nuevo)
    dibujar()


def _paginar_recuadro(recuadro: _Recuadro, libre_ultima: float, capacidad: float):
    """Trozos (página relativa a la última de la tabla, líneas, título, separación de lo anterior) del recuadro."""
    trozos = []
    pendientes = list(recuadro.lineas)
    titulo = recuadro.titulo
    libre = libre_ultima
    pagina = 0
    separacion = 14
    while pendientes:
        cabe = int((libre - separacion - recuadro.alto(0)) // _INTERLINEA_AVISO)
        if cabe < min(len(pendientes), 2):
            pagina += 1
            libre, separacion = capacidad, 0
            continue
        trozos.append((pagina, pendientes[:cabe], titulo, separacion))
        pendientes = pendientes[cabe:]
        titulo = traducir("Avisos (continuación)") if recuadro.titulo else None
        if pendientes:
            pagina += 1
            libre, separacion = capacidad, 0
    return trozos



def escribir_composicion_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str, composicion,
                             al: date, generado: date | None = None, sello=None) -> int:
    """Escribe la composición (un `servicios.organos.Composicion`) y devuelve el número de páginas. `sello`: su
    código de verificación: el QR arriba a la derecha de la primera página, el código al pie de cada una."""
    from .sello_en_pagina import codigo_al_pie, lugar_bajo_la_fecha, qr_bajo_la_fecha
    from .verificacion import donde_verificar

    generado = generado or date.today()
    nombre = str((composicion.organo or {}).get("nombre") or "")
    titulo = traducir(TITULO_COMPOSICION)
    encabezado = Encabezado(asociacion or "", sigla or "", titulo, generado)
    ficha = _ficha(composicion, al)
    if sello is not None and sello.direccion:  # con la dirección pública, la ficha dice dónde verificarla
        ficha.append((traducir("Verificación"), donde_verificar(sello)))
    hoja = _hoja_con_ficha(papel, encabezado, ficha, *lugar_bajo_la_fecha(sello))
    cols = Columnas(columnas_composicion(), hoja.izquierda, hoja.ancho_util)
    filas: list[FilaTabla] = [Fila(celdas_asiento(a)) for a in en_orden_de_lectura(composicion.asientos)]
    if not filas:
        filas.append(Fila((traducir("Sin integrantes al {0}.").format(fecha_corta(al)), "", "", "", "", "", "")))

    titulos = Medidor(cols, 1).titulos()
    capacidad = hoja.arriba_contenido - hoja.abajo_contenido - titulos.alto
    medidor = Medidor(cols, int((capacidad - alto(1) - INTERLINEA - 2 * RELLENO_V) // INTERLINEA))
    paginador = Paginador(capacidad, medidor)
    for bloque in bloques([m for fila in filas for m in medidor.medir(fila)]):
        paginador.colocar_bloque(bloque)
    paginas = paginador.paginas
    usado = sum(m.alto for m in paginas[-1])
    recuadro = _recuadro(composicion.avisos, hoja.ancho_util)
    trozos = _paginar_recuadro(recuadro, capacidad - usado, hoja.arriba_contenido - hoja.abajo_contenido)
    total = len(paginas) + max((t[0] for t in trozos), default=0)

    with escritura_atomica(ruta) as temporal:
        c = LienzoEtiquetado(temporal, pagesize=(hoja.ancho, hoja.alto), initialFontName=FUENTE, roles={})
        marcas, avisos = EtiquetasDeLaTabla(c, len(cols.columnas)), _AvisosEtiquetados(c)
        c.setTitle(f"{titulo} · {nombre}")
        c.setAuthor(asociacion or "")
        c.setCreator(NOMBRE_APLICACION)
        asunto = traducir("Composición de {0} al {1}").format(nombre, fecha_corta(al))
        c.setSubject(f"{asunto} · {asociacion}")
        pluma = Pluma(c)
        for numero in range(1, total + 1):
            dibujar_encabezado_de_pagina(c, hoja, encabezado, numero)
            _dibujar_ficha(c, hoja, numero)
            if sello is not None and numero == 1:  # el QR bajo la fecha, junto a la ficha
                qr_como_figura(c, sello, lambda: qr_bajo_la_fecha(c, hoja, sello))
            y = hoja.arriba_contenido
            if numero <= len(paginas):
                medidas = paginas[numero - 1]
                y = dibujar_titulos(pluma, cols, titulos, y, marcas)
                dibujar_filas(pluma, cols, medidas, y, marcas)
                y -= sum(m.alto for m in medidas)
            for relativa, lineas, titulo, separacion in trozos:
                if len(paginas) + relativa == numero:
                    _dibujar_recuadro(c, hoja, recuadro, lineas, titulo, y - separacion, avisos)
                    pluma.nueva_pagina()
            with etiquetas.artefacto(c, "Pagination"):
                dibujar_pie(c, hoja, generado, numero, total)
                codigo_al_pie(c, hoja, sello)
            c.showPage()
            pluma.nueva_pagina()
        c.save()
        archivar(temporal, estructura=c.estructura)
    return total

