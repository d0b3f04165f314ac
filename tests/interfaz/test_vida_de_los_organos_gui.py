"""La creación y la disolución de un órgano en la ventana (issue 66, §4), con la red de ejemplo y como lo hace una
secretaria: crea una unidad con el día y la resolución que la crearon y, al volver a abrir la base, las fechas
siguen ahí; disuelve una unidad viendo antes los mandatos que termina; el rechazo del servicio (una sesión después
de la fecha) se muestra en el diálogo y no deja disolver; la disolución equivocada se anula."""

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from ayudas import oficina_de
from escritorio.interfaz.dialogos import organo, organo_vida
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import listar_organos, mandatos_de

AYER = date.fromordinal(date.today().toordinal() - 1)


@pytest.fixture
def organos(qtbot, copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)
    vista = VistaOrganos()
    qtbot.addWidget(vista)
    vista.resize(1150, 780)
    vista.show()
    vista.mostrar(oficina_de(db))
    yield vista
    db.close()


def _del_archivo(ruta, nombre) -> dict:
    """El órgano leído de la base en otra conexión (la base vuelta a abrir)."""
    otra = abrir_base(ruta)
    try:
        return next(o for o in listar_organos(Contexto(otra, 1)) if o["nombre"] == nombre)
    finally:
        otra.close()


def test_crear_una_unidad_con_su_creacion_y_verla_al_reabrir_la_base(organos, copia_de_la_demo, monkeypatch):
    organos.seleccionar("Consejo")

    def crear(dialogo):
        assert dialogo.creacion.sin_fecha.isChecked() and not dialogo.creacion.fecha.isEnabled()
        dialogo.nombre.setText("UT Juventudes")
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("unidad_tematica"))
        dialogo.creacion.sin_fecha.setChecked(False)
        dialogo.creacion.fecha.setDate(QDate(2026, 3, 1))
        dialogo.creacion.por.setText("Resolución 2/2026")
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(organo.DialogoNuevoOrgano, "exec", crear)
    organos.nuevo_organo()
    assert organos.organo["nombre"] == "UT Juventudes"
    assert "creado el 01/03/2026 (Resolución 2/2026)" in organos.detalle.text()
    organos.fecha.setDate(QDate(2025, 6, 1))
    assert organos.avisos.avisos == ["UT Juventudes todavía no existía el 01/06/2025: se creó el 01/03/2026 "
                                     "(Resolución 2/2026)."]

    leido = _del_archivo(copia_de_la_demo, "UT Juventudes")
    assert (leido["creado_el"], leido["creado_por"], leido["disuelto_el"]) == ("2026-03-01", "Resolución 2/2026",
                                                                              None)
    # Con la base vuelta a abrir, el diálogo de la creación muestra lo guardado.
    otra = abrir_base(copia_de_la_demo)
    try:
        dialogo = organo_vida.DialogoCreacionDelOrgano(oficina_de(otra), leido, organos)
        assert not dialogo.campos.sin_fecha.isChecked()
        assert dialogo.campos.fecha.date().toPython() == date(2026, 3, 1)
        assert dialogo.campos.por.text() == "Resolución 2/2026"
        dialogo.close()
    finally:
        otra.close()


def test_fijar_la_creacion_de_un_organo_cargado_y_el_rechazo_junto_al_campo(organos, copia_de_la_demo, monkeypatch):
    organos.seleccionar("Consejo")
    visto = {}

    def fijar(dialogo):
        dialogo.campos.sin_fecha.setChecked(False)
        dialogo.campos.fecha.setDate(QDate(date.today().year, 11, 1))   # después de sus mandatos: se rechaza
        dialogo.guardar()
        visto["mensaje"] = dialogo.mensaje.text()
        visto["marcado"] = dialogo.campos.fecha.toolTip()
        dialogo.campos.fecha.setDate(QDate(1995, 11, 11))
        dialogo.campos.por.setText("Estatuto, art. 13")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(organo_vida.DialogoCreacionDelOrgano, "exec", fijar)
    organos.creacion()
    assert visto["mensaje"].startswith("No se cambió la creación del órgano:\n• Consejo tiene ")
    assert visto["marcado"].startswith("Consejo tiene ")
    assert "creado el 11/11/1995 (Estatuto, art. 13)" in organos.detalle.text()
    assert _del_archivo(copia_de_la_demo, "Consejo")["creado_el"] == "1995-11-11"


def test_disolver_una_unidad_viendo_lo_que_termina_y_anularlo(organos, copia_de_la_demo, monkeypatch):
    organos.seleccionar("UT Turismo")
    assert organos.boton_disolver.text() == "Disolver…"
    visto = {}

    def disolver(dialogo):
        dialogo.fecha.setDate(QDate(AYER))
        visto["previa"] = dialogo.previa.text()
        dialogo.por.setText("Resolución 4/2026")
        dialogo.confirmar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(organo_vida.DialogoDisolverOrgano, "exec", disolver)
    organos.disolver()
    assert "UT Turismo se disuelve el" in visto["previa"] and "Maracay — Coordinador" in visto["previa"]
    assert organos.boton_disolver.text() == "Anular la disolución…"
    assert f"disuelto el {AYER.day:02d}/{AYER.month:02d}/{AYER.year}" in organos.detalle.text()
    assert organos.tabla.rowCount() == 0 and "ya no existía" in organos.avisos.avisos[0]
    leido = _del_archivo(copia_de_la_demo, "UT Turismo")
    assert (leido["disuelto_el"], leido["disuelto_por"]) == (AYER.isoformat(), "Resolución 4/2026")
    db = abrir_base(copia_de_la_demo)
    try:
        assert {m["hasta"] for m in mandatos_de(Contexto(db, 1), leido["id"])} == {AYER.isoformat()}
    finally:
        db.close()

    # Se equivocó de fecha: la anula (pregunta antes) y los mandatos vuelven a como estaban.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    organos.disolver()
    assert organos.boton_disolver.text() == "Disolver…"
    assert _del_archivo(copia_de_la_demo, "UT Turismo")["disuelto_el"] is None


def test_lo_que_impide_disolverlo_se_ve_y_no_deja_confirmar(organos, monkeypatch):
    organos.seleccionar("Consejo")
    visto = {}

    def disolver(dialogo):
        dialogo.fecha.setDate(QDate(2000, 1, 1))   # el Consejo sesionó después
        dialogo.por.setText("Reforma")
        visto["avisos"] = list(dialogo.problemas.avisos)
        visto["habilitado"] = dialogo.boton_disolver.isEnabled()
        dialogo.confirmar()
        visto["hecho"] = dialogo.hecho
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(organo_vida.DialogoDisolverOrgano, "exec", disolver)
    organos.disolver()
    assert visto["avisos"][0].startswith("Consejo tiene sesiones convocadas o celebradas después del 01/01/2000: ")
    assert not visto["habilitado"] and not visto["hecho"]
    assert organos.boton_disolver.text() == "Disolver…"
