"""Estatutos sin normas muestra un solo «Cargar texto…» (el de la página vacía); con normas, el de la barra."""

import os
from datetime import date

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton

from escritorio.interfaz.vistas.estatutos import VistaEstatutos
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.estatutos import cargar_norma
from ayudas import oficina_de

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS") or "/tmp/capturas_f"
os.makedirs(CAPTURAS, exist_ok=True)


def _visibles(vista, texto):
    return [b for b in vista.findChildren(QPushButton) if b.text() == texto and b.isVisible()]


def test_un_solo_boton_cargar_texto_con_y_sin_normas(qtbot, db, asociacion_id):
    vista = VistaEstatutos()
    qtbot.addWidget(vista)
    vista.resize(1024, 600)
    vista.show()
    datos = listar_asociaciones(db)[0]
    vista.mostrar(oficina_de(db, datos))
    qtbot.waitUntil(lambda: vista.paginas.currentIndex() == 0)
    vista.grab().save(f"{CAPTURAS}/estatutos-vacio-1024x600.png")
    assert len(_visibles(vista, "Cargar texto…")) == 1

    cargar_norma(Contexto(db, datos["id"]), "estatuto", "Estatuto",
                 "Artículo 1. Denominación\nLa red se llama así.\n", date(2020, 1, 1))
    vista.recargar()
    qtbot.waitUntil(lambda: vista.paginas.currentIndex() == 1)
    assert len(_visibles(vista, "Cargar texto…")) == 1
    assert vista.boton_cargar.isVisible()


def test_la_barra_entra_en_1366_al_150_por_ciento(qtbot, db, asociacion_id):
    """1366×768 al 150 % son 910×512 puntos; sin la navegación quedan unos 830 para el área."""
    datos = listar_asociaciones(db)[0]
    contexto = Contexto(db, datos["id"])
    cargar_norma(contexto, "reglamento", "Reglamento de funcionamiento de las unidades temáticas y grupos",
                 "Artículo 1. Objeto\nEste reglamento ordena las unidades.\n", date(2020, 1, 1))
    vista = VistaEstatutos()
    qtbot.addWidget(vista)
    vista.resize(830, 480)
    vista.show()
    vista.mostrar(oficina_de(db, datos))
    qtbot.waitUntil(lambda: vista.paginas.currentIndex() == 1)
    vista.grab().save(f"{CAPTURAS}/estatutos-830x480.png")
    assert vista.minimumSizeHint().width() <= 830
    # Ningún control de la barra pisa a otro ni sale del área (pueden bajar a otra línea).
    barra = [vista.combo_norma, vista.fecha, vista.boton_cargar, vista.boton_reforma, vista.boton_pdf]
    cajas = [QRect(w.mapTo(vista, QPoint(0, 0)), w.size()) for w in barra]
    for i, caja in enumerate(cajas):
        assert vista.rect().contains(caja), (barra[i], caja)
        for otra in cajas[i + 1:]:
            assert not caja.intersects(otra), (caja, otra)
