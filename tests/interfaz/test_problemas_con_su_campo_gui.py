"""Los servicios dicen de qué campo habla cada problema (errores.ProblemaDeCampo); la ventana marca ese campo y
nunca lee el texto para decidir (issue 44). Antes, el diálogo de pago buscaba en cada mensaje el comienzo traducido de
«Monto:», «Tipo de cambio», «Fecha», «Miembro»…: en otro idioma, o con un mensaje que nombra otra cosa («El cargo 7
no es un cargo pendiente de este miembro»), marcaba el campo equivocado. Aquí la secretaria escribe como siempre, en
castellano, portugués e inglés, y se mira qué campo quedó marcado (en rojo, con el motivo en su ayuda)."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.errores import ErrorValidacion, ProblemaDeCampo
from escritorio.interfaz.comun import ESTILO_INVALIDO
from escritorio.interfaz.dialogos.escala import DialogoEscala
from escritorio.interfaz.dialogos.pago import DialogoPago
from escritorio.interfaz.idioma import instalar_idioma
from escritorio.servicios import pagos as servicio_pagos
from ayudas import oficina_de


@pytest.fixture(autouse=True)
def _sin_preguntas(monkeypatch):
    for nombre in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, nombre, lambda *a, _n=nombre, **k: pytest.fail(f"QMessageBox.{_n}: {a[1:3]}"))


@pytest.fixture(params=["es", "pt_BR", "en"])
def idioma(request, qapp):
    """La ventana en cada idioma; al terminar, como la tienen las demás pruebas (en castellano)."""
    antes = QLocale()
    instalar_idioma(qapp, request.param)
    yield request.param
    instalar_idioma(qapp, "es")
    for traductor in qapp.traducciones_qt:
        qapp.removeTranslator(traductor)
    qapp.traducciones_qt, qapp.idioma = [], "es"
    QLocale.setDefault(antes)


def marcado(campo) -> bool:
    return campo.styleSheet() == ESTILO_INVALIDO and bool(campo.toolTip())


def test_el_pago_marca_cada_campo_con_su_problema_en_cada_idioma(qtbot, demo_abierta, idioma):
    """Sin miembro, un monto que no es un número y el pago en otra moneda sin tipo de cambio: se marcan el miembro,
    el monto y el tipo de cambio, cada uno con su motivo; la moneda, la fecha y el medio no."""
    db, asociacion = demo_abierta
    dialogo = DialogoPago(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    qtbot.keyClicks(dialogo.monto, "cien")
    dialogo.moneda.setCurrentText("ARS")   # los cargos de la demo son en dólares: pide el tipo de cambio
    qtbot.mouseClick(dialogo.boton_registrar, Qt.MouseButton.LeftButton)
    assert dialogo.registrado is None and dialogo.aviso.isVisible()
    assert [marcado(c) for c in (dialogo.miembro, dialogo.monto, dialogo.tipo_cambio)] == [True, True, True]
    assert [marcado(c) for c in (dialogo.moneda, dialogo.fecha, dialogo.medio)] == [False, False, False]
    # Cada campo lleva en su ayuda el problema que el servicio dijo de él, tal cual figura en el aviso.
    for campo in (dialogo.miembro, dialogo.monto, dialogo.tipo_cambio):
        assert campo.toolTip() in dialogo.aviso.text().replace("\n• ", "\n")
    assert "cien" in dialogo.monto.toolTip()
    assert "ARS" in dialogo.tipo_cambio.toolTip()


def test_un_cargo_que_ya_no_esta_pendiente_no_marca_el_miembro(qtbot, demo_abierta, monkeypatch):
    """«El cargo 7 no es un cargo pendiente de este miembro» habla de la imputación, no del miembro: antes la palabra
    «miembro» en el texto marcaba el campo del miembro."""
    db, asociacion = demo_abierta
    dialogo = DialogoPago(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    problema = ProblemaDeCampo(servicio_pagos.IMPUTACION, "El cargo 7 no es un cargo pendiente de este miembro.")

    def rechazar(*_):
        raise ErrorValidacion("No se registró el pago:\n  - " + problema, [problema])

    monkeypatch.setattr(servicio_pagos, "registrar_pago", rechazar)
    assert not dialogo.registrar()
    assert not marcado(dialogo.miembro)
    assert "no es un cargo pendiente" in dialogo.aviso.text()


def test_la_escala_marca_la_moneda_en_cada_idioma(qtbot, demo_abierta, idioma):
    db, asociacion = demo_abierta
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.moneda.setCurrentText("XYZ")
    assert not dialogo.guardar()
    assert marcado(dialogo.moneda) and "XYZ" in dialogo.moneda.toolTip()
