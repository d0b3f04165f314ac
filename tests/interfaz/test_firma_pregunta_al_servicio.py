"""El diálogo de firma digital no tiene reglas propias: pregunta al servicio (servicios.firmas) si el documento se
puede firmar, abre el certificado y firma con la misma función fuera del hilo de la ventana, reconoce la contraseña
equivocada por su tipo de error (no por el texto) y muestra los rótulos y la conclusión del servicio."""

import threading

import pytest

from certificados import crear_certificado
from escritorio.interfaz.dialogos.firma_digital import DialogoFirmaDigital
from escritorio.servicios import firmas as servicio_firmas
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones import listar_sesiones
from ayudas import oficina_de

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")

CONTRASENA = "clave-de-la-secretaria"


def sesion_con_acta(db, asociacion, estado: str) -> int:
    return next(s["id"] for s in listar_sesiones(Contexto(db, asociacion["id"])) if s["estado_acta"] == estado)


def abrir(qtbot, db, asociacion, sesion) -> DialogoFirmaDigital:
    dialogo = DialogoFirmaDigital(oficina_de(db, asociacion), "acta", sesion, "Acta")
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    return dialogo


def test_un_acta_en_borrador_no_se_ofrece_firmar_y_dice_por_que_con_el_mensaje_del_servicio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    sesion = sesion_con_acta(db, asociacion, "borrador")
    dialogo = abrir(qtbot, db, asociacion, sesion)
    esperado = servicio_firmas.motivo_para_no_firmar(Contexto(db, asociacion["id"]), "acta", sesion)
    assert esperado and "borrador" in esperado
    assert not dialogo.boton_firmar.isEnabled() and not dialogo.contrasena.isEnabled()
    assert dialogo.mensaje.isVisible() and dialogo.mensaje.text() == esperado


def test_sin_certificado_lo_dice_el_servicio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = abrir(qtbot, db, asociacion, sesion_con_acta(db, asociacion, "aprobada"))
    assert dialogo.boton_firmar.isEnabled()
    dialogo.boton_firmar.click()
    with pytest.raises(servicio_firmas.ErrorEscritorio) as error:
        servicio_firmas.abrir_certificado("  ", "")
    assert dialogo.mensaje.text() == error.value.mensaje
    assert "Elija el archivo del certificado" in dialogo.mensaje.text()


def test_la_contrasena_se_reconoce_por_el_tipo_de_error_y_se_abre_fuera_de_la_ventana(qtbot, demo_abierta, tmp_path,
                                                                                       monkeypatch):
    db, asociacion = demo_abierta
    p12, _ = crear_certificado(tmp_path, "Lucía Fernández", CONTRASENA)
    hilos = []
    original = servicio_firmas.cargar_certificado

    def cargar(*args, **kwargs):
        hilos.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(servicio_firmas, "cargar_certificado", cargar)
    dialogo = abrir(qtbot, db, asociacion, sesion_con_acta(db, asociacion, "aprobada"))
    dialogo.certificado.setText(str(p12))
    qtbot.keyClicks(dialogo.contrasena, "otra")
    dialogo.boton_firmar.click()
    assert "no es la correcta" in dialogo.mensaje.text()
    assert dialogo.focusWidget() is dialogo.contrasena          # vuelve al campo de la contraseña
    assert dialogo.firmas.tabla.rowCount() == 0
    qtbot.keyClicks(dialogo.contrasena, CONTRASENA)
    dialogo.boton_firmar.click()
    qtbot.waitUntil(lambda: dialogo.firmas.tabla.rowCount() == 1, timeout=15000)
    assert hilos == [False, False]                              # el .p12 se descifró fuera del hilo de la ventana
    # Rótulos y conclusión: los del servicio.
    verificacion = dialogo.firmas.verificacion
    firma = verificacion.firmas[0]
    assert dialogo.firmas.tabla.item(0, 2).text() == servicio_firmas.rotulo_integridad(firma) == "✓ íntegra"
    assert dialogo.firmas.tabla.item(0, 3).text() == servicio_firmas.rotulo_confianza(firma)
    assert dialogo.firmas.resultado.text() == servicio_firmas.conclusion(
        verificacion, "con «Autoridades de confianza…»")
