"""Sesiones como las lleva una secretaría, con la red de ejemplo: convocar el Consejo, tomar asistencia con el
quórum a la vista, votar, adoptar una resolución y aprobar el acta (que congela todo)."""

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.interfaz.dialogos.sesion import formularios as dialogos_sesion
from escritorio.interfaz.dialogos.sesion import aprobacion as dialogos_aprobacion
from escritorio.interfaz.dialogos.eleccion import PanelEleccion
from escritorio.interfaz.dialogos.sesion.aprobacion import motivos_en_la_ventana
from escritorio.interfaz.dialogos.sesion.votaciones import PestanaVotaciones
from escritorio.interfaz.modelos.sesiones import C_ASISTENCIA, C_PODER, C_VOTO
from escritorio.interfaz.piezas import GRIS
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.actas import motivos_para_no_aprobar, obtener_acta
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.sesiones.asistencia import asistencia
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.reglas import fijar_regla_quorum
from escritorio.servicios.votaciones import listar_resoluciones
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de


@pytest.fixture(autouse=True)
def _regla_de_quorum_simple_en_el_consejo(demo_db):
    """La red de ejemplo de cada prueba (`demo_db`), con una regla de quórum simple para el Consejo. La importan
    también los demás archivos de Sesiones."""
    fijar_regla_quorum(Contexto(demo_db, 1), 2, ReglaQuorum(articulo="Estatuto, art. 19"))


@pytest.fixture
def mensajes(monkeypatch):
    anotados: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    return anotados


@pytest.fixture
def vista(qtbot, demo_abierta, mensajes, monkeypatch):
    # «Cerrar votación» y «Cerrar elección» piden confirmación en un QMessageBox; aquí se acepta siempre (la pregunta y su Cancelar se
    # prueban con la ventana y un temporizador real en test_sesiones_pantalla.py).
    db, asociacion = demo_abierta
    monkeypatch.setattr(PestanaVotaciones, "confirmar_cierre", lambda self, prevision: True)
    monkeypatch.setattr(PanelEleccion, "confirmar_cierre", lambda self, texto: True)
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    return vista


def dias_resaltados(vista) -> list[date]:
    """Los días que el calendario de Sesiones marca (los que tienen una sesión a la vista)."""
    return sorted(d.toPython() for d in vista.calendario.dateTextFormat() if d.isValid())


def id_del_consejo(db, asociacion) -> int:
    return next(o["id"] for o in listar_organos(Contexto(db, asociacion["id"])) if o["nombre"] == "Consejo")


def convocar_consejo(vista, monkeypatch, anticipacion: int = 20, lugar: str = "Intendencia de Montevideo") -> int:
    """Convoca una sesión del Consejo para hoy con el diálogo, como lo haría la secretaría."""
    consejo = id_del_consejo(vista.db, vista.asociacion)

    def completar(dialogo):
        dialogo.elegir_organo(consejo)
        dialogo.fecha.setDate(QDate(hoy()))
        dialogo.hora.setTime(dialogo.hora.time().fromString("10:30", "HH:mm"))
        dialogo.convocada_el.setDate(QDate(hoy() - timedelta(days=anticipacion)))
        dialogo.lugar.setText(lugar)
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoConvocar, "exec", completar)
    vista.convocar()
    return vista.editor.sesion_id


def agregar_punto(editor, monkeypatch, titulo: str, tipo: str = "votacion") -> int:
    def completar(dialogo):
        dialogo.titulo.setText(titulo)
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData(tipo))
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoPunto, "exec", completar)
    editor.orden.agregar(subpunto=False)
    return next(p["id"] for p in editor.puntos if p["titulo"] == titulo)


def marcar_presentes(editor, cantidad: int) -> None:
    asistencia_ = editor.tab_asistencia
    con_voto = [h.miembro_id for h in asistencia_.filas if h.con_voto]
    for miembro in con_voto[:cantidad]:
        assert asistencia_.marcar(miembro, "presente")


def requerido(editor) -> tuple[int, int]:
    base = sum(1 for h in editor.tab_asistencia.filas if h.con_voto)
    return base, base // 2 + 1


# --- convocar -------------------------------------------------------------------------------------

