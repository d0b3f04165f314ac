"""Lectura de los catálogos `.ts` sin Qt (la ventana usa los `.qm` compilados): la usa `extraer.py` para conservar lo
ya traducido, y la usarán los documentos."""

from __future__ import annotations

from pathlib import Path

from ..recursos import carpeta_recursos


def carpeta_traducciones() -> Path:
    return carpeta_recursos() / "traducciones"


def leer_ts(ruta: Path) -> dict[tuple[str, str], str]:
    """{(contexto, texto fuente): traducción} de un catálogo; sin las entradas por traducir."""
    traducciones: dict[tuple[str, str], str] = {}
    import xml.etree.ElementTree as ET   # solo al leer un catálogo: cuesta ~6 ms en cada orden

    for contexto in ET.parse(ruta).getroot().iter("context"):
        nombre = contexto.findtext("name") or ""
        for mensaje in contexto.iter("message"):
            traduccion = mensaje.find("translation")
            if traduccion is None or traduccion.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if traduccion.text:
                traducciones[(nombre, mensaje.findtext("source") or "")] = traduccion.text
    return traducciones

