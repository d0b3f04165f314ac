"""Lo que se decide cambia el registro, desde la ventana (issue 41, §2): la solicitud de ingreso se registra en
Miembros, la resolución del punto de admisión la admite desde el editor de la sesión, y una reforma del estatuto se
registra con la resolución que la adoptó. La ventana llama a los mismos servicios que la CLI."""

import os
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.datos.organos import organos
from escritorio.interfaz.dialogos import reforma as dialogos_reforma
from escritorio.interfaz.dialogos.sesion import formularios as dialogos_sesion
from escritorio.interfaz.dialogos import solicitud as dialogos_solicitud
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.dialogos.sesion.votaciones import PestanaVotaciones
from escritorio.interfaz.vistas.estatutos import VistaEstatutos
from escritorio.interfaz.vistas.miembros import VistaMiembros
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                           puntos as sesiones_puntos)
from escritorio.servicios import votaciones
from escritorio.servicios.asociaciones import elegir_asociacion
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.efectos import efectos_de_la_resolucion, ver_resolucion
from escritorio.servicios.estatutos import listar_reformas
from escritorio.servicios.miembros import listar_padron
from ayudas import oficina_de

CAPTURAS = "/tmp/capturas-ventana-efectos"
os.makedirs(CAPTURAS, exist_ok=True)
# Una Asamblea celebrada hace unos días: la admisión rige desde el día siguiente, ya pasado, y la ciudad es activa.
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


def _asamblea_con_punto(db, asociacion, titulo: str, decision: str) -> tuple[int, int]:
    """La Asamblea convocada, un punto de `decision` y todos los que votan presentes (lo que no se prueba aquí)."""
    contexto = Contexto(db, asociacion["id"])
    organo_id = next(o["id"] for o in organos(db, asociacion["id"]) if o["tipo"] == "asamblea")
    sesion = sesiones_convocatoria.convocar(contexto, organo_id, sesiones_convocatoria.NuevaSesion(
        SESION, lugar="Montevideo", convocada_el=SESION - timedelta(days=40)))
    punto = sesiones_puntos.agregar_punto(contexto, sesion, titulo, "votacion", tipo_decision=decision)
    con_voto = [h.miembro_id for h in sesiones_asistencia.asistencia(contexto, sesion).habilitados if h.con_voto]
    sesiones_asistencia.registrar_asistencias(contexto, sesion, [sesiones_asistencia.MarcaAsistencia(m, "presente") for m in con_voto])
    return sesion, punto


def _votar_en_el_editor(qtbot, db, asociacion, sesion: int, punto: int) -> VistaSesiones:
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    vista.abrir(sesion)
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    editor.votaciones.a_favor.setValue(sum(1 for h in editor.tab_asistencia.filas if h.con_voto))
    editor.votaciones.boton_cerrar.click()
    assert editor.votaciones.lista.item(0, 1).text() == "Aprobada"
    return vista