def test_convocar_el_consejo_con_el_dialogo_abre_la_sesion(vista, monkeypatch):
    antes = len(vista.sesiones)
    sesion_id = convocar_consejo(vista, monkeypatch)
    assert sesion_id is not None
    assert vista.paginas.currentWidget() is vista.editor
    assert vista.editor.titulo.text().endswith("sesión ordinaria — Consejo")
    assert vista.editor.sesion["fecha"] == hoy().isoformat()
    assert vista.editor.sesion["hora"] == "10:30"
    assert "Intendencia de Montevideo" in vista.editor.detalle.text()

    vista.editor.boton_volver.click()
    assert vista.paginas.currentWidget() is vista.pagina_lista
    assert len(vista.sesiones) == antes + 1
    assert vista.sesion_id() == sesion_id   # la lista vuelve con la sesión elegida
    fila = vista.tabla.currentRow()
    assert vista.tabla.item(fila, 2).text() == "Consejo"
    assert vista.tabla.item(fila, 3).text() == "Convocada"
    assert hoy() in dias_resaltados(vista)
    assert vista.calendario.selectedDate().toPython() == hoy()


def test_el_filtro_por_organo_y_el_calendario(vista, demo_abierta):
    db, asociacion = demo_abierta
    consejo = id_del_consejo(db, asociacion)
    vista.combo_organo.setCurrentIndex(vista.combo_organo.findData(consejo))
    del_consejo = listar_sesiones(Contexto(db, asociacion["id"]), consejo)
    assert vista.tabla.rowCount() == len(del_consejo) > 0
    assert {vista.tabla.item(f, 2).text() for f in range(vista.tabla.rowCount())} == {"Consejo"}
    assert dias_resaltados(vista) == sorted(date.fromisoformat(s["fecha"]) for s in del_consejo)
    # Un clic en un día con sesión la elige; en un día sin sesión, ofrece convocar para ese día.
    vista.tabla.clearSelection()
    vista._dia_elegido(QDate.fromString(del_consejo[0]["fecha"], "yyyy-MM-dd"))
    assert vista.sesion_id() == del_consejo[0]["id"]
    vista._dia_elegido(QDate(2001, 1, 1))
    assert vista.sesion_id() is None
    assert vista.tarjeta_titulo.text() == "Sin sesiones el 01/01/2001"
    assert vista.boton_convocar_dia.isVisibleTo(vista)


