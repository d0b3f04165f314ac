"""Las líneas y las recomendaciones de cambio de una moción en la ventana (issue 82), con clics y teclas de verdad
sobre el diálogo abierto con su `exec`: en la pestaña Mociones, «Líneas…» (Alt+L) muestra el texto con sus números
de línea; elegir la línea en el texto llena el tramo; «Recomendar cambio» la registra (una que se solapa se rechaza
con el mensaje en rojo); «Aceptar» la acepta, y al cerrar, el detalle de la moción dice que el texto lleva la
recomendación aceptada. Lo guardado se lee con el servicio en otra conexión."""

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from escritorio.interfaz.dialogos.recomendaciones_de_cambio import DialogoRecomendacionesDeCambio
from test_apoyos_y_recomendacion_gui import (abrir_mociones, avisos, boton_de_cerrar, clic, con_el_dialogo,  # noqa: F401
                                             esperar, leer, sesion, ventana)

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS")


def test_lineas_recomendar_y_aceptar_desde_la_pestana(qtbot, ventana, copia_de_la_demo, sesion, avisos):
    from escritorio.servicios.enmiendas import texto_final
    from escritorio.servicios.recomendaciones_de_cambio import listar

    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    assert pestana.botones["lineas"].text() == "&Líneas…" and pestana.botones["lineas"].isEnabled()
    vistos = {}

    def en_el_dialogo(dialogo):
        vistos["texto"] = dialogo.texto.toPlainText()
        cursor = dialogo.texto.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        dialogo.texto.setTextCursor(cursor)
        vistos["tramo"] = (dialogo.desde.value(), dialogo.hasta.value())
        dialogo.nuevo.setFocus()
        qtbot.keyClicks(dialogo.nuevo, "El agua es un derecho humano.")
        dialogo.motivo.setFocus()
        qtbot.keyClicks(dialogo.motivo, "Por claridad")
        clic(qtbot, dialogo.boton_aceptar)
        vistos["lista"] = [dialogo.lista.item(i).text() for i in range(dialogo.lista.count())]
        # Otra sobre la misma línea: se rechaza, con el mensaje en el diálogo.
        dialogo.nuevo.setFocus()
        qtbot.keyClicks(dialogo.nuevo, "Otra cosa.")
        clic(qtbot, dialogo.boton_aceptar)
        vistos["mensaje"] = dialogo.mensaje.text() if dialogo.mensaje.isVisible() else ""
        dialogo.lista.setCurrentRow(0)
        assert dialogo.aceptar.text() == "Ace&ptar" and dialogo.rechazar.text() == "Rec&hazar"
        clic(qtbot, dialogo.aceptar)
        vistos["decidida"] = dialogo.lista.item(0).text()
        assert not dialogo.aceptar.isEnabled() or not dialogo.lista.selectedItems()
        if CAPTURAS:
            dialogo.grab().save(os.path.join(CAPTURAS, "recomendaciones_de_cambio.png"))
        clic(qtbot, boton_de_cerrar(dialogo))

    hecho = con_el_dialogo(DialogoRecomendacionesDeCambio, en_el_dialogo)
    QTest.keyClick(pestana, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    assert vistos["texto"] == "   1  El agua es un derecho."
    assert vistos["tramo"] == (1, 1)
    assert vistos["lista"] == ["Recomendación 1 (de la secretaría), línea 1: reemplazarla por «El agua es un derecho "
                               "humano.». Pendiente. Motivo: Por claridad"]
    assert "se solapan con la recomendación 1" in vistos["mensaje"]
    assert vistos["decidida"].endswith("Aceptada. Motivo: Por claridad")
    leido = leer(copia_de_la_demo, listar, sesion["mocion"])
    assert [(r.numero, r.estado) for r in leido.recomendaciones] == [(1, "aceptada")]
    assert leer(copia_de_la_demo, texto_final, sesion["mocion"]).texto == "El agua es un derecho humano."
    qtbot.waitUntil(lambda: "Con las recomendaciones de cambio aceptadas (1)." in pestana.detalle.text())
    assert "El agua es un derecho humano." in pestana.detalle.text()
