"""Las enmiendas a una enmienda en la pestaña Enmiendas (issue 82), como las usa la secretaría: «Presentar enmienda…»
(Alt+P) y, en «Enmienda a:», la enmienda 1: sus cambios a la vista y el primero ya elegido con su texto; se
corrige, se presenta y la nueva queda «Enmienda 2 (a la 1)» justo antes de la 1; admitida y votada con el teclado,
la 1 se lee «Enmendada por la enmienda 2» y, aprobada, el texto final lleva el texto corregido; al volver de otra
pestaña y con la sesión abierta otra vez, sigue igual. Lo guardado se lee con el servicio."""

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ayudas import oficina_de
from escritorio.dominio.enmiendas import Cambio
from escritorio.interfaz.dialogos.dialogo_enmienda import DialogoEnmienda
from escritorio.interfaz.dialogos.sesion.editor import EditorSesion
from escritorio.interfaz.dialogos.sesion.enmiendas import PestanaEnmiendas
from escritorio.servicios import enmiendas
from mociones_de_prueba import armar_sala
from test_apoyos_y_recomendacion_gui import con_el_dialogo, esperar
from test_sesion_enmiendas_gui import _votar_con_el_teclado

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")

PLAN = "Las ciudades miembro adoptarán un plan de adaptación antes de 2027."
CORREGIDO = "Las ciudades miembro adoptaran un plan y un fondo antes de 2027."


@pytest.fixture
def editor(qtbot, db, asociacion_id, monkeypatch):
    sala = armar_sala(db, asociacion_id, fecha=date.today(), hora="00:00")
    uno = enmiendas.presentar(sala.contexto, sala.mocion, [Cambio("reemplazar", 2, PLAN)], [sala.ids["Montevideo"]])
    enmiendas.admitir(sala.contexto, uno.id)
    monkeypatch.setattr(PestanaEnmiendas, "confirmar_cierre", lambda self, que, resultado: True)
    editor = EditorSesion()
    qtbot.addWidget(editor)
    editor.resize(1024, 600)
    editor.show()
    editor.mostrar(oficina_de(db, asociacion_id), sala.sesion)
    editor.pestanas.setCurrentWidget(editor.tab_enmiendas)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor, sala, uno


def _activa(qtbot, editor) -> None:
    """La ventana del editor, la activa (como la deja el gestor de ventanas): sus atajos Alt+letra responden."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


def _filas(pestana) -> list[list[str]]:
    lista = pestana.lista
    return [[lista.item(f, c).text() for c in range(3)] for f in range(lista.rowCount())]


def test_enmendar_la_enmienda_votarla_y_ver_el_texto_final(qtbot, editor, db, asociacion_id):
    editor, sala, uno = editor
    pestana = editor.tab_enmiendas
    assert _filas(pestana) == [["1.º", "Enmienda 1", "admitida"]]

    def corregir(dialogo):
        assert dialogo.a_que.currentText() == "La moción 1" and "¶4" in dialogo.texto_enmendado.toPlainText()
        dialogo.a_que.setFocus()
        qtbot.keyClick(dialogo.a_que, Qt.Key.Key_Down)   # la enmienda 1
        assert dialogo.a_que.currentText() == "La enmienda 1 (otro texto para uno de sus cambios)"
        assert "¶2 (Reemplaza)" in dialogo.texto_enmendado.toPlainText()
        assert "¶4" not in dialogo.texto_enmendado.toPlainText()
        assert (dialogo.operacion.currentData(), dialogo.parrafo.value()) == ("reemplazar", 2)
        assert dialogo.texto.toPlainText() == PLAN
        dialogo.texto.setFocus()
        dialogo.texto.selectAll()
        qtbot.keyClicks(dialogo.texto, CORREGIDO)
        dialogo.autores.item(1).setCheckState(Qt.CheckState.Checked)
        if os.environ.get("ESCRITORIO_CAPTURAS"):
            dialogo.grab().save(os.path.join(os.environ["ESCRITORIO_CAPTURAS"], "enmienda_a_una_enmienda.png"))
        boton = next(b for b in dialogo.findChild(QDialogButtonBox).buttons() if b.text() == "Presentar")
        qtbot.mouseClick(boton, Qt.MouseButton.LeftButton)
        if dialogo.isVisible():
            raise AssertionError(dialogo.problemas.texto)

    hecho = con_el_dialogo(DialogoEnmienda, corregir)
    qtbot.keyClick(pestana, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: pestana.lista.rowCount() == 2)
    assert _filas(pestana) == [["1.º", "Enmienda 2 (a la 1)", "presentada"], ["2.º", "Enmienda 1", "admitida"]]
    sub = enmiendas.listar(sala.contexto, sala.mocion).enmiendas[0]
    assert sub.enmienda_de == 1 and sub.cambios[0].texto == CORREGIDO
    # Elegida la enmienda a la enmienda: no se mueve (va con la suya); «Admitir» la admite.
    pestana.lista.selectRow(0)
    assert not pestana.boton_antes.isEnabled() and not pestana.boton_despues.isEnabled()
    assert "Enmienda 2, a la enmienda 1" in pestana.comparacion.toPlainText()
    qtbot.mouseClick(pestana.boton_admitir, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _filas(pestana)[0][2] == "admitida")
    assert pestana.se_vota.text() == "Se vota: enmienda 2 (lugar 1 del orden de votación)"
    _activa(qtbot, editor)
    _votar_con_el_teclado(qtbot, pestana, "4", "0", "1")
    qtbot.waitUntil(lambda: _filas(pestana)[0][2] == "aprobada")
    pestana.lista.selectRow(1)
    assert "Enmendada por la enmienda 2" in pestana.comparacion.toPlainText()
    _activa(qtbot, editor)
    _votar_con_el_teclado(qtbot, pestana, "4", "1", "0")
    qtbot.waitUntil(lambda: _filas(pestana)[1][2] == "aprobada")
    assert enmiendas.texto_final(sala.contexto, sala.mocion).parrafos[1] == CORREGIDO

    # A otra pestaña y de vuelta; y la sesión abierta otra vez (leída de la base).
    editor.pestanas.setCurrentWidget(editor.tab_mociones)
    qtbot.waitUntil(lambda: not pestana.isVisible())
    editor.pestanas.setCurrentWidget(pestana)
    qtbot.waitUntil(pestana.isVisible)
    assert _filas(pestana) == [["1.º", "Enmienda 2 (a la 1)", "aprobada"], ["2.º", "Enmienda 1", "aprobada"]]
    editor.mostrar(oficina_de(db, asociacion_id), sala.sesion)
    editor.pestanas.setCurrentWidget(editor.tab_enmiendas)
    qtbot.waitUntil(lambda: editor.tab_enmiendas.lista.rowCount() == 2)
    assert _filas(editor.tab_enmiendas)[0] == ["1.º", "Enmienda 2 (a la 1)", "aprobada"]