def test_convocar_sin_lugar_lo_explica_y_no_convoca(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    organos = listar_organos(contexto)
    dialogo = dialogos_sesion.DialogoConvocar(oficina_de(db, asociacion), organos, listar_sesiones(contexto),
                                              id_del_consejo(db, asociacion), hoy())
    qtbot.addWidget(dialogo)
    dialogo.guardar()
    assert dialogo.sesion_id is None
    assert dialogo.mensaje.text() == "Indique el lugar de la reunión."
    dialogo.virtual.setChecked(True)
    dialogo.guardar()
    assert dialogo.mensaje.text() == "Indique el enlace de la reunión virtual."


def test_convocar_con_poca_anticipacion_avisa_en_la_sesion_sin_un_mensaje_mas(vista, monkeypatch, mensajes):
    convocar_consejo(vista, monkeypatch, anticipacion=10)   # el Consejo se convoca con 15 días (Estatuto, art. 18)
    # El diálogo ya lo advirtió antes de convocar (test_sesiones_pantalla.py): después no hay otro mensaje.
    assert mensajes == []
    assert "Convocada con 10 días de anticipación; el Estatuto, art. 18 pide 15 días." in vista.editor.aviso.texto


# --- asistencia y quórum ---------------------------------------------------------------------------

def test_la_asistencia_lista_a_los_integrantes_del_consejo(vista, monkeypatch, demo_abierta):
    db, asociacion = demo_abierta
    sesion_id = convocar_consejo(vista, monkeypatch)
    vista.editor.pestanas.setCurrentWidget(vista.editor.tab_asistencia)
    integrantes = asistencia(Contexto(db, asociacion["id"]), sesion_id).habilitados
    filas = vista.editor.tab_asistencia.filas
    assert len(filas) == len(integrantes) > 0
    assert {h.miembro for h in filas} == {h.miembro for h in integrantes}
    assert {"Buenos Aires", "São Paulo"} <= {h.miembro for h in filas}
    assert all(h.estado == "ausente" for h in filas)


def test_el_quorum_se_actualiza_con_cada_presente(vista, monkeypatch):
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    indicador = editor.tab_asistencia.indicador
    base, minimo = requerido(editor)
    assert indicador.texto == f"Quórum: 0 de {base} — no hay quórum, faltan {minimo}"
    assert "Estatuto, art. 19" in indicador.regla.text()

    marcar_presentes(editor, minimo - 1)
    assert indicador.texto == f"Quórum: {minimo - 1} de {base} — no hay quórum, falta 1"
    assert not indicador.hay
    assert editor.chip_quorum.text() == f"Sin quórum {minimo - 1}/{base}"

    marcar_presentes(editor, minimo)
    assert indicador.texto == f"Quórum: {minimo} de {base} — se verifica"
    assert indicador.hay
    assert editor.chip_quorum.text() == f"Quórum ✓ {minimo}/{base}"
    assert editor.pestanas.tabText(1) == f"Asistencia ({minimo}/{base})"


def test_un_clic_en_el_control_segmentado_marca_la_asistencia(vista, monkeypatch, qtbot):
    convocar_consejo(vista, monkeypatch)
    pestana = vista.editor.tab_asistencia
    vista.editor.pestanas.setCurrentWidget(pestana)
    tabla = pestana.tabla
    indice = tabla.model().index(0, C_ASISTENCIA)
    presente, ausente, excusado = pestana.segmentos.segmentos(tabla.visualRect(indice))
    qtbot.mouseClick(tabla.viewport(), Qt.MouseButton.LeftButton, pos=excusado.center().toPoint())
    assert pestana.filas[0].estado == "excusado"
    qtbot.mouseClick(tabla.viewport(), Qt.MouseButton.LeftButton, pos=presente.center().toPoint())
    assert pestana.filas[0].estado == "presente"
    assert pestana.indicador.texto.startswith("Quórum: 1 de ")


def test_todos_presentes_y_teclas(vista, monkeypatch, qtbot):
    convocar_consejo(vista, monkeypatch)
    pestana = vista.editor.tab_asistencia
    vista.editor.pestanas.setCurrentWidget(pestana)
    pestana.boton_todos.click()
    base, _ = requerido(vista.editor)
    assert all(h.estado == "presente" for h in pestana.filas)
    assert pestana.indicador.texto == f"Quórum: {base} de {base} — se verifica"
    pestana.tabla.selectRow(0)
    pestana.tabla.setFocus()
    qtbot.keyClick(pestana.tabla, Qt.Key.Key_E)
    assert pestana.filas[0].estado == "excusado"


def test_los_poderes_respetan_el_maximo_de_la_regla(vista, monkeypatch, demo_abierta, mensajes):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    fijar_regla_quorum(contexto, id_del_consejo(db, asociacion), ReglaQuorum(articulo="Estatuto, art. 19"),
                       poderes_maximos=1, vigente_desde=hoy())   # una versión de las reglas que rige desde hoy
    convocar_consejo(vista, monkeypatch)
    pestana = vista.editor.tab_asistencia
    titular, primero, segundo = pestana.filas[:3]
    pestana.marcar(titular.miembro_id, "presente")
    modelo = pestana.modelo
    assert modelo.setData(modelo.index(modelo.fila_de(primero.miembro_id), C_PODER), titular.miembro_id)
    assert pestana.indicador.texto.startswith("Quórum: 2 de ")   # el poder cuenta para el quórum
    assert modelo.data(modelo.index(modelo.fila_de(titular.miembro_id), C_VOTO)) == "Sí + 1 poder"
    assert not modelo.setData(modelo.index(modelo.fila_de(segundo.miembro_id), C_PODER), titular.miembro_id)
    assert mensajes[-1][0] == "No se pudo completar"
    assert mensajes[-1][1].startswith("Ese miembro ya lleva 1 poder; el máximo es 1 (Estatuto, art. 19). No se "
                                      "registró el poder de ")
    assert "así lo dicen las reglas vigentes desde el" in mensajes[-1][1]   # la versión de las reglas del día
    assert pestana.filas[modelo.fila_de(segundo.miembro_id)].poder_a is None


def test_los_miembros_sin_voto_se_ven_en_gris_con_el_motivo(vista, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    asamblea = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Asamblea General de Socios")
    sesion_id = convocar(contexto, asamblea, NuevaSesion(fecha=hoy(), hora="09:00", lugar="Asunción",
                                                         convocada_el=hoy() - timedelta(days=40)))
    vista.abrir(sesion_id)
    pestana = vista.editor.tab_asistencia
    vista.editor.pestanas.setCurrentWidget(pestana)
    modelo = pestana.modelo
    sin_voto = [n for n, h in enumerate(pestana.filas) if not h.con_voto]
    assert sin_voto
    fila = sin_voto[0]
    assert modelo.data(modelo.index(fila, C_PODER)) == "Voto suspendido por cuotas impagas"
    assert modelo.data(modelo.index(fila, C_VOTO)) == "No"
    assert modelo.data(modelo.index(fila, 0), Qt.ItemDataRole.ForegroundRole).name() == GRIS
    vista_fila = pestana.filtro.mapFromSource(modelo.index(fila, 0)).row()
    assert pestana.tabla.columnSpan(vista_fila, C_PODER) == 2   # el motivo se lee entero
    base, _ = requerido(vista.editor)
    assert pestana.indicador.texto.endswith(f"de {base} — no hay quórum, faltan {base // 2 + 1}")
    assert base == len(pestana.filas) - len(sin_voto)


# --- votaciones y resoluciones ---------------------------------------------------------------------

def test_votacion_con_conteos_muestra_el_resultado_en_vivo_y_se_cierra(vista, monkeypatch, demo_abierta):
    db, asociacion = demo_abierta
    sesion_id = convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    punto = agregar_punto(editor, monkeypatch, "Aprobación del presupuesto 2027")
    _, minimo = requerido(editor)
    marcar_presentes(editor, minimo + 4)
    editor.pestanas.setCurrentWidget(editor.votaciones)
    votacion = editor.votaciones
    votacion.seleccionar(punto)
    assert votacion.titulo.text().endswith("Aprobación del presupuesto 2027")
    assert votacion.quorum.text().startswith("✓ Quórum")
    votacion.a_favor.setValue(5)
    votacion.en_contra.setValue(2)
    votacion.abstenciones.setValue(1)
    assert votacion.texto_resultado == ("Si se cierra ahora: Aprobada: 5 a favor, 2 en contra, 1 abstención; "
                                        "mayoría simple: más votos a favor que en contra, sin contar las "
                                        "abstenciones.")
    votacion.en_contra.setValue(5)
    assert "Rechazada: 5 a favor, 5 en contra" in votacion.texto_resultado
    votacion.en_contra.setValue(2)
    votacion.mayoria.setCurrentIndex(votacion.mayoria.findData("dos_tercios"))
    assert votacion.texto_resultado.endswith("se requerían 5 (dos tercios de 7 votos emitidos).")
    votacion.mayoria.setCurrentIndex(votacion.mayoria.findData("simple"))
    votacion.a_favor.setValue(minimo + 4)
    assert f"Hay {minimo + 7} votos y solo {minimo + 4} miembros presentes" in votacion.problemas.texto
    assert not votacion.resultado.isVisibleTo(votacion) and not votacion.boton_cerrar.isEnabled()
    votacion.a_favor.setValue(5)

    votacion.boton_cerrar.click()
    assert not votacion.problemas.texto
    assert votacion.lista.item(0, 1).text() == "Aprobada"
    assert votacion.texto_resultado.startswith("Aprobada: 5 a favor, 2 en contra, 1 abstención")
    assert not votacion.formulario.isVisibleTo(votacion)
    assert votacion.boton_resolucion.isEnabled()
    acta = obtener_acta(Contexto(db, asociacion["id"]), sesion_id)
    guardada = next(p for p in acta.contenido.puntos if p["titulo"] == "Aprobación del presupuesto 2027")
    assert guardada["votacion"].startswith("Votación a mano alzada. Aprobada: 5 a favor, 2 en contra, 1 abstención")
    assert editor.pestanas.tabText(2) == "Votaciones (1/1)"


def test_sin_quorum_no_se_cierra_la_votacion(vista, monkeypatch):
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    agregar_punto(editor, monkeypatch, "Moción sin quórum")
    marcar_presentes(editor, 2)
    editor.pestanas.setCurrentWidget(editor.votaciones)
    votacion = editor.votaciones
    assert votacion.quorum.text().startswith("✗ Quórum: 2 de")
    votacion.a_favor.setValue(2)
    # El botón no se ofrece y dice por qué (lo que contesta el servicio); la línea del quórum ya lo dice en rojo.
    assert not votacion.boton_cerrar.isEnabled()
    assert "No hay quórum para votar: Con la presencia de 2 de" in votacion.boton_cerrar.toolTip()
    votacion.cerrar_votacion()   # aun llamado directamente, no se registra
    assert "No hay quórum para votar: Con la presencia de 2 de" in votacion.problemas.texto
    assert votacion.lista.item(0, 1).text() == "Pendiente"


def test_votacion_nominal(vista, monkeypatch):
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    agregar_punto(editor, monkeypatch, "Presupuesto del año próximo", "votacion")
    _, minimo = requerido(editor)
    marcar_presentes(editor, minimo)
    editor.pestanas.setCurrentWidget(editor.votaciones)
    votacion = editor.votaciones
    votacion.metodo.setCurrentIndex(votacion.metodo.findData("nominal"))
    assert votacion.panel_nominal.isVisibleTo(votacion) and not votacion.totales.isVisibleTo(votacion)
    assert votacion.nominal.rowCount() == minimo
    votacion.nominal.todos("a_favor")
    votacion.nominal.setData(votacion.nominal.index(0, 3), "en_contra")
    assert f"Aprobada: {minimo - 1} a favor, 1 en contra, 0 abstenciones" in votacion.texto_resultado
    votacion.boton_cerrar.click()
    assert votacion.lista.item(0, 1).text() == "Aprobada"
    assert "Votos nominales:" in votacion.cerrada.text() and "en contra" in votacion.cerrada.text()


def adoptar(editor, monkeypatch, punto_id: int, titulo: str) -> None:
    def completar(dialogo):
        dialogo.titulo.setText(titulo)
        dialogo.texto.setPlainText("El Consejo resuelve aprobarlo.")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoResolucion, "exec", completar)
    editor.votaciones.seleccionar(punto_id)
    editor.votaciones.boton_resolucion.click()


def agregar_la_aprobacion_de_esta_acta(editor) -> int:
    """Orden del día › «Aprobación del acta» › «De esta sesión», como arma el orden del día la secretaría: el punto
    queda al final, con su vínculo al acta (solo su resolución la aprueba)."""
    orden = editor.orden
    orden.menu_aprobacion.aboutToShow.emit()   # el menú se llena al abrirse, con lo que dice el servicio
    accion = next(a for a in orden.menu_aprobacion.actions() if a.data() == editor.sesion_id)
    accion.trigger()
    return orden._punto["id"]


def votar_y_adoptar(editor, monkeypatch, titulo: str | None, resolucion: str) -> int:
    """Agrega un punto de votación (o, con `titulo` None, el de aprobación de esta acta), lo vota con la mayoría
    justa y adopta su resolución."""
    punto = agregar_punto(editor, monkeypatch, titulo) if titulo else agregar_la_aprobacion_de_esta_acta(editor)
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    _, minimo = requerido(editor)
    editor.votaciones.a_favor.setValue(minimo)
    editor.votaciones.boton_cerrar.click()
    adoptar(editor, monkeypatch, punto, resolucion)
    return punto


def test_adoptar_una_resolucion_muestra_su_numero(vista, monkeypatch, demo_abierta):
    db, asociacion = demo_abierta
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    consejo = id_del_consejo(db, asociacion)
    ya = sum(1 for r in listar_resoluciones(Contexto(db, asociacion["id"]), consejo)
             if r["anio"] == hoy().year and r["tipo"] == "resolucion")
    _, minimo = requerido(editor)
    marcar_presentes(editor, minimo)
    votar_y_adoptar(editor, monkeypatch, "Aprobación del presupuesto 2027", "Aprueba el presupuesto 2027")
    numero = f"Resolución {ya + 1}/{hoy().year}"
    assert numero in editor.votaciones.resoluciones.text()
    assert "Aprueba el presupuesto 2027" in editor.votaciones.resoluciones.text()
    assert editor.votaciones.lista.item(0, 1).toolTip() == numero
    editor.pestanas.setCurrentWidget(editor.orden)
    assert numero in editor.orden.resoluciones.text()


def test_una_mocion_rechazada_no_se_adopta(vista, monkeypatch):
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    punto = agregar_punto(editor, monkeypatch, "Moción rechazada")
    _, minimo = requerido(editor)
    marcar_presentes(editor, minimo)
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    editor.votaciones.en_contra.setValue(minimo)
    editor.votaciones.boton_cerrar.click()
    assert editor.votaciones.lista.item(0, 1).text() == "Rechazada"
    assert not editor.votaciones.boton_resolucion.isEnabled()


# --- acta ---------------------------------------------------------------------------------------

def aprobar(editor, monkeypatch, titulo_resolucion: str) -> None:
    def completar(dialogo):
        elegida = next(r for r in dialogo._resoluciones if r["titulo"] == titulo_resolucion)
        dialogo.elegir(elegida["id"])
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_aprobacion.DialogoAprobarActa, "exec", completar)
    editor.tab_acta.boton_aprobar.click()


