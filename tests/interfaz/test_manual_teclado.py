"""Ayuda > Manual: Enter en «Buscar» busca (la aparición siguiente), como dice el propio manual; no cierra el manual."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from escritorio.interfaz.dialogos.manual import mostrar_manual


def test_enter_en_buscar_busca_la_siguiente_y_no_cierra(qtbot):
    ventana = QMainWindow()            # como desde Ayuda > Manual de uso: con la ventana como dueña, no modal
    qtbot.addWidget(ventana)
    ventana.show()
    dialogo = mostrar_manual(ventana)
    qtbot.waitExposed(dialogo)
    dialogo.busqueda.setFocus()
    qtbot.keyClicks(dialogo.busqueda, "quorum")
    primero = dialogo.navegador.textCursor().selectionStart()   # mientras se escribe ya se encontró la primera

    qtbot.keyClick(dialogo.busqueda, Qt.Key.Key_Return)
    assert dialogo.isVisible()
    segundo = dialogo.navegador.textCursor().selectionStart()
    assert segundo > primero
    assert dialogo.navegador.textCursor().selectedText().lower() == "quórum"

    qtbot.keyClick(dialogo.busqueda, Qt.Key.Key_Enter)               # la tecla Enter del teclado numérico
    assert dialogo.isVisible()
    assert dialogo.navegador.textCursor().selectionStart() > segundo

    qtbot.keyClick(dialogo.busqueda, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)   # la anterior
    assert dialogo.navegador.textCursor().selectionStart() == segundo
    assert dialogo.isVisible()

    qtbot.keyClick(dialogo, Qt.Key.Key_Escape)                       # Esc sí cierra
    qtbot.waitUntil(lambda: not dialogo.isVisible())
