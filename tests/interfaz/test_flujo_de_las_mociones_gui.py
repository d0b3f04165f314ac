"""El flujo de las mociones en la ventana (issue 82), con clics y teclas de verdad sobre diálogos abiertos con su
`exec`: sin reglas, la pestaña Mociones ofrece derivar, aplazar y «Sin tratar…»; en «Reglas de la sala…» se elige el
flujo simple (los tres botones desaparecen, «Retirar…» queda); con «Pasos…» se suma «Admitida → No tratada» (los
pasos que sostienen la votación están marcados y apagados) y el flujo pasa a «Propio»; «Sin tratar…» (Alt+I) vuelve y
deja la moción «No tratada» con su motivo; al volver de otra pestaña y con la sesión abierta otra vez, sigue igual.
Lo guardado se lee con el servicio en otra conexión."""

import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from escritorio.interfaz.dialogos.flujo_de_mociones import DialogoPasosDelFlujo
from escritorio.interfaz.dialogos.mocion import DialogoDecision
from escritorio.interfaz.dialogos.reglas_de_la_sala import DialogoReglasDeLaSala
from test_apoyos_y_recomendacion_gui import (abrir_mociones, avisos, boton_de_cerrar, clic, con_el_dialogo,  # noqa: F401
                                             esperar, leer, sesion, ventana)

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS")
DECISIONES_DEL_COMPLETO = ("derivada", "aplazada", "no_tratada")


def _en_las_reglas(qtbot, pestana, manejar):
    hecho = con_el_dialogo(DialogoReglasDeLaSala, manejar)
    clic(qtbot, pestana.boton_reglas)
    esperar(qtbot, hecho, pestana)


def test_el_flujo_elegido_en_las_reglas_y_usado_en_la_pestana(qtbot, ventana, copia_de_la_demo, sesion, avisos):
    from escritorio.dominio.flujos_de_mocion import FLUJOS
    from escritorio.servicios.mociones import obtener
    from escritorio.servicios.reglas_de_la_sala import reglas_de_la_sala

    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    editor = pestana.editor
    QTest.keyClick(pestana, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)   # Admitir
    qtbot.waitUntil(lambda: pestana.mocion is not None and pestana.mocion.estado == "admitida")
    for clave in DECISIONES_DEL_COMPLETO:
        assert pestana.botones[clave].isVisible() and pestana.botones[clave].isEnabled(), clave

    # El flujo simple, elegido con el teclado en su lista.
    def simple(dialogo):
        assert dialogo.flujo.currentData() == "completo"
        dialogo.flujo.setFocus()
        QTest.keyClick(dialogo.flujo, Qt.Key.Key_Home)
        assert dialogo.flujo.currentData() == "simple"
        assert "Admitida → Retirada, Aprobada, Rechazada" in dialogo.flujo.toolTip()
        if CAPTURAS:
            dialogo.grab().save(os.path.join(CAPTURAS, "reglas_de_la_sala_con_flujo.png"))
        clic(qtbot, dialogo.boton_aceptar)

    _en_las_reglas(qtbot, pestana, simple)
    assert leer(copia_de_la_demo, reglas_de_la_sala, sesion["consejo"]).flujo == FLUJOS["simple"]
    qtbot.waitUntil(lambda: not pestana.botones["derivada"].isVisible())
    assert not pestana.botones["aplazada"].isVisible() and not pestana.botones["no_tratada"].isVisible()
    assert pestana.botones["retirada"].isVisible() and pestana.botones["retirada"].isEnabled()

    # «Pasos…» (Alt+P en el diálogo): se suma «Admitida → No tratada»; el flujo pasa a «Propio».
    def pasos(dialogo):
        def marcar(interno):
            obligatorio = interno.casillas[("admitida", "aprobada")]
            assert obligatorio.isChecked() and not obligatorio.isEnabled()
            casilla = interno.casillas[("admitida", "no_tratada")]
            assert not casilla.isChecked()
            casilla.setFocus()
            QTest.keyClick(casilla, Qt.Key.Key_Space)
            assert casilla.isChecked()
            if CAPTURAS:
                interno.grab().save(os.path.join(CAPTURAS, "pasos_del_flujo.png"))
            clic(qtbot, interno.boton_aceptar)

        interno = con_el_dialogo(DialogoPasosDelFlujo, marcar)
        assert dialogo.boton_pasos.text() == "&Pasos…"
        clic(qtbot, dialogo.boton_pasos)
        qtbot.waitUntil(lambda: bool(interno), timeout=10000)
        if interno[0] is not True:
            raise interno[0]
        assert dialogo.flujo.currentData() is None and dialogo.flujo.currentText().startswith("Propio")
        clic(qtbot, dialogo.boton_aceptar)

    _en_las_reglas(qtbot, pestana, pasos)
    flujo = leer(copia_de_la_demo, reglas_de_la_sala, sesion["consejo"]).flujo
    assert flujo == FLUJOS["simple"] | {("admitida", "no_tratada")}
    qtbot.waitUntil(lambda: pestana.botones["no_tratada"].isVisible())
    assert not pestana.botones["derivada"].isVisible()

    # Alt+I: la sala no la trató, con el motivo.
    def sin_tratar(dialogo):
        dialogo.motivo.setFocus()
        qtbot.keyClicks(dialogo.motivo, "No hubo tiempo")
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoDecision, sin_tratar)
    QTest.keyClick(pestana, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: pestana.mocion.estado == "no_tratada")
    assert pestana.tabla.item(0, 4).text() == "No tratada"
    guardada = leer(copia_de_la_demo, obtener, sesion["mocion"])
    assert (guardada.estado, guardada.motivo) == ("no_tratada", "No hubo tiempo")
    assert not any(pestana.botones[c].isEnabled() for c in ("retirada", "no_tratada"))

    # A otra pestaña y de vuelta; y la sesión abierta otra vez desde la lista (leída de la base).
    editor.pestanas.setCurrentWidget(editor.orden)
    qtbot.waitUntil(lambda: not pestana.isVisible())
    editor.pestanas.setCurrentWidget(pestana)
    qtbot.waitUntil(pestana.isVisible)
    assert pestana.tabla.item(0, 4).text() == "No tratada"
    ventana.sesiones.volver_a_la_lista()
    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    assert pestana.tabla.item(0, 4).text() == "No tratada"
    assert pestana.botones["no_tratada"].isVisible() and not pestana.botones["derivada"].isVisible()

    # Las reglas, abiertas otra vez, muestran el flujo propio; Cancelar no cambia nada.
    def ver(dialogo):
        assert dialogo.flujo.currentData() is None
        assert "Admitida → Retirada, No tratada, Aprobada, Rechazada" in dialogo.flujo.toolTip()
        clic(qtbot, boton_de_cerrar(dialogo))

    _en_las_reglas(qtbot, pestana, ver)
    assert not avisos