def celebrar(editor, monkeypatch, hora: str = "12:45") -> None:
    """Registra la sesión como celebrada con el diálogo «Sesión celebrada…» del editor."""
    def completar(dialogo):
        dialogo.hora.setTime(dialogo.hora.time().fromString(hora, "HH:mm"))
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoCierre, "exec", completar)
    editor.boton_cierre.click()


def test_el_acta_dice_por_que_no_se_aprueba_hasta_que_la_sesion_se_celebra_y_el_borrador_se_completa(
        guardado_pronto, vista, monkeypatch, qtbot, demo_abierta):
    """Issue 13, punto 4: un borrador con marcadores de plantilla no aprueba el acta; la pestaña Acta lo dice con
    las palabras del servicio. (La sesión ya no queda «Convocada» con actos: issue 59.)"""
    db, asociacion = demo_abierta
    sesion_id = convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    _, minimo = requerido(editor)
    marcar_presentes(editor, minimo)
    votar_y_adoptar(editor, monkeypatch, None, "Aprueba el acta de la presente sesión")
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    acta = editor.tab_acta
    qtbot.waitUntil(lambda: acta.pendientes.isVisible())
    assert not acta.boton_aprobar.isEnabled()
    # Issue 59: la asistencia y la votación ya la dejaron «Celebrada»; falta el borrador (y la hora de cierre).
    assert editor.chip_sesion.text() == "Celebrada" and "no celebrada" not in acta.pendientes.text()
    assert "escritorio sesiones celebrada" not in acta.pendientes.text()   # issue 42: no la sintaxis de la CLI
    assert "Apertura: vacío" in acta.pendientes.text()

    # «Proponer textos» antes de registrar la hora de cierre no escribe «siendo las … horas» (que después no se
    # aprueba, issue 78): propone la apertura, deja el cierre vacío y dice por qué.
    acta.proponer_textos()
    acta.preside.setText("Secretaría Ejecutiva")
    acta.secretaria.setText("Secretaría Técnica Permanente")
    acta.secretaria.textEdited.emit("Secretaría Técnica Permanente")
    qtbot.waitUntil(lambda: acta.estado_guardado.text() == "✓ Borrador guardado", timeout=3000)
    assert "Apertura: vacío" not in acta.pendientes.text()
    assert "Cierre: vacío" in acta.pendientes.text() and acta.cierre.toPlainText() == ""
    assert not acta.boton_aprobar.isEnabled()
    contexto = Contexto(db, asociacion["id"])
    # Lo que dice el servicio, con lo que se hace en la ventana: nada de la sintaxis de la línea de órdenes.
    assert acta.boton_aprobar.toolTip() == "\n".join(motivos_en_la_ventana(motivos_para_no_aprobar(contexto, sesion_id)))
    assert "escritorio " not in acta.pendientes.text() and "--" not in acta.pendientes.text()

    celebrar(editor, monkeypatch, "12:45")
    assert "no celebrada" not in acta.pendientes.text() and not acta.boton_aprobar.isEnabled()
    acta.cierre.setPlainText("")
    acta.proponer_textos()      # ahora con la hora de cierre registrada
    assert "12:45" in acta.cierre.toPlainText()
    qtbot.waitUntil(lambda: acta.boton_aprobar.isEnabled(), timeout=3000)
    assert not acta.pendientes.isVisible()
    aprobar(editor, monkeypatch, "Aprueba el acta de la presente sesión")
    assert obtener_acta(contexto, sesion_id).estado == "aprobada"


