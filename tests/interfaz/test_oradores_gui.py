"""Issue 64, §3: la pestaña Oradores del editor de sesión, solo con el teclado, como en la sala: Ins y el buscador
para anotar, Ctrl+Mayús+O para una cuestión de orden que se adelanta, F9 para dar la palabra, F10 para terminar, Supr
para retirar, Ctrl+L para cerrar la lista; la cuenta regresiva corre con el temporizador de verdad y se pone roja al
cumplirse el tiempo. Lo guardado se lee de la base con el servicio; el proyector (SalaEnVivo) se entera de cada
cosa. La pestaña se mira en 1024×600."""

import json
import os
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.sala_en_vivo import SalaEnVivo
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS") or "/tmp/capturas_oradores"
os.makedirs(CAPTURAS, exist_ok=True)


def foco():
    return QApplication.focusWidget()


def tecla(qtbot, cual, modificadores=Qt.KeyboardModifier.NoModifier) -> None:
    """Una tecla al widget que tiene el foco, como la recibe el programa."""
    qtbot.keyClick(foco(), cual, modificadores)


def escribir(qtbot, texto: str) -> None:
    qtbot.keyClicks(foco(), texto)


@pytest.fixture
def sesion(copia_de_la_demo):
    """Una sesión del Consejo de ayer, con un punto, Montevideo y Rosario presentes y un invitado."""
    from escritorio.servicios.contexto import Contexto
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
        integrantes = {h.miembro: h.miembro_id for h in asistencia(contexto, sesion_id).habilitados}
        registrar_asistencias(contexto, sesion_id, [MarcaAsistencia(m, "presente") for m in integrantes.values()])
        agregar_invitado(contexto, sesion_id, "Ana Pérez", "CEPAL")
    finally:
        db.close()
    return sesion_id, integrantes


