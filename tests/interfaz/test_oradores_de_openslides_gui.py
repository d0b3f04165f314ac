"""Issue 82 en la ventana: la lista de oradores de OpenSlides 4 en la pestaña Oradores, con clics y teclas de verdad
y el temporizador de verdad. Pausar (Alt+U) detiene el reloj —la cuenta no cambia en más de un segundo y dice «En
pausa»— y reanudar sigue desde ahí; una pregunta intercalada pone en pausa a quien habla, la pestaña dice a quién
vuelve la palabra, y al terminarla (F10) vuelve a él; Subir/Bajar (Alt+S, Alt+B, Ctrl+↑/↓ en la cola) cambian el
lugar dentro del grupo y el orden sigue al cerrar y volver a abrir la sesión; las categorías de cuestión de orden se
definen desde las reglas de la sala (su propio diálogo) y una de rango 1 pasa antes que una de rango 2; quien todavía
no habló lleva la marca «primera vez»; los tiempos nuevos de las reglas de la sala llegan a la base; con el acta
aprobada, nada de esto escribe. Lo guardado se lee con el servicio en otra conexión."""

import os
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.categorias_de_cuestion import DialogoCategoriasDeCuestion
from escritorio.interfaz.dialogos.reglas_de_la_sala import DialogoReglasDeLaSala
from escritorio.interfaz.dialogos.sesion.oradores_cola import FONDO_MARCA, ROL_PRIMERA_VEZ
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.oradores import listar

from test_apoyos_y_recomendacion_gui import boton_de_cerrar, clic, con_el_dialogo, esperar

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS") or "/tmp/capturas_oradores"
os.makedirs(CAPTURAS, exist_ok=True)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def foco():
    return QApplication.focusWidget()


def tecla(qtbot, cual, modificadores=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(foco(), cual, modificadores)


def alt(qtbot, pestana, letra, hasta) -> None:
    """Alt+letra: el botón de esa letra subrayada hace su clic animado (unos 100 ms después); se espera lo que hace."""
    QTest.keyClick(pestana, letra, ALT)
    qtbot.waitUntil(hasta, timeout=2000)


def escribir_en(qtbot, campo, texto: str) -> None:
    """Reemplaza lo escrito en el campo, tecla por tecla (las letras con tilde, como las manda el teclado: QTest solo
    sabe de ASCII)."""
    campo.setFocus()
    campo.selectAll()
    for letra in texto:
        if letra.isascii():
            qtbot.keyClick(campo, letra)
            continue
        for tipo in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(campo, QKeyEvent(tipo, 0, Qt.KeyboardModifier.NoModifier, letra))


def leer(ruta, funcion, *argumentos):
    db = abrir_base(ruta)
    try:
        return funcion(Contexto(db, 1), *argumentos)
    finally:
        db.close()


@pytest.fixture
def sesion(copia_de_la_demo):
    """Una sesión del Consejo de ayer, con un punto, los integrantes presentes y una invitada: (sesión, consejo)."""
    from escritorio.servicios.organos import listar_organos
    from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, agregar_invitado, asistencia
    from escritorio.servicios.sesiones.asistencia import registrar_asistencias
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
        agregar_punto(contexto, sesion_id, "Declaración de Montevideo sobre ciudades y clima", "votacion")
        integrantes = [h.miembro_id for h in asistencia(contexto, sesion_id).habilitados]
        registrar_asistencias(contexto, sesion_id, [MarcaAsistencia(m, "presente") for m in integrantes])
        agregar_invitado(contexto, sesion_id, "Ana Pérez", "CEPAL")
    finally:
        db.close()
    return sesion_id, consejo


@pytest.fixture
def avisos(monkeypatch):
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


def abrir_pestana(qtbot, ventana, sesion_id, cual="tab_oradores"):
    """La sesión abierta desde Sesiones (Enter en la lista) y una de sus pestañas a la vista."""
    vista = ventana.sesiones
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(vista))
    qtbot.waitUntil(vista.isVisible)
    assert vista.seleccionar(sesion_id)
    vista.tabla.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vista.editor.isVisible())
    editor = vista.editor
    pestana = getattr(editor, cual)
    editor.pestanas.setCurrentWidget(pestana)
    qtbot.waitUntil(pestana.isVisible)
    return pestana


@pytest.fixture
def pestana(qtbot, ventana, sesion):
    pestana = abrir_pestana(qtbot, ventana, sesion[0])
    pestana.cola.setFocus()
    return pestana


