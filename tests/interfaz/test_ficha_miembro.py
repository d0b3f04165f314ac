"""La ficha del miembro y el diálogo «Dar de baja», sobre la red de ejemplo."""

from datetime import date
from html import escape

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.interfaz.dialogos.baja import DialogoBaja
from escritorio.interfaz.dialogos.ficha_miembro import DialogoContacto, DialogoFichaMiembro
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import agregar_poblacion, obtener_ficha
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.miembros import eliminar_por_error, listar_miembros, listar_padron
from ayudas import oficina_de


@pytest.fixture(autouse=True)
def _sin_preguntas_bloqueantes(monkeypatch):
    """Una pregunta inesperada (p. ej. «¿guardar los cambios?» al cerrar) nunca cuelga la prueba."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def miembro(db, asociacion, nombre: str) -> dict:
    return next(m for m in listar_miembros(Contexto(db, asociacion["id"])) if m["nombre"] == nombre)


def ficha(qtbot, db, asociacion, miembro_id=None) -> DialogoFichaMiembro:
    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion), miembro_id)
    qtbot.addWidget(dialogo)
    return dialogo


def elegir_pais(dialogo: DialogoFichaMiembro, codigo: str) -> None:
    dialogo.pais.setCurrentIndex(dialogo.pais.findData(codigo))


def esta_marcado(campo) -> bool:
    return bool(campo.styleSheet()) and bool(campo.toolTip())


def test_la_ficha_muestra_los_datos_del_miembro(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    assert dialogo.windowTitle() == "Rosario"
    assert dialogo.nombre.text() == "Rosario"
    assert dialogo.pais.currentText() == "Argentina"
    assert dialogo.fundador.isChecked()
    assert dialogo.fecha_ingreso.text() == "11/11/1995"
    assert all(dialogo.pestanas.isTabEnabled(i) for i in range(dialogo.pestanas.count()))
    # los países de la asociación van primero
    propios = {dialogo.pais.itemData(i) for i in range(9)}
    assert propios == {"AR", "BR", "PY", "UY", "VE", "CL", "BO", "PE", "CO"}
    assert dialogo.autoridad_cargo.text() == "Intendente"


def test_nueva_cifra_de_poblacion_pasa_a_ser_la_vigente(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    dialogo.pestanas.setCurrentIndex(1)
    qtbot.keyClicks(dialogo.nueva_cifra, "1.348.725")
    qtbot.keyClicks(dialogo.nuevo_anio, "2022")
    qtbot.keyClicks(dialogo.nueva_fuente, "Censo 2022 (INDEC)")
    dialogo.boton_agregar_cifra.click()

    vigente = obtener_ficha(db, rosario["id"])["poblaciones"][0]
    assert (vigente["cifra"], vigente["anio"], vigente["fuente"]) == (1348725, 2022, "Censo 2022 (INDEC)")
    assert miembro(db, asociacion, "Rosario")["poblacion"] == 1348725
    assert dialogo.tabla_poblaciones.rowCount() == 2
    assert dialogo.tabla_poblaciones.item(0, 1).text() == "1.348.725"
    assert "1.348.725" in dialogo.etiqueta_vigente.text()
    assert dialogo.cambios


def test_cifra_invalida_se_marca_y_no_se_agrega(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    dialogo.pestanas.setCurrentIndex(1)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    dialogo.nueva_cifra.setFocus()
    qtbot.keyClicks(dialogo.nueva_cifra, "12,5")
    qtbot.keyClicks(dialogo.nuevo_anio, "2022")
    qtbot.keyClick(dialogo.nueva_cifra, Qt.Key.Key_Return)  # Enter en la fila agrega la cifra
    assert esta_marcado(dialogo.nueva_cifra)
    assert not esta_marcado(dialogo.nuevo_anio)
    assert len(obtener_ficha(db, rosario["id"])["poblaciones"]) == 1
    assert not dialogo.cambios


def test_miembro_nuevo_sin_nombre_no_se_guarda(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    antes = len(listar_padron(contexto))
    dialogo = ficha(qtbot, db, asociacion)
    assert dialogo.windowTitle() == "Nuevo miembro"
    assert not dialogo.pestanas.isTabEnabled(1)
    elegir_pais(dialogo, "AR")
    qtbot.keyClicks(dialogo.poblacion, "25000")
    qtbot.keyClicks(dialogo.anio, "2022")
    qtbot.keyClick(dialogo.anio, Qt.Key.Key_Return)  # Enter guarda

    assert esta_marcado(dialogo.nombre)
    assert dialogo.nombre.toolTip() == "El nombre es obligatorio."
    assert not dialogo.mensaje.isHidden() and "nombre es obligatorio" in dialogo.mensaje.text()
    assert not esta_marcado(dialogo.pais) and not esta_marcado(dialogo.poblacion)
    assert dialogo.miembro_id is None and not dialogo.cambios
    assert len(listar_padron(contexto)) == antes
    assert not dialogo.pestanas.isTabEnabled(1)

    qtbot.keyClicks(dialogo.nombre, "V")  # al escribir se desmarca
    assert not esta_marcado(dialogo.nombre)
    assert dialogo.mensaje.isHidden()


def test_miembro_nuevo_valido_se_guarda_con_su_poblacion(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    antes = len(listar_padron(contexto))
    dialogo = ficha(qtbot, db, asociacion)
    qtbot.keyClicks(dialogo.nombre, "Villa Nueva")
    elegir_pais(dialogo, "AR")
    dialogo.region.setText("Córdoba")  # QTest.keyClicks solo admite ASCII
    dialogo.fecha_ingreso.setDate(QDate(2024, 5, 2))
    qtbot.keyClicks(dialogo.poblacion, "1.234")
    qtbot.keyClicks(dialogo.anio, "2022")
    qtbot.keyClicks(dialogo.fuente, "Censo 2022")
    assert dialogo.guardar()

    assert dialogo.miembro_id is not None and dialogo.cambios
    assert len(listar_padron(contexto)) == antes + 1
    guardado = obtener_ficha(db, dialogo.miembro_id)
    assert (guardado["nombre"], guardado["pais"], guardado["region"]) == ("Villa Nueva", "AR", "Córdoba")
    assert guardado["fecha_ingreso"] == "2024-05-02"
    assert [(p["cifra"], p["anio"], p["fuente"]) for p in guardado["poblaciones"]] == [(1234, 2022, "Censo 2022")]
    assert dialogo.windowTitle() == "Villa Nueva"
    assert dialogo.pestanas.isTabEnabled(1) and dialogo.pestanas.isTabEnabled(3)
    assert dialogo.grupo_poblacion.isHidden()
    assert dialogo.autoridad_cargo.text() == "Intendente"


def test_correo_invalido_se_marca_y_no_se_guarda(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    correo_antes = obtener_ficha(db, rosario["id"])["correo"]
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    dialogo.correo.clear()
    qtbot.keyClicks(dialogo.correo, "rosario.gob.ar")
    assert not dialogo.guardar()
    assert esta_marcado(dialogo.correo)
    assert "correo" in dialogo.correo.toolTip()
    assert not esta_marcado(dialogo.nombre)
    assert obtener_ficha(db, rosario["id"])["correo"] == correo_antes
    assert not dialogo.cambios


def test_editar_datos_guarda_y_avisa(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    qtbot.keyClicks(dialogo.telefono, "+54 341 480 2000")
    assert dialogo.guardar()
    assert obtener_ficha(db, rosario["id"])["telefono"] == "+54 341 480 2000"
    assert dialogo.cambios and dialogo.miembro_id == rosario["id"]


def test_registrar_autoridad_y_contacto(qtbot, demo_abierta, monkeypatch):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    dialogo.autoridad_persona.setText("Laura Benítez")
    dialogo.autoridad_desde.setDate(QDate(2025, 12, 10))
    dialogo.boton_registrar_autoridad.click()
    autoridades = obtener_ficha(db, rosario["id"])["autoridades"]
    assert (autoridades[0]["persona"], autoridades[0]["cargo"]) == ("Laura Benítez", "Intendente")
    assert dialogo.tabla_autoridades.item(0, 0).text() == "Laura Benítez"

    def abrir_contacto(self):
        self.nombre.setText("Marta Sosa")
        self.correo.setText("sin-arroba")
        self.accept()
        assert self.correo.styleSheet()  # correo inválido: marcado, sigue abierto
        self.correo.setText("marta.sosa@rosario.gob.ar")
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DialogoContacto, "exec", abrir_contacto)
    antes = len(obtener_ficha(db, rosario["id"])["contactos"])
    dialogo.boton_agregar_contacto.click()
    contactos = obtener_ficha(db, rosario["id"])["contactos"]
    assert len(contactos) == antes + 1 and contactos[-1]["correo"] == "marta.sosa@rosario.gob.ar"
    assert dialogo.tabla_contactos.rowCount() == antes + 1


def test_baja_sin_motivo_se_rechaza_y_con_motivo_se_registra(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = DialogoBaja(oficina_de(db), rosario["id"], "Rosario")
    qtbot.addWidget(dialogo)
    assert dialogo.fecha.date().toPython() == date.today()
    vistos = {}

    def sin_motivo():
        dialogo.accept()
        vistos["abierto"] = dialogo.isVisible()
        vistos["aviso"] = dialogo.aviso.text()
        vistos["marcado"] = bool(dialogo.motivo.styleSheet())
        vistos["estado"] = miembro(db, asociacion, "Rosario")["estado"]
        dialogo.motivo.setText("Renuncia presentada por nota del intendente")
        dialogo.fecha.setDate(QDate(2025, 3, 1))
        vistos["mandatos"] = dialogo.lista_mandatos.count()

        def confirmar():  # Rosario tiene mandatos en la demo: la baja los termina y lo pregunta
            pregunta = next((caja for caja in dialogo.findChildren(QMessageBox) if caja.isVisible()), None)
            if pregunta is None:
                QTimer.singleShot(20, confirmar)
                return
            vistos["pregunta"] = pregunta.text()
            pregunta.button(QMessageBox.StandardButton.Yes).click()

        QTimer.singleShot(20, confirmar)
        dialogo.accept()

    QTimer.singleShot(0, sin_motivo)
    QTimer.singleShot(5000, dialogo.reject)  # red de seguridad: nunca colgar la prueba
    assert dialogo.exec() == QDialog.DialogCode.Accepted
    assert vistos["abierto"] and vistos["marcado"] and "motivo" in vistos["aviso"]
    assert vistos["estado"] == "activo"
    assert vistos["mandatos"] >= 1 and "¿Registrar la baja y terminar" in vistos["pregunta"]
    assert miembro(db, asociacion, "Rosario")["estado"] == "baja"
    assert obtener_ficha(db, rosario["id"])["estados"][0]["motivo"] == "Renuncia presentada por nota del intendente"


def test_cancelar_la_baja_no_registra_nada(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = DialogoBaja(oficina_de(db), rosario["id"], "Rosario")
    qtbot.addWidget(dialogo)
    dialogo.motivo.setText("Renuncia")
    QTimer.singleShot(0, dialogo.reject)
    assert dialogo.exec() == QDialog.DialogCode.Rejected
    assert miembro(db, asociacion, "Rosario")["estado"] == "activo"


@pytest.fixture
def mensajes(monkeypatch) -> list[str]:
    """Confirma toda pregunta con «Sí» y guarda el texto de cada mensaje mostrado."""
    textos = []

    def preguntar(padre, titulo, texto, *args, **kwargs):
        textos.append(texto)
        return QMessageBox.StandardButton.Yes

    def avisar(padre, titulo, texto, *args, **kwargs):
        textos.append(texto)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", preguntar)
    monkeypatch.setattr(QMessageBox, "warning", avisar)
    monkeypatch.setattr(QMessageBox, "critical", avisar)
    return textos


def test_eliminar_un_miembro_con_historia_se_rechaza(qtbot, demo_abierta, mensajes):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    agregar_poblacion(db, rosario["id"], 1348725, 2022, "Censo 2022")
    contexto = Contexto(db, asociacion["id"])
    antes = len(listar_padron(contexto))
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    dialogo.pestanas.setCurrentIndex(3)
    # El botón usa la regla del servicio: deshabilitado, y el tooltip dice por qué y qué hacer.
    assert not dialogo.boton_eliminar.isEnabled()
    motivo = dialogo.boton_eliminar.toolTip()
    assert "tiene historia" in motivo and "cifra de población anterior" in motivo and "Dar de baja" in motivo
    assert "pago" in motivo and "mandato" in motivo   # la red de ejemplo le cobró cuotas y le dio asientos
    dialogo.boton_eliminar.click()
    assert mensajes == []
    # El borrado mismo también lo rechaza, con el mismo motivo.
    with pytest.raises(ErrorEscritorio) as rechazo:
        eliminar_por_error(db, rosario["id"])
    assert motivo == f"<p>{escape(rechazo.value.mensaje)}</p>"   # en párrafo: la ayuda emergente se parte en líneas
    assert len(listar_padron(contexto)) == antes
    assert dialogo.miembro_id == rosario["id"] and dialogo.result() != QDialog.DialogCode.Accepted   # sigue abierta


def test_alta_por_error_se_puede_eliminar(qtbot, demo_abierta, mensajes):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    antes = len(listar_padron(contexto))
    dialogo = ficha(qtbot, db, asociacion)
    qtbot.keyClicks(dialogo.nombre, "Ciudad equivocada")
    elegir_pais(dialogo, "UY")
    qtbot.keyClicks(dialogo.poblacion, "5000")
    qtbot.keyClicks(dialogo.anio, "2023")
    assert dialogo.guardar()
    assert len(listar_padron(contexto)) == antes + 1
    dialogo.boton_eliminar.click()
    assert dialogo.result() == QDialog.DialogCode.Accepted   # la ficha se cierra: el miembro ya no existe
    assert dialogo.cambios and dialogo.miembro_id is None
    assert len(listar_padron(contexto)) == antes


def test_cambiar_estado_exige_motivo(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    dialogo.estado_nuevo.setCurrentIndex(dialogo.estado_nuevo.findData("suspendido"))
    dialogo.estado_desde.setDate(QDate(2025, 6, 1))
    dialogo.boton_cambiar_estado.click()
    assert esta_marcado(dialogo.estado_motivo)
    assert miembro(db, asociacion, "Rosario")["estado"] == "activo"
    qtbot.keyClicks(dialogo.estado_motivo, "Falta de pago de cuotas 2024")
    dialogo.boton_cambiar_estado.click()
    assert miembro(db, asociacion, "Rosario")["estado"] == "suspendido"
    assert dialogo.tabla_estados.item(0, 0).text() == "Suspendido"
    assert "Suspendido" in dialogo.etiqueta_estado.text()


def test_ctrl_s_guarda_y_esc_cierra(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    rosario = miembro(db, asociacion, "Rosario")
    dialogo = ficha(qtbot, db, asociacion, rosario["id"])
    dialogo.show()
    dialogo.activateWindow()
    qtbot.waitUntil(dialogo.isActiveWindow)  # los atajos solo actúan en la ventana activa
    dialogo.telefono.setFocus()
    qtbot.keyClicks(dialogo.telefono, "4802000")
    qtbot.keyClick(dialogo.telefono, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert obtener_ficha(db, rosario["id"])["telefono"] == "4802000"
    qtbot.keyClick(dialogo.telefono, Qt.Key.Key_Escape)
    assert not dialogo.isVisible()
    assert dialogo.result() == QDialog.DialogCode.Accepted  # hubo cambios: quien la abrió refresca


def test_la_ficha_registra_que_el_miembro_es_observador_y_la_asamblea_lo_sienta_sin_voto(qtbot, demo_abierta):
    """Issue 80, §1: la calidad propia, por la ventana (el mismo servicio que «miembros calidad»); sin motivo se marca
    el campo y no se guarda nada; registrada, la ficha la dice y la Asamblea sienta al miembro sin voto."""
    from escritorio.servicios.observadores import observadores_al
    from escritorio.servicios.organos import composicion, listar_organos

    db, asociacion = demo_abierta
    chimbas = miembro(db, asociacion, "Chimbas")
    dialogo = ficha(qtbot, db, asociacion, chimbas["id"])
    assert "Hoy: Chimbas: miembro pleno." in dialogo.etiqueta_calidad.text()
    dialogo.calidad_desde.setDate(QDate(2026, 1, 10))
    dialogo.boton_calidad.click()
    assert esta_marcado(dialogo.calidad_motivo)
    assert observadores_al(Contexto(db, asociacion["id"]), date(2026, 2, 1)) == set()
    qtbot.keyClicks(dialogo.calidad_motivo, "Acta 2/2026")   # QTest escribe solo ASCII
    dialogo.boton_calidad.click()
    assert "Hoy: Chimbas: observador desde el 10/01/2026 (Acta 2/2026)." in dialogo.etiqueta_calidad.text()
    assert dialogo.calidad_motivo.text() == ""
    assert observadores_al(Contexto(db, asociacion["id"]), date(2026, 2, 1)) == {chimbas["id"]}
    asamblea = next(o for o in listar_organos(Contexto(db, asociacion["id"])) if o["tipo"] == "asamblea")
    asiento = next(a for a in composicion(Contexto(db, asociacion["id"]), asamblea["id"], date(2026, 2, 1)).asientos
                   if a.miembro_id == chimbas["id"])
    assert (asiento.cargo, asiento.con_voto) == ("observador", False)
    # cerrada y vuelta a abrir, la ficha lo sigue diciendo
    dialogo.close()
    assert "observador desde el 10/01/2026" in ficha(qtbot, db, asociacion, chimbas["id"]).etiqueta_calidad.text()
