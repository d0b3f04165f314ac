"""Issue 42: Acta › Aprobar… sobre la red de ejemplo, como lo usa la secretaría.

El acta de la última sesión del Consejo sigue en borrador y esa sesión adoptó el plan de trabajo 2027. Antes el diálogo
lo preseleccionaba en «Aprobada por» y lo aceptaba. Ahora no ofrece ninguna resolución ajena: explica qué hace falta y
ofrece las dos maneras; un clic agrega el punto «Aprobación del acta» y, votado y adoptada su resolución, el acta se
aprueba con ella. Los textos que ve la ventana no traen la sintaxis de la línea de órdenes.
"""

from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from escritorio.interfaz.dialogos.sesion import formularios as dialogos_sesion
from escritorio.interfaz.dialogos.sesion import aprobacion as sesion_aprobacion
from escritorio.servicios.actas import obtener_acta
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.votaciones import listar_resoluciones
from test_sesiones_gui import _regla_de_quorum_simple_en_el_consejo, adoptar, mensajes, vista  # noqa: F401 (fixtures)


def _septiembre(db, asociacion) -> dict:
    return next(s for s in listar_sesiones(Contexto(db, asociacion["id"]))
                if s["organo"] == "Consejo" and s["estado_acta"] == "borrador")


def _textos(dialogo) -> str:
    """Todo lo que se lee en el diálogo: etiquetas, botones y opciones de las listas visibles."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    partes = [w.text() for w in dialogo.findChildren(QLabel) + dialogo.findChildren(QAbstractButton) if w.isVisible()]
    for combo in dialogo.findChildren(QComboBox):
        partes += [combo.itemText(i) for i in range(combo.count())]
    return "\n".join(partes)


def _abrir_aprobar(editor, monkeypatch, qtbot, mirar) -> None:
    """Pulsa «Aprobar…» con el ratón; `mirar(dialogo)` ve el diálogo abierto (mostrado de verdad) y actúa en él."""
    def exec_(dialogo):
        dialogo.show()
        qtbot.waitExposed(dialogo)
        mirar(dialogo)
        return dialogo.result()

    monkeypatch.setattr(sesion_aprobacion.DialogoAprobarActa, "exec", exec_)
    qtbot.mouseClick(editor.tab_acta.boton_aprobar, Qt.MouseButton.LeftButton)


def test_el_dialogo_no_ofrece_el_plan_de_trabajo_y_un_clic_prepara_la_aprobacion(vista, monkeypatch, qtbot,
                                                                                 demo_abierta):
    db, asociacion = demo_abierta
    sesion = _septiembre(db, asociacion)
    vista.abrir(sesion["id"])
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    assert editor.tab_acta.boton_aprobar.isEnabled()   # celebrada y con el borrador completo
    visto = {}

    def mirar(dialogo):
        texto = _textos(dialogo)
        visto["texto"] = texto
        assert dialogo.resolucion.count() == 0 and not dialogo.resolucion.isVisible()   # nada preseleccionado
        assert "plan de trabajo" not in texto.lower()
        assert not dialogo.boton_aceptar.isVisible()
        assert "Un acta la aprueba la resolución de un punto «Aprobación del acta»" in dialogo.guia.text()
        assert "al final de esta misma sesión o en la próxima sesión del órgano" in dialogo.guia.text()
        assert dialogo.boton_en_esta.isVisible() and dialogo.boton_en_la_proxima.isVisible()
        assert dialogo.boton_en_la_proxima.text() == "Convocar la próxima sesión y agregarle el punto…"
        assert "escritorio " not in texto and "--" not in texto   # nada de la línea de órdenes
        qtbot.mouseClick(dialogo.boton_en_esta, Qt.MouseButton.LeftButton)

    _abrir_aprobar(editor, monkeypatch, qtbot, mirar)
    # El punto quedó al final del orden del día, y la ventana lleva a su votación.
    nuevo = editor.puntos[-1]
    assert (nuevo["titulo"], nuevo["tipo"]) == ("Aprobación del acta", "votacion")
    assert editor.pestanas.currentWidget() is editor.votaciones
    assert editor.votaciones._punto["id"] == nuevo["id"]

    # Se vota en la ventana y se adopta su resolución.
    editor.votaciones.a_favor.setValue(editor.estado.quorum.presentes)
    editor.votaciones.boton_cerrar.click()
    adoptar(editor, monkeypatch, nuevo["id"], "Aprueba el acta de la sesión de septiembre")
    adoptada = next(r for r in listar_resoluciones(Contexto(db, asociacion["id"]), sesion_id=sesion["id"])
                    if r["punto_id"] == nuevo["id"])

    # «Aprobar…» ofrece ahora esa resolución, y solo esa.
    editor.pestanas.setCurrentWidget(editor.tab_acta)

    def aprobar(dialogo):
        assert dialogo.resolucion.count() == 1 and dialogo.resolucion.currentData() == adoptada["id"]
        assert "Aprueba el acta de la sesión de septiembre" in dialogo.resolucion.currentText()
        assert not dialogo.guia.isVisible() and not dialogo.boton_en_esta.isVisible()
        qtbot.mouseClick(dialogo.boton_aceptar, Qt.MouseButton.LeftButton)

    _abrir_aprobar(editor, monkeypatch, qtbot, aprobar)
    assert editor.solo_lectura and editor.chip_acta.text() == "Acta: aprobada"
    assert f"Acta aprobada por {adoptada['numeracion']} del Consejo" in editor.banner.text()
    # Cerrada y vuelta a abrir desde la base: aprobada con esa resolución, y el registro coincide con la huella.
    vista.volver_a_la_lista()
    vista.abrir(sesion["id"])
    acta = obtener_acta(Contexto(db, asociacion["id"]), sesion["id"])
    assert (acta.estado, acta.aprobada_por) == ("aprobada", f"{adoptada['numeracion']} del Consejo")
    assert editor.tab_acta.verificacion.text() == "✓ el registro coincide con la huella"


def test_en_la_proxima_sesion_la_convoca_y_le_agrega_el_punto(vista, monkeypatch, qtbot, demo_abierta, mensajes):
    db, asociacion = demo_abierta
    sesion = _septiembre(db, asociacion)
    vista.abrir(sesion["id"])
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    fecha = hoy() + timedelta(days=30)

    def convocar(dialogo):
        assert dialogo.organo.currentData() == sesion["organo_id"]   # el órgano de la sesión
        dialogo.fecha.setDate(QDate(fecha))
        dialogo.lugar.setText("Intendencia de Montevideo")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoConvocar, "exec", convocar)
    _abrir_aprobar(editor, monkeypatch, qtbot,
                   lambda d: qtbot.mouseClick(d.boton_en_la_proxima, Qt.MouseButton.LeftButton))
    proxima = next(s for s in listar_sesiones(Contexto(db, asociacion["id"])) if s["fecha"] == fecha.isoformat())
    [(titulo, texto)] = mensajes
    assert titulo == "Aprobar el acta"
    assert (f"Se agregó el punto 1 «Aprobación del acta de la {sesion['titulo']} (15/09/" in texto
            and proxima["titulo"] in texto)
    assert not editor.solo_lectura and obtener_acta(Contexto(db, asociacion["id"]), sesion["id"]).estado == "borrador"

    # Mientras ese punto espera su votación, «Aprobar…» lo dice, no ofrece agregar otro y lleva a él (issue 61 §4:
    # antes solo ofrecía «Cerrar»): a la próxima sesión, en Votaciones, con el punto elegido.
    def mirar(dialogo):
        assert "todavía no se votó" in dialogo.guia.text() and proxima["titulo"] in dialogo.guia.text()
        assert not dialogo.boton_en_esta.isVisible() and not dialogo.boton_en_la_proxima.isVisible()
        assert dialogo.boton_ir.isVisible() and dialogo.boton_ir.text() == f"Ir al punto 1 de la {proxima['titulo']}"
        qtbot.mouseClick(dialogo.boton_ir, Qt.MouseButton.LeftButton)

    _abrir_aprobar(editor, monkeypatch, qtbot, mirar)
    assert vista.editor.sesion_id == proxima["id"] and vista.editor.pestanas.currentWidget() is vista.editor.votaciones
    assert [p["titulo"] for p in vista.editor.puntos] == [f"Aprobación del acta de la {sesion['titulo']} "
                                                          f"({sesion['fecha'][8:10]}/{sesion['fecha'][5:7]}/"
                                                          f"{sesion['fecha'][:4]})"]
    assert vista.editor.votaciones._punto["id"] == vista.editor.puntos[0]["id"]


def test_el_orden_del_dia_ofrece_la_aprobacion_de_esta_acta_y_de_las_anteriores(vista, demo_abierta):
    db, asociacion = demo_abierta
    sesion = _septiembre(db, asociacion)
    vista.abrir(sesion["id"])
    orden = vista.editor.orden
    orden.menu_aprobacion.aboutToShow.emit()
    textos = [a.text() for a in orden.menu_aprobacion.actions()]
    assert textos == ["De esta sesión (se aprueba al final)"]   # las anteriores del Consejo ya están aprobadas
    orden.menu_aprobacion.actions()[0].trigger()
    assert orden._punto["titulo"] == "Aprobación del acta" and orden._punto["tipo"] == "votacion"


def test_con_el_punto_de_esta_sesion_sin_votar_lleva_a_su_votacion(vista, monkeypatch, qtbot, demo_abierta):
    db, asociacion = demo_abierta
    from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion

    sesion = _septiembre(db, asociacion)
    punto = agregar_punto_de_aprobacion(Contexto(db, asociacion["id"]), sesion["id"])   # otra ventana, o la CLI
    vista.abrir(sesion["id"])
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_acta)

    def mirar(dialogo):
        assert "El punto 3 «Aprobación del acta» de esta sesión todavía no se votó" in dialogo.guia.text()
        assert dialogo.boton_ir.text() == "Ir a la votación del punto 3"
        assert not dialogo.boton_en_esta.isVisible()
        qtbot.mouseClick(dialogo.boton_ir, Qt.MouseButton.LeftButton)

    _abrir_aprobar(editor, monkeypatch, qtbot, mirar)
    assert editor.pestanas.currentWidget() is editor.votaciones
    assert editor.votaciones._punto["id"] == punto["punto_id"]


def test_ningun_texto_de_la_pestana_acta_trae_la_sintaxis_de_la_linea_de_ordenes(vista, monkeypatch, qtbot,
                                                                                 demo_abierta):
    """Issue 42: una sesión recién convocada (sin celebrar, borrador vacío): lo que se lee bajo los botones y sus
    ayudas dicen qué hacer en la ventana, no «escritorio sesiones …»."""
    from test_sesiones_gui import convocar_consejo

    convocar_consejo(vista, monkeypatch)
    acta = vista.editor.tab_acta
    vista.editor.pestanas.setCurrentWidget(acta)
    qtbot.waitUntil(acta.pendientes.isVisible)
    assert "Use el botón «Sesión celebrada…», arriba a la derecha." in acta.pendientes.text()
    assert "«Proponer textos» escribe la apertura y el cierre" in acta.pendientes.text()
    textos = [acta.pendientes.text()] + [b.toolTip() for b in (acta.boton_aprobar, acta.boton_firmar,
                                                                acta.boton_firma_digital, acta.boton_erratas)]
    assert all("escritorio " not in t and "--" not in t for t in textos), textos


def test_con_el_acta_aprobada_los_avisos_no_ofrecen_botones_apagados(vista, demo_abierta):
    """Issue 78: en una sesión de acta aprobada, los avisos de las pestañas vacías pedían usar «Presentar…» o
    «Agregar punto…», que están apagados. Ahora dicen lo que hubo."""
    db, asociacion = demo_abierta
    aprobada = next(s for s in listar_sesiones(Contexto(db, asociacion["id"])) if s["estado_acta"] == "aprobada")
    vista.abrir(aprobada["id"])
    editor = vista.editor
    assert editor.solo_lectura
    for aviso, boton in ((editor.tab_mociones.vacio, editor.tab_mociones.botones["presentar"]),
                         (editor.orden.vacio, editor.orden.boton_punto),
                         (editor.votaciones.vacio, None)):
        assert "«" not in aviso.text() and "agregue" not in aviso.text().lower(), aviso.text()
        assert boton is None or not boton.isEnabled()
    assert editor.tab_mociones.vacio.text() == "La sesión no tuvo mociones."
