"""Issue 61 §6: en Inicio, una asociación recién creada ve sus primeros pasos en «Próximos pasos» (no «Nada
pendiente»): cada uno con un botón que lleva adonde se hace; al hacerlo se tilda solo, y sigue tildado al cerrar y
volver a abrir la base. La ventana de verdad, con el mouse y el teclado, sobre una base creada por la línea de
órdenes."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.interfaz.dialogos.cuenta_correo import DialogoCuentaCorreo
from escritorio.interfaz.dialogos.organo import DialogoNuevoOrgano
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

from test_correo_gui import cuando_se_abra

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


@pytest.fixture
def abrir(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    abiertas = []

    def abrir_ventana(ruta, tamano=(1366, 768)):
        db = abrir_base(ruta)
        ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
        ventana.resize(*tamano)
        ventana.navegacion.setCurrentRow(0)
        ventana.show()
        qtbot.waitExposed(ventana)
        panel = ventana.inicio.proximos_pasos
        qtbot.waitUntil(lambda: panel.listo and panel.agenda is not None, timeout=10_000)
        abiertas.append((ventana, db))
        return ventana

    yield abrir_ventana
    for ventana, db in abiertas:
        ventana.close()
        ventana.deleteLater()
        db.close()


def test_la_asociacion_nueva_ve_sus_primeros_pasos_y_se_tildan_al_hacerlos(qtbot, abrir, base_cli, tmp_path):
    ventana = abrir(base_cli)
    panel = ventana.inicio.proximos_pasos
    lista = panel.primeros
    assert lista.isVisible() and lista.titulo.text() == "Primeros pasos (0 de 7 hechos)"
    assert not panel.mensaje.isVisible()   # no «Nada pendiente»: lo pendiente es esta lista
    assert [m.text() for m in lista.marcas.values()][:2] == [
        "○ Cargar el estatuto", "○ Crear los órganos (Asamblea, Consejo, Secretaría…)"]
    ventana.grab().save(str(tmp_path / "primeros_pasos_1366.png"))
    # Emitir necesita antes una escala que rija el año (issue 66): su botón espera, y dice qué hacer antes.
    emitir = lista.botones["emision"]
    assert not emitir.isEnabled() and emitir.toolTip() == "Antes: Definir la escala de cuotas."
    assert all(boton.isEnabled() for clave, boton in lista.botones.items() if clave != "emision")

    # La cuenta de correo: el botón abre el diálogo de verdad; se completa con el teclado y se guarda.
    def completar(dialogo: DialogoCuentaCorreo):
        dialogo.servidor.clear()
        qtbot.keyClicks(dialogo.servidor, "smtp.ejemplo.org")
        qtbot.keyClicks(dialogo.remitente, "secretaria@ejemplo.org")
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)

    hecho = []
    cuando_se_abra(DialogoCuentaCorreo, completar, hecho)
    qtbot.mouseClick(lista.botones["correo"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(hecho))
    qtbot.waitUntil(lambda: panel.listo and lista.titulo.text() == "Primeros pasos (1 de 7 hechos)", timeout=10_000)
    assert lista.marcas["correo"].text() == "✓ Configurar la cuenta de correo" and "correo" not in lista.botones

    # «Nuevo órgano…» lleva a Órganos con su diálogo.
    vistos = []
    cuando_se_abra(DialogoNuevoOrgano, lambda d: (vistos.append(ventana.areas.currentWidget()), d.reject()), vistos)
    qtbot.mouseClick(lista.botones["organos"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(vistos))
    assert vistos[0] is ventana.organos

    # Cerrada y vuelta a abrir la base (a 1024×600): lo hecho sigue tildado.
    ventana.close()
    otra = abrir(base_cli, (1024, 600))
    lista = otra.inicio.proximos_pasos.primeros
    assert lista.titulo.text() == "Primeros pasos (1 de 7 hechos)"
    assert lista.marcas["correo"].text().startswith("✓") and lista.marcas["estatuto"].text().startswith("○")
    otra.grab().save(str(tmp_path / "primeros_pasos_1024.png"))


def test_la_red_de_ejemplo_no_muestra_primeros_pasos(qtbot, abrir, copia_de_la_demo):
    """La demo ya celebró sesiones: no es nueva (le falta la cuenta de correo, pero eso lo dice su agenda)."""
    ventana = abrir(copia_de_la_demo)
    assert not ventana.inicio.proximos_pasos.primeros.isVisible()
