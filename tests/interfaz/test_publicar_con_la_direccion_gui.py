"""Issue 61 §7: el diálogo de publicar dice que los datos abiertos (OParl) necesitan la dirección pública donde
quedará el sitio, y deja escribirla allí mismo (se guarda como la de Datos de la asociación, con su misma regla). Desde
el menú de la ventana real, con el teclado y el mouse; la base, cerrada y vuelta a abrir. Y lo mismo por la línea de
órdenes: sin dirección, dice qué orden la fija."""

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from escritorio.interfaz.dialogos.publicar import DialogoPublicar
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.direccion_publica import direccion_publica

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


def test_sin_direccion_no_hay_datos_abiertos_y_escrita_en_el_dialogo_los_hay(qtbot, copia_de_la_demo, tmp_path):
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.show()
    qtbot.waitExposed(ventana)
    sitio = tmp_path / "sitio"
    visto = {}

    def en_el_dialogo():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, DialogoPublicar):
            QTimer.singleShot(50, en_el_dialogo)
            return
        visto["nota"] = dialogo.nota_direccion.text()
        visto["direccion"] = dialogo.direccion.text()
        dialogo.carpeta.setText(str(sitio))
        qtbot.mouseClick(dialogo.boton_publicar, Qt.MouseButton.LeftButton)
        visto["sin"] = dialogo.veredicto.text()
        visto["oparl_sin"] = (sitio / "oparl" / "system.json").exists()
        qtbot.keyClicks(dialogo.direccion, "red.ejemplo.org")   # sin https://: no sirve
        qtbot.mouseClick(dialogo.boton_publicar, Qt.MouseButton.LeftButton)
        visto["mala"] = dialogo.veredicto.text()
        visto["marcada"] = dialogo.direccion.toolTip()
        dialogo.direccion.clear()
        qtbot.keyClicks(dialogo.direccion, "https://red.ejemplo.org")
        qtbot.mouseClick(dialogo.boton_publicar, Qt.MouseButton.LeftButton)
        visto["con"] = dialogo.veredicto.text()
        dialogo.accept()

    archivo = next(m for m in ventana.menuBar().actions() if m.text() == "&Archivo").menu()
    QTimer.singleShot(0, en_el_dialogo)
    next(a for a in archivo.actions() if a.text() == "&Publicar el sitio…").trigger()
    qtbot.waitUntil(lambda: "con" in visto, timeout=60_000)
    assert "Los datos abiertos (OParl)" in visto["nota"] and "necesitan la dirección" in visto["nota"]
    assert visto["direccion"] == ""
    assert "Sin datos abiertos (OParl): escriba arriba la dirección pública" in visto["sin"]
    assert not visto["oparl_sin"]
    assert "https://" in visto["mala"] and visto["marcada"]
    assert visto["con"].startswith(f"Sitio publicado en {sitio}") and "Sin datos abiertos" not in visto["con"]
    assert (sitio / "oparl" / "system.json").is_file()
    ventana.close()
    db.close()
    otra = abrir_base(copia_de_la_demo)   # cerrada y vuelta a abrir: la dirección quedó guardada
    try:
        assert direccion_publica(Contexto(otra, 1)) == "https://red.ejemplo.org"
    finally:
        otra.close()


def test_por_la_linea_de_ordenes_sin_direccion_dice_la_orden_que_la_fija(cli, copia_de_la_demo, tmp_path):
    hecho = cli("publicar", tmp_path / "sitio", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    assert "Sin datos abiertos (OParl): necesitan la dirección pública donde quedará el sitio." in hecho.stdout
    assert "asociacion editar --direccion-publica URL" in hecho.stdout
    assert not (tmp_path / "sitio" / "oparl").exists()
