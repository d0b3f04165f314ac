"""El programa del sistema para abrir un archivo: si hay uno para PDF, y pedirle que abra un archivo.

`QDesktopServices.openUrl` solo dice si pudo pedirlo: en Linux devuelve True en cuanto arranca `xdg-open`, aunque no
haya ningún visor de PDF (así fue en la máquina de pruebas). Por eso se pregunta antes a la asociación de tipos del
sistema (`hay_visor_de_pdf`), y lo que se dice después de abrir es «se pidió», no «se abrió».
"""

import functools
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


@functools.cache
def hay_visor_de_pdf() -> bool:
    """True si el sistema tiene un programa asociado a los PDF. Si no se puede averiguar, True: el botón se ofrece
    y, si el sistema no lo abre, se dice."""
    try:
        if sys.platform == "win32":
            return _asociado_en_windows(".pdf")
        if sys.platform == "darwin":
            return True   # Vista Previa viene con el sistema
        return _asociado_en_linux("application/pdf")
    except Exception:  # noqa: BLE001 - ante la duda se ofrece; abrir dirá si no se pudo
        return True


def _asociado_en_windows(extension: str) -> bool:
    import ctypes
    from ctypes import wintypes

    ignorar_desconocidos = 0x400                      # ASSOCF_INIT_IGNOREUNKNOWN: sin «Abrir con…»
    consultar = ctypes.windll.shlwapi.AssocQueryStringW
    consultar.argtypes = [wintypes.DWORD, wintypes.DWORD, wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.LPWSTR,
                          ctypes.POINTER(wintypes.DWORD)]
    consultar.restype = ctypes.c_long
    for que in (2, 1, 21):                            # ASSOCSTR_EXECUTABLE, _COMMAND, _APPID (apps de la tienda)
        largo = wintypes.DWORD(0)
        if consultar(ignorar_desconocidos, que, extension, "open", None, ctypes.byref(largo)) >= 0:
            return True
    return False


def _asociado_en_linux(tipo: str) -> bool:
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return False   # sin xdg-utils, Qt tampoco tiene con qué abrirlo
    import subprocess   # solo en Linux y al preguntar: no al abrir la ventana

    salida = subprocess.run([xdg_mime, "query", "default", tipo], capture_output=True, text=True, timeout=5,
                            check=False)
    return salida.returncode == 0 and bool(salida.stdout.strip())


def abrir_con_el_sistema(ruta: str | Path) -> bool:
    """Pide al sistema abrir `ruta` con su programa. False si el sistema dice que no pudo."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(ruta))) is not False
