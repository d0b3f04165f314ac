"""Issue 59, punto 5, en la ventana: marcar la asistencia de una sesión que todavía no empezó pregunta antes (con el
aviso del servicio; Cancelar no registra nada), una vez por sesión; el primer acto la deja «Celebrada» y el editor lo
dice. La pregunta de verdad (un QMessageBox), contestada con un temporizador real."""

from datetime import date, time, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.sesion import piezas as sesion_piezas
from escritorio.servicios import base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones import titulo_sesion
from escritorio.servicios.sesiones.asistencia import asistencia
from escritorio.datos.sesiones import sesion as fila_sesion
from test_sesiones_gui import (_regla_de_quorum_simple_en_el_consejo, convocar_consejo, mensajes,  # noqa: F401
                               vista)


def contestar(qtbot, boton: str, vistos: list) -> None:
    """Cuando aparezca la pregunta, anota su texto y aprieta `boton` (un temporizador real, como un clic)."""
    def mirar():
        caja = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if caja is None:
            QTimer.singleShot(50, mirar)
            return
        vistos.append((caja.windowTitle(), caja.text(), [b.text() for b in caja.buttons()],
                       caja.defaultButton().text()))
        next(b for b in caja.buttons() if b.text() == boton).click()

    QTimer.singleShot(50, mirar)


def test_la_asistencia_antes_de_la_hora_pregunta_y_la_sesion_queda_celebrada(
        qtbot, vista, demo_abierta, monkeypatch, actos_antes_de_la_sesion):
    db, asociacion = demo_abierta
    monkeypatch.setattr(sesion_piezas, "confirmar_acto_antes_de_empezar", actos_antes_de_la_sesion.original)
    # Son las 07:15 del día de la sesión, convocada para las 10:30 (convocar_consejo).
    monkeypatch.setattr(base, "ahora", lambda: __import__("datetime").datetime.combine(date.today(), time(7, 15)))
    sesion_id = convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    con_voto = [h.miembro_id for h in editor.tab_asistencia.filas if h.con_voto]

    # Cancelar: no se registra nada y la sesión sigue «Convocada».
    vistos: list = []
    contestar(qtbot, "Cancelar", vistos)
    assert not editor.tab_asistencia.marcar(con_voto[0], "presente")
    [(titulo, texto, botones, por_omision)] = vistos
    assert titulo == "La sesión todavía no empezó" and por_omision == "Cancelar"
    assert botones == ["Registrar igual", "Cancelar"]
    # la sesión por el id que usan las órdenes y por su título (issue 80, §3)
    titulo = titulo_sesion(fila_sesion(db, sesion_id))
    assert texto.startswith(f"La sesión {sesion_id} ({titulo}) está convocada para el "
                            f"{date.today():%d/%m/%Y} a las 10:30 y ahora es el {date.today():%d/%m/%Y} a las 07:15")
    contexto = Contexto(db, asociacion["id"])
    assert [h.estado for h in asistencia(contexto, sesion_id).habilitados if h.miembro_id == con_voto[0]] == ["ausente"]
    assert fila_sesion(db, sesion_id)["estado"] == "convocada"

    # «Registrar igual»: queda registrada, la sesión pasa a «Celebrada» y el editor lo dice.
    contestar(qtbot, "Registrar igual", vistos)
    assert editor.tab_asistencia.marcar(con_voto[0], "presente")
    assert len(vistos) == 2
    assert fila_sesion(db, sesion_id)["estado"] == "celebrada"
    assert editor.chip_sesion.text() == "Celebrada"
    assert any("pasó a «Celebrada»: se registraron sus actos" in a for a in editor.aviso.avisos)
    # Una vez confirmado, la siguiente marca de la misma sesión no vuelve a preguntar.
    assert editor.tab_asistencia.marcar(con_voto[1], "presente")
    assert len(vistos) == 2
    editor.grab().save("/tmp/actos_celebrada.png")
