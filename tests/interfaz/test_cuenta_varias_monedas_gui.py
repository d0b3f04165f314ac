"""La pestaña «Cuenta» de un miembro con cargos en dos monedas (USD hasta 2023, EUR desde 2024): el combo
«Moneda» elige la cuenta y el saldo y el vencido son los de esa moneda sola; con una moneda no hay combo."""

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from escritorio.datos.conexion import transaccion
from escritorio.interfaz.dialogos.ficha_cuenta import PestanaCuenta
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from ayudas import oficina_de


@pytest.fixture(autouse=True)
def _sin_errores(monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))


def alta(db, asociacion, nombre, poblacion) -> int:
    with transaccion(db):
        miembro = db.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, ?, 'AR')",
                             [asociacion, nombre]).lastrowid
        db.execute("INSERT INTO poblaciones (miembro_id, cifra, anio) VALUES (?, ?, 2020)", [miembro, poblacion])
        db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde) VALUES (?, 'activo', '1995-11-11')", [miembro])
    return miembro


def pagar(db, asociacion, miembro, monto, fecha, moneda):
    contexto = Contexto(db, asociacion)
    registrar_pago(contexto, NuevoPago(miembro, date.fromisoformat(fecha), monto, moneda, moneda_cargos=moneda))


@pytest.fixture
def red(db, asociacion_id):
    """Paraná debe USD 300 de 2023 y EUR 350 de 2024; Salto se sumó con la escala nueva y solo tiene euros."""
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2020, 1, 1), "USD", "0:100,100000:500",
                                                hasta=date(2023, 12, 31)))
    definir_escala(contexto, escala_desde_texto(date(2024, 1, 1), "EUR", "0:100,100000:450"))
    parana = alta(db, asociacion_id, "Paraná", 247_863)
    emitir(contexto, 2023)
    salto = alta(db, asociacion_id, "Salto", 99_999)
    emitir(contexto, 2024)
    pagar(db, asociacion_id, parana, "200", "2023-05-01", "USD")
    pagar(db, asociacion_id, parana, "100", "2024-06-01", "EUR")
    return db, listar_asociaciones(db)[0], parana, salto


def pestana(qtbot, db, asociacion, miembro) -> PestanaCuenta:
    cuenta = PestanaCuenta(oficina_de(db, asociacion), miembro)
    qtbot.addWidget(cuenta)
    cuenta.resize(900, 480)
    cuenta.show()
    return cuenta


def test_el_combo_cambia_la_cuenta_y_sus_cifras(qtbot, red, tmp_path):
    db, asociacion, parana, _ = red
    cuenta = pestana(qtbot, db, asociacion, parana)

    assert cuenta.eleccion_moneda.isVisible()
    combo = cuenta.combo_moneda
    assert [combo.itemText(i) for i in range(combo.count())] == ["EUR", "USD"]
    assert combo.currentText() == "EUR"  # la moneda en uso más reciente
    assert cuenta.saldo.valor.text() == "EUR 350,00 a pagar"
    assert cuenta.vencido.valor.text() == "EUR 350,00"
    assert [cuenta.modelo.texto(f, 1) for f in range(cuenta.modelo.rowCount())] == [
        "Cuota anual 2024", "Pago, recibo 0001/2024"]
    cuenta.grab().save(str(tmp_path / "cuenta-eur.png"))

    combo.setCurrentIndex(1)

    assert cuenta.estado.moneda == "USD"
    assert cuenta.saldo.valor.text() == "USD 300,00 a pagar"
    assert cuenta.vencido.valor.text() == "USD 300,00"
    assert [cuenta.modelo.texto(f, 1) for f in range(cuenta.modelo.rowCount())] == [
        "Cuota anual 2023", "Pago, recibo 0001/2023"]
    assert cuenta.modelo.texto(1, 4) == "USD 300,00"  # el saldo corrido, solo en dólares
    assert cuenta.dato_voto.valor.text() == "Sí"       # el voto no depende de la moneda que se mira
    cuenta.grab().save(str(tmp_path / "cuenta-usd.png"))

    combo.setCurrentIndex(0)
    assert (cuenta.saldo.valor.text(), cuenta.vencido.valor.text()) == ("EUR 350,00 a pagar", "EUR 350,00")


