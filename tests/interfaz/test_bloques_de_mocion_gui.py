"""Los bloques de mociones en la ventana (issue 82), con clics y teclas de verdad sobre diálogos abiertos con su `exec`:
en la pestaña Mociones, «Bloque…» (Alt+B) pone la moción 1 en un bloque nuevo («Hacienda», escrito en el cuadro) y,
con el ratón, la moción 2 en el mismo (elegido de la lista); la columna Estado y el detalle lo nombran. Votar la
moción 2 sola no es posible: en la pestaña Enmiendas, su votación es la del bloque («Se vota: el bloque …») y, cerrada
con el teclado, las dos quedan aprobadas con las mismas cifras. Cerrado el editor y abierta la sesión otra vez desde
la base, sigue igual; «Quitar del bloque» ya no corre (votadas, el botón Bloque… se apaga)."""

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ayudas import oficina_de
from escritorio.interfaz.dialogos.bloque_de_mocion import DialogoBloqueDeLaMocion
from escritorio.interfaz.dialogos.sesion.editor import EditorSesion
from escritorio.interfaz.dialogos.sesion.enmiendas import PestanaEnmiendas
from escritorio.servicios import mociones
from escritorio.servicios.votaciones_sala import votaciones
from mociones_de_prueba import TEXTO, armar_sala
from test_apoyos_y_recomendacion_gui import clic, con_el_dialogo, esperar

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")
CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS")


def _abrir(qtbot, db, asociacion_id, sesion_id):
    editor = EditorSesion()
    qtbot.addWidget(editor)
    editor.resize(1024, 600)
    editor.show()
    editor.mostrar(oficina_de(db, asociacion_id), sesion_id)
    editor.pestanas.setCurrentWidget(editor.tab_mociones)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(editor.tab_mociones.isVisible)
    return editor


def test_un_bloque_se_arma_en_mociones_y_se_vota_en_enmiendas(qtbot, db, asociacion_id, monkeypatch):
    sala = armar_sala(db, asociacion_id, fecha=date.today(), hora="00:00")
    otra = mociones.presentar(sala.contexto, sala.punto, "Presupuesto participativo", TEXTO,
                              autores=[sala.ids["Santa Fe"]], recibida_el=date.today()).id
    mociones.admitir(sala.contexto, otra, "Llegó el mismo día")
    monkeypatch.setattr(PestanaEnmiendas, "confirmar_cierre", lambda self, que, resultado: True)
    editor = _abrir(qtbot, db, asociacion_id, sala.sesion)
    pestana = editor.tab_mociones
    pestana.seleccionar(sala.mocion)
    assert pestana.botones["bloque"].isEnabled() and pestana.botones["bloque"].text() == "&Bloque…"

    def nuevo(dialogo):
        assert not dialogo.boton_quitar.isEnabled() and dialogo.bloque.count() == 0
        dialogo.bloque.setFocus()
        qtbot.keyClicks(dialogo.bloque.lineEdit(), "Hacienda")
        if CAPTURAS:
            dialogo.grab().save(os.path.join(CAPTURAS, "bloque_de_la_mocion.png"))
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoBloqueDeLaMocion, nuevo)
    QTest.keyClick(pestana, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: pestana.mocion is not None and pestana.mocion.bloque == "Hacienda")
    assert pestana.tabla.item(0, 4).text() == "Admitida · bloque «Hacienda»"
    assert "Bloque: Hacienda (se vota con él)" in pestana.detalle.text()

    pestana.seleccionar(otra)

    def al_mismo(dialogo):
        assert [dialogo.bloque.itemText(i) for i in range(dialogo.bloque.count())] == ["Hacienda"]
        dialogo.bloque.setCurrentIndex(0)
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoBloqueDeLaMocion, al_mismo)
    clic(qtbot, pestana.botones["bloque"])
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: pestana.tabla.item(1, 4).text() == "Admitida · bloque «Hacienda»")
    if CAPTURAS:
        editor.grab().save(os.path.join(CAPTURAS, "mociones_en_bloque.png"))

    # En Enmiendas, la votación de la moción 2 es la del bloque; con el teclado, una sola para las dos.
    editor.pestanas.setCurrentWidget(editor.tab_enmiendas)
    enmiendas = editor.tab_enmiendas
    qtbot.waitUntil(enmiendas.isVisible)
    enmiendas.mocion.setCurrentIndex(enmiendas.mocion.findData(otra))
    qtbot.waitUntil(lambda: enmiendas.se_vota.text().startswith("Se vota: el bloque"))
    assert enmiendas.se_vota.text() == "Se vota: el bloque «Hacienda» (Moción 1, Moción 2), una votación para todas"
    qtbot.keyClick(enmiendas, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    for campo, cifra in ((enmiendas.a_favor, "4"), (enmiendas.en_contra, "1"), (enmiendas.abstenciones, "0")):
        assert campo.hasFocus()
        qtbot.keyClicks(campo, cifra)
        qtbot.keyClick(campo, Qt.Key.Key_Tab)
    assert enmiendas.boton_cerrar.hasFocus() and enmiendas.boton_cerrar.isEnabled()
    qtbot.keyClick(enmiendas.boton_cerrar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mociones.obtener(sala.contexto, sala.mocion).estado == "aprobada")
    assert mociones.obtener(sala.contexto, otra).estado == "aprobada"
    cifras = {(v.a_favor, v.en_contra) for m in (sala.mocion, otra) for v in votaciones(sala.contexto, m)}
    assert cifras == {(4, 1)}

    # Cerrado el editor y abierta la sesión otra vez, desde la base.
    editor.close()
    editor = _abrir(qtbot, db, asociacion_id, sala.sesion)
    pestana = editor.tab_mociones
    assert [pestana.tabla.item(f, 4).text() for f in range(2)] == ["Aprobada · bloque «Hacienda»"] * 2
    pestana.seleccionar(otra)
    assert not pestana.botones["bloque"].isEnabled()
