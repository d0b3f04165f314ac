"""Issue 61, §4, en una elección: el diálogo de candidatura ofrece el cargo que se elige en sus dos formas
(«Presidente», «Presidenta»); la candidatura de Montevideo con Carolina Cosse se agrega como «Presidenta», y al
confirmar la elección la vista previa y el mandato registrado la nombran así (el cargo sigue siendo presidente).
Por el editor de sesión de la ventana, con los pasos de test_elecciones_gui."""

from PySide6.QtCore import Qt

from escritorio.interfaz.dialogos import eleccion as dialogos_eleccion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import composicion
from test_elecciones_gui import (DESDE, PERIODO, abrir_eleccion, candidaturas_a_la_vista,  # noqa: F401 (fixtures)
                                 confirmar, definir_cargo, id_de, regla_de_elecciones)
from test_sesiones_gui import (_regla_de_quorum_simple_en_el_consejo, id_del_consejo, mensajes,  # noqa: F401 (fixtures)
                               vista)


def test_la_candidatura_en_femenino_confirma_a_la_presidenta(vista, monkeypatch, demo_abierta, copia_de_la_demo,
                                                             qtbot):
    db, asociacion = demo_abierta
    consejo = id_del_consejo(db, asociacion)
    montevideo = id_de(db, asociacion, "Montevideo")
    editor, panel, punto = abrir_eleccion(vista, monkeypatch)
    definir_cargo(panel, monkeypatch)
    assert panel.cargo.text() == f"Presidente — Consejo, {PERIODO}"   # el cargo que se elige, como el estatuto

    vistas = {}

    def completar(dialogo):
        vistas["formas"] = [dialogo.forma.itemText(i) for i in range(dialogo.forma.count())]
        assert dialogo.forma.isVisibleTo(dialogo)
        dialogo.miembro.elegir(montevideo)
        dialogo.persona.setText("Carolina Cosse")
        dialogo.forma.setCurrentIndex(dialogo.forma.findText("Presidenta"))
        qtbot.mouseClick(dialogo.boton_aceptar, Qt.MouseButton.LeftButton)
        return dialogo.result()

    monkeypatch.setattr(dialogos_eleccion.DialogoCandidatura, "exec", completar)
    panel.boton_agregar.click()
    assert vistas["formas"] == ["Presidente", "Presidenta"]
    assert candidaturas_a_la_vista(panel) == ["Montevideo (Carolina Cosse)"]
    panel.contadores["Montevideo (Carolina Cosse)"].setValue(5)
    panel.boton_cerrar.click()
    assert panel.eleccion.estado == "cerrada"

    visto = confirmar(panel, monkeypatch)
    assert visto["mandato"] == f"Montevideo (Carolina Cosse): Presidenta — Consejo, {PERIODO}"
    assert panel.eleccion.estado == "confirmada"

    db = abrir_base(copia_de_la_demo)   # otra conexión a la misma base: el mandato guardó la forma de la candidatura
    [presidenta] = [a for a in composicion(Contexto(db, asociacion["id"]), consejo, DESDE).asientos
                    if a.persona == "Carolina Cosse" and a.mandato_id]
    assert (presidenta.cargo, presidenta.forma, presidenta.nombre_del_cargo) == ("presidente", "femenina", "Presidenta")
    db.close()
