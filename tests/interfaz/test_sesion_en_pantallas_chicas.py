"""Una sesión en una netbook (1024×600) y en una notebook de 1366×768 al 150 % (issue #42): el encabezado de la
sesión se pliega a una fila («Detalles ▾» muestra la fecha, el lugar, los avisos y las acciones), la asistencia
muestra al menos diez filas (antes, dos y media en la Asamblea con el acta aprobada) y «Cerrar votación» está a la
vista sin desplazar (antes quedaba debajo del borde, dentro del panel que se desplaza).

Las pantallas se prueban en un subproceso (`sesion_en_pantalla.py`): su tamaño y su escala se fijan antes de crear
la aplicación. Capturas en tests/artefactos/pantallas/sesion/ (o $ESCRITORIO_ARTEFACTOS/pantallas/sesion/)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

import sesion_en_pantalla
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

GUION = Path(sesion_en_pantalla.__file__)
PANTALLAS = {"1024x600": ("1024", "600", None), "1366x768@150": ("1366", "768", "1.5")}


@pytest.mark.parametrize("etiqueta", PANTALLAS)
def test_la_asistencia_muestra_diez_filas_y_cerrar_votacion_se_ve(etiqueta, copia_de_la_demo, tmp_path):
    ancho, alto, escala = PANTALLAS[etiqueta]
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    entorno.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8")
    if escala:
        entorno["QT_SCALE_FACTOR"] = escala
    hecho = subprocess.run([sys.executable, str(GUION), str(copia_de_la_demo), ancho, alto, etiqueta], env=entorno,
                           capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, hecho.stderr
    resultado = json.loads(hecho.stdout.strip().splitlines()[-1])
    factor = float(escala or 1)
    assert resultado["escala"] == factor
    assert resultado["pantalla"] == [round(int(ancho) / factor), round(int(alto) / factor)]

    # Las cinco sesiones (las cuatro de la demo, con la Asamblea de 298 miembros y actas aprobadas, y la nueva).
    asistencia = resultado["asistencia"]
    assert len(asistencia) == 5
    for titulo, medida in asistencia.items():
        assert medida["filas"] >= 17, titulo
        assert medida["filas_a_la_vista"] >= 10, (titulo, medida)
        assert medida["encabezado"] <= 40, (titulo, medida)   # una fila, no el 40 % del alto

    cerrar = resultado["cerrar_votacion"]
    assert cerrar["texto"].replace("&", "") == "Cerrar votación" and cerrar["visible"] and cerrar["habilitado"]
    # Entero a la vista (nada lo recorta ni lo tapa) y dentro de la ventana, sin desplazar nada.
    assert cerrar["a_la_vista"] == [0, 0, *cerrar["tamano"]], cerrar
    x, y, w, h = cerrar["en_la_ventana"]
    assert x >= 0 and y >= 0 and x + w <= cerrar["ventana"][0] and y + h <= cerrar["ventana"][1], cerrar


@pytest.fixture
def ventana(qtbot, copia_de_la_demo, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    yield ventana
    ventana.close()
    db.close()


def _abrir_la_asamblea_aprobada(ventana, qtbot, ancho: int, alto: int):
    ventana.resize(ancho, alto)
    ventana.show()
    qtbot.waitExposed(ventana)
    vista = ventana.sesiones
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(vista))
    asamblea = next(s for s in vista.sesiones if s["titulo"].startswith("XXXII"))
    vista.abrir(asamblea["id"])
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_asistencia)
    qtbot.waitUntil(lambda: editor.tab_asistencia.tabla.viewport().height() > 0)
    return editor


def test_a_1024x600_los_detalles_de_la_sesion_se_despliegan_con_un_clic(ventana, qtbot):
    editor = _abrir_la_asamblea_aprobada(ventana, qtbot, 1024, 600)
    tabla = editor.tab_asistencia.tabla
    plegada = tabla.viewport().height() // tabla.rowHeight(0)
    # Plegado: el título (entero en su ayuda, con la fecha y el lugar) y el estado; el resto, tras «Detalles ▾».
    assert editor.boton_detalles.isVisible() and editor.boton_detalles.text() == "Detalles ▾"
    assert not editor.detalle.isVisible() and not editor.boton_cierre.isVisible() and not editor.banner.isVisible()
    assert editor.chip_acta.isVisible() and editor.chip_acta.text() == "Acta: aprobada"
    assert "XXXII sesión extraordinaria — Asamblea General de Socios" in editor.titulo.toolTip()
    assert "Asunción" in editor.titulo.toolTip()

    qtbot.mouseClick(editor.boton_detalles, Qt.MouseButton.LeftButton)
    assert editor.boton_detalles.text() == "Detalles ▴"
    assert editor.detalle.isVisible() and "Asunción" in editor.detalle.text()
    assert editor.boton_cierre.isVisible() and editor.boton_documentos.isVisible()
    assert editor.banner.isVisible() and "Acta aprobada por" in editor.banner.text()
    qtbot.waitUntil(lambda: tabla.viewport().height() // tabla.rowHeight(0) < plegada)   # la tabla cede el lugar

    qtbot.mouseClick(editor.boton_detalles, Qt.MouseButton.LeftButton)
    assert not editor.detalle.isVisible() and editor.boton_detalles.text() == "Detalles ▾"
    qtbot.waitUntil(lambda: tabla.viewport().height() // tabla.rowHeight(0) == plegada)


def test_en_una_pantalla_alta_el_encabezado_no_se_pliega(ventana, qtbot):
    editor = _abrir_la_asamblea_aprobada(ventana, qtbot, 1400, 900)
    assert not editor.boton_detalles.isVisible()
    assert editor.detalle.isVisible() and editor.boton_cierre.isVisible() and editor.banner.isVisible()
    assert editor.chip_quorum.isVisible()
