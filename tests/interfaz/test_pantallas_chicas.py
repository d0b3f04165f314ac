"""La ventana en pantallas chicas: 1024×600 (un proyector, una netbook) y 1366×768 al 125 % y al 150 % (las
notebooks de oficina). En cada área, y en cada pestaña de Cuotas y de Órganos, nada se superpone, nada queda fuera
de la ventana ni cortado, y la ventana no pide más que la pantalla; tampoco en una sesión abierta. Lo que se mira está en `pantallas.py`.

Las capturas de cada área quedan en tests/artefactos/pantallas/ (o en $ESCRITORIO_ARTEFACTOS/pantallas/) para
mirarlas.

QT_SCALE_FACTOR se lee al crear la aplicación: las pruebas escaladas abren la ventana en un subproceso (sin pantalla)
sobre una copia de la red de ejemplo.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

import pantallas

GUION = Path(pantallas.__file__)


@pytest.fixture
def ventana(qtbot, copia_de_la_demo, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    yield ventana
    ventana.close()
    db.close()


def test_el_revisor_ve_lo_que_se_superpone_y_lo_que_se_corta(qtbot):
    """Sin esto, una lista vacía de problemas no probaría nada: dos botones encimados, uno más chico que su texto y
    uno que sale de su padre se ven."""
    ventana = QWidget()
    qtbot.addWidget(ventana)
    ventana.resize(300, 100)
    area = QWidget(ventana)
    area.setGeometry(0, 0, 300, 100)
    uno = QPushButton("Registrar pago…", area)
    uno.setGeometry(10, 10, 120, 30)
    otro = QPushButton("Anular…", area)
    otro.setGeometry(100, 20, 90, 30)
    cortado = QPushButton("Imprimir padrón (PDF)…", area)
    cortado.setGeometry(10, 60, 40, 30)
    afuera = QLabel("Saldo", area)
    afuera.setGeometry(280, 60, 60, 20)
    ventana.show()
    qtbot.waitExposed(ventana)
    problemas = pantallas.problemas_de(area, ventana)
    assert any("se superponen" in p and "Registrar pago" in p and "Anular" in p for p in problemas)
    assert any("Imprimir padrón" in p and "se corta" in p for p in problemas)
    assert any("Saldo" in p and "sale de su padre" in p for p in problemas)
    assert any("Saldo" in p and "sale de la ventana" in p for p in problemas)

    # Y una fila bien armada no tiene problemas.
    bien = QWidget()
    qtbot.addWidget(bien)
    fila = QHBoxLayout(bien)
    for texto in ("Registrar pago…", "Anular…", "Recibo (PDF)…"):
        fila.addWidget(QPushButton(texto))
    bien.show()
    qtbot.waitExposed(bien)
    assert pantallas.problemas_de(bien, bien) == []


def test_a_1024x600_cada_area_entra_sin_encimarse(ventana, qtbot):
    minimo = ventana.minimumSizeHint().expandedTo(ventana.minimumSize())
    assert minimo.width() <= 1024 and minimo.height() <= 600, f"la ventana pide al menos {minimo.width()}×{minimo.height()}"
    carpeta = pantallas.carpeta_de_artefactos() / "1024x600"
    problemas, capturas = pantallas.recorrer(ventana, 1024, 600, carpeta, lambda: qtbot.wait(30))
    assert problemas == []
    # Nueve áreas, seis pestañas de Cuotas, dos de Órganos y cuatro de Datos personales (9 - 3 + 6 + 2 + 4) y las siete
    # pestañas de una sesión abierta.
    assert len(capturas) == 25
    for ruta in capturas:
        imagen = QImage(ruta)
        assert (imagen.width(), imagen.height()) == (1024, 600), ruta


@pytest.mark.parametrize("escala", ["1.25", "1.5"])
def test_a_1366x768_con_la_escala_de_una_notebook(escala, copia_de_la_demo, tmp_path):
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    entorno.update(QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=escala, HOME=str(tmp_path),
                   XDG_DATA_HOME=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8")
    etiqueta = f"1366x768@{round(float(escala) * 100)}"
    hecho = subprocess.run([sys.executable, str(GUION), str(copia_de_la_demo), "1366", "768", etiqueta], env=entorno,
                           capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, hecho.stderr
    resultado = json.loads(hecho.stdout.strip().splitlines()[-1])
    assert resultado["escala"] == float(escala)   # la escala se aplicó de verdad
    assert resultado["problemas"] == []
    assert len(resultado["capturas"]) == 25
    for ruta in resultado["capturas"]:
        imagen = QImage(ruta)   # en píxeles físicos: la pantalla entera de la notebook
        assert abs(imagen.width() - 1366) <= 2 and abs(imagen.height() - 768) <= 2, (ruta, imagen.size())


@pytest.mark.parametrize("pantalla,escala,idioma", [("1024x600", "1", "pt_BR"), ("1024x600", "1", "en"),
                                                    ("1366x768", "1.5", "pt_BR"), ("1366x768", "1.5", "en")])
def test_en_portugues_y_en_ingles_cada_area_entra_en_la_pantalla(pantalla, escala, idioma, copia_de_la_demo, tmp_path):
    """Issue 61 §1: en portugués a 1366×768 al 150 %, Contribuições › Pagamentos ensanchaba la ventana a 1457 px y el
    borde derecho quedaba cortado en todas las áreas (los cinco botones de la botonera pedían su ancho juntos); en
    inglés, el detalle de una escala se encimaba con sus tramos. Cada área y cada pestaña, en cada idioma: la ventana
    mide la pantalla y nada se corta ni se encima."""
    ancho, alto = pantalla.split("x")
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    entorno.update(QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=escala, HOME=str(tmp_path),
                   XDG_DATA_HOME=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8")
    etiqueta = f"{pantalla}@{round(float(escala) * 100)}_{idioma}"
    hecho = subprocess.run([sys.executable, str(GUION), str(copia_de_la_demo), ancho, alto, etiqueta, idioma],
                           env=entorno, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, hecho.stderr
    resultado = json.loads(hecho.stdout.strip().splitlines()[-1])
    assert resultado["escala"] == float(escala)
    assert resultado["problemas"] == []
    assert len(resultado["capturas"]) == 25
    for ruta in resultado["capturas"]:
        imagen = QImage(ruta)
        assert abs(imagen.width() - int(ancho)) <= 2 and abs(imagen.height() - int(alto)) <= 2, (ruta, imagen.size())