def anotar(qtbot, pestana, nombre: str) -> None:
    """Ins, parte del nombre y Enter (con el tipo y la categoría que estén elegidos)."""
    tecla(qtbot, Qt.Key.Key_Insert)
    assert foco() is pestana.buscador
    qtbot.keyClicks(pestana.buscador, nombre)
    tecla(qtbot, Qt.Key.Key_Return)


def elegir_con_teclas(qtbot, combo, *teclas) -> None:
    combo.setFocus()
    for cual in teclas:
        qtbot.keyClick(combo, cual)


def textos(lista) -> list[str]:
    return [lista.item(i).text() for i in range(lista.count())]


def test_pausar_detiene_el_reloj_y_reanudar_sigue_desde_ahi(qtbot, pestana, copia_de_la_demo):
    punto = pestana.punto.currentData()
    anotar(qtbot, pestana, "Montevid")
    assert not pestana.boton_pausa.isEnabled()              # nadie habla: nada que pausar
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)
    assert pestana.boton_pausa.isEnabled() and pestana.boton_pausa.text() == "Pa&usar"
    primero = pestana.cuenta.text()
    qtbot.waitUntil(lambda: pestana.cuenta.text() != primero, timeout=2500)     # corre

    clic(qtbot, pestana.boton_pausa)
    detenido = pestana.cuenta.text()
    assert pestana.chip_pausa.isVisible() and pestana.chip_pausa.text() == "En pausa"
    assert "reloj detenido" in pestana.detalle_cuenta.text()
    assert pestana.boton_pausa.text() == "Rean&udar" and not pestana.temporizador.isActive()
    qtbot.wait(1600)                                        # más de un segundo: la cuenta no se mueve
    assert pestana.cuenta.text() == detenido
    guardada = leer(copia_de_la_demo, listar, punto)
    assert guardada.hablando.nombre == "Montevideo" and guardada.hablando.pausado
    pestana.window().grab().save(os.path.join(CAPTURAS, "oradores_en_pausa_1024x600.png"))

    alt(qtbot, pestana, Qt.Key.Key_U, lambda: not pestana.chip_pausa.isVisible())   # Alt+U: reanuda
    assert pestana.boton_pausa.text() == "Pa&usar"
    assert pestana.temporizador.isActive()
    minutos, segundos = (int(x) for x in detenido.split(":"))
    desde = minutos * 60 + segundos

    def segundos_en_la_cuenta() -> int:
        m, s = pestana.cuenta.text().split(":")
        return int(m) * 60 + int(s)

    assert desde - 1 <= segundos_en_la_cuenta() <= desde      # sigue desde donde quedó (no desde 3:00)
    qtbot.waitUntil(lambda: segundos_en_la_cuenta() < desde - 1, timeout=3500)
    assert not leer(copia_de_la_demo, listar, punto).hablando.pausado


def test_la_pregunta_intercalada_pausa_a_quien_habla_y_la_palabra_vuelve(qtbot, pestana, copia_de_la_demo):
    punto = pestana.punto.currentData()
    nombres = [pestana.tipo.itemText(i) for i in range(pestana.tipo.count())]
    assert nombres[-2:] == ["Pregunta intercalada", "Intervención breve"]
    anotar(qtbot, pestana, "Montevid")
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)
    # Rosario pide una pregunta intercalada a Montevideo (la «P» en la lista de tipos).
    elegir_con_teclas(qtbot, pestana.tipo, Qt.Key.Key_P)
    assert pestana.tipo.currentData() == "pregunta_intercalada" and not pestana.categoria.isVisible()
    anotar(qtbot, pestana, "Rosario")
    assert textos(pestana.cola) == ["1. Rosario — Pregunta intercalada"]
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)
    assert pestana.quien.text() == "Rosario" and pestana.tipo_actual.text() == "Pregunta intercalada"
    assert pestana.cuenta.text() in ("0:30", "0:29")
    assert pestana.vuelve.isVisible()
    assert "Montevideo está en pausa" in pestana.vuelve.text() and "vuelve a Montevideo" in pestana.vuelve.text()
    assert not pestana.boton_pausa.isEnabled()              # la palabra vuelve sola al terminar la pregunta
    guardada = leer(copia_de_la_demo, listar, punto)
    assert guardada.hablando.nombre == "Rosario" and guardada.en_pausa.nombre == "Montevideo"
    pestana.window().grab().save(os.path.join(CAPTURAS, "oradores_pregunta_1024x600.png"))

    tecla(qtbot, Qt.Key.Key_F10)                             # termina la pregunta
    assert pestana.quien.text() == "Montevideo" and not pestana.vuelve.isVisible()
    assert not pestana.chip_pausa.isVisible() and pestana.temporizador.isActive()
    assert textos(pestana.hablaron)[0].startswith("Rosario — Pregunta intercalada")
    guardada = leer(copia_de_la_demo, listar, punto)
    assert guardada.hablando.nombre == "Montevideo" and not guardada.hablando.pausado and guardada.en_pausa is None


