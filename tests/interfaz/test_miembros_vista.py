"""El área Miembros como la ve una secretaria nueva: qué dice cuando no hay filas y qué botones aplican."""

import os

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.interfaz.ventana_principal import VentanaPrincipal

# Las capturas que se miran (también a 1024×600): ESCRITORIO_CAPTURAS=/carpeta para guardarlas en otro lado.
CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS") or "/tmp/capturas_f"
os.makedirs(CAPTURAS, exist_ok=True)


def _ventana(qtbot, tmp_path, db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    ventana.navegacion.setCurrentRow(1)
    qtbot.waitUntil(lambda: ventana.miembros.isVisible())
    return ventana


@pytest.fixture
def ventana_demo(qtbot, tmp_path, demo_db, monkeypatch):
    return _ventana(qtbot, tmp_path, demo_db, monkeypatch)


def test_sin_miembros_dice_como_empezar_y_no_ofrece_editar(qtbot, tmp_path, db, asociacion_id, monkeypatch):
    ventana = _ventana(qtbot, tmp_path, db, monkeypatch)
    vista = ventana.miembros
    qtbot.waitUntil(lambda: vista.pagina_vacia.isVisible())
    ventana.grab().save(f"{CAPTURAS}/miembros-sin-miembros-1024x600.png")
    assert not vista.tabla.isVisible()
    assert vista.vacio_titulo.text() == "Todavía no hay miembros"
    assert "«Nuevo miembro»" in vista.vacio_texto.text() and "«Importar…»" in vista.vacio_texto.text()
    assert vista.boton_vacio_nuevo.isVisible() and vista.boton_vacio_importar.isVisible()
    assert not vista.boton_quitar_filtros.isVisible()
    assert not vista.boton_editar.isEnabled() and not vista.boton_baja.isEnabled()
    assert "Elija primero un miembro" in vista.boton_baja.toolTip()


def test_un_filtro_sin_resultados_lo_dice_y_se_quita_con_un_clic(qtbot, ventana_demo):
    vista = ventana_demo.miembros
    assert vista.tabla.isVisible() and not vista.pagina_vacia.isVisible()
    # A 1024 de ancho, las columnas entran sin barra horizontal (la última, Ingreso, se ve entera).
    assert not vista.tabla.horizontalScrollBar().isVisible()
    # 1366×768 al 150 % son 910 puntos de ancho: sin la navegación, el área entra en 830.
    assert vista.minimumSizeHint().width() <= 830
    ventana_demo.grab().save(f"{CAPTURAS}/miembros-1024x600.png")
    qtbot.keyClicks(vista.busqueda, "ciudad que no existe")
    vista.combo_pais.setCurrentIndex(vista.combo_pais.findText("Uruguay"))
    qtbot.waitUntil(lambda: vista.pagina_vacia.isVisible())
    ventana_demo.grab().save(f"{CAPTURAS}/miembros-filtro-vacio-1024x600.png")
    assert vista.vacio_titulo.text() == "Ningún miembro coincide con el filtro"
    assert vista.vacio_texto.text() == ("Ninguno de los 300 miembros cumple la búsqueda «ciudad que no existe» y país "
                                        "Uruguay. Cambie la búsqueda o quite los filtros para verlos a todos.")
    assert vista.boton_quitar_filtros.isVisible() and not vista.boton_vacio_nuevo.isVisible()
    assert vista.resumen.text() == "0 de 300 miembros"
    assert not vista.boton_editar.isEnabled()

    qtbot.mouseClick(vista.boton_quitar_filtros, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: vista.tabla.isVisible())
    assert vista.busqueda.text() == "" and vista.combo_pais.currentIndex() == 0
    assert vista.resumen.text() == "300 de 300 miembros"


def test_editar_y_dar_de_baja_se_habilitan_con_la_seleccion(qtbot, ventana_demo):
    vista = ventana_demo.miembros
    assert not vista.boton_editar.isEnabled() and not vista.boton_baja.isEnabled()
    qtbot.keyClicks(vista.busqueda, "rosario")
    vista.tabla.selectRow(0)
    assert vista.miembro_seleccionado()["nombre"] == "Rosario"
    assert vista.boton_editar.isEnabled() and vista.boton_baja.isEnabled()
    assert "Rosario" in vista.boton_baja.toolTip()

    # Un miembro ya dado de baja: Editar sí, Dar de baja no (y dice por qué).
    vista.busqueda.clear()
    vista.combo_estado.setCurrentIndex(vista.combo_estado.findData("baja"))
    assert not vista.boton_editar.isEnabled()   # el filtro nuevo dejó la selección vacía
    vista.tabla.selectRow(0)
    de_baja = vista.miembro_seleccionado()
    assert de_baja["estado"] == "baja"
    assert vista.boton_editar.isEnabled() and not vista.boton_baja.isEnabled()
    assert vista.boton_baja.toolTip() == f"{de_baja['nombre']} ya está dado de baja."

    vista.tabla.clearSelection()
    assert not vista.boton_editar.isEnabled() and not vista.boton_baja.isEnabled()


def test_doble_clic_abre_la_ficha_una_sola_vez(qtbot, ventana_demo, monkeypatch):
    """Antes, doubleClicked y activated (que Qt también emite en el doble clic) abrían la ficha dos veces seguidas."""
    from escritorio.interfaz.dialogos import ficha_miembro

    abiertas = []
    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", lambda dialogo: abiertas.append(dialogo.miembro_id))
    vista = ventana_demo.miembros
    centro = vista.tabla.visualRect(vista.filtro.index(0, 0)).center()
    qtbot.mouseClick(vista.tabla.viewport(), Qt.MouseButton.LeftButton, pos=centro)
    qtbot.mouseDClick(vista.tabla.viewport(), Qt.MouseButton.LeftButton, pos=centro)
    assert abiertas == [vista.miembro_seleccionado()["id"]]
