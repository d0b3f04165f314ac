"""De quién trata un punto de admisión, desde la ventana (issue 59): «Agregar punto» ofrece marcar las ciudades
solicitantes cuando la decisión es admisión, y «Adoptar resolución» ofrece (marcadas) solo las que nombra su punto,
nunca a Lima, cuya admisión se rechazó en la misma sesión. La ventana llama a los mismos servicios que la CLI."""

import os
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from escritorio.datos.organos import organos
from escritorio.interfaz.dialogos.sesion import formularios as dialogos_sesion
from escritorio.interfaz.dialogos.sesion.votaciones import PestanaVotaciones
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                           puntos as sesiones_puntos)
from escritorio.servicios.asociaciones import elegir_asociacion
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import registrar_solicitud
from escritorio.servicios.miembros import listar_padron
from escritorio.servicios.puntos_sobre_miembros import nombrados
from ayudas import oficina_de

CAPTURAS = "/tmp/capturas-puntos-sobre-miembros"
os.makedirs(CAPTURAS, exist_ok=True)
SESION = hoy() - timedelta(days=5)


@pytest.fixture(autouse=True)
def _sin_preguntas_bloqueantes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    monkeypatch.setattr(PestanaVotaciones, "confirmar_cierre", lambda self, prevision: True)


def _capturas(dialogo, nombre: str) -> None:
    dialogo.show()
    dialogo.grab().save(f"{CAPTURAS}/{nombre}.png")
    dialogo.resize(1024, 600)
    dialogo.grab().save(f"{CAPTURAS}/{nombre}-1024x600.png")


def _votar(editor, punto: int, a_favor: bool) -> None:
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    con_voto = sum(1 for h in editor.tab_asistencia.filas if h.con_voto)
    editor.votaciones.a_favor.setValue(con_voto if a_favor else 1)
    editor.votaciones.en_contra.setValue(0 if a_favor else con_voto - 1)
    editor.votaciones.boton_cerrar.click()


def test_el_punto_nombra_a_quien_trata_y_la_resolucion_ofrece_solo_a_ellas(qtbot, copia_de_la_demo, monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")
    contexto = Contexto(db, asociacion["id"])
    cusco = registrar_solicitud(contexto, "Cusco", "PE", fecha=SESION - timedelta(days=30))["id"]
    lima = registrar_solicitud(contexto, "Lima", "PE", fecha=SESION - timedelta(days=30))["id"]
    organo_id = next(o["id"] for o in organos(db, asociacion["id"]) if o["tipo"] == "asamblea")
    sesion = sesiones_convocatoria.convocar(contexto, organo_id, sesiones_convocatoria.NuevaSesion(
        SESION, lugar="Montevideo", convocada_el=SESION - timedelta(days=40)))
    con_voto = [h.miembro_id for h in sesiones_asistencia.asistencia(contexto, sesion).habilitados if h.con_voto]
    sesiones_asistencia.registrar_asistencias(contexto, sesion, [sesiones_asistencia.MarcaAsistencia(m, "presente") for m in con_voto])

    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    vista.abrir(sesion)
    editor = vista.editor
    vistos = {}

    def agregar(dialogo):
        dialogo.titulo.setText("Admisión de Cusco")
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("votacion"))
        assert not dialogo.sobre.isVisibleTo(dialogo)   # una decisión ordinaria no nombra a nadie
        dialogo.decision.setCurrentIndex(dialogo.decision.findData("admision"))
        assert dialogo.sobre.isVisibleTo(dialogo)
        vistos["ofrecidas"] = dialogo.sobre.textos()
        vistos["sin_marcar"] = dialogo.sobre.linea.text()
        dialogo.sobre.marcar(cusco)
        vistos["marcada"] = dialogo.sobre.linea.text()
        _capturas(dialogo, "agregar-punto-admision")
        dialogo.guardar(seguir=True)   # y el siguiente, en el mismo diálogo
        assert dialogo.sobre.marcados() == []
        dialogo.titulo.setText("Admisión de Lima")
        dialogo.sobre.marcar(lima)
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoPunto, "exec", agregar)
    editor.pestanas.setCurrentWidget(editor.orden)
    editor.orden.boton_punto.click()
    # Solo las solicitantes, y la línea dice de quién trata.
    assert vistos["ofrecidas"] == ["Cusco (PE) — Perú", "Lima (PE) — Perú"]
    assert vistos["sin_marcar"].startswith("Ninguna marcada: el punto no dirá a quién admite.")
    assert vistos["marcada"] == "Sobre la admisión de: Cusco (PE)"
    p_cusco, p_lima = [p["id"] for p in sesiones_puntos.orden_del_dia(contexto, sesion)]
    assert [m["id"] for m in nombrados(contexto, p_cusco)] == [cusco]
    assert [m["id"] for m in nombrados(contexto, p_lima)] == [lima]

    _votar(editor, p_cusco, a_favor=True)
    _votar(editor, p_lima, a_favor=False)
    ofrecidas = {}

    def adoptar(dialogo):
        ofrecidas["lista"] = [(dialogo.miembros.lista.item(i).text(), dialogo.marcados())
                              for i in range(dialogo.miembros.lista.count())]
        _capturas(dialogo, "resolucion-admision-de-cusco")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoResolucion, "exec", adoptar)
    editor.votaciones.seleccionar(p_cusco)
    editor.votaciones.boton_resolucion.click()
    # Solo Cusco, ya marcada: Lima (rechazada) no se ofrece.
    assert ofrecidas["lista"] == [("Cusco (PE) — Perú", [cusco])]
    assert f"Admite a Cusco (PE) desde el {SESION + timedelta(days=1):%d/%m/%Y}" in editor.votaciones.resoluciones.text()
    db.close()

    # Reabierta la base: Cusco es activa, Lima sigue solicitante.
    db = abrir_base(ruta)
    estado = {m["id"]: m["estado"] for m in listar_padron(Contexto(db, asociacion["id"]), al=SESION + timedelta(days=1))}
    assert estado[cusco] == "activo" and estado[lima] == "solicitante"
    db.close()
