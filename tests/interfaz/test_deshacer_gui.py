"""Edición › Deshacer en la ventana (issue 42), manejada como una secretaria: corrige la ficha de Rosario, cierra,
aprieta Ctrl+Z en la ventana y, al volver a abrir la ficha (leída de la base), el teléfono anterior volvió. El menú
dice qué deshace; Ctrl+Z dentro de un campo de texto deshace lo escrito en el campo, no la base; lo que otra persona
cambió después se explica y no se pisa; y lo que un acto cerrado después leyó (la asistencia que contó una votación)
no se ofrece ni se deshace, aunque el acto se cierre con el menú ya abierto (issue 58)."""

from contextlib import closing
import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.ventana_principal import VentanaPrincipal, indice_del_area
from escritorio.servicios.base import abrir_base

NUEVO = "+54 341 480 2000"


@pytest.fixture
def ajustes(tmp_path):
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ajustes.setValue("ventana/area", indice_del_area("miembros"))
    return ajustes


@pytest.fixture
def avisos(monkeypatch):
    """Los cuadros de aviso que la ventana abriría (título, texto), sin abrirlos."""
    vistos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: vistos.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return vistos


@pytest.fixture
def ventana(qtbot, copia_de_la_demo, ajustes, avisos):
    ventana = VentanaPrincipal(abrir_base(copia_de_la_demo), ajustes)
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    qtbot.waitExposed(ventana)
    yield ventana
    ventana.close()
    ventana.db.close()


def telefono_en_la_base(ruta, nombre="Rosario") -> str | None:
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return conexion.execute("SELECT telefono FROM miembros WHERE nombre = ?", [nombre]).fetchone()[0]


def id_de(ruta, nombre="Rosario") -> int:
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return conexion.execute("SELECT id FROM miembros WHERE nombre = ?", [nombre]).fetchone()[0]


def con_la_ficha_abierta(qtbot, ventana, miembro_id: int, accion) -> dict:
    """Elige el miembro en el padrón, aprieta Enter (abre su ficha, modal) y, ya abierta, hace `accion(dialogo)`;
    devuelve lo que `accion` devolvió. La ficha se cierra con su botón Cerrar."""
    hecho: dict = {}

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, DialogoFichaMiembro):
            QTimer.singleShot(20, mirar)
            return
        try:
            hecho["resultado"] = accion(dialogo)
        finally:
            qtbot.mouseClick(dialogo.boton_cerrar, Qt.MouseButton.LeftButton)

    miembros = ventana.miembros
    miembros.seleccionar(miembro_id)
    miembros.tabla.setFocus()
    QTimer.singleShot(0, mirar)
    qtbot.keyClick(miembros.tabla, Qt.Key.Key_Return)
    assert "resultado" in hecho, "la ficha no se abrió"
    return hecho["resultado"]


def cambiar_telefono(qtbot, texto):
    def accion(dialogo: DialogoFichaMiembro):
        dialogo.telefono.selectAll()
        qtbot.keyClicks(dialogo.telefono, texto)
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)
        return dialogo.mensaje.text()
    return accion


def teclas(qtbot, ventana, widget, tecla, modificadores=Qt.KeyboardModifier.ControlModifier) -> None:
    """Una combinación de teclas en `widget`, con la ventana activa (los atajos solo actúan en la ventana activa)."""
    ventana.activateWindow()
    qtbot.waitUntil(ventana.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, tecla, modificadores)


def menu_edicion(qtbot, ventana) -> tuple[str, bool]:
    """Abre Edición (como con el mouse) y devuelve el texto de Deshacer y si está habilitado; lo cierra con Esc."""
    menu = ventana.edicion.menu
    menu.popup(ventana.mapToGlobal(ventana.rect().topLeft()))
    qtbot.waitUntil(menu.isVisible)
    accion = ventana.edicion.accion_deshacer
    texto, habilitada = accion.text(), accion.isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    return texto, habilitada


