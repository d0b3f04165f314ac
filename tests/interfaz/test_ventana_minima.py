"""La orden sin argumentos abre una ventana con el padrón; con la base vacía ofrece la red de ejemplo."""

from PySide6.QtWidgets import QMessageBox

from escritorio.interfaz import aplicacion
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.demo import crear_red_demo


def test_la_ventana_muestra_el_padron_de_la_asociacion(qtbot, tmp_path):
    db = abrir_base(tmp_path / "red.db")
    crear_red_demo(db)
    ventana = VentanaPrincipal(db)
    qtbot.addWidget(ventana)
    modelo = ventana.tabla.model()
    assert "Red de Ciudades del Sur" in ventana.windowTitle()
    assert modelo.rowCount() == 300
    nombres = [modelo.index(fila, 0).data() for fila in range(modelo.rowCount())]
    fila = nombres.index("São Paulo")
    assert modelo.index(fila, 1).data() == "Brasil"
    assert modelo.index(fila, 3).data().count(".") == 2  # población con separador de miles
    assert "300 miembros" in ventana.statusBar().currentMessage()


def test_base_vacia_ofrece_la_red_de_ejemplo(qtbot, tmp_path, monkeypatch):
    preguntas = []

    def responder_si(*args, **kwargs):
        preguntas.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", responder_si)
    db = abrir_base(tmp_path / "nueva.db")
    aplicacion.ofrecer_demo(db)
    assert "red de ejemplo" in preguntas[0]
    ventana = VentanaPrincipal(db)
    qtbot.addWidget(ventana)
    assert ventana.tabla.model().rowCount() == 300


def test_rechazar_la_demo_deja_la_base_vacia(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(tmp_path / "nueva.db")
    aplicacion.ofrecer_demo(db)
    ventana = VentanaPrincipal(db)
    qtbot.addWidget(ventana)
    assert ventana.tabla.model().rowCount() == 0
    assert "0 miembros" in ventana.statusBar().currentMessage()