def test_subir_y_bajar_dentro_del_grupo_y_el_orden_queda(qtbot, ventana, pestana, sesion, copia_de_la_demo):
    punto = pestana.punto.currentData()
    for nombre in ("Montevid", "Rosario", "Ana P"):
        anotar(qtbot, pestana, nombre)
    elegir_con_teclas(qtbot, pestana.tipo, Qt.Key.Key_End)   # una intervención breve: su grupo va antes
    assert pestana.tipo.currentData() == "intervencion_breve"
    anotar(qtbot, pestana, "Rosario")
    assert textos(pestana.cola) == ["1. Rosario — Intervención breve", "2. Montevideo", "3. Rosario", "4. Ana Pérez"]

    pestana.cola.setFocus()
    pestana.cola.setCurrentRow(1)                            # Montevideo: el primero de su grupo
    assert not pestana.boton_subir.isEnabled() and pestana.boton_bajar.isEnabled()
    pestana.cola.setCurrentRow(3)                            # Ana Pérez sube con un clic…
    assert pestana.boton_subir.isEnabled() and not pestana.boton_bajar.isEnabled()
    clic(qtbot, pestana.boton_subir)
    assert textos(pestana.cola)[1:] == ["2. Montevideo", "3. Ana Pérez", "4. Rosario"]
    assert pestana.cola.currentItem().text() == "3. Ana Pérez" and foco() is pestana.cola
    tecla(qtbot, Qt.Key.Key_Up, CTRL)                        # …y con Ctrl+↑ en la cola
    assert textos(pestana.cola)[1:] == ["2. Ana Pérez", "3. Montevideo", "4. Rosario"]
    tecla(qtbot, Qt.Key.Key_Up, CTRL)                        # no pasa a otro grupo
    assert textos(pestana.cola)[:2] == ["1. Rosario — Intervención breve", "2. Ana Pérez"]
    pestana.cola.setCurrentRow(2)
    alt(qtbot, pestana, Qt.Key.Key_B,                         # Alt+B: Montevideo baja
        lambda: textos(pestana.cola)[1:] == ["2. Ana Pérez", "3. Rosario", "4. Montevideo"])
    assert [o.nombre for o in leer(copia_de_la_demo, listar, punto).cola] == [
        "Rosario", "Ana Pérez", "Rosario", "Montevideo"]

    # Se cierra la sesión (a la lista de sesiones) y se vuelve a abrir: el orden viene de la base.
    editor = ventana.sesiones.editor
    clic(qtbot, editor.boton_volver)
    qtbot.waitUntil(lambda: not editor.isVisible())
    otra = abrir_pestana(qtbot, ventana, sesion[0])
    assert textos(otra.cola) == ["1. Rosario — Intervención breve", "2. Ana Pérez", "3. Rosario", "4. Montevideo"]


