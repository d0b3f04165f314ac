"""La pestaña Enmiendas del editor de sesiones (issue 64, §2), como la usa la secretaría: las enmiendas de la moción
en el orden de votación, con la afectada por otra; la comparación de la elegida (tachado y subrayado, y [− −] / [+ +]
para quien no ve colores); la votación en vivo SOLO CON EL TECLADO (Alt+V, cifras, Tab, Enter), la que choca con la
aprobada decae, después la moción, y «Adoptar como resolución» (Alt+R) con el texto final. La sala en vivo (el
proyector) recibe el foco y el recuento mientras cambia."""

import os
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ayudas import oficina_de
from escritorio.dominio.enmiendas import Cambio
from escritorio.interfaz.dialogos.sesion.editor import EditorSesion
from escritorio.interfaz.dialogos.sesion.enmiendas import PestanaEnmiendas
from escritorio.interfaz.sala_en_vivo import SalaEnVivo
from escritorio.servicios import enmiendas
from escritorio.servicios.votaciones import listar_resoluciones
from mociones_de_prueba import armar_sala

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


@pytest.fixture
def editor(qtbot, db, asociacion_id, monkeypatch):
    sala = armar_sala(db, asociacion_id, fecha=date.today(), hora="00:00")
    c, ids = sala.contexto, sala.ids
    uno = enmiendas.presentar(c, sala.mocion, [Cambio("reemplazar", 2, "Las ciudades miembro adoptarán un plan de "
                                                                       "adaptación antes de 2027.")],
                              [ids["Montevideo"]])
    dos = enmiendas.presentar(c, sala.mocion, [Cambio("suprimir", 2)], [ids["Córdoba"], ids["Santa Fe"]])
    tres = enmiendas.presentar(c, sala.mocion, [Cambio("insertar", 3, "Se crea un fondo común.")], [ids["Paraná"]])
    for e in (uno, dos, tres):
        enmiendas.admitir(c, e.id)
    # «Cerrar votación» pregunta (Cancelar por omisión): aquí se acepta, como en la pestaña Votaciones.
    monkeypatch.setattr(PestanaEnmiendas, "confirmar_cierre", lambda self, que, resultado: True)
    editor = EditorSesion()
    qtbot.addWidget(editor)
    editor.resize(1024, 600)
    editor.show()
    editor.mostrar(oficina_de(db, asociacion_id), sala.sesion)
    editor.pestanas.setCurrentWidget(editor.tab_enmiendas)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor, sala


