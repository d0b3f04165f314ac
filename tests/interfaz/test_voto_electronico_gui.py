"""El voto electrónico en la sala desde la ventana (issue 85): con la red de ejemplo, la secretaría marca la asistencia,
entrega los códigos desde «Códigos para votar…», abre una urna secreta del punto en la pestaña Votaciones, dos
delegaciones votan como lo haría el teléfono (`depositar`, desde la prueba) y «Votaron 2 de N» aparece solo (el QTimer
real); «Cerrar y contar» registra el resultado como un recuento a mano. La urna vive en la base: cerrar el editor y
volver a abrirlo no la pierde."""

import os
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from ayudas import oficina_de
from escritorio.datos import sesiones as tabla_sesiones
from escritorio.errores import ErrorEscritorio
from escritorio.interfaz.dialogos.sesion import voto_urna
from escritorio.interfaz.dialogos.sesion.editor import EditorSesion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import elegir_organo
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.voto_electronico import depositar, identificar, urna_abierta

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")

TITULO = "Aprobación del presupuesto 2027"


@pytest.fixture
def sala(demo_abierta, monkeypatch):
    """(db, asociación, sesión, punto): una sesión del Consejo de hoy con un punto a votar, sin asistencia marcada."""
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    sesion = convocar(contexto, elegir_organo(contexto, "Consejo")["id"],
                      NuevaSesion(date.today(), hora="00:00", lugar="Intendencia de Montevideo",
                                  convocada_el=date.today() - timedelta(days=20)))
    punto = agregar_punto(contexto, sesion, TITULO, "votacion")
    # «Cerrar y contar» y «Descartar» preguntan (Cancelar por omisión): aquí se acepta.
    monkeypatch.setattr(voto_urna, "confirmar_cierre", lambda *_: True)
    monkeypatch.setattr(voto_urna, "confirmar_borrado", lambda *_: True)
    return db, asociacion, sesion, punto


def _abrir_editor(qtbot, db, asociacion, sesion) -> EditorSesion:
    editor = EditorSesion()
    qtbot.addWidget(editor)
    editor.resize(1024, 600)
    editor.show()
    editor.mostrar(oficina_de(db, asociacion["id"]), sesion)
    return editor


def _entregar_los_codigos(editor) -> dict[str, str]:
    """«Códigos para votar…» › «Los de quienes votan…»: lo que muestra el diálogo, {delegación: código}."""
    pestana = editor.tab_asistencia
    editor.pestanas.setCurrentWidget(pestana)
    pestana.boton_codigos.menu().actions()[0].trigger()
    dialogo = pestana.dialogo_codigos
    assert dialogo.isVisible()
    tabla = dialogo.tabla
    codigos = {tabla.item(f, 0).text(): tabla.item(f, 1).text() for f in range(tabla.rowCount())}
    dialogo.boton_copiar.click()
    copiado = QApplication.clipboard().text()
    assert all(f"{d}: {c}" in copiado for d, c in codigos.items())
    dialogo.close()
    return codigos


def _abrir_la_urna(editor, punto: int, secreta: bool):
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    panel = editor.votaciones.urna
    assert panel.isVisible() and panel.boton_abrir.isVisible()
    panel.forma.setCurrentIndex(panel.forma.findData(secreta))
    panel.boton_abrir.click()
    return panel


def test_la_secretaria_abre_una_urna_secreta_la_sala_vota_y_se_cuenta_como_a_mano(qtbot, sala):
    db, asociacion, sesion, punto = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    codigos = _entregar_los_codigos(editor)
    assert len(codigos) >= 3 and all(len(c) == 11 for c in codigos.values())

    panel = _abrir_la_urna(editor, punto, secreta=True)
    abierta = urna_abierta(db, sesion)
    assert abierta.secreta and (abierta.objeto, abierta.objeto_id) == ("punto", punto)
    assert panel.boton_cerrar.isVisible() and not panel.boton_abrir.isVisible()
    assert "secreta" in panel.estado.text()
    assert not editor.votaciones.modos.isVisible()   # el recuento a mano no compite con la urna abierta
    qtbot.waitUntil(lambda: panel.cuenta.text() == f"Votaron 0 de {len(codigos)}", timeout=5000)

    primera, segunda = list(codigos.values())[:2]
    depositar(db, primera, abierta.urna_id, "a_favor")   # como el teléfono
    depositar(db, segunda, abierta.urna_id, "a_favor")
    qtbot.waitUntil(lambda: panel.cuenta.text() == f"Votaron 2 de {len(codigos)}", timeout=5000)
    if os.environ.get("CAPTURA"):   # para mirarla: CAPTURA=/tmp/urna.png pytest …
        editor.grab().save(os.environ["CAPTURA"])

    panel.boton_cerrar.click()
    assert urna_abierta(db, sesion) is None
    votacion = tabla_sesiones.votacion(db, punto)
    assert (votacion["metodo"], votacion["a_favor"], votacion["en_contra"]) == ("secreta", 2, 0)
    pestana = editor.votaciones
    assert pestana.lista.item(0, 1).text() == "Aprobada"
    assert pestana.cerrada.isVisible() and "Votación cerrada" in pestana.cerrada.text()
    assert not panel.isVisible()   # lo votado ya no abre otra urna
    assert pestana.modos.isVisible()


def test_la_urna_abierta_sigue_al_cerrar_y_volver_a_abrir_el_editor(qtbot, sala):
    db, asociacion, sesion, punto = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    codigos = _entregar_los_codigos(editor)
    _abrir_la_urna(editor, punto, secreta=False)
    urna = urna_abierta(db, sesion).urna_id
    depositar(db, next(iter(codigos.values())), urna, "en_contra")
    editor.close()

    otro = _abrir_editor(qtbot, db, asociacion, sesion)
    otro.pestanas.setCurrentWidget(otro.votaciones)
    otro.votaciones.seleccionar(punto)
    panel = otro.votaciones.urna
    qtbot.waitUntil(lambda: panel.cuenta.text() == f"Votaron 1 de {len(codigos)}", timeout=5000)
    assert "nominal" in panel.estado.text() and panel.boton_cerrar.isVisible()

    panel.boton_descartar.click()
    assert urna_abierta(db, sesion) is None and tabla_sesiones.votacion(db, punto) is None
    assert panel.boton_abrir.isVisible() and not panel.cuenta.isVisible()


def test_la_delegacion_que_llega_tarde_recibe_su_codigo_y_el_anterior_se_anula(qtbot, sala):
    db, asociacion, sesion, _ = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    codigos = _entregar_los_codigos(editor)
    pestana = editor.tab_asistencia
    pestana.tabla.setCurrentIndex(pestana.filtro.index(0, 0))
    delegacion = pestana._habilitado(0).miembro
    pestana.boton_codigos.menu().actions()[1].trigger()   # «El de la delegación elegida…»
    dialogo = pestana.dialogo_codigos
    assert dialogo.tabla.rowCount() == 1 and dialogo.tabla.item(0, 0).text() == delegacion
    nuevo = dialogo.tabla.item(0, 1).text()
    assert nuevo != codigos[delegacion] and identificar(db, nuevo).delegacion == delegacion
    with pytest.raises(ErrorEscritorio, match="anulado"):
        identificar(db, codigos[delegacion])