def test_aprobar_el_acta_la_congela(guardado_pronto, vista, monkeypatch, qtbot, demo_abierta):
    db, asociacion = demo_abierta
    sesion_id = convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    _, minimo = requerido(editor)
    marcar_presentes(editor, minimo)
    votar_y_adoptar(editor, monkeypatch, None, "Aprueba el acta de la presente sesión")
    celebrar(editor, monkeypatch)

    editor.pestanas.setCurrentWidget(editor.tab_acta)
    acta = editor.tab_acta
    acta.proponer_textos()
    assert acta.apertura.toPlainText().startswith("En Intendencia de Montevideo, el ")
    acta.preside.setText("Secretaría Ejecutiva")
    acta.secretaria.setText("Secretaría Técnica Permanente")
    acta.secretaria.textEdited.emit("Secretaría Técnica Permanente")
    qtbot.waitUntil(lambda: acta.boton_aprobar.isEnabled(), timeout=3000)
    assert not editor.banner.isVisibleTo(editor)
    aprobar(editor, monkeypatch, "Aprueba el acta de la presente sesión")

    assert editor.solo_lectura
    assert editor.banner.isVisibleTo(editor)
    assert editor.banner.text().startswith("<b>Acta aprobada por Resolución ")
    assert editor.chip_acta.text() == "Acta: aprobada"
    assert re.fullmatch(r"[0-9a-f]{64}", acta.huella.text())
    assert acta.verificacion.text() == "✓ el registro coincide con la huella"
    # La huella (64 cifras), a un clic y no a la vista (issue 61 §7).
    assert not acta.huella.isVisibleTo(acta) and acta.boton_huella.isVisibleTo(acta)
    qtbot.mouseClick(acta.boton_huella, Qt.MouseButton.LeftButton)
    assert acta.huella.isVisibleTo(acta) and acta.rotulo_huella.text() == "Huella SHA-256:"
    assert obtener_acta(Contexto(db, asociacion["id"]), sesion_id).contenido.preside == "Secretaría Ejecutiva"
    # Nada se edita: orden del día, asistencia, votaciones ni el texto del acta.
    assert not editor.orden.boton_punto.isEnabled()
    assert editor.orden.resumen.isReadOnly()
    assert not editor.tab_asistencia.boton_todos.isEnabled()
    assert not editor.tab_asistencia.boton_invitado.isEnabled()
    modelo = editor.tab_asistencia.modelo
    assert not modelo.flags(modelo.index(0, C_ASISTENCIA)) & Qt.ItemFlag.ItemIsEditable
    primero = modelo.fila(0)
    assert not editor.tab_asistencia.marcar(primero.miembro_id, "excusado" if primero.estado != "excusado" else "presente")
    assert not editor.votaciones.boton_resolucion.isEnabled()
    assert acta.apertura.isReadOnly() and acta.preside.isReadOnly()
    assert not acta.boton_aprobar.isEnabled()
    assert not editor.boton_cierre.isEnabled()
    # Sí: firmar y la fe de erratas.
    assert acta.boton_firmar.isEnabled() and acta.boton_erratas.isEnabled()


