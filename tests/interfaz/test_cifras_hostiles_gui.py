"""La ventana usa la misma regla que la línea de órdenes para monedas, montos, tipos de cambio y tramos: lo que
muestran los diálogos de pago y de escala es el mensaje del servicio (no uno propio), y no se guarda nada."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.errores import ErrorValidacion
from escritorio.interfaz.dialogos.escala import DialogoEscala
from escritorio.interfaz.dialogos.pago import DialogoPago
from escritorio.servicios import pagos as servicio_pagos
from escritorio.servicios.cobranza import morosidad
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import leer_tramos_de_tabla, listar_escalas, moneda_valida
from ayudas import oficina_de

ENORME = "9" * 25
TABLAS = ("escalas", "tramos", "cargos", "pagos", "imputaciones", "recibos", "bitacora")


@pytest.fixture(autouse=True)
def _sin_cuadros(monkeypatch):
    """Un error inesperado (el cuadro «Lo sentimos») hace fallar la prueba."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))


def cuentas(db) -> dict:
    return {tabla: db.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0] for tabla in TABLAS}


def problemas_del_servicio(db, asociacion, nuevo) -> list[str]:
    with pytest.raises(ErrorValidacion) as error:
        servicio_pagos.registrar_pago(Contexto(db, asociacion["id"]), nuevo)
    return error.value.problemas


def escribir(qtbot, campo, texto: str) -> None:
    campo.clear()
    qtbot.keyClicks(campo, texto)


def test_pago_con_moneda_xyz_y_monto_enorme_muestra_el_mensaje_del_servicio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    deudor = morosidad(Contexto(db, asociacion["id"]))[0].miembro_id
    antes = cuentas(db)
    dialogo = DialogoPago(oficina_de(db, asociacion), deudor)
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    escribir(qtbot, dialogo.moneda.lineEdit(), "XYZ")
    escribir(qtbot, dialogo.monto, ENORME)
    escribir(qtbot, dialogo.tipo_cambio, "1400")
    qtbot.mouseClick(dialogo.boton_registrar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.aviso.isVisible())

    esperados = problemas_del_servicio(db, asociacion, servicio_pagos.NuevoPago(
        miembro_id=deudor, fecha=dialogo.fecha.date().toPython(), monto=ENORME, moneda="XYZ",
        tipo_cambio="1400", moneda_cargos=dialogo._moneda_cargos))
    assert any(p.startswith("Moneda: «XYZ» no es el código ISO 4217 de una moneda vigente") for p in esperados)
    assert any(p.startswith(f"Monto: «{ENORME}» es demasiado grande; el máximo es 999.999.999.999,99") for p in esperados)
    texto = dialogo.aviso.text()
    assert texto == "No se registró el pago:" + "".join(f"\n• {p}" for p in esperados)
    assert "no es el código ISO 4217" in dialogo.moneda.toolTip()     # el campo mal queda marcado con el motivo
    assert "999.999.999.999,99" in dialogo.monto.toolTip()
    assert dialogo.isVisible() and dialogo.registrado is None
    assert cuentas(db) == antes


def test_pago_con_tipo_de_cambio_imposible_muestra_el_mensaje_del_servicio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    deudor = morosidad(Contexto(db, asociacion["id"]))[0].miembro_id
    antes = cuentas(db)
    dialogo = DialogoPago(oficina_de(db, asociacion), deudor)
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    escribir(qtbot, dialogo.moneda.lineEdit(), "ARS")
    escribir(qtbot, dialogo.monto, "1000")
    escribir(qtbot, dialogo.tipo_cambio, "1e400")
    qtbot.mouseClick(dialogo.boton_registrar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.aviso.isVisible())
    assert "Tipo de cambio: «1e400» no es un número" in dialogo.aviso.text()
    assert dialogo.tipo_cambio.toolTip()
    assert cuentas(db) == antes


