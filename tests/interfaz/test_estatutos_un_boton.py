"""Estatutos sin normas muestra un solo «Cargar texto…» (el de la página vacía); con normas, el de la barra."""

from datetime import date

from PySide6.QtWidgets import QPushButton

from escritorio.interfaz.vistas.estatutos import VistaEstatutos
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.estatutos import cargar_norma


def _visibles(vista, texto):
    return [b for b in vista.findChildren(QPushButton) if b.text() == texto and b.isVisible()]


def test_un_solo_boton_cargar_texto_con_y_sin_normas(qtbot, db, asociacion):
    vista = VistaEstatutos()
    qtbot.addWidget(vista)
    vista.resize(1024, 600)
    vista.show()
    datos = listar_asociaciones(db)[0]
    vista.mostrar(db, datos)
    qtbot.waitUntil(lambda: vista.paginas.currentIndex() == 0)
    vista.grab().save("/tmp/capturas_f/estatutos-vacio.png")
    assert len(_visibles(vista, "Cargar texto…")) == 1

    cargar_norma(db, datos["id"], "estatuto", "Estatuto", "Artículo 1. Denominación\nLa red se llama así.\n",
                 date(2020, 1, 1))
    vista.recargar()
    qtbot.waitUntil(lambda: vista.paginas.currentIndex() == 1)
    assert len(_visibles(vista, "Cargar texto…")) == 1
    assert vista.boton_cargar.isVisible()
