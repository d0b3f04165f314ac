"""«Cancelar» en el diálogo de progreso detiene el trabajo en su próximo avance y lo dice en el idioma en curso: el
mensaje lo arma la ventana (`interfaz.trabajos.cancelado`), no `errores.py`, que no importa nada del programa."""

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from escritorio.errores import Cancelado
from escritorio.idiomas.traduccion import fijar_idioma_del_proceso
from escritorio.interfaz.trabajos import ejecutar_con_progreso


def _cancelar_a_mitad(qtbot) -> tuple[Cancelado, list[int]]:
    """Pulsa «Cancelar» en el diálogo de progreso a mitad del trabajo."""
    padre = QWidget()
    qtbot.addWidget(padre)
    hechos: list[int] = []

    def pulsar_cancelar() -> None:
        for ventana in QApplication.topLevelWidgets():
            if isinstance(ventana, QProgressDialog) and ventana.isVisible():
                ventana.findChild(QPushButton).click()   # su único botón: «Cancelar»

    def trabajo(informar):
        for paso in range(50):
            informar("escribiendo", paso, 50)
            hechos.append(paso)
            time.sleep(0.05)
        return "terminó igual"

    QTimer.singleShot(400, pulsar_cancelar)
    with pytest.raises(Cancelado) as error:
        ejecutar_con_progreso(padre, "Importando", trabajo, mostrar_desde_ms=0)
    return error.value, hechos


def test_cancelar_detiene_el_trabajo_y_dice_que_no_se_modifico_nada(qtbot):
    error, hechos = _cancelar_a_mitad(qtbot)
    assert error.mensaje == "Operación cancelada: no se modificó nada."
    assert 0 < len(hechos) < 50


def test_el_aviso_de_cancelado_sale_en_el_idioma_en_curso(qtbot):
    fijar_idioma_del_proceso("en")
    try:
        error, _ = _cancelar_a_mitad(qtbot)
    finally:
        fijar_idioma_del_proceso("es")
    assert error.mensaje == "Operation canceled: nothing was changed."
