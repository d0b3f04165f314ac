"""Issue 61 §4: dar un poder se descubre. En la planilla de asistencia, la celda «Poder a» de quien no está y puede
darlo ofrece «Dar poder… ▾»; un clic (no doble clic) abre la lista de los presentes, y también F2 con el teclado. Quien
no está no figura con «Voto: Sí»: «—», o «Por poder» cuando lo dio. Lo dado sigue al cerrar y abrir la base."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from ayudas import oficina_de
from escritorio.interfaz.modelos.sesiones import C_PODER, C_VOTO
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")
CONSEJO = 2


@pytest.fixture
def planilla(qtbot, copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    contexto = Contexto(db, asociacion["id"])
    sesion = convocar(contexto, CONSEJO, NuevaSesion(date(2026, 12, 15), hora="10:00", lugar="Montevideo"))
    con_voto = [h.miembro_id for h in asistencia(contexto, sesion).habilitados if h.con_voto]
    # Todos presentes menos los dos primeros (la mesa ya pasó lista): ausentes, con su voto para dar.
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(m, "presente") for m in con_voto[2:]]
                          + [MarcaAsistencia(m, "ausente") for m in con_voto[:2]])
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    vista.abrir(sesion)
    pestana = vista.editor.tab_asistencia
    vista.editor.pestanas.setCurrentWidget(pestana)
    pestana.grab().save(str(Path(copia_de_la_demo).parent / "planilla.png"))
    yield pestana, con_voto, copia_de_la_demo, sesion
    db.close()


def _celda(pestana, miembro_id: int, columna: int):
    fila = pestana.modelo.fila_de(miembro_id)
    return pestana.filtro.mapFromSource(pestana.modelo.index(fila, columna))


def _elegir_en_la_lista(qtbot, pestana) -> str:
    """La lista de los presentes abierta sobre la celda: ↓ y Enter eligen el primero. Devuelve su nombre."""
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    elegido = combo.itemText(1)
    combo.hidePopup()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    return elegido


def test_un_clic_en_poder_a_abre_la_lista_y_el_ausente_vota_por_poder(qtbot, planilla):
    pestana, con_voto, ruta, sesion = planilla
    ausente, otro = con_voto[0], con_voto[1]
    modelo = pestana.modelo
    assert modelo.data(modelo.index(modelo.fila_de(ausente), C_VOTO)) == "—"   # no «Sí»: no está
    celda = _celda(pestana, ausente, C_PODER)
    rect = pestana.tabla.visualRect(celda)
    qtbot.mouseClick(pestana.tabla.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())   # un solo clic
    elegido = _elegir_en_la_lista(qtbot, pestana)
    qtbot.waitUntil(lambda: modelo.data(modelo.index(modelo.fila_de(ausente), C_VOTO)) == "Por poder")
    assert modelo.data(modelo.index(modelo.fila_de(ausente), C_PODER)) == elegido
    # Con el teclado: F2 sobre la fila del otro ausente abre la misma lista.
    pestana.tabla.setFocus()
    pestana.tabla.setCurrentIndex(_celda(pestana, otro, C_PODER))
    qtbot.keyClick(pestana.tabla, Qt.Key.Key_F2)
    _elegir_en_la_lista(qtbot, pestana)
    qtbot.waitUntil(lambda: modelo.data(modelo.index(modelo.fila_de(otro), C_VOTO)) == "Por poder")
    # Cerrada y vuelta a abrir: los dos poderes quedaron.
    otra = abrir_base(ruta)
    try:
        habilitados = {h.miembro_id: h for h in asistencia(Contexto(otra, 1), sesion).habilitados}
        assert habilitados[ausente].poder_a is not None and habilitados[otro].poder_a is not None
    finally:
        otra.close()
