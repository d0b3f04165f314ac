"""Buscar en todo desde la ventana, solo con el teclado, como una secretaria: Ctrl+K, escribir (la lista llega sola
tras la pausa, con el temporizador real), flechas y Enter; lo elegido se abre en su lugar: la ficha del miembro, la
sesión en el editor, la resolución en su punto, el artículo en Estatutos y el pago en Cuotas.

La paleta y la ficha son modales (`exec`): lo que hace la persona mientras están abiertas lo hace `cuando_aparezca`,
con un temporizador que espera a que el diálogo esté a la vista."""

import shutil

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.busqueda import RETARDO_MS, DialogoBuscar
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.modelos.sesiones import ROL_VALOR
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def ventana_del_modulo(qapp, demo_creada_por_la_cli, tmp_path_factory):
    """Buscar solo lee: las pruebas comparten una ventana sobre su copia de la demo (abrirla en cada una costaba
    más que la búsqueda). Con su propia carpeta de datos: se arma antes que la de cada prueba."""
    carpeta = tmp_path_factory.mktemp("buscar_en_todo")
    shutil.copy(demo_creada_por_la_cli, carpeta / "red.db")
    with pytest.MonkeyPatch.context() as parche:
        parche.setenv("XDG_DATA_HOME", str(carpeta / "datos"))
        parche.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
        db = abrir_base(carpeta / "red.db")
        ventana = VentanaPrincipal(db, QSettings(str(carpeta / "ajustes.ini"), QSettings.Format.IniFormat))
        ventana.show()
        yield ventana
        ventana.close()
        ventana.deleteLater()
        db.close()


@pytest.fixture
def ventana(qtbot, ventana_del_modulo):
    """La ventana compartida, como recién abierta: en Inicio, sin filtro en Miembros, Sesiones en su lista y ningún
    diálogo abierto; activa y con el foco en la navegación."""
    ventana = ventana_del_modulo
    assert QApplication.activeModalWidget() is None
    ventana.sesiones.volver_a_la_lista()
    ventana.miembros.busqueda.clear()
    ventana.navegacion.setCurrentRow(0)
    with qtbot.waitActive(ventana):   # los atajos de la ventana (Ctrl+K, Ctrl+O) andan con ella activa
        ventana.activateWindow()
    ventana.navegacion.setFocus()
    return ventana


def cuando_aparezca(tipo, hacer, visto: dict | None = None) -> dict:
    """Cuando el diálogo modal `tipo` esté a la vista, `hacer(dialogo)` (una sola vez); anota lo que devuelve."""
    visto = {} if visto is None else visto

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, tipo) or not dialogo.isVisible():
            QTimer.singleShot(20, mirar)
            return
        visto[tipo.__name__] = hacer(dialogo)

    QTimer.singleShot(0, mirar)
    return visto


def escribir_y_esperar(qtbot, paleta: DialogoBuscar, texto: str) -> None:
    """Escribe como una persona; la lista no cambia en cada tecla sino tras la pausa (RETARDO_MS)."""
    paleta.campo.selectAll()
    qtbot.keyClicks(paleta.campo, texto)
    assert paleta.reloj.isActive()   # todavía no buscó: espera la pausa
    qtbot.waitUntil(lambda: not paleta.reloj.isActive() and paleta.hallado is not None, timeout=5 * RETARDO_MS + 2000)


def buscar_y_abrir(qtbot, ventana, texto: str, flechas_abajo: int = 0) -> dict:
    """Ctrl+K, escribir `texto`, bajar con la flecha y Enter. Devuelve lo que se vio en la paleta."""

    def en_la_paleta(paleta: DialogoBuscar):
        escribir_y_esperar(qtbot, paleta, texto)
        vistos = [r["titulo"] for r in paleta.resultados()]
        for _ in range(flechas_abajo):
            qtbot.keyClick(paleta.campo, Qt.Key.Key_Down)
        elegido = paleta.actual()
        qtbot.keyClick(paleta.campo, Qt.Key.Key_Return)
        return {"resultados": vistos, "elegido": elegido, "estado": paleta.estado.text()}

    visto = cuando_aparezca(DialogoBuscar, en_la_paleta)
    qtbot.keyClick(ventana.navegacion, Qt.Key.Key_K, CTRL)
    return visto["DialogoBuscar"]


