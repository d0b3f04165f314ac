"""La tabla paginada rápida de los PDF de Escritorio, dibujada directamente sobre el canvas de reportlab: partir una
tabla enorme con platypus (LongTable) es demasiado lento para un padrón de miles de filas. La tabla se hace en dos
pasadas: `maquetar` mide las filas y decide los saltos de página (así se conoce el total de páginas) y
`escribir_tabla_pdf` dibuja cada página con "Página X de Y" en el pie. El papel, el encabezado, el pie y partir el
texto: base.py.

En un PDF etiquetado (sobre `etiquetas.LienzoEtiquetado`), `EtiquetasDeLaTabla` marca lo que se dibuja: la tabla
entera, en todas sus páginas, es un solo Table; la fila de títulos de la primera página, TH (/Scope /Column), y la
que se repite arriba de las demás, un artefacto; cada fila, una TR con una celda por columna (estructura_en_bloque.py:
el título de un grupo, un TH que abarca todas; un subtotal o total, un TD igual; el título «(continuación)» repetido,
un artefacto); fondos y reglas, artefactos. Las filas se guardan compactas y su árbol se escribe sin pikepdf: un
padrón de 100.000 miembros son 800.000 elementos.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.traduccion import traducir

from . import etiquetas
from .base import (DERECHA, Encabezado, FUENTE, FUENTE_NEGRITA, Hoja, INTERLINEA, IZQUIERDA, MARGEN, RELLENO_H,
                   RELLENO_V, TAMANO, dibujar_encabezado, dibujar_pie, dibujar_registro, escritura_atomica,
                   partir_texto, preparar_hoja)
from .estructura_en_bloque import CIERRE, DATOS, GRUPO, TITULOS, Filas
from .etiquetas import LienzoEtiquetado, Nodo, estructura_de
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
    repetida: bool = False   # el título «(continuación)» de un grupo arriba de otra página: artefacto

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
                medida.repetida = True
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


class EtiquetasDeLaTabla:
    """Lo que marca una tabla en un PDF etiquetado (ver el docstring del módulo). Se crea una por tabla, con el
    lienzo; sin `Estructura` en él (`activa` False), la tabla se dibuja sin marcas."""

    def __init__(self, c: Canvas, columnas: int):
        self.c = c
        self.estructura = estructura_de(c)
        self.activa = self.estructura is not None
        self.filas = Filas(columnas)
        self.tabla: Nodo | None = None

    def abrir(self) -> bool:
        """La fila de títulos: True la primera vez (el Table empieza aquí, en el orden de lectura); después, False
        (la repetida arriba de otra página es un artefacto)."""
        if self.tabla is not None:
            return False
        self.tabla = self.estructura.actual.agregar(Nodo("Table"))
        self.tabla.hijos.append(self.filas)
        return True

    def celdas(self, cols: Columnas, medida: Medida, y: float, tipo: int) -> None:
        """Una fila de celdas: TD (o TH, los títulos) cada una con texto; la fila, en `filas`."""
        c = self.c
        pagina = c.getPageNumber() - 1
        primero = mcid = self.estructura.mcid_por_pagina.get(pagina, 0)
        rol = "TH" if tipo == TITULOS else "TD"
        vacias = 0
        base = y - RELLENO_V - _BASE
        for columna, (lineas, (x, derecha)) in enumerate(zip(medida.lineas_de_cada_celda(), cols.anclas)):
            if not any(lineas):
                vacias |= 1 << columna
                continue
            c.addLiteral(f"/{rol} <</MCID {mcid}>> BDC")
            mcid += 1
            _dibujar_lineas(c, lineas, x, derecha, base)
            c.addLiteral("EMC")
        self.estructura.mcid_por_pagina[pagina] = mcid
        self.filas.agregar(pagina, primero, tipo, vacias)

    def ancha(self, cols: Columnas, medida: Medida, y: float, tipo: int) -> None:
        """Una fila de una sola celda que abarca todas las columnas: el título de un grupo, un subtotal o total."""
        c = self.c
        if medida.repetida:
            with etiquetas.artefacto(c):
                _dibujar_texto_ancho(c, cols, medida, y)
            return
        pagina = c.getPageNumber() - 1
        mcid = self.estructura.mcid_por_pagina.get(pagina, 0)
        c.addLiteral(f"/{'TH' if tipo == GRUPO else 'TD'} <</MCID {mcid}>> BDC")
        _dibujar_texto_ancho(c, cols, medida, y)
        c.addLiteral("EMC")
        self.estructura.mcid_por_pagina[pagina] = mcid + 1
        self.filas.agregar(pagina, mcid, tipo)


_SIN_MARCAS = None   # `marcas` de las funciones de dibujo en un PDF sin etiquetar


def _dibujar_lineas(c: Canvas, lineas: list[str], x: float, derecha: bool, y_linea: float) -> None:
    for linea in lineas:
        if linea:
            if derecha:
                c.drawRightString(x, y_linea, linea)
            else:
                c.drawString(x, y_linea, linea)
        y_linea -= INTERLINEA


def _dibujar_celdas(c: Canvas, cols: Columnas, medida: Medida, y: float) -> None:
    base = y - RELLENO_V - _BASE
    for lineas, (x, derecha) in zip(medida.lineas_de_cada_celda(), cols.anclas):
        _dibujar_lineas(c, lineas, x, derecha, base)


def dibujar_titulos(pluma: Pluma, cols: Columnas, titulos: Medida, y: float,
                    marcas: EtiquetasDeLaTabla | None = _SIN_MARCAS) -> float:
    """La fila de títulos. Con `marcas` (un PDF etiquetado), la primera es la TR de los TH de la tabla y las que se
    repiten en las páginas siguientes, artefactos."""
    c = pluma.c
    if marcas is not None and marcas.activa and not marcas.abrir():
        with etiquetas.artefacto(c):
            return dibujar_titulos(pluma, cols, titulos, y)
    with etiquetas.artefacto(c):
        _fondo(c, cols, y, titulos.alto, _FONDO_TITULOS)
    pluma.usar(FUENTE_NEGRITA, TAMANO)
    if marcas is not None and marcas.activa:
        marcas.celdas(cols, titulos, y, TITULOS)
    else:
        _dibujar_celdas(c, cols, titulos, y)
    y -= titulos.alto
    with etiquetas.artefacto(c):
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


def dibujar_filas(pluma: Pluma, cols: Columnas, medidas: list[Medida], y: float,
                  marcas: EtiquetasDeLaTabla | None = _SIN_MARCAS) -> None:
    """Las filas de una página. Con `marcas` (un PDF etiquetado), cada una es una TR de la tabla (ver el módulo)."""
    c = pluma.c
    marcar = marcas is not None and marcas.activa
    finas = []  # reglas que se trazan juntas al final: un solo cambio de color y grosor
    fuertes = []
    for medida in medidas:
        abajo = y - medida.alto
        if medida.tipo is Fila:
            pluma.usar(FUENTE, TAMANO)
            if marcar:
                marcas.celdas(cols, medida, y, DATOS)
            else:
                _dibujar_celdas(c, cols, medida, y)
            finas.append((cols.izquierda, abajo, cols.derecha, abajo))
        elif medida.tipo is Grupo:
            with etiquetas.artefacto(c):
                _fondo(c, cols, y, medida.alto, _FONDO_GRUPO)
            pluma.usar(FUENTE_NEGRITA, _TAMANO_GRUPO)
            if marcar:
                marcas.ancha(cols, medida, y, GRUPO)
            else:
                _dibujar_texto_ancho(c, cols, medida, y)
            finas.append((cols.izquierda, abajo, cols.derecha, abajo))
        elif medida.tipo is Espacio or medida.tipo is Reserva:
            pass
        else:
            if medida.tipo is Total:
                with etiquetas.artefacto(c):
                    _fondo(c, cols, y, medida.alto, _FONDO_TITULOS)
                fuertes.append((cols.izquierda, abajo, cols.derecha, abajo))
            pluma.usar(FUENTE_NEGRITA, TAMANO)
            if marcar:
                marcas.ancha(cols, medida, y, CIERRE)
            else:
                _dibujar_texto_ancho(c, cols, medida, y)
            fuertes.append((cols.izquierda, y, cols.derecha, y))
        y = abajo
    with etiquetas.artefacto(c):
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
    with etiquetas.marcado(pluma.c, "P"):
        for i, linea in enumerate(lineas):
            pluma.c.drawString(hoja.izquierda, hoja.arriba_contenido - 14 - 13 * i, linea)
    return hoja.arriba_contenido - 14 - 13 * (len(lineas) - 1) - 4


def dibujar_encabezado_de_pagina(c: Canvas, hoja: Hoja, encabezado: Encabezado, numero: int) -> None:
    """El encabezado: en un PDF etiquetado, el título de la primera página es el H1 (y el resto, artefactos); los de
    las demás páginas, artefactos enteros."""
    if numero == 1:
        dibujar_encabezado(c, hoja, encabezado, titulo_como="H1" if estructura_de(c) is not None else None)
        return
    with etiquetas.artefacto(c, "Pagination"):
        dibujar_encabezado(c, hoja, encabezado)


def ficha_etiquetada(c: Canvas, numero: int):
    """La ficha de pares rótulo-valor bajo el título (la composición de un órgano, el estado de cuenta): en la primera
    página de un PDF etiquetado, un Table con una TR por par (`par_de_ficha`); en las demás, donde se repite, un
    artefacto. Da True si sus pares se marcan."""
    if estructura_de(c) is None:
        return nullcontext(False)
    if numero == 1:
        return _con_valor(etiquetas.elemento(c, "Table"), True)
    return _con_valor(etiquetas.artefacto(c, "Pagination"), False)


@contextmanager
def _con_valor(contexto, valor):
    with contexto:
        yield valor


@contextmanager
def par_de_ficha(c: Canvas, marcar: bool, rotulo: Callable[[], None]):
    """Un par de la ficha: `rotulo()` dibuja el rótulo (TH, /Scope /Row) y lo que se dibuja dentro, el valor (TD)."""
    if not marcar:
        rotulo()
        yield
        return
    with etiquetas.elemento(c, "TR"):
        with etiquetas.marcado(c, "TH", alcance="Row"):
            rotulo()
        with etiquetas.marcado(c, "TD"):
            yield


def qr_como_figura(c: Canvas, sello, dibujar: Callable[[], None]) -> None:
    """El QR del sello (`dibujar()`), en un PDF etiquetado una Figure con lo que lleva como texto alternativo."""
    from .verificacion import texto_alternativo_del_qr

    with etiquetas.marcado(c, "Figure", alt=texto_alternativo_del_qr(sello)):
        dibujar()


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
        c = LienzoEtiquetado(temporal, pagesize=(maq.hoja.ancho, maq.hoja.alto), initialFontName=FUENTE, roles={})
        marcas = EtiquetasDeLaTabla(c, len(maq.columnas.columnas))
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
            dibujar_encabezado_de_pagina(c, maq.hoja, encabezado, numero)
            if medidas or hay_filas:
                y = dibujar_titulos(pluma, maq.columnas, maq.titulos, maq.hoja.arriba_contenido, marcas)
                dibujar_filas(pluma, maq.columnas, medidas, y, marcas)
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
            with etiquetas.artefacto(c, "Pagination"):
                dibujar_pie(c, maq.hoja, encabezado.fecha, numero, total)
                if sello is not None:  # el código al pie de cada página (entre «Generado con…» y «Página X de Y»)
                    dibujar_registro(c, maq.hoja.ancho / 2, MARGEN, rotulo_impreso(sello))
            c.showPage()
            pluma.nueva_pagina()
            if progreso:
                progreso(numero, total)
        c.save()
        # El lienzo guarda lo que dibujó hasta que se suelta: con 100.000 filas, decenas de MB que `archivar` reusa.
        estructura = c.estructura
        del c, pluma, marcas
        archivar(temporal, estructura=estructura)
    return total
