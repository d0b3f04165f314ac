"""Solo con el teclado, como una secretaria que toma la asistencia en la reunión y no suelta las teclas: buscar un
miembro y abrir su ficha, escribir la hora de cierre, marcar la asistencia y votar una nominal. Cada tecla va al widget
que tiene el foco (nada de clics), y lo que queda guardado se lee de la base con el servicio."""

import os
import shutil

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos import ficha_miembro
from escritorio.interfaz.piezas.hora import EditorDeHora, interpretar_hora
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS") or "/tmp/capturas_teclado"
os.makedirs(CAPTURAS, exist_ok=True)


def foco():
    return QApplication.focusWidget()


def tecla(qtbot, cual, modificadores=Qt.KeyboardModifier.NoModifier) -> None:
    """Una tecla al widget que tiene el foco, como la recibe el programa."""
    qtbot.keyClick(foco(), cual, modificadores)


def escribir(qtbot, texto: str) -> None:
    qtbot.keyClicks(foco(), texto)


@pytest.fixture
def ruta_demo(demo_como):
    return demo_como("red.db")


@pytest.fixture
def ventana(qtbot, tmp_path, ruta_demo, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(ruta_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    with qtbot.waitActive(ventana):
        ventana.show()
    yield ventana
    db.close()


# --- Miembros: Ctrl+F, escribir, flechas y Enter ---------------------------------------------------------------

@pytest.fixture
def fichas_abiertas(monkeypatch):
    """La ficha es un diálogo modal: en lugar de esperarlo, se anota de quién se abrió."""
    abiertas: list[str] = []

    def anotar(dialogo):
        abiertas.append(dialogo.windowTitle())
        return 0

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", anotar)
    return abiertas


def test_buscar_un_miembro_y_abrir_su_ficha_solo_con_el_teclado(qtbot, ventana, fichas_abiertas):
    ventana.navegacion.setFocus()
    ventana.navegacion.setCurrentRow(1)
    vista = ventana.miembros
    qtbot.waitUntil(vista.isVisible)

    tecla(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert foco() is vista.busqueda
    escribir(qtbot, "mont")
    visibles = [vista.filtro.index(fila, 0).data() for fila in range(vista.filtro.rowCount())]
    assert len(visibles) > 2 and "Montevideo" in visibles and "Rosario" not in visibles
    tecla(qtbot, Qt.Key.Key_Down)              # a la tabla, con el primer resultado elegido
    assert foco() is vista.tabla
    assert vista.miembro_seleccionado()["nombre"] == visibles[0]
    tecla(qtbot, Qt.Key.Key_Down)              # el segundo
    segundo = vista.miembro_seleccionado()
    assert segundo["nombre"] == visibles[1]
    tecla(qtbot, Qt.Key.Key_Return)            # Enter abre la ficha del elegido
    assert len(fichas_abiertas) == 1 and segundo["nombre"] in fichas_abiertas[0]

    tecla(qtbot, Qt.Key.Key_Escape)            # Esc vuelve a la búsqueda, con lo escrito elegido para reemplazarlo
    assert foco() is vista.busqueda and vista.busqueda.selectedText() == "mont"
    escribir(qtbot, "rosario")                 # un solo resultado: Enter desde la búsqueda abre su ficha
    assert vista.resumen.text() == "1 de 300 miembros"
    tecla(qtbot, Qt.Key.Key_Return)
    assert len(fichas_abiertas) == 2 and "Rosario" in fichas_abiertas[1]
    assert vista.miembro_seleccionado()["nombre"] == "Rosario"

    tecla(qtbot, Qt.Key.Key_Escape)            # Esc en la tabla: a la búsqueda; otro Esc la limpia
    assert foco() is vista.busqueda
    tecla(qtbot, Qt.Key.Key_Escape)
    assert vista.busqueda.text() == "" and vista.resumen.text() == "300 de 300 miembros"
    tecla(qtbot, Qt.Key.Key_Escape)            # con la búsqueda vacía, Esc pasa a la tabla
    assert foco() is vista.tabla
    tecla(qtbot, Qt.Key.Key_Up)                # Flecha arriba en la primera fila vuelve a la búsqueda
    assert foco() is vista.busqueda


# --- la hora de cierre --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("escrito, hora", [("1830", (18, 30)), ("18:30", (18, 30)), ("18.30", (18, 30)),
                                           ("9", (9, 0)), ("930", (9, 30)), ("0915", (9, 15)), ("25", (2, 5)),
                                           ("18:", (18, 0)), ("2400", None), ("12345", None), (":30", None)])
def test_la_hora_escrita_de_corrido(escrito, hora):
    assert interpretar_hora(escrito) == hora


@pytest.mark.parametrize("escrito, esperada", [("1830", "18:30"), ("18:30", "18:30"), ("9", "09:00")])
def test_el_campo_de_hora_toma_los_digitos_aunque_un_clic_deje_el_cursor_en_los_minutos(qtbot, escrito, esperada):
    """El error del issue: con el cursor al final (donde lo deja un clic), QTimeEdit se tragaba los dígitos."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialogo = QDialog()
    qtbot.addWidget(dialogo)
    caja = QVBoxLayout(dialogo)
    otro, campo = QLineEdit(), EditorDeHora("13:00")
    caja.addWidget(otro)
    caja.addWidget(campo)
    with qtbot.waitActive(dialogo):
        dialogo.show()
    otro.setFocus()
    # El clic (lo que hizo la secretaria del issue) al final del campo, en los minutos.
    qtbot.mouseClick(campo.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(campo.lineEdit().width() - 4, 8))
    assert foco() in (campo, campo.lineEdit()), foco()
    qtbot.keyClicks(foco(), escrito)
    assert campo.time().toString("HH:mm") == esperada
    # Ya en el campo, un clic en los minutos los elige: lo que se escribe reemplaza solo los minutos.
    qtbot.mouseClick(campo.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(campo.lineEdit().width() - 8, 8))
    qtbot.keyClicks(foco(), "45")
    assert campo.time().toString("HH:mm") == esperada[:3] + "45"
    qtbot.keyClick(foco(), Qt.Key.Key_Up)          # las flechas siguen cambiando la sección elegida
    assert campo.time().toString("HH:mm") == esperada[:3] + "46"
