"""Los apoyos y la recomendación de una moción en la ventana (issue 82), con clics y teclas de verdad sobre diálogos
abiertos con su `exec` (un temporizador los maneja mientras están abiertos): la secretaría fija en las reglas de la
sala cuántos apoyos pide el reglamento (con su artículo, después no cambian sin una reforma: el diálogo lo dice y no
guarda); «Admitir» sin los apoyos muestra el mensaje del servicio y no escribe; con «Apoyar…» (Alt+O) suma los que
faltan (y retira uno) y la moción se admite. «Recomendación…» (Alt+C) registra la de una unidad temática, que el
detalle muestra al volver de otra pestaña y con la sesión abierta otra vez, y la quita. Con el acta aprobada, los dos
botones están apagados. Lo guardado se lee con el servicio en otra conexión."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from escritorio.interfaz.dialogos.recomendacion import DialogoApoyos, DialogoRecomendacion
from escritorio.interfaz.dialogos.reglas_de_la_sala import DialogoReglasDeLaSala
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto

ARTICULO = "Reglamento del Consejo, art. 9"


def leer(ruta, funcion, *argumentos):
    """Lo guardado, leído con el servicio en otra conexión (como otra ventana que abre la base)."""
    db = abrir_base(ruta)
    try:
        return funcion(Contexto(db, 1), *argumentos)
    finally:
        db.close()


@pytest.fixture
def sesion(copia_de_la_demo):
    """Una sesión del Consejo de ayer con un punto, sus integrantes presentes y una moción presentada por uno de
    ellos: (sesión, moción, autor, otros miembros activos)."""
    from escritorio.servicios.miembros import listar_miembros
    from escritorio.servicios.mociones import presentar
    from escritorio.servicios.organos import listar_organos
    from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import agregar_punto

    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Contexto(db, 1)
        consejo = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Consejo")
        ayer = date.today() - timedelta(days=1)
        sesion_id = convocar(contexto, consejo, NuevaSesion(fecha=ayer, tipo="ordinaria", hora="10:00",
                                                            lugar="Intendencia de Montevideo", enlace=None,
                                                            convocada_el=ayer - timedelta(days=20)))
        punto = agregar_punto(contexto, sesion_id, "Declaración de Montevideo sobre ciudades y clima", "votacion")
        integrantes = [h.miembro_id for h in asistencia(contexto, sesion_id).habilitados]
        registrar_asistencias(contexto, sesion_id, [MarcaAsistencia(m, "presente") for m in integrantes])
        autor = integrantes[0]
        mocion = presentar(contexto, punto, "Declaración sobre el agua", "El agua es un derecho.", autores=[autor],
                           recibida_el=ayer).id
        otros = [m for m in listar_miembros(contexto) if m["estado"] == "activo" and m["id"] != autor]
    finally:
        db.close()
    return {"id": sesion_id, "consejo": consejo, "mocion": mocion, "autor": autor, "otros": otros}


@pytest.fixture
def avisos(monkeypatch):
    """Los mensajes que la puerta de la ventana (hacer_en_la_ventana) muestra en un cuadro."""
    anotados = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: anotados.append(texto))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    return anotados


@pytest.fixture
def ventana(qtbot, tmp_path, copia_de_la_demo, sesion, avisos):
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    with qtbot.waitActive(ventana):
        ventana.show()
    yield ventana
    ventana.close()
    db.close()


def abrir_mociones(qtbot, ventana, sesion_id):
    """La sesión abierta desde Sesiones (Enter en la lista) y su pestaña Mociones a la vista."""
    vista = ventana.sesiones
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(vista))
    qtbot.waitUntil(vista.isVisible)
    assert vista.seleccionar(sesion_id)
    vista.tabla.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vista.editor.isVisible())
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_mociones)
    qtbot.waitUntil(editor.tab_mociones.isVisible)
    editor.tab_mociones.tabla.setFocus()
    return editor.tab_mociones


def con_el_dialogo(clase, manejar):
    """Cuando el diálogo `clase` esté abierto (modal, con su `exec`), `manejar(dialogo)`. Devuelve la lista donde
    queda True al terminar o el error, si lo hubo (entonces el diálogo se cierra, para que la prueba no se cuelgue)."""
    resultado = []

    def mirar(intentos=200):
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, clase):
            if intentos:
                QTimer.singleShot(10, lambda: mirar(intentos - 1))
            else:
                resultado.append(AssertionError(f"no se abrió {clase.__name__}"))
            return
        try:
            manejar(dialogo)
            resultado.append(True)
        except BaseException as error:  # noqa: BLE001 - se dice en la prueba, no en el bucle de Qt
            resultado.append(error)
            dialogo.reject()

    QTimer.singleShot(0, mirar)
    return resultado


def esperar(qtbot, resultado, pestana):
    """Hasta que el diálogo se cerró; la ventana vuelve a ser la activa (lo que hace el gestor de ventanas al cerrarse
    un diálogo modal, y la plataforma offscreen no), para que sus atajos Alt+letra respondan."""
    qtbot.waitUntil(lambda: bool(resultado), timeout=10000)
    if resultado[0] is not True:
        raise resultado[0]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    ventana = pestana.window()
    with qtbot.waitActive(ventana):
        ventana.activateWindow()


def clic(qtbot, boton):
    assert boton.isVisible() and boton.isEnabled(), boton.text()
    qtbot.mouseClick(boton, Qt.MouseButton.LeftButton)


def boton_de_cerrar(dialogo):
    return next(b for b in dialogo.botones.buttons()
                if dialogo.botones.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole)


def escribir_en(qtbot, campo, texto):
    campo.setFocus()
    campo.selectAll()
    qtbot.keyClicks(campo, texto)


def test_minimo_de_apoyos_admitir_sin_ellos_y_sumarlos(qtbot, ventana, copia_de_la_demo, sesion, avisos):
    from escritorio.servicios.mociones import obtener
    from escritorio.servicios.reglas_de_la_sala import reglas_de_la_sala

    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    assert pestana.mocion.id == sesion["mocion"] and pestana.mocion.estado == "presentada"
    assert pestana.botones["apoyar"].isEnabled() and pestana.botones["recomendar"].isEnabled()

    # Dos apoyos, con el artículo del reglamento que los pide.
    def fijar(dialogo):
        assert dialogo.apoyos.text() == "ninguno"
        escribir_en(qtbot, dialogo.apoyos, "2")
        escribir_en(qtbot, dialogo.articulo, ARTICULO)
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoReglasDeLaSala, fijar)
    clic(qtbot, pestana.boton_reglas)
    esperar(qtbot, hecho, pestana)
    assert leer(copia_de_la_demo, reglas_de_la_sala, sesion["consejo"]).minimo_apoyos == 2
    assert "Apoyos (0 de 2 que pide el reglamento): ninguno" in pestana.detalle.text()
    assert pestana.tabla.item(0, 4).text() == "Presentada · 0/2"

    # Otra vez el diálogo: lee los 2; con el artículo, bajarlos sin una reforma se rechaza y no se guarda.
    rechazo = []

    def rebajar(dialogo):
        assert dialogo.apoyos.value() == 2
        escribir_en(qtbot, dialogo.apoyos, "1")
        clic(qtbot, dialogo.boton_aceptar)
        rechazo.append(dialogo.mensaje.text() if dialogo.mensaje.isVisible() else "")
        clic(qtbot, boton_de_cerrar(dialogo))   # Cancelar

    hecho = con_el_dialogo(DialogoReglasDeLaSala, rebajar)
    clic(qtbot, pestana.boton_reglas)
    esperar(qtbot, hecho, pestana)
    assert ARTICULO in rechazo[0] and "«Por la reforma:»" in rechazo[0]
    assert leer(copia_de_la_demo, reglas_de_la_sala, sesion["consejo"]).minimo_apoyos == 2

    # Admitir (Alt+M) sin apoyos: el mensaje del servicio, y la moción sigue presentada.
    QTest.keyClick(pestana, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(avisos))
    assert "no tiene apoyos" in avisos[0] and ARTICULO in avisos[0] and "al menos 2" in avisos[0]
    assert leer(copia_de_la_demo, obtener, sesion["mocion"]).estado == "presentada"

    # Alt+O: el autor no se ofrece; se marcan tres y se suman.
    primero, segundo, tercero = (m["id"] for m in sesion["otros"][:3])

    def sumar(dialogo):
        ofrecidos = [dialogo.miembros.lista.item(f).data(Qt.ItemDataRole.UserRole)
                     for f in range(dialogo.miembros.lista.count())]
        assert sesion["autor"] not in ofrecidos and not dialogo.apoyan.isVisible()
        for miembro in (primero, segundo, tercero):
            dialogo.miembros.marcar(miembro)
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoApoyos, sumar)
    QTest.keyClick(pestana, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: len(pestana.mocion.apoyos) == 3)
    assert "Apoyos (3 de 2 que pide el reglamento)" in pestana.detalle.text()

    # Retirar uno: se elige en la lista de los que apoyan.
    def retirar(dialogo):
        assert dialogo.apoyan.count() == 3 and not dialogo.retirar.isEnabled()
        fila = next(f for f in range(3) if dialogo.apoyan.item(f).data(Qt.ItemDataRole.UserRole) == tercero)
        rect = dialogo.apoyan.visualItemRect(dialogo.apoyan.item(fila))
        qtbot.mouseClick(dialogo.apoyan.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        clic(qtbot, dialogo.retirar)

    hecho = con_el_dialogo(DialogoApoyos, retirar)
    clic(qtbot, pestana.botones["apoyar"])
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: len(pestana.mocion.apoyos) == 2)
    assert {a.miembro_id for a in pestana.mocion.apoyos} == {primero, segundo}
    assert pestana.tabla.item(0, 4).text() == "Presentada · 2/2"

    # Con los dos que pide el reglamento, Alt+M admite; ya no se suman apoyos.
    QTest.keyClick(pestana, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pestana.mocion.estado == "admitida")
    assert len(avisos) == 1
    assert not pestana.botones["apoyar"].isEnabled() and pestana.botones["recomendar"].isEnabled()
    leida = leer(copia_de_la_demo, obtener, sesion["mocion"])
    assert leida.estado == "admitida" and {a.miembro_id for a in leida.apoyos} == {primero, segundo}


def test_sumar_un_apoyo_rechazado_lo_dice_el_dialogo(qtbot, ventana, copia_de_la_demo, sesion, avisos):
    """El rechazo del servicio (aquí: el apoyo ya sumado desde otra conexión mientras el diálogo estaba abierto) queda
    escrito en el diálogo, que muestra lo que sí se sumó; al cerrarlo, la pestaña lo muestra también."""
    from escritorio.servicios.apoyos_y_recomendaciones import apoyar
    from escritorio.servicios.mociones import obtener

    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    primero, segundo = (m["id"] for m in sesion["otros"][:2])
    vistos = []

    def sumar(dialogo):
        leer(copia_de_la_demo, apoyar, sesion["mocion"], segundo)   # otra ventana lo suma antes
        dialogo.miembros.marcar(primero)
        dialogo.miembros.marcar(segundo)
        clic(qtbot, dialogo.boton_aceptar)
        vistos.append(dialogo.mensaje.text() if dialogo.mensaje.isVisible() else "")
        vistos.append(dialogo.apoyan.count())
        clic(qtbot, boton_de_cerrar(dialogo))   # Cerrar

    hecho = con_el_dialogo(DialogoApoyos, sumar)
    QTest.keyClick(pestana, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    assert "ya la apoya" in vistos[0] and vistos[1] == 2
    qtbot.waitUntil(lambda: len(pestana.mocion.apoyos) == 2)
    assert not avisos
    assert {a.miembro_id for a in leer(copia_de_la_demo, obtener, sesion["mocion"]).apoyos} == {primero, segundo}


def test_recomendacion_registrada_vista_y_quitada(qtbot, ventana, copia_de_la_demo, sesion, avisos):
    from escritorio.servicios.apoyos_y_recomendaciones import describir_recomendacion
    from escritorio.servicios.mociones import obtener

    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    editor = pestana.editor
    ofrecidos = []

    def recomendar(dialogo):
        ofrecidos.extend(dialogo.organo.itemText(i) for i in range(dialogo.organo.count()))
        assert not dialogo.quitar.isVisible()
        assert dialogo.fecha.date().toPython() == date.today() - timedelta(days=1)   # el día de la sesión
        dialogo.organo.setFocus()
        dialogo.organo.setCurrentIndex(dialogo.organo.findText("UT Cultura"))
        dialogo.recomienda.setFocus()
        QTest.keyClick(dialogo.recomienda, Qt.Key.Key_Down)   # de «Aprobar» a «Aprobar con cambios»
        dialogo.nota.setFocus()
        qtbot.keyClicks(dialogo.nota, "Con metas anuales medibles")
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoRecomendacion, recomendar)
    QTest.keyClick(pestana, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    assert "Consejo" not in ofrecidos and "UT Cultura" in ofrecidos
    qtbot.waitUntil(lambda: pestana.mocion.recomendacion == "aprobar_con_cambios")
    leida = leer(copia_de_la_demo, obtener, sesion["mocion"])
    frase = describir_recomendacion(leida)
    assert leida.organo_recomienda == "UT Cultura" and leida.recomendacion_nota == "Con metas anuales medibles"
    assert frase.startswith("Recomendación de la UT Cultura") and "Aprobar con cambios" in frase
    assert frase in pestana.detalle.text()
    assert pestana.tabla.item(0, 4).toolTip() == frase

    # A otra pestaña y de vuelta; y la sesión abierta otra vez desde la lista (leída de la base).
    editor.pestanas.setCurrentWidget(editor.orden)
    qtbot.waitUntil(lambda: not pestana.isVisible())
    editor.pestanas.setCurrentWidget(pestana)
    qtbot.waitUntil(pestana.isVisible)
    assert frase in pestana.detalle.text()
    ventana.sesiones.volver_a_la_lista()
    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    assert frase in pestana.detalle.text()

    # Quitarla: el diálogo la muestra, con sus valores, y «Quitar recomendación».
    def quitar(dialogo):
        assert dialogo.organo.currentText() == "UT Cultura"
        assert dialogo.recomienda.currentData() == "aprobar_con_cambios"
        assert dialogo.nota.toPlainText() == "Con metas anuales medibles"
        clic(qtbot, dialogo.quitar)

    hecho = con_el_dialogo(DialogoRecomendacion, quitar)
    clic(qtbot, pestana.botones["recomendar"])
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: pestana.mocion.recomendacion is None)
    assert "Recomendación" not in pestana.detalle.text()
    assert leer(copia_de_la_demo, obtener, sesion["mocion"]).recomendacion is None
    assert not avisos


def test_con_el_acta_aprobada_los_botones_se_apagan(qtbot, ventana, copia_de_la_demo, sesion, avisos):
    from ayudas import resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta, guardar_borrador
    from escritorio.servicios.apoyos_y_recomendaciones import recomendar
    from escritorio.servicios.organos import listar_organos

    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Contexto(db, 1)
        cultura = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "UT Cultura")
        recomendar(contexto, sesion["mocion"], cultura, "rechazar", None, date.today() - timedelta(days=1))
        guardar_borrador(contexto, sesion["id"], apertura="Se abre la sesión.", cierre="Se levanta la sesión.",
                         preside="Montevideo", secretaria="Rosario")
        aprobar_acta(contexto, sesion["id"], resolucion_que_aprueba_el_acta(contexto, sesion["id"])["id"],
                     date.today())
    finally:
        db.close()
    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    assert pestana.editor.solo_lectura and pestana.mocion.estado == "presentada"
    assert not pestana.botones["apoyar"].isEnabled() and not pestana.botones["recomendar"].isEnabled()
    assert "Recomendación de la UT Cultura" in pestana.detalle.text()
    QTest.keyClick(pestana, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(pestana, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)
    assert QApplication.activeModalWidget() is None and not avisos