def test_ctrl_k_y_un_nombre_sin_tildes_abre_la_ficha_del_miembro(qtbot, ventana):
    def en_la_ficha(ficha):
        datos = (ficha.windowTitle(), ficha.miembro_id)
        ficha.reject()
        return datos

    visto = cuando_aparezca(DialogoFichaMiembro, en_la_ficha)
    paleta = buscar_y_abrir(qtbot, ventana, "rio cuarto")
    assert paleta["resultados"] == ["Río Cuarto"] and paleta["estado"] == "1 resultado"
    assert visto["DialogoFichaMiembro"] == ("Río Cuarto", paleta["elegido"]["id"])
    assert ventana.navegacion.currentItem().text() == "Miembros"
    assert ventana.miembros.miembro_seleccionado()["nombre"] == "Río Cuarto"


def test_el_miembro_escondido_por_un_filtro_se_muestra_igual(qtbot, ventana):
    ventana.navegacion.setCurrentRow(1)
    qtbot.keyClicks(ventana.miembros.busqueda, "Montevideo")   # un filtro que esconde a Río Cuarto
    ventana.navegacion.setFocus()
    cuando_aparezca(DialogoFichaMiembro, lambda ficha: ficha.reject())
    buscar_y_abrir(qtbot, ventana, "rio cuarto")
    assert ventana.miembros.busqueda.text() == ""
    assert ventana.miembros.miembro_seleccionado()["nombre"] == "Río Cuarto"


def test_una_sesion_se_abre_en_el_editor(qtbot, ventana):
    paleta = buscar_y_abrir(qtbot, ventana, "asamblea 20/11/2025")
    assert paleta["resultados"] == ["XXXI sesión ordinaria — Asamblea General de Socios"]
    sesiones = ventana.sesiones
    assert ventana.navegacion.currentItem().text() == "Sesiones"
    assert sesiones.paginas.currentWidget() is sesiones.editor
    assert sesiones.editor.sesion_id == paleta["elegido"]["sesion_id"]
    assert sesiones.editor.sesion["fecha"] == "2025-11-20"


def test_una_resolucion_por_su_numero_abre_su_punto_del_orden_del_dia(qtbot, ventana):
    paleta = buscar_y_abrir(qtbot, ventana, "3/2026")
    assert paleta["resultados"] == ["Resolución 3/2026 del Consejo", "Recibo 0003/2026"]
    assert paleta["elegido"]["clase"] == "resolucion"   # el primero ya está elegido
    editor = ventana.sesiones.editor
    assert ventana.sesiones.paginas.currentWidget() is editor
    assert editor.sesion_id == paleta["elegido"]["sesion_id"]
    assert editor.pestanas.currentWidget() is editor.orden
    punto = editor.orden.arbol.currentItem()
    assert punto.text(0) == "2.  Plan de trabajo de las unidades temáticas para el año siguiente"
    assert punto.data(0, ROL_VALOR) == paleta["elegido"]["punto_id"]


def test_un_articulo_por_una_palabra_se_abre_en_estatutos(qtbot, ventana):
    paleta = buscar_y_abrir(qtbot, ventana, "adeuden")
    assert paleta["resultados"] == ["Art. 9 — Suspensión del derecho a voto"]
    estatutos = ventana.estatutos
    assert ventana.navegacion.currentItem().text() == "Estatutos"
    assert estatutos.articulo_actual() == "9"
    assert "Suspensión del derecho a voto" in estatutos.encabezado.text()


def test_las_flechas_saltan_los_encabezados_y_enter_abre_el_pago_en_cuotas(qtbot, ventana):
    """«12»: primero el artículo 12; una flecha abajo pasa por encima del encabezado «Pagos» al recibo más nuevo."""
    paleta = buscar_y_abrir(qtbot, ventana, "12", flechas_abajo=1)
    assert paleta["resultados"][0].startswith("Art. 12")
    assert paleta["elegido"]["titulo"] == "Recibo 0012/2026"
    cuotas = ventana.cuotas
    assert ventana.navegacion.currentItem().text() == "Cuotas"
    assert cuotas.pestanas.currentWidget() is cuotas.pagos
    indices = cuotas.pagos.tabla.selectionModel().selectedRows()
    assert len(indices) == 1 and indices[0].data() == "0012/2026"


