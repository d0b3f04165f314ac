"""Registro de errores inesperados en un archivo rotativo de la carpeta de datos (nunca en pantalla)."""

import logging
from pathlib import Path

from .rutas import carpeta_datos

_configurado: Path | None = None
_manejador: logging.Handler | None = None


def archivo_registro() -> Path:
    return carpeta_datos() / "registro" / "escritorio.log"


def configurar() -> Path:
    """Activa el registro rotativo (1 MB x 5). Devuelve la ruta del archivo."""
    global _configurado, _manejador
    if _configurado:
        return _configurado
    ruta = archivo_registro()
    try:
        ruta.parent.mkdir(parents=True, exist_ok=True)
        # backslashreplace: un argumento con bytes que no son UTF-8 (un nombre de archivo en Latin-1) se anota
        # como \udcXX en lugar de hacer fallar el registro (y mostrar su traza en la pantalla).
        from logging.handlers import RotatingFileHandler   # (con pickle: unos 10 ms) solo si hay algo que anotar

        manejador = RotatingFileHandler(ruta, maxBytes=1_000_000, backupCount=5, encoding="utf-8",
                                        errors="backslashreplace")
    except OSError:
        return ruta  # sin carpeta de datos escribible no hay registro, pero el programa sigue
    manejador.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    raiz = logging.getLogger("escritorio")
    raiz.addHandler(manejador)
    _manejador = manejador
    raiz.setLevel(logging.INFO)
    _configurado = ruta
    return ruta


def cerrar_registro() -> None:
    """Cierra el archivo del registro, si se abrió, y lo olvida: el próximo error lo vuelve a abrir en la carpeta de
    datos de ese momento. La línea de órdenes lo llama al terminar cada orden (varias órdenes en un mismo proceso,
    como en las pruebas, no dejan el archivo abierto ni escriben en la carpeta de la orden anterior)."""
    global _configurado, _manejador
    if _manejador is not None:
        logging.getLogger("escritorio").removeHandler(_manejador)
        _manejador.close()
    _configurado = _manejador = None


def registrar_inesperado(contexto: str) -> Path:
    """Guarda la traza del error en curso y devuelve dónde quedó."""
    ruta = configurar()
    logging.getLogger("escritorio").exception("Error inesperado en %s", contexto)
    return ruta


def registrar_aviso(que: str) -> None:
    """Anota en el archivo del registro (nunca en la pantalla ni en la consola) un problema del que el programa se
    repone solo (el llavero del sistema no respondió, se cortó la escucha del servidor), con la traza en curso."""
    configurar()
    logging.getLogger("escritorio").warning(que, exc_info=True)
