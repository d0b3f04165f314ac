"""Las reglas de PDF/A-2B (ISO 19005-2, nivel B) que se pueden comprobar sin veraPDF, sobre un PDF ya escrito.

veraPDF (el validador de referencia) es Java y no se instala aquí. Cada regla de su perfil PDF/A-2B
(github.com/veraPDF/veraPDF-validation-profiles, PDF_A/2b) que se puede leer con pikepdf, asn1crypto y lxml está
en este paquete, con su cláusula; las que no, en `NO_COMPROBADAS`, con el porqué (el README las nombra). Además,
una regla que el perfil 2B de veraPDF no formaliza pero que el programa cumple y el issue 43 pide: Info y XMP dicen
lo mismo (la cláusula 6.7.3 de PDF/A-1, que Acrobat y otros validadores también aplican a PDF/A-2).

- base.py: el documento leído una vez (páginas, formularios, apariencias, fuentes, XMP) y el registro de reglas;
- estructura.py (6.1), graficos.py (6.2), fuentes.py (6.2.11), interactivo.py (6.3–6.5, 6.8–6.11 y las firmas),
  metadatos.py (6.6).

Uso: `examinar(contenido)` -> {nombre de la regla: [faltas]} (lista vacía: la regla se cumple); `faltas(contenido)`,
solo las que no se cumplen. Lo usan tests/documentos/test_pdfa.py (cada documento del programa, también firmados),
test_reglas_pdfa.py (un PDF cambiado a propósito para violar cada regla) y tabla_de_documentos.py.
"""

from __future__ import annotations

import pikepdf

from . import estructura, fuentes, graficos, interactivo, metadatos  # noqa: F401 - cada una registra sus reglas
from .base import REGLAS, Examinado, Regla
from .fuentes import programa_de
from .interactivo import firmas
from .metadatos import fecha_pdf, fecha_xmp, info_y_xmp

__all__ = ["NO_COMPROBADAS", "REGLAS", "Examinado", "Regla", "examinar", "faltas", "fecha_pdf", "fecha_xmp",
           "firmas", "fuentes_incrustadas", "info_y_xmp"]

NO_COMPROBADAS = [
    ("6.2.11.4.2", "CharSet/CIDSet completos respecto del programa de la fuente (hay que leer los glifos de un CFF o "
                   "Type 1; los PDF del programa usan TrueType sin CharSet ni CIDSet)"),
    ("6.2.11.5 (Type 1, CFF)", "anchos de fuentes que no son TrueType (el programa no las usa)"),
    ("6.2.11.3.1, 6.2.11.3.3", "compatibilidad CIDSystemInfo/CMap y CMaps incrustados en detalle (solo se mira que "
                               "los CMaps por nombre sean Identity; el programa no usa fuentes Type 0)"),
    ("6.2.8.3", "datos JPEG2000 (canales, espacios de color; el programa no usa JPEG2000)"),
    ("6.2.4.4", "coherencia de colores Separation/DeviceN con el mismo nombre (el programa no los usa)"),
    ("6.6.2.3.2–6.6.2.3.3", "esquemas de extensión XMP (el programa no los usa: toda propiedad fuera de los "
                            "predefinidos se informa como falta)"),
    ("6.8", "que un archivo incrustado sea PDF/A (el programa no incrusta archivos: cualquiera se informa como falta)"),
    ("6.1.13", "el límite de 65535 para un CID en un CMap incrustado (no hay CMaps incrustados)"),
    ("6.2.2 (operandos)", "la cantidad y el tipo de operandos de cada operador (qpdf los lee; no se validan uno a "
                          "uno)"),
]


def fuentes_incrustadas(contenido: bytes) -> list[tuple[str, bool]]:
    """(nombre sin el prefijo del subconjunto, incrustada) de cada fuente que usan páginas, formularios y
    apariencias de anotaciones (una vez cada nombre)."""
    e = Examinado(contenido)
    try:
        vistas: dict[str, bool] = {}
        for _, fuente in e.fuentes:
            nombre = str(fuente.get("/BaseFont", "/(Type3)"))[1:].split("+")[-1]
            incrustada = fuente.get("/Subtype") == pikepdf.Name.Type3 or programa_de(fuente)[1] is not None
            vistas[nombre] = vistas.get(nombre, True) and incrustada
        return sorted(vistas.items())
    finally:
        e.cerrar()


def examinar(contenido: bytes) -> dict[str, list[str]]:
    """{«cláusula nombre»: [faltas]} para cada regla de `REGLAS`. Un error al comprobar una regla es una falta."""
    e = Examinado(contenido)
    try:
        resultado = {}
        for r in REGLAS:
            try:
                resultado[f"{r.clausula} {r.nombre}"] = r.comprobar(e)
            except Exception as error:  # noqa: BLE001 - una regla que no se pudo comprobar no pasa
                resultado[f"{r.clausula} {r.nombre}"] = [f"no se pudo comprobar: {error!r}"]
        return resultado
    finally:
        e.cerrar()


def faltas(contenido: bytes) -> dict[str, list[str]]:
    """Solo las reglas que no se cumplen."""
    return {nombre: lista for nombre, lista in examinar(contenido).items() if lista}