def _votar_con_el_teclado(qtbot, pestana, a_favor: str, en_contra: str, abstenciones: str) -> None:
    qtbot.keyClick(pestana, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert pestana.a_favor.hasFocus()
    for campo, cifra in ((pestana.a_favor, a_favor), (pestana.en_contra, en_contra),
                         (pestana.abstenciones, abstenciones)):
        assert campo.hasFocus()
        qtbot.keyClicks(campo, cifra)
        qtbot.keyClick(campo, Qt.Key.Key_Tab)
    assert pestana.boton_cerrar.hasFocus() and pestana.boton_cerrar.isEnabled()
    qtbot.keyClick(pestana.boton_cerrar, Qt.Key.Key_Return)


def test_la_secretaria_vota_las_enmiendas_y_la_mocion_con_el_teclado(qtbot, editor):
    editor, sala = editor
    pestana = editor.tab_enmiendas
    lista = pestana.lista
    filas = [[lista.item(f, c).text() for c in range(5)] for f in range(lista.rowCount())]
    assert filas == [["1.º", "Enmienda 2", "admitida", "Córdoba, Santa Fe", "afectada por la 1"],
                     ["2.º", "Enmienda 3", "admitida", "Paraná", ""],
                     ["3.º", "Enmienda 1", "admitida", "Montevideo", "2"]]
    # Elegida la primera: su comparación, y la sala en vivo enfoca la moción y esa enmienda.
    vivo = SalaEnVivo.de(pestana)
    assert (vivo.foco.sesion_id, vivo.foco.punto_id, vivo.foco.mocion_id) == (sala.sesion, sala.punto, sala.mocion)
    assert vivo.foco.enmienda_id == lista.item(0, 0).data(Qt.ItemDataRole.UserRole).id
    assert "[−Las ciudades miembro adoptarán un plan de adaptación antes de 2028.−]" in \
        pestana.comparacion.toPlainText()
    assert "line-through" in pestana.comparacion.toHtml()
    assert pestana.se_vota.text() == "Se vota: enmienda 2 (lugar 1 del orden de votación)"

    if os.environ.get("CAPTURA"):   # para mirarla: CAPTURA=/tmp/enmiendas.png pytest …
        editor.grab().save(os.environ["CAPTURA"])
        editor.resize(720, 455)
        qtbot.wait(50)
        editor.grab().save(os.environ["CAPTURA"].replace(".png", "_chica.png"))
        editor.resize(1024, 600)
        qtbot.wait(50)
    recuentos = []
    vivo.cambio.connect(lambda: recuentos.append(vivo.foco.votacion))
    _votar_con_el_teclado(qtbot, pestana, "3", "1", "1")
    assert any(r and "A favor: 3 · En contra: 1 · Abstenciones: 1" in r for r in recuentos)   # el de la pantalla
    assert recuentos[-1] is None   # cerrada, ya no hay votación en curso
    # Aprobada la 2, la 1 (mismo párrafo) decae; sigue la 3, con el foco listo para votarla.
    estados = {lista.item(f, 1).text(): lista.item(f, 2).text() for f in range(lista.rowCount())}
    assert estados == {"Enmienda 2": "aprobada", "Enmienda 3": "admitida", "Enmienda 1": "decaída"}
    assert pestana.se_vota.text() == "Se vota: enmienda 3 (lugar 2 del orden de votación)"
    assert pestana.a_favor.hasFocus() and pestana.a_favor.value() == 0

    # Más votos que presentes: el servicio lo dice y no se puede cerrar.
    qtbot.keyClick(pestana, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(pestana.a_favor, "9")
    assert "Hay 9 votos y solo 5 miembros presentes" in pestana.problemas.texto
    assert not pestana.boton_cerrar.isEnabled()
    pestana.a_favor.selectAll()
    _votar_con_el_teclado(qtbot, pestana, "4", "0", "1")
    assert pestana.se_vota.text() == "Se vota: la moción 1"
    _votar_con_el_teclado(qtbot, pestana, "4", "1", "0")
    assert pestana.se_vota.text() == "La moción 1 ya se votó: aprobada."
    assert pestana.boton_resolucion.isVisible() and pestana.boton_resolucion.isEnabled()

    qtbot.keyClick(pestana, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)   # el botón se pulsa a los 100 ms
    qtbot.waitUntil(lambda: bool(listar_resoluciones(sala.contexto)))
    [resolucion] = listar_resoluciones(sala.contexto)
    assert resolucion["titulo"] == "Declaración de Rosario sobre el clima" and resolucion["firmantes"] == 2
    assert "Se crea un fondo común." in resolucion["texto"] and "2028" not in resolucion["texto"]
    assert "Se crea un fondo común." in pestana.comparacion.toPlainText()   # el texto final, a la vista
    assert not pestana.boton_resolucion.isEnabled()   # ya adoptada


def test_el_detalle_de_la_mocion_muestra_el_texto_enmendado(qtbot, editor):
    """Issue 78: la pestaña Mociones mostraba el texto presentado aunque una enmienda aprobada lo cambiara."""
    editor, sala = editor
    _votar_con_el_teclado(qtbot, editor.tab_enmiendas, "3", "1", "1")   # la enmienda 2 (suprime el párrafo 2)
    editor.pestanas.setCurrentWidget(editor.tab_mociones)
    mociones = editor.tab_mociones
    mociones.seleccionar(sala.mocion)
    texto = mociones.detalle.text()
    assert "Texto con las enmiendas aprobadas (2):" in texto
    enmendado, presentado = texto.split("Texto presentado:")
    assert "2028" not in enmendado and "2028" in presentado   # el párrafo suprimido, solo en el presentado


def test_presentar_una_enmienda_desde_la_ventana_y_lo_que_el_servicio_rechaza(qtbot, editor, monkeypatch):
    from escritorio.interfaz.dialogos import dialogo_enmienda

    editor, sala = editor
    pestana = editor.tab_enmiendas
    visto = {}

    def llenar(dialogo):
        # Sin autores: el servicio lo rechaza y el diálogo queda abierto con el motivo.
        dialogo.operacion.setCurrentIndex(dialogo.operacion.findData("reemplazar"))
        dialogo.parrafo.setValue(4)
        dialogo.texto.setPlainText("La Secretaría informará cada semestre los avances.")
        dialogo.guardar()
        visto["rechazo"] = (dialogo.problemas.texto, dialogo.result())
        dialogo.agregar_cambio()
        dialogo.operacion.setCurrentIndex(dialogo.operacion.findData("suprimir"))
        dialogo.parrafo.setValue(1)
        dialogo.agregar_cambio()
        for n in range(dialogo.autores.count()):
            if dialogo.autores.item(n).text() in ("Salto", "Rosario"):
                dialogo.autores.item(n).setCheckState(Qt.CheckState.Checked)
        dialogo.fundamento.setPlainText("Informar más seguido.")
        if os.environ.get("CAPTURA"):
            dialogo.grab().save(os.environ["CAPTURA"].replace(".png", "_dialogo.png"))
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogo_enmienda.DialogoEnmienda, "exec", llenar)
    pestana.boton_presentar.click()
    assert visto["rechazo"] == ("Indique quién presenta la enmienda: uno o más miembros.", 0)
    [nueva] = [e for e in enmiendas.listar(sala.contexto, sala.mocion).enmiendas if e.numero == 4]
    assert nueva.cambios == (Cambio("reemplazar", 4, "La Secretaría informará cada semestre los avances."),
                             Cambio("suprimir", 1))
    assert sorted(a.nombre for a in nueva.autores) == ["Rosario", "Salto"] and nueva.fundamento == "Informar más seguido."
    assert any(pestana.lista.item(f, 1).text() == "Enmienda 4" for f in range(pestana.lista.rowCount()))


def test_la_presidencia_cambia_el_orden_con_el_teclado(qtbot, editor):
    editor, sala = editor
    pestana = editor.tab_enmiendas
    lista = pestana.lista
    # Elegida la tercera (Enmienda 1), Ctrl+↑ la vota antes que la 3.
    lista.setFocus()
    qtbot.keyClick(lista, Qt.Key.Key_Down)
    qtbot.keyClick(lista, Qt.Key.Key_Down)
    assert pestana.boton_antes.isEnabled() and not pestana.boton_despues.isEnabled()
    qtbot.keyClick(lista, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lista.item(1, 1).text() == "Enmienda 1")
    assert [lista.item(f, 1).text() for f in range(3)] == ["Enmienda 2", "Enmienda 1", "Enmienda 3"]
    assert "fijado por la presidencia" in pestana.estado_mocion.text()
    assert enmiendas.listar(sala.contexto, sala.mocion).orden_fijado
    pestana.boton_reglamento.click()
    assert [lista.item(f, 1).text() for f in range(3)] == ["Enmienda 2", "Enmienda 3", "Enmienda 1"]


def test_votacion_nominal_de_una_enmienda_con_s_n_a(qtbot, editor):
    from escritorio.servicios import votaciones_sala

    editor, sala = editor
    pestana = editor.tab_enmiendas
    qtbot.keyClick(pestana, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    for _ in range(4):   # En contra, Abstenciones, Cerrar votación, Método
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert pestana.forma.metodo.hasFocus()
    qtbot.keyClick(pestana.forma.metodo, Qt.Key.Key_N)   # Nominal
    assert pestana.forma.metodo.currentData() == "nominal" and pestana.forma.tabla_nominal.isVisible()
    for _ in range(2):   # atrás: Cerrar votación, la lista de quienes votan
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    tabla = pestana.forma.tabla_nominal
    assert tabla.hasFocus() and tabla.model().rowCount() == 5
    tabla.setCurrentIndex(tabla.model().index(0, 0))
    for tecla in (Qt.Key.Key_S, Qt.Key.Key_S, Qt.Key.Key_N, Qt.Key.Key_A, Qt.Key.Key_S):
        qtbot.keyClick(tabla, tecla)
    assert pestana.boton_cerrar.hasFocus()   # tras la última fila, el foco pasa a cerrar
    assert "Si se cierra ahora: Aprobada: 3 a favor, 1 en contra, 1 abstención" in pestana.resultado.text()
    qtbot.keyClick(pestana.boton_cerrar, Qt.Key.Key_Return)
    [voto] = votaciones_sala.votaciones(sala.contexto, sala.mocion)
    assert (voto.metodo, voto.numero, voto.a_favor, voto.en_contra, voto.abstenciones, voto.aprobada) == (
        "nominal", 2, 3, 1, 1, True)


def test_no_admitir_pide_el_motivo_y_la_no_admitida_sale_del_orden(qtbot, editor, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    editor, sala = editor
    pestana = editor.tab_enmiendas
    nueva = enmiendas.presentar(sala.contexto, sala.mocion, [Cambio("suprimir", 4)], [sala.ids["Salto"]])
    pestana.cargar()
    fila = next(f for f in range(pestana.lista.rowCount()) if pestana.lista.item(f, 1).text() == "Enmienda 4")
    pestana.lista.selectRow(fila)
    assert pestana.boton_no_admitir.isEnabled() and pestana.lista.item(fila, 0).text() == "2.º"   # la suprime entera
    preguntas = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _p, titulo, rotulo, *a, **k: preguntas.append(titulo) or (
        "No se refiere al texto de la moción", True))
    qtbot.keyClick(pestana, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)   # «No admitir…»
    qtbot.waitUntil(lambda: bool(preguntas))
    assert preguntas == ["No admitir la enmienda"]
    fila = next(f for f in range(pestana.lista.rowCount()) if pestana.lista.item(f, 1).text() == "Enmienda 4")
    assert [pestana.lista.item(fila, c).text() for c in range(3)] == ["—", "Enmienda 4", "no admitida"]
    assert "No se refiere al texto de la moción" in pestana.comparacion.toPlainText()
    assert nueva.id not in enmiendas.listar(sala.contexto, sala.mocion).orden


def test_la_sala_sigue_lo_que_se_vota_y_no_la_pestana_escondida(qtbot, editor):
    """El proyector sigue a la enmienda elegida: el resultado de la votada queda a la vista hasta que se empiezan
    a contar los votos de la siguiente, que entonces se elige sola; para la moción, ninguna (se ve la moción), y
    releer la pestaña después de votarla no vuelve a elegir la primera enmienda. Escondida, la pestaña no mueve la
    sala al releerse."""
    editor, sala = editor
    pestana = editor.tab_enmiendas
    vivo = SalaEnVivo.de(pestana)
    ids = {e.numero: e.id for e in enmiendas.listar(sala.contexto, sala.mocion).enmiendas}
    assert vivo.foco.enmienda_id == ids[2]
    _votar_con_el_teclado(qtbot, pestana, "3", "1", "1")
    assert vivo.foco.enmienda_id == ids[2]          # su resultado, todavía a la vista
    qtbot.keyClick(pestana, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(pestana.a_favor, "4")
    assert vivo.foco.enmienda_id == ids[3] and vivo.foco.votacion.startswith("A favor: 4 ·")
    pestana.a_favor.selectAll()
    _votar_con_el_teclado(qtbot, pestana, "4", "0", "1")
    qtbot.keyClick(pestana, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(pestana.a_favor, "4")
    assert vivo.foco.enmienda_id is None and vivo.foco.mocion_id == sala.mocion
    pestana.a_favor.selectAll()
    _votar_con_el_teclado(qtbot, pestana, "4", "1", "0")
    assert pestana.se_vota.text() == "La moción 1 ya se votó: aprobada."
    assert vivo.foco.enmienda_id is None and vivo.foco.mocion_id == sala.mocion   # su resultado, a la vista

    # Con otra pestaña a la vista, releer todo (como tras un acto de la sesión) no le quita la sala.
    editor.pestanas.setCurrentWidget(editor.orden)
    vivo.enfocar(sesion_id=sala.sesion, punto_id=sala.punto)
    editor.recargar()
    assert (vivo.foco.mocion_id, vivo.foco.enmienda_id) == (None, None)
    editor.pestanas.setCurrentWidget(pestana)
    assert vivo.foco.mocion_id == sala.mocion


def test_la_fecha_de_recepcion_de_la_enmienda_con_el_teclado(qtbot, editor, ruta_db):
    """«Recibida el» (Alt+R), como `enmiendas presentar --recibida`: una fecha anterior a la moción la rechaza el
    servicio y el diálogo lo dice; una fecha pasada válida queda guardada y se lee igual al abrir la base de nuevo."""
    from PySide6.QtCore import QTimer

    from escritorio.interfaz.dialogos.dialogo_enmienda import DialogoEnmienda
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto

    editor, sala = editor
    pestana = editor.tab_enmiendas
    antes_de_la_mocion, pasada = date.today() - timedelta(days=30), date.today() - timedelta(days=10)
    visto = {}

    def escribir_fecha(dialogo, dia: date) -> None:
        qtbot.keyClick(dialogo, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)   # al volver, la fecha entera
        qtbot.keyClick(dialogo, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is dialogo.recibida
        qtbot.keyClicks(dialogo.recibida, dia.strftime("%d%m%Y"))   # cada parte salta a la siguiente

    def en_el_dialogo():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, DialogoEnmienda):   # el botón se pulsa a los 100 ms (Alt+P lo anima)
            QTimer.singleShot(50, en_el_dialogo)
            return
        try:
            dialogo.activateWindow()
            qtbot.waitUntil(dialogo.isActiveWindow)
            llenar(dialogo)
        except BaseException as error:   # el test falla con el motivo
            visto["error"] = error
        visto.setdefault("cerrado", False)
        if dialogo.isVisible():   # que el diálogo modal no quede abierto
            dialogo.reject()

    def llenar(dialogo):
        assert dialogo.recibida.date().toPython() == date.today()   # por omisión, hoy
        qtbot.keyClick(dialogo, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(QApplication.focusWidget(), "Se crea un observatorio regional.")
        qtbot.keyClick(dialogo, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)   # «Presentan»
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        escribir_fecha(dialogo, antes_de_la_mocion)
        qtbot.keyClick(dialogo.recibida, Qt.Key.Key_Return)
        visto["rechazo"] = (dialogo.isVisible(), dialogo.problemas.texto)
        escribir_fecha(dialogo, pasada)
        qtbot.keyClick(dialogo.recibida, Qt.Key.Key_Return)
        visto["cerrado"] = not dialogo.isVisible()
        visto["segunda"] = (dialogo.recibida.date().toPython(), dialogo.problemas.texto, QApplication.focusWidget())

    QTimer.singleShot(0, en_el_dialogo)
    qtbot.keyClick(pestana, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)   # «Presentar enmienda…»
    qtbot.waitUntil(lambda: "cerrado" in visto)
    if "error" in visto:
        raise visto["error"]
    abierto, texto = visto["rechazo"]
    assert abierto and "no puede recibirse antes que la moción" in texto, texto
    assert visto["cerrado"], visto["segunda"]
    base = abrir_base(ruta_db)
    try:
        [nueva] = [e for e in enmiendas.listar(Contexto(base, sala.contexto.asociacion_id), sala.mocion).enmiendas
                   if e.numero == 4]
    finally:
        base.close()
    assert nueva.recibida_el == pasada.isoformat()
    assert nueva.cambios == (Cambio("reemplazar", 1, "Se crea un observatorio regional."),)
