"""Abrir la ventana principal en una pantalla dada, ver con qué tamaño abre y, si se pide, dejarla de otro tamaño
al cerrarla. Lo usa `test_tamano_por_pantalla.py`, como guion, en un subproceso por corrida (el tamaño de la
pantalla y la escala se fijan antes de crear la aplicación, como en `dialogos_en_pantalla.py`):

    python tests/interfaz/ventana_en_pantalla.py BASE AJUSTES ANCHO ALTO [ANCHO_AL_CERRAR ALTO_AL_CERRAR]
        -> JSON {"tamano": [w, h], "pantalla": [w, h], "escala": e, "clave": "..."}

AJUSTES es el archivo .ini de los ajustes, el mismo entre corridas (como el registro de Windows entre dos días).
"""

import json
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]


def _principal(argumentos: list[str]) -> int:
    base, ini, ancho, alto = argumentos[0], argumentos[1], int(argumentos[2]), int(argumentos[3])
    al_cerrar = (int(argumentos[4]), int(argumentos[5])) if len(argumentos) > 5 else None
    sys.path.insert(0, str(Path(__file__).parent))
    from dialogos_en_pantalla import configurar_pantalla

    configurar_pantalla(ancho, alto)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.tamano_ventana import clave_de_pantalla
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios.base import abrir_base

    aplicacion = crear_aplicacion()
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    ventana = VentanaPrincipal(abrir_base(base), QSettings(ini, QSettings.Format.IniFormat))
    ventana.show()
    for _ in range(4):
        QApplication.processEvents()
    libre = ventana.screen().availableGeometry()
    resultado = {"tamano": [ventana.width(), ventana.height()], "pantalla": [libre.width(), libre.height()],
                 "escala": aplicacion.devicePixelRatio(), "clave": clave_de_pantalla(ventana.screen())}
    if al_cerrar:
        ventana.resize(*al_cerrar)
        QApplication.processEvents()
    ventana.close()
    ventana.ajustes.sync()
    print(json.dumps(resultado, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(RAIZ))
    sys.exit(_principal(sys.argv[1:]))
