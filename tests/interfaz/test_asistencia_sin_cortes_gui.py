"""Issue 61 §7: a 1024×600 la cuenta de la asistencia («… presentes · … ausentes») y la ayuda del campo de búsqueda
se leen enteras: lo que es cero no se dice («0 excusados» se cortaba) y el campo mide lo que su ayuda."""

from datetime import date

from ayudas import oficina_de
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

CONSEJO = 2


def test_la_cuenta_y_la_busqueda_de_la_asistencia_se_leen_enteras_a_1024(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    sesion = convocar(contexto, CONSEJO, NuevaSesion(date(2026, 12, 15), hora="10:00", lugar="Montevideo"))
    con_voto = [h.miembro_id for h in asistencia(contexto, sesion).habilitados if h.con_voto]
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(con_voto[0], "ausente")]
                          + [MarcaAsistencia(m, "presente") for m in con_voto[1:]])
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(830, 520)   # el área de Sesiones en una ventana de 1024×600
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    vista.abrir(sesion)
    pestana = vista.editor.tab_asistencia
    vista.editor.pestanas.setCurrentWidget(pestana)
    qtbot.waitExposed(pestana)
    qtbot.waitUntil(lambda: "presente" in pestana.resumen.text())
    assert "excusado" not in pestana.resumen.text()   # ninguno: no se dice
    assert "1 ausente" in pestana.resumen.text()
    assert not pestana.resumen.recortado(), pestana.resumen.text()
    busqueda = pestana.busqueda
    assert busqueda.width() >= busqueda.fontMetrics().horizontalAdvance(busqueda.placeholderText()), busqueda.width()
