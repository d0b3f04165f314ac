"""Issue 61 §4: una pista nombra lo que se ve. Con la ventana chica (1024×600) el botón «Sesión celebrada…» queda
dentro de «Detalles ▾»: lo que falta para aprobar el acta lo dice así, y con la ventana grande dice «arriba a la
derecha», donde está. Se sigue la pista con el mouse hasta el botón."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ayudas import oficina_de
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")
CONSEJO = 2


def test_la_pista_de_sesion_celebrada_dice_donde_esta_el_boton_en_cada_tamano(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    sesion = convocar(Contexto(db, asociacion["id"]), CONSEJO, NuevaSesion(date(2026, 12, 15), hora="10:00",
                                                                          lugar="Montevideo"))
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(824, 520)   # el área de Sesiones en una ventana de 1024×600
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    vista.abrir(sesion)
    editor = vista.editor
    acta = editor.tab_acta
    editor.pestanas.setCurrentWidget(acta)
    qtbot.waitUntil(lambda: editor.compacto and acta.pendientes.isVisible())
    assert "Abra «Detalles ▾», arriba, y use el botón «Sesión celebrada…»." in acta.pendientes.text()
    assert "arriba a la derecha" not in acta.pendientes.text()
    assert not editor.boton_cierre.isVisible()
    qtbot.mouseClick(editor.boton_detalles, Qt.MouseButton.LeftButton)   # lo que dice la pista
    assert editor.boton_cierre.isVisible()
    vista.resize(1150, 800)
    qtbot.waitUntil(lambda: not editor.compacto)
    assert "Use el botón «Sesión celebrada…», arriba a la derecha." in acta.pendientes.text()
    assert editor.boton_cierre.isVisible()
