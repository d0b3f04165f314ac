"""Lo que la página de verificación pública dice de un PDF firmado que la base guarda, leído del PDF mismo: sus
metadatos (donde va el código de verificación del documento que se firmó) y sus campos de firma ya firmados, con la
línea donde quedó cada firma («Presidenta: Carolina Cosse», el nombre alternativo /TU que les pone
`lineas_de_firma.agregar_campos_de_firma`). No valida ninguna firma: eso es `verificacion_de_firmas`."""

from __future__ import annotations

import io
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CopiaFirmadaLeida:
    metadatos: str                                  # título, asunto, palabras clave y el XMP, en un solo texto
    firmados: dict[str, str | None] = field(default_factory=dict)  # campo de firma firmado -> su /TU (o None)


def _campos(campos, padre: str = "", heredado=None):
    """(nombre completo, campo, tipo heredado) de cada campo terminal del formulario."""
    for campo in campos:
        nombre = str(campo.get("/T", "") or "")
        completo = f"{padre}.{nombre}" if padre and nombre else (nombre or padre)
        tipo = campo.get("/FT", heredado)
        hijos = campo.get("/Kids")
        if hijos is not None and any("/T" in hijo for hijo in hijos):
            yield from _campos(hijos, completo, tipo)
        else:
            yield completo, campo, tipo


def leer_copia_firmada(pdf: bytes) -> CopiaFirmadaLeida:
    """Los metadatos y los campos de firma firmados de un PDF (que Escritorio firmó y guardó: nunca uno de afuera)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as documento:
        partes = [str(documento.docinfo[clave]) for clave in ("/Title", "/Subject", "/Keywords")
                  if clave in documento.docinfo]
        xmp = documento.Root.get("/Metadata")
        if xmp is not None:
            partes.append(xmp.read_bytes().decode("utf-8", "replace"))
        firmados: dict[str, str | None] = {}
        formulario = documento.Root.get("/AcroForm")
        for nombre, campo, tipo in _campos(formulario.get("/Fields", []) if formulario is not None else []):
            if tipo == "/Sig" and campo.get("/V") is not None:
                # La línea donde se ve: el /TU de un campo con lugar en la página. El de una firma invisible
                # («Firma digital de …», para quien oye) no es una línea.
                alterno = campo.get("/TU") if _se_ve(campo) else None
                firmados[nombre] = str(alterno) if alterno is not None and str(alterno).strip() else None
    return CopiaFirmadaLeida("\n".join(partes), firmados)


def _se_ve(campo) -> bool:
    rectangulo = [float(v) for v in campo.get("/Rect", [0, 0, 0, 0])]
    return len(rectangulo) == 4 and (rectangulo[2] - rectangulo[0]) * (rectangulo[3] - rectangulo[1]) != 0
