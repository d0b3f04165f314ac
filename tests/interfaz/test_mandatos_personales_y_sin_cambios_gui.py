"""Los mandatos en la ventana (issue 59, puntos 2 y 5): un cargo personal pide la persona, con la regla y su
artículo; terminar un mandato en el día en que ya termina no cambia nada, se dice y no se anota; y designar en la
Comisión Directiva ofrece el mismo cargo que escribe el traspaso."""

from datetime import date

from PySide6.QtWidgets import QDialog, QLabel

from escritorio.dominio.organos import CARGO_DE_LA_TROIKA
from escritorio.interfaz.dialogos import mandato as dialogos_mandato
from escritorio.interfaz.dialogos.mandato import DialogoMandato, DialogoTerminarMandato
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import NuevoMandato, designar, listar_organos, mandatos_de
from ayudas import oficina_de


def _organo(contexto, tipo: str) -> dict:
    return next(o for o in listar_organos(contexto) if o["tipo"] == tipo)


def test_un_cargo_personal_pide_la_persona(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    tecnica = _organo(contexto, "secretaria_tecnica")
    miembros = listar_miembros(contexto)
    montevideo = next(m["id"] for m in miembros if m["nombre"] == "Montevideo")
    antes = len(mandatos_de(contexto, tecnica["id"]))
    dialogo = DialogoMandato(oficina_de(db, asociacion), tecnica, miembros)
    qtbot.addWidget(dialogo)
    dialogo.show()
    assert dialogo.cargo.currentData() == "secretario_ejecutivo"
    dialogo.miembro.elegir(montevideo)
    dialogo.persona.setText("")
    dialogo.guardar()
    assert dialogo.result() != QDialog.DialogCode.Accepted and dialogo.mandato_id is None
    assert ("El cargo Secretario Ejecutivo de Secretaría Técnica Permanente es personal (Estatuto, art. 16): lo "
            "ejerce una persona con nombre.") in dialogo.mensaje.text()
    assert len(mandatos_de(contexto, tecnica["id"])) == antes
    qtbot.wait(50)
    dialogo.grab().save("/tmp/escritorio-mandato-cargo-personal.png")
    dialogo.persona.setText("Jorge Rodríguez")
    dialogo.guardar()
    assert dialogo.result() == QDialog.DialogCode.Accepted
    [nuevo] = [m for m in mandatos_de(contexto, tecnica["id"]) if m["id"] == dialogo.mandato_id]
    assert (nuevo["cargo"], nuevo["persona"]) == ("secretario_ejecutivo", "Jorge Rodríguez")


def test_terminar_en_el_dia_en_que_ya_termina_no_cambia_nada(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    consejo = _organo(contexto, "consejo")
    lima = next(m["id"] for m in listar_miembros(contexto) if m["nombre"] == "Lima")
    mandato = designar(contexto, consejo["id"], NuevoMandato("suplente", date(2025, 3, 1), miembro_id=lima,
                                                             hasta=date(2026, 11, 20)))
    dialogo = DialogoTerminarMandato(oficina_de(db, asociacion), mandato, "Lima: Suplente", date(2025, 3, 1))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.fecha.setDate(date(2026, 11, 20))
    dialogo.motivo.setText("Fin del período")
    dialogo.accept()
    assert dialogo.result() != QDialog.DialogCode.Accepted
    assert dialogo.aviso.isVisibleTo(dialogo)
    assert dialogo.aviso.text() == (f"El mandato {mandato} ya termina el 20/11/2026: no cambia nada, y no se anotó "
                                    "en su historia.")
    [leido] = [m for m in mandatos_de(contexto, consejo["id"]) if m["id"] == mandato]
    assert leido["correcciones"] == [] and leido["hasta"] == "2026-11-20"
    qtbot.wait(50)
    dialogo.grab().save("/tmp/escritorio-mandato-sin-cambio.png")


def test_designar_en_la_comision_directiva_ofrece_el_cargo_del_traspaso(qtbot, demo_abierta, monkeypatch):
    db, asociacion = demo_abierta
    vista = VistaOrganos()
    qtbot.addWidget(vista)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    vista.seleccionar("Comisión Directiva")
    ofrecido = []

    def mirar(dialogo):
        ofrecido.append(dialogo.cargo.currentData())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogos_mandato.DialogoMandato, "exec", mirar)
    vista.designar()
    assert ofrecido == [CARGO_DE_LA_TROIKA]
    # El mismo que escribió el traspaso en los mandatos de la troika de la demo.
    directiva = _organo(Contexto(db, asociacion["id"]), "comision_directiva")
    assert {m["cargo"] for m in mandatos_de(Contexto(db, asociacion["id"]), directiva["id"])} == {CARGO_DE_LA_TROIKA}


def test_el_traspaso_sin_comision_directiva_no_la_nombra(qtbot, demo_abierta):
    """Punto 4: la vista previa del traspaso nombra solo los órganos que la asociación tiene. Sin la regla de la troika,
    la Comisión Directiva no es la que el traspaso rehace: ni la explicación ni «Lo que cambiará» la nombran."""
    from escritorio.interfaz.dialogos import organo
    from escritorio.servicios.reglas_de_composicion import quitar_regla, reglas_de_composicion

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    directiva = _organo(contexto, "comision_directiva")
    con = organo.DialogoTraspaso(oficina_de(db, asociacion), listar_miembros(contexto))
    qtbot.addWidget(con)
    con.fecha.setDate(date(2030, 12, 1))
    assert "Comisión Directiva" in con.previa.text()
    for regla in reglas_de_composicion(contexto, directiva["id"]):
        quitar_regla(contexto, regla["id"])
    dialogo = organo.DialogoTraspaso(oficina_de(db, asociacion), listar_miembros(contexto))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.fecha.setDate(date(2030, 12, 1))
    textos = " ".join(etiqueta.text() for etiqueta in dialogo.findChildren(QLabel))
    assert "Secretaría Ejecutiva: " in dialogo.previa.text()
    assert "Comisión Directiva" not in textos
    qtbot.wait(50)
    dialogo.grab().save("/tmp/escritorio-traspaso-sin-comision.png")
