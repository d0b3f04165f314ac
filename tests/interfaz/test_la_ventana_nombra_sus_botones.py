"""Issue 61 §3: la ventana nombra sus propios menús y botones; la sintaxis de la línea de órdenes es de la línea de
órdenes (dominio/puerta.py). Por el camino de la secretaria: enviar un recibo sin cuenta de correo, configurarla en el
mismo diálogo (el rechazo rojo se va), enviarlo de verdad a un servidor SMTP en 127.0.0.1 y verlo enviado al abrir
la base de nuevo; el aviso al cerrar con mensajes esperando; la bandeja que nunca tuvo nada. Y la misma falta de
cuenta por la línea de órdenes, como proceso: ahí sí la orden que la arregla."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from correo.servidor_smtp import ServidorSMTP
from escritorio.interfaz.dialogos.bandeja_salida import DialogoBandejaSalida
from escritorio.interfaz.dialogos.cuenta_correo import DialogoCuentaCorreo
from escritorio.interfaz.dialogos.enviar_correo import DialogoEnviarCorreo
from escritorio.interfaz.ventana_principal import indice_del_area
from escritorio.servicios.base import abrir_base
from escritorio.servicios.correo import bandeja

from test_correo_gui import abrir, cuando_se_abra  # noqa: F401 (abrir es una fixture)

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")

REMITENTE = "secretaria@redsur.ejemplo.org"


def test_sin_cuenta_el_envio_dice_el_menu_y_al_guardarla_en_el_mismo_dialogo_el_rechazo_se_va(
        qtbot, abrir, copia_de_la_demo):
    ventana = abrir(copia_de_la_demo)
    ventana.navegacion.setCurrentRow(indice_del_area("cuotas"))
    pagos = ventana.cuotas.pagos
    ventana.cuotas.pestanas.setCurrentWidget(pagos)
    qtbot.waitUntil(lambda: pagos.modelo.rowCount() > 0)
    pagos.tabla.selectRow(0)
    recibo = pagos.modelo.filas[0]["recibo"]
    visto = {}
    with ServidorSMTP() as servidor:
        def en_la_cuenta(dialogo: DialogoCuentaCorreo):
            dialogo.servidor.clear()
            qtbot.keyClicks(dialogo.servidor, "127.0.0.1")
            dialogo.puerto.setValue(servidor.puerto)
            dialogo.seguridad.setCurrentIndex(dialogo.seguridad.findData("ninguna"))
            qtbot.keyClicks(dialogo.remitente, REMITENTE)
            qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)

        def en_el_envio(dialogo: DialogoEnviarCorreo):
            qtbot.mouseClick(dialogo.boton_enviar, Qt.MouseButton.LeftButton)   # sin cuenta: no sale
            visto["rechazo"] = dialogo.veredicto.text() if dialogo.veredicto.isVisible() else ""
            listo = []
            cuando_se_abra(DialogoCuentaCorreo, en_la_cuenta, listo)
            qtbot.mouseClick(dialogo.boton_cuenta, Qt.MouseButton.LeftButton)   # el botón del mismo diálogo
            visto["rechazo_despues"] = dialogo.veredicto.text() if dialogo.veredicto.isVisible() else ""
            qtbot.mouseClick(dialogo.boton_enviar, Qt.MouseButton.LeftButton)

        hecho = []
        cuando_se_abra(DialogoEnviarCorreo, en_el_envio, hecho)
        qtbot.mouseClick(pagos.boton_correo, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(hecho))
        qtbot.waitUntil(lambda: len(servidor.recibidos) == 1, timeout=20_000)
    assert "todavía no tiene cuenta de correo" in visto["rechazo"]
    assert "menú Archivo, «Cuenta de correo…»" in visto["rechazo"]
    assert "escritorio " not in visto["rechazo"] and "--servidor" not in visto["rechazo"]
    assert visto["rechazo_despues"] == ""   # guardada la cuenta, el rechazo rojo ya no está
    assert servidor.recibidos[0].mensaje["Subject"] == f"Recibo {recibo}"
    ventana.close()
    otra = abrir_base(copia_de_la_demo)   # cerrada y vuelta a abrir: el recibo salió
    try:
        from escritorio.servicios.contexto import Contexto

        (mensaje,) = bandeja(Contexto(otra, 1))
        assert mensaje.estado == "enviado" and mensaje.asunto == f"Recibo {recibo}"
    finally:
        otra.close()


def test_la_misma_falta_de_cuenta_por_la_linea_de_ordenes_dice_la_orden(cli_proceso, copia_de_la_demo):
    hecho = cli_proceso("correo", "recibo", "1", db=copia_de_la_demo)
    assert hecho.returncode == 1
    assert "«escritorio correo cuenta --servidor … --remitente …»" in hecho.stderr
    assert "Archivo ›" not in hecho.stderr


def test_la_bandeja_que_nunca_tuvo_nada_dice_que_esta_vacia(qtbot, abrir, copia_de_la_demo):
    ventana = abrir(copia_de_la_demo)
    visto = []

    def mirar(dialogo: DialogoBandejaSalida):
        visto.append(dialogo.estado.text())
        dialogo.reject()

    cuando_se_abra(DialogoBandejaSalida, mirar, visto)
    ventana.accion_bandeja.trigger()
    qtbot.waitUntil(lambda: bool(visto))
    assert visto[0].startswith("La bandeja de salida está vacía")
    assert "salió" not in visto[0]


def test_el_aviso_al_cerrar_no_manda_a_la_linea_de_ordenes(qtbot, abrir, copia_de_la_demo):
    """El aviso del closeEvent de verdad, con un recibo esperando un servidor que no contesta."""
    from PySide6.QtWidgets import QMessageBox

    from correo.servidor_smtp import puerto_libre
    from escritorio.servicios.correo import encolar, preparar_recibo
    from escritorio.servicios.cuenta_de_correo import configurar_cuenta

    ventana = abrir(copia_de_la_demo)
    contexto = ventana.oficina.contexto
    configurar_cuenta(contexto, servidor="127.0.0.1", puerto=puerto_libre(), seguridad="ninguna", remitente=REMITENTE)
    encolar(contexto, preparar_recibo(contexto, 1))
    ventana.cartero.enviar_ahora()
    qtbot.waitUntil(lambda: ventana.aviso_correo.text() == "1 mensaje espera conexión", timeout=20_000)
    vistos = []

    def mirar():
        caja = QApplication.activeModalWidget()
        if isinstance(caja, QMessageBox) and caja.objectName() == "avisoCorreoAlCerrar":
            vistos.append(caja.text())
            next(b for b in caja.buttons() if b.text() == "Cancelar").click()
        else:
            QTimer.singleShot(30, mirar)

    QTimer.singleShot(0, mirar)
    ventana.close()
    assert ventana.isVisible() and len(vistos) == 1
    assert "salen solos la próxima vez que abra Escritorio con conexión." in vistos[0]
    assert "escritorio correo" not in vistos[0] and "«escritorio" not in vistos[0]