def test_fe_de_erratas_y_firma_de_un_acta_aprobada_de_la_demo(vista, monkeypatch, demo_abierta, tmp_path):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    aprobada = next(s for s in listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
    vista.abrir(aprobada["id"])
    editor = vista.editor
    assert editor.solo_lectura and editor.banner.isVisibleTo(editor)

    def corregir(dialogo):
        dialogo.texto.setPlainText("Donde dice «Secretaría Técnica», debe decir «Secretaría Técnica Permanente».")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoFeDeErratas, "exec", corregir)
    editor.tab_acta.boton_erratas.click()
    assert editor.tab_acta.erratas.rowCount() == 1
    assert editor.tab_acta.erratas.item(0, 1).text().startswith("Donde dice")

    firmada = tmp_path / "acta-firmada.pdf"
    firmada.write_bytes(b"%PDF-1.4\n% acta con firmas\n")
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(firmada))
    editor.tab_acta.boton_firmar.click()
    assert editor.chip_acta.text() == "Acta: firmada"
    assert obtener_acta(contexto, aprobada["id"]).tiene_firmada
    assert editor.tab_acta.verificacion.text() == "✓ el registro coincide con la huella"
    # El PDF firmado ya no se reemplaza: el botón lo dice y no se ofrece.
    assert not editor.tab_acta.boton_firmar.isEnabled()
    assert editor.tab_acta.boton_firmar.text() == "PDF firmado adjunto"


