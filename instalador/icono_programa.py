"""Dibuja el ícono del programa (`recursos/iconos/escritorio.png` y `.ico`) con el glifo «city-variant» de
Material Design Icons (Apache 2.0, vía qtawesome) en blanco sobre el azul de la navegación.

Se corre a mano cuando cambia el diseño (`python instalador/icono_programa.py`); los archivos resultantes se
versionan, así que ni el programa ni el empaquetado necesitan correrlo.
"""

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath  # noqa: E402

AZUL = "#2f6db3"
CARPETA = Path(__file__).resolve().parent.parent / "recursos" / "iconos"


def dibujar(lado: int) -> QImage:
    import qtawesome

    imagen = QImage(lado, lado, QImage.Format.Format_ARGB32)
    imagen.fill(Qt.GlobalColor.transparent)
    pintor = QPainter(imagen)
    pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
    borde = QPainterPath()
    borde.addRoundedRect(QRectF(0, 0, lado, lado), lado * 0.2, lado * 0.2)
    pintor.fillPath(borde, QColor(AZUL))
    glifo = qtawesome.icon("mdi6.city-variant", color="white").pixmap(int(lado * 0.72), int(lado * 0.72))
    margen = int(lado * 0.14)
    pintor.drawPixmap(margen, margen, glifo)
    pintor.end()
    return imagen


def a_pillow(imagen: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    imagen.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


def main() -> int:
    _app = QGuiApplication(sys.argv)
    grande = a_pillow(dibujar(256))
    grande.save(CARPETA / "escritorio.png")
    grande.save(CARPETA / "escritorio.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                                   (256, 256)])
    print(f"Listo: {CARPETA / 'escritorio.png'} y escritorio.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