def test_nada_que_coincida_lo_dice_enter_no_hace_nada_y_esc_cierra(qtbot, ventana):
    def en_la_paleta(paleta: DialogoBuscar):
        escribir_y_esperar(qtbot, paleta, "xyzzy")
        estado = paleta.estado.text()
        qtbot.keyClick(paleta.campo, Qt.Key.Key_Return)
        sigue = paleta.isVisible()
        qtbot.keyClick(paleta.campo, Qt.Key.Key_Escape)
        return estado, sigue, paleta.lista.count()

    visto = cuando_aparezca(DialogoBuscar, en_la_paleta)
    antes = ventana.navegacion.currentRow()
    qtbot.keyClick(ventana.navegacion, Qt.Key.Key_K, CTRL)
    estado, seguia_abierta, filas = visto["DialogoBuscar"]
    assert estado == "Nada coincide con «xyzzy» en miembros, sesiones, resoluciones, artículos ni pagos."
    assert seguia_abierta and filas == 0
    assert QApplication.activeModalWidget() is None and ventana.navegacion.currentRow() == antes


def test_el_boton_de_la_barra_abre_la_paleta_con_lo_buscado_antes(qtbot, ventana):
    """«Buscar en todo…» a la derecha del menú; la segunda vez la paleta trae lo buscado, elegido entero."""
    buscar_y_abrir(qtbot, ventana, "adeuden")

    def en_la_paleta(paleta: DialogoBuscar):
        datos = (paleta.campo.text(), paleta.campo.selectedText(), [r["titulo"] for r in paleta.resultados()])
        paleta.reject()
        return datos

    visto = cuando_aparezca(DialogoBuscar, en_la_paleta)
    boton = ventana.boton_buscar
    assert boton.isVisible() and "Buscar en todo" in boton.text()
    qtbot.mouseClick(boton, Qt.MouseButton.LeftButton)
    assert visto["DialogoBuscar"] == ("adeuden", "adeuden", ["Art. 9 — Suspensión del derecho a voto"])



class ComoEnLinux(QObject):
    """Lo que hace un campo de texto con el tema de un escritorio Linux o en macOS (aquí, en offscreen, no): reclama
    Ctrl+K (ShortcutOverride) y borra hasta el final de la línea."""

    def eventFilter(self, campo, evento) -> bool:   # noqa: N802
        es_ctrl_k = evento.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
            evento.key() == Qt.Key.Key_K and evento.modifiers() == CTRL
        if es_ctrl_k and evento.type() == QEvent.Type.ShortcutOverride:
            evento.accept()
            return True
        if es_ctrl_k:
            campo.setText(campo.text()[:campo.cursorPosition()])
            return True
        return False


def test_ctrl_k_desde_la_busqueda_de_miembros_abre_la_paleta_sin_borrar_lo_escrito(qtbot, ventana):
    """En Linux y macOS un campo de texto usa Ctrl+K para borrar hasta el final de la línea: en la ventana, Ctrl+K
    abre la paleta también desde un campo, y lo escrito queda."""
    ventana.navegacion.setCurrentRow(1)
    campo = ventana.miembros.busqueda
    como_en_linux = ComoEnLinux(campo)
    campo.installEventFilter(como_en_linux)
    campo.setFocus()
    qtbot.keyClicks(campo, "Rosario")
    campo.setCursorPosition(2)   # con el cursor en el medio, el campo dejaría «Ro»
    visto = cuando_aparezca(DialogoBuscar, lambda paleta: paleta.reject() or True)
    qtbot.keyClick(campo, Qt.Key.Key_K, CTRL)
    assert visto == {"DialogoBuscar": True}
    assert campo.text() == "Rosario"
    campo.removeEventFilter(como_en_linux)   # la ventana es del módulo: el campo vuelve a ser el de siempre
