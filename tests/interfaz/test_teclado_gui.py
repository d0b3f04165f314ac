"""Solo con el teclado, como una secretaria que toma la asistencia en la reunión y no suelta las teclas: buscar un
miembro y abrir su ficha, escribir la hora de cierre, marcar la asistencia y votar una nominal. Cada tecla va al widget
que tiene el foco (nada de clics), y lo que queda guardado se lee de la base con el servicio."""

import os

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.dominio.sesiones import SENTIDOS
from escritorio.interfaz.dialogos import ficha_miembro
from escritorio.interfaz.piezas.hora import EditorDeHora, interpretar_hora
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS") or "/tmp/capturas_teclado"
os.makedirs(CAPTURAS, exist_ok=True)


def foco():
    return QApplication.focusWidget()


def tecla(qtbot, cual, modificadores=Qt.KeyboardModifier.NoModifier) -> None:
    """Una tecla al widget que tiene el foco, como la recibe el programa."""
    qtbot.keyClick(foco(), cual, modificadores)


def escribir(qtbot, texto: str) -> None:
    qtbot.keyClicks(foco(), texto)


@pytest.fixture
def ventana(qtbot, tmp_path, copia_de_la_demo, monkeypatch):
    ruta_demo = copia_de_la_demo
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(ruta_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    with qtbot.waitActive(ventana):
        ventana.show()
    yield ventana
    db.close()


# --- Miembros: Ctrl+F, escribir, flechas y Enter ---------------------------------------------------------------

@pytest.fixture
def fichas_abiertas(monkeypatch):
    """La ficha es un diálogo modal: en lugar de esperarlo, se anota de quién se abrió."""
    abiertas: list[str] = []

    def anotar(dialogo):
        abiertas.append(dialogo.windowTitle())
        return 0

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", anotar)
    return abiertas


def test_buscar_un_miembro_y_abrir_su_ficha_solo_con_el_teclado(qtbot, ventana, fichas_abiertas):
    ventana.navegacion.setFocus()
    ventana.navegacion.setCurrentRow(1)
    vista = ventana.miembros
    qtbot.waitUntil(vista.isVisible)

    tecla(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert foco() is vista.busqueda
    escribir(qtbot, "mont")
    visibles = [vista.filtro.index(fila, 0).data() for fila in range(vista.filtro.rowCount())]
    assert len(visibles) > 2 and "Montevideo" in visibles and "Rosario" not in visibles
    tecla(qtbot, Qt.Key.Key_Down)              # a la tabla, con el primer resultado elegido
    assert foco() is vista.tabla
    assert vista.miembro_seleccionado()["nombre"] == visibles[0]
    ventana.grab().save(f"{CAPTURAS}/miembros-busqueda-teclado-1024x600.png")
    tecla(qtbot, Qt.Key.Key_Down)              # el segundo
    segundo = vista.miembro_seleccionado()
    assert segundo["nombre"] == visibles[1]
    tecla(qtbot, Qt.Key.Key_Return)            # Enter abre la ficha del elegido
    assert len(fichas_abiertas) == 1 and segundo["nombre"] in fichas_abiertas[0]

    tecla(qtbot, Qt.Key.Key_Escape)            # Esc vuelve a la búsqueda, con lo escrito elegido para reemplazarlo
    assert foco() is vista.busqueda and vista.busqueda.selectedText() == "mont"
    escribir(qtbot, "rosario")                 # un solo resultado: Enter desde la búsqueda abre su ficha
    assert vista.resumen.text() == "1 de 300 miembros"
    tecla(qtbot, Qt.Key.Key_Return)
    assert len(fichas_abiertas) == 2 and "Rosario" in fichas_abiertas[1]
    assert vista.miembro_seleccionado()["nombre"] == "Rosario"

    tecla(qtbot, Qt.Key.Key_Escape)            # Esc en la tabla: a la búsqueda; otro Esc la limpia
    assert foco() is vista.busqueda
    tecla(qtbot, Qt.Key.Key_Escape)
    assert vista.busqueda.text() == "" and vista.resumen.text() == "300 de 300 miembros"
    tecla(qtbot, Qt.Key.Key_Escape)            # con la búsqueda vacía, Esc pasa a la tabla
    assert foco() is vista.tabla
    tecla(qtbot, Qt.Key.Key_Up)                # Flecha arriba en la primera fila vuelve a la búsqueda
    assert foco() is vista.busqueda


def test_pagos_ctrl_f_y_enter_abre_la_cuenta_del_unico_pago(qtbot, ventana, monkeypatch):
    ventana.navegacion.setFocus()
    ventana.navegacion.setCurrentRow(2)
    cuotas = ventana.cuotas
    cuotas.pestanas.setCurrentWidget(cuotas.pagos)
    pagos = cuotas.pagos
    qtbot.waitUntil(lambda: pagos.isVisible() and pagos.modelo.rowCount() > 1)
    abiertas = []
    monkeypatch.setattr(type(cuotas), "abrir_cuenta", lambda self, miembro_id: abiertas.append(miembro_id))
    buscado = pagos.modelo.filas[0]

    tecla(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert foco() is pagos.busqueda
    escribir(qtbot, buscado["recibo"])
    assert [p["id"] for p in pagos.modelo.filas] == [buscado["id"]]
    tecla(qtbot, Qt.Key.Key_Return)          # un solo pago: Enter abre la cuenta de su miembro
    assert abiertas == [buscado["miembro_id"]]
    assert foco() is pagos.tabla
    tecla(qtbot, Qt.Key.Key_Return)          # Enter sobre la fila, otra vez
    assert abiertas == [buscado["miembro_id"]] * 2
    tecla(qtbot, Qt.Key.Key_Escape)
    assert foco() is pagos.busqueda


def test_estatutos_ctrl_f_y_flecha_abajo_al_primer_articulo_que_coincide(qtbot, ventana):
    ventana.navegacion.setFocus()
    ventana.navegacion.setCurrentRow(3)
    estatutos = ventana.estatutos
    qtbot.waitUntil(lambda: estatutos.isVisible() and estatutos.arbol.topLevelItemCount() > 3)

    tecla(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert foco() is estatutos.busqueda
    escribir(qtbot, "quorum")
    visibles = estatutos.numeros_visibles()
    assert 0 < len(visibles) < estatutos.arbol.topLevelItemCount()
    tecla(qtbot, Qt.Key.Key_Down)
    assert foco() is estatutos.arbol and estatutos.articulo_actual() == visibles[0]
    tecla(qtbot, Qt.Key.Key_Escape)
    assert foco() is estatutos.busqueda and estatutos.busqueda.selectedText() == "quorum"


# --- la hora de cierre --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("escrito, hora", [("1830", (18, 30)), ("18:30", (18, 30)), ("18.30", (18, 30)),
                                           ("9", (9, 0)), ("930", (9, 30)), ("0915", (9, 15)), ("25", (2, 5)),
                                           ("18:", (18, 0)), ("2400", None), ("12345", None), (":30", None)])
def test_la_hora_escrita_de_corrido(escrito, hora):
    assert interpretar_hora(escrito) == hora


@pytest.mark.parametrize("escrito, esperada", [("1830", "18:30"), ("18:30", "18:30"), ("9", "09:00")])
def test_el_campo_de_hora_toma_los_digitos_aunque_un_clic_deje_el_cursor_en_los_minutos(qtbot, escrito, esperada):
    """El error del issue: con el cursor al final (donde lo deja un clic), QTimeEdit se tragaba los dígitos."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialogo = QDialog()
    qtbot.addWidget(dialogo)
    caja = QVBoxLayout(dialogo)
    otro, campo = QLineEdit(), EditorDeHora("13:00")
    caja.addWidget(otro)
    caja.addWidget(campo)
    with qtbot.waitActive(dialogo):
        dialogo.show()
    otro.setFocus()
    # El clic (lo que hizo la secretaria del issue) al final del campo, en los minutos.
    qtbot.mouseClick(campo.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(campo.lineEdit().width() - 4, 8))
    assert foco() in (campo, campo.lineEdit()), foco()
    qtbot.keyClicks(foco(), escrito)
    assert campo.time().toString("HH:mm") == esperada
    # Ya en el campo, un clic en los minutos los elige: lo que se escribe reemplaza solo los minutos.
    qtbot.mouseClick(campo.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(campo.lineEdit().width() - 8, 8))
    qtbot.keyClicks(foco(), "45")
    assert campo.time().toString("HH:mm") == esperada[:3] + "45"
    qtbot.keyClick(foco(), Qt.Key.Key_Up)          # las flechas siguen cambiando la sección elegida
    assert campo.time().toString("HH:mm") == esperada[:3] + "46"


# --- una sesión del Consejo: hora de cierre, asistencia y votación nominal ------------------------------------------

def con_el_dialogo(qtbot, hacer) -> list:
    """Lo que se hace con el teclado en el próximo cuadro modal, cuando se abra (exec() espera en su propio bucle)."""
    hechos = []

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if dialogo is None or QApplication.activeWindow() is not dialogo or QApplication.focusWidget() is None:
            if dialogo is not None and dialogo.isVisible():
                dialogo.activateWindow()   # la plataforma «offscreen» a veces no activa el cuadro que se abre
            QTimer.singleShot(20, mirar)
            return
        hechos.append(dialogo.windowTitle())
        try:
            hacer(dialogo)
        except BaseException as error:  # noqa: BLE001 - la prueba lo ve en la lista (y el cuadro no queda abierto)
            hechos.append(error)
            dialogo.close()

    QTimer.singleShot(0, mirar)
    return hechos


def de_vuelta_en(qtbot, ventana) -> None:
    """Cerrado el cuadro, la ventana vuelve a ser la activa (lo hace el sistema; «offscreen», a veces no)."""
    ventana.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ventana and foco() is not None)


@pytest.fixture
def sesion(copia_de_la_demo):
    """Una sesión del Consejo (17 integrantes, quórum de 9) convocada para hoy, con un punto que se vota."""
    ruta_demo = copia_de_la_demo
    from escritorio.servicios.base import hoy
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.organos import listar_organos
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import agregar_punto

    db = abrir_base(ruta_demo)
    contexto = Contexto(db, 1)
    consejo = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    sesion_id = convocar(contexto, consejo, NuevaSesion(fecha=hoy(), tipo="ordinaria", hora="10:00",
                                                        lugar="Intendencia de Montevideo", enlace=None,
                                                        convocada_el=hoy()))
    agregar_punto(contexto, sesion_id, "Presupuesto 2027", "votacion")
    db.close()
    return sesion_id


def leer(ruta, funcion, *argumentos):
    """Lo guardado, leído con el servicio en otra conexión (como otra ventana que abre la base)."""
    from escritorio.servicios.contexto import Contexto

    db = abrir_base(ruta)
    try:
        return funcion(Contexto(db, 1), *argumentos)
    finally:
        db.close()


@pytest.fixture
def editor(qtbot, ventana, sesion):
    """La sesión abierta desde el área Sesiones, con Enter sobre su fila."""
    ventana.navegacion.setCurrentRow(6)
    vista = ventana.sesiones
    qtbot.waitUntil(vista.isVisible)
    assert vista.seleccionar(sesion)
    vista.tabla.setFocus()
    tecla(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vista.editor.isVisible())
    assert vista.editor.sesion_id == sesion
    return vista.editor


def test_la_hora_de_cierre_se_escribe_y_enter_la_guarda(qtbot, editor, copia_de_la_demo, sesion):
    ruta_demo = copia_de_la_demo
    from escritorio.servicios.sesiones import sesion_de_la_asociacion

    editor.boton_cierre.setFocus()

    def escribir_la_hora(dialogo):
        assert foco() is dialogo.hora        # el diálogo se abre para escribir la hora
        escribir(qtbot, "1830")
        tecla(qtbot, Qt.Key.Key_Return)      # Enter: Guardar

    abiertos = con_el_dialogo(qtbot, escribir_la_hora)
    tecla(qtbot, Qt.Key.Key_Space)           # «Sesión celebrada…»
    assert abiertos == ["Sesión celebrada"]
    guardada = leer(ruta_demo, sesion_de_la_asociacion, sesion)
    assert guardada["hora_cierre"] == "18:30" and guardada["estado"] == "celebrada"
    assert "cerró a las 18:30" in editor.detalle.text()


def test_asistencia_y_votacion_nominal_solo_con_el_teclado(qtbot, editor, copia_de_la_demo, sesion, monkeypatch):
    ruta_demo = copia_de_la_demo
    from escritorio.servicios.actas import obtener_acta
    from escritorio.servicios.sesiones.asistencia import asistencia

    pestana = editor.tab_asistencia
    editor.pestanas.setCurrentWidget(pestana)
    qtbot.waitUntil(pestana.tabla.isVisible)
    assert "P presente · A ausente · E excusado" in pestana.ayuda.text()
    pestana.busqueda.setFocus()
    nombres = [pestana.filtro.index(f, 0).data() for f in range(pestana.filtro.rowCount())]
    assert len(nombres) == 17
    recorrido = []                           # Tab: la búsqueda, «Todos presentes», la tabla, «Agregar invitado…»
    for _ in range(3):
        tecla(qtbot, Qt.Key.Key_Tab)
        recorrido.append(foco())
    assert recorrido == [pestana.boton_todos, pestana.tabla, pestana.boton_invitado]
    for _ in range(3):
        tecla(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert foco() is pestana.busqueda

    # Las cinco primeras filas, una tecla cada una: la fila siguiente queda elegida sola.
    tecla(qtbot, Qt.Key.Key_Down)
    assert foco() is pestana.tabla and pestana.tabla.currentIndex().row() == 0
    for numero, cual in enumerate((Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_E, Qt.Key.Key_Space)):
        tecla(qtbot, cual)
        assert pestana.tabla.currentIndex().row() == numero + 1
    editor.window().grab().save(f"{CAPTURAS}/asistencia-teclado-1024x600.png")
    estados = {h.miembro: h.estado for h in pestana.filas}
    assert [estados[n] for n in nombres[:5]] == ["presente", "presente", "ausente", "excusado", "presente"]

    # Las demás de una vez: Mayúscula+Flecha abajo las elige hasta la última, y P las marca presentes.
    for _ in range(11):
        tecla(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert pestana.tabla.filas_elegidas() == list(range(5, 17))
    tecla(qtbot, Qt.Key.Key_P)
    assert sum(h.estado == "presente" for h in pestana.filas) == 15

    # Buscar por el nombre: Ctrl+F, escribir, Enter va a la fila; E la marca y se vuelve a la búsqueda.
    buscado = nombres[7]
    tecla(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert foco() is pestana.busqueda
    escribir(qtbot, buscado[:6].lower())
    assert pestana.filtro.rowCount() >= 1
    while pestana.filtro.rowCount() > 1:     # hasta que quede solo él
        escribir(qtbot, buscado[len(pestana.busqueda.text())].lower())
    tecla(qtbot, Qt.Key.Key_Return)
    assert foco() is pestana.tabla
    tecla(qtbot, Qt.Key.Key_E)
    assert foco() is pestana.busqueda and pestana.busqueda.selectedText() == pestana.busqueda.text()
    tecla(qtbot, Qt.Key.Key_Escape)          # Esc borra la búsqueda: vuelven las 17 filas
    assert pestana.filtro.rowCount() == 17

    # F2 en quien no vino: su poder, a un presente, con las flechas y Enter.
    ausente = nombres[2]
    tecla(qtbot, Qt.Key.Key_Escape)          # a la tabla
    for _ in range(2):
        tecla(qtbot, Qt.Key.Key_Down)
    assert pestana.filtro.index(pestana.tabla.currentIndex().row(), 0).data() == ausente
    tecla(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(foco(), type(None)) is False and foco().inherits("QComboBox")
                    or QApplication.activePopupWidget() is not None)
    tecla(qtbot, Qt.Key.Key_Down)            # el primer presente de la lista
    tecla(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: next(h for h in pestana.filas if h.miembro == ausente).poder_a is not None)
    apoderado = next(h for h in pestana.filas if h.miembro == ausente).poder_a

    # F2 en un presente: su representante, en un diálogo que se completa con el teclado.
    pestana.tabla.setFocus()
    tecla(qtbot, Qt.Key.Key_Up)
    tecla(qtbot, Qt.Key.Key_Up)              # la primera fila, presente
    assert pestana.tabla.currentIndex().row() == 0

    def representante(dialogo):
        escribir(qtbot, "Marta Ribeiro")
        tecla(qtbot, Qt.Key.Key_Tab)
        escribir(qtbot, "Secretaria de Relaciones Internacionales")
        tecla(qtbot, Qt.Key.Key_Return)

    abiertos = con_el_dialogo(qtbot, representante)
    tecla(qtbot, Qt.Key.Key_F2)
    assert abiertos == [f"Representación — {nombres[0]}"]
    de_vuelta_en(qtbot, editor.window())

    # Todo quedó en la base: se lee con el servicio, en otra conexión.
    def guardado():
        return {h.miembro: h for h in leer(ruta_demo, asistencia, sesion).habilitados}

    qtbot.waitUntil(lambda: guardado()[nombres[7]].estado == "excusado")
    en_la_base = guardado()
    assert [en_la_base[n].estado for n in nombres[:5]] == ["presente", "presente", "ausente", "excusado", "presente"]
    assert all(en_la_base[n].estado == "presente" for n in nombres[5:] if n != buscado)
    assert en_la_base[ausente].poder_a == apoderado
    assert en_la_base[nombres[0]].representante == "Marta Ribeiro"
    assert en_la_base[nombres[0]].cargo_representante == "Secretaria de Relaciones Internacionales"

    # --- la votación nominal: Ctrl+Tab a Votaciones, N elige «Nominal», Tab hasta la tabla, S / N / A por fila.
    tecla(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    votaciones = editor.votaciones
    assert editor.pestanas.currentWidget() is votaciones
    qtbot.waitUntil(lambda: votaciones.metodo.isVisible())
    assert foco() is votaciones.lista            # la lista de puntos, con el único punto elegido
    tecla(qtbot, Qt.Key.Key_Tab)
    assert foco() is votaciones.metodo
    escribir(qtbot, "n")
    assert votaciones.metodo.currentData() == "nominal"
    recorrido = []
    while foco() is not votaciones.tabla_nominal and len(recorrido) < 12:
        tecla(qtbot, Qt.Key.Key_Tab)
        recorrido.append(foco())
    assert recorrido == [votaciones.mayoria, votaciones.boton_todos_favor, votaciones.boton_limpiar,
                         votaciones.tabla_nominal]
    votantes = votaciones.nominal.rowCount()
    assert votantes == 15                    # 14 presentes con voto y el poder (el excusado y uno sin poder, no)
    sentidos = ["a_favor"] * (votantes - 3) + ["en_contra", "en_contra", "abstencion"]
    letras = {"a_favor": "s", "en_contra": "n", "abstencion": "a"}
    for sentido in sentidos:
        escribir(qtbot, letras[sentido])
    assert foco() is votaciones.boton_cerrar    # tras la última fila, «Cerrar votación»
    assert votaciones.nominal.conteo() == (votantes - 3, 2, 1)
    editor.window().grab().save(f"{CAPTURAS}/votacion-nominal-teclado-1024x600.png")

    def confirmar(caja):                     # la pregunta de siempre: Cancelar es el botón por omisión
        for _ in range(4):
            if foco().text().replace("&", "") == "Cerrar votación":
                break
            tecla(qtbot, Qt.Key.Key_Tab)
        tecla(qtbot, Qt.Key.Key_Space)

    abiertos = con_el_dialogo(qtbot, confirmar)
    tecla(qtbot, Qt.Key.Key_Return)
    assert abiertos == ["Cerrar votación"]
    acta = leer(ruta_demo, obtener_acta, sesion)
    punto = next(p for p in acta.contenido.puntos if p.get("votacion"))
    assert punto["votacion"] and len(punto["nominales"]) == votantes
    votados = [linea.rpartition(": ")[2] for linea in punto["nominales"]]
    assert sorted(votados) == sorted(SENTIDOS[s].lower() for s in sentidos)   # «a favor», «en contra», «abstención»


def test_votacion_a_mano_alzada_tab_por_las_cifras_y_alt_c_la_cierra(qtbot, editor, copia_de_la_demo, sesion):
    ruta_demo = copia_de_la_demo
    from escritorio.servicios.actas import obtener_acta

    editor.pestanas.setCurrentWidget(editor.tab_asistencia)
    editor.tab_asistencia.busqueda.setFocus()
    tecla(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)     # «&Todos presentes» (el botón se ve pulsar)
    qtbot.waitUntil(lambda: all(h.estado == "presente" for h in editor.tab_asistencia.filas))
    tecla(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    votaciones = editor.votaciones
    assert editor.pestanas.currentWidget() is votaciones and foco() is votaciones.lista
    # A mano alzada, con mayoría simple (la base no se elige): Método, Mayoría y las tres cifras, en ese orden;
    # al entrar con Tab en una cifra, lo escrito la reemplaza.
    assert votaciones.metodo.currentData() == "alzada"
    recorrido = []
    for cifra in (None, None, "12", "3", "2", None):
        tecla(qtbot, Qt.Key.Key_Tab)
        recorrido.append(foco())
        if cifra:
            escribir(qtbot, cifra)
    assert recorrido == [votaciones.metodo, votaciones.mayoria, votaciones.a_favor, votaciones.en_contra,
                         votaciones.abstenciones, votaciones.boton_cerrar]
    assert votaciones.boton_cerrar.isEnabled()
    assert (votaciones.a_favor.value(), votaciones.en_contra.value(), votaciones.abstenciones.value()) == (12, 3, 2)
    assert votaciones.boton_cerrar.text() == "&Cerrar votación"

    def confirmar(caja):
        for _ in range(4):
            if foco().text().replace("&", "") == "Cerrar votación":
                break
            tecla(qtbot, Qt.Key.Key_Tab)
        tecla(qtbot, Qt.Key.Key_Space)

    tecla(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)   # de vuelta en Abstenciones: Alt+C igual
    assert foco() is votaciones.abstenciones
    abiertos = con_el_dialogo(qtbot, confirmar)
    tecla(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: abiertos == ["Cerrar votación"])
    punto = next(p for p in leer(ruta_demo, obtener_acta, sesion).contenido.puntos if p.get("votacion"))
    assert "12 a favor, 3 en contra, 2 abstenciones" in punto["votacion"]