@pytest.fixture
def pestana(qtbot, tmp_path, copia_de_la_demo, sesion, monkeypatch):
    """La ventana en 1024×600, la sesión abierta desde Sesiones y la pestaña Oradores a la vista."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    with qtbot.waitActive(ventana):
        ventana.show()
    ventana.navegacion.setCurrentRow(6)
    vista = ventana.sesiones
    qtbot.waitUntil(vista.isVisible)
    assert vista.seleccionar(sesion[0])
    vista.tabla.setFocus()
    tecla(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vista.editor.isVisible())
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_oradores)
    qtbot.waitUntil(editor.tab_oradores.isVisible)
    editor.tab_oradores.cola.setFocus()
    yield editor.tab_oradores
    db.close()


def leer(ruta, funcion, *argumentos):
    """Lo guardado, leído con el servicio en otra conexión (como otra ventana que abre la base)."""
    from escritorio.servicios.contexto import Contexto

    db = abrir_base(ruta)
    try:
        return funcion(Contexto(db, 1), *argumentos)
    finally:
        db.close()


def anotar(qtbot, nombre: str, cuestion: bool = False) -> None:
    """Ins, parte del nombre y Enter (o Ctrl+Mayús+O y Enter: una cuestión de orden)."""
    if cuestion:
        tecla(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    else:
        tecla(qtbot, Qt.Key.Key_Insert)
    escribir(qtbot, nombre)
    tecla(qtbot, Qt.Key.Key_Return)


def test_la_sala_solo_con_el_teclado(qtbot, pestana, copia_de_la_demo, sesion):
    from escritorio.servicios.oradores import listar

    sala = SalaEnVivo.de(pestana)
    avisos = []
    sala.cambio.connect(lambda: avisos.append(sala.foco))
    punto = pestana.punto.currentData()
    assert sala.foco.punto_id == punto and sala.foco.sesion_id == sesion[0]
    # Los atajos se ven en los botones.
    assert [b.text() for b in (pestana.boton_agregar, pestana.boton_cuestion, pestana.boton_palabra,
                               pestana.boton_terminar, pestana.boton_retirar, pestana.boton_cerrar)] == [
        "Agregar (Ins)", "Cuestión de orden (Ctrl+Mayús+O)", "Dar la palabra (F9)", "Terminar (F10)", "Retirar (Supr)",
        "Cerrar la lista (Ctrl+L)"]

    anotar(qtbot, "Montevid")
    assert foco() is pestana.buscador                      # listo para el siguiente
    # Un Enter de más con el buscador vacío no es un error ni anota a nadie (issue 78).
    tecla(qtbot, Qt.Key.Key_Return)
    assert not pestana.aviso.isVisible() and pestana.cola.count() == 1 and foco() is pestana.buscador
    anotar(qtbot, "Rosario")
    anotar(qtbot, "Ana P")
    assert [pestana.cola.item(i).text() for i in range(pestana.cola.count())] == [
        "1. Montevideo", "2. Rosario", "3. Ana Pérez"]
    # Algo que no elige a nadie: la línea roja lo dice, sin cuadros.
    anotar(qtbot, "zzz")
    assert pestana.aviso.isVisible() and "Elija de la lista" in pestana.aviso.text()
    pestana.buscador.clear()

    pestana.cola.setFocus()
    avisos.clear()
    tecla(qtbot, Qt.Key.Key_F9)                 # Montevideo tiene la palabra
    assert pestana.quien.text() == "Montevideo" and avisos, "el proyector se entera"
    assert pestana.cuenta.text() in ("3:00", "2:59")
    # Mientras habla, una cuestión de orden de Rosario: se adelanta.
    anotar(qtbot, "Rosario", cuestion=True)
    assert pestana.cola.item(0).text() == "1. Rosario — Cuestión de orden"
    pestana.window().grab().save(os.path.join(CAPTURAS, "oradores_1024x600.png"))
    # Ctrl+L cierra la lista: otra intervención no se anota; la razón, en la línea roja.
    tecla(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pestana.estado_lista.text() == "Lista cerrada"
    assert pestana.boton_cerrar.text() == "Reabrir la lista (Ctrl+L)"
    anotar(qtbot, "Montevid")
    assert "está cerrada" in pestana.aviso.text() and "reabra la lista (Ctrl+L)" in pestana.aviso.text()
    assert pestana.cola.count() == 3
    pestana.buscador.clear()

    # Supr sobre Ana Pérez la retira; Enter en la cola da la palabra (a la cuestión de orden); F10 la termina.
    pestana.cola.setFocus()
    pestana.cola.setCurrentRow(2)
    tecla(qtbot, Qt.Key.Key_Delete)
    assert [pestana.cola.item(i).text() for i in range(pestana.cola.count())] == [
        "1. Rosario — Cuestión de orden", "2. Rosario"]
    tecla(qtbot, Qt.Key.Key_Return)
    assert pestana.quien.text() == "Rosario" and pestana.cuenta.text() in ("1:00", "0:59")
    tecla(qtbot, Qt.Key.Key_F10)
    assert pestana.quien.text() == "Nadie" and pestana.cuenta.text() == "—"
    assert [pestana.hablaron.item(i).text().split(":")[0] for i in range(pestana.hablaron.count())] == [
        "Montevideo", "Rosario — Cuestión de orden"]

    guardada = leer(copia_de_la_demo, listar, punto)
    assert guardada.cerrada and [o.nombre for o in guardada.cola] == ["Rosario"]
    assert [(o.nombre, o.tipo) for o in guardada.hablaron] == [("Montevideo", "intervencion"),
                                                              ("Rosario", "cuestion_de_orden")]
    assert [o.nombre for o in guardada.retirados] == ["Ana Pérez"]


def test_la_cuenta_regresiva_corre_con_el_temporizador_y_se_pone_roja(qtbot, pestana, copia_de_la_demo):
    """El temporizador de verdad mueve la cuenta; el reloj de la pestaña se adelanta para no esperar tres minutos."""
    adelanto = timedelta(0)
    pestana.reloj = lambda: datetime.now(timezone.utc) + adelanto
    anotar(qtbot, "Montevid")
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)
    assert pestana.temporizador.isActive() and pestana.temporizador.interval() == 1000
    antes = pestana.cuenta.text()
    assert antes in ("3:00", "2:59")
    qtbot.waitUntil(lambda: pestana.cuenta.text() != antes, timeout=2500)      # un tic de verdad
    assert pestana.cuenta.text() in ("2:59", "2:58")
    assert "background" not in pestana.cuenta.styleSheet()
    pestana.grab().save(os.path.join(CAPTURAS, "oradores_hablando.png"))

    adelanto = timedelta(seconds=185)           # pasaron tres minutos y cinco segundos
    qtbot.waitUntil(lambda: pestana.cuenta.text().startswith("+"), timeout=2500)
    assert 5 <= int(pestana.cuenta.text()[-2:]) <= 12 and pestana.cuenta.text().startswith("+0:")
    assert "background" in pestana.cuenta.styleSheet()                          # roja
    assert "Tiempo cumplido (3:00): se pasó" in pestana.detalle_cuenta.text()
    pestana.grab().save(os.path.join(CAPTURAS, "oradores_tiempo_cumplido.png"))
    tecla(qtbot, Qt.Key.Key_F10)
    assert not pestana.temporizador.isActive()
    from escritorio.servicios.oradores import listar

    [montevideo] = leer(copia_de_la_demo, listar, pestana.punto.currentData()).hablaron
    assert 185 <= montevideo.segundos <= 195


def test_la_lista_de_una_mocion_y_el_foco_del_proyector(qtbot, pestana, copia_de_la_demo, sesion):
    """Con mociones en el punto, se elige la lista de una (Alt+M y las flechas); el proyector enfoca la moción y lo
    anotado va a su lista, no a la del punto."""
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.mociones import presentar
    from escritorio.servicios.oradores import listar

    punto = pestana.punto.currentData()
    assert not pestana.mocion.isVisibleTo(pestana)          # sin mociones, solo la lista del punto
    # La moción, como la registra la secretaría (el servicio de la pestaña Mociones), desde otra conexión.
    db = abrir_base(copia_de_la_demo)
    try:
        mocion = presentar(Contexto(db, 1), punto, "Declaración de Montevideo", "Considerando.",
                           autores=[next(iter(sesion[1].values()))], recibida_el=date.today() - timedelta(days=1)).id
    finally:
        db.close()
    pestana.cargar()
    assert pestana.mocion.isVisibleTo(pestana)
    pestana.mocion.setFocus()
    tecla(qtbot, Qt.Key.Key_Down)
    assert pestana.mocion.currentText() == "Moción 1: Declaración de Montevideo"
    sala = SalaEnVivo.de(pestana)
    assert (sala.foco.punto_id, sala.foco.mocion_id) == (punto, mocion)
    anotar(qtbot, "Rosario")
    assert [o.nombre for o in leer(copia_de_la_demo, listar, punto, mocion).cola] == ["Rosario"]
    assert leer(copia_de_la_demo, listar, punto).cola == []


def test_con_el_acta_aprobada_la_pestana_muestra_y_no_escribe(qtbot, pestana, copia_de_la_demo, sesion):
    from ayudas import resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta, guardar_borrador
    from escritorio.servicios.contexto import Contexto

    anotar(qtbot, "Montevid")
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)
    tecla(qtbot, Qt.Key.Key_F10)
    anotar(qtbot, "Rosario")
    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Contexto(db, 1)
        guardar_borrador(contexto, sesion[0], apertura="Se abre la sesión.", cierre="Se levanta la sesión.",
                         preside="Montevideo", secretaria="Rosario")
        resolucion = resolucion_que_aprueba_el_acta(contexto, sesion[0])
        aprobar_acta(contexto, sesion[0], resolucion["id"], date.today())
    finally:
        db.close()
    pestana.editor.recargar()
    assert pestana.editor.solo_lectura
    # Se ve lo que pasó; ningún control escribe, y las teclas no hacen nada.
    assert pestana.cola.item(0).text() == "1. Rosario" and pestana.hablaron.count() == 1
    assert not any(b.isEnabled() for b in (pestana.boton_agregar, pestana.boton_cuestion, pestana.boton_palabra,
                                           pestana.boton_terminar, pestana.boton_retirar, pestana.boton_cerrar))
    pestana.cola.setFocus()
    tecla(qtbot, Qt.Key.Key_F9)
    tecla(qtbot, Qt.Key.Key_Delete)
    tecla(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pestana.cola.count() == 1 and pestana.quien.text() == "Nadie" and not pestana.aviso.isVisible()


def test_dos_ciudades_del_mismo_nombre_se_eligen_por_su_pais(qtbot, pestana, copia_de_la_demo, cli):
    from escritorio.servicios.oradores import listar

    otra = cli("miembros", "agregar", "--nombre", "Rosario", "--pais", "UY", "--poblacion", "10000", "--json",
               db=copia_de_la_demo)
    assert otra.returncode == 0, otra.stderr
    pestana.cargar()
    nombres = pestana._nombres.stringList()
    assert "Rosario (AR)" in nombres and "Rosario (UY)" in nombres and "Rosario" not in nombres
    anotar(qtbot, "Rosario")                      # dos la contienen: no elige a ninguna y lo dice
    assert "Elija de la lista" in pestana.aviso.text() and pestana.cola.count() == 0
    pestana.buscador.clear()
    anotar(qtbot, "rosario (uy)")
    [uruguaya] = leer(copia_de_la_demo, listar, pestana.punto.currentData()).cola
    assert uruguaya.miembro_id == json.loads(otra.stdout)["id"]
