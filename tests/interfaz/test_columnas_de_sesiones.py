"""Issue 61, §7: a 1366×768 al 150 % la lista de Sesiones escondía el final de la columna Acta («Aprobada» perdía su
última letra detrás de la barra de desplazamiento horizontal). En castellano, portugués e inglés, al 150 % y al
125 %, y a 1024×600: cada texto de las columnas Estado y Acta (y sus títulos) se ve entero, medido con la fuente y
los márgenes con que Qt lo dibuja (`columnas_de_sesiones.medir`). La escala se fija al crear la aplicación: un
subproceso por caso, sobre una copia de la red de ejemplo."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

import columnas_de_sesiones

GUION = Path(columnas_de_sesiones.__file__)


@pytest.mark.parametrize("escala,idioma", [("1.5", ""), ("1.5", "pt_BR"), ("1.5", "en"), ("1.25", "pt_BR")])
def test_a_1366x768_estado_y_acta_se_ven_enteros(escala, idioma, copia_de_la_demo, tmp_path):
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    entorno.update(QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=escala, HOME=str(tmp_path),
                   XDG_DATA_HOME=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8")
    hecho = subprocess.run([sys.executable, str(GUION), str(copia_de_la_demo), "1366", "768",
                            *([idioma] if idioma else [])], env=entorno, capture_output=True, text=True,
                           encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, hecho.stderr
    resultado = json.loads(hecho.stdout.strip().splitlines()[-1])
    assert resultado["escala"] == float(escala)      # la escala se aplicó de verdad
    assert resultado["filas"] >= 4                    # hay sesiones que mirar (las de la red de ejemplo)
    assert resultado["cortes"] == []


def test_a_1024x600_y_la_medida_ve_un_corte(qtbot, copia_de_la_demo, tmp_path, monkeypatch):
    """En el proceso de la prueba (escala 1): nada cortado a 1024×600; y si la columna Acta se angosta, la medida lo
    dice (sin esto, una lista vacía no probaría nada)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    columnas_de_sesiones.mostrar_sesiones(ventana, 1024, 600, QApplication.processEvents)
    assert ventana.sesiones.tabla.rowCount() >= 4
    assert columnas_de_sesiones.medir(ventana) == []
    tabla = ventana.sesiones.tabla
    tabla.horizontalHeader().setSectionResizeMode(4, tabla.horizontalHeader().ResizeMode.Interactive)
    tabla.setColumnWidth(4, 40)
    assert any("«Aprobada» necesita" in corte for corte in columnas_de_sesiones.medir(ventana))
    ventana.close()
    db.close()
