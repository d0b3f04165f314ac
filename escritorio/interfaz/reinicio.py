"""Reiniciar el programa sobre la misma base (al cambiar el idioma de la ventana: cada pantalla escribe sus textos al
armarse, así que el idioma nuevo rige al abrir de nuevo).

La ventana se cierra por su camino de siempre (lo escrito se guarda, el correo que espera se avisa: quien cierra puede
arrepentirse y entonces no se reinicia); después de cerrar la base y soltar su cerrojo, `aplicacion.ejecutar` lanza el
programa otra vez con `orden_para_reabrir`: el mismo ejecutable (el instalado, o este Python con «-m escritorio»)
sobre la misma base.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess


def pedir_reinicio(ventana) -> None:
    """Cierra la ventana para volver a abrirla; si el cierre se cancela (algo sin guardar, correo esperando), nada."""
    ventana.reiniciar_al_salir = True
    if not ventana.close():
        ventana.reiniciar_al_salir = False


def orden_para_reabrir(base: str | None) -> tuple[str, list[str]]:
    """(programa, argumentos) que abren Escritorio sobre `base` (la ruta del archivo o la dirección del servidor)."""
    argumentos = [] if base is None else ["--db", base]
    if getattr(sys, "frozen", False):   # el programa instalado (PyInstaller): el ejecutable mismo
        return sys.executable, argumentos
    return sys.executable, ["-m", "escritorio", *argumentos]


def reabrir(base: str | None) -> bool:
    """Lanza el programa otra vez, separado de este proceso (que termina enseguida). True si arrancó."""
    programa, argumentos = orden_para_reabrir(base)
    return bool(QProcess.startDetached(programa, argumentos))
