"""El diálogo de guardar pregunta por el nombre que se escribe: si se escribe «acta» sin «.pdf», el programa agrega
la extensión, y si «acta.pdf» ya existe no lo reemplaza sin preguntar (el diálogo no preguntó por ese nombre)."""

from PySide6.QtWidgets import QMessageBox, QWidget

from escritorio.interfaz.piezas import guardar_documento
from escritorio.interfaz.piezas import elegir_archivo


def _guardar(qtbot, monkeypatch, tmp_path, respuesta) -> list[str]:
    padre = QWidget()
    qtbot.addWidget(padre)
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(tmp_path / "acta"))
    preguntas = []

    def preguntar(*argumentos, **_):
        if argumentos[2].startswith("Archivo guardado"):  # «¿Desea abrirlo ahora?»: no
            return QMessageBox.StandardButton.No
        preguntas.append(argumentos[2])
        return respuesta

    monkeypatch.setattr(QMessageBox, "question", preguntar)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    guardar_documento(padre, "Acta en PDF", "acta.pdf", lambda ruta: open(ruta, "w").write("nuevo"))
    return preguntas


def test_sin_la_extension_no_se_reemplaza_un_archivo_existente_sin_preguntar(qtbot, monkeypatch, tmp_path):
    existente = tmp_path / "acta.pdf"
    existente.write_text("el acta de la secretaria")
    preguntas = _guardar(qtbot, monkeypatch, tmp_path, QMessageBox.StandardButton.No)
    assert preguntas == ["Ya existe «acta.pdf» en esa carpeta. ¿Reemplazarlo?"]
    assert existente.read_text() == "el acta de la secretaria"


def test_si_la_persona_acepta_se_reemplaza(qtbot, monkeypatch, tmp_path):
    existente = tmp_path / "acta.pdf"
    existente.write_text("el acta de la secretaria")
    _guardar(qtbot, monkeypatch, tmp_path, QMessageBox.StandardButton.Yes)
    assert existente.read_text() == "nuevo"


def test_sin_archivo_previo_no_se_pregunta(qtbot, monkeypatch, tmp_path):
    assert _guardar(qtbot, monkeypatch, tmp_path, QMessageBox.StandardButton.No) == []
    assert (tmp_path / "acta.pdf").read_text() == "nuevo"