def test_categorias_desde_las_reglas_y_el_rango_ordena_las_cuestiones(qtbot, ventana, sesion, copia_de_la_demo,
                                                                      avisos):
    from escritorio.servicios.categorias_de_cuestion import listar as categorias

    oradores = abrir_pestana(qtbot, ventana, sesion[0])
    # Sin categorías en el órgano, una cuestión de orden no ofrece elegir ninguna.
    elegir_con_teclas(qtbot, oradores.tipo, Qt.Key.Key_C)
    assert oradores.tipo.currentData() == "cuestion_de_orden" and not oradores.categoria.isVisible()
    mociones = abrir_pestana(qtbot, ventana, sesion[0], "tab_mociones")

    def definir(categorias_dialogo):
        assert categorias_dialogo.vacia.isVisible() and not categorias_dialogo.tabla.isVisible()
        for nombre, rango in (("Cuestión de privilegio", "2"), ("Moción de orden", "1"), ("Sobra", "3")):
            escribir_en(qtbot, categorias_dialogo.nombre, nombre)
            escribir_en(qtbot, categorias_dialogo.rango, rango)
            clic(qtbot, categorias_dialogo.boton_aceptar)
        tabla = categorias_dialogo.tabla
        assert [(tabla.topLevelItem(i).text(0), tabla.topLevelItem(i).text(1))
                for i in range(tabla.topLevelItemCount())] == [
            ("Moción de orden", "1"), ("Cuestión de privilegio", "2"), ("Sobra", "3")]
        tabla.setCurrentItem(tabla.topLevelItem(2))
        assert categorias_dialogo.nombre.text() == "Sobra" and categorias_dialogo.rango.value() == 3
        clic(qtbot, categorias_dialogo.boton_quitar)
        assert tabla.topLevelItemCount() == 2 and not categorias_dialogo.mensaje.isVisible()
        categorias_dialogo.grab().save(os.path.join(CAPTURAS, "categorias_de_cuestion.png"))
        clic(qtbot, boton_de_cerrar(categorias_dialogo))

    def reglas(dialogo):
        interno = con_el_dialogo(DialogoCategoriasDeCuestion, definir)
        clic(qtbot, dialogo.boton_categorias)                # se abre encima y se cierra con «Cerrar»
        assert interno == [True], interno
        clic(qtbot, boton_de_cerrar(dialogo))

    hecho = con_el_dialogo(DialogoReglasDeLaSala, reglas)
    clic(qtbot, mociones.boton_reglas)
    esperar(qtbot, hecho, mociones)
    assert [(c.nombre, c.rango) for c in leer(copia_de_la_demo, categorias, sesion[1])] == [
        ("Moción de orden", 1), ("Cuestión de privilegio", 2)]

    # En Oradores: la de rango 2 se pide primero, la de rango 1 pasa delante.
    editor = ventana.sesiones.editor
    editor.pestanas.setCurrentWidget(oradores)
    qtbot.waitUntil(oradores.isVisible)
    oradores.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)   # el tipo: cuestión de orden
    assert oradores.categoria.isVisible()
    assert [oradores.categoria.itemText(i) for i in range(oradores.categoria.count())] == [
        "Sin categoría", "Moción de orden (rango 1)", "Cuestión de privilegio (rango 2)"]
    alt(qtbot, oradores, Qt.Key.Key_T, lambda: foco() is oradores.categoria)    # Alt+T: a la categoría
    tecla(qtbot, Qt.Key.Key_End)
    anotar(qtbot, oradores, "Rosario")
    assert not oradores.categoria.isVisible()                # vuelve a «Intervención»
    tecla(qtbot, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    elegir_con_teclas(qtbot, oradores.categoria, Qt.Key.Key_Home, Qt.Key.Key_Down)
    anotar(qtbot, oradores, "Montevid")
    assert textos(oradores.cola) == ["1. Montevideo — Cuestión de orden (Moción de orden)",
                                     "2. Rosario — Cuestión de orden (Cuestión de privilegio)"]
    oradores.cola.setCurrentRow(1)                            # otro rango: subirla no la adelantaría
    assert not oradores.boton_subir.isEnabled()
    punto = oradores.punto.currentData()
    assert [(o.nombre, o.categoria) for o in leer(copia_de_la_demo, listar, punto).cola] == [
        ("Montevideo", "Moción de orden"), ("Rosario", "Cuestión de privilegio")]

    # Una categoría que ya lleva una cuestión de orden no se quita: el mensaje del servicio, en el diálogo.
    rechazo = []

    def quitar_usada(categorias_dialogo):
        categorias_dialogo.tabla.setCurrentItem(categorias_dialogo.tabla.topLevelItem(0))
        clic(qtbot, categorias_dialogo.boton_quitar)
        rechazo.append(categorias_dialogo.mensaje.text() if categorias_dialogo.mensaje.isVisible() else "")
        clic(qtbot, boton_de_cerrar(categorias_dialogo))

    hecho = con_el_dialogo(DialogoCategoriasDeCuestion, quitar_usada)
    dialogo = DialogoCategoriasDeCuestion(editor.oficina, sesion[1], oradores)
    dialogo.exec()
    esperar(qtbot, hecho, oradores)
    assert "no se quita" in rechazo[0]
    assert len(leer(copia_de_la_demo, categorias, sesion[1])) == 2


def test_la_marca_primera_vez(qtbot, pestana):
    anotar(qtbot, pestana, "Montevid")
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)
    tecla(qtbot, Qt.Key.Key_F10)                              # Montevideo ya habló en la sesión
    anotar(qtbot, pestana, "Rosario")
    anotar(qtbot, pestana, "Montevid")
    assert textos(pestana.cola) == ["1. Rosario", "2. Montevideo"]
    rosario, montevideo = pestana.cola.item(0), pestana.cola.item(1)
    assert rosario.data(ROL_PRIMERA_VEZ) and not montevideo.data(ROL_PRIMERA_VEZ)
    assert "primera vez que habla" in rosario.toolTip() and rosario.data(Qt.ItemDataRole.AccessibleTextRole).endswith(
        "primera vez")
    # Se ve: la etiqueta, con su color, en la fila de Rosario y no en la de Montevideo.
    pestana.cola.setCurrentRow(-1)
    imagen = pestana.cola.viewport().grab().toImage()

    def tiene_la_marca(item) -> bool:
        fila = pestana.cola.visualItemRect(item)
        escala = imagen.devicePixelRatio()
        y = int(fila.center().y() * escala)
        return any(QColor(imagen.pixel(int(x * escala), y)).name() == FONDO_MARCA
                   for x in range(fila.left(), fila.right()))

    assert tiene_la_marca(rosario) and not tiene_la_marca(montevideo)
    pestana.window().grab().save(os.path.join(CAPTURAS, "oradores_primera_vez_1024x600.png"))


