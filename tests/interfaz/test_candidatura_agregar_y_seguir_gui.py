"""Issue 61 §4: «Agregar y seguir» en el diálogo de candidaturas deja el campo del miembro vacío (con «— sin miembro
(solo una persona) —» como texto de ayuda), de modo que lo que se escribe después es la búsqueda y no
«— sin miembro (solo una persona) —Porto Ale». Con el teclado, como la secretaria: escribir parte del nombre, elegirlo
de la lista, «Agregar y seguir», escribir el siguiente. Lo escrito sin elegir de la lista no se pierde callado."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from escritorio.interfaz.dialogos.eleccion_dialogos import DialogoCandidatura
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import NuevaEleccion, definir_eleccion, obtener_eleccion
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.oficina import Oficina
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto

CONSEJO = 2   # el Consejo de la red de ejemplo


@pytest.fixture
def dialogo(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    sesion = convocar(contexto, CONSEJO, NuevaSesion(date(2026, 12, 15), hora="10:00", lugar="Montevideo"))
    punto = agregar_punto(contexto, sesion, "Elección de la coordinación", "eleccion")
    definir_eleccion(contexto, punto, NuevaEleccion(CONSEJO, "coordinador", date(2027, 1, 1), date(2027, 12, 31)))
    miembros = listar_miembros(contexto)
    d = DialogoCandidatura(Oficina(db, asociacion), {"id": punto}, miembros)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d, contexto, punto


def _elegir_escribiendo(qtbot, dialogo, texto: str) -> None:
    """Escribe parte del nombre en el campo del miembro y elige la primera sugerencia con ↓ y Enter."""
    campo = dialogo.miembro.lineEdit()
    campo.setFocus()
    qtbot.keyClicks(campo, texto)
    popup = dialogo.miembro.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_agregar_y_seguir_deja_el_miembro_vacio_para_escribir_el_siguiente(qtbot, dialogo):
    d, contexto, punto = dialogo
    assert d.miembro.currentText() == ""   # al abrir: vacío, con la opción «sin miembro» como ayuda
    assert d.miembro.lineEdit().placeholderText() == "— sin miembro (solo una persona) —"
    _elegir_escribiendo(qtbot, d, "Porto Ale")
    assert d.miembro.currentText().startswith("Porto Alegre")
    qtbot.mouseClick(d.boton_seguir, Qt.MouseButton.LeftButton)
    assert d.isVisible() and d.hecho.text().startswith("✓ Agregada: Porto Alegre")
    assert d.miembro.currentText() == "" and d.persona.text() == ""
    _elegir_escribiendo(qtbot, d, "Montevid")
    assert d.miembro.currentText().startswith("Montevideo")
    assert "sin miembro" not in d.miembro.currentText()
    qtbot.mouseClick(d.boton_seguir, Qt.MouseButton.LeftButton)
    nombres = [c["nombre"] for c in obtener_eleccion(contexto, punto).candidaturas]
    assert [n.split(" (")[0] for n in nombres] == ["Porto Alegre", "Montevideo"]


def test_lo_escrito_sin_elegir_de_la_lista_no_se_guarda_callado_como_sin_miembro(qtbot, dialogo):
    d, contexto, punto = dialogo
    qtbot.keyClicks(d.miembro.lineEdit(), "Ciudad inexistente")
    qtbot.keyClicks(d.persona, "Ana Perez")
    qtbot.mouseClick(d.boton_seguir, Qt.MouseButton.LeftButton)
    assert d.mensaje.isVisible() and "Elija el miembro de la lista" in d.mensaje.text()
    assert obtener_eleccion(contexto, punto).candidaturas == []
