"""El documento examinado (leído una vez con pikepdf) y el registro de las reglas."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

import pikepdf

# --- El documento, leído una vez ------------------------------------------------------------------------------


@dataclass
class Flujo:
    """Un flujo de contenido (página, formulario XObject o apariencia de una anotación) con sus recursos."""

    donde: str
    objeto: object                 # pikepdf.Page o pikepdf.Stream
    recursos: pikepdf.Dictionary | None
    heredados: bool = False        # la página toma /Resources de un nodo padre (6.2.2)


_SOLO_FINES_DE_LINEA = bytes(c if c in (10, 13) else 32 for c in range(256))


class Examinado:
    def __init__(self, contenido: bytes):
        self.contenido = contenido
        self.pdf = pikepdf.open(io.BytesIO(contenido))

    def cerrar(self) -> None:
        self.pdf.close()

    @cached_property
    def objetos(self) -> list:
        return list(self.pdf.objects)

    @cached_property
    def flujos(self) -> list[Flujo]:
        """Páginas, formularios XObject (recursivamente) y apariencias de las anotaciones."""
        hallados: list[Flujo] = []
        vistos: set = set()

        def formularios(recursos, donde):
            if not isinstance(recursos, pikepdf.Dictionary):
                return
            for nombre, x in recursos.get("/XObject", pikepdf.Dictionary()).items():
                if x.get("/Subtype") == pikepdf.Name.Form and x.objgen not in vistos:
                    vistos.add(x.objgen)
                    hallados.append(Flujo(f"{donde} {nombre}", x, x.get("/Resources")))
                    formularios(x.get("/Resources"), f"{donde} {nombre}")

        for numero, pagina in enumerate(self.pdf.pages, start=1):
            propios = "/Resources" in pagina.obj
            recursos = pagina.obj.get("/Resources") if propios else pagina.get("/Resources")
            hallados.append(Flujo(f"página {numero}", pagina, recursos, heredados=not propios))
            formularios(recursos, f"página {numero}")
            for anotacion in pagina.obj.get("/Annots", pikepdf.Array()):
                apariencias = anotacion.get("/AP", pikepdf.Dictionary())
                for clave in ("/N", "/R", "/D"):
                    valor = apariencias.get(clave)
                    candidatos = ([valor] if isinstance(valor, pikepdf.Stream)
                                  else list(valor.values()) if isinstance(valor, pikepdf.Dictionary) else [])
                    for ap in candidatos:
                        if isinstance(ap, pikepdf.Stream) and ap.objgen not in vistos:
                            vistos.add(ap.objgen)
                            quien = anotacion.get("/T", anotacion.get("/Subtype"))
                            donde = f"página {numero}, apariencia {clave} de {quien}"
                            hallados.append(Flujo(donde, ap, ap.get("/Resources")))
                            formularios(ap.get("/Resources"), donde)
        return hallados

    @cached_property
    def instrucciones(self) -> dict[int, list]:
        return {i: list(pikepdf.parse_content_stream(f.objeto)) for i, f in enumerate(self.flujos)}

    @cached_property
    def fuentes(self) -> list[tuple[str, pikepdf.Dictionary]]:
        """Cada diccionario de fuente de los recursos de cada flujo (sin repetir)."""
        vistos, hallados = set(), []
        for flujo in self.flujos:
            if isinstance(flujo.recursos, pikepdf.Dictionary):
                for nombre, fuente in flujo.recursos.get("/Font", pikepdf.Dictionary()).items():
                    if fuente.objgen not in vistos or fuente.objgen == (0, 0):
                        vistos.add(fuente.objgen)
                        hallados.append((f"{flujo.donde} {nombre} {fuente.get('/BaseFont', '')}", fuente))
        return hallados

    @cached_property
    def xmp_crudo(self) -> bytes | None:
        metadatos = self.pdf.Root.get("/Metadata")
        return metadatos.read_bytes() if isinstance(metadatos, pikepdf.Stream) else None

    @cached_property
    def sin_flujos(self) -> bytes:
        """El archivo con el interior de cada flujo cambiado por espacios (del mismo largo, conservando los fines de
        línea): así se lee la sintaxis de los objetos sin tropezar con datos binarios."""
        partes, desde = [], 0
        for m in re.finditer(rb"stream(\r\n|\n|\r)", self.contenido):
            if m.start() < desde or self.contenido[max(0, m.start() - 3):m.start()] == b"end":
                continue
            fin = self.contenido.find(b"endstream", m.end())
            if fin < 0:
                break
            partes += [self.contenido[desde:m.end()], self.contenido[m.end():fin].translate(_SOLO_FINES_DE_LINEA)]
            desde = fin
        partes.append(self.contenido[desde:])
        return b"".join(partes)

    @cached_property
    def objetos_con_contenido(self) -> list[tuple[str, object, str | None]]:
        """Todos los objetos directos e indirectos, con el camino para nombrarlos (sin repetir indirectos)."""
        return list(recorrer(self.pdf.trailer, "trailer", set()))


def recorrer(objeto, camino: str, vistos: set) -> Iterator[tuple[str, object, str | None]]:
    """(camino, objeto, clave del padre) de todo el grafo, una vez cada objeto indirecto."""
    pila = [(camino, objeto, None)]
    while pila:
        camino, objeto, clave = pila.pop()
        if isinstance(objeto, pikepdf.Object) and objeto.is_indirect:
            if objeto.objgen in vistos:
                continue
            vistos.add(objeto.objgen)
        yield camino, objeto, clave
        if isinstance(objeto, (pikepdf.Dictionary, pikepdf.Stream)):
            for k in objeto.keys():
                if k != "/Parent":
                    pila.append((f"{camino}{k}", objeto[k], k))
        elif isinstance(objeto, pikepdf.Array):
            for i, valor in enumerate(objeto):
                pila.append((f"{camino}[{i}]", valor, clave))


# --- Las reglas -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Regla:
    clausula: str
    nombre: str
    comprobar: Callable[[Examinado], list[str]]


REGLAS: list[Regla] = []


def regla(clausula: str, nombre: str):
    def registrar(funcion):
        REGLAS.append(Regla(clausula, nombre, funcion))
        return funcion
    return registrar
