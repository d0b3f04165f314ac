"""Dónde viven los datos del usuario: la carpeta de datos del sistema operativo, o la del modo portátil.

Qué base se abre, de mayor a menor prioridad:

1. `--db RUTA` en la línea de órdenes (lo resuelven la CLI y la ventana, no este módulo);
2. la variable de entorno `ESCRITORIO_DB`;
3. el **modo portátil**: `<carpeta portátil>/datos/escritorio.db`;
4. la carpeta de datos del usuario: `%LOCALAPPDATA%\\Escritorio` en Windows,
   `~/.local/share/Escritorio` en Linux.

El registro de errores (`registro/`) va siempre a `carpeta_datos()`, que sigue los pasos 3 y 4;
los respaldos van junto a la base en uso.

Modo portátil (oficinas de campo, memoria USB): lo activa un archivo `escritorio-portable.txt`
junto al ejecutable empaquetado (`Escritorio.exe`), o la variable `ESCRITORIO_PORTABLE=CARPETA`,
que sirve para las pruebas y para usarlo sin empaquetar. Los datos quedan en `<carpeta>/datos/`.
Sin empaquetar, la marca no se busca en ninguna parte: solo cuenta la variable.
"""

import os
import sys
from pathlib import Path

from . import NOMBRE_APLICACION

VARIABLE_BASE = "ESCRITORIO_DB"
VARIABLE_PORTABLE = "ESCRITORIO_PORTABLE"
MARCA_PORTABLE = "escritorio-portable.txt"
NOMBRE_ARCHIVO = "escritorio.db"


def expandir(ruta: Path | str) -> Path:
    """La ruta escrita por una persona, con `~` como su carpeta personal. Un `~usuario` que no existe en este equipo
    queda escrito tal cual (como en la consola), en vez de fallar."""
    try:
        return Path(ruta).expanduser()
    except RuntimeError:  # «Could not determine home directory»
        return Path(ruta)


def empaquetado() -> bool:
    """True cuando corre el ejecutable hecho con PyInstaller."""
    return bool(getattr(sys, "frozen", False))


def carpeta_portable() -> Path | None:
    """La carpeta del modo portátil, o None si no está activo.

    `ESCRITORIO_PORTABLE=CARPETA` lo activa sin marca; si no, empaquetado, la carpeta del
    ejecutable cuando tiene al lado `escritorio-portable.txt`.
    """
    desde_entorno = os.environ.get(VARIABLE_PORTABLE, "").strip()
    if desde_entorno:
        return expandir(desde_entorno).resolve()
    if empaquetado():
        carpeta = Path(sys.executable).resolve().parent
        if (carpeta / MARCA_PORTABLE).is_file():
            return carpeta
    return None


def carpeta_datos() -> Path:
    """`<carpeta portátil>/datos` en modo portátil; si no, %LOCALAPPDATA%\\Escritorio en Windows,
    ~/.local/share/Escritorio en Linux."""
    portable = carpeta_portable()
    if portable is not None:
        return portable / "datos"
    from platformdirs import user_data_path   # con --db no hace falta: importarlo (y tempfile) cuesta ~3 ms

    return user_data_path(NOMBRE_APLICACION, appauthor=False)


def ruta_base_por_defecto() -> Path:
    """La base de datos a usar cuando no se indica --db: ESCRITORIO_DB o la carpeta de datos
    (que en modo portátil es la de la memoria USB)."""
    desde_entorno = os.environ.get(VARIABLE_BASE, "").strip()
    if desde_entorno:
        return expandir(desde_entorno)
    return carpeta_datos() / NOMBRE_ARCHIVO


def carpeta_respaldos(ruta_base: Path) -> Path:
    """Los respaldos automáticos quedan junto a la base, en una subcarpeta `respaldos`."""
    return Path(ruta_base).resolve().parent / "respaldos"


_SISTEMAS_DE_RED = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afs", "9p", "fuse.rclone"}


def en_carpeta_de_red(ruta: Path) -> bool:
    """Una base en una carpeta compartida por red se puede dañar si dos equipos la usan a la vez: se avisa."""
    ruta = Path(ruta).resolve()
    texto = str(ruta)
    if texto.startswith("\\\\"):  # \\servidor\recurso
        return True
    if os.name == "nt":
        import ctypes

        unidad = texto[:3]
        return ctypes.windll.kernel32.GetDriveTypeW(unidad) == 4  # DRIVE_REMOTE
    try:
        with open("/proc/mounts", encoding="utf-8") as montajes:
            puntos = [linea.split()[1:3] for linea in montajes if len(linea.split()) >= 3]
    except OSError:
        return False
    mejor, tipo = "", ""
    for punto, sistema in puntos:
        if (texto == punto or texto.startswith(punto.rstrip("/") + "/")) and len(punto) > len(mejor):
            mejor, tipo = punto, sistema
    return tipo in _SISTEMAS_DE_RED
