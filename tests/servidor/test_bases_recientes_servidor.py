"""Archivo › Bases recientes con la base del servidor: la dirección se recuerda sin la clave; al elegirla, si la clave
no está en el llavero, se abre «Conectar a un servidor» con la dirección ya puesta y el motivo, y con la clave la
ventana pasa al servidor. Contra un PostgreSQL de verdad con la red de ejemplo subida."""

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.servidor import DialogoConectarServidor
from escritorio.interfaz.recientes import anotar_base_reciente, bases_recientes
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base


def test_elegir_el_servidor_pide_la_clave_con_la_direccion_puesta(qtbot, copia_de_la_demo, demo_en_el_servidor,
                                                                  login_pg, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    con_clave = login_pg(demo_en_el_servidor, "ana", "secretaria")
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ventana = VentanaPrincipal(abrir_base(copia_de_la_demo), ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    anotar_base_reciente(ajustes, con_clave)   # la vez anterior entró al servidor
    anotar_base_reciente(ajustes, str(copia_de_la_demo))
    direccion = bases_recientes(ajustes)[1]
    assert "clave-ana" not in direccion and direccion.startswith("postgresql://ana@")
    visto = {}

    def en_el_formulario(dialogo: DialogoConectarServidor):
        visto["campos"] = (dialogo.equipo.text(), dialogo.base.text(), dialogo.usuario.text())
        visto["motivo"] = dialogo.motivo.text()
        qtbot.keyClicks(dialogo.clave, "clave-ana")
        qtbot.keyClick(dialogo.clave, Qt.Key.Key_Return)   # Enter, como quien termina de escribir la clave

    def mirar():
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, DialogoConectarServidor) or not modal.isVisible():
            QTimer.singleShot(30, mirar)
            return
        en_el_formulario(modal)

    QTimer.singleShot(0, mirar)
    menu = ventana.menu_recientes
    menu.popup(ventana.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()][1].startswith("&2  Servidor: ")
    qtbot.keyClick(menu, Qt.Key.Key_2)
    try:
        assert visto["campos"] == ("127.0.0.1", direccion.rsplit("/", 1)[1], "ana")
        assert visto["motivo"]   # por qué hace falta la clave
        assert ventana.db.dialecto == "postgresql" and ventana.cerrojo is None
        assert ventana.etiqueta_ruta.text().startswith(f"Servidor: {direccion} — ana")
        assert bases_recientes(ajustes)[:2] == [direccion, str(copia_de_la_demo)]
        ajustes.sync()
        assert "clave-ana" not in (tmp_path / "ajustes.ini").read_text(encoding="utf-8")
    finally:
        ventana.vigia.stop()
        ventana.db.close()
