"""Issue 64, §5: en la ventana, la convocatoria adjunta las mociones recibidas si se marca la casilla «con las
mociones recibidas» de la pestaña Acta (con el teclado), que es la misma opción del menú Documentos; sin
marcarla, sale la de siempre. El mismo servicio que «sesiones convocatoria --con-mociones».

La sala se escribe con tests/sala_de_prueba_documentos.py, con los servicios de la sala."""

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.interfaz.piezas import elegir_archivo
from sala_de_prueba_documentos import SESION, llenar_la_sala
from test_sesiones_gui import mensajes, vista  # noqa: F401 (fixtures)


def _texto(ruta) -> str:
    return " ".join(subprocess.run(["pdftotext", str(ruta), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_la_casilla_adjunta_las_mociones_a_la_convocatoria(vista, qtbot, monkeypatch, demo_abierta, tmp_path):
    db, _ = demo_abierta
    llenar_la_sala(db)
    vista.abrir(SESION)
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    casilla = editor.tab_acta.con_mociones
    assert not casilla.isChecked() and not editor.accion_con_mociones.isChecked()   # por omisión, sin mociones
    destinos = iter([tmp_path / "sin.pdf", tmp_path / "con.pdf"])
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(next(destinos)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)

    qtbot.mouseClick(editor.tab_acta.boton_convocatoria, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "sin.pdf").is_file() and (tmp_path / "sin.pdf").stat().st_size > 0,
                    timeout=30000)
    assert "Mociones recibidas" not in _texto(tmp_path / "sin.pdf")

    casilla.setFocus()
    qtbot.keyClick(casilla, Qt.Key.Key_Space)
    assert casilla.isChecked() and editor.accion_con_mociones.isChecked()   # la casilla y el menú son una opción
    editor.tab_acta.boton_convocatoria.setFocus()
    qtbot.keyClick(editor.tab_acta.boton_convocatoria, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: (tmp_path / "con.pdf").is_file() and (tmp_path / "con.pdf").stat().st_size > 0,
                    timeout=30000)
    texto = _texto(tmp_path / "con.pdf")
    assert "Mociones recibidas (2)" in texto
    assert "Moción 2: Red de ciudades sin plástico" in texto and "Fuera de plazo." in texto
    editor.accion_con_mociones.setChecked(False)
    assert not casilla.isChecked()
    # A 1024×600 la casilla entra junto a su botón (la fila de documentos baja de línea si hace falta).
    vista.resize(1024, 600)
    qtbot.wait(50)
    assert casilla.isVisible() and casilla.width() >= casilla.sizeHint().width()
