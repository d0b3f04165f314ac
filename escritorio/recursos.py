"""Ubicación de la carpeta `recursos/` (datos, fuentes, manual) sin depender de Qt."""

import sys
from pathlib import Path


def carpeta_recursos() -> Path:
    """La carpeta `recursos/` del proyecto, o la empaquetada por PyInstaller."""
    empaquetada = getattr(sys, "_MEIPASS", None)
    if empaquetada:
        return Path(empaquetada) / "recursos"
    return Path(__file__).resolve().parent.parent / "recursos"


def ciudades_geonames() -> Path:
    return carpeta_recursos() / "datos" / "ciudades_geonames.csv"
