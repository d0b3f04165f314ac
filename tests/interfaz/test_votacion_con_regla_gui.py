"""La pestaña Votaciones arranca con la regla de mayoría del tipo de decisión del punto (issue 13, punto 1): la
secretaría ve la regla con su artículo, la mayoría simple no ofrece base, y si cambia la mayoría el motivo es
obligatorio (el aviso es el del servicio) y queda en el acta."""

import os
from math import ceil
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.interfaz.dialogos.sesion import formularios as dialogos_sesion
from escritorio.interfaz.dialogos.sesion.votaciones import PestanaVotaciones
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.actas import obtener_acta
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.sesiones.reglas import fijar_regla_quorum
from ayudas import oficina_de

REFORMA = ReglaMayoria("dos_tercios", "presentes", "Estatuto, arts. 20 y 24")


@pytest.fixture(autouse=True)
def _la_reforma_tambien_en_el_consejo(demo_db):
    """La red de ejemplo de cada prueba, con la regla de reforma del estatuto también para el Consejo (dos tercios de
    los presentes)."""
    contexto = Contexto(demo_db, listar_asociaciones(demo_db)[0]["id"])
    consejo = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    fijar_regla_quorum(contexto, consejo, ReglaQuorum(tipo_decision="reforma_estatuto"), quorum_propio=False,
                       mayoria=REFORMA, vigente_desde=date(1995, 11, 11))


@pytest.fixture
def vista(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    # «Cerrar votación» pide confirmación (probada en test_sesiones_pantalla.py): aquí se acepta.
    monkeypatch.setattr(PestanaVotaciones, "confirmar_cierre", lambda self, prevision: True)
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 820)
    vista.show()
    vista.mostrar(oficina_de(demo_db, listar_asociaciones(demo_db)[0]))
    return vista


def _convocar_consejo_con_una_reforma(vista, monkeypatch) -> int:
    contexto = Contexto(vista.db, vista.asociacion["id"])
    consejo = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Consejo")

    def convocar(dialogo):
        dialogo.elegir_organo(consejo)
        dialogo.fecha.setDate(QDate(hoy()))
        dialogo.convocada_el.setDate(QDate(hoy() - timedelta(days=20)))
        dialogo.lugar.setText("Intendencia de Montevideo")
        dialogo.guardar()
        return dialogo.result()

    def punto(dialogo):
        dialogo.titulo.setText("Reforma del artículo 9 del Estatuto")
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("votacion"))
        # El tipo de decisión se elige entre todos los del dominio, y la ayuda dice qué regla rige.
        assert dialogo.decision.count() == 8
        dialogo.decision.setCurrentIndex(dialogo.decision.findData("reforma_estatuto"))
        assert "dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. 20 y 24)" in \
            dialogo.regla.text()
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoConvocar, "exec", convocar)
    vista.convocar()
    monkeypatch.setattr(dialogos_sesion.DialogoPunto, "exec", punto)
    vista.editor.orden.agregar(subpunto=False)
    return next(p["id"] for p in vista.editor.puntos if p["titulo"].startswith("Reforma del artículo 9"))


