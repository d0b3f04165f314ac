"""Issue 61 §7: cambiar el idioma de la ventana ofrece «Reiniciar ahora». Por el camino de la secretaria, desde el
lanzador de verdad (`aplicacion.ejecutar`): Archivo › Idioma de la ventana › English, «Reiniciar ahora»: la ventana
se cierra por su camino (lo escrito se guarda), la base se cierra y suelta su cerrojo, y el programa se vuelve a
lanzar sobre la misma base. La orden con que se relanza se corre como proceso de verdad y abre esa base. «Más tarde»
no cierra nada."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz import aplicacion, reinicio
from escritorio.interfaz.idioma import CLAVE_AJUSTE
from escritorio.interfaz.medicion import MARCA
from escritorio.interfaz.ventana_principal import VentanaPrincipal


def _elegir_ingles_y_responder(boton: str, vistos: dict) -> None:
    """Con temporizadores de verdad: cuando la ventana está a la vista, Archivo › Idioma de la ventana › English;
    cuando aparece el aviso, anota su texto y elige `boton`."""
    def ventana():
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, VentanaPrincipal) and w.isVisible()),
                    None)

    def aviso():
        caja = next((w for w in QApplication.topLevelWidgets() + [QApplication.activeModalWidget()]
                     if isinstance(w, QMessageBox) and w.objectName() == "aviso_idioma" and w.isVisible()), None)
        if caja is None:
            QTimer.singleShot(30, aviso)
            return
        vistos["texto"] = caja.text()
        vistos["botones"] = [b.text() for b in caja.buttons()]
        next(b for b in caja.buttons() if b.text() == boton).click()
        if boton == "Más tarde":
            QTimer.singleShot(100, lambda: (vistos.__setitem__("abierta", ventana() is not None), ventana().close()))

    def elegir():
        v = ventana()
        if v is None:
            QTimer.singleShot(30, elegir)
            return
        menu = v.findChild(type(v.menuBar().actions()[0].menu()), "menu_idioma")
        next(a for a in menu.actions() if a.text() == "English").trigger()
        QTimer.singleShot(0, aviso)

    QTimer.singleShot(0, elegir)


@pytest.fixture
def lanzar(tmp_path, monkeypatch):
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(aplicacion, "_ajustes", lambda: ajustes)
    lanzados = []
    monkeypatch.setattr(reinicio.QProcess, "startDetached", lambda programa, argumentos: lanzados.append(
        (programa, list(argumentos))) or True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    return ajustes, lanzados


def test_reiniciar_ahora_cierra_y_vuelve_a_lanzar_el_programa_sobre_la_misma_base(qtbot, lanzar, copia_de_la_demo):
    ajustes, lanzados = lanzar
    vistos = {}
    _elegir_ingles_y_responder("Reiniciar ahora", vistos)
    assert aplicacion.ejecutar(str(copia_de_la_demo)) == 0
    assert vistos["botones"] == ["Reiniciar ahora", "Más tarde"]
    assert "La ventana estará en English la próxima vez que abra Escritorio. ¿Reiniciar ahora?" in vistos["texto"]
    assert ajustes.value(CLAVE_AJUSTE) == "en"
    assert lanzados == [(sys.executable, ["-m", "escritorio", "--db", str(copia_de_la_demo)])]
    # La orden de relanzar, como proceso de verdad: abre el programa sobre esa base (y se cierra solo al pintar).
    programa, argumentos = lanzados[0]
    entorno = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ESCRITORIO_MEDIR_ARRANQUE": "1"}
    hecho = subprocess.run([programa, *argumentos], env=entorno, capture_output=True, text=True, timeout=120)
    assert hecho.returncode == 0, hecho.stderr
    assert MARCA in hecho.stdout


def test_mas_tarde_no_cierra_ni_relanza(qtbot, lanzar, copia_de_la_demo):
    ajustes, lanzados = lanzar
    vistos = {}
    _elegir_ingles_y_responder("Más tarde", vistos)
    assert aplicacion.ejecutar(str(copia_de_la_demo)) == 0
    assert vistos["abierta"] and lanzados == [] and ajustes.value(CLAVE_AJUSTE) == "en"


def test_el_programa_instalado_se_relanza_a_si_mismo(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert reinicio.orden_para_reabrir("C:/red.db") == (sys.executable, ["--db", "C:/red.db"])
