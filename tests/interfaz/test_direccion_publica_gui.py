"""La dirección pública de verificación en la ventana (issue 43, punto 3): la secretaria la escribe en Archivo ›
Datos de la asociación…, el mismo servicio que «asociacion editar --direccion-publica» la rechaza o la guarda, se
ve al volver a abrir la base, y en Verificar un documento… se puede pegar lo que leyó el QR de un papel nuevo."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.asociacion import DialogoAsociacion
from escritorio.interfaz.dialogos.verificar_documento import DialogoVerificarDocumento
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.direccion_publica import pagina_de_verificacion
from escritorio.servicios.informes_cuotas import imprimir_recibo
from ayudas import oficina_de

CAPTURAS = Path(os.environ.get("ESCRITORIO_CAPTURAS") or Path(__file__).resolve().parents[1] / "artefactos" /
                "direccion_publica")


@pytest.fixture
def ajustes(tmp_path):
    return QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)


def abrir_ventana(qtbot, ruta, ajustes) -> VentanaPrincipal:
    ventana = VentanaPrincipal(abrir_base(ruta), ajustes)
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    return ventana


def en_el_dialogo(clase, hacer) -> list:
    """Cuando el diálogo modal `clase` esté abierto, `hacer(dialogo)` y cerrarlo (con un temporizador real)."""
    hecho = []

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, clase):
            QTimer.singleShot(20, mirar)
            return
        try:
            hacer(dialogo)
            hecho.append(dialogo)
        finally:
            dialogo.reject()

    QTimer.singleShot(0, mirar)
    return hecho


def accion(ventana, texto: str):
    return next(a for menu in ventana.menuBar().actions() for a in menu.menu().actions()
                if a.text().replace("&", "") == texto)


def escribir(qtbot, campo, texto: str) -> None:
    campo.setFocus()
    campo.selectAll()
    qtbot.keyClick(campo, Qt.Key.Key_Delete)
    qtbot.keyClicks(campo, texto)


def capturar(qtbot, widget, nombre: str) -> None:
    qtbot.wait(100)   # que el aviso y el desplazamiento se acomoden, como los vería ella
    CAPTURAS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(CAPTURAS / f"{nombre}.png"))


def test_la_secretaria_fija_la_direccion_y_la_ve_al_volver_a_abrir(qtbot, copia_de_la_demo, ajustes, monkeypatch):
    # Al cerrar con algo escrito sin guardar, la pregunta se responde «Descartar» (no debería hacer falta).
    red = copia_de_la_demo
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    ventana = abrir_ventana(qtbot, red, ajustes)

    def fijar(dialogo: DialogoAsociacion):
        assert dialogo.direccion_publica.isVisible() and dialogo.direccion_publica.text() == ""
        # Sin «https://»: el servicio la rechaza, se marca el campo y no se guarda nada.
        escribir(qtbot, dialogo.direccion_publica, "mercociudades.org/escritorio")
        qtbot.mouseClick(dialogo.guardar_datos, Qt.MouseButton.LeftButton)
        aviso = dialogo.aviso_datos.text()
        assert "Dirección pública de verificación: «mercociudades.org/escritorio» no sirve: falta «https://»" in aviso
        assert "por ejemplo https://mercociudades.org/escritorio" in aviso
        assert dialogo.direccion_publica.toolTip().startswith("Dirección pública de verificación:")
        assert dialogo.direccion_publica.styleSheet()
        capturar(qtbot, dialogo, "datos_de_la_asociacion_rechazada")
        assert dialogo.cambios is False
        # Completa: se guarda limpia (sin la barra final) y el aviso dice qué cambió.
        escribir(qtbot, dialogo.direccion_publica, "https://Mercociudades.org/escritorio/")
        qtbot.keyClick(dialogo.direccion_publica, Qt.Key.Key_Tab)
        qtbot.mouseClick(dialogo.guardar_datos, Qt.MouseButton.LeftButton)
        assert dialogo.aviso_datos.text() == ("Guardado. Dirección pública de verificación: «(vacío)» → "
                                             "«https://mercociudades.org/escritorio».")
        assert dialogo.direccion_publica.text() == "https://mercociudades.org/escritorio"
        assert not dialogo.direccion_publica.toolTip() and not dialogo.datos_sin_guardar()
        capturar(qtbot, dialogo, "datos_de_la_asociacion_guardada")

    hecho = en_el_dialogo(DialogoAsociacion, fijar)
    accion(ventana, "Datos de la asociación…").trigger()
    assert hecho
    ventana.close()
    ventana.db.close()

    # Cerrar y volver a abrir desde la base: la dirección quedó, y es la que usan los documentos nuevos.
    otra = abrir_ventana(qtbot, red, ajustes)
    de_nuevo = DialogoAsociacion(oficina_de(otra.db, otra.asociacion["id"]), otra)
    qtbot.addWidget(de_nuevo)
    assert de_nuevo.direccion_publica.text() == "https://mercociudades.org/escritorio"
    assert pagina_de_verificacion(Contexto(otra.db, otra.asociacion["id"]), "7K2M-QX4P-9D0B") == \
        "https://mercociudades.org/escritorio/verificar/7K2M-QX4P-9D0B.html"
    # Borrarla del campo y guardar la quita: los papeles vuelven al código solo.
    de_nuevo.show()
    escribir(qtbot, de_nuevo.direccion_publica, "")
    qtbot.mouseClick(de_nuevo.guardar_datos, Qt.MouseButton.LeftButton)
    assert "«https://mercociudades.org/escritorio» → «(vacío)»" in de_nuevo.aviso_datos.text()
    assert pagina_de_verificacion(Contexto(otra.db, otra.asociacion["id"]), "7K2M-QX4P-9D0B") is None


def test_en_verificar_un_documento_se_pega_lo_que_leyo_el_qr(qtbot, copia_de_la_demo, ajustes, tmp_path):
    red = copia_de_la_demo
    db = abrir_base(red)
    from escritorio.servicios.asociaciones import editar_asociacion

    editar_asociacion(Contexto(db, 1), direccion_publica="https://mercociudades.org/escritorio")
    imprimir_recibo(Contexto(db, 1), 1, tmp_path / "recibo.pdf")
    from escritorio.dominio.verificacion import codigos_en
    from escritorio.documentos.pdf.lectura import leer_pdf

    [codigo] = codigos_en(leer_pdf(tmp_path / "recibo.pdf").texto)
    db.close()
    ventana = abrir_ventana(qtbot, red, ajustes)
    vistos = {}

    def pegar(dialogo: DialogoVerificarDocumento):
        assert "dirección de su QR" in dialogo.codigo.placeholderText()
        dialogo.codigo.setFocus()
        # Lo que lee el teléfono o el lector del QR del papel, pegado (Ctrl+V) en el campo del código.
        QApplication.clipboard().setText(f"https://mercociudades.org/escritorio/verificar/{codigo}.html")
        qtbot.keyClick(dialogo.codigo, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert dialogo.codigo.text().endswith(f"/verificar/{codigo}.html")   # entera: no se corta a 40 letras
        qtbot.mouseClick(dialogo.boton_codigo, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialogo.veredicto.isVisible(), timeout=10000)
        vistos["veredicto"], vistos["detalle"] = dialogo.veredicto.text(), dialogo.detalle.toPlainText()
        capturar(qtbot, dialogo, "verificar_un_documento_con_la_direccion")

    hecho = en_el_dialogo(DialogoVerificarDocumento, pegar)
    accion(ventana, "Verificar un documento…").trigger()
    assert hecho
    assert vistos["veredicto"] == f"Auténtico y vigente — {codigo}"   # el código, no la dirección entera
    assert f"Código de verificación: {codigo}" in vistos["detalle"] and "Recibo N.º 0001/2020" in vistos["detalle"]