def test_al_recargar_se_sigue_viendo_la_moneda_elegida(qtbot, red):
    db, asociacion, parana, _ = red
    cuenta = pestana(qtbot, db, asociacion, parana)
    cuenta.combo_moneda.setCurrentText("USD")

    pagar(db, asociacion["id"], parana, "300", "2025-02-01", "USD")  # lo que haría «Registrar pago…»
    cuenta.recargar()

    assert cuenta.combo_moneda.currentText() == "USD"
    assert cuenta.saldo.valor.text() == "Al día (USD 0,00)"
    assert cuenta.combo_moneda.count() == 2


def test_con_una_sola_moneda_no_hay_combo(qtbot, red):
    db, asociacion, _, salto = red
    cuenta = pestana(qtbot, db, asociacion, salto)

    assert not cuenta.eleccion_moneda.isVisible()
    assert cuenta.monedas == ["EUR"]
    assert cuenta.saldo.valor.text() == "EUR 100,00 a pagar"
    assert cuenta.modelo.rowCount() == 1


def test_el_pdf_de_la_pestana_lleva_las_dos_cuentas(qtbot, red, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from escritorio.interfaz.dialogos import ficha_cuenta

    db, asociacion, parana, _ = red
    cuenta = pestana(qtbot, db, asociacion, parana)
    destino = tmp_path / "estado.pdf"
    monkeypatch.setattr(ficha_cuenta, "guardar_documento",
                        lambda _padre, _titulo, _nombre, escribir, _ajustes: escribir(destino))

    cuenta.imprimir()

    leido = " ".join(" ".join(p.extract_text() for p in PdfReader(destino).pages).split())
    assert "Cuenta en EUR" in leido and "Cuenta en USD" in leido
    assert "EUR 350,00 (deudor)" in leido and "USD 300,00 (deudor)" in leido


def test_la_pestana_avisos_da_un_total_por_moneda(qtbot, red, tmp_path):
    from PySide6.QtCore import QDate, QSettings

    from escritorio.interfaz.vistas.cuotas import VistaCuotas

    db, asociacion, _, _ = red
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, asociacion))
    vista.avisos.al.setDate(QDate(2024, 5, 15))  # 2023 (USD) y 2024 (EUR) vencidos, antes de los pagos de Paraná

    modelo = vista.avisos.modelo
    totales = {modelo.texto(f, 0): modelo.texto(f, 3) for f in range(modelo.rowCount())}
    assert totales == {"Paraná": "USD 300,00 y EUR 450,00", "Salto": "EUR 100,00"}
    assert "EUR 550,00 + USD 300,00" in vista.avisos.resumen.text()


def test_un_pago_de_la_deuda_vieja_va_a_los_cargos_en_su_moneda(qtbot, red, monkeypatch):
    """Desde la cuenta en USD, «Registrar pago…» propone imputar a los cargos en USD: la deuda de 2023 se
    cancela sin pedir tipo de cambio y la cuenta en EUR no se toca."""
    from escritorio.interfaz.dialogos import pago as dialogo_pago
    from escritorio.servicios.cobranza import estados_de_cuenta

    db, asociacion, parana, salto = red
    cuenta = pestana(qtbot, db, asociacion, parana)
    cuenta.combo_moneda.setCurrentIndex(cuenta.monedas.index("USD"))
    vistos = []

    def exec_(dialogo):
        vistos.append((dialogo.formulario.isRowVisible(dialogo.moneda_de_cargos),
                       [dialogo.moneda_de_cargos.itemData(i) for i in range(dialogo.moneda_de_cargos.count())],
                       dialogo.tabla.rowCount(), dialogo.tabla.item(0, 0).text()))
        dialogo.monto.setText("300")
        assert dialogo._moneda() == "USD"  # se propone pagar en la moneda de los cargos elegidos
        assert not dialogo.formulario.isRowVisible(dialogo.fila_cambio)  # mismas monedas: sin tipo de cambio
        assert dialogo.registrar()
        return 1

    monkeypatch.setattr(dialogo_pago.DialogoPago, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # sin recibo ahora
    cuenta.registrar_pago()

    assert vistos == [(True, ["EUR", "USD"], 1, "Cuota anual 2023")]
    contexto = Contexto(db, asociacion["id"])
    saldos = {e.moneda: e.saldo for e in estados_de_cuenta(contexto, parana)}
    assert (saldos["USD"], saldos["EUR"]) == (0, 35000)
    assert cuenta.estado.moneda == "USD" and cuenta.saldo.valor.text() == "Al día (USD 0,00)"

    # Quien debe en una sola moneda no ve el selector.
    solo_euros = dialogo_pago.DialogoPago(oficina_de(db, asociacion), salto)
    qtbot.addWidget(solo_euros)
    assert not solo_euros.formulario.isRowVisible(solo_euros.moneda_de_cargos)
