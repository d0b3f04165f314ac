"""PDF etiquetados (Tagged PDF, ISO 32000-1 §14.8) para los documentos que lee el público: actas, resoluciones,
convocatorias, el texto de una norma y la memoria. Un lector de pantalla recorre su árbol de estructura (títulos H1,
H2…, párrafos P, listas L/LI/Lbl/LBody, tablas Table/TR/TH/TD, figuras con su texto alternativo) en el orden del
documento; el encabezado corrido, el pie y el número de página quedan como /Artifact (no se leen como texto).

reportlab no escribe etiquetas. Se hace en dos tiempos:

1. Al dibujar, `Estructura` (colgada del lienzo de la última pasada de `estatuto.construir_paginado`) abre y cierra
   secuencias de contenido marcado en el flujo de cada página (`/P <</MCID 3>> BDC … EMC`, `/Artifact BMC … EMC`) y
   arma en memoria el árbol: cada elemento con sus hijos (elementos o MCID de una página). Las piezas de platypus
   pasan por `MarcoEtiquetado` (el marco de `DocumentoPaginado`): cada una se marca según su tipo y el nombre de su
   estilo (`roles`, que da cada documento: «acta_titulo» → H1); las tablas, por `EtiquetasDeTabla` (el
   `TableRenderCB` de reportlab: fila por fila y celda por celda, como se dibujan). Sin `Estructura` en el lienzo
   (los documentos que aún no se etiquetan, las pasadas previas) nada de esto escribe nada.
2. Después de `c.save()`, `arbol_en_el_pdf.escribir_estructura` (la llama `pdfa.archivar`) agrega con pikepdf el
   /StructTreeRoot (el árbol, su /ParentTree y /ParentTreeNextKey), /StructParents y /Tabs /S en cada página,
   /MarkInfo /Marked true y /ViewerPreferences /DisplayDocTitle true. /Lang ya lo pone `pdfa.py`. Los enlaces que
   reportlab puso al dibujar un párrafo (Link, con su texto en /Contents) y los campos de las líneas de firma (Form)
   quedan en el árbol con su OBJR; se los reconoce por su orden en la página.

El orden de lectura es el del flujo de contenido: platypus dibuja cada pieza en el orden del texto, y una tabla fila
por fila. Solo se usan tipos de estructura estándar: no hace falta /RoleMap. Sigue siendo PDF/A-2B (nada de esto lo
prohíbe) y se firma igual: la firma es una actualización incremental que no toca el árbol.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Frame, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable, Spacer
from reportlab.platypus.tables import TableRenderCB

from .fuentes import Lienzo
from .idioma_de_lo_escrito import idioma_de

# Los tipos de tabla de `EtiquetasDeTabla`.
DATOS = "datos"        # las primeras `filas_de_titulo` filas son TH (Scope Column), el resto TD
FICHA = "ficha"        # rótulo y valor: las columnas pares son TH (Scope Row), las impares TD
DISPOSICION = "disposicion"   # solo ordena en la página (firmas lado a lado, un recuadro): sin Table

_NIVEL_DE_PUNTO = re.compile(r"punto_(\d+)$")   # los estilos del orden del día en árbol (convocatoria.puntos_en_arbol)


@dataclass(eq=False)
class Nodo:
    """Un elemento de estructura: su tipo (/S), atributos y sus hijos, en orden: otros Nodo o (página, MCID)."""

    rol: str
    padre: Nodo | None = None
    hijos: list = field(default_factory=list)
    alt: str | None = None
    alcance: str | None = None   # /Scope de un TH: «Column» o «Row»
    columnas: int = 1            # /ColSpan y /RowSpan de una celda que ocupa varias (un SPAN de reportlab)
    filas: int = 1
    anotacion: tuple | None = None   # un Link: ("enlace", página, orden); un Form: ("firma", página, orden)
    descripcion: str | None = None   # el /Contents de la anotación de un Link: el texto del enlace
    idioma: str | None = None   # /Lang propio: texto guardado en otro idioma que el documento (idioma_de_lo_escrito)

    def agregar(self, hijo: Nodo) -> Nodo:
        hijo.padre = self
        self.hijos.append(hijo)
        return hijo


def estructura_de(c) -> Estructura | None:
    return getattr(c, "estructura", None)


class Estructura:
    """El árbol de estructura de un documento mientras se dibuja, y los MCID ya usados en cada página.

    `roles`: nombre del estilo de un Paragraph -> tipo de estructura («H1», «P», «LI»…). Un estilo que no está, P.
    El valor «P+» es un párrafo que sigue dentro del ítem de lista abierto (los efectos de una resolución del acta)."""

    def __init__(self, roles: dict[str, str] | None = None):
        self.roles = dict(roles or {})
        self.raiz = Nodo("Document")
        self.pila: list[Nodo] = [self.raiz]
        self.mcid_por_pagina: dict[int, int] = {}
        self.listas: list[tuple[Nodo, Nodo | None]] = []   # (L, su último LI) de la lista abierta, por nivel
        self.continuaciones: dict[object, Nodo] = {}        # la marca de una pieza partida -> su elemento
        self._vineta: Nodo | None = None                     # el LI cuyo rótulo (Lbl) es el próximo texto
        self._cuerpo_abierto = False
        self.abiertos: list[Nodo] = []                       # los elementos cuyo contenido marcado está abierto
        self.enlaces_por_pagina: dict[int, int] = {}
        self.firmas_por_pagina: dict[int, int] = {}
        self.textos_de_enlace: dict[str, str] = {}          # destino -> su texto, en el párrafo que se dibuja

    # --- contenido marcado ------------------------------------------------------------------------

    @property
    def actual(self) -> Nodo:
        return self.pila[-1]

    def _nuevo_mcid(self, c) -> tuple[int, int]:
        pagina = c.getPageNumber() - 1
        mcid = self.mcid_por_pagina.get(pagina, 0)
        self.mcid_por_pagina[pagina] = mcid + 1
        return pagina, mcid

    def abrir_marcado(self, c, nodo: Nodo) -> None:
        pagina, mcid = self._nuevo_mcid(c)
        nodo.hijos.append((pagina, mcid))
        self.abiertos.append(nodo)
        c.addLiteral(f"/{nodo.rol} <</MCID {mcid}>> BDC")

    def cerrar_marcado(self, c) -> None:
        self.abiertos.pop()
        c.addLiteral("EMC")

    def enlace(self, c, destino: str) -> None:
        """Reportlab acaba de poner en la página la anotación de un enlace (un <a href> de un párrafo) a `destino`:
        un elemento Link dentro del elemento que se está dibujando, que `escribir_estructura` une con ella (OBJR) y
        cuya anotación lleva como /Contents el texto del enlace (PDF/UA 7.18.5: quien oye sabe adónde lleva)."""
        pagina = c.getPageNumber() - 1
        orden = self.enlaces_por_pagina.get(pagina, 0)
        self.enlaces_por_pagina[pagina] = orden + 1
        padre = self.abiertos[-1] if self.abiertos else self.actual
        texto = self.textos_de_enlace.get(destino) or destino.lstrip("#")
        padre.agregar(Nodo("Link", anotacion=("enlace", pagina, orden), descripcion=texto))

    def campo_de_firma(self, c) -> None:
        """Aquí va una línea de firma digital (`lineas_de_firma.EspacioParaFirmar`): un elemento Form en el lugar del
        texto donde está la línea, que `escribir_estructura` une con el campo de firma (OBJR)."""
        pagina = c.getPageNumber() - 1
        orden = self.firmas_por_pagina.get(pagina, 0)
        self.firmas_por_pagina[pagina] = orden + 1
        self.actual.agregar(Nodo("Form", anotacion=("firma", pagina, orden)))

    @contextmanager
    def marcado(self, c, rol: str, *, alt: str | None = None, nodo: Nodo | None = None,
                idioma: str | None = None) -> Iterator[Nodo]:
        """Lo que se dibuja dentro, como contenido de un elemento nuevo `rol` (hijo del elemento abierto) o de
        `nodo` si se da (un párrafo que sigue en otra página)."""
        if nodo is None:
            nodo = self.actual.agregar(Nodo(rol, alt=alt, idioma=idioma))
        self.abrir_marcado(c, nodo)
        try:
            yield nodo
        finally:
            self.cerrar_marcado(c)

    @contextmanager
    def elemento(self, rol: str, **atributos) -> Iterator[Nodo]:
        """Un elemento que agrupa a otros (Table, TR, L…): lo que se marque dentro es hijo suyo."""
        nodo = self.actual.agregar(Nodo(rol, **atributos))
        self.pila.append(nodo)
        try:
            yield nodo
        finally:
            self.pila.pop()

    @staticmethod
    @contextmanager
    def artefacto(c, tipo: str | None = None) -> Iterator[None]:
        """Lo que se dibuja dentro no es contenido: encabezado, pie, número de página, reglas, fondos."""
        c.addLiteral(f"/Artifact <</Type /{tipo}>> BDC" if tipo else "/Artifact BMC")
        try:
            yield
        finally:
            c.addLiteral("EMC")

    # --- listas -----------------------------------------------------------------------------------

    def cerrar_listas(self) -> None:
        while self.listas:
            lista, _ = self.listas.pop()
            if self.pila and self.pila[-1] is lista:
                self.pila.pop()

    def _item(self, nivel: int) -> Nodo:
        """Un LI nuevo en la lista de `nivel` (0 la de afuera): abre las listas que falten (una lista anidada va
        dentro del último ítem de la de arriba) y cierra las más hondas."""
        while len(self.listas) > nivel + 1:
            self.listas.pop()
            self.pila.pop()
        while len(self.listas) < nivel + 1:
            padre = self.listas[-1][1] if self.listas and self.listas[-1][1] is not None else self.actual
            lista = padre.agregar(Nodo("L"))
            self.listas.append((lista, None))
            self.pila.append(lista)
        lista, _ = self.listas[-1]
        item = lista.agregar(Nodo("LI"))
        self.listas[-1] = (lista, item)
        return item

    def _ultimo_cuerpo(self) -> Nodo | None:
        if not self.listas or self.listas[-1][1] is None:
            return None
        cuerpos = [h for h in self.listas[-1][1].hijos if isinstance(h, Nodo) and h.rol == "LBody"]
        return cuerpos[-1] if cuerpos else None

    # --- piezas de platypus -----------------------------------------------------------------------

    def rol_de(self, pieza) -> str | None:
        """El tipo de estructura de una pieza: el que se le puso (`etiquetar`), el de su estilo o el de su clase.
        None: no es contenido (un espacio, una regla)."""
        rol = getattr(pieza, "_etiqueta", None)
        if rol:
            return rol
        if isinstance(pieza, Paragraph):
            nombre = getattr(pieza.style, "name", "")
            if nombre in self.roles:
                return self.roles[nombre]
            return "LI" if pieza.bulletText else "P"
        if isinstance(pieza, (Spacer, HRFlowable)):
            return None
        if isinstance(pieza, Drawing):
            return "Figure" if getattr(pieza, "_alt", None) else None
        if getattr(pieza, "width", 0) == 0 or getattr(pieza, "_ZEROSIZE", False):
            return None
        return "P"

    def dibujar(self, pieza, dibujo: Callable, c, *argumentos, arriba: bool = True, **opciones) -> None:
        """Dibuja `pieza` (con `dibujo`, su drawOn) marcada según su tipo. `arriba`: la dibuja el marco (no una
        celda): cierra la lista abierta si la pieza no es de ella."""
        if isinstance(pieza, Table):
            if getattr(pieza, "_renderCB", None) is None:
                pieza._renderCB = EtiquetasDeTabla(DISPOSICION)
            if arriba:
                self.cerrar_listas()
            dibujo(c, *argumentos, **opciones)
            return
        if getattr(pieza, "etiquetas_propias", False):   # la pieza marca lo suyo (el sello con su QR, una lista)
            dibujo(c, *argumentos, **opciones)
            return
        rol = self.rol_de(pieza)
        if rol is None:
            with self.artefacto(c):
                dibujo(c, *argumentos, **opciones)
            return
        self.textos_de_enlace = textos_de_enlace(pieza)
        sigue = self.continuaciones.get(getattr(pieza, "_continua", None))
        if sigue is not None:   # el resto de un párrafo partido: contenido del mismo elemento
            with self.marcado(c, sigue.rol, nodo=sigue):
                dibujo(c, *argumentos, **opciones)
            return
        if rol == "LI":
            self._dibujar_item(pieza, dibujo, c, argumentos, opciones)
            return
        if rol == "P+" and self._ultimo_cuerpo() is not None:
            padre = self._ultimo_cuerpo()
            self.pila.append(padre)
            try:
                with self.marcado(c, "P", idioma=idioma_de(pieza)) as nodo:
                    dibujo(c, *argumentos, **opciones)
            finally:
                self.pila.pop()
            self._recordar(pieza, nodo)
            return
        if arriba:
            self.cerrar_listas()
        with self.marcado(c, "P" if rol == "P+" else rol, alt=getattr(pieza, "_alt", None),
                          idioma=idioma_de(pieza)) as nodo:
            dibujo(c, *argumentos, **opciones)
        self._recordar(pieza, nodo)

    def _recordar(self, pieza, nodo: Nodo) -> None:
        if getattr(pieza, "_continua", None) is not None:
            self.continuaciones[pieza._continua] = nodo

    def _dibujar_item(self, pieza, dibujo: Callable, c, argumentos, opciones) -> None:
        """Un ítem de lista (un Paragraph con viñeta o número): LI con su rótulo (Lbl, el primer texto que dibuja
        el párrafo: la viñeta) y su cuerpo (LBody, el resto)."""
        encontrado = _NIVEL_DE_PUNTO.match(getattr(pieza.style, "name", ""))
        item = self._item(int(encontrado.group(1)) if encontrado else 0)
        self.pila.append(item)
        try:
            if pieza.bulletText:
                self._vineta = item
            else:
                self._abrir_cuerpo(c, item)
            dibujo(c, *argumentos, **opciones)
            if self._vineta is item:   # no dibujó la viñeta (no debería pasar): el texto fue al cuerpo
                self._vineta = None
            if self._cuerpo_abierto:
                self.cerrar_marcado(c)
                self._cuerpo_abierto = False
        finally:
            self.pila.pop()
        cuerpo = [h for h in item.hijos if isinstance(h, Nodo) and h.rol == "LBody"]
        for parte in cuerpo:   # el rótulo (Lbl, la viñeta) es del programa; el cuerpo, del texto
            parte.idioma = idioma_de(pieza)
        if cuerpo:
            self._recordar(pieza, cuerpo[-1])

    def _abrir_cuerpo(self, c, item: Nodo) -> None:
        cuerpo = item.agregar(Nodo("LBody"))
        self.abrir_marcado(c, cuerpo)
        self._cuerpo_abierto = True

    def texto_dibujado(self, c, dibujar: Callable[[], None]) -> None:
        """Lo llama `LienzoEtiquetado.drawText`: el primer texto de un ítem es su rótulo (Lbl); después se abre
        su cuerpo (LBody), que se cierra al terminar el párrafo."""
        item = self._vineta
        if item is None:
            dibujar()
            return
        self._vineta = None
        rotulo = item.agregar(Nodo("Lbl"))
        self.abrir_marcado(c, rotulo)
        dibujar()
        self.cerrar_marcado(c)
        self._abrir_cuerpo(c, item)


def textos_de_enlace(pieza) -> dict[str, str]:
    """{destino: texto} de los enlaces (<a href>) de un párrafo; una parte de un párrafo partido, los del entero."""
    guardados = getattr(pieza, "_textos_de_enlace", None)
    if guardados is not None:
        return guardados
    textos: dict[str, str] = {}
    for fragmento in getattr(pieza, "frags", None) or []:
        for _, destino in getattr(fragmento, "link", None) or []:
            textos[destino] = textos.get(destino, "") + str(getattr(fragmento, "text", "") or "")
    return {destino: " ".join(texto.split()) for destino, texto in textos.items()}


def marcado(c, rol: str, *, alt: str | None = None, alcance: str | None = None, idioma: str | None = None,
            columnas: int | None = None):
    """Para las piezas con `etiquetas_propias` y los documentos dibujados a mano sobre el lienzo (recibos, avisos,
    listados): lo que se dibuja dentro, como un elemento `rol` (Figure con su texto alternativo, P, H1, un TH con
    su `alcance` «Column» o «Row», un TD con el `idioma` de lo guardado; una celda que ocupa `columnas` columnas).
    Da el elemento (`dentro` le agrega hijos). Sin `Estructura` en el lienzo, nada."""
    estructura = estructura_de(c)
    if estructura is None:
        return _nada()
    estructura.cerrar_listas()
    if alcance is None and columnas is None:
        return estructura.marcado(c, rol, alt=alt, idioma=idioma)
    nodo = estructura.actual.agregar(Nodo(rol, alt=alt, alcance=alcance, idioma=idioma, columnas=columnas or 1))
    return estructura.marcado(c, rol, nodo=nodo)


@contextmanager
def dentro(c, nodo: Nodo | None) -> Iterator[None]:
    """Lo que se marque dentro es hijo de `nodo`, ya marcado (el importe en letras en la celda del importe)."""
    estructura = estructura_de(c)
    if estructura is None or nodo is None:
        yield
        return
    estructura.pila.append(nodo)
    try:
        yield
    finally:
        estructura.pila.pop()


def elemento(c, rol: str, **atributos):
    """En un documento dibujado a mano: un elemento que agrupa a otros (Table, TR, Sect, L, LI): lo que se marque
    dentro (`marcado`) es hijo suyo. Sin `Estructura` en el lienzo, nada."""
    estructura = estructura_de(c)
    if estructura is None:
        return _nada()
    return estructura.elemento(rol, **atributos)


def dibujar_pieza(c, pieza, x: float, y: float, *, es_artefacto: bool = False) -> None:
    """Para las piezas con `etiquetas_propias` que ubican párrafos por su cuenta (la lista en columnas): dibuja
    `pieza` en (x, y) marcada por su tipo (un párrafo con viñeta, ítem de la lista abierta), o como artefacto (un
    título repetido con «(continuación)»). Sin `Estructura` en el lienzo, solo la dibuja."""
    estructura = estructura_de(c)
    if estructura is None:
        pieza.drawOn(c, x, y)
    elif es_artefacto:
        with Estructura.artefacto(c):
            pieza.drawOn(c, x, y)
    else:
        estructura.dibujar(pieza, pieza.drawOn, c, x, y)


def artefacto(c, tipo: str | None = None):
    """Lo que se dibuja dentro es un /Artifact (encabezado y pie de página). Sin `Estructura`, nada."""
    if estructura_de(c) is None:
        return _nada()
    return Estructura.artefacto(c, tipo)


@contextmanager
def _nada() -> Iterator[None]:
    yield None


def etiquetar(pieza, rol: str, *, alt: str | None = None):
    """Le pone a una pieza de platypus su tipo de estructura (y el texto alternativo de una figura)."""
    pieza._etiqueta = rol
    if alt is not None:
        pieza._alt = alt
    return pieza


class LienzoEtiquetado(Lienzo):
    """El lienzo de un documento etiquetado: lleva su `Estructura` y separa rótulo y cuerpo de un ítem de lista."""

    def __init__(self, *argumentos, roles: dict[str, str] | None = None, **opciones):
        super().__init__(*argumentos, **opciones)
        self.estructura = Estructura(roles)

    def drawText(self, objeto_de_texto):
        self.estructura.texto_dibujado(self, lambda: super(LienzoEtiquetado, self).drawText(objeto_de_texto))

    def _addAnnotation(self, annotation, name=None, addtopage=1):
        super()._addAnnotation(annotation, name, addtopage)
        if not addtopage:
            return
        if type(annotation).__name__ == "LinkAnnotation":   # a un destino del documento (linkRect)
            self.estructura.enlace(self, "#" + str(annotation.Destination))
        elif str(getattr(annotation, "dict", {}).get("Subtype", "")).endswith("Link"):   # a una dirección (linkURL)
            uri = annotation.dict["A"].dict.get("URI")
            self.estructura.enlace(self, str(getattr(uri, "s", uri) or ""))


class MarcoEtiquetado(Frame):
    """El marco de `DocumentoPaginado`: cada pieza que dibuja pasa por `Estructura.dibujar` si el lienzo la tiene;
    al partirse un párrafo entre páginas, sus partes quedan en el mismo elemento."""

    def add(self, pieza, canv, trySplit=0):
        estructura = estructura_de(canv)
        if estructura is None:
            return super().add(pieza, canv, trySplit)
        original = pieza.drawOn

        def dibujar(c, *argumentos, **opciones):
            estructura.dibujar(pieza, original, c, *argumentos, **opciones)

        pieza.__dict__["drawOn"] = dibujar   # sin __setattr__: un Drawing valida sus atributos
        try:
            return super().add(pieza, canv, trySplit)
        finally:
            pieza.__dict__.pop("drawOn", None)

    def split(self, pieza, canv):
        partes = super().split(pieza, canv)
        if estructura_de(canv) is not None and isinstance(pieza, Paragraph) and len(partes) > 1 \
                and all(isinstance(p, Paragraph) for p in partes):
            continua = getattr(pieza, "_continua", None) or object()   # no id(): se reusa al liberarse la pieza
            rol = estructura_de(canv).rol_de(pieza)
            for parte in partes:
                parte._continua = continua
                parte._etiqueta = rol   # la segunda parte lleva otro estilo (sin sangría de primera línea)
                parte._textos_de_enlace = textos_de_enlace(pieza)
                if getattr(pieza, "_idioma", None):
                    parte._idioma = pieza._idioma
        return partes


def _extension(T, fila: int, columna: int) -> dict[str, int]:
    """Cuántas columnas y filas ocupa la celda (un SPAN de la tabla), para /ColSpan y /RowSpan: así cada fila tiene
    las mismas columnas (PDF/UA 7.5) aunque una fila de grupo ocupe todo el ancho."""
    rango = (getattr(T, "_spanRanges", None) or {}).get((columna, fila))
    if not rango:
        return {}
    desde_columna, desde_fila, hasta_columna, hasta_fila = rango
    return {"columnas": hasta_columna - desde_columna + 1, "filas": hasta_fila - desde_fila + 1}


class EtiquetasDeTabla(TableRenderCB):
    """Marca una tabla mientras reportlab la dibuja (`Table(..., renderCB=EtiquetasDeTabla(...))`).

    DATOS: Table, una TR por fila, TH (Scope Column) las `filas_de_titulo` primeras, TD las demás; cuando la tabla se
    parte entre páginas sigue siendo un solo Table y sus títulos repetidos arriba de cada página son /Artifact.
    FICHA: pares rótulo-valor lado a lado: TH (Scope Row) en las columnas pares, TD en las impares.
    DISPOSICION: solo ubica piezas en la página (firmas lado a lado, un recuadro): cada pieza de cada celda se marca
    por su tipo, sin Table. Fondos y reglas, /Artifact. Sin `Estructura` en el lienzo, no hace nada."""

    def __init__(self, tipo: str = DATOS, filas_de_titulo: int = 1):
        self.tipo = tipo
        self.filas_de_titulo = filas_de_titulo
        self._tabla: Nodo | None = None
        self._partes = 0
        self._estructura: Estructura | None = None
        self._en_fila: Nodo | None = None
        self._artefacto = False
        self._cierre: str | None = None
        self._cambiadas: list = []

    def __call__(self, T, cmd, *args):
        self._estructura = estructura_de(T.canv)
        if self._estructura is None:
            return
        getattr(self, cmd)(T, *args)

    def startTable(self, T):
        e = self._estructura
        e.cerrar_listas()
        if self.tipo != DISPOSICION:
            if self._tabla is None:
                self._tabla = e.actual.agregar(Nodo("Table"))
            e.pila.append(self._tabla)

    def endTable(self, T):
        if self.tipo != DISPOSICION:
            self._estructura.pila.pop()
        self._partes += 1

    def startBG(self, T):
        T.canv.addLiteral("/Artifact BMC")

    def endBG(self, T):
        T.canv.addLiteral("EMC")

    startLines = startBG
    endLines = endBG

    def startRow(self, T, fila):
        # Las filas de títulos que reportlab repite arriba de la parte siguiente de una tabla partida.
        repetidas = T.repeatRows if isinstance(T.repeatRows, int) else 0
        self._artefacto = self.tipo == DATOS and self._partes > 0 and fila < repetidas
        if self.tipo != DISPOSICION and not self._artefacto:
            self._en_fila = self._estructura.actual.agregar(Nodo("TR"))
            self._estructura.pila.append(self._en_fila)

    def endRow(self, T):
        if self._en_fila is not None:
            self._estructura.pila.pop()
            self._en_fila = None

    def startCell(self, T, fila, columna, valor, estilo, posicion, tamano):
        c, e = T.canv, self._estructura
        self._cierre = "marcado"
        vacia = valor is None or valor == "" or (isinstance(valor, (list, tuple)) and not valor)
        if vacia and not self._artefacto and self.tipo != DISPOSICION:
            e.actual.agregar(Nodo("TD", **_extension(T, fila, columna)))   # la fila no pierde su columna
        if self._artefacto or vacia:
            c.addLiteral("/Artifact BMC")
            self._cierre = "artefacto"
            return
        if self.tipo == DISPOSICION:
            piezas = valor if isinstance(valor, (list, tuple)) else [valor]
            if any(hasattr(p, "drawOn") for p in piezas):   # cada pieza de la celda, marcada por su tipo
                for pieza in piezas:
                    self._cambiar_dibujo(pieza, e)
                self._cierre = None
            else:   # un texto suelto en la celda
                e.abrir_marcado(c, e.actual.agregar(Nodo("P")))
            return
        if self.tipo == FICHA:
            titulo, alcance = columna % 2 == 0, "Row"
        else:
            titulo, alcance = fila < self.filas_de_titulo, "Column"
        e.abrir_marcado(c, e.actual.agregar(Nodo("TH" if titulo else "TD", alcance=alcance if titulo else None,
                                                 idioma=None if titulo else idioma_de(valor),
                                                 **_extension(T, fila, columna))))

    def endCell(self, T):
        for pieza in self._cambiadas:
            pieza.__dict__.pop("drawOn", None)
        self._cambiadas = []
        if self._cierre == "marcado":
            self._estructura.cerrar_marcado(T.canv)
        elif self._cierre == "artefacto":
            T.canv.addLiteral("EMC")

    def _cambiar_dibujo(self, pieza, e: Estructura) -> None:
        original = pieza.drawOn

        def dibujar(c, *argumentos, **opciones):
            e.dibujar(pieza, original, c, *argumentos, arriba=False, **opciones)

        pieza.__dict__["drawOn"] = dibujar
        self._cambiadas.append(pieza)