def elegir_en_el_menu(qtbot, ventana, accion) -> None:
    """Abre Edición y hace clic en `accion`, como con el mouse."""
    menu = ventana.edicion.menu
    menu.popup(ventana.mapToGlobal(ventana.rect().topLeft()))
    qtbot.waitUntil(menu.isVisible)
    assert accion.isEnabled(), accion.text()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(accion).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_corregir_la_ficha_cerrar_y_ctrl_z_en_la_ventana_devuelve_el_telefono(qtbot, ventana, copia_de_la_demo):
    ruta, rosario = copia_de_la_demo, id_de(copia_de_la_demo)
    antes = telefono_en_la_base(ruta)
    assert menu_edicion(qtbot, ventana) == ("Deshacer\tCtrl+Z", False)   # nada todavía: apagado

    assert con_la_ficha_abierta(qtbot, ventana, rosario, cambiar_telefono(qtbot, NUEVO)) == "Cambios guardados."
    assert telefono_en_la_base(ruta) == NUEVO
    assert menu_edicion(qtbot, ventana) == ("Deshacer: cambio de la ficha de Rosario\tCtrl+Z", True)

    teclas(qtbot, ventana, ventana.miembros.tabla, Qt.Key.Key_Z)   # el foco en el padrón, no en un campo de texto
    qtbot.waitUntil(lambda: telefono_en_la_base(ruta) == antes)
    assert ventana.statusBar().currentMessage().startswith("Deshecho: cambio de la ficha de Rosario.")

    # La ficha, abierta de nuevo (se lee de la base), muestra el teléfono de antes.
    assert con_la_ficha_abierta(qtbot, ventana, rosario, lambda d: d.telefono.text()) == (antes or "")
    assert menu_edicion(qtbot, ventana)[1] is False or "Rosario" not in menu_edicion(qtbot, ventana)[0]
    assert ventana.edicion.accion_rehacer.text().startswith("Rehacer: cambio de la ficha de Rosario")

    # Ctrl+Y lo vuelve a hacer.
    teclas(qtbot, ventana, ventana.miembros.tabla, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: telefono_en_la_base(ruta) == NUEVO)


def test_ctrl_z_y_ctrl_y_en_un_campo_de_texto_son_del_campo_y_no_de_la_base(qtbot, ventana, copia_de_la_demo):
    ruta, rosario = copia_de_la_demo, id_de(copia_de_la_demo)
    antes = telefono_en_la_base(ruta)
    con_la_ficha_abierta(qtbot, ventana, rosario, cambiar_telefono(qtbot, "111"))
    con_la_ficha_abierta(qtbot, ventana, rosario, cambiar_telefono(qtbot, "222"))
    elegir_en_el_menu(qtbot, ventana, ventana.edicion.accion_deshacer)   # Edición › Deshacer: vuelve a 111, y hay para rehacer
    assert telefono_en_la_base(ruta) == "111"

    busqueda = ventana.miembros.busqueda
    busqueda.setFocus()
    qtbot.keyClicks(busqueda, "Ros")
    teclas(qtbot, ventana, busqueda, Qt.Key.Key_Z)
    assert busqueda.text() == ""                          # deshizo lo escrito en el campo…
    teclas(qtbot, ventana, busqueda, Qt.Key.Key_Y)
    assert busqueda.text() == "Ros"                       # …y lo rehízo en el campo
    qtbot.wait(50)
    assert telefono_en_la_base(ruta) == "111"             # la base, sin tocar
    assert menu_edicion(qtbot, ventana) == ("Deshacer: cambio de la ficha de Rosario\tCtrl+Z", True)

    # Donde el campo no se queda con la tecla (las combinaciones de deshacer cambian según el sistema), el atajo de
    # la ventana igual se la pasa al campo: aquí se dispara el atajo mismo, con el foco en el campo.
    qtbot.keyClicks(busqueda, "ario")
    ventana.edicion.atajos[0].activated.emit()            # Ctrl+Z
    assert busqueda.text() != "Rosario"                   # lo deshizo el campo (a su manera: de a tramos)
    assert telefono_en_la_base(ruta) == "111"

    # Con el menú, en cambio, es el cambio de la base aunque el foco siga en el campo.
    busqueda.setFocus()
    escrito = busqueda.text()
    elegir_en_el_menu(qtbot, ventana, ventana.edicion.accion_deshacer)
    assert telefono_en_la_base(ruta) == antes
    assert busqueda.text() == escrito


