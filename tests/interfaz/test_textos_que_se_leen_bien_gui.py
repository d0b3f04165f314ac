"""Issue 42, «Small things a careful product gets right»: cifras con su singular y textos que no dan por sentado el
órgano. Se mira lo que ve la secretaria en cada diálogo, escribiendo como ella."""

from PySide6.QtCore import Qt

from escritorio.interfaz.dialogos.organo import DialogoNuevoOrgano, DialogoPeriodo
from escritorio.interfaz.dialogos.sesion.formularios import DialogoResolucion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import listar_organos
from ayudas import oficina_de


def test_la_frecuencia_y_el_periodo_dicen_cada_1_mes_y_12_meses(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    organos = listar_organos(Contexto(db, asociacion["id"]))
    nuevo = DialogoNuevoOrgano(oficina_de(db, asociacion), organos)
    qtbot.addWidget(nuevo)
    nuevo.frecuencia.lineEdit().selectAll()
    qtbot.keyClicks(nuevo.frecuencia, "1")
    assert nuevo.frecuencia.text() == "cada 1 mes"          # no «cada 1 meses»
    qtbot.keyClick(nuevo.frecuencia, Qt.Key.Key_Up)
    assert nuevo.frecuencia.text() == "cada 2 meses"
    periodo = DialogoPeriodo(oficina_de(db, asociacion), organos[0])
    qtbot.addWidget(periodo)
    periodo.meses.setValue(1)
    assert periodo.meses.text() == "1 mes"
    periodo.meses.setValue(12)
    assert periodo.meses.text() == "12 meses"


def test_el_texto_de_ejemplo_de_una_resolucion_no_nombra_al_consejo(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = DialogoResolucion(oficina_de(db, asociacion), {"id": 1, "titulo": "Presupuesto 2027", "numeracion": "2"})
    qtbot.addWidget(dialogo)
    ejemplo = dialogo.texto.placeholderText()
    assert "Consejo" not in ejemplo and "se resuelve" in ejemplo