def test_imputacion_a_mano_enorme_la_rechaza_el_servicio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    deuda = next(d for d in morosidad(Contexto(db, asociacion["id"])) if d.cuotas_impagas >= 2)
    antes = cuentas(db)
    dialogo = DialogoPago(oficina_de(db, asociacion), deuda.miembro_id)
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    escribir(qtbot, dialogo.monto, "100")
    dialogo.a_mano.setChecked(True)
    dialogo.tabla.item(0, 5).setText(ENORME)
    qtbot.mouseClick(dialogo.boton_registrar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.aviso.isVisible())
    texto = dialogo.aviso.text()
    assert texto.startswith("No se registró el pago:\n• Imputación a ")
    assert f"«{ENORME}» es demasiado grande; el máximo es 999.999.999.999,99." in texto
    assert dialogo.registrado is None and cuentas(db) == antes


def test_escala_con_moneda_xyz_e_importe_enorme_muestra_el_mensaje_del_servicio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    antes = cuentas(db)
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("extraordinaria"))
    escribir(qtbot, dialogo.moneda.lineEdit(), "XYZ")
    filas = [("0", ENORME), ("١٠٠", "100")]
    dialogo.fijar_tramos(filas)
    qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.aviso.isVisible())

    with pytest.raises(ErrorValidacion) as error:
        moneda_valida("XYZ")
    _, de_los_tramos = leer_tramos_de_tabla(filas, "USD")
    esperados = error.value.problemas + [motivo for _, _, motivo in de_los_tramos]
    assert esperados == [
        "Moneda: «XYZ» no es el código ISO 4217 de una moneda vigente; escriba tres letras, por ejemplo USD, EUR, ARS, "
        "BRL, UYU, CLP, PYG o MXN",
        f"Tramo 1: importe «{ENORME}» es demasiado grande; el máximo es 999.999.999.999,99.",
        "Tramo 2: «١٠٠» no es una población entera (por ejemplo 100.000); escríbalo con cifras del 0 al 9."]
    assert dialogo.aviso.text() == "No se guardó la escala:" + "".join(f"\n• {p}" for p in esperados)
    assert "999.999.999.999,99" in dialogo.tabla.item(0, 1).toolTip()   # la celda mal queda marcada
    assert "cifras del 0 al 9" in dialogo.tabla.item(1, 0).toolTip()
    assert "ISO 4217" in dialogo.moneda.toolTip()
    assert dialogo.escala_id is None and len(listar_escalas(Contexto(db, asociacion["id"]))) == 2
    assert cuentas(db) == antes


def test_escala_con_fecha_imposible_la_rechaza_el_servicio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("extraordinaria"))
    from datetime import date

    from PySide6.QtCore import QDate
    dialogo.desde.setMinimumDate(QDate(1, 1, 1))
    dialogo.desde.setDate(QDate(1850, 1, 1))
    dialogo.fijar_tramos([("0", "100")])
    qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.aviso.isVisible())
    assert "Rige desde: 01/01/1850 es anterior a 01/01/1900; revise el año." in dialogo.aviso.text()
    assert date(1850, 1, 1) not in [e.desde for e in listar_escalas(Contexto(db, asociacion["id"]))]


def test_la_emision_de_un_anio_demasiado_adelante_da_el_mensaje_del_servicio(qtbot, demo_abierta, tmp_path):
    from PySide6.QtCore import QSettings

    from escritorio.interfaz.vistas.cuotas import VistaCuotas
    from escritorio.servicios.base import hoy
    from escritorio.servicios.emision_de_cuotas import preparar_emision

    db, asociacion = demo_abierta
    antes = cuentas(db)
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, asociacion))
    vista.show()
    qtbot.waitExposed(vista)
    vista.pestanas.setCurrentIndex(1)
    anio = hoy().year + 2
    vista.emision.anio.setValue(anio)
    qtbot.mouseClick(vista.emision.boton_vista_previa, Qt.MouseButton.LeftButton)
    with pytest.raises(ErrorValidacion) as error:
        preparar_emision(Contexto(db, asociacion["id"]), anio)
    qtbot.waitUntil(lambda: vista.emision.resumen.text() == error.value.mensaje)
    assert error.value.mensaje.startswith(f"No se emitió nada. Año: {anio} está fuera de lo posible; debe estar "
                                          f"entre 1900 y {anio - 1}")
    assert not vista.emision.boton_emitir.isEnabled()
    assert cuentas(db) == antes
