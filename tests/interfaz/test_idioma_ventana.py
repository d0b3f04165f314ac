"""El idioma de la ventana: se elige en Archivo › Idioma de la ventana y rige al volver a abrir; sin elección, el del
sistema. Los diálogos de Qt y los números siguen al idioma elegido."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QMessageBox

from escritorio.interfaz.comun import formatear, miles
from escritorio.interfaz.idioma import idioma_del_sistema, instalar_idioma
from escritorio.interfaz.menu_idioma import agregar_menu_idioma


@pytest.fixture
def idioma(qapp):
    """Instala el idioma pedido; al terminar, la aplicación queda como la tienen las demás pruebas: sin
    traductores, en el idioma fuente."""
    antes = QLocale()
    yield lambda codigo: instalar_idioma(qapp, codigo)
    for traductor in qapp.traducciones_qt:
        qapp.removeTranslator(traductor)
    qapp.traducciones_qt, qapp.idioma = [], "es"
    QLocale.setDefault(antes)


@pytest.mark.parametrize("preferidos, esperado", [
    (["pt-BR"], "pt_BR"), (["pt-PT", "en-GB"], "pt_BR"), (["fr-FR", "en-US"], "en"), (["es-AR"], "es"),
    (["de-DE"], "es"), ([], "es")])
def test_sin_eleccion_sigue_al_sistema(preferidos, esperado):
    assert idioma_del_sistema(preferidos) == esperado


@pytest.mark.proceso  # lanza otro programa
def test_elegir_portugues_en_el_menu_rige_al_volver_a_abrir(qtbot, tmp_path):
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ventana = QMainWindow()
    qtbot.addWidget(ventana)
    submenu = agregar_menu_idioma(ventana.menuBar().addMenu("Archivo"), ventana, ajustes)
    opciones = {a.text(): a for a in submenu.actions()}
    assert set(opciones) >= {"Español", "Português (Brasil)", "English"}
    assert next(a for a in submenu.actions() if a.isChecked()).data() == ""     # según el sistema
    opciones["Português (Brasil)"].trigger()
    aviso = ventana.findChild(QMessageBox, "aviso_idioma")
    assert "Português (Brasil)" in aviso.text() and "próxima vez" in aviso.text()
    aviso.done(0)
    del ajustes
    # Volver a abrir: otro proceso, sin ESCRITORIO_IDIOMA, con los mismos ajustes.
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_IDIOMA"}
    entorno["QT_QPA_PLATFORM"] = "offscreen"
    guion = ("import sys; from PySide6.QtCore import QSettings, QCoreApplication;"
             "from escritorio.interfaz.aplicacion import crear_aplicacion;"
             f"a = crear_aplicacion(QSettings({str(tmp_path / 'ajustes.ini')!r}, QSettings.Format.IniFormat));"
             "print(a.idioma, QCoreApplication.translate('MenuArchivo', '&Archivo'))")
    hecho = subprocess.run([sys.executable, "-c", guion], env=entorno, capture_output=True, text=True, timeout=60)
    assert hecho.stdout.split() == ["pt_BR", "&Arquivo"], hecho.stderr[-2000:]


def test_los_botones_de_qt_siguen_al_idioma(qtbot, idioma):
    idioma("pt_BR")
    botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(botones)
    assert botones.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert botones.button(QDialogButtonBox.StandardButton.Yes).text().replace("&", "") == "Sim"
    idioma("en")
    otros = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(otros)
    assert otros.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_los_importes_y_los_miles_siguen_al_idioma(idioma):
    idioma("en")
    assert formatear(123450, "USD") == "USD 1,234.50"
    assert miles(1234567) == "1,234,567"
    idioma("pt_BR")
    assert formatear(123450, "USD") == "USD 1.234,50"
    idioma("es")
    assert (formatear(123450, "USD"), miles(1234567)) == ("USD 1.234,50", "1.234.567")
    assert QApplication.instance().idioma == "es"
