"""El árbol de estructura de los documentos de la tabla paginada (tabla.py: el padrón, el resumen de cobranza, la
composición de un órgano, el estado de cuenta), escrito a mano al final del PDF ya archivado.

Un padrón de 100.000 miembros son 800.000 elementos (una TR y siete TD por miembro). Con pikepdf, como
`arbol_en_el_pdf.escribir_estructura`, cada uno es un objeto de qpdf: medido, 22 s y 1,7 GB para crearlos y 15 s y 1,3 GB
para guardarlos. Aquí las filas de una tabla se guardan mientras se dibujan como cuatro enteros cada una (`Filas`:
página, primer MCID, tipo y celdas vacías), y el árbol entero se escribe como texto: pikepdf guarda el PDF/A con un
/StructTreeRoot vacío (`preparar`), y `agregar` le suma una actualización incremental (ISO 32000-1 §7.5.6) con los
elementos en flujos de objetos comprimidos (§7.5.7) y su tabla de referencias en un flujo (§7.5.8), que reemplaza
ese /StructTreeRoot por el árbol, su /ParentTree y /ParentTreeNextKey. PDF/A-2 admite las dos cosas.

Cada fila es una TR con tantas celdas como columnas: los títulos, TH con /Scope /Column; una fila de datos, TD (una
celda vacía es un TD sin contenido); el título de un grupo («Argentina»), un TH con /Scope /Row y /ColSpan de todas
las columnas; un subtotal o total, un TD con el mismo /ColSpan. Los elementos que no son filas (H1, la ficha, el QR
como Figure) son los `Nodo` de siempre. Un documento con enlaces no pasa por aquí (`arbol_en_el_pdf.escribir_estructura`
los une con su anotación).
"""

from __future__ import annotations

import os
import re
import struct
import sys
import zlib
from array import array

from .etiquetas import Estructura, Nodo

# El tipo de cada fila de `Filas`.
DATOS, TITULOS, GRUPO, CIERRE = 0, 1, 2, 3
_POR_FLUJO = 2000   # objetos por flujo de objetos
_COMPRESION = 3     # el nivel de zlib: con 6 (el de siempre), 2,3 s de los 3 que lleva el árbol de 100.000 filas
_ENTRADA = struct.Struct(">BIH")   # una entrada de la tabla de referencias: /W [1 4 2]
_CEROS, _CEROS_CORTOS = array("I", bytes(4 * 64)), array("H", bytes(2 * 64))


class Filas:
    """Las filas de una tabla, hijas de su Table en la `Estructura`: cuatro enteros por fila (página, MCID de su
    primera celda con texto, tipo y la máscara de sus celdas vacías, que no tienen MCID). Las celdas con texto de
    una fila tienen MCID seguidos, en la misma página."""

    __slots__ = ("columnas", "datos")
    rol = "Filas"

    def __init__(self, columnas: int):
        self.columnas = columnas
        self.datos = array("i")

    def agregar(self, pagina: int, mcid: int, tipo: int, vacias: int = 0) -> None:
        self.datos.extend((pagina, mcid, tipo, vacias))


def en_bloque(estructura: Estructura | None) -> bool:
    """¿El árbol tiene `Filas`? Entonces se escribe con `preparar` y `agregar`, no con `escribir_estructura`."""
    if estructura is None:
        return False
    pendientes = [estructura.raiz]
    while pendientes:
        for hijo in pendientes.pop().hijos:
            if isinstance(hijo, Filas):
                return True
            if isinstance(hijo, Nodo):
                pendientes.append(hijo)
    return False


def preparar(pdf) -> None:
    """Antes de que pikepdf guarde: /StructParents en cada página, un /StructTreeRoot vacío (lo reemplaza `agregar`),
    /MarkInfo y /ViewerPreferences /DisplayDocTitle, como `arbol_en_el_pdf.escribir_estructura`."""
    import pikepdf

    for indice, pagina in enumerate(pdf.pages):
        pagina.obj.StructParents = indice
        pagina.obj.Tabs = pikepdf.Name.S   # el orden de tabulación, el de la estructura (PDF/UA 7.18.3)
    pdf.Root.StructTreeRoot = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
    pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
    preferencias = pdf.Root.get("/ViewerPreferences") or pikepdf.Dictionary()
    preferencias.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = preferencias


