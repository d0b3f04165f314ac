"""Semilla 003 (líneas 387-393): una secretaría técnica necesita su Secretario Ejecutivo, su Secretario de
Programación, su Secretario de Finanzas (la tesorería) y las direcciones que ellos nombran. Se designan por el
servicio y por el diálogo de mandato, que ofrece primero los cargos propios del tipo de órgano."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from escritorio.dominio.organos import CARGOS, CARGOS_DEL_TIPO, cargos_para
from escritorio.interfaz.dialogos import mandato
from escritorio.interfaz.dialogos.mandato import DialogoMandato
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import NuevoMandato, composicion, designar, listar_organos
from ayudas import oficina_de

DESDE = date(2026, 3, 1)


def _tecnica(db, asociacion_id) -> dict:
    return next(o for o in listar_organos(Contexto(db, asociacion_id)) if o["tipo"] == "secretaria_tecnica")


def _cargos_del_combo(dialogo) -> list:
    """Los códigos del desplegable en orden, cada cargo una vez (los que se nombran distinto en femenino están dos
    veces, una por forma: test_cargos_en_femenino_gui.py); None marca la línea que separa los propios de los demás."""
    return list(dict.fromkeys(dialogo.cargo.itemData(i) for i in range(dialogo.cargo.count())))


def test_los_cargos_de_la_secretaria_tecnica_tienen_su_nombre():
    assert [CARGOS[c] for c in ("secretario_ejecutivo", "secretario_programacion", "secretario_finanzas",
                                "tesorero", "director")] == [
        "Secretario Ejecutivo", "Secretario de Programación", "Secretario de Finanzas", "Tesorero", "Director"]
    assert cargos_para("secretaria_tecnica")[:3] == ["secretario_ejecutivo", "secretario_programacion",
                                                     "secretario_finanzas"]
    assert sorted(cargos_para("secretaria_tecnica")) == sorted(CARGOS)   # ninguno queda fuera
    assert cargos_para("unidad_tematica")[:2] == ["coordinador", "subcoordinador"]


def test_un_secretario_de_finanzas_en_la_secretaria_tecnica_por_el_servicio(copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)
    a = listar_asociaciones(db)[0]["id"]
    tecnica = _tecnica(db, a)
    designar(Contexto(db, a), tecnica["id"], NuevoMandato("secretario_finanzas", DESDE, persona="Laura Benítez"))
    designar(Contexto(db, a), tecnica["id"], NuevoMandato("director", DESDE, persona="Pablo Ríos"))
    db.close()

    db = abrir_base(copia_de_la_demo)   # cerrar y volver a abrir: quedó en la base
    asientos = composicion(Contexto(db, a), tecnica["id"], date(2026, 6, 1)).asientos
    cargos = {x.persona: CARGOS[x.cargo] for x in asientos}
    assert cargos["Laura Benítez"] == "Secretario de Finanzas" and cargos["Pablo Ríos"] == "Director"
    db.close()


def test_el_dialogo_ofrece_primero_los_cargos_de_la_secretaria_tecnica_y_designa_al_de_finanzas(
        qtbot, copia_de_la_demo, monkeypatch):
    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    tecnica = _tecnica(db, asociacion["id"])
    dialogo = DialogoMandato(oficina_de(db, asociacion), tecnica, listar_miembros(Contexto(db, asociacion["id"])))
    qtbot.addWidget(dialogo)
    codigos = _cargos_del_combo(dialogo)
    propios = list(CARGOS_DEL_TIPO["secretaria_tecnica"])
    assert codigos[:len(propios)] == propios and codigos[len(propios)] is None   # una línea y después los demás
    assert "presidente" in codigos and "titular" in codigos                      # sin impedir los demás
    assert dialogo.cargo.currentData() == "secretario_ejecutivo"                 # no el «titular» genérico
    assert dialogo.cargo.itemText(dialogo.cargo.findData("secretario_finanzas")) == "Secretario de Finanzas"
    dialogo.close()

    # Una unidad temática ofrece primero coordinación.
    unidad = next(o for o in listar_organos(Contexto(db, asociacion["id"])) if o["tipo"] == "unidad_tematica")
    dialogo = DialogoMandato(oficina_de(db, asociacion), unidad, listar_miembros(Contexto(db, asociacion["id"])),
                             cargo="integrante")
    qtbot.addWidget(dialogo)
    assert _cargos_del_combo(dialogo)[:2] == ["coordinador", "subcoordinador"]
    assert dialogo.cargo.currentData() == "integrante"
    dialogo.close()

    # Por la vista Órganos, como la secretaría: elegir la Secretaría Técnica, «Designar…», Secretario de Finanzas.
    vista = VistaOrganos()
    qtbot.addWidget(vista)
    vista.resize(1150, 780)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    assert vista.seleccionar(tecnica["id"])

    def completar(d):
        d.persona.setText("Laura Benítez")
        d.cargo.setCurrentIndex(d.cargo.findData("secretario_finanzas"))
        d.desde.setDate(QDate(DESDE))
        d.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(mandato.DialogoMandato, "exec", completar)
    vista.designar()
    vista.fecha.setDate(QDate(2026, 6, 1))
    filas = [[vista.tabla.item(f, c).text() for c in range(vista.tabla.columnCount())]
             for f in range(vista.tabla.rowCount())]
    assert any("Laura Benítez" in fila and "Secretario de Finanzas" in fila for fila in filas), filas
    db.close()

    db = abrir_base(copia_de_la_demo)
    asientos = composicion(Contexto(db, asociacion["id"]), tecnica["id"], date(2026, 6, 1)).asientos
    assert [(x.persona, x.cargo) for x in asientos if x.persona == "Laura Benítez"] == [
        ("Laura Benítez", "secretario_finanzas")]
    db.close()