def test_solicitud_admision_desde_la_ventana_y_la_ficha_cita_la_resolucion(qtbot, copia_de_la_demo, monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")
    # 1. Miembros › «Solicitud de ingreso…».
    miembros = VistaMiembros(QSettings(str(ruta.parent / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(miembros)
    miembros.resize(1150, 700)
    miembros.show()
    miembros.mostrar(oficina_de(db, asociacion))
    vistos = []

    def pedir(dialogo):
        # Primero sin nombre: lo dice el servicio, en el diálogo, y no se cierra.
        dialogo.pais.setCurrentIndex(dialogo.pais.findData("AR"))
        dialogo.guardar()
        assert dialogo.mensaje.isVisibleTo(dialogo) and dialogo.result() != QDialog.DialogCode.Accepted
        vistos.append(dialogo.mensaje.text())
        dialogo.nombre.setText("Rafaela")
        dialogo.poblacion.setText("100000")
        dialogo.anio.setText("2022")
        dialogo.fecha.setDate(QDate(hoy() - timedelta(days=30)))
        _capturas(dialogo, "solicitud")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_solicitud.DialogoSolicitud, "exec", pedir)
    miembros._botones["solicitud"].click()
    assert vistos and "nombre" in vistos[0].lower()
    elegido = miembros.miembro_seleccionado()
    assert elegido["nombre"] == "Rafaela" and elegido["estado"] == "solicitante"
    rafaela = elegido["id"]
    fila = miembros.filtro.mapFromSource(miembros.modelo.index(miembros.modelo.fila_de(rafaela), 0)).row()
    textos = [miembros.filtro.index(fila, c).data() for c in range(miembros.filtro.columnCount())]
    assert "Solicitante" in textos
    miembros.combo_estado.setCurrentIndex(miembros.combo_estado.findData("solicitante"))
    assert miembros.filtro.rowCount() == 1
    miembros.grab().save(f"{CAPTURAS}/miembros-solicitante.png")

    # 2. La Asamblea vota el punto de admisión en el editor y adopta la resolución que la admite.
    sesion, punto = _asamblea_con_punto(db, asociacion, "Admisión de Rafaela", "admision")
    vista = _votar_en_el_editor(qtbot, db, asociacion, sesion, punto)
    ofrecidas = []

    def adoptar(dialogo):
        ofrecidas.extend(dialogo.miembros.lista.item(i).text() for i in range(dialogo.miembros.lista.count()))
        # Por omisión rige desde el día siguiente a la sesión, como el servicio.
        assert dialogo.desde.date().toPython() == SESION + timedelta(days=1)
        # Una fecha anterior a la sesión: el servicio la rechaza y el diálogo lo dice tal cual.
        dialogo.marcar(rafaela)
        dialogo.desde.setDate(QDate(SESION - timedelta(days=1)))
        dialogo.guardar()
        assert "es anterior a la sesión que la decide" in dialogo.mensaje.text()
        dialogo.desde.setDate(QDate(SESION + timedelta(days=1)))
        _capturas(dialogo, "resolucion-admite")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoResolucion, "exec", adoptar)
    vista.editor.votaciones.seleccionar(punto)
    vista.editor.votaciones.boton_resolucion.click()
    assert ofrecidas == ["Rafaela (AR) — Argentina"]   # solo las solicitantes
    desde = SESION + timedelta(days=1)
    texto = vista.editor.votaciones.resoluciones.text()
    assert f"Admite a Rafaela (AR) desde el {desde:%d/%m/%Y}" in texto
    vista.grab().save(f"{CAPTURAS}/editor-efectos.png")
    db.close()

    # 3. Reabierta la base: Rafaela es activa desde el día siguiente a la sesión y su ficha cita la resolución.
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")
    contexto = Contexto(db, asociacion["id"])
    estado = {m["id"]: m["estado"] for m in listar_padron(contexto, al=desde)}
    assert estado[rafaela] == "activo"
    assert {m["id"]: m["estado"] for m in listar_padron(contexto, al=SESION)}[rafaela] == "solicitante"
    resolucion = next(r for r in votaciones.listar_resoluciones(contexto, sesion_id=sesion))
    assert [(e["tipo"], e["miembro_id"]) for e in efectos_de_la_resolucion(contexto, resolucion["id"])] == [
        ("admite", rafaela)]
    ficha = DialogoFichaMiembro(oficina_de(db, asociacion), rafaela)
    qtbot.addWidget(ficha)
    ficha.show()
    cita = ver_resolucion(contexto, resolucion["id"])["cita"]
    assert ficha.situacion_decisiones.text() == (
        f"Admitido por {cita} (sesión del {SESION:%d/%m/%Y}), desde el {desde:%d/%m/%Y}.")
    assert "Activo" in ficha.situacion_estado.text()
    assert ficha.fecha_ingreso.date().toPython() == desde
    db.close()


def test_exclusion_desde_el_editor_ofrece_los_miembros_y_registra_la_baja(qtbot, copia_de_la_demo, monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")
    contexto = Contexto(db, asociacion["id"])
    sesion, punto = _asamblea_con_punto(db, asociacion, "Exclusión por incumplimiento", "exclusion")
    vista = _votar_en_el_editor(qtbot, db, asociacion, sesion, punto)
    excluido = listar_padron(contexto)[3]

    def adoptar(dialogo):
        assert dialogo.miembros.lista.count() > 100   # los miembros, con búsqueda
        dialogo.miembros.buscar.setText(excluido["nombre"])
        assert any(not dialogo.miembros.lista.item(i).isHidden() for i in range(dialogo.miembros.lista.count()))
        assert dialogo.miembros.linea.text().startswith("Ninguno marcado")
        dialogo.marcar(excluido["id"])
        dialogo.miembros.buscar.clear()   # marcado, aunque la búsqueda ya no lo muestre arriba
        assert dialogo.miembros.linea.text() == f"Excluye a: {excluido['nombre']} ({excluido['pais']})"
        dialogo.miembros.buscar.setText(excluido["nombre"])
        _capturas(dialogo, "resolucion-excluye")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoResolucion, "exec", adoptar)
    vista.editor.votaciones.seleccionar(punto)
    vista.editor.votaciones.boton_resolucion.click()
    desde = SESION + timedelta(days=1)
    assert f"Excluye a {excluido['nombre']} ({excluido['pais']}) desde el {desde:%d/%m/%Y}" in \
        vista.editor.votaciones.resoluciones.text()
    db.close()
    db = abrir_base(ruta)
    estado = {m["id"]: m["estado"] for m in listar_padron(Contexto(db, asociacion["id"]), al=desde)}
    assert estado[excluido["id"]] == "baja"
    db.close()


def test_reforma_con_la_resolucion_que_la_adopto(qtbot, copia_de_la_demo, monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")
    contexto = Contexto(db, asociacion["id"])
    sesion, punto = _asamblea_con_punto(db, asociacion, "Reforma del artículo 4", "reforma_estatuto")
    votaciones.votar(contexto, punto, votaciones.NuevaVotacion(
        a_favor=sum(1 for h in sesiones_asistencia.asistencia(contexto, sesion).habilitados if h.con_voto)))
    adoptada = votaciones.adoptar_resolucion(contexto, punto, "resolucion", "Reforma del artículo 4")
    otro_sesion, otro = _asamblea_con_punto(db, asociacion, "Asunto ordinario", "ordinaria")
    estatutos = VistaEstatutos()
    qtbot.addWidget(estatutos)
    estatutos.resize(1150, 800)
    estatutos.show()
    estatutos.mostrar(oficina_de(db, asociacion))
    norma = estatutos.norma
    assert norma["tipo"] == "estatuto"
    estatutos.seleccionar_articulo("4")
    ofrecidas = []

    def reformar_el_4(dialogo):
        ofrecidas.extend(dialogo.resolucion.itemData(i) for i in range(dialogo.resolucion.count()))
        dialogo.fecha.setDate(QDate(SESION))
        dialogo.resolucion.setCurrentIndex(dialogo.resolucion.findData(adoptada["id"]))
        assert dialogo.aprobada_por.text().startswith(adoptada["numero"])
        dialogo.texto.setPlainText("Los idiomas oficiales de la Red son el español, el portugués y el guaraní.")
        _capturas(dialogo, "reforma-adoptada-por")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_reforma.DialogoReforma, "exec", reformar_el_4)
    estatutos.reformar()
    assert ofrecidas == [None, adoptada["id"]]   # solo las que sirven (el servicio lo decide)
    assert "guaraní" in estatutos.texto.toPlainText()
    db.close()

    db = abrir_base(ruta)
    contexto = Contexto(db, asociacion["id"])
    vista = ver_resolucion(contexto, adoptada["id"])
    assert vista["reforma_id"] is not None
    assert [e["tipo"] for e in vista["efectos"]] == ["reforma"]
    reforma = next(r for r in listar_reformas(contexto, norma["id"]) if r["id"] == vista["reforma_id"])
    assert reforma["aprobada_por"] == vista["cita"]
    assert reforma["vigente_desde"] == SESION.isoformat()
    db.close()