def test_documentos_de_la_sesion(vista, monkeypatch, tmp_path):
    pytest.importorskip("escritorio.documentos.excel.sesion")
    pytest.importorskip("escritorio.documentos.pdf.acta")
    from openpyxl import load_workbook

    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    marcar_presentes(editor, 3)
    destino = tmp_path / "sesion.xlsx"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    editor.tab_acta.boton_excel.click()
    textos = {str(c.value) for hoja in load_workbook(destino).worksheets for fila in hoja.iter_rows() for c in fila}
    assert editor.tab_asistencia.filas[0].miembro in textos

    # La vista previa del acta se ve dentro del programa (sin visor de PDF) y no le pide nada al sistema.
    from escritorio.interfaz.piezas.vista_previa import DialogoVistaPrevia

    abiertos, vistas = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: abiertos.append(url.toLocalFile()))
    monkeypatch.setattr(DialogoVistaPrevia, "exec", lambda previa: vistas.append(
        (previa.windowTitle(), previa.paginas.documento.ruta.read_bytes()[:4], len(previa.paginas.documento))) or 0)
    editor.tab_acta.boton_vista_previa.click()
    assert len(vistas) == 1 and abiertos == []
    titulo, comienzo, paginas = vistas[0]
    assert titulo == "Vista previa del acta" and comienzo == b"%PDF" and paginas >= 1


