"""Las líneas de firma de un documento como campos de firma del PDF, para que la firma digital se vea sobre la línea.

Al maquetar, el espacio para firmar sobre cada línea (`EspacioParaFirmar`, el mismo que deja el bloque de firma
para la firma a mano) anota en el lienzo en qué página y en qué rectángulo quedó. Al terminar,
`agregar_campos_de_firma` convierte cada uno en un campo de firma vacío del PDF (un widget /Sig con la marca de
impresión y una apariencia vacía, como pide PDF/A-2): se llama como el cargo («Presidenta», «Secretario») y su
nombre alternativo (/TU) dice quién firma ahí («Presidenta: Carolina Cosse»). Cualquier programa de firma ve
esos campos; el firmador de Escritorio (`documentos.firma_digital`) firma en el campo libre de quien firma
(`elegir_linea`) sin saber nada de coordenadas ni del documento: la posición la dice el PDF.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from reportlab.platypus import Flowable

from escritorio.dominio.texto import normalizar

from .etiquetas import estructura_de

ALTO = 38  # el espacio para firmar a mano sobre la línea, en puntos
_TRATAMIENTOS = {"sr", "sra", "srta", "dr", "dra", "ing", "lic", "prof", "arq", "cr", "cra", "esc", "don", "dona"}


@dataclass(frozen=True)
class LineaDeFirma:
    """Dónde quedó el espacio para firmar de una línea: página (desde 0) y rectángulo (x0, y0, x1, y1) en puntos."""

    pagina: int
    rectangulo: tuple[float, float, float, float]
    cargo: str
    nombre: str | None


@dataclass(frozen=True)
class LineaLibre:
    """Un campo de firma vacío de un PDF: su nombre y quién firma ahí (si el PDF lo dice)."""

    campo: str
    cargo: str
    nombre: str | None


class EspacioParaFirmar(Flowable):
    """El espacio en blanco sobre la línea de firma. No dibuja nada: anota su lugar en `canv.lineas_de_firma` (si
    el lienzo la tiene: la pone `estatuto.construir_paginado`) y, en un PDF etiquetado, el elemento Form del campo."""

    etiquetas_propias = True   # no es un párrafo: su elemento es el Form del campo (`Estructura.campo_de_firma`)

    def __init__(self, ancho: float, cargo: str, nombre: str | None):
        super().__init__()
        self.ancho, self.cargo, self.nombre = ancho, cargo, (nombre or "").strip() or None

    def wrap(self, disponible_ancho, disponible_alto):
        return self.ancho, ALTO

    def draw(self) -> None:
        anotadas = getattr(self.canv, "lineas_de_firma", None)
        if anotadas is None:
            return
        x0, y0 = self.canv.absolutePosition(0, 1)
        x1, y1 = self.canv.absolutePosition(self.ancho, ALTO - 1)
        anotadas.append(LineaDeFirma(self.canv.getPageNumber() - 1, (x0, y0, x1, y1), self.cargo, self.nombre))
        estructura = estructura_de(self.canv)
        if estructura is not None:   # el campo, en el árbol del documento etiquetado donde está la línea
            estructura.campo_de_firma(self.canv)


def _nombre_de_campo(cargo: str, usados: set[str]) -> str:
    # El punto separa niveles en los nombres de campo de un PDF: no va dentro de un nombre.
    base = " ".join(cargo.replace(".", " ").split()) or "Firma"
    nombre, n = base, 2
    while nombre in usados:
        nombre, n = f"{base} {n}", n + 1
    usados.add(nombre)
    return nombre


def agregar_campos_de_firma(pdf: bytes, lineas: list[LineaDeFirma]) -> bytes:
    """El PDF con un campo de firma vacío en cada línea (en el orden en que se maquetaron)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as documento:
        formulario = documento.Root.get("/AcroForm")
        if formulario is None:
            formulario = documento.Root.AcroForm = documento.make_indirect(pikepdf.Dictionary(Fields=pikepdf.Array()))
        usados = {str(campo.get("/T", "")) for campo in formulario.Fields}
        for linea in lineas:
            x0, y0, x1, y1 = linea.rectangulo
            vacia = documento.make_stream(b"", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                                          BBox=pikepdf.Array([0, 0, round(x1 - x0, 2), round(y1 - y0, 2)]),
                                          Resources=pikepdf.Dictionary())
            pagina = documento.pages[linea.pagina]
            campo = documento.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Sig,
                T=pikepdf.String(_nombre_de_campo(linea.cargo, usados)),
                TU=pikepdf.String(f"{linea.cargo}: {linea.nombre}" if linea.nombre else linea.cargo),
                Rect=pikepdf.Array([round(v, 2) for v in (x0, y0, x1, y1)]), F=4, P=pagina.obj,
                AP=pikepdf.Dictionary(N=vacia)))
            if "/Annots" not in pagina.obj:
                pagina.obj.Annots = pikepdf.Array()
            pagina.obj.Annots.append(campo)
            formulario.Fields.append(campo)
        salida = io.BytesIO()
        documento.save(salida)
    return salida.getvalue()


def lineas_libres(lector) -> list[LineaLibre]:
    """Los campos de firma vacíos y visibles (con tamaño) de un PDF abierto con pyHanko, en el orden del PDF."""
    from pyhanko.sign.fields import enumerate_sig_fields

    libres = []
    for nombre, _valor, referencia in enumerate_sig_fields(lector, filled_status=False):
        campo = referencia.get_object()
        rectangulo = campo.get("/Rect")
        if rectangulo is None or not (float(rectangulo[2]) - float(rectangulo[0])) * \
                (float(rectangulo[3]) - float(rectangulo[1])):
            continue
        alterno = str(campo.get("/TU", "") or "")
        cargo, _, quien = alterno.partition(": ")
        libres.append(LineaLibre(str(nombre), cargo or str(nombre), quien.strip() or None))
    return libres


def _palabras(nombre: str) -> set[str]:
    return {p for p in re.split(r"[^\w]+", normalizar(nombre)) if len(p) > 1 and p not in _TRATAMIENTOS}


def es_de(nombre_en_la_linea: str, firmante: str) -> bool:
    """¿El nombre impreso bajo la línea es el del certificado? Las palabras de uno están todas en el otro, sin
    tildes ni mayúsculas ni tratamientos: «Sra. Carolina Cosse» es de «CAROLINA COSSE GARRIDO»."""
    linea, certificado = _palabras(nombre_en_la_linea), _palabras(firmante)
    return bool(linea and certificado) and (linea <= certificado or certificado <= linea)


def elegir_linea(libres: list[LineaLibre], firmante: str) -> LineaLibre | None:
    """La línea donde se ve la firma de `firmante`: la libre que lleva su nombre; si ninguna, la primera libre sin
    nombre (se completa a mano); si tampoco, ninguna (la firma queda invisible: mostrar el nombre del certificado
    sobre el de otra persona confundiría)."""
    return (next((l for l in libres if l.nombre and es_de(l.nombre, firmante)), None)
            or next((l for l in libres if not l.nombre), None))
