"""Archivo › Verificar la base… parte del punto de control, como «escritorio verificar» (issue 77, §6), y «Verificar
todo» hace la completa, como «verificar --completa»: la misma función del servicio. Lo que la ventana dice no nombra
la orden de la línea de órdenes."""

from PySide6.QtWidgets import QApplication

from escritorio.dominio import puerta
from escritorio.interfaz.idioma import instalar_idioma
from escritorio.servicios.base import abrir_base
from ayudas import oficina_de


def _dialogo(ruta, qtbot):
    from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase

    db = abrir_base(ruta, comprobacion_completa=True)
    dialogo = DialogoVerificarBase(oficina_de(db))
    qtbot.addWidget(dialogo)
    dialogo.resize(1024, 600)
    dialogo.show()
    return db, dialogo


def test_la_ventana_parte_del_punto_y_verificar_todo_hace_la_completa(demo_como, cli, qtbot):
    ruta = demo_como("red.db")
    puerta.fijar_del_proceso(puerta.VENTANA)
    db, dialogo = _dialogo(ruta, qtbot)
    try:
        assert "Verificación completa: es la primera de esta base" in dialogo.informe.toPlainText()
    finally:
        dialogo.close()
        db.close()
    hecho = cli("pagos", "registrar", "--miembro", "1", "--monto", "10", "--moneda", "USD", "--fecha", "2026-01-15",
                db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    db, dialogo = _dialogo(ruta, qtbot)
    try:
        informe = dialogo.informe.toPlainText()
        assert "Verificación desde el punto de control (sello" in informe, informe
        assert "«Verificar todo» la hace ahora" in informe and "--completa" not in informe, informe
        assert dialogo.resumen.text() == "La base de datos está sana."
        dialogo.boton_completa.click()
        qtbot.waitUntil(lambda: "Verificación completa, como se pidió." in dialogo.informe.toPlainText(),
                        timeout=30_000)
        assert "Verificación desde el punto de control" not in dialogo.informe.toPlainText()
    finally:
        dialogo.close()
        db.close()


def test_el_boton_en_portugues(demo_como, qtbot):
    instalar_idioma(QApplication.instance(), "pt_BR")
    puerta.fijar_del_proceso(puerta.VENTANA)
    db, dialogo = _dialogo(demo_como("red.db"), qtbot)
    try:
        assert dialogo.boton_completa.text() == "Verificar tudo"
        assert "Verificação completa: é a primeira desta base" in dialogo.informe.toPlainText()
    finally:
        dialogo.close()
        db.close()
        instalar_idioma(QApplication.instance(), "es")
