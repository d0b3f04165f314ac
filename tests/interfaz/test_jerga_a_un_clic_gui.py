"""Issue 61 §7: lo técnico no se pone delante de la secretaria, pero queda a un clic para quien lo necesita. En la
bandeja de salida, el Message-ID y la huella de la bitácora están en «Detalles técnicos»; un mensaje «por confirmar»,
que hay que buscar en los enviados de la cuenta por ese código, lo muestra con la explicación. La ventana de verdad,
con el mouse."""

import pytest
from PySide6.QtCore import QSettings, Qt

from correo.servidor_smtp import ServidorSMTP, puerto_libre
from escritorio.datos import correo as tabla_correo
from escritorio.interfaz.dialogos.bandeja_salida import DialogoBandejaSalida
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.correo import encolar, preparar_recibo
from escritorio.servicios.cuenta_de_correo import configurar_cuenta

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


@pytest.fixture
def ventana(qtbot, copia_de_la_demo, tmp_path):
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    ventana.show()
    qtbot.waitExposed(ventana)
    yield ventana
    if ventana.cartero is not None:
        ventana.cartero.soltar()
        ventana.cartero = None
    ventana.close()
    ventana.deleteLater()
    db.close()


def _bandeja(qtbot, ventana):
    dialogo = DialogoBandejaSalida(ventana.oficina, ventana)
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.tabla.selectRow(0)
    return dialogo


def test_el_message_id_de_un_mensaje_enviado_esta_a_un_clic(qtbot, ventana):
    contexto = ventana.oficina.contexto
    with ServidorSMTP() as servidor:
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                          remitente="secretaria@redsur.ejemplo.org")
        encolar(contexto, preparar_recibo(contexto, 1))
        ventana.cartero.actualizar()
        ventana.cartero.enviar_ahora()
        qtbot.waitUntil(lambda: len(servidor.recibidos) == 1 and not ventana.cartero.enviando, timeout=20_000)
        enviado = servidor.recibidos[0].mensaje["Message-ID"].strip()
    dialogo = _bandeja(qtbot, ventana)
    assert dialogo.detalle.text().splitlines()[1] == "Estado: Enviado · intentos: 1"
    assert "Message-ID" not in dialogo.detalle.text() and "Huella" not in dialogo.detalle.text()
    assert not dialogo.tecnico.isVisible()
    qtbot.mouseClick(dialogo.boton_tecnico, Qt.MouseButton.LeftButton)
    assert dialogo.tecnico.isVisible()
    assert f"Message-ID: {enviado}" in dialogo.tecnico.text() and "Huella de la bitácora: sello " in dialogo.tecnico.text()
    qtbot.mouseClick(dialogo.boton_tecnico, Qt.MouseButton.LeftButton)
    assert not dialogo.tecnico.isVisible()


def test_uno_por_confirmar_muestra_su_codigo_con_para_que_sirve(qtbot, ventana):
    contexto = ventana.oficina.contexto
    configurar_cuenta(contexto, servidor="127.0.0.1", puerto=puerto_libre(), seguridad="ninguna",
                      remitente="secretaria@redsur.ejemplo.org")
    (mensaje,) = encolar(contexto, preparar_recibo(contexto, 1))
    with ventana.oficina.transaccion():   # como lo deja un envío cortado entre DATA y la respuesta del servidor
        tabla_correo.cambiar_estado(ventana.db, mensaje, "por_confirmar", error="quizá salió")
    ventana.cartero.actualizar()
    dialogo = _bandeja(qtbot, ventana)
    codigo = dialogo.mensajes[0].message_id
    assert f"Búsquelo en los enviados de la cuenta por su código (Message-ID): {codigo}" in dialogo.detalle.text()