def _cadena(texto: str) -> bytes:
    return b"<FEFF" + texto.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class _Escritor:
    """Los objetos nuevos, en flujos de objetos comprimidos, y la tabla de referencias en un flujo."""

    def __init__(self, archivo, siguiente: int):
        self.archivo = archivo
        self.siguiente = siguiente
        self.desde = siguiente
        # La entrada de la tabla de referencias de cada objeto nuevo (número - desde), en arreglos y no en un dict:
        # con 800.000 objetos, 160 MB menos. Tipo 2 (en un flujo de objetos: el flujo y su índice en él) o 1 (suelto:
        # su posición en el archivo). `reemplazados`: los que ya existían (el /StructTreeRoot).
        self.tipos = bytearray()
        self.campos = array("I")     # la posición (menos de 4 GB: la tabla la escribe en cuatro bytes) o el flujo
        self.indices = array("H")    # el índice en su flujo: menos de _POR_FLUJO
        self.reemplazados: dict[int, tuple[int, int]] = {}
        self._lote: list[tuple[int, bytes]] = []

    def nuevo(self, cuantos: int = 1) -> int:
        """El número del primer objeto de `cuantos` nuevos, seguidos."""
        self.siguiente += cuantos
        self.tipos.extend(bytes(cuantos))
        self.campos.extend(_CEROS[:cuantos])
        self.indices.extend(_CEROS_CORTOS[:cuantos])
        return self.siguiente - cuantos

    def _anotar(self, numero: int, tipo: int, campo: int, indice: int = 0) -> None:
        if numero < self.desde:
            self.reemplazados[numero] = (tipo, campo, indice)
            return
        self.tipos[numero - self.desde] = tipo
        self.campos[numero - self.desde] = campo
        self.indices[numero - self.desde] = indice

    def objeto(self, numero: int, cuerpo: bytes) -> None:
        self._lote.append((numero, cuerpo))
        if len(self._lote) >= _POR_FLUJO:
            self.vaciar()

    def _suelto(self, numero: int, diccionario: bytes, datos: bytes) -> None:
        self._anotar(numero, 1, self.archivo.tell())
        self.archivo.write(b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (numero, diccionario, datos))

    def vaciar(self) -> None:
        if not self._lote:
            return
        flujo = self.nuevo()
        encabezado, cuerpos, posicion = [], [], 0
        for indice, (numero, cuerpo) in enumerate(self._lote):
            encabezado.append(b"%d %d" % (numero, posicion))
            cuerpos.append(cuerpo)
            posicion += len(cuerpo) + 1
            self._anotar(numero, 2, flujo, indice)
        primero = b" ".join(encabezado) + b"\n"
        datos = zlib.compress(primero + b"\n".join(cuerpos) + b"\n", _COMPRESION)
        self._suelto(flujo, b"<</Type/ObjStm/N %d/First %d/Filter/FlateDecode/Length %d>>"
                     % (len(self._lote), len(primero), len(datos)), datos)
        self._lote = []

    def cerrar(self, trailer: bytes, previo: int) -> None:
        """La tabla de referencias (para el objeto reemplazado y los nuevos), con el trailer, y el final."""
        self.vaciar()
        xref = self.nuevo()
        posicion = self.archivo.tell()
        self._anotar(xref, 1, posicion)
        filas, indice = bytearray(), []

        for numero, (tipo, campo, orden) in sorted(self.reemplazados.items()):
            filas += _ENTRADA.pack(tipo, campo, orden)
            indice += [numero, 1]
        filas += _entradas(self.tipos, self.campos, self.indices)
        indice += [self.desde, len(self.tipos)]
        datos = zlib.compress(bytes(filas), _COMPRESION)
        self.archivo.write(b"%d 0 obj\n<</Type/XRef/Size %d/Index[%s]/W[1 4 2]%s/Prev %d/Filter/FlateDecode"
                           b"/Length %d>>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n"
                           % (xref, self.siguiente, b" ".join(b"%d" % n for n in indice), trailer, previo,
                              len(datos), datos, posicion))


