"""La ventana y lo que deciden las sesiones (issue 41, §2): la ficha de una ciudad admitida cita la resolución que la
admitió, y «Nueva escala» deja elegir la resolución que la aprobó (el servicio decide si sirve)."""

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from escritorio.datos.organos import organos
from escritorio.interfaz.dialogos.escala import DialogoEscala
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                           puntos as sesiones_puntos)
from escritorio.servicios import votaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.efectos import PedidoDeEfectos, efectos_de_la_resolucion
from escritorio.servicios.ficha import registrar_solicitud
from ayudas import oficina_de

SESION = date.today() + timedelta(days=15)


@pytest.fixture(autouse=True)
def _sin_preguntas_bloqueantes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _resolucion(contexto: Contexto, titulo: str, decision: str, efectos: PedidoDeEfectos | None = None) -> dict:
    """Una Asamblea con todos presentes, un punto de `decision` aprobado y su resolución."""
    organo_id = next(o["id"] for o in organos(contexto.db, contexto.asociacion_id) if o["tipo"] == "asamblea")
    sesion = sesiones_convocatoria.convocar(contexto, organo_id, sesiones_convocatoria.NuevaSesion(
        SESION, lugar="Montevideo", convocada_el=date.today() - timedelta(days=20)))
    punto = sesiones_puntos.agregar_punto(contexto, sesion, titulo, "votacion", tipo_decision=decision)
    con_voto = [h.miembro_id for h in sesiones_asistencia.asistencia(contexto, sesion).habilitados if h.con_voto]
    sesiones_asistencia.registrar_asistencias(contexto, sesion, [sesiones_asistencia.MarcaAsistencia(m, "presente") for m in con_voto])
    votaciones.votar(contexto, punto, votaciones.NuevaVotacion(a_favor=len(con_voto)))
    return votaciones.adoptar_resolucion(contexto, punto, "resolucion", titulo, efectos=efectos)


def test_la_ficha_de_la_ciudad_admitida_cita_la_resolucion(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    rafaela = registrar_solicitud(contexto, "Rafaela", "AR", poblacion=100000, anio_poblacion=2022,
                                  fecha=date.today() - timedelta(days=30))["id"]
    adoptada = _resolucion(contexto, "Admisión de Rafaela", "admision", PedidoDeEfectos([rafaela]))
    assert [e["tipo"] for e in efectos_de_la_resolucion(contexto, adoptada["id"])] == ["admite"]

    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion), rafaela)
    qtbot.addWidget(dialogo)
    dialogo.show()
    esperado = (f"Admitido por {adoptada['numero']} de la Asamblea General de Socios (sesión del "
                f"{SESION:%d/%m/%Y}), desde el {SESION + timedelta(days=1):%d/%m/%Y}.")
    assert dialogo.situacion_decisiones.text() == esperado
    assert dialogo.situacion_decisiones.isVisibleTo(dialogo)
    assert "Solicitante" in dialogo.situacion_estado.text()
    # La fecha de ingreso es la de la resolución (futura), y guardar otro dato la conserva.
    assert dialogo.fecha_ingreso.date().toPython() == SESION + timedelta(days=1)
    dialogo.telefono.setText("+54 3492 000000")
    assert dialogo.guardar()
    from escritorio.servicios.ficha import obtener_ficha
    assert obtener_ficha(db, rafaela)["fecha_ingreso"] == (SESION + timedelta(days=1)).isoformat()
    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion), rafaela)
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.grab().save("/tmp/ficha_admitida.png")
    dialogo.resize(1024, 600)
    dialogo.grab().save("/tmp/ficha_admitida_1024.png")
    # Un miembro sin decisiones no muestra la fila.
    otro = DialogoFichaMiembro(oficina_de(db, asociacion), 2)
    qtbot.addWidget(otro)
    otro.show()
    assert not otro.situacion_decisiones.isVisibleTo(otro)


def test_nueva_escala_elige_la_resolucion_que_la_aprobo(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    adoptada = _resolucion(contexto, "Cuota de ingreso", "cuotas_presupuesto")
    _resolucion(contexto, "Asunto ordinario", "ordinaria")
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    # Solo las resoluciones que pueden aprobar una escala.
    ofrecidas = [dialogo.resolucion.itemData(i) for i in range(dialogo.resolucion.count())]
    assert ofrecidas == [None, adoptada["id"]]
    dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("cuota_ingreso"))
    dialogo.fijar_tramos([("0", "50"), ("100.000", "200")])
    dialogo.resolucion.setCurrentIndex(dialogo.resolucion.findData(adoptada["id"]))
    dialogo.grab().save("/tmp/escala_resolucion.png")
    assert dialogo.guardar()
    efectos = efectos_de_la_resolucion(contexto, adoptada["id"])
    assert [(e["tipo"], e["escala_id"]) for e in efectos] == [("escala", dialogo.escala_id)]
