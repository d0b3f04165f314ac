"""Órganos en PDF: el organigrama de la asociación y la composición de un órgano a una fecha.

El organigrama se dibuja con el canvas: un árbol por `padre_id`, cada órgano en una caja con su
nombre, su tipo y sus titulares. Cuando un órgano tiene muchos dependientes del mismo tipo sin
dependientes propios (las quince unidades temáticas de Mercociudades), van juntos en una sola
caja-lista bajo su órgano superior, en columnas: así el árbol entra en una página y se lee. La
página se pone apaisada si así el dibujo queda más grande; si no entra a tamaño natural, se reduce
entero.

La composición usa la tabla paginada de `base` (Miembro, País, Persona, Cargo, Voto, Desde, Hasta),
con una ficha del órgano bajo el título y, al final, los avisos de las reglas de composición en un
recuadro destacado (o la constancia de que la composición cumple las reglas).

Los textos del usuario se dibujan con drawString: nunca se interpretan como marcado.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from escritorio import NOMBRE_APLICACION
from escritorio.dominio.organos import CARGOS, SIN_VOTO_CUOTAS, SIN_VOTO_SUSPENDIDO
from escritorio.dominio.paises import nombre_pais
from escritorio.dominio.orden_alfabetico import clave_en_curso
from escritorio.dominio.traduccion import traducir

from .base import (FUENTE, FUENTE_NEGRITA, INTERLINEA, MARGEN, RELLENO_V, Columna, Columnas, Encabezado,
                   Fila, FilaTabla, Hoja, Medidor, Paginador, Pluma, alto, bloques, dibujar_encabezado, dibujar_filas,
                   dibujar_pie, dibujar_titulos, escritura_atomica, fecha_corta, partir_texto, preparar_hoja)
from .fuentes import SANS_CURSIVA, Lienzo
from .pdfa import archivar

TITULO_ORGANIGRAMA = "Organigrama"
TITULO_COMPOSICION = "Composición del órgano"
CUMPLE = "La composición cumple las reglas del estatuto."
SIN_DATO = "—"

_NEGRO = (0, 0, 0)
_GRIS = (0.35, 0.35, 0.35)
_GRIS_CLARO = (0.55, 0.55, 0.55)
_AZUL = (0.12, 0.25, 0.45)
_BORDE = (0.40, 0.45, 0.52)
_FONDO_CABEZA = (0.86, 0.89, 0.94)
_FONDO_GRUPO = (0.95, 0.96, 0.98)
_CONECTOR = (0.45, 0.48, 0.55)

# Plural para el título de una caja-lista («Unidades temáticas (15)»).
_PLURALES = {
    "asamblea": "Asambleas", "consejo": "Consejos", "comision_directiva": "Comisiones directivas",
    "comite_ejecutivo": "Comités ejecutivos", "secretaria_ejecutiva": "Secretarías ejecutivas",
    "secretaria_tecnica": "Secretarías técnicas", "unidad_tematica": "Unidades temáticas",
    "grupo_trabajo": "Grupos de trabajo", "comite": "Comités", "congreso": "Congresos", "otro": "Otros órganos",
}
MINIMO_PARA_AGRUPAR = 4  # dependientes del mismo tipo, sin dependientes propios, que van en una caja-lista


# --- Organigrama: cajas ---------------------------------------------------------------------------

_ANCHO_CAJA = 158
_ANCHO_COLUMNA_LISTA = 172
_FILAS_POR_COLUMNA = 8
_MAX_TITULARES = 6
_SEPARACION_H = 16
_SEPARACION_V = 26
_SEPARACION_PILA = 8   # entre dos hojas apiladas
_SANGRIA_PILA = 14     # del borde izquierdo del superior al lomo de la pila
_BRAZO_PILA = 12       # del lomo de la pila a cada hoja
_RELLENO = 6
# Tamaños de letra: nombre del órgano, tipo y artículo, titulares, entradas de una caja-lista.
_T_NOMBRE = 8.5
_T_TIPO = 7
_T_TITULAR = 7
_T_ENTRADA = 7.5


@dataclass
class _Caja:
    ancho: float
    cabeza: list[tuple[str, str, float]]             # (texto, fuente, tamaño) de cada línea de la cabeza
    cuerpo: list[tuple[str, str, float, tuple]]      # (texto, fuente, tamaño, color) de cada línea
    columnas: list[list[tuple[str, str, float, tuple]]] = field(default_factory=list)  # caja-lista
    raiz: bool = False
    hijos: list[_Caja] = field(default_factory=list)
    pila: list[_Caja] = field(default_factory=list)  # si no está vacía, esta «caja» es una pila de hojas
    x: float = 0
    y: float = 0            # borde superior
    ancho_arbol: float = 0

    @property
    def es_pila(self) -> bool:
        return bool(self.pila)

    @property
    def centro(self) -> float:
        """Dónde llega el conector desde arriba: el medio de la caja, o el lomo de una pila."""
        return self.x if self.es_pila else self.x + self.ancho / 2

    @property
    def sola_pila(self) -> bool:
        """Todos sus dependientes son hojas apiladas: cuelgan de su borde izquierdo, no de su centro."""
        return len(self.hijos) == 1 and self.hijos[0].es_pila

    @property
    def alto_cabeza(self) -> float:
        if self.es_pila:
            return 0
        return 2 * _RELLENO - 2 + sum(_interlinea(t) for _, _, t in self.cabeza)

    @property
    def alto(self) -> float:
        if self.es_pila:
            return sum(c.alto for c in self.pila) + _SEPARACION_PILA * (len(self.pila) - 1)
        if self.columnas:
            lineas = max(sum(_interlinea(t) for _, _, t, _ in col) for col in self.columnas)
        else:
            lineas = sum(_interlinea(t) for _, _, t, _ in self.cuerpo)
        return self.alto_cabeza + (lineas + 2 * _RELLENO - 1 if lineas else 0)

    @property
    def alto_arbol(self) -> float:
        if not self.hijos:
            return self.alto
        return self.alto + self.separacion_hijos + max(h.alto_arbol for h in self.hijos)

    @property
    def separacion_hijos(self) -> float:
        return _SEPARACION_V * 0.6 if self.sola_pila else _SEPARACION_V


def _interlinea(tamano: float) -> float:
    return tamano * 1.25


def _lineas(texto: str, fuente: str, tamano: float, ancho: float, maximo: int | None = None) -> list[str]:
    lineas = partir_texto(" ".join(str(texto or "").split()), fuente, tamano, ancho)
    if maximo and len(lineas) > maximo:
        lineas = lineas[:maximo]
        ultima = lineas[-1]
        while ultima and stringWidth(ultima + "…", fuente, tamano) > ancho:
            ultima = ultima[:-1]
        lineas[-1] = ultima.rstrip() + "…"
    return lineas


def _nombre_del_tipo(organo: dict) -> str:
    """El rótulo del tipo (el de `TIPOS_ORGANO`, que pone el servicio) en el idioma en curso."""
    tipo = str(organo.get("tipo_nombre") or "").strip()
    return traducir(tipo) if tipo else ""


def _linea_tipo(organo: dict) -> str:
    tipo = _nombre_del_tipo(organo)
    # Un órgano llamado «Consejo» (o «Conselho») no repite su tipo: se compara con el rótulo en castellano y
    # con el traducido.
    nombre = str(organo.get("nombre") or "").strip().casefold()
    if tipo and nombre in (tipo.casefold(), str(organo.get("tipo_nombre") or "").strip().casefold()):
        tipo = ""
    articulo = str(organo.get("articulo") or "").strip()
    return " · ".join(p for p in (tipo, articulo) if p)


def _caja_organo(organo: dict, titulares: Sequence[str], raiz: bool) -> _Caja:
    util = _ANCHO_CAJA - 2 * _RELLENO
    cabeza = [(l, FUENTE_NEGRITA, _T_NOMBRE) for l in _lineas(organo.get("nombre"), FUENTE_NEGRITA, _T_NOMBRE, util, 3)]
    tipo = _linea_tipo(organo)
    if tipo:
        cabeza += [(l, FUENTE, _T_TIPO) for l in _lineas(tipo, FUENTE, _T_TIPO, util, 2)]
    cuerpo = []
    lista = [str(t) for t in titulares if str(t or "").strip()]
    if len(lista) > _MAX_TITULARES:
        resto = len(lista) - (_MAX_TITULARES - 1)
        lista = lista[:_MAX_TITULARES - 1] + [traducir("y {0} más").format(resto)]
    for titular in lista:
        cuerpo += [(l, FUENTE, _T_TITULAR, _NEGRO) for l in _lineas(titular, FUENTE, _T_TITULAR, util, 2)]
    if not lista:
        cuerpo.append((traducir("Sin integrantes registrados"), SANS_CURSIVA, _T_TITULAR, _GRIS_CLARO))
    return _Caja(_ANCHO_CAJA, cabeza, cuerpo, raiz=raiz)


def _caja_lista(tipo: str, organos: list[dict], titulares: dict[int, list[str]]) -> _Caja:
    if tipo in _PLURALES:
        etiqueta = traducir(_PLURALES[tipo])
    else:
        etiqueta = _nombre_del_tipo(organos[0]) or traducir("Órganos")
    n_columnas = max(1, min(3, -(-len(organos) // _FILAS_POR_COLUMNA)))
    por_columna = -(-len(organos) // n_columnas)
    util = _ANCHO_COLUMNA_LISTA - 2 * _RELLENO
    columnas = []
    for inicio in range(0, len(organos), por_columna):
        columna = []
        for organo in organos[inicio:inicio + por_columna]:
            columna += [(l, FUENTE_NEGRITA, _T_ENTRADA, _NEGRO)
                        for l in _lineas(organo.get("nombre"), FUENTE_NEGRITA, _T_ENTRADA, util, 2)]
            primero = next((str(t) for t in titulares.get(organo["id"], []) if str(t or "").strip()), None)
            texto, color = (primero, _GRIS) if primero else (traducir("Sin integrantes registrados"), _GRIS_CLARO)
            columna += [("   " + l, FUENTE, _T_TITULAR, color) for l in _lineas(texto, FUENTE, _T_TITULAR, util - 8, 1)]
            columna.append(("", FUENTE, 3.0, _NEGRO))  # respiro entre entradas
        columnas.append(columna[:-1])
    ancho = n_columnas * _ANCHO_COLUMNA_LISTA
    cabeza = [(f"{etiqueta} ({len(organos)})", FUENTE_NEGRITA, _T_NOMBRE)]
    padres = {str(o.get("padre") or "").strip() for o in organos} - {""}
    if len(padres) == 1:
        dependen = traducir("Dependen de: {0}").format(padres.pop())
        cabeza.append((_lineas(dependen, FUENTE, _T_TIPO, ancho - 2 * _RELLENO, 1)[0], FUENTE, _T_TIPO))
    return _Caja(ancho, cabeza, [], columnas=columnas)


def _arbol(organos: list[dict], titulares: dict[int, list[str]]) -> list[_Caja]:
    """Las cajas raíz (órganos sin superior, o con un superior que no está en la lista)."""
    por_id = {o["id"]: o for o in organos}
    hijos: dict[int | None, list[dict]] = {}
    for o in organos:
        padre = o.get("padre_id") if o.get("padre_id") in por_id and o.get("padre_id") != o["id"] else None
        hijos.setdefault(padre, []).append(o)
    visitados: set[int] = set()

    def armar(organo: dict, raiz: bool) -> _Caja:
        visitados.add(organo["id"])
        caja = _caja_organo(organo, titulares.get(organo["id"], []), raiz)
        propios = [h for h in hijos.get(organo["id"], []) if h["id"] not in visitados]
        hojas_por_tipo: dict[str, list[dict]] = {}
        for h in propios:
            if not [n for n in hijos.get(h["id"], []) if n["id"] not in visitados]:
                hojas_por_tipo.setdefault(h.get("tipo") or "", []).append(h)
        agrupados = {t: lista for t, lista in hojas_por_tipo.items() if len(lista) >= MINIMO_PARA_AGRUPAR}
        en_listas = {o["id"] for lista in agrupados.values() for o in lista}
        sueltas = [h for h in propios if h["id"] not in en_listas and h["id"] not in visitados]
        hojas = {h["id"] for lista in hojas_por_tipo.values() for h in lista} - en_listas
        pila = None
        for h in sueltas:
            if h["id"] in visitados:
                continue
            hijo = armar(h, False)
            if h["id"] in hojas and len(hojas) >= 2:
                # Dos o más dependientes sin dependientes propios van uno bajo otro: el árbol no se ensancha.
                if pila is None:
                    pila = _Caja(0, [], [])
                    caja.hijos.append(pila)
                pila.pila.append(hijo)
            else:
                caja.hijos.append(hijo)
        if pila is not None:
            pila.ancho = _BRAZO_PILA + max(c.ancho for c in pila.pila)
        for tipo, lista in agrupados.items():
            visitados.update(o["id"] for o in lista)
            caja.hijos.append(_caja_lista(tipo, lista, titulares))
        return caja

    raices = [armar(o, True) for o in hijos.get(None, [])]
    # Un ciclo (A depende de B y B de A) dejaría órganos sin dibujar: van como raíces.
    for o in organos:
        if o["id"] not in visitados:
            raices.append(armar(o, True))
    return raices


def _ancho_hijos(caja: _Caja) -> float:
    if caja.sola_pila:
        return _SANGRIA_PILA + caja.hijos[0].ancho
    return sum(h.ancho_arbol for h in caja.hijos) + _SEPARACION_H * max(0, len(caja.hijos) - 1)


def _medir(caja: _Caja) -> float:
    for hijo in caja.hijos:
        _medir(hijo)
    caja.ancho_arbol = max(caja.ancho, _ancho_hijos(caja))
    return caja.ancho_arbol


def _colocar(caja: _Caja, izquierda: float, arriba: float) -> None:
    caja.y = arriba
    if caja.es_pila:
        caja.x = izquierda
        y = arriba
        for hoja in caja.pila:
            hoja.x, hoja.y = izquierda + _BRAZO_PILA, y
            y -= hoja.alto + _SEPARACION_PILA
        return
    debajo = arriba - caja.alto - caja.separacion_hijos
    if caja.sola_pila:
        # El superior a la izquierda y la pila colgando de su borde izquierdo, como en un índice.
        caja.x = izquierda + (caja.ancho_arbol - max(caja.ancho, _ancho_hijos(caja))) / 2
        _colocar(caja.hijos[0], caja.x + _SANGRIA_PILA, debajo)
        return
    caja.x = izquierda + (caja.ancho_arbol - caja.ancho) / 2
    ocupado = _ancho_hijos(caja)
    x = izquierda + (caja.ancho_arbol - ocupado) / 2
    for hijo in caja.hijos:
        _colocar(hijo, x, debajo)
        x += hijo.ancho_arbol + _SEPARACION_H


def _todas(cajas: list[_Caja]):
    for caja in cajas:
        if caja.es_pila:
            yield from caja.pila
        else:
            yield caja
        yield from _todas(caja.hijos)


def _dibujar_caja(c: Canvas, caja: _Caja) -> None:
    abajo = caja.y - caja.alto
    lista = bool(caja.columnas)
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(*_BORDE)
    c.setFillColorRGB(*(_FONDO_GRUPO if lista else (1, 1, 1)))
    c.roundRect(caja.x, abajo, caja.ancho, caja.alto, 3, stroke=1, fill=1)
    # Cabeza con fondo de color; la de los órganos raíz, en azul con letras blancas.
    c.saveState()
    camino = c.beginPath()
    camino.roundRect(caja.x, abajo, caja.ancho, caja.alto, 3)
    c.clipPath(camino, stroke=0, fill=0)
    c.setFillColorRGB(*(_AZUL if caja.raiz else _FONDO_CABEZA))
    c.rect(caja.x, caja.y - caja.alto_cabeza, caja.ancho, caja.alto_cabeza, stroke=0, fill=1)
    c.restoreState()
    c.setStrokeColorRGB(*_BORDE)
    c.roundRect(caja.x, abajo, caja.ancho, caja.alto, 3, stroke=1, fill=0)
    if caja.cuerpo or caja.columnas:
        c.setLineWidth(0.5)
        c.line(caja.x, caja.y - caja.alto_cabeza, caja.x + caja.ancho, caja.y - caja.alto_cabeza)

    y = caja.y - _RELLENO + 1
    for texto, fuente, tamano in caja.cabeza:
        y -= _interlinea(tamano)
        c.setFont(fuente, tamano)
        if caja.raiz:
            c.setFillColorRGB(*((1, 1, 1) if fuente == FUENTE_NEGRITA else (0.85, 0.89, 0.95)))
        else:
            c.setFillColorRGB(*(_NEGRO if fuente == FUENTE_NEGRITA else _GRIS))
        c.drawCentredString(caja.x + caja.ancho / 2, y + 0.25 * tamano, texto)
    arriba_cuerpo = caja.y - caja.alto_cabeza - _RELLENO + 1
    columnas = caja.columnas or [caja.cuerpo]
    ancho_columna = _ANCHO_COLUMNA_LISTA if lista else caja.ancho
    for indice, columna in enumerate(columnas):
        y = arriba_cuerpo
        x = caja.x + indice * ancho_columna + _RELLENO
        for texto, fuente, tamano, color in columna:
            y -= _interlinea(tamano)
            if texto:
                c.setFont(fuente, tamano)
                c.setFillColorRGB(*color)
                c.drawString(x, y + 0.25 * tamano, texto)
    if lista and len(columnas) > 1:
        c.setLineWidth(0.3)
        c.setStrokeColorRGB(0.8, 0.82, 0.86)
        for indice in range(1, len(columnas)):
            x = caja.x + indice * ancho_columna
            c.line(x, abajo + _RELLENO, x, caja.y - caja.alto_cabeza - _RELLENO)
    c.setFillColorRGB(*_NEGRO)


def _dibujar_lomo(c: Canvas, pila: _Caja, desde: float) -> None:
    """El lomo vertical de una pila y un brazo hasta la cabeza de cada hoja."""
    brazos = [h.y - min(h.alto_cabeza, h.alto) / 2 for h in pila.pila]
    c.line(pila.x, desde, pila.x, brazos[-1])
    for hoja, y in zip(pila.pila, brazos):
        c.line(pila.x, y, hoja.x, y)


def _dibujar_conectores(c: Canvas, caja: _Caja) -> None:
    if not caja.hijos:
        return
    c.setLineWidth(0.9)
    c.setStrokeColorRGB(*_CONECTOR)
    abajo = caja.y - caja.alto
    if caja.sola_pila:
        _dibujar_lomo(c, caja.hijos[0], abajo)
        return
    x_padre = caja.x + caja.ancho / 2
    medio = abajo - _SEPARACION_V / 2
    centros = [h.centro for h in caja.hijos]
    c.line(x_padre, abajo, x_padre, medio)
    if len(centros) > 1 or abs(centros[0] - x_padre) > 0.5:
        c.line(min(centros + [x_padre]), medio, max(centros + [x_padre]), medio)
    for hijo, x in zip(caja.hijos, centros):
        if hijo.es_pila:
            _dibujar_lomo(c, hijo, medio)
        else:
            c.line(x, medio, x, hijo.y)
            _dibujar_conectores(c, hijo)


def _hoja_apaisada(hoja: Hoja) -> Hoja:
    return replace(hoja, ancho=hoja.alto, alto=hoja.ancho)


def escribir_organigrama_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str,
                             organos: list[dict], titulares: dict[int, list[str]], al: date,
                             generado: date | None = None, sello=None) -> int:
    """Escribe el organigrama en una página y devuelve el número de páginas (1).

    `organos`: los de `servicios.organos.listar_organos` (id, nombre, tipo, tipo_nombre, padre_id, padre,
    articulo…). `titulares[organo_id]`: líneas breves ya armadas («Montevideo (Uruguay) · Titular»); en
    una caja entran hasta seis, el resto se resume en «y N más». `generado`: fecha del pie (hoy). `sello`: su código
    de verificación: con su QR abajo a la derecha, junto a la nota, y al pie.
    """
    from .sello_en_pagina import codigo_al_pie
    from .verificacion import LADO_QR, dibujar_sello

    generado = generado or date.today()
    titulo = traducir("{0} al {1}").format(traducir(TITULO_ORGANIGRAMA), fecha_corta(al))
    encabezado = Encabezado(asociacion or "", sigla or "", titulo, generado)
    vertical = preparar_hoja(papel, encabezado)
    raices = _arbol(list(organos), titulares or {})
    ancho = sum(_medir(r) for r in raices) + _SEPARACION_H * 2 * max(0, len(raices) - 1)
    alto = max((r.alto_arbol for r in raices), default=0)
    nota_alto = 22 if sello is None else LADO_QR + 6
    ancho_sello = 0 if sello is None else LADO_QR + 2 * mm + 70 * mm

    def escala(hoja: Hoja) -> float:
        disponible = hoja.arriba_contenido - hoja.abajo_contenido - nota_alto - 10
        if not raices:
            return 1.0
        return min(1.0, hoja.ancho_util / ancho, disponible / alto)

    # Apaisada si el dibujo queda más grande así (a igualdad, apaisada: suele ser más ancho que alto).
    apaisada = _hoja_apaisada(vertical)
    hoja = apaisada if escala(apaisada) >= escala(vertical) else vertical
    factor = escala(hoja)

    with escritura_atomica(ruta) as temporal:
        c = Lienzo(temporal, pagesize=(hoja.ancho, hoja.alto), initialFontName=FUENTE)
        c.setTitle(titulo)
        c.setAuthor(asociacion or "")
        c.setCreator(NOMBRE_APLICACION)
        c.setSubject(f"{titulo} · {asociacion}")
        dibujar_encabezado(c, hoja, encabezado)
        arriba = hoja.arriba_contenido - 8
        if not raices:
            c.setFont(FUENTE, 10)
            c.drawString(hoja.izquierda, arriba - 10,
                         traducir("La asociación todavía no tiene órganos registrados."))
        else:
            c.saveState()
            izquierda = hoja.izquierda + (hoja.ancho_util - ancho * factor) / 2
            c.translate(izquierda, arriba)
            c.scale(factor, factor)
            x = 0.0
            for raiz in raices:
                _colocar(raiz, x, 0)
                x += raiz.ancho_arbol + 2 * _SEPARACION_H
            for raiz in raices:
                _dibujar_conectores(c, raiz)
            for caja in _todas(raices):
                _dibujar_caja(c, caja)
            c.restoreState()
        c.setFont(FUENTE, 7.5)
        c.setFillColorRGB(*_GRIS)
        nota = traducir("Órganos e integrantes vigentes al {0}. En cada caja, los titulares y cargos principales; "
                        "la composición completa de cada órgano se imprime aparte.").format(fecha_corta(al))
        lineas = partir_texto(nota, FUENTE, 7.5, hoja.ancho_util - ancho_sello - (6 * mm if sello else 0))
        for i, linea in enumerate(lineas):
            c.drawString(hoja.izquierda, hoja.abajo_contenido + 4 + 9 * (len(lineas) - 1 - i), linea)
        dibujar_sello(c, hoja.derecha - ancho_sello, hoja.abajo_contenido + 2, sello, ancho_texto=70 * mm)
        dibujar_pie(c, hoja, generado, 1, 1)
        codigo_al_pie(c, hoja, sello)
        c.showPage()
        c.save()
        archivar(temporal)
    return 1


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
    cargo = traducir(CARGOS.get(asiento.cargo, asiento.cargo))
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
    con_voto = sum(1 for a in asientos if a.con_voto)
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
    tipo = " · ".join(p for p in (_nombre_del_tipo(organo), str(organo.get("articulo") or "").strip()) if p)
    if tipo:
        datos.append((traducir("Tipo"), tipo))
    total = len(composicion.asientos)
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

    @property
    def alto_encabezado(self) -> float:
        return super().alto_encabezado + _INTERLINEA_FICHA * sum(len(v) for _, v in self.ficha) + 10


def _hoja_con_ficha(papel: str, encabezado: Encabezado, ficha: list[tuple[str, str]],
                    reservado: float = 0) -> _HojaConFicha:
    """`reservado`: lo que la ficha deja libre a la derecha (el QR del código de verificación)."""
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
    return _HojaConFicha(hoja.ancho, hoja.alto, hoja.lineas_asociacion, partida, ancho_etiqueta)


def _dibujar_ficha(c: Canvas, hoja: _HojaConFicha) -> None:
    y = hoja.alto - MARGEN - 9 - 12 * len(hoja.lineas_asociacion) - 7 - 17
    for i, (etiqueta, lineas) in enumerate(hoja.ficha):
        c.setFont(FUENTE, _TAMANO_FICHA)
        c.setFillColorRGB(*_GRIS)
        c.drawString(hoja.izquierda, y, etiqueta)
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
                      titulo: str | None, arriba: float) -> None:
    alto = recuadro.alto(len(lineas))
    c.setFillColorRGB(*recuadro.fondo)
    c.setStrokeColorRGB(*recuadro.borde)
    c.setLineWidth(0.6)
    c.rect(hoja.izquierda, arriba - alto, hoja.ancho_util, alto, stroke=1, fill=1)
    c.setFillColorRGB(*recuadro.borde)
    c.rect(hoja.izquierda, arriba - alto, 3.5, alto, stroke=0, fill=1)
    y = arriba - _RELLENO_AVISO - 8
    x = hoja.izquierda + _RELLENO_AVISO + 4
    if titulo:
        c.setFont(FUENTE_NEGRITA, 10)
        c.setFillColorRGB(0.45, 0.25, 0.0)
        c.drawString(x, y, titulo)
        y -= 14
    c.setFillColorRGB(*_NEGRO)
    for texto, vineta in lineas:
        if recuadro.titulo is None:
            c.setFont(FUENTE_NEGRITA, _TAMANO_AVISO)
            c.setFillColorRGB(0.10, 0.35, 0.15)
            c.drawString(x, y, texto)
        else:
            c.setFont(FUENTE, _TAMANO_AVISO)
            if vineta:
                c.drawString(x, y, "•")
            c.drawString(x + 10, y, texto)
        y -= _INTERLINEA_AVISO
    c.setFillColorRGB(*_NEGRO)


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
    from .sello_en_pagina import codigo_al_pie
    from .verificacion import dibujar_qr_del_sello, donde_verificar, lado_del_qr

    generado = generado or date.today()
    nombre = str((composicion.organo or {}).get("nombre") or "")
    titulo = traducir(TITULO_COMPOSICION)
    encabezado = Encabezado(asociacion or "", sigla or "", titulo, generado)
    ficha = _ficha(composicion, al)
    if sello is not None and sello.direccion:  # con la dirección pública, la ficha dice dónde verificarla
        ficha.append((traducir("Verificación"), donde_verificar(sello)))
    hoja = _hoja_con_ficha(papel, encabezado, ficha,
                           reservado=lado_del_qr(sello) + 4 * mm if sello is not None else 0)
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
        c = Lienzo(temporal, pagesize=(hoja.ancho, hoja.alto), initialFontName=FUENTE)
        c.setTitle(f"{titulo} · {nombre}")
        c.setAuthor(asociacion or "")
        c.setCreator(NOMBRE_APLICACION)
        asunto = traducir("Composición de {0} al {1}").format(nombre, fecha_corta(al))
        c.setSubject(f"{asunto} · {asociacion}")
        pluma = Pluma(c)
        for numero in range(1, total + 1):
            dibujar_encabezado(c, hoja, encabezado)
            _dibujar_ficha(c, hoja)
            y = hoja.arriba_contenido
            if numero <= len(paginas):
                medidas = paginas[numero - 1]
                y = dibujar_titulos(pluma, cols, titulos, y)
                dibujar_filas(pluma, cols, medidas, y)
                y -= sum(m.alto for m in medidas)
            for relativa, lineas, titulo, separacion in trozos:
                if len(paginas) + relativa == numero:
                    _dibujar_recuadro(c, hoja, recuadro, lineas, titulo, y - separacion)
                    pluma.nueva_pagina()
            dibujar_pie(c, hoja, generado, numero, total)
            codigo_al_pie(c, hoja, sello)
            if sello is not None and numero == 1:  # el QR bajo la fecha, junto a la ficha
                lado = lado_del_qr(sello)
                dibujar_qr_del_sello(c, hoja.derecha - lado, hoja.alto - MARGEN - 16 - lado, sello, lado)
            c.showPage()
            pluma.nueva_pagina()
        c.save()
        archivar(temporal)
    return total