def _entradas(tipos: bytearray, campos: array, indices: array) -> bytearray:
    """Las entradas de la tabla de referencias, de 7 bytes (/W [1 4 2], en orden de red), armadas columna por columna
    con rebanadas: sin un objeto de Python por entrada (800.000 entradas eran 60 MB)."""
    cuantas = len(tipos)
    entradas = bytearray(7 * cuantas)
    entradas[0::7] = tipos
    for columna, desde, ancho in ((campos, 1, 4), (indices, 5, 2)):
        en_orden = array(columna.typecode, columna)
        if sys.byteorder == "little":
            en_orden.byteswap()
        crudo = en_orden.tobytes()
        for byte in range(ancho):
            entradas[desde + byte::7] = crudo[byte::ancho]
    return entradas


def _anterior(ruta) -> int:
    """Dónde empieza la última tabla de referencias del archivo (lo que dice su «startxref»)."""
    with open(ruta, "rb") as archivo:
        archivo.seek(max(0, os.path.getsize(ruta) - 1024))
        cola = archivo.read()
    return int(re.findall(rb"startxref\s+(\d+)", cola)[-1])


def agregar(ruta, estructura: Estructura) -> None:
    """Después de que pikepdf guardó `ruta` con `preparar`: le agrega el árbol de `estructura` como actualización
    incremental."""
    import pikepdf

    with pikepdf.open(ruta) as pdf:
        paginas = [p.obj.objgen for p in pdf.pages]
        raiz = pdf.Root.StructTreeRoot.objgen
        trailer = b"/Root %d 0 R" % pdf.Root.objgen[0]
        if "/Info" in pdf.trailer:
            trailer += b"/Info %d 0 R" % pdf.trailer.Info.objgen[0]
        trailer += b"/ID[%s]" % b"".join(b"<" + bytes(x).hex().encode("ascii") + b">" for x in pdf.trailer.ID)
        tamano = int(pdf.trailer.Size)
    if raiz[1] != 0 or any(generacion for _, generacion in paginas):
        raise ValueError("qpdf escribió objetos con generación distinta de 0")
    referencias = [b"%d 0 R" % numero for numero, _ in paginas]
    padres = {p: array("I", bytes(4 * n)) for p, n in estructura.mcid_por_pagina.items()}
    previo = _anterior(ruta)
    with open(ruta, "ab") as archivo:
        escritor = _Escritor(archivo, tamano)
        documento = escritor.nuevo()
        _escribir_nodo(escritor, estructura.raiz, documento, raiz[0], referencias, padres)
        arbol = escritor.nuevo()
        numeros = []
        for indice in range(len(paginas)):
            lista = escritor.nuevo()
            escritor.objeto(lista, b"[" + b" ".join(b"%d 0 R" % n if n else b"null"
                                                     for n in padres.get(indice, ())) + b"]")
            numeros.append(b"%d %d 0 R" % (indice, lista))
        escritor.objeto(arbol, b"<</Nums[" + b" ".join(numeros) + b"]>>")
        escritor.objeto(raiz[0], b"<</Type/StructTreeRoot/K %d 0 R/ParentTree %d 0 R/ParentTreeNextKey %d>>"
                        % (documento, arbol, len(paginas)))
        escritor.cerrar(trailer, previo)


def _atributos(nodo: Nodo) -> bytes:
    partes = b""
    if nodo.alt:
        partes += b"/Alt" + _cadena(nodo.alt)
    if nodo.idioma:
        partes += b"/Lang" + _cadena(nodo.idioma)
    columnas = getattr(nodo, "columnas", None) or 1
    if nodo.alcance or columnas > 1:
        partes += b"/A<</O/Table" + (b"/Scope/" + nodo.alcance.encode("ascii") if nodo.alcance else b"") + \
            (b"/ColSpan %d" % columnas if columnas > 1 else b"") + b">>"
    return partes


