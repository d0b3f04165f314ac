"""Lectura de los catálogos `.ts` sin Qt: para los documentos y la línea de órdenes (la ventana usa los `.qm`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from ..recursos import carpeta_recursos


def carpeta_traducciones() -> Path:
    return carpeta_recursos() / "traducciones"


def leer_ts(ruta: Path) -> dict[tuple[str, str], str]:
    """{(contexto, texto fuente): traducción} de un catálogo; sin las entradas por traducir."""
    traducciones: dict[tuple[str, str], str] = {}
    for contexto in ET.parse(ruta).getroot().iter("context"):
        nombre = contexto.findtext("name") or ""
        for mensaje in contexto.iter("message"):
            traduccion = mensaje.find("translation")
            if traduccion is None or traduccion.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if traduccion.text:
                traducciones[(nombre, mensaje.findtext("source") or "")] = traduccion.text
    return traducciones


@lru_cache(maxsize=None)
def catalogo(codigo: str) -> dict[tuple[str, str], str]:
    """El catálogo de un idioma («pt_BR», «en»), leído una vez por proceso; vacío para el castellano."""
    ruta = carpeta_traducciones() / f"escritorio_{codigo}.ts"
    return leer_ts(ruta) if codigo != "es" and ruta.is_file() else {}
