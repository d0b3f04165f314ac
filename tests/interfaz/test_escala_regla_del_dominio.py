"""El diálogo de escala no tiene reglas propias para los tramos: los rótulos («100.000 a 499.999 hab.») y qué
tramo está fuera de orden los decide dominio.cuotas (describir_tramos, fuera_de_orden), la misma regla con la que
el servicio rechaza la escala."""

import pytest

from escritorio.dominio.cuotas import describir_tramos
from escritorio.interfaz.dialogos.escala import DialogoEscala
from ayudas import oficina_de

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


def test_tramos_fuera_de_orden_se_marcan_y_se_rotulan_con_la_regla_del_dominio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    antes = db.execute("SELECT count(*) FROM escalas").fetchone()[0]
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.fijar_tramos([("0", "150"), ("500.000", "600"), ("100.000", "1.200")])
    rotulos = [dialogo.tabla.item(fila, 2).text() for fila in range(3)]
    assert rotulos == describir_tramos([0, 500_000, 100_000]) == ["0 a 499.999 hab.", "—", "100.000 hab. o más"]
    assert not dialogo.guardar()
    assert "Los tramos deben ir en orden creciente: 100000 no es mayor que 500000." in dialogo.aviso.text()
    marcadas = [fila for fila in range(3) if dialogo.tabla.item(fila, 0).toolTip()]
    assert marcadas == [2]                                   # solo el tramo que no sube
    assert db.execute("SELECT count(*) FROM escalas").fetchone()[0] == antes
