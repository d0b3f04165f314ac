"""Un trabajo que no se puede interrumpir (registrar los pagos de un extracto, firmar, encolar el correo) no ofrece
«Cancelar»: antes el botón estaba, decía «Cancelando: se deshace lo hecho…» y el trabajo terminaba igual."""

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from escritorio.interfaz.trabajos import ejecutar_con_progreso


def _botones_del_progreso_a_mitad(qtbot, **opciones) -> list[list[str]]:
    padre = QWidget()
    qtbot.addWidget(padre)
    vistos: list[list[str]] = []

    def mirar() -> None:
        for ventana in QApplication.topLevelWidgets():
            if isinstance(ventana, QProgressDialog) and ventana.isVisible():
                vistos.append([b.text() for b in ventana.findChildren(QPushButton) if b.isVisible()])

    def trabajo(informar):
        informar("escribiendo", 1, 2)
        time.sleep(0.6)
        return "hecho"

    QTimer.singleShot(300, mirar)
    assert ejecutar_con_progreso(padre, "Registrando los pagos", trabajo, mostrar_desde_ms=0, **opciones) == "hecho"
    return vistos


def test_un_trabajo_que_no_se_puede_interrumpir_no_ofrece_cancelar(qtbot):
    assert _botones_del_progreso_a_mitad(qtbot, cancelable=False) == [[]]


def test_uno_que_se_puede_interrumpir_si(qtbot):
    assert _botones_del_progreso_a_mitad(qtbot) == [["Cancelar"]]
