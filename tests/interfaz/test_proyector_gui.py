"""La pantalla para el proyector (issue 64, §4) sigue sola lo que hace la secretaría en el editor de la sesión: el
punto que elige en Votaciones, el quórum cuando marca la asistencia, el recuento en vivo y el resultado al cerrar;
quien habla con su cuenta regresiva (con el reloj de verdad) aunque lo escriba otro programa; la enmienda con lo
quitado tachado y lo agregado subrayado. Sin ningún control, con contraste AAA, y legible a 1920×1080 y a 1024×768
(las capturas quedan en tests/artefactos/proyector/)."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QLabel, QLineEdit, QMenu, QMenuBar, QPlainTextEdit, QScrollArea, QTextEdit, QToolBar)

from ayudas import oficina_de
from escritorio.interfaz import proyector as modulo
from escritorio.interfaz.dialogos.sesion.votaciones import PestanaVotaciones
from escritorio.interfaz.proyector import COLORES, FONDO, PantallaDelProyector, pantalla_para_el_proyector
from escritorio.interfaz.sala_en_vivo import SalaEnVivo
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones.asistencia import asistencia
from escritorio.servicios.sesiones.puntos import agregar_punto
from sala_de_prueba import llenar_la_sala

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")

CONSEJO = 4          # la sesión del Consejo de la red de ejemplo con el acta en borrador
CAPTURAS = Path(os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip()
                or Path(__file__).resolve().parents[1] / "artefactos") / "proyector"


@pytest.fixture
def editor(qtbot, demo_db, monkeypatch):
    """El editor de la sesión del Consejo, con un punto más por votar, y el foco de la sala sin tocar."""
    monkeypatch.setattr(PestanaVotaciones, "confirmar_cierre", lambda self, prevision: True)
    contexto = Contexto(demo_db, listar_asociaciones(demo_db)[0]["id"])
    agregar_punto(contexto, CONSEJO, "Declaración sobre el clima", "votacion")
    sala = SalaEnVivo.de()
    monkeypatch.setattr(sala, "foco", type(sala.foco)())
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 820)
    vista.show()
    vista.mostrar(oficina_de(demo_db, listar_asociaciones(demo_db)[0]))
    vista.abrir(CONSEJO)
    return vista.editor


def _abrir_con_el_atajo(qtbot, editor) -> PantallaDelProyector:
    editor.window().activateWindow()
    qtbot.waitUntil(editor.window().isActiveWindow)
    editor.pestanas.setFocus()
    qtbot.keyClick(editor.pestanas, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    proyector = editor.window().findChild(PantallaDelProyector)
    assert proyector is not None, "Ctrl+Mayús+P no abrió la pantalla para el proyector"
    qtbot.waitUntil(proyector.isVisible)
    return proyector


def test_sigue_el_punto_el_quorum_el_recuento_y_el_resultado_sin_tocarla(qtbot, editor):
    proyector = _abrir_con_el_atajo(qtbot, editor)
    assert proyector.windowTitle() == "Pantalla para el proyector"
    # Abrirla no le quita el teclado a la secretaría: su ventana sigue activa.
    qtbot.wait(100)
    assert editor.window().isActiveWindow() and not proyector.isActiveWindow()
    # El punto elegido en el orden del día, que es la pestaña a la vista.
    assert proyector.punto.text() == "1. Informe de la Secretaría Ejecutiva sobre el primer semestre"
    assert proyector.quorum.text() == ("Quórum: Con la presencia de 15 de 17 miembros con derecho a voto se verifica "
                                       "el quórum (Estatuto, art. 19).")

    # La secretaría va a Votaciones y elige puntos con el teclado: el proyector los sigue.
    editor.pestanas.setCurrentWidget(editor.votaciones)
    qtbot.waitUntil(lambda: proyector.punto.text().startswith("2. Plan de trabajo"))
    assert proyector.resultado.isVisible() and proyector.resultado.text().startswith(
        "✓ Votación del punto 2\nAprobada: 14 a favor, 1 en contra, 0 abstenciones")
    editor.votaciones.lista.setFocus()
    qtbot.keyClick(editor.votaciones.lista, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: proyector.punto.text() == "3. Declaración sobre el clima")
    assert not proyector.resultado.isVisible()

    # Cuenta los votos: el recuento en vivo aparece en el proyector.
    editor.votaciones.a_favor.setValue(12)
    editor.votaciones.en_contra.setValue(2)
    qtbot.waitUntil(lambda: proyector.votacion.isVisible()
                    and proyector.votacion.text() == "A favor: 12  ·  En contra: 2  ·  Abstenciones: 0")
    # Cierra la votación: el recuento se va y queda el resultado.
    editor.votaciones.cerrar_votacion()
    qtbot.waitUntil(lambda: proyector.resultado.isVisible())
    assert proyector.resultado.text().startswith("✓ Votación del punto 3\nAprobada: 12 a favor, 2 en contra")
    assert not proyector.votacion.isVisible()

    # Marca ausente a un presente en Asistencia (tecla A): el quórum del proyector baja.
    editor.pestanas.setCurrentWidget(editor.tab_asistencia)
    tabla = editor.tab_asistencia.tabla
    pestana = editor.tab_asistencia
    fila = next(f for f in range(pestana.filtro.rowCount())
                if pestana._habilitado(f).estado == "presente" and pestana._habilitado(f).con_voto)
    tabla.setFocus()
    tabla.selectRow(fila)
    qtbot.keyClick(tabla, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "14 de 17" in proyector.quorum.text())
    # Volver a Votaciones no cambia el punto que se trata.
    assert proyector.punto.text() == "3. Declaración sobre el clima"


def test_quien_habla_lo_escribe_otro_programa_y_la_cuenta_regresiva_baja(qtbot, editor, copia_de_la_demo,
                                                                           monkeypatch):
    monkeypatch.setattr(modulo, "RELEER_MS", 300)   # el mismo reloj, más seguido: la prueba no espera 2 s
    proyector = _abrir_con_el_atajo(qtbot, editor)
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(editor.puntos[-1]["id"])
    qtbot.waitUntil(lambda: proyector.punto.text() == "3. Declaración sobre el clima")
    assert not proyector.orador.isVisible()

    # Otro programa (otra conexión a la misma base) da la palabra a una ciudad a la que le quedan 3 s.
    otra = abrir_base(copia_de_la_demo)
    try:
        contexto = Contexto(otra, 1)
        ids = {h.miembro: h.miembro_id for h in asistencia(contexto, CONSEJO).habilitados}
        nombres = list(ids)
        llenar_la_sala(contexto, CONSEJO, editor.puntos[-1]["id"], ids, habla=nombres[0], esperan=nombres[1:3],
                       hace_segundos=177)
    finally:
        otra.close()
    qtbot.waitUntil(lambda: proyector.orador.isVisible(), timeout=5000)
    assert proyector.orador.text() == nombres[0]
    assert proyector.siguientes.text() == f"1. Ana Souto\n2. {nombres[1]}\n3. {nombres[2]}"
    assert proyector.reloj.text() in ("0:03", "0:02")
    antes = proyector.reloj.text()
    qtbot.waitUntil(lambda: proyector.reloj.text() not in (antes, ""), timeout=3000)
    assert proyector.reloj.text() < antes and not proyector.excedido.isVisible()
    # Pasado su tiempo: lo que lleva de más, y la palabra (no solo el color).
    qtbot.waitUntil(lambda: proyector.excedido.isVisible(), timeout=6000)
    assert proyector.reloj.text().startswith("+0:0") and proyector.excedido.text() == "Tiempo excedido"
    assert f"color: {COLORES['excedido']}" in proyector.reloj.styleSheet()


def _marcados(documento) -> dict[str, list[str]]:
    """Los tramos del documento tachados y los subrayados (lo que ve quien no distingue colores)."""
    marcados = {"tachado": [], "subrayado": []}
    bloque = documento.begin()
    while bloque.isValid():
        iterador = bloque.begin()
        while not iterador.atEnd():
            fragmento = iterador.fragment()
            formato = fragmento.charFormat()
            if formato.fontStrikeOut():
                marcados["tachado"].append(fragmento.text())
            if formato.fontUnderline():
                marcados["subrayado"].append(fragmento.text())
            iterador += 1
        bloque = bloque.next()
    return marcados


def test_la_enmienda_tachada_y_subrayada_sin_controles_y_en_dos_tamanos(qtbot, editor, demo_db):
    contexto = Contexto(demo_db, 1)
    ids = {h.miembro: h.miembro_id for h in asistencia(contexto, CONSEJO).habilitados}
    nombres = list(ids)
    punto = editor.puntos[-1]["id"]
    sala_de_prueba = llenar_la_sala(contexto, CONSEJO, punto, ids, habla=nombres[0], esperan=nombres[1:4])
    proyector = _abrir_con_el_atajo(qtbot, editor)
    sala = SalaEnVivo.de(editor)
    # Lo que hará la pestaña de las mociones al elegir una: el proyector la sigue.
    sala.enfocar(sesion_id=CONSEJO, punto_id=punto, mocion_id=sala_de_prueba.mocion)
    qtbot.waitUntil(lambda: "Moción 1 · Admitida" in proyector.texto.texto())
    assert "La red ofrecerá asistencia técnica" in proyector.texto.texto()   # con la enmienda aprobada
    sala.enfocar(sesion_id=CONSEJO, punto_id=punto, mocion_id=sala_de_prueba.mocion,
                 enmienda_id=sala_de_prueba.enmienda)
    qtbot.waitUntil(lambda: "Enmienda 1 a la moción 1" in proyector.texto.texto())
    marcados = _marcados(proyector.texto.documento)
    assert [t.strip() for t in marcados["tachado"]] == ["2028."]
    assert [t.strip() for t in marcados["subrayado"]] == ["y otro de mitigación", "2027."]
    assert "Reemplaza el párrafo 2" in proyector.texto.texto()

    # Ningún control: ni botones, ni campos, ni menús, ni barras de desplazamiento; ningún texto que se elija.
    controles = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractSlider,
                 QAbstractItemView, QScrollArea, QMenu, QMenuBar, QToolBar)
    assert [type(w).__name__ for c in controles for w in proyector.findChildren(c)] == []
    assert all(e.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
               for e in proyector.findChildren(QLabel))
    assert proyector.focusPolicy() == Qt.FocusPolicy.NoFocus

    # Legible en los dos tamaños: el tiempo de quien habla entero, y el texto sin cortarse ni achicarse demasiado.
    CAPTURAS.mkdir(parents=True, exist_ok=True)
    for ancho, alto in ((1920, 1080), (1024, 768)):
        proyector.resize(ancho, alto)
        qtbot.waitUntil(lambda: proyector.size().width() == ancho and proyector.size().height() == alto)
        qtbot.wait(50)
        assert proyector.reloj.height() >= proyector.reloj.fontMetrics().height()
        assert proyector.reloj.fontMetrics().height() >= alto / 9
        assert proyector.reloj.fontMetrics().horizontalAdvance("+10:00") <= proyector.reloj.width()
        assert proyector.texto.tamano >= alto / 40
        assert proyector.texto.documento.size().height() <= proyector.texto.height()
        assert proyector.quorum.geometry().bottom() <= alto
        assert proyector.grab().save(str(CAPTURAS / f"enmienda-{ancho}x{alto}.png"))


def test_teclas_de_la_pantalla(qtbot, editor):
    proyector = _abrir_con_el_atajo(qtbot, editor)
    proyector.activateWindow()
    qtbot.waitUntil(proyector.isActiveWindow)
    qtbot.keyClick(proyector, Qt.Key.Key_F11)
    qtbot.waitUntil(proyector.isFullScreen)
    assert proyector.cursor().shape() == Qt.CursorShape.BlankCursor
    # Con una sola pantalla, tapa la ventana: la salida queda a la vista (issue 78).
    assert proyector.salida.isVisible() and proyector.salida.text().startswith("Esc: salir de la pantalla completa")
    assert proyector.salida.geometry().bottom() <= proyector.height()
    proyector.grab().save(str(CAPTURAS / "pantalla-completa-con-la-salida.png"))
    qtbot.keyClick(proyector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not proyector.isFullScreen())
    assert proyector.cursor().shape() != Qt.CursorShape.BlankCursor
    assert not proyector.salida.isVisible()
    qtbot.keyClick(proyector, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not proyector.isVisible())
    assert editor.isVisible()
    # Otra vez el atajo: la misma pantalla vuelve.
    assert _abrir_con_el_atajo(qtbot, editor) is proyector


def _luminancia(color: str) -> float:
    """WCAG 2.x: la luminancia relativa de un color sRGB."""
    def canal(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    q = QColor(color)
    return 0.2126 * canal(q.redF()) + 0.7152 * canal(q.greenF()) + 0.0722 * canal(q.blueF())


def test_cada_color_contra_el_fondo_tiene_contraste_aaa():
    for nombre, color in COLORES.items():
        claro, oscuro = sorted((_luminancia(color), _luminancia(FONDO)), reverse=True)
        assert (claro + 0.05) / (oscuro + 0.05) >= 7, f"{nombre} ({color}) sobre {FONDO}"


def test_va_a_la_otra_pantalla_si_hay_dos():
    principal, otra = object(), object()
    assert pantalla_para_el_proyector([principal, otra], principal) is otra
    assert pantalla_para_el_proyector([otra, principal], principal) is otra
    assert pantalla_para_el_proyector([principal], principal) is None
