"""Una elección nominal con el teclado: Tab pasa de la lista de voto de un miembro a la del siguiente (con su fila a la
vista) y escribir el comienzo de una candidatura la elige. La elección se arma como en test_elecciones_gui.py."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import elecciones_de_la_sesion

from test_elecciones_gui import abrir_eleccion, agregar_candidaturas, definir_cargo, id_de, regla_de_elecciones  # noqa: F401
from test_sesiones_gui import _regla_de_quorum_simple_en_el_consejo, mensajes, vista  # noqa: F401 (fixtures)


def test_eleccion_nominal_tab_de_un_miembro_al_siguiente_y_letras_para_el_voto(qtbot, vista, monkeypatch, demo_abierta):
    db, asociacion = demo_abierta
    vista.window().resize(1024, 600)
    editor, panel, punto = abrir_eleccion(vista, monkeypatch, presentes=16)   # más filas que las que entran
    definir_cargo(panel, monkeypatch)
    agregar_candidaturas(panel, monkeypatch, (id_de(db, asociacion, "Montevideo"), ""), (None, "Ana Pérez"))
    panel.metodo.setCurrentIndex(panel.metodo.findData("nominal"))
    qtbot.wait(50)   # las listas de la tabla anterior se borran en el bucle de eventos (deleteLater)
    tabla = panel.tabla_nominal
    filas = tabla.rowCount()
    assert filas == 16 and tabla.verticalScrollBar().maximum() > 0
    assert "Tab: el miembro siguiente" in panel.ayuda_nominal.text()
    with qtbot.waitActive(vista.window()):
        vista.window().activateWindow()
    tabla.cellWidget(0, 3).setFocus()

    for fila in range(filas):
        combo = tabla.cellWidget(fila, 3)
        assert QApplication.focusWidget() is combo, fila
        viewport = tabla.viewport().rect()
        assert viewport.contains(tabla.visualItemRect(tabla.item(fila, 0)).center()), fila   # su fila, a la vista
        qtbot.keyClicks(combo, "mon" if fila else "ana")
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.boton_cerrar      # tras el último miembro, «Cerrar elección»
    votos = [tabla.cellWidget(f, 3).currentText() for f in range(filas)]
    assert votos == ["Ana Pérez"] + ["Montevideo"] * (filas - 1)
    assert panel.texto_resultado.startswith("Si se cierra ahora: Resultó electa la candidatura de Montevideo")
    qtbot.keyClick(panel.boton_cerrar, Qt.Key.Key_Return)        # Enter la cierra (la pregunta, aceptada por `vista`)
    guardada = elecciones_de_la_sesion(Contexto(db, asociacion["id"]), editor.sesion_id)[punto]
    assert guardada.estado == "cerrada" and guardada.ganadora["nombre"] == "Montevideo"
    assert len(guardada.nominales) == filas