def test_lo_que_la_linea_de_ordenes_cambio_se_deshace_desde_el_menu_y_el_padron_se_refresca(
        qtbot, ventana, copia_de_la_demo, cli_proceso):
    ruta, rosario = copia_de_la_demo, id_de(copia_de_la_demo)
    antes = telefono_en_la_base(ruta)
    hecho = cli_proceso("miembros", "editar", rosario, "--nombre", "Rosario de Santa Fe", db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    modelo = ventana.miembros.tabla.model()
    nombres = lambda: {modelo.index(f, 0).data() for f in range(modelo.rowCount())}   # noqa: E731
    qtbot.waitUntil(lambda: "Rosario de Santa Fe" in nombres(), timeout=5000)   # la ventana vio el cambio ajeno

    assert menu_edicion(qtbot, ventana) == ("Deshacer: cambio de la ficha de Rosario de Santa Fe\tCtrl+Z", True)
    elegir_en_el_menu(qtbot, ventana, ventana.edicion.accion_deshacer)
    qtbot.waitUntil(lambda: "Rosario" in nombres() and "Rosario de Santa Fe" not in nombres())   # el padrón se refresca
    assert telefono_en_la_base(ruta) == antes


def test_si_otra_persona_lo_cambio_despues_se_explica_y_no_se_pisa(qtbot, ventana, copia_de_la_demo, cli_proceso,
                                                                    avisos):
    ruta, rosario = copia_de_la_demo, id_de(copia_de_la_demo)
    con_la_ficha_abierta(qtbot, ventana, rosario, cambiar_telefono(qtbot, NUEVO))
    hecho = cli_proceso("--operador", "Marta", "miembros", "editar", rosario, "--telefono", "222", db=ruta)
    assert hecho.returncode == 0, hecho.stderr

    texto, habilitada = menu_edicion(qtbot, ventana)
    assert (texto, habilitada) == ("Deshacer: cambio de la ficha de Rosario\tCtrl+Z", False)   # nombrado, apagado
    assert "Marta" in ventana.edicion.accion_deshacer.toolTip()
    teclas(qtbot, ventana, ventana.miembros.tabla, Qt.Key.Key_Z)
    assert avisos and avisos[-1][1].startswith("No se puede deshacer «cambio de la ficha de Rosario». Después, ")
    assert "Marta" in avisos[-1][1]
    assert telefono_en_la_base(ruta) == "222"


def test_todos_presentes_se_deshace_de_una_vez_y_la_asistencia_vuelve_a_verse_como_estaba(qtbot, ventana,
                                                                                         copia_de_la_demo):
    """«Todos presentes» es una sola acción: una sola marca para deshacer, y la planilla abierta se refresca."""
    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:   # la sesión de la demo con el acta todavía en borrador
        sesion_id = conexion.execute("SELECT s.id FROM sesiones s JOIN actas a ON a.sesion_id = s.id "
                                     "WHERE a.estado = 'borrador'").fetchone()[0]
    ventana.navegacion.setCurrentRow(indice_del_area("sesiones"))
    ventana.sesiones.abrir(sesion_id)
    asistencia = ventana.sesiones.editor.tab_asistencia
    antes = {f.miembro_id: f.estado for f in asistencia.filas}
    assert set(antes.values()) != {"presente"}

    qtbot.mouseClick(asistencia.boton_todos, Qt.MouseButton.LeftButton)
    assert {f.estado for f in asistencia.filas} == {"presente"}
    cuantos = sum(1 for estado in antes.values() if estado != "presente")
    assert menu_edicion(qtbot, ventana) == (f"Deshacer: marcas de asistencia de {cuantos} miembros\tCtrl+Z", True)

    teclas(qtbot, ventana, asistencia.tabla, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: {f.miembro_id: f.estado for f in ventana.sesiones.editor.tab_asistencia.filas} == antes)
    assert ventana.statusBar().currentMessage().startswith(
        f"Deshecho: marcas de asistencia de {cuantos} miembros.")


# --- Deshacer no cruza un acto cerrado (issue 58, punto 5) ----------------------------------------------------------

def _sesion_en_borrador(ruta) -> int:
    with closing(sqlite3.connect(ruta)) as conexion, conexion:   # la sesión de la demo con el acta todavía en borrador
        return conexion.execute("SELECT s.id FROM sesiones s JOIN actas a ON a.sesion_id = s.id "
                                "WHERE a.estado = 'borrador'").fetchone()[0]


def _asistencia_en_la_base(ruta, sesion_id) -> dict[int, str]:
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return dict(conexion.execute("SELECT miembro_id, estado FROM asistencias WHERE sesion_id = ?", [sesion_id]))


def _todos_presentes_en_la_ventana(qtbot, ventana, sesion_id) -> int:
    """Abre la sesión en Sesiones y aprieta «Todos presentes»; devuelve cuántas marcas cambió."""
    ventana.navegacion.setCurrentRow(indice_del_area("sesiones"))
    ventana.sesiones.abrir(sesion_id)
    asistencia = ventana.sesiones.editor.tab_asistencia
    antes = {f.miembro_id: f.estado for f in asistencia.filas}
    qtbot.mouseClick(asistencia.boton_todos, Qt.MouseButton.LeftButton)
    assert {f.estado for f in asistencia.filas} == {"presente"}
    return sum(1 for estado in antes.values() if estado != "presente")


def _marta(cli_proceso, ruta, *orden) -> dict:
    """Otra persona (Marta), con la línea de órdenes como proceso aparte, sobre la misma base."""
    import json

    hecho = cli_proceso("--operador", "Marta", *orden, "--json", db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    return json.loads(hecho.stdout)


def test_la_asistencia_no_se_deshace_despues_de_cerrar_la_votacion(qtbot, ventana, copia_de_la_demo, cli_proceso,
                                                                    avisos):
    """El caso del issue: la asistencia marcada, la votación cerrada y la resolución adoptada; Edición › Deshacer ya
    no ofrece quitar la asistencia que la votación contó, dice por qué, y Ctrl+Z lo explica sin tocar nada."""
    ruta = copia_de_la_demo
    sesion_id = _sesion_en_borrador(ruta)
    cuantos = _todos_presentes_en_la_ventana(qtbot, ventana, sesion_id)
    presentes = _asistencia_en_la_base(ruta, sesion_id)
    assert set(presentes.values()) == {"presente"}
    ofrecido = f"Deshacer: marcas de asistencia de {cuantos} miembros\tCtrl+Z"
    assert menu_edicion(qtbot, ventana) == (ofrecido, True)

    punto = _marta(cli_proceso, ruta, "sesiones", "punto", sesion_id, "--titulo", "Presupuesto 2027",
                   "--tipo", "votacion")["id"]
    _marta(cli_proceso, ruta, "sesiones", "votar", punto, "--a-favor", len(presentes))
    resolucion = _marta(cli_proceso, ruta, "sesiones", "resolucion", punto, "--titulo", "Presupuesto 2027")

    # El menú nombra el cambio pero no lo ofrece: apagado, con el motivo al pasar el mouse y en la barra de estado.
    assert menu_edicion(qtbot, ventana) == (ofrecido, False)
    accion = ventana.edicion.accion_deshacer
    motivo = (f"Después se cerró la votación «Presupuesto 2027» ({len(presentes)} a favor, 0 en contra) y se adoptó "
              f"la {resolucion['cita']} «Presupuesto 2027»: deshacerlo contradiría lo que ya quedó cerrado.")
    assert accion.toolTip().startswith(motivo) and accion.statusTip() == accion.toolTip()
    assert ventana.edicion.menu.toolTipsVisible()

    teclas(qtbot, ventana, ventana.sesiones.editor.tab_asistencia.tabla, Qt.Key.Key_Z)   # Ctrl+Z lo pide igual
    qtbot.waitUntil(lambda: bool(avisos))
    assert avisos[-1][1].startswith(f"No se puede deshacer «marcas de asistencia de {cuantos} miembros». {motivo}")
    assert "contradiría lo que ya quedó cerrado" in avisos[-1][1]
    assert _asistencia_en_la_base(ruta, sesion_id) == presentes   # nada se tocó
    editor = ventana.sesiones.editor
    assert {f.estado for f in editor.tab_asistencia.filas} == {"presente"}
    # Lo que el issue vio: «Asistencia (0/40)» junto a una votación cerrada de 39. La pestaña sigue contando a todos.
    total = len(presentes)
    assert editor.pestanas.tabText(editor.pestanas.indexOf(editor.tab_asistencia)) == f"Asistencia ({total}/{total})"


def test_si_otro_programa_cierra_la_votacion_con_el_menu_abierto_no_se_deshace(qtbot, ventana, copia_de_la_demo,
                                                                               cli_proceso, avisos):
    """El menú se abrió cuando todavía se podía; antes del clic, otro proceso cierra la votación. El servicio vuelve
    a mirar dentro de la transacción que deshace: el clic no quita la asistencia que esa votación contó."""
    ruta = copia_de_la_demo
    sesion_id = _sesion_en_borrador(ruta)
    punto = _marta(cli_proceso, ruta, "sesiones", "punto", sesion_id, "--titulo", "Presupuesto 2027",
                   "--tipo", "votacion")["id"]
    cuantos = _todos_presentes_en_la_ventana(qtbot, ventana, sesion_id)
    presentes = _asistencia_en_la_base(ruta, sesion_id)

    menu, accion = ventana.edicion.menu, ventana.edicion.accion_deshacer
    menu.popup(ventana.mapToGlobal(ventana.rect().topLeft()))
    qtbot.waitUntil(menu.isVisible)
    assert (accion.text(), accion.isEnabled()) == (f"Deshacer: marcas de asistencia de {cuantos} miembros\tCtrl+Z",
                                                   True)
    _marta(cli_proceso, ruta, "sesiones", "votar", punto, "--a-favor", len(presentes))   # con el menú abierto
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(accion).center())
    qtbot.waitUntil(lambda: not menu.isVisible())

    qtbot.waitUntil(lambda: bool(avisos))
    assert avisos[-1][1].startswith(f"No se puede deshacer «marcas de asistencia de {cuantos} miembros». Después se "
                                    f"cerró la votación «Presupuesto 2027» ({len(presentes)} a favor, 0 en contra)")
    assert _asistencia_en_la_base(ruta, sesion_id) == presentes
    assert menu_edicion(qtbot, ventana)[1] is False   # y desde ahora el menú ya no lo ofrece
