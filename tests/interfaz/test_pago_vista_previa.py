"""El diálogo de pago muestra lo que el servicio registra: la vista previa («equivale a …», la imputación) la
calcula `servicios.pagos.prever_pago`, la misma función que usa `registrar_pago`. Un tipo de cambio escrito
«1.400» es mil cuatrocientos en la vista previa, en la base y en el recibo (antes el diálogo leía 1,4)."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.dominio.dinero import formatear
from escritorio.interfaz.dialogos.pago import DialogoPago
from escritorio.servicios.cobranza import morosidad
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.pagos import listar_pagos
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de


@pytest.fixture(autouse=True)
def _sin_preguntas(monkeypatch):
    """Registrar un pago no abre ninguna pregunta encima (antes eran tres diálogos seguidos)."""
    for nombre in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, nombre, lambda *a, _n=nombre, **k: pytest.fail(f"QMessageBox.{_n}: {a[1:3]}"))


def escribir(qtbot, campo, texto: str) -> None:
    campo.selectAll()
    qtbot.keyClicks(campo, texto)


def abrir(qtbot, db, asociacion, miembro_id=None) -> DialogoPago:
    dialogo = DialogoPago(oficina_de(db, asociacion), miembro_id)
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    return dialogo


def texto_del_pdf(ruta) -> str:
    return " ".join(pagina.extract_text() for pagina in PdfReader(ruta).pages)


@pytest.mark.parametrize("tipo_cambio, monto, esperado", [
    ("1.400", "1.400.000", 100000),          # mil cuatrocientos ARS por dólar: USD 1.000,00 (no USD 1.000.000,00)
    ("1400", "1.400.000", 100000),
    ("1.400,50", "700.250", 50000),          # USD 500,00
    ("1,4", "1.400", 100000),                # uno coma cuatro: USD 1.000,00
])
def test_la_vista_previa_es_lo_que_se_guarda_y_lo_que_dice_el_recibo(qtbot, demo_abierta, tmp_path, monkeypatch,
                                                                      tipo_cambio, monto, esperado):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    deudor = morosidad(contexto)[0].miembro_id
    dialogo = abrir(qtbot, db, asociacion, deudor)
    escribir(qtbot, dialogo.moneda.lineEdit(), "ARS")
    escribir(qtbot, dialogo.monto, monto)
    escribir(qtbot, dialogo.tipo_cambio, tipo_cambio)
    vista_previa = dialogo.equivalente.text()
    assert vista_previa == f"equivale a {formatear(esperado, 'USD')}"
    imputado_previsto = [dialogo.tabla.item(f, 5).text() for f in range(dialogo.tabla.rowCount())]

    qtbot.mouseClick(dialogo.boton_registrar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.panel_hecho.isVisible())
    pago = next(p for p in listar_pagos(contexto) if p["id"] == dialogo.registrado.pago_id)
    assert vista_previa == f"equivale a {formatear(pago['importe_imputable'], pago['moneda_imputacion'])}"
    assert pago["moneda"] == "ARS"
    # La imputación que se vio en la tabla es la que quedó registrada.
    assert formatear(dialogo.registrado.imputado, "USD") in dialogo.hecho.text().replace("\u00a0", " ")
    assert sum(1 for t in imputado_previsto if t) == len(
        [i for i in db.query("SELECT * FROM imputaciones WHERE pago_id = ?", [pago["id"]])])

    destino = tmp_path / "recibo.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    qtbot.mouseClick(dialogo.boton_guardar_recibo, Qt.MouseButton.LeftButton)
    recibo = texto_del_pdf(destino)
    assert formatear(esperado, "USD") in recibo
    assert "USD 1.000.000,00" not in recibo
    qtbot.mouseClick(dialogo.boton_cerrar, Qt.MouseButton.LeftButton)
    assert dialogo.result() == QDialog.DialogCode.Accepted


def test_un_pago_vacio_dice_todo_lo_que_falta_de_una_vez(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    antes = db.execute("SELECT count(*) FROM pagos").fetchone()[0]
    dialogo = abrir(qtbot, db, asociacion)
    qtbot.mouseClick(dialogo.boton_registrar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.aviso.isVisible())
    from tests.interfaz.pantallas import carpeta_de_artefactos

    carpeta = carpeta_de_artefactos() / "dialogo_pago"
    carpeta.mkdir(parents=True, exist_ok=True)
    assert dialogo.grab().save(str(carpeta / "pago_vacio.png"))
    texto = dialogo.aviso.text()
    assert "Elija el miembro de la lista" in texto
    assert "Monto: falta; escriba cuánto se pagó" in texto
    assert dialogo.miembro.toolTip() and dialogo.monto.toolTip()         # los dos campos quedan marcados
    assert dialogo.registrado is None and dialogo.isVisible()
    assert db.execute("SELECT count(*) FROM pagos").fetchone()[0] == antes


def test_un_pago_se_registra_en_un_solo_paso_y_el_recibo_queda_a_mano(qtbot, demo_abierta, monkeypatch):
    """Registrar: el diálogo confirma ahí mismo (sin «¿guardar el recibo?» ni «¿abrirlo?») y ofrece ver el recibo
    para imprimirlo, o guardarlo. Verlo no depende de un visor de PDF: se muestra dentro del programa
    (tests/interfaz/test_vista_previa_pdf.py prueba la vista previa)."""
    from PySide6.QtGui import QDesktopServices

    from escritorio.interfaz.piezas.vista_previa import DialogoVistaPrevia

    db, asociacion = demo_abierta
    deudor = morosidad(Contexto(db, asociacion["id"]))[0].miembro_id
    dialogo = abrir(qtbot, db, asociacion, deudor)
    escribir(qtbot, dialogo.monto, "50")
    qtbot.mouseClick(dialogo.boton_registrar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.panel_hecho.isVisible())
    assert dialogo.registrado.recibo in dialogo.hecho.text()
    assert not dialogo.monto.isEnabled() and not dialogo.boton_registrar.isVisible()
    assert dialogo.boton_cerrar.isDefault() and dialogo.focusWidget() is dialogo.boton_cerrar   # Intro cierra

    abiertos, vistas = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: abiertos.append(url.toLocalFile()) or False)
    monkeypatch.setattr(DialogoVistaPrevia, "exec", lambda previa: vistas.append(
        (previa.windowTitle(), texto_del_pdf(previa.paginas.documento.ruta))) or 0)
    qtbot.mouseClick(dialogo.boton_abrir_recibo, Qt.MouseButton.LeftButton)
    assert len(vistas) == 1 and vistas[0][0] == f"Recibo N.º {dialogo.registrado.recibo}"
    assert dialogo.registrado.recibo in vistas[0][1]
    assert abiertos == []                                                # nada se pidió al sistema
    assert dialogo.estado_recibo.text() == ""                            # nada salió: nada que decir
    qtbot.mouseClick(dialogo.boton_cerrar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialogo.isVisible())
    assert dialogo.result() == QDialog.DialogCode.Accepted


def test_los_importes_no_se_parten_en_dos_lineas(qtbot, demo_abierta):
    """«USD 197.850,00» se lee en una línea aunque el texto se ajuste al ancho."""
    db, asociacion = demo_abierta
    deudor = morosidad(Contexto(db, asociacion["id"]))[0].miembro_id
    dialogo = abrir(qtbot, db, asociacion, deudor)
    dialogo.resize(420, 600)
    escribir(qtbot, dialogo.monto, "197.850")
    qtbot.waitUntil(lambda: "Quedan" in dialogo.imputacion.text())
    texto = dialogo.imputacion.text()
    assert "USD\u00a0197.850,00" in texto or "USD\u00a0" in texto
    assert "USD " not in texto                                           # ningún importe con un espacio que corte


def test_el_dialogo_cabe_en_1366x768_al_150_por_ciento(qtbot, demo_abierta):
    """910×512 px lógicos: el diálogo cabe antes y después de registrar (la tabla de cargos cede alto)."""
    db, asociacion = demo_abierta
    deudor = morosidad(Contexto(db, asociacion["id"]))[0].miembro_id
    dialogo = abrir(qtbot, db, asociacion, deudor)
    escribir(qtbot, dialogo.monto, "50")
    minimo = dialogo.minimumSizeHint()
    assert minimo.width() <= 910 and minimo.height() <= 512 - 40      # 40: la barra de título
    qtbot.mouseClick(dialogo.boton_registrar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.panel_hecho.isVisible())
    minimo = dialogo.minimumSizeHint()
    assert minimo.width() <= 910 and minimo.height() <= 512 - 40
    dialogo.resize(910, 512 - 40)
    qtbot.wait(50)
    from tests.interfaz.pantallas import carpeta_de_artefactos

    carpeta = carpeta_de_artefactos() / "dialogo_pago"
    carpeta.mkdir(parents=True, exist_ok=True)
    assert dialogo.grab().save(str(carpeta / "pago_registrado_910x472.png"))   # para mirarla
    botones = (dialogo.boton_abrir_recibo, dialogo.boton_guardar_recibo, dialogo.boton_cerrar)
    for boton in botones:                                              # a la vista, sin taparse entre sí
        esquina = boton.mapTo(dialogo, boton.rect().bottomRight())
        assert esquina.x() <= dialogo.width() and esquina.y() <= dialogo.height()
    rectangulos = [b.geometry() for b in botones]
    assert not any(a.intersects(b) for i, a in enumerate(rectangulos) for b in rectangulos[i + 1:])
