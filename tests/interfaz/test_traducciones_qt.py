"""Los diálogos propios de Qt (archivos, botones estándar, asistentes) en castellano, también lo que la traducción
de Qt 6 no trae (en Linux Qt dibuja su diálogo de archivos: «Look in:» y «Files of type:» salían en inglés)."""

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWizard

from escritorio.interfaz.idioma import instalar_idioma


@pytest.fixture
def en_castellano(qapp):
    instalados = instalar_idioma(qapp, "es")
    yield instalados
    for traductor in instalados:
        qapp.removeTranslator(traductor)
    qapp.traducciones_qt = []


def test_la_traduccion_de_qt_se_encuentra_y_se_carga(en_castellano):
    assert len(en_castellano) == 2                                       # qtbase_es.qm y el complemento
    assert not en_castellano[0].isEmpty()
    assert en_castellano[0].filePath().endswith("qtbase_es.qm")
    assert QCoreApplication.translate("QFileDialog", "&Open") == "&Abrir"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Ver en:"          # lo que faltaba
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Archivos de &tipo:"
    assert QCoreApplication.translate("Otro", "Hola") == "Hola"          # lo que no es de Qt no se toca


def test_un_boton_cancelar_dice_cancelar(qtbot, en_castellano):
    botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(botones)
    assert botones.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert botones.button(QDialogButtonBox.StandardButton.Ok).text() == "Aceptar"
    asistente = QWizard()
    qtbot.addWidget(asistente)
    assert asistente.buttonText(QWizard.WizardButton.FinishButton) == "&Finalizar"


def test_el_dialogo_de_archivos_de_linux_no_tiene_rotulos_en_ingles(qtbot, en_castellano, tmp_path):
    (tmp_path / "socios.xlsx").write_bytes(b"x")
    (tmp_path / "carpeta").mkdir()
    vistos: dict = {}

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, QFileDialog):
            QTimer.singleShot(20, mirar)
            return
        vistos["rotulos"] = [w.text() for w in dialogo.findChildren(QLabel) if w.text()]
        vistos["botones"] = [w.text() for w in dialogo.findChildren(QPushButton) if w.text()]
        vistos["tipo_carpeta"] = QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        dialogo.reject()

    QTimer.singleShot(0, mirar)
    QFileDialog.getOpenFileName(None, "Abrir", str(tmp_path), "Planillas (*.xlsx)",
                                options=QFileDialog.Option.DontUseNativeDialog)
    assert vistos["rotulos"] == ["&Ver en:", "&Nombre de fichero:", "Archivos de &tipo:"]
    assert vistos["botones"] == ["&Abrir", "Cancelar"]
    assert vistos["tipo_carpeta"] == "Carpeta"
