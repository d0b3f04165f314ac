"""La ventana y las fechas de la admisión y la exclusión (issue 59, punto 5): la ciudad admitida cuya admisión rige
después se lee «Solicitante — miembro desde …» en el padrón y en su ficha; el editor de la sesión dice, bajo la
resolución, hasta cuándo sigue solicitante; la resolución que excluye dice qué año paga el excluido."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.datos.organos import organos
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.dialogos.sesion.formularios import DialogoResolucion
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                           puntos as sesiones_puntos)
from escritorio.servicios import votaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.efectos import PedidoDeEfectos
from escritorio.servicios.ficha import registrar_solicitud
from escritorio.servicios.reglas_de_admision import fijar_reglas_de_admision
from ayudas import oficina_de

SESION = date.today() - timedelta(days=2)   # celebrada anteayer
AREA_SESIONES = 6   # la fila de Sesiones en la navegación (tests/interfaz/test_borradores.py)


@pytest.fixture(autouse=True)
def _sin_preguntas_bloqueantes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _punto_aprobado(contexto: Contexto, titulo: str, decision: str) -> tuple[int, int]:
    organo_id = next(o["id"] for o in organos(contexto.db, contexto.asociacion_id) if o["tipo"] == "asamblea")
    sesion = sesiones_convocatoria.convocar(contexto, organo_id, sesiones_convocatoria.NuevaSesion(
        SESION, lugar="Montevideo", convocada_el=SESION - timedelta(days=30)))
    punto = sesiones_puntos.agregar_punto(contexto, sesion, titulo, "votacion", tipo_decision=decision)
    con_voto = [h.miembro_id for h in sesiones_asistencia.asistencia(contexto, sesion).habilitados if h.con_voto]
    sesiones_asistencia.registrar_asistencias(contexto, sesion, [sesiones_asistencia.MarcaAsistencia(m, "presente") for m in con_voto])
    votaciones.votar(contexto, punto, votaciones.NuevaVotacion(a_favor=len(con_voto)))
    return sesion, punto


def test_el_padron_la_ficha_y_la_sesion_dicen_desde_cuando_es_miembro(qtbot, tmp_path, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    fijar_reglas_de_admision(contexto, admision_dias=10, articulo_admision="Estatuto, art. 8")
    sunchales = registrar_solicitud(contexto, "Sunchales", "AR", poblacion=21000, anio_poblacion=2022,
                                    fecha=date.today() - timedelta(days=30))["id"]
    sesion, punto = _punto_aprobado(contexto, "Admisión de Sunchales", "admision")
    votaciones.adoptar_resolucion(contexto, punto, "resolucion", "Admisión de Sunchales",
                                  efectos=PedidoDeEfectos([sunchales]))
    desde = SESION + timedelta(days=10)
    esperado = f"Solicitante — miembro desde {desde:%d/%m/%Y}"

    # El padrón de la ventana, en el renglón de Sunchales.
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    ventana.navegacion.setCurrentRow(1)
    qtbot.waitUntil(lambda: ventana.miembros.isVisible())
    modelo = ventana.miembros.tabla.model()
    qtbot.waitUntil(lambda: modelo.rowCount() >= 300)

    def renglon() -> list[str]:
        for fila in range(modelo.rowCount()):
            textos = [modelo.index(fila, c).data(Qt.ItemDataRole.DisplayRole) for c in range(modelo.columnCount())]
            if textos[0] == "Sunchales":
                return textos
        return []

    qtbot.waitUntil(lambda: bool(renglon()))
    assert esperado in renglon()
    qtbot.keyClicks(ventana.miembros.busqueda, "Sunch")
    qtbot.waitUntil(lambda: modelo.rowCount() == 1)
    # Si la columna lo recorta a 1024 de ancho, el estado entero está en su ayuda emergente.
    assert modelo.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == esperado
    ventana.grab().save("/tmp/admision_padron_1024.png")

    # Su ficha, en «Situación actual».
    ficha = DialogoFichaMiembro(oficina_de(db, asociacion), sunchales)
    qtbot.addWidget(ficha)
    ficha.show()
    assert ficha.situacion_estado.text() == esperado
    ficha.resize(1024, 600)
    ficha.grab().save("/tmp/admision_ficha_1024.png")

    # El editor de la sesión, bajo la resolución: hasta cuándo sigue solicitante, con la regla y su artículo.
    ventana.navegacion.setCurrentRow(AREA_SESIONES)
    vista = ventana.sesiones
    assert vista.seleccionar(sesion)
    vista.boton_abrir.click()
    editor = vista.editor
    assert vista.paginas.currentWidget() is editor
    [punto_leido] = [p for p in editor.puntos if p["id"] == punto]
    texto = editor.texto_resoluciones(punto_leido)
    assert (f"Sunchales sigue solicitante hasta el {desde - timedelta(days=1):%d/%m/%Y} y es miembro desde el "
            f"{desde:%d/%m/%Y}: la admisión rige 10 días después de la sesión que la decide (Estatuto, art. 8).") in texto


def test_la_resolucion_que_excluye_dice_que_anio_paga(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    fijar_reglas_de_admision(contexto, cuota_exclusion="completo", articulo_exclusion="Estatuto, art. 12")
    sesion, punto = _punto_aprobado(contexto, "Exclusión", "exclusion")
    dialogo = DialogoResolucion(oficina_de(db, asociacion), {"id": punto, "sesion_id": sesion, "titulo": "Exclusión",
                                                              "tipo_decision": "exclusion"}, fecha_sesion=SESION.isoformat())
    qtbot.addWidget(dialogo)
    dialogo.show()
    textos = [w.text() for w in dialogo.findChildren(type(dialogo.mensaje)) if hasattr(w, "text")]
    assert "Quien es excluido paga la cuota completa de su año (Estatuto, art. 12)." in textos
    dialogo.resize(1024, 600)
    dialogo.grab().save("/tmp/admision_exclusion_1024.png")


def test_las_reglas_se_cambian_en_los_datos_de_la_asociacion(qtbot, demo_abierta):
    from escritorio.interfaz.dialogos.asociacion import DialogoAsociacion
    from escritorio.servicios.reglas_de_admision import leer_reglas_de_admision

    db, asociacion = demo_abierta
    dialogo = DialogoAsociacion(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.pestanas.setCurrentIndex(2)
    pestana = dialogo.admision
    assert "La admisión rige el día siguiente a la sesión que la decide" in pestana.reglas.text()
    pestana.rige.setValue(0)
    pestana.articulo_admision.setText("Estatuto, art. 8")
    pestana.gracia_de_la_escala.setChecked(False)
    pestana.gracia.setValue(45)
    pestana.exclusion.setCurrentIndex(pestana.exclusion.findData("hasta_el_mes"))
    pestana.articulo_exclusion.setText("Estatuto, art. 12")
    qtbot.mouseClick(pestana.boton_guardar, Qt.MouseButton.LeftButton)
    assert "Reglas guardadas" in pestana.estado.text()
    assert "La admisión rige el mismo día de la sesión que la decide (Estatuto, art. 8)." in pestana.reglas.text()
    dialogo.resize(1024, 600)
    dialogo.grab().save("/tmp/admision_asociacion_1024.png")
    reglas = leer_reglas_de_admision(Contexto(db, asociacion["id"]))
    assert (reglas.admision_dias, reglas.articulo_admision, reglas.gracia_primera_cuota, reglas.cuota_exclusion,
            reglas.articulo_exclusion) == (0, "Estatuto, art. 8", 45, "hasta_el_mes", "Estatuto, art. 12")
