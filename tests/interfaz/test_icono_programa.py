"""El programa tiene su propio ícono (barra de tareas, Alt+Tab, diálogos), no el genérico de Qt."""

from PySide6.QtWidgets import QApplication

from escritorio.interfaz.aplicacion import crear_aplicacion
from escritorio.recursos import carpeta_recursos


def test_la_aplicacion_lleva_el_icono_del_programa(qtbot):
    app = crear_aplicacion()
    assert app is QApplication.instance()
    icono = app.windowIcon()
    assert not icono.isNull()
    imagen = icono.pixmap(64, 64).toImage()
    # El azul de la navegación en una esquina interior y el edificio blanco en el centro inferior.
    assert imagen.pixelColor(12, 32).name() == "#2f6db3"
    assert any(imagen.pixelColor(x, 44).name() == "#ffffff" for x in range(16, 48))
    assert (carpeta_recursos() / "iconos" / "escritorio.ico").is_file()   # el del ejecutable de Windows
