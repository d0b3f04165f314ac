"""La tabla paginada rápida de los PDF de Escritorio, dibujada directamente sobre el canvas de reportlab: partir una
tabla enorme con platypus (LongTable) es demasiado lento para un padrón de miles de filas. La tabla se hace en dos
pasadas: `maquetar` mide las filas y decide los saltos de página (así se conoce el total de páginas) y
`escribir_tabla_pdf` dibuja cada página con "Página X de Y" en el pie. El papel, el encabezado, el pie y partir el
texto: base.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.traduccion import traducir

from .base import (DERECHA, Encabezado, FUENTE, FUENTE_NEGRITA, Hoja, INTERLINEA, IZQUIERDA, MARGEN, RELLENO_H,
                   RELLENO_V, TAMANO, dibujar_encabezado, dibujar_pie, dibujar_registro, escritura_atomica,
                   partir_texto, preparar_hoja)
from .fuentes import Lienzo
from .pdfa import archivar


_NEGRO = (0, 0, 0)
_BASE = (INTERLINEA + 0.72 * TAMANO) / 2
_TAMANO_GRUPO = 9
_GRIS_REGLA = (0.78, 0.78, 0.78)
_FONDO_TITULOS = (0.86, 0.88, 0.91)
_FONDO_GRUPO = (0.93, 0.94, 0.96)


# --- Tabla -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Columna:
    titulo: str
    peso: float  # ancho relativo; la tabla ocupa todo el ancho útil
    alineacion: str = IZQUIERDA


@dataclass(frozen=True, slots=True)
class Fila:
    celdas: Sequence[str]


@dataclass(frozen=True, slots=True)
class Grupo:
    """Título de un grupo de filas (p. ej. un país): nunca queda solo al pie de una página."""

    texto: str


@dataclass(frozen=True, slots=True)
class Subtotal:
    """Fila en negrita que ocupa todo el ancho y cierra un grupo (o el listado)."""

    texto: str


@dataclass(frozen=True, slots=True)
class Total:
    """Como un subtotal, pero destacado: el cierre del listado."""

    texto: str


@dataclass(frozen=True, slots=True)
class Espacio:
    """Un respiro vertical entre dos secciones de una tabla: no dibuja nada, va con la fila siguiente y
    no se pone al principio de una página."""

    alto: float = INTERLINEA


@dataclass(frozen=True, slots=True)
class Reserva:
    """Lugar al final del listado para el QR del código de verificación: no dibuja nada y, a diferencia de un
    Espacio, no se omite al principio de una página."""

    alto: float


FilaTabla = Fila | Grupo | Subtotal | Total | Espacio | Reserva


@dataclass(slots=True)
class Medida:
    """Una fila ya partida en líneas: `lineas` tiene una lista por celda (una sola si abarca todo). La fila común,
    con cada celda en una línea tal cual, no guarda sus líneas (`lineas` None): las toma de `celdas` al dibujarla. Con
    100.000 miembros son cien mil tuplas de listas menos en la memoria mientras se arma el PDF."""

    tipo: type
    lineas: tuple[list[str], ...] | None
    alto: float
    texto: str = ""
    celdas: Sequence[str] = ()

    def lineas_de_cada_celda(self) -> tuple[list[str], ...]:
        return self.lineas if self.lineas is not None else tuple([celda] for celda in self.celdas)


class Columnas:
    """Posiciones horizontales de las columnas dentro del ancho útil."""

    def __init__(self, columnas: Sequence[Columna], izquierda: float, ancho: float):
        total = sum(c.peso for c in columnas)
        self.columnas = list(columnas)
        self.izquierda = izquierda
        self.derecha = izquierda + ancho
        self.anchos = [ancho * c.peso / total for c in columnas]
        self.bordes = [izquierda]
        for a in self.anchos:
            self.bordes.append(self.bordes[-1] + a)
        # Dónde empieza (izquierda) o termina (derecha) el texto de cada celda.
        self.anclas = [
            (self.bordes[i + 1] - RELLENO_H if c.alineacion == DERECHA else self.bordes[i] + RELLENO_H,
             c.alineacion == DERECHA)
            for i, c in enumerate(columnas)
        ]


def alto(lineas: int) -> float:
    return lineas * INTERLINEA + 2 * RELLENO_V


class Medidor:
    """Parte los textos de cada fila en líneas con las métricas de la fuente y calcula su alto."""

    def __init__(self, columnas: Columnas, max_lineas: int):
        self.columnas = columnas
        self.max_lineas = max(1, max_lineas)
        self._utiles = [a - 2 * RELLENO_H for a in columnas.anchos]
        self._ancho_total = columnas.derecha - columnas.izquierda - 2 * RELLENO_H

    def titulos(self) -> Medida:
        lineas = tuple(partir_texto(c.titulo, FUENTE_NEGRITA, TAMANO, u)
                       for c, u in zip(self.columnas.columnas, self._utiles))
        return Medida(Fila, lineas, alto(max(map(len, lineas))))

    def medir(self, fila: FilaTabla) -> list[Medida]:
        """Una medida por fila, o varias si la fila no cabe entera ni en una página vacía."""
        if isinstance(fila, Fila):
            lineas = tuple(partir_texto(t, FUENTE, TAMANO, u) for t, u in zip(fila.celdas, self._utiles))
            if len(lineas) == len(fila.celdas) and all(
                    len(partes) == 1 and partes[0] == celda for partes, celda in zip(lineas, fila.celdas)):
                return [Medida(Fila, None, alto(1), celdas=fila.celdas)]   # cada celda en una línea, tal cual
            return self._trocear(Fila, lineas)
        if isinstance(fila, (Espacio, Reserva)):
            return [Medida(type(fila), ([],), fila.alto)]
        tamano = _TAMANO_GRUPO if isinstance(fila, Grupo) else TAMANO  # Subtotal o Total
        lineas = (partir_texto(fila.texto, FUENTE_NEGRITA, tamano, self._ancho_total),)
        return [Medida(m.tipo, m.lineas, m.alto, fila.texto) for m in self._trocear(type(fila), lineas)]

    def _trocear(self, tipo: type, lineas: tuple[list[str], ...]) -> list[Medida]:
        n = max(map(len, lineas))
        if n <= self.max_lineas:
            return [Medida(tipo, lineas, alto(n))]
        trozos = []
        for desde in range(0, n, self.max_lineas):
            parte = tuple(celda[desde:desde + self.max_lineas] for celda in lineas)
            trozos.append(Medida(tipo, parte, alto(max(map(len, parte)))))
        return trozos


def _va_con_la_siguiente(actual: Medida, siguiente: Medida | None) -> bool:
    """Un título de grupo no se separa de su primera fila, ni un subtotal de la fila anterior."""
    if siguiente is None:
        return False
    return actual.tipo is Grupo or actual.tipo is Espacio or siguiente.tipo in (Subtotal, Total)


def bloques(medidas: list[Medida]) -> Iterator[list[Medida]]:
    bloque: list[Medida] = []
    for i, medida in enumerate(medidas):
        bloque.append(medida)
        siguiente = medidas[i + 1] if i + 1 < len(medidas) else None
        if not _va_con_la_siguiente(medida, siguiente):
            yield bloque
            bloque = []


class Paginador:
    def __init__(self, capacidad: float, medidor: Medidor):
        self.capacidad = capacidad
        self.medidor = medidor
        self.paginas: list[list[Medida]] = [[]]
        self.usado = 0.0
        self.grupo: str | None = None

    def cabe(self, alto: float) -> bool:
        return self.usado + alto <= self.capacidad + 0.01

    def colocar(self, medida: Medida) -> None:
        if medida.tipo is Espacio and not self.paginas[-1]:
            return  # al principio de una página sobra
        self.paginas[-1].append(medida)
        self.usado += medida.alto
        if medida.tipo is Grupo:
            self.grupo = medida.texto
        elif medida.tipo in (Subtotal, Total):
            self.grupo = None

    def saltar(self, continua_grupo: bool) -> None:
        self.paginas.append([])
        self.usado = 0.0
        if continua_grupo and self.grupo is not None:
            grupo = self.grupo
            for medida in self.medidor.medir(Grupo(traducir("{0} (continuación)").format(grupo))):
                self.colocar(medida)
            self.grupo = grupo

    def colocar_bloque(self, bloque: list[Medida]) -> None:
        alto = sum(m.alto for m in bloque)
        if not self.cabe(alto) and self.paginas[-1]:
            self.saltar(continua_grupo=bloque[0].tipo is not Grupo)
        if self.cabe(alto):
            for medida in bloque:
                self.colocar(medida)
            return
        # Bloque más alto que una página: empieza arriba y sigue fila a fila.
        for medida in bloque:
            if not self.cabe(medida.alto):
                self.saltar(continua_grupo=medida.tipo is not Grupo)
            self.colocar(medida)


@dataclass
class Maquetacion:
    hoja: Hoja
    columnas: Columnas
    titulos: Medida
    capacidad: float  # alto disponible para filas en cada página, bajo los títulos
    paginas: list[list[Medida]]


def maquetar(filas: Sequence[FilaTabla], columnas: Sequence[Columna], papel: str,
             encabezado: Encabezado) -> Maquetacion:
    """Primera pasada: parte los textos, mide las filas y decide los saltos de página."""
    hoja = preparar_hoja(papel, encabezado)
    cols = Columnas(columnas, hoja.izquierda, hoja.ancho_util)
    titulos = Medidor(cols, 1).titulos()
    capacidad = hoja.arriba_contenido - hoja.abajo_contenido - titulos.alto
    # Una fila que no entra ni en una página vacía (con su título de continuación) se trocea.
    alto_grupo = alto(1) + INTERLINEA
    medidor = Medidor(cols, int((capacidad - alto_grupo - 2 * RELLENO_V) // INTERLINEA))
    medidas = [m for fila in filas for m in medidor.medir(fila)]
    paginador = Paginador(capacidad, medidor)
    for bloque in bloques(medidas):
        paginador.colocar_bloque(bloque)
    return Maquetacion(hoja, cols, titulos, capacidad, paginador.paginas)


# --- Dibujo -------------------------------------------------------------------------------------

class Pluma:
    """Envuelve el canvas para no repetir setFont: cada cambio de fuente añade código a la página."""

    def __init__(self, c: Canvas):
        self.c = c
        self.fuente: tuple[str, float] | None = None

    def usar(self, fuente: str, tamano: float) -> None:
        if self.fuente != (fuente, tamano):
            self.c.setFont(fuente, tamano)
            self.fuente = (fuente, tamano)

    def nueva_pagina(self) -> None:
        self.fuente = None  # showPage vuelve a la fuente inicial


def _dibujar_celdas(c: Canvas, cols: Columnas, medida: Medida, y: float) -> None:
    base = y - RELLENO_V - _BASE
    for lineas, (x, derecha) in zip(medida.lineas_de_cada_celda(), cols.anclas):
        y_linea = base
        for linea in lineas:
            if linea:
                if derecha:
                    c.drawRightString(x, y_linea, linea)
                else:
                    c.drawString(x, y_linea, linea)
            y_linea -= INTERLINEA


def dibujar_titulos(pluma: Pluma, cols: Columnas, titulos: Medida, y: float) -> float:
    c = pluma.c
    _fondo(c, cols, y, titulos.alto, _FONDO_TITULOS)
    pluma.usar(FUENTE_NEGRITA, TAMANO)
    _dibujar_celdas(c, cols, titulos, y)
    y -= titulos.alto
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(*_NEGRO)
    c.line(cols.izquierda, y, cols.derecha, y)
    return y


def _dibujar_texto_ancho(c: Canvas, cols: Columnas, medida: Medida, y: float) -> None:
    y_linea = y - RELLENO_V - _BASE
    for linea in medida.lineas[0]:
        c.drawString(cols.izquierda + RELLENO_H, y_linea, linea)
        y_linea -= INTERLINEA


def _fondo(c: Canvas, cols: Columnas, y: float, alto: float, color: tuple[float, ...]) -> None:
    c.setFillColorRGB(*color)
    c.rect(cols.izquierda, y - alto, cols.derecha - cols.izquierda, alto, stroke=0, fill=1)
    c.setFillColorRGB(*_NEGRO)


def dibujar_filas(pluma: Pluma, cols: Columnas, medidas: list[Medida], y: float) -> None:
    c = pluma.c
    finas = []  # reglas que se trazan juntas al final: un solo cambio de color y grosor
    fuertes = []
    for medida in medidas:
        abajo = y - medida.alto
        if medida.tipo is Fila:
            pluma.usar(FUENTE, TAMANO)
            _dibujar_celdas(c, cols, medida, y)
            finas.append((cols.izquierda, abajo, cols.derecha, abajo))
        elif medida.tipo is Grupo:
            _fondo(c, cols, y, medida.alto, _FONDO_GRUPO)
            pluma.usar(FUENTE_NEGRITA, _TAMANO_GRUPO)
            _dibujar_texto_ancho(c, cols, medida, y)
            finas.append((cols.izquierda, abajo, cols.derecha, abajo))
        elif medida.tipo is Espacio or medida.tipo is Reserva:
            pass
        else:
            if medida.tipo is Total:
                _fondo(c, cols, y, medida.alto, _FONDO_TITULOS)
                fuertes.append((cols.izquierda, abajo, cols.derecha, abajo))
            pluma.usar(FUENTE_NEGRITA, TAMANO)
            _dibujar_texto_ancho(c, cols, medida, y)
            fuertes.append((cols.izquierda, y, cols.derecha, y))
        y = abajo
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(*_GRIS_REGLA)
    c.lines(finas)
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(*_NEGRO)
    c.lines(fuertes)


def _dibujar_vacio(pluma: Pluma, hoja: Hoja, texto: str) -> float:
    """El texto de una tabla sin filas; devuelve dónde termina (bajo la última línea)."""
    pluma.usar(FUENTE, 10)
    lineas = partir_texto(texto, FUENTE, 10, hoja.ancho_util)
    for i, linea in enumerate(lineas):
        pluma.c.drawString(hoja.izquierda, hoja.arriba_contenido - 14 - 13 * i, linea)
    return hoja.arriba_contenido - 14 - 13 * (len(lineas) - 1) - 4


def escribir_tabla_pdf(ruta: str | os.PathLike, *, papel: str, encabezado: Encabezado,
                       columnas: Sequence[Columna], filas: Sequence[FilaTabla],
                       texto_vacio: str | None = None,
                       progreso: Callable[[int, int], object] | None = None, sello=None) -> int:
    """Escribe un listado paginado y devuelve el número de páginas.

    `progreso(hecho, total)` se llama tras cada página; si lanza una excepción se cancela y no
    queda ningún archivo nuevo en `ruta`. `texto_vacio`: lo que dice una tabla sin filas (ya en el idioma del
    documento); por omisión, «No hay datos para listar.». `sello`: el código de verificación
    (`dominio.verificacion.Sello`): al pie de cada página y, con su QR, al final del listado.
    """
    from .verificacion import dibujar_sello, espacio_del_sello, rotulo_impreso, zona_en_blanco

    if texto_vacio is None:
        texto_vacio = traducir("No hay datos para listar.")
    if sello is not None and filas:
        # El sello entero (QR, texto y la zona en blanco del QR arriba y abajo): si no cabe bajo la última fila, va
        # al principio de la página siguiente; nunca encima de una fila ni del pie.
        filas = [*filas, Reserva(espacio_del_sello(sello))]
    maq = maquetar(filas, columnas, papel, encabezado)
    total, hay_filas = len(maq.paginas), bool(filas)
    del filas   # lo que se dibuja ya está en las medidas de cada página
    with escritura_atomica(ruta) as temporal:
        c = Lienzo(temporal, pagesize=(maq.hoja.ancho, maq.hoja.alto), initialFontName=FUENTE)
        c.setTitle(encabezado.titulo)
        c.setAuthor(encabezado.asociacion)
        c.setCreator(NOMBRE_APLICACION)
        c.setSubject(f"{encabezado.titulo} · {encabezado.asociacion}")
        if sello is not None:
            c.setKeywords(sello.rotulo)
        pluma = Pluma(c)
        if progreso:
            progreso(0, total)
        for numero in range(1, total + 1):
            # Cada página se suelta al dibujarla: lo que queda en memoria es el PDF, no la maquetación entera.
            medidas, maq.paginas[numero - 1] = maq.paginas[numero - 1], None
            dibujar_encabezado(c, maq.hoja, encabezado)
            if medidas or hay_filas:
                y = dibujar_titulos(pluma, maq.columnas, maq.titulos, maq.hoja.arriba_contenido)
                dibujar_filas(pluma, maq.columnas, medidas, y)
                for medida in medidas:
                    if medida.tipo is Reserva:
                        dibujar_sello(c, maq.hoja.izquierda, y - medida.alto + zona_en_blanco(sello), sello)
                        pluma.nueva_pagina()
                    y -= medida.alto
            else:
                abajo = _dibujar_vacio(pluma, maq.hoja, texto_vacio)
                if sello is not None:
                    y_sello = abajo - espacio_del_sello(sello) + zona_en_blanco(sello)   # la zona, bajo el texto
                    dibujar_sello(c, maq.hoja.izquierda, y_sello, sello)
                pluma.nueva_pagina()
            dibujar_pie(c, maq.hoja, encabezado.fecha, numero, total)
            if sello is not None:  # el código al pie de cada página (entre «Generado con…» y «Página X de Y»)
                dibujar_registro(c, maq.hoja.ancho / 2, MARGEN, rotulo_impreso(sello))
            c.showPage()
            pluma.nueva_pagina()
            if progreso:
                progreso(numero, total)
        c.save()
        archivar(temporal)
    return total
