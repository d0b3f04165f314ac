"""Designar en la ventana a una ciudad solicitante (su admisión no se aprobó): el diálogo real no registra el
mandato y dice la regla, con el artículo de la regla de composición del Consejo (issue 59, punto 2)."""

from datetime import date

from PySide6.QtCore import QDate

from escritorio.interfaz.dialogos.mandato import DialogoMandato
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import registrar_solicitud
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import listar_organos, mandatos_de
from ayudas import oficina_de


def test_la_ventana_no_designa_a_una_solicitante(copia_de_la_demo, qtbot):
    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    contexto = Contexto(db, asociacion["id"])
    solicitante = registrar_solicitud(contexto, "Villa Solicitante", "PE", fecha=date(2026, 11, 1))["id"]
    consejo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    antes = len(mandatos_de(contexto, consejo["id"]))

    dialogo = DialogoMandato(oficina_de(db, asociacion), consejo, listar_miembros(contexto))
    qtbot.addWidget(dialogo)
    dialogo.miembro.elegir(solicitante)
    assert dialogo.miembro.miembro_id() == solicitante
    dialogo.desde.setDate(QDate(2026, 11, 21))
    dialogo.guardar()

    assert dialogo.mandato_id is None
    assert dialogo.mensaje.isVisibleTo(dialogo)
    assert ("Villa Solicitante no es miembro de la asociación el 21/11/2026 (es solicitante: su admisión no se "
            "aprobó): solo un miembro puede ocupar un cargo en Consejo (Estatuto, art. 13).") in dialogo.mensaje.text()
    assert len(mandatos_de(contexto, consejo["id"])) == antes
    dialogo.close()
    db.close()
