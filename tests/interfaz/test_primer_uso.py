"""Primer uso sin base: la bienvenida ofrece crear una asociación o la red de ejemplo; ningún camino queda sin salida."""

from PySide6.QtWidgets import QDialog

from escritorio.interfaz import primer_uso
from escritorio.interfaz.dialogos.bienvenida import AsistenteAsociacion, DialogoBienvenida
from escritorio.servicios.asociaciones import listar_asociaciones, paises_de
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_padron


def elegir(eleccion):
    def exec_(dialogo):
        dialogo.eleccion = eleccion
        return QDialog.DialogCode.Accepted
    return exec_


def test_explorar_la_red_de_ejemplo(qtbot, tmp_path, monkeypatch):
    db = abrir_base(tmp_path / "nueva.db")
    monkeypatch.setattr(DialogoBienvenida, "exec", elegir("demo"))
    assert primer_uso.preparar_primer_uso(db) is True
    asociacion = listar_asociaciones(db)[0]
    assert asociacion["sigla"] == "RCS"
    assert len(listar_padron(Contexto(db, asociacion["id"]))) == 300


def test_crear_una_asociacion_con_el_asistente(qtbot, tmp_path, monkeypatch):
    db = abrir_base(tmp_path / "nueva.db")
    monkeypatch.setattr(DialogoBienvenida, "exec", elegir("crear"))

    def completar(asistente):
        asistente.datos.nombre.setText("Red de Municipios del Litoral")
        asistente.datos.sigla.setText("RML")
        asistente.datos.pais_sede.setCurrentIndex(asistente.datos.pais_sede.findData("UY"))
        asistente.paises.fijar("AR", "pleno")
        asistente.paises.fijar("UY", "asociado")
        asistente.accept()
        return asistente.result()

    monkeypatch.setattr(AsistenteAsociacion, "exec", completar)
    assert primer_uso.preparar_primer_uso(db) is True
    asociacion = listar_asociaciones(db)[0]
    assert (asociacion["nombre"], asociacion["sigla"]) == ("Red de Municipios del Litoral", "RML")
    assert paises_de(Contexto(db, asociacion["id"])) == {"AR": "pleno", "UY": "asociado"}
    # El país de la sede fija la ley de los datos personales: una solicitud ya se puede registrar (issue 78).
    from escritorio.servicios.solicitudes_de_datos import politica, por_que_no_se_registra_una_solicitud
    assert politica(Contexto(db, asociacion["id"])).pais == "UY"
    assert por_que_no_se_registra_una_solicitud(Contexto(db, asociacion["id"])) is None


def test_el_asistente_pide_el_pais_de_la_sede_junto_a_su_campo(qtbot, tmp_path):
    db = abrir_base(tmp_path / "nueva.db")
    asistente = AsistenteAsociacion(db)
    qtbot.addWidget(asistente)
    asistente.show()
    asistente.datos.nombre.setText("Red de Municipios del Litoral")
    asistente.datos.sigla.setText("RML")
    asistente.next()
    asistente.paises.fijar("AR", "pleno")
    asistente.accept()
    assert asistente.asociacion_id is None and listar_asociaciones(db) == []
    assert asistente.currentPage() is asistente.datos   # el problema es de la primera página: vuelve a ella
    assert "País de la sede: elíjalo; su ley rige los plazos" in asistente.aviso_datos.text()
    assert asistente.datos.pais_sede.toolTip().startswith("País de la sede: elíjalo")
    asistente.datos.pais_sede.setCurrentIndex(asistente.datos.pais_sede.findData("AR"))
    asistente.accept()
    assert asistente.asociacion_id is not None


def test_sigla_repetida_se_explica_y_no_se_crea(qtbot, tmp_path):
    db = abrir_base(tmp_path / "nueva.db")
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    crear_asociacion(db, NuevaAsociacion(nombre="Primera", sigla="RML"))
    asistente = AsistenteAsociacion(db)
    qtbot.addWidget(asistente)
    asistente.datos.nombre.setText("Segunda")
    asistente.datos.sigla.setText("rml")
    asistente.datos.pais_sede.setCurrentIndex(asistente.datos.pais_sede.findData("UY"))
    asistente.accept()
    assert asistente.asociacion_id is None
    # La sigla es de la primera página: el mensaje está junto a ella (la sigla se compara en mayúsculas).
    assert "Sigla: ya existe una asociación con la sigla «RML»" in asistente.aviso_datos.text()
    assert asistente.datos.sigla.toolTip().startswith("Sigla: ya existe")
    assert len(listar_asociaciones(db)) == 1


def test_cancelar_el_asistente_vuelve_a_la_bienvenida_y_salir_no_crea_nada(qtbot, tmp_path, monkeypatch):
    db = abrir_base(tmp_path / "nueva.db")
    elecciones = iter(["crear", None])
    monkeypatch.setattr(DialogoBienvenida, "exec", lambda d: setattr(d, "eleccion", next(elecciones)))
    monkeypatch.setattr(AsistenteAsociacion, "exec", lambda a: QDialog.DialogCode.Rejected)
    assert primer_uso.preparar_primer_uso(db) is False
    assert listar_asociaciones(db) == []
