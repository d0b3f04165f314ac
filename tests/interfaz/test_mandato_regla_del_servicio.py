"""Terminar un mandato sin motivo: lo rechaza el servicio (servicios.organos.terminar_mandato) y el diálogo muestra
ese mensaje y marca el campo; el diálogo no tiene una regla propia. La historia de mandatos dice Vigente/Terminado/
Futuro con dominio.organos.vigente."""

from datetime import date, timedelta

import pytest

from escritorio.interfaz.dialogos.mandato import DialogoHistoriaMandatos, DialogoTerminarMandato
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import FaltaMotivo, listar_organos, mandatos_de, terminar_mandato
from ayudas import oficina_de

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


def un_mandato_vigente(db, asociacion):
    hoy = date.today().isoformat()
    contexto = Contexto(db, asociacion["id"])
    for organo in listar_organos(contexto):
        for m in mandatos_de(contexto, organo["id"]):
            if m["desde"] <= hoy and m["hasta"] is None:
                return organo, m
    pytest.skip("la red de ejemplo no tiene mandatos vigentes")


def test_terminar_sin_motivo_muestra_el_mensaje_del_servicio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    organo, mandato = un_mandato_vigente(db, asociacion)
    contexto = Contexto(db, asociacion["id"])
    with pytest.raises(FaltaMotivo) as error:
        terminar_mandato(contexto, mandato["id"], date.today(), "  ")
    dialogo = DialogoTerminarMandato(oficina_de(db, asociacion), mandato["id"], "Mandato", date.fromisoformat(mandato["desde"]))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.accept()
    assert dialogo.isVisible() and dialogo.aviso.text() == error.value.mensaje
    assert dialogo.motivo.toolTip() == error.value.mensaje
    assert next(m for m in mandatos_de(contexto, organo["id"]) if m["id"] == mandato["id"])["hasta"] is None
    dialogo.motivo.setText("Renuncia")
    dialogo.accept()
    assert not dialogo.isVisible()
    assert next(m for m in mandatos_de(contexto, organo["id"]) if m["id"] == mandato["id"])["hasta"]


def test_la_historia_dice_vigente_terminado_y_futuro(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    organo, mandato = un_mandato_vigente(db, asociacion)
    historia = DialogoHistoriaMandatos(oficina_de(db, asociacion), organo)
    qtbot.addWidget(historia)
    assert historia._situacion(mandato)[0] == "Vigente"
    ayer = (date.today() - timedelta(days=1)).isoformat()
    manana = (date.today() + timedelta(days=1)).isoformat()
    assert historia._situacion({**mandato, "hasta": ayer})[0] == "Terminado"
    assert historia._situacion({**mandato, "desde": manana})[0] == "Futuro"
    assert historia._situacion({**mandato, "hasta": date.today().isoformat()})[0] == "Vigente"   # último día
