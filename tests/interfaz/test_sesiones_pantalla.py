"""Sesiones como las vio una secretaria nueva (issue #15), con la ventana y temporizadores reales: la pestaña
Asistencia y la insignia del quórum dicen lo mismo; un error de la votación aparece una vez y se va al corregir;
cerrar una votación pregunta (y Cancelar no la cierra); el acta aprobada se ve de solo lectura; el aviso de
anticipación no se repite; y a 1024×600 todo cabe, nada se superpone y la asistencia muestra sus filas.

Las capturas quedan en `carpeta_de_artefactos()/sesiones/` (ESCRITORIO_ARTEFACTOS o tests/artefactos/pantallas)."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QPushButton, QScrollBar, QWidget

from escritorio.interfaz.dialogos.sesion import formularios as dialogos_sesion
from escritorio.interfaz.dialogos.reglas_sesion import DialogoReglasSesion
from escritorio.interfaz.modelos.sesiones import C_ASISTENCIA, C_PAIS, C_PODER
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.sesiones.asistencia import asistencia, cuenta_de_asistencia
from escritorio.servicios.sesiones.convocatoria import aviso_de_anticipacion
from escritorio.servicios.sesiones.puntos import orden_del_dia
from ayudas import oficina_de
from pantallas import carpeta_de_artefactos
from test_sesiones_gui import (_regla_de_quorum_simple_en_el_consejo, agregar_punto,  # noqa: F401 (fixtures)
                               convocar_consejo, id_del_consejo, mensajes, requerido)

# Lo que queda del área Sesiones (en píxeles lógicos) descontando la navegación (~180), el menú, la barra de estado
# y los márgenes: en una ventana de 1024×600, y en una laptop de 1366×768 al 150 % (910×512 lógicos).
TAMANOS = {"1024x600": (830, 530, 10), "1366x768_150": (720, 455, 10)}   # ancho, alto, filas de asistencia a la vista


@pytest.fixture
def vista(qtbot, demo_abierta, mensajes):
    """Sin reemplazar la confirmación de «Cerrar votación»: aquí se contesta con la ventana."""
    db, asociacion = demo_abierta
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    return vista


@pytest.fixture
def artefactos() -> Path:
    """La carpeta de artefactos de las pruebas de pantalla (ESCRITORIO_ARTEFACTOS o tests/artefactos)."""
    carpeta = carpeta_de_artefactos() / "sesiones"
    carpeta.mkdir(parents=True, exist_ok=True)
    return carpeta


def _fraccion(texto: str) -> tuple[int, int]:
    hallado = re.search(r"(\d+)/(\d+)", texto)
    assert hallado, texto
    return int(hallado[1]), int(hallado[2])


def _pestana_y_insignia(editor) -> tuple[tuple[int, int], tuple[int, int]]:
    indice = editor.pestanas.indexOf(editor.tab_asistencia)
    return _fraccion(editor.pestanas.tabText(indice)), _fraccion(editor.chip_quorum.text())


def _textos_visibles(raiz: QWidget) -> list[str]:
    return [w.text() for w in raiz.findChildren(QLabel) if w.isVisibleTo(raiz) and w.text()]


# --- 1. la pestaña y la insignia ------------------------------------------------------------------

def test_la_pestana_asistencia_y_la_insignia_del_quorum_dicen_lo_mismo(vista, monkeypatch, qtbot, demo_abierta):
    db, asociacion = demo_abierta
    sesion_id = convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    pestana = editor.tab_asistencia
    editor.pestanas.setCurrentWidget(pestana)
    base, minimo = requerido(editor)
    con_voto = [h.miembro_id for h in pestana.filas if h.con_voto]
    assert _pestana_y_insignia(editor) == ((0, base), (0, base))

    # El primero con un clic en «Presente», como lo hace la secretaría; los demás igual que el clic (marcar).
    tabla = pestana.tabla
    fila = next(f for f in range(tabla.model().rowCount()) if pestana.modelo.fila(
        pestana.filtro.mapToSource(tabla.model().index(f, 0)).row()).miembro_id == con_voto[0])
    presente, _, _ = pestana.segmentos.segmentos(tabla.visualRect(tabla.model().index(fila, C_ASISTENCIA)))
    qtbot.mouseClick(tabla.viewport(), Qt.MouseButton.LeftButton, pos=presente.center().toPoint())
    assert _pestana_y_insignia(editor) == ((1, base), (1, base))
    for n, miembro in enumerate(con_voto[1:minimo - 1], 2):
        assert pestana.marcar(miembro, "presente")
        assert _pestana_y_insignia(editor) == ((n, base), (n, base))

    # Un ausente da su poder a un presente: el quórum lo cuenta, y la pestaña también (antes decía 8 y la insignia 9).
    modelo = pestana.modelo
    assert modelo.setData(modelo.index(modelo.fila_de(con_voto[minimo - 1]), C_PODER), con_voto[0])
    assert _pestana_y_insignia(editor) == ((minimo, base), (minimo, base))
    assert editor.chip_quorum.text().startswith("Quórum ✓")
    assert pestana.indicador.texto == f"Quórum: {minimo} de {base} — se verifica"
    assert f"{minimo - 1} presentes" in pestana.resumen.text() and "1 poder" in pestana.resumen.text()
    assert editor.pestanas.tabToolTip(editor.pestanas.indexOf(pestana)) == (
        f"Para el quórum: {minimo} de {base} ({minimo - 1} presentes y 1 por poder).")

    # Cerrada y vuelta a abrir desde la base: la misma cuenta, la del servicio.
    otra = VistaSesiones()
    qtbot.addWidget(otra)
    otra.resize(1150, 800)   # angosta, los títulos de las pestañas van sin la cuenta (la dice su ayuda emergente)
    otra.show()
    otra.mostrar(oficina_de(db, asociacion))
    otra.recargar()
    otra.abrir(sesion_id)
    cuenta = cuenta_de_asistencia(asistencia(Contexto(db, asociacion["id"]), sesion_id))
    assert _pestana_y_insignia(otra.editor) == ((cuenta.para_quorum, cuenta.base),) * 2 == ((minimo, base),) * 2


def test_en_un_acta_de_la_demo_la_pestana_y_la_insignia_coinciden(vista, demo_abierta):
    """En la Asamblea de la demo (con ausentes, poderes y miembros sin voto) la pestaña decía 232/298 y la insignia
    222/280."""
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    for sesion in listar_sesiones(contexto):
        vista.abrir(sesion["id"])
        pestana, insignia = _pestana_y_insignia(vista.editor)
        cuenta = cuenta_de_asistencia(asistencia(contexto, sesion["id"]))
        assert pestana == insignia == (cuenta.para_quorum, cuenta.base), sesion["titulo"]


# --- 2 y 3. la votación ---------------------------------------------------------------------------

def _votacion_lista(vista, monkeypatch, titulo: str = "Aprobación del presupuesto 2027"):
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    punto = agregar_punto(editor, monkeypatch, titulo)
    base, minimo = requerido(editor)
    for h in [h for h in editor.tab_asistencia.filas if h.con_voto][:minimo + 2]:
        assert editor.tab_asistencia.marcar(h.miembro_id, "presente")
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    return editor.votaciones, punto, minimo + 2


def test_un_error_de_la_votacion_aparece_una_vez_y_se_va_al_corregir(vista, monkeypatch):
    votacion, _, presentes = _votacion_lista(vista, monkeypatch)
    votacion.a_favor.setValue(presentes + 5)
    frase = f"Hay {presentes + 5} votos y solo {presentes} miembros presentes"
    en_pantalla = " | ".join(_textos_visibles(votacion))
    assert en_pantalla.count(f"Hay {presentes + 5} votos") == 1, en_pantalla   # antes: tres veces
    assert frase in votacion.problemas.texto
    assert not votacion.boton_cerrar.isEnabled() and frase in votacion.boton_cerrar.toolTip()

    votacion.a_favor.setValue(presentes - 1)   # corregido: el error se va sin tener que cerrar
    assert not votacion.problemas.isVisibleTo(votacion) and not votacion.problemas.texto
    assert "votos y solo" not in " | ".join(_textos_visibles(votacion))
    assert votacion.texto_resultado.startswith(f"Si se cierra ahora: Aprobada: {presentes - 1} a favor")
    assert votacion.boton_cerrar.isEnabled()

    # Un error que solo aparece al cerrar (la base cambió entretanto) también se va al corregir el recuento.
    votacion.a_favor.setValue(presentes + 1)
    votacion.cerrar_votacion()
    assert votacion.problemas.texto.count(f"Hay {presentes + 1} votos") == 1
    votacion.a_favor.setValue(3)
    assert not votacion.problemas.texto


def _contestar(qtbot, boton: str, vistos: list[str]) -> None:
    """Cuando aparezca la pregunta, anota su texto y pulsa `boton` (un temporizador real, como un usuario)."""
    def contestar():
        caja = QApplication.activeModalWidget()
        if not isinstance(caja, QMessageBox):
            QTimer.singleShot(20, contestar)
            return
        vistos.append(caja.text() + "\n" + caja.informativeText())
        elegido = next(b for b in caja.buttons() if b.text() == boton)
        qtbot.mouseClick(elegido, Qt.MouseButton.LeftButton)
    QTimer.singleShot(20, contestar)


def test_cerrar_una_votacion_pregunta_y_cancelar_no_la_cierra(vista, monkeypatch, qtbot, demo_abierta):
    db, asociacion = demo_abierta
    votacion, punto, _ = _votacion_lista(vista, monkeypatch)
    votacion.a_favor.setValue(5)
    votacion.en_contra.setValue(2)
    votacion.abstenciones.setValue(1)

    vistos: list[str] = []
    _contestar(qtbot, "Cancelar", vistos)
    votacion.boton_cerrar.click()
    assert len(vistos) == 1
    assert "¿Cerrar la votación del punto 1. Aprobación del presupuesto 2027?" in vistos[0]
    assert "Queda registrado: Aprobada: 5 a favor, 2 en contra, 1 abstención" in vistos[0]
    assert "no se puede repetir" in vistos[0]
    # Cancelar: la votación sigue abierta en la base, y en pantalla con los mismos votos.
    contexto = Contexto(db, asociacion["id"])
    assert next(p for p in orden_del_dia(contexto, vista.editor.sesion_id) if p["id"] == punto)[
        "votacion_id"] is None
    assert votacion.lista.item(0, 1).text() == "Pendiente"
    assert votacion.a_favor.value() == 5 and votacion.boton_cerrar.isEnabled()

    _contestar(qtbot, "Cerrar votación", vistos)
    votacion.boton_cerrar.click()
    assert len(vistos) == 2
    assert next(p for p in orden_del_dia(contexto, vista.editor.sesion_id) if p["id"] == punto)[
        "votacion_id"] is not None
    assert votacion.lista.item(0, 1).text() == "Aprobada"
    assert votacion.texto_resultado.startswith("Aprobada: 5 a favor, 2 en contra, 1 abstención")


def test_la_pregunta_de_un_rechazo_dice_rechazada(vista, monkeypatch, qtbot):
    votacion, _, _ = _votacion_lista(vista, monkeypatch, "Moción de la Secretaría")
    votacion.a_favor.setValue(1)
    votacion.en_contra.setValue(4)
    vistos: list[str] = []
    _contestar(qtbot, "Cancelar", vistos)
    votacion.boton_cerrar.click()
    assert "Queda registrado: Rechazada: 1 a favor, 4 en contra, 0 abstenciones" in vistos[0]


def test_cerrar_una_eleccion_tambien_pregunta_y_el_exceso_se_dice_una_vez(vista, monkeypatch, qtbot, demo_abierta):
    db, asociacion = demo_abierta
    from test_elecciones_gui import abrir_eleccion, agregar_candidaturas, definir_cargo, id_de

    editor, panel, _ = abrir_eleccion(vista, monkeypatch)
    definir_cargo(panel, monkeypatch)
    agregar_candidaturas(panel, monkeypatch, (id_de(db, asociacion, "Montevideo"), "Carolina Cosse"))
    presentes = sum(1 for h in editor.tab_asistencia.filas if h.estado == "presente" and h.con_voto)
    contador = next(iter(panel.contadores.values()))
    contador.setValue(presentes + 3)
    en_pantalla = " | ".join(_textos_visibles(panel))
    assert en_pantalla.count(f"Hay {presentes + 3} votos") == 1, en_pantalla   # antes: dos veces (una en rojo)
    contador.setValue(presentes)
    assert "votos y solo" not in " | ".join(_textos_visibles(panel))

    vistos: list[str] = []
    _contestar(qtbot, "Cancelar", vistos)
    panel.boton_cerrar.click()
    assert "¿Cerrar la elección del punto 1." in vistos[0] and "Queda registrado: Resultó electa" in vistos[0]
    assert panel.eleccion.estado == "abierta" and contador.value() == presentes
    _contestar(qtbot, "Cerrar elección", vistos)
    panel.boton_cerrar.click()
    assert panel.eleccion.estado == "cerrada"


# --- 4. el acta de solo lectura -----------------------------------------------------------------

def test_el_acta_aprobada_se_ve_y_se_comporta_de_solo_lectura(vista, monkeypatch, qtbot, demo_abierta):
    db, asociacion = demo_abierta
    convocar_consejo(vista, monkeypatch)   # una sesión con el acta en borrador, para comparar
    borrador = vista.editor.tab_acta
    vista.editor.pestanas.setCurrentWidget(borrador)
    editable = {campo: campo.palette().color(QPalette.ColorRole.Base) for campo in (borrador.apertura, borrador.preside)}
    assert not borrador.apertura.isReadOnly() and not borrador.solo_lectura_nota.isVisibleTo(borrador)

    contexto = Contexto(db, asociacion["id"])
    aprobada = next(s for s in listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
    vista.abrir(aprobada["id"])
    acta = vista.editor.tab_acta
    vista.editor.pestanas.setCurrentWidget(acta)
    for campo in (acta.apertura, acta.preside, acta.secretaria, acta.cierre):
        assert campo.isReadOnly()
        # Se ve distinto de un campo para escribir: el fondo es el del panel, no el blanco de lo editable.
        assert campo.palette().color(QPalette.ColorRole.Base) != editable[borrador.preside]
        assert campo.palette().color(QPalette.ColorRole.Base) == campo.palette().color(QPalette.ColorRole.Window)
        assert "fe de erratas" in campo.toolTip()
    assert acta.solo_lectura_nota.isVisibleTo(acta) and not acta.boton_proponer.isVisibleTo(acta)
    # Escribir no cambia nada.
    antes = acta.preside.text()
    acta.preside.setFocus()
    qtbot.keyClicks(acta.preside, "XYZ")
    qtbot.keyClicks(acta.apertura, "XYZ")
    assert acta.preside.text() == antes and "XYZ" not in acta.apertura.toPlainText()
    # El resumen de un punto, también.
    orden = vista.editor.orden
    assert orden.resumen.isReadOnly()
    assert orden.resumen.palette().color(QPalette.ColorRole.Base) != editable[borrador.apertura]

    # Al volver a una sesión en borrador, los campos vuelven a verse (y ser) editables.
    borrador_id = next(s["id"] for s in listar_sesiones(contexto) if s["estado_acta"] == "borrador")
    vista.abrir(borrador_id)
    assert not acta.preside.isReadOnly()
    assert acta.preside.palette().color(QPalette.ColorRole.Base) == editable[borrador.preside]


# --- 5. el aviso de anticipación ----------------------------------------------------------------

def test_el_aviso_de_anticipacion_aparece_una_sola_vez(vista, monkeypatch, demo_abierta, mensajes):
    db, asociacion = demo_abierta
    consejo = id_del_consejo(db, asociacion)
    vistos = []

    def completar(dialogo):
        dialogo.elegir_organo(consejo)
        dialogo.fecha.setDate(QDate(hoy()))
        dialogo.convocada_el.setDate(QDate(hoy()).addDays(-10))   # el Consejo pide 15 días (Estatuto, art. 18)
        dialogo.lugar.setText("Intendencia de Montevideo")
        vistos.append(" | ".join(_textos_visibles(dialogo)))
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoConvocar, "exec", completar)
    vista.convocar()
    aviso = aviso_de_anticipacion(Contexto(db, asociacion["id"]), vista.editor.sesion_id)
    assert aviso == "Convocada con 10 días de anticipación; el Estatuto, art. 18 pide 15 días."
    # Antes de convocar: en el diálogo, una vez, con el texto del servicio.
    assert vistos[0].count("de anticipación") == 1 and aviso in vistos[0]
    # Después: ningún mensaje más; la sesión lo muestra una vez en su encabezado.
    assert mensajes == []
    en_la_sesion = " | ".join(_textos_visibles(vista))
    assert en_la_sesion.count("de anticipación") == 1 and aviso in en_la_sesion
    # En la lista, la tarjeta de la sesión lo dice (una vez: el editor ya no está a la vista).
    vista.editor.boton_volver.click()
    en_la_lista = " | ".join(_textos_visibles(vista))
    assert en_la_lista.count("de anticipación") == 1


# --- 6. a 1024×600 ------------------------------------------------------------------------------

def _superpuestos(raiz: QWidget) -> list[str]:
    """Hermanos visibles (hijos directos de un mismo padre, sin contar ventanas de desplazamiento) que se pisan."""
    choques = []
    for padre in [raiz, *raiz.findChildren(QWidget)]:
        if not padre.isVisibleTo(raiz) or padre.layout() is None:
            continue
        hijos = [h for h in padre.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                 if h.isVisibleTo(raiz) and not h.isWindow() and padre.layout().indexOf(h) >= 0]
        for i, a in enumerate(hijos):
            for b in hijos[i + 1:]:
                comun = QRect(a.geometry()).intersected(b.geometry())
                if comun.width() > 1 and comun.height() > 1:
                    choques.append(f"{type(a).__name__} {a.objectName()!r} / {type(b).__name__} {b.objectName()!r} "
                                   f"en {type(padre).__name__}")
    return choques


def _recortados(raiz: QWidget) -> list[str]:
    """Botones y etiquetas de una línea visibles más angostos que su texto (un texto cortado)."""
    malos = []
    for w in raiz.findChildren(QPushButton):
        if w.isVisibleTo(raiz) and w.width() < w.minimumSizeHint().width() - 1:
            malos.append(f"botón «{w.text()}»: {w.width()} < {w.minimumSizeHint().width()}")
    return malos


@pytest.mark.parametrize("tamano", TAMANOS)
def test_en_pantallas_chicas_el_area_cabe_nada_se_pisa_y_la_asistencia_muestra_sus_filas(
        vista, monkeypatch, qtbot, demo_abierta, artefactos, tamano):
    db, asociacion = demo_abierta
    ANCHO, ALTO, FILAS = TAMANOS[tamano]
    sesion_id = convocar_consejo(vista, monkeypatch, anticipacion=3)   # con el aviso de anticipación a la vista
    agregar_punto(vista.editor, monkeypatch, "Aprobación del presupuesto 2027")
    vista.editor.boton_volver.click()
    vista.resize(ANCHO, ALTO)
    qtbot.waitUntil(lambda: vista.width() == ANCHO and vista.height() == ALTO)
    minimo = vista.minimumSizeHint()
    assert minimo.width() <= ANCHO and minimo.height() <= ALTO, minimo
    aprobada = next(s["id"] for s in listar_sesiones(Contexto(db, asociacion["id"])) if s["estado_acta"] == "aprobada")

    pantallas = [("lista", None, None)]
    pantallas += [(f"sesion_{n}", sesion_id, n) for n in range(4)]
    pantallas += [(f"aprobada_{n}", aprobada, n) for n in range(4)]
    for nombre, sesion, pestana in pantallas:
        if sesion is None:
            vista.volver_a_la_lista()
        else:
            vista.abrir(sesion)
            vista.editor.pestanas.setCurrentIndex(pestana)
        QApplication.processEvents()
        assert vista.width() == ANCHO and vista.height() == ALTO   # nada la agranda
        assert vista.grab().save(str(artefactos / f"{nombre}_{tamano}.png"))
        assert _superpuestos(vista) == [], nombre
        assert _recortados(vista) == [], nombre
        # Ningún panel se desplaza de lado (más ancho que la pantalla): solo hacia abajo. (Una tabla de datos sí
        # puede, salvo la de asistencia: ver abajo.)
        de_lado = [type(b.parent().parent()).__name__ for b in vista.findChildren(QScrollBar)
                   if b.orientation() == Qt.Orientation.Horizontal and b.isVisibleTo(vista)
                   and not isinstance(b.parent().parent(), QAbstractItemView)]
        assert de_lado == [], nombre
        pagina = vista.paginas.currentWidget()
        assert pagina.minimumSizeHint().width() <= pagina.width(), nombre

    # La asistencia no se parte: la tabla muestra al menos diez filas (antes dos o tres), sin barra horizontal.
    vista.abrir(sesion_id)
    pestana = vista.editor.tab_asistencia
    vista.editor.pestanas.setCurrentWidget(pestana)
    QApplication.processEvents()
    alto_fila = pestana.tabla.rowHeight(0)
    assert pestana.tabla.viewport().height() // alto_fila >= FILAS, pestana.tabla.viewport().height()
    assert not pestana.tabla.horizontalScrollBar().isVisible()
    # El indicador del quórum y la barra de búsqueda completos, en una fila cada uno.
    assert pestana.indicador.height() <= 90
    if tamano != "1024x600":   # la regla y la ayuda pasan a la ayuda emergente; el país, a la del miembro
        assert not pestana.indicador.regla.isVisibleTo(vista) and "Regla:" in pestana.indicador.toolTip()
        assert pestana.tabla.isColumnHidden(C_PAIS)
        assert pestana.modelo.data(pestana.modelo.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith("Argentina")
    assert pestana.busqueda.isVisibleTo(vista) and pestana.boton_todos.isVisibleTo(vista)


def test_a_1024x600_los_dialogos_de_sesion_caben(qtbot, demo_abierta, artefactos):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    organos = listar_organos(contexto)
    consejo = id_del_consejo(db, asociacion)
    sesion = listar_sesiones(contexto)[0]
    dialogos = {
        "convocar": dialogos_sesion.DialogoConvocar(oficina_de(db, asociacion), organos, listar_sesiones(contexto),
                                                    consejo, hoy()),
        "punto": dialogos_sesion.DialogoPunto(oficina_de(db, asociacion), sesion["id"], organo_id=sesion["organo_id"]),
        "invitado": dialogos_sesion.DialogoInvitado(oficina_de(db, asociacion), sesion["id"]),
        "cierre": dialogos_sesion.DialogoCierre(oficina_de(db, asociacion), sesion),
        "fe_de_erratas": dialogos_sesion.DialogoFeDeErratas(oficina_de(db, asociacion), sesion["id"]),
        "representacion": dialogos_sesion.DialogoRepresentacion("Rosario", "Pablo Javkin", None, None),
        "reglas_de_sesion": DialogoReglasSesion(oficina_de(db, asociacion), next(o for o in organos if o["id"] == consejo)),
    }
    for nombre, dialogo in dialogos.items():
        qtbot.addWidget(dialogo)
        dialogo.show()
        QApplication.processEvents()
        tamano = dialogo.sizeHint().expandedTo(dialogo.minimumSizeHint())
        assert tamano.width() <= 1024 and tamano.height() <= 560, (nombre, tamano)
        assert _superpuestos(dialogo) == [], nombre
        assert dialogo.grab().save(str(artefactos / f"dialogo_{nombre}.png"))