def _escribir_nodo(escritor: _Escritor, nodo: Nodo, numero: int, padre: int, paginas: list[bytes],
                   padres: dict[int, array]) -> None:
    if nodo.anotacion is not None:
        raise ValueError("un enlace no se escribe en bloque: arbol_en_el_pdf.escribir_estructura")
    hijos, pendientes = [], []
    pagina = next((h[0] for h in nodo.hijos if isinstance(h, tuple)), None)
    for hijo in nodo.hijos:
        if isinstance(hijo, Filas):
            hijos += _escribir_filas(escritor, hijo, numero, paginas, padres)
        elif isinstance(hijo, Nodo):
            propio = escritor.nuevo()
            hijos.append(b"%d 0 R" % propio)
            pendientes.append((hijo, propio))
        else:
            en, mcid = hijo
            padres[en][mcid] = numero
            hijos.append(b"%d" % mcid if en == pagina else b"<</Type/MCR/Pg %s/MCID %d>>" % (paginas[en], mcid))
    escritor.objeto(numero, b"<</Type/StructElem/S/%s/P %d 0 R%s%s/K[%s]>>" % (
        nodo.rol.encode("ascii"), padre, b"/Pg " + paginas[pagina] if pagina is not None else b"",
        _atributos(nodo), b" ".join(hijos)))
    for hijo, propio in pendientes:
        _escribir_nodo(escritor, hijo, propio, numero, paginas, padres)


_CELDA = {DATOS: b"/S/TD", TITULOS: b"/S/TH/A<</O/Table/Scope/Column>>"}


def _escribir_filas(escritor: _Escritor, filas: Filas, tabla: int, paginas: list[bytes],
                    padres: dict[int, array]) -> list[bytes]:
    """Las TR de `filas` y sus celdas; devuelve las referencias a las TR, hijas de la tabla."""
    filas_tr = array("I")
    columnas = filas.columnas
    datos = filas.datos
    for inicio in range(0, len(datos), 4):
        pagina, mcid, tipo, vacias = datos[inicio:inicio + 4]
        pg = paginas[pagina]
        en_la_pagina = padres[pagina]
        if tipo in (GRUPO, CIERRE):
            tr = escritor.nuevo(2)
            filas_tr.append(tr)
            celda = tr + 1
            escritor.objeto(celda, b"<</Type/StructElem%s/A<</O/Table%s/ColSpan %d>>/P %d 0 R/Pg %s/K[%d]>>" % (
                b"/S/TH" if tipo == GRUPO else b"/S/TD", b"/Scope/Row" if tipo == GRUPO else b"", columnas, tr, pg,
                mcid))
            en_la_pagina[mcid] = celda
            escritor.objeto(tr, b"<</Type/StructElem/S/TR/P %d 0 R/K[%d 0 R]>>" % (tabla, celda))
            continue
        rol = _CELDA[tipo]
        tr = escritor.nuevo(columnas + 1)
        filas_tr.append(tr)
        celdas = []
        for columna in range(columnas):
            celda = tr + 1 + columna
            celdas.append(b"%d 0 R" % celda)
            if vacias >> columna & 1:
                escritor.objeto(celda, b"<</Type/StructElem%s/P %d 0 R/K[]>>" % (rol, tr))
                continue
            escritor.objeto(celda, b"<</Type/StructElem%s/P %d 0 R/Pg %s/K[%d]>>" % (rol, tr, pg, mcid))
            en_la_pagina[mcid] = celda
            mcid += 1
        escritor.objeto(tr, b"<</Type/StructElem/S/TR/P %d 0 R/K[%s]>>" % (tabla, b" ".join(celdas)))
    return [b" ".join(b"%d 0 R" % tr for tr in filas_tr)]