def test_el_resumen_de_un_punto_se_guarda_solo(vista, monkeypatch, demo_abierta):
    db, asociacion = demo_abierta
    sesion_id = convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    agregar_punto(editor, monkeypatch, "Informe de la Secretaría Ejecutiva", "informativo")
    editor.pestanas.setCurrentWidget(editor.orden)
    editor.orden.resumen.setPlainText("Se presentó el informe semestral.")
    assert editor.orden.estado_guardado.text() == "Sin guardar…"
    editor.pestanas.setCurrentWidget(editor.tab_asistencia)   # cambiar de pestaña guarda lo pendiente
    assert editor.orden.estado_guardado.text() == "✓ Guardado"
    acta = obtener_acta(Contexto(db, asociacion["id"]), sesion_id)
    assert acta.contenido.puntos[0]["resumen"] == "Se presentó el informe semestral."


def test_un_representante_acreditado_y_la_autoridad(vista, monkeypatch):
    convocar_consejo(vista, monkeypatch)
    pestana = vista.editor.tab_asistencia
    primero = pestana.filas[0]
    pestana.marcar(primero.miembro_id, "presente")
    modelo = pestana.modelo
    indice = modelo.index(modelo.fila_de(primero.miembro_id), 3)
    assert modelo.data(indice) == primero.persona   # asiste la autoridad (en gris)

    def acreditar(dialogo):
        dialogo.nombre.setText("Marta Ribeiro")
        dialogo.cargo.setText("Secretaria de Relaciones Internacionales")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_sesion.DialogoRepresentacion, "exec", acreditar)
    pestana.representacion(primero.miembro_id)
    assert modelo.data(indice) == "Marta Ribeiro, Secretaria de Relaciones Internacionales"
    assert pestana.filas[0].representante == "Marta Ribeiro"


def test_proponer_textos_escribe_en_el_idioma_de_los_documentos_no_en_el_de_la_ventana(
        vista, monkeypatch, demo_abierta):
    """Issue 18: la apertura y el cierre son texto del acta: con la asociación en portugués y la ventana en
    castellano, se proponen en portugués (el órgano, como lo escribió la secretaría)."""
    db, asociacion = demo_abierta
    from escritorio.servicios.asociaciones import editar_asociacion

    editar_asociacion(Contexto(db, asociacion["id"]), idioma_documentos="pt")
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    celebrar(editor, monkeypatch, "12:45")
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    acta = editor.tab_acta
    assert acta.boton_proponer.text() == "Proponer textos"     # la ventana sigue en castellano
    acta.boton_proponer.click()
    apertura = acta.apertura.toPlainText()
    assert re.match(r"Em Intendencia de Montevideo, (\w+-feira|sábado|domingo), \d+ de \w+ de \d{4}, às ", apertura), apertura
    assert "reúne-se em sessão ordinária o Consejo" in apertura
    assert acta.cierre.toPlainText() == "Nada mais havendo a tratar, encerra-se a sessão às 12:45 horas."


def test_un_observador_presente_figura_en_la_planilla_sin_contar_para_el_quorum(vista, monkeypatch, demo_abierta):
    """Issue 80, §1, en la ventana: la ciudad designada observadora en el Consejo figura en la planilla, se marca
    presente, y el resumen la cuenta aparte («1 observador presente»); el quórum no cambia."""
    from escritorio.servicios.organos import NuevoMandato, designar
    from escritorio.servicios.miembros import listar_miembros

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    consejo = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    cochabamba = next(m["id"] for m in listar_miembros(contexto) if m["nombre"] == "Cochabamba")
    designar(contexto, consejo, NuevoMandato("observador", date(2026, 1, 1), miembro_id=cochabamba))
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.tab_asistencia)
    [fila] = [h for h in editor.tab_asistencia.filas if h.miembro_id == cochabamba]
    assert (fila.con_voto, fila.observador) == (False, True)
    base, _ = requerido(editor)
    antes = editor.chip_quorum.text()
    assert editor.tab_asistencia.marcar(cochabamba, "presente")
    assert editor.chip_quorum.text() == antes
    assert editor.tab_asistencia.resumen.text().endswith("· 1 observador presente")
    assert f"{base} integrantes" in editor.tab_asistencia.resumen.text()