def test_la_votacion_arranca_con_la_regla_del_punto_no_se_rebaja_y_pide_motivo_para_endurecerla(vista, monkeypatch,
                                                                                                    qtbot, demo_db):
    punto = _convocar_consejo_con_una_reforma(vista, monkeypatch)
    editor = vista.editor
    asistencia = editor.tab_asistencia
    con_voto = [h.miembro_id for h in asistencia.filas if h.con_voto]
    presentes = max(8, len(con_voto) // 2 + 1)   # hay quórum (mitad más uno, art. 19)
    for miembro in con_voto[:presentes]:
        assert asistencia.marcar(miembro, "presente")
    editor.pestanas.setCurrentWidget(editor.votaciones)
    votacion = editor.votaciones
    votacion.seleccionar(punto)

    # Arranca con la regla del tipo de decisión, que se ve con su artículo.
    assert (votacion.mayoria.currentData(), votacion.base.currentData()) == ("dos_tercios", "presentes")
    assert votacion.regla.text() == ("Regla: Dos tercios de los miembros presentes con derecho a voto "
                                     "(Estatuto, arts. 20 y 24). La fija el estatuto: solo se vota con ella o con una "
                                     "más exigente.")
    assert not votacion.motivo.isVisibleTo(votacion)

    # 3–2–3: con la regla de reforma (dos tercios de los presentes) se rechaza.
    votacion.a_favor.setValue(3)
    votacion.en_contra.setValue(2)
    votacion.abstenciones.setValue(3)
    assert votacion.texto_resultado == ("Si se cierra ahora: Rechazada: 3 a favor, 2 en contra, 3 abstenciones; "
                                        f"se requerían {ceil(presentes * 2 / 3)} (dos tercios de {presentes} "
                                        "miembros presentes).")

    # Rebajarla a la mayoría simple, aun con motivo, no se admite: el aviso del servicio cita el artículo.
    votacion.mayoria.setCurrentIndex(votacion.mayoria.findData("simple"))
    assert votacion.base.currentText() == "Votos emitidos" and not votacion.base.isEnabled()
    qtbot.waitUntil(lambda: votacion.motivo.isVisibleTo(votacion), timeout=2000)
    qtbot.keyClicks(votacion.motivo, "Hay apuro")
    votacion.boton_cerrar.click()
    assert ("La reforma del estatuto exige dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. "
            "20 y 24); una votación no puede pedir menos.") in votacion.problemas.texto
    assert votacion.lista.item(0, 1).text() == "Pendiente"
    if os.environ.get("CAPTURAS"):
        editor.window().resize(1024, 600)
        editor.window().grab().save(os.path.join(os.environ["CAPTURAS"], "votacion_rebaja_1024x600.png"))

    # Más fracción sobre menos base (tres cuartos de los emitidos) tampoco: no es comparable.
    votacion.mayoria.setCurrentIndex(votacion.mayoria.findData("tres_cuartos"))
    votacion.base.setCurrentIndex(votacion.base.findData("emitidos"))
    votacion.boton_cerrar.click()
    assert "no es más exigente" in votacion.problemas.texto

    # Endurecerla (tres cuartos de los presentes) sin motivo no se cierra; con motivo, sí, y el acta lo imprime.
    votacion.base.setCurrentIndex(votacion.base.findData("presentes"))
    votacion.motivo.clear()
    votacion.a_favor.setValue(presentes - 1)
    votacion.en_contra.setValue(1)
    votacion.abstenciones.setValue(0)
    votacion.boton_cerrar.click()
    assert "escriba el motivo del cambio" in votacion.problemas.texto
    qtbot.keyClicks(votacion.motivo, "Mandato de la Asamblea del 20 de mayo")
    votacion.boton_cerrar.click()
    assert votacion.lista.item(0, 1).text() == "Aprobada", votacion.problemas.texto
    acta = obtener_acta(Contexto(demo_db, vista.asociacion["id"]), editor.sesion_id)
    guardado = next(p for p in acta.contenido.puntos if p["titulo"].startswith("Reforma del artículo 9"))
    assert guardado["regla_mayoria"] == REFORMA.describir()
    assert guardado["motivo_mayoria"] == "Mandato de la Asamblea del 20 de mayo"


def test_volver_a_la_regla_oculta_el_motivo(vista, monkeypatch, qtbot):
    punto = _convocar_consejo_con_una_reforma(vista, monkeypatch)
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.votaciones)
    votacion = editor.votaciones
    votacion.seleccionar(punto)
    votacion.base.setCurrentIndex(votacion.base.findData("con_derecho"))
    assert votacion.motivo.isVisibleTo(votacion)
    votacion.base.setCurrentIndex(votacion.base.findData("presentes"))
    assert not votacion.motivo.isVisibleTo(votacion)
