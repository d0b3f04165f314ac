"""Las copias firmadas digitalmente de cada documento emitido, para su página de verificación pública.

Cada firma guardada (`firmas_digitales`: la primera sobre el PDF del acta o de la resolución, cada siguiente sobre la
anterior) es un archivo que la asociación entregó: el sitio publica su huella SHA-256 en la página del documento
cuyo código lleva, con quién firmó (el nombre del certificado, como lo guardó la firma, y el cargo de la línea de
firma donde quedó, si quedó sobre una) y cuándo. Con la misma regla que `documento verificar`
(`verificar_documento._identico`): solo las firmas cuyo registro cubre la bitácora sellada (una agregada por fuera
de Escritorio no prueba nada), y el documento es el del código que dicen los metadatos del PDF o, si no dicen
ninguno, el último emitido del acta o la resolución.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..datos import documentos as tabla_documentos
from ..datos import firmas as tabla_firmas
from ..datos.bitacora import alta_sellada
from ..documentos.pdf.copia_firmada import leer_copia_firmada
from ..dominio.verificacion import codigos_en, documento_de_la_firma
from .contexto import Contexto


@dataclass(frozen=True)
class FirmaDeLaCopia:
    firmante: str            # el nombre del certificado (su CN), como lo guardó la firma
    cargo: str | None        # el de la línea de firma donde quedó («Presidenta»); None: fuera de una línea
    firmado_en: str          # la hora de la firma (ISO 8601 con zona), como la guardó la firma


@dataclass(frozen=True)
class CopiaFirmada:
    sha256: str
    firmas: tuple[FirmaDeLaCopia, ...]   # todas las que lleva el archivo, de la primera a la última
    registrada_en: str                   # el momento del sello de la bitácora que cubre su registro


def copias_firmadas(contexto: Contexto) -> dict[str, list[CopiaFirmada]]:
    """{código de verificación: sus copias firmadas, de la primera a la última} de la asociación del contexto."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    por_codigo: dict[str, list[CopiaFirmada]] = {}
    anteriores: dict[tuple[str, int], tuple[list[FirmaDeLaCopia], set[str]]] = {}
    for fila in tabla_firmas.firmas_con_pdf(db, asociacion_id):
        clave = (fila["tipo"], fila["referencia"])
        firmas, campos = anteriores.get(clave, ([], set()))
        leida = leer_copia_firmada(bytes(fila["pdf"]))
        # La firma de esta fila es la del campo que el PDF anterior todavía no tenía firmado.
        nuevos = [alterno for campo, alterno in leida.firmados.items() if campo not in campos]
        alterno = nuevos[0] if len(nuevos) == 1 else None
        cargo = (alterno.partition(": ")[0].strip() or None) if alterno else None
        firmas = [*firmas, FirmaDeLaCopia(fila["firmante"], cargo, fila["firmado_en"])]
        anteriores[clave] = (firmas, set(leida.firmados))
        sello = alta_sellada(db, "firmas_digitales", fila["id"])
        if sello is None:
            continue   # se agregó o se cambió por fuera de Escritorio: `documento verificar` tampoco la reconoce
        documento = documento_de_la_firma(tabla_documentos.documentos_de(db, fila["tipo"], fila["referencia"]),
                                          codigos_en(leida.metadatos))
        if documento is None or documento["asociacion_id"] != asociacion_id:
            continue
        por_codigo.setdefault(documento["codigo"], []).append(
            CopiaFirmada(fila["sha256"], tuple(firmas), str(sello["momento"])))
    return por_codigo
