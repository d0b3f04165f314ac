"""El organigrama de la asociación en PDF, dibujado con el canvas: un árbol por `padre_id`, cada órgano en una caja
con su nombre, su tipo y sus titulares. Cuando un órgano tiene muchos dependientes del mismo tipo sin dependientes
propios (las quince unidades temáticas de Mercociudades), van juntos en una sola caja-lista bajo su órgano superior,
en columnas: así el árbol entra en una página y se lee. La página se pone apaisada si así el dibujo queda más
grande; si no entra a tamaño natural, se reduce entero.

Los textos del usuario se dibujan con drawString: nunca se interpretan como marcado.

Es un PDF etiquetado (`etiquetas`) y un lector de pantalla no ve el dibujo: lo lee como el título (H1, el del
encabezado) y el árbol como listas anidadas en el orden del árbol (la raíz primero, después sus dependientes de
izquierda a derecha, cada uno con los suyos antes del siguiente): cada órgano es un ítem (LI > LBody) con sus textos
(P: el nombre, la línea del tipo, cada titular) y, dentro de su LBody, la lista de sus dependientes. Una caja-lista
es un ítem con su título («Unidades temáticas (15)») y una lista con un ítem por órgano (nombre y primer titular),
columna por columna. Una pila es solo dibujo: sus hojas son ítems de la lista de su superior. Los marcos, fondos,
conectores, lomos y separadores son /Artifact; el nombre de un órgano, guardado en otro idioma que el documento,
lleva su /Lang (`idioma_de_lo_escrito`). No es una Figure con texto alternativo: así cada texto dibujado en el árbol
es contenido etiquetado (PDF/UA) y se recorre, no un resumen que lo repite.
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
from escritorio.dominio.traduccion import traducir

from .base import (FUENTE, FUENTE_NEGRITA, Encabezado, Hoja, dibujar_encabezado, dibujar_pie, escritura_atomica,
                   fecha_corta, partir_texto, preparar_hoja)
from .etiquetas import LienzoEtiquetado, artefacto, elemento, marcado
from .fuentes import SANS_CURSIVA
from .idioma_de_lo_escrito import etiqueta, recortado
from .pdfa import archivar

TITULO_ORGANIGRAMA = "Organigrama"

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
_T_RESPIRO = 3.0   # el renglón en blanco entre dos entradas de una caja-lista


@dataclass
class _Texto:
    """Un texto de una caja en sus líneas: (texto, fuente, tamaño) en la cabeza, (texto, fuente, tamaño, color) en el
    cuerpo. En el PDF etiquetado, un párrafo (P), con el `idioma` (/Lang) de un nombre guardado en otro idioma."""

    lineas: list[tuple]
    idioma: str | None = None


@dataclass
class _Caja:
    ancho: float
    cabeza: list[_Texto]                             # el nombre y la línea del tipo; de una caja-lista, su título
    cuerpo: list[_Texto]                             # un texto por titular
    columnas: list[list[list[_Texto]]] = field(default_factory=list)  # caja-lista: columnas de entradas (órganos)
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
        return 2 * _RELLENO - 2 + sum(_interlinea(t) for _, _, t in _lineas_de(self.cabeza))

    @property
    def alto(self) -> float:
        if self.es_pila:
            return sum(c.alto for c in self.pila) + _SEPARACION_PILA * (len(self.pila) - 1)
        if self.columnas:
            lineas = max(sum(_interlinea(t) for _, _, t, _ in _lineas_de_columna(col)) for col in self.columnas)
        else:
            lineas = sum(_interlinea(t) for _, _, t, _ in _lineas_de(self.cuerpo))
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


def _lineas_de(textos: Sequence[_Texto]) -> list[tuple]:
    return [linea for texto in textos for linea in texto.lineas]


def _lineas_de_columna(entradas: Sequence[Sequence[_Texto]]) -> list[tuple]:
    """Las líneas de una columna de una caja-lista, con un renglón de respiro entre dos entradas."""
    lineas: list[tuple] = []
    for numero, entrada in enumerate(entradas):
        if numero:
            lineas.append(("", FUENTE, _T_RESPIRO, _NEGRO))
        lineas += _lineas_de(entrada)
    return lineas


def _lineas(texto: str, fuente: str, tamano: float, ancho: float, maximo: int | None = None) -> list[str]:
    lineas = partir_texto(" ".join(str(texto or "").split()), fuente, tamano, ancho)
    if maximo and len(lineas) > maximo:
        lineas = lineas[:maximo]
        ultima = lineas[-1]
        while ultima and stringWidth(ultima + "…", fuente, tamano) > ancho:
            ultima = ultima[:-1]
        lineas[-1] = ultima.rstrip() + "…"
    return lineas


def nombre_del_tipo(organo: dict) -> str:
    """El rótulo del tipo (el de `TIPOS_ORGANO`, que pone el servicio) en el idioma en curso."""
    tipo = str(organo.get("tipo_nombre") or "").strip()
    return traducir(tipo) if tipo else ""


def _linea_tipo(organo: dict) -> str:
    tipo = nombre_del_tipo(organo)
    # Un órgano llamado «Consejo» (o «Conselho») no repite su tipo: se compara con el rótulo en castellano y
    # con el traducido.
    nombre = str(organo.get("nombre") or "").strip().casefold()
    if tipo and nombre in (tipo.casefold(), str(organo.get("tipo_nombre") or "").strip().casefold()):
        tipo = ""
    articulo = recortado(organo.get("articulo"))
    if not tipo:
        return articulo   # solo el artículo, tal como está guardado (con su idioma)
    return " · ".join(p for p in (tipo, articulo) if p)


def _caja_organo(organo: dict, titulares: Sequence[str], raiz: bool) -> _Caja:
    util = _ANCHO_CAJA - 2 * _RELLENO
    nombre = organo.get("nombre")
    cabeza = [_Texto([(l, FUENTE_NEGRITA, _T_NOMBRE) for l in _lineas(nombre, FUENTE_NEGRITA, _T_NOMBRE, util, 3)],
                     etiqueta(nombre))]
    tipo = _linea_tipo(organo)
    if tipo:
        cabeza.append(_Texto([(l, FUENTE, _T_TIPO) for l in _lineas(tipo, FUENTE, _T_TIPO, util, 2)], etiqueta(tipo)))
    lista = [str(t) for t in titulares if str(t or "").strip()]
    if len(lista) > _MAX_TITULARES:
        resto = len(lista) - (_MAX_TITULARES - 1)
        lista = lista[:_MAX_TITULARES - 1] + [traducir("y {0} más").format(resto)]
    cuerpo = [_Texto([(l, FUENTE, _T_TITULAR, _NEGRO) for l in _lineas(titular, FUENTE, _T_TITULAR, util, 2)])
              for titular in lista]
    if not lista:
        cuerpo.append(_Texto([(traducir("Sin integrantes registrados"), SANS_CURSIVA, _T_TITULAR, _GRIS_CLARO)]))
    return _Caja(_ANCHO_CAJA, cabeza, cuerpo, raiz=raiz)


def _caja_lista(tipo: str, organos: list[dict], titulares: dict[int, list[str]]) -> _Caja:
    if tipo in _PLURALES:
        rotulo = traducir(_PLURALES[tipo])
    else:
        rotulo = nombre_del_tipo(organos[0]) or traducir("Órganos")
    n_columnas = max(1, min(3, -(-len(organos) // _FILAS_POR_COLUMNA)))
    por_columna = -(-len(organos) // n_columnas)
    util = _ANCHO_COLUMNA_LISTA - 2 * _RELLENO
    columnas = []
    for inicio in range(0, len(organos), por_columna):
        columna = []
        for organo in organos[inicio:inicio + por_columna]:
            nombre = organo.get("nombre")
            entrada = [_Texto([(l, FUENTE_NEGRITA, _T_ENTRADA, _NEGRO)
                               for l in _lineas(nombre, FUENTE_NEGRITA, _T_ENTRADA, util, 2)], etiqueta(nombre))]
            primero = next((str(t) for t in titulares.get(organo["id"], []) if str(t or "").strip()), None)
            texto, color = (primero, _GRIS) if primero else (traducir("Sin integrantes registrados"), _GRIS_CLARO)
            entrada.append(_Texto([("   " + l, FUENTE, _T_TITULAR, color)
                                   for l in _lineas(texto, FUENTE, _T_TITULAR, util - 8, 1)]))
            columna.append(entrada)
        columnas.append(columna)
    ancho = n_columnas * _ANCHO_COLUMNA_LISTA
    cabeza = [_Texto([(f"{rotulo} ({len(organos)})", FUENTE_NEGRITA, _T_NOMBRE)])]
    padres = {str(o.get("padre") or "").strip() for o in organos} - {""}
    if len(padres) == 1:
        dependen = traducir("Dependen de: {0}").format(padres.pop())
        cabeza.append(_Texto([(_lineas(dependen, FUENTE, _T_TIPO, ancho - 2 * _RELLENO, 1)[0], FUENTE, _T_TIPO)]))
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


def _dibujar_ramas(c: Canvas, cajas: list[_Caja]) -> None:
    """Las cajas hermanas `cajas` (de izquierda a derecha) y, después de cada una, las de sus dependientes: en el PDF
    etiquetado, una lista (L) con un ítem (LI > LBody) por caja y la de sus dependientes dentro de su LBody. Las
    hojas de una pila son ítems de esta lista."""
    with elemento(c, "L"):
        for caja in cajas:
            for hoja in caja.pila or [caja]:
                with elemento(c, "LI"), elemento(c, "LBody"):
                    _dibujar_caja(c, hoja)
                    if hoja.hijos:
                        _dibujar_ramas(c, hoja.hijos)


def _dibujar_marco(c: Canvas, caja: _Caja, abajo: float) -> None:
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(*_BORDE)
    c.setFillColorRGB(*(_FONDO_GRUPO if caja.columnas else (1, 1, 1)))
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


def _dibujar_textos(c: Canvas, textos: Sequence[_Texto], x: float, y: float) -> float:
    """Los textos del cuerpo de una caja desde `y` hacia abajo, cada uno un párrafo; devuelve dónde terminan."""
    for texto in textos:
        with marcado(c, "P", idioma=texto.idioma):
            for linea, fuente, tamano, color in texto.lineas:
                y -= _interlinea(tamano)
                if linea:
                    c.setFont(fuente, tamano)
                    c.setFillColorRGB(*color)
                    c.drawString(x, y + 0.25 * tamano, linea)
    return y


def _dibujar_caja(c: Canvas, caja: _Caja) -> None:
    abajo = caja.y - caja.alto
    lista = bool(caja.columnas)
    with artefacto(c):
        _dibujar_marco(c, caja, abajo)
    y = caja.y - _RELLENO + 1
    for texto in caja.cabeza:
        with marcado(c, "P", idioma=texto.idioma):
            for linea, fuente, tamano in texto.lineas:
                y -= _interlinea(tamano)
                c.setFont(fuente, tamano)
                if caja.raiz:
                    c.setFillColorRGB(*((1, 1, 1) if fuente == FUENTE_NEGRITA else (0.85, 0.89, 0.95)))
                else:
                    c.setFillColorRGB(*(_NEGRO if fuente == FUENTE_NEGRITA else _GRIS))
                c.drawCentredString(caja.x + caja.ancho / 2, y + 0.25 * tamano, linea)
    arriba_cuerpo = caja.y - caja.alto_cabeza - _RELLENO + 1
    if not lista:
        _dibujar_textos(c, caja.cuerpo, caja.x + _RELLENO, arriba_cuerpo)
    else:
        with elemento(c, "L"):   # una entrada por órgano, columna por columna
            for indice, columna in enumerate(caja.columnas):
                y = arriba_cuerpo
                for numero, entrada in enumerate(columna):
                    if numero:
                        y -= _interlinea(_T_RESPIRO)
                    with elemento(c, "LI"), elemento(c, "LBody"):
                        y = _dibujar_textos(c, entrada, caja.x + indice * _ANCHO_COLUMNA_LISTA + _RELLENO, y)
    if lista and len(caja.columnas) > 1:
        with artefacto(c):
            c.setLineWidth(0.3)
            c.setStrokeColorRGB(0.8, 0.82, 0.86)
            for indice in range(1, len(caja.columnas)):
                x = caja.x + indice * _ANCHO_COLUMNA_LISTA
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
    from .verificacion import ancho_del_sello, dibujar_sello, espacio_del_sello, zona_en_blanco

    generado = generado or date.today()
    titulo = traducir("{0} al {1}").format(traducir(TITULO_ORGANIGRAMA), fecha_corta(al))
    encabezado = Encabezado(asociacion or "", sigla or "", titulo, generado)
    vertical = preparar_hoja(papel, encabezado)
    raices = _arbol(list(organos), titulares or {})
    ancho = sum(_medir(r) for r in raices) + _SEPARACION_H * 2 * max(0, len(raices) - 1)
    alto = max((r.alto_arbol for r in raices), default=0)
    # El sello, con la zona en blanco de su QR arriba y abajo (sobre el pie): el dibujo no baja hasta ella.
    nota_alto = 22 if sello is None else espacio_del_sello(sello, ancho_texto=70 * mm)
    ancho_sello = 0 if sello is None else ancho_del_sello(sello, ancho_texto=70 * mm)

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
        c = LienzoEtiquetado(temporal, pagesize=(hoja.ancho, hoja.alto), initialFontName=FUENTE, roles={})
        c.setTitle(titulo)
        c.setAuthor(asociacion or "")
        c.setCreator(NOMBRE_APLICACION)
        c.setSubject(f"{titulo} · {asociacion}")
        dibujar_encabezado(c, hoja, encabezado, titulo_como="H1")
        arriba = hoja.arriba_contenido - 8
        if not raices:
            with marcado(c, "P"):
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
            with artefacto(c):
                for raiz in raices:
                    _dibujar_conectores(c, raiz)
            _dibujar_ramas(c, raices)
            c.restoreState()
        c.setFont(FUENTE, 7.5)
        c.setFillColorRGB(*_GRIS)
        nota = traducir("Órganos e integrantes vigentes al {0}. En cada caja, los titulares y cargos principales; "
                        "la composición completa de cada órgano se imprime aparte.").format(fecha_corta(al))
        lineas = partir_texto(nota, FUENTE, 7.5, hoja.ancho_util - ancho_sello - (6 * mm if sello else 0))
        with marcado(c, "P"):
            for i, linea in enumerate(lineas):
                c.drawString(hoja.izquierda, hoja.abajo_contenido + 4 + 9 * (len(lineas) - 1 - i), linea)
        if sello is not None:
            dibujar_sello(c, hoja.derecha - ancho_sello, hoja.abajo_contenido + zona_en_blanco(sello), sello,
                          ancho_texto=70 * mm)
        with artefacto(c, "Pagination"):
            dibujar_pie(c, hoja, generado, 1, 1)
            codigo_al_pie(c, hoja, sello)
        c.showPage()
        c.save()
        archivar(temporal, estructura=c.estructura)
    return 1