def test_los_tiempos_nuevos_de_las_reglas_llegan_a_la_base_y_a_la_cuenta(qtbot, ventana, sesion, copia_de_la_demo):
    from escritorio.servicios.reglas_de_la_sala import reglas_de_la_sala

    mociones = abrir_pestana(qtbot, ventana, sesion[0], "tab_mociones")

    def fijar(dialogo):
        assert (dialogo.breve.value(), dialogo.pregunta.value()) == (60, 30)
        assert (dialogo.breve.minimum(), dialogo.breve.maximum()) == (10, 7200)
        escribir_en(qtbot, dialogo.breve, "90")
        escribir_en(qtbot, dialogo.pregunta, "45")
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoReglasDeLaSala, fijar)
    clic(qtbot, mociones.boton_reglas)
    esperar(qtbot, hecho, mociones)
    reglas = leer(copia_de_la_demo, reglas_de_la_sala, sesion[1])
    assert (reglas.segundos_intervencion_breve, reglas.segundos_pregunta) == (90, 45)

    editor = ventana.sesiones.editor
    oradores = editor.tab_oradores
    editor.pestanas.setCurrentWidget(oradores)
    qtbot.waitUntil(oradores.isVisible)
    elegir_con_teclas(qtbot, oradores.tipo, Qt.Key.Key_End)
    anotar(qtbot, oradores, "Montevid")
    oradores.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)
    assert oradores.cuenta.text() in ("1:30", "1:29") and oradores.detalle_cuenta.text() == "de 1:30"

    # Otra vez el diálogo: lee lo guardado.
    def mirar(dialogo):
        assert (dialogo.breve.value(), dialogo.pregunta.value()) == (90, 45)
        clic(qtbot, boton_de_cerrar(dialogo))

    editor.pestanas.setCurrentWidget(mociones)
    qtbot.waitUntil(mociones.isVisible)
    hecho = con_el_dialogo(DialogoReglasDeLaSala, mirar)
    clic(qtbot, mociones.boton_reglas)
    esperar(qtbot, hecho, mociones)


def test_con_el_acta_aprobada_nada_de_esto_escribe(qtbot, pestana, sesion, copia_de_la_demo):
    from ayudas import resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta, guardar_borrador

    for nombre in ("Ana P", "Montevid", "Rosario"):
        anotar(qtbot, pestana, nombre)
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)                               # Ana Pérez habla, y queda en pausa
    alt(qtbot, pestana, Qt.Key.Key_U, pestana.chip_pausa.isVisible)
    pestana.cola.setCurrentRow(0)
    assert pestana.boton_pausa.text() == "Rean&udar" and pestana.boton_pausa.isEnabled()
    assert pestana.boton_bajar.isEnabled()
    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Contexto(db, 1)
        guardar_borrador(contexto, sesion[0], apertura="Se abre la sesión.", cierre="Se levanta la sesión.",
                         preside="Montevideo", secretaria="Rosario")
        aprobar_acta(contexto, sesion[0], resolucion_que_aprueba_el_acta(contexto, sesion[0])["id"], date.today())
    finally:
        db.close()
    pestana.editor.recargar()
    assert pestana.editor.solo_lectura
    pestana.cola.setCurrentRow(0)
    assert textos(pestana.cola) == ["1. Montevideo", "2. Rosario"] and pestana.chip_pausa.isVisible()
    assert not any(w.isEnabled() for w in (pestana.boton_pausa, pestana.boton_subir, pestana.boton_bajar,
                                           pestana.categoria, pestana.tipo))
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_Down, CTRL)
    QTest.keyClick(pestana, Qt.Key.Key_U, ALT)
    qtbot.wait(300)                                           # lo que tardaría el clic animado
    assert textos(pestana.cola) == ["1. Montevideo", "2. Rosario"] and not pestana.aviso.isVisible()
    punto = pestana.punto.currentData()
    assert [o.nombre for o in leer(copia_de_la_demo, listar, punto).cola] == ["Montevideo", "Rosario"]
