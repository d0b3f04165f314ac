"""Elecciones de cargos en el editor de sesión, como las lleva una secretaría con la red de ejemplo: definir el
cargo, agregar candidaturas, escribir el recuento viendo el resultado en vivo, cerrar, confirmar la candidatura
electa como mandato del Consejo, segunda vuelta tras un empate, voto nominal y acta aprobada."""

import os
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from ayudas import bienio_siguiente_del_consejo
from escritorio.interfaz.dialogos import eleccion as dialogos_eleccion
from escritorio.interfaz.piezas import ROJO, VERDE
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.servicios.sesiones.reglas import fijar_regla_quorum
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import NuevoMandato, composicion, designar
from test_actos_de_sesion_gui import contestar
from test_sesiones_gui import (_regla_de_quorum_simple_en_el_consejo, agregar_punto, aprobar,  # noqa: F401 (fixtures)
                               celebrar, convocar_consejo, id_del_consejo, marcar_presentes, mensajes, requerido, vista,
                               votar_y_adoptar)

# Un período en que el Consejo de la demo no tiene a nadie todavía: desde el 1 de enero después de que empieza el
# próximo bienio (hasta el 30/11/2026, el 01/01/2027; después, el de 2029), por dos años.
DESDE = date(bienio_siguiente_del_consejo()[0].year + 1, 1, 1)
HASTA = date(DESDE.year + 1, 12, 31)
PERIODO = f"del {DESDE:%d/%m/%Y} al {HASTA:%d/%m/%Y}"
TITULO = "Elección de la Presidencia del Consejo"


@pytest.fixture(autouse=True)
def regla_de_elecciones(demo_abierta):
    """El Consejo elige por mayoría absoluta de los votos emitidos (candidaturas y en blanco): la regla de su tipo
    «eleccion», que el panel propone y que solo se cambia por una más exigente."""
    db, asociacion = demo_abierta
    fijar_regla_quorum(Contexto(db, asociacion["id"]), id_del_consejo(db, asociacion),
                       ReglaQuorum(tipo_decision="eleccion"), quorum_propio=False,
                       mayoria=ReglaMayoria("absoluta", "emitidos", "Reglamento del Consejo, art. 5"))


def id_de(db, asociacion, nombre: str) -> int:
    return next(m["id"] for m in listar_miembros(Contexto(db, asociacion["id"])) if m["nombre"] == nombre)


def abrir_eleccion(vista, monkeypatch, presentes: int | None = None, titulo: str = TITULO):
    """Convoca el Consejo, agrega el punto de elección, marca presentes y lo elige en la pestaña Votaciones."""
    convocar_consejo(vista, monkeypatch)
    editor = vista.editor
    punto = agregar_punto(editor, monkeypatch, titulo, "eleccion")
    _, minimo = requerido(editor)
    marcar_presentes(editor, presentes or minimo)
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    return editor, editor.votaciones.panel_eleccion, punto


def definir_cargo(panel, monkeypatch, desde: date = DESDE, hasta: date | None = HASTA, revisar=None) -> None:
    def completar(dialogo):
        if revisar:
            revisar(dialogo)
        dialogo.desde.setDate(QDate(desde))
        dialogo.sin_fin.setChecked(hasta is None)
        if hasta is not None:
            dialogo.hasta.setDate(QDate(hasta))
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_eleccion.DialogoCargo, "exec", completar)
    panel.boton_definir.click() if panel.paginas.currentWidget() is panel.sin_definir else panel.boton_editar.click()


def agregar_candidaturas(panel, monkeypatch, *candidaturas: tuple[int | None, str]) -> list[str]:
    """Agrega las candidaturas (miembro_id, persona) con «Agregar y seguir»; devuelve los avisos del diálogo."""
    avisos = []

    def completar(dialogo):
        for n, (miembro_id, persona) in enumerate(candidaturas):
            dialogo.miembro.elegir(miembro_id) if miembro_id else dialogo.miembro.setCurrentIndex(0)
            dialogo.persona.setText(persona)
            dialogo.guardar(seguir=n < len(candidaturas) - 1)
            if dialogo.mensaje.isVisibleTo(dialogo):
                avisos.append(dialogo.mensaje.text())
        if dialogo.result() != dialogo.DialogCode.Accepted:
            dialogo.reject()
        return dialogo.result()

    monkeypatch.setattr(dialogos_eleccion.DialogoCandidatura, "exec", completar)
    panel.boton_agregar.click()
    return avisos


def confirmar(panel, monkeypatch) -> dict:
    visto = {}

    def completar(dialogo):
        visto["mandato"] = dialogo.mandato.text()
        visto["terminan"] = dialogo.terminan.text()
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_eleccion.DialogoConfirmacion, "exec", completar)
    panel.boton_confirmar.click()
    return visto


def _filas_de_candidaturas(panel) -> dict[str, QPushButton | None]:
    """Las candidaturas en la rejilla del recuento, de arriba abajo, como las ve la persona: su nombre (la ayuda de la
    etiqueta, sin la «✓ » de la electa) y su botón «Quitar» (None en una elección cerrada)."""
    rejilla, filas = panel.rejilla, {}
    for fila in range(rejilla.rowCount()):
        celda = rejilla.itemAtPosition(fila, 0)
        nombre = celda.widget() if celda is not None else None
        if not isinstance(nombre, QLabel) or not nombre.toolTip():   # «En blanco», «Nulos»…: sin ayuda
            continue
        celda = rejilla.itemAtPosition(fila, 2)
        quitar = celda.widget() if celda is not None else None
        filas[nombre.toolTip()] = quitar if isinstance(quitar, QPushButton) else None
    return filas


def combo_nominal(panel, miembro_id: int):
    """La lista «Voto» de la fila del miembro en la tabla de la votación nominal."""
    tabla = panel.tabla_nominal
    fila = next(f for f in range(tabla.rowCount()) if tabla.item(f, 0).data(Qt.ItemDataRole.UserRole) == miembro_id)
    return tabla.cellWidget(fila, 3)


def votar_nominal(panel, miembro_id: int, voto: int | str) -> None:
    """Elige en la tabla el voto del miembro (el id de una candidatura, «blanco» o «abstencion»), en su lista."""
    combo = combo_nominal(panel, miembro_id)
    indice = combo.findData(voto)
    assert indice >= 0, voto
    combo.setCurrentIndex(indice)


def candidaturas_a_la_vista(panel) -> list[str]:
    return list(_filas_de_candidaturas(panel))


def botones_quitar(panel) -> dict[str, QPushButton]:
    return {nombre: quitar for nombre, quitar in _filas_de_candidaturas(panel).items() if quitar is not None}


def test_definir_el_cargo_candidaturas_recuento_en_vivo_cierre_y_confirmacion(vista, monkeypatch, demo_abierta):
    db, asociacion = demo_abierta
    consejo = id_del_consejo(db, asociacion)
    montevideo, sao_paulo, buenos_aires = (id_de(db, asociacion, n) for n in ("Montevideo", "São Paulo", "Buenos Aires"))
    contexto = Contexto(db, asociacion["id"])
    # Sin «hasta», el mandato dura el período del Consejo (dos años, Estatuto, art. 13): sigue vigente al elegir.
    anterior = designar(contexto, consejo, NuevoMandato("presidente", date(DESDE.year - 1, 1, 1),
                                                        miembro_id=buenos_aires))
    editor, panel, punto = abrir_eleccion(vista, monkeypatch)
    presentes = sum(1 for h in editor.tab_asistencia.filas if h.estado == "presente" and h.con_voto)
    votacion = editor.votaciones
    assert votacion.modos.currentWidget() is panel
    assert panel.paginas.currentWidget() is panel.sin_definir
    assert panel.aviso_definir.text() == "Defina el cargo que se elige"
    assert votacion.lista.item(0, 1).text() == "Pendiente"

    def revisar(dialogo):   # propone el órgano de la sesión y el cargo del título del punto
        assert dialogo.organo.currentData() == consejo
        assert dialogo.cargo.currentData() == "presidente"
        assert dialogo.con_voto.isChecked()

    definir_cargo(panel, monkeypatch, revisar=revisar)
    assert panel.paginas.currentWidget() is panel.definida
    assert panel.cargo.text() == f"Presidente — Consejo, {PERIODO}"
    assert "termina la víspera" in panel.explicacion_cargo.text()
    assert panel.boton_editar.isVisibleTo(panel) and panel.boton_editar.isEnabled()
    assert panel.sin_candidaturas.isVisibleTo(panel)

    assert agregar_candidaturas(panel, monkeypatch, (montevideo, "Carolina Cosse"), (sao_paulo, "")) == []
    assert candidaturas_a_la_vista(panel) == ["Montevideo (Carolina Cosse)", "São Paulo"]
    assert not panel.sin_candidaturas.isVisibleTo(panel)
    contadores = panel.contadores
    assert panel.metodo.currentData() == "secreta" and panel.mayoria.currentData() == "absoluta"

    # El resultado cambia con cada número escrito.
    contadores["Montevideo (Carolina Cosse)"].setValue(2)
    contadores["São Paulo"].setValue(2)
    assert panel.texto_resultado.startswith("Si se cierra ahora: Empate entre Montevideo (Carolina Cosse) y São Paulo, "
                                            "con 2 votos cada una")
    contadores["Montevideo (Carolina Cosse)"].setValue(3)
    assert panel.texto_resultado.startswith(
        "Si se cierra ahora: Resultó electa la candidatura de Montevideo (Carolina Cosse), con 3 votos; se requerían 3 "
        "(más de la mitad de 5 votos emitidos).")
    panel.blancos.setValue(2)
    assert panel.texto_resultado.startswith("Si se cierra ahora: Ninguna candidatura alcanzó la mayoría")
    assert panel.conteo.text() == (f"Votaron 7 de {presentes} presentes con derecho a voto (contando los poderes).")
    panel.blancos.setValue(presentes)
    assert panel.texto_resultado.startswith("Todavía no se puede cerrar la elección")
    assert f"Hay {presentes + 5} votos y solo {presentes} miembros presentes" in panel.problemas.texto

    # Cerrar con el recuento imposible: los problemas quedan a la vista y no se pierde nada de lo escrito.
    panel.boton_cerrar.click()
    assert panel.eleccion.estado == "abierta"
    assert f"Hay {presentes + 5} votos" in panel.problemas.texto
    assert panel.contadores["Montevideo (Carolina Cosse)"].value() == 3
    panel.blancos.setValue(0)
    panel.nulos.setValue(1)
    assert not panel.problemas.texto
    panel.boton_cerrar.click()

    assert panel.eleccion.estado == "cerrada"
    assert votacion.lista.item(0, 1).text() == "Electa: Montevideo"
    assert votacion.lista.item(0, 1).foreground().color().name() == VERDE
    assert votacion.lista.item(0, 1).toolTip() == "Montevideo (Carolina Cosse)"
    assert panel.texto_resultado.startswith("Resultó electa la candidatura de Montevideo (Carolina Cosse), con 3 votos")
    assert panel.texto_resultado.endswith("0 en blanco, 1 nulo, 0 abstenciones.")
    assert "Elección cerrada" in panel.cerrada.text()
    assert panel.otros_cerrada.text() == "En blanco: 0  ·  Nulos: 1  ·  Abstenciones: 0"
    assert not panel.forma.isVisibleTo(panel) and not panel.boton_cerrar.isVisibleTo(panel)
    assert not panel.boton_agregar.isVisibleTo(panel) and not panel.boton_editar.isVisibleTo(panel)
    assert panel.boton_confirmar.isVisibleTo(panel) and panel.boton_confirmar.isEnabled()
    assert panel.boton_resolucion.isEnabled()
    assert not panel.boton_vuelta.isVisibleTo(panel)
    assert editor.pestanas.tabText(2) == "Votaciones (1/1)"
    editor.pestanas.setCurrentWidget(editor.orden)
    editor.orden.seleccionar(punto)
    assert editor.orden.arbol.currentItem().text(1) == "Elección — electa: Montevideo"
    assert editor.orden.boton_resolucion.isEnabled()
    editor.pestanas.setCurrentWidget(editor.votaciones)

    visto = confirmar(panel, monkeypatch)
    assert visto["mandato"] == f"Montevideo (Carolina Cosse): Presidente — Consejo, {PERIODO}"
    vispera = date(DESDE.year - 1, 12, 31).strftime("%d/%m/%Y")
    assert visto["terminan"] == f"• Buenos Aires: Presidente hasta el {vispera}"
    assert panel.eleccion.estado == "confirmada"
    assert votacion.lista.item(0, 1).text() == "Confirmada: Montevideo"
    assert panel.mandato.isVisibleTo(panel) and panel.mandato.text().startswith("✓ Mandato registrado")
    assert not panel.boton_confirmar.isVisibleTo(panel)
    # El mandato electo (en la demo el Consejo lo preside además, por el art. 15, quien ejerce la Secretaría Ejecutiva).
    presidencia = [a for a in composicion(contexto, consejo, DESDE).asientos
                   if a.cargo == "presidente" and a.mandato_id]
    assert [(a.miembro, a.persona, a.hasta) for a in presidencia] == [("Montevideo", "Carolina Cosse", HASTA)]
    assert db.execute("SELECT hasta FROM mandatos WHERE id = ?", [anterior]).fetchone()[0] == f"{DESDE.year - 1}-12-31"


def test_empate_y_segunda_vuelta(vista, monkeypatch, demo_abierta):
    db, asociacion = demo_abierta
    editor, panel, punto = abrir_eleccion(vista, monkeypatch)
    definir_cargo(panel, monkeypatch)
    agregar_candidaturas(panel, monkeypatch, (id_de(db, asociacion, "Montevideo"), ""),
                         (id_de(db, asociacion, "Córdoba"), ""), (id_de(db, asociacion, "Lima"), ""))
    panel.contadores["Montevideo"].setValue(2)
    panel.contadores["Córdoba"].setValue(2)
    panel.contadores["Lima"].setValue(1)
    panel.boton_cerrar.click()
    votacion = editor.votaciones
    assert votacion.lista.item(0, 1).text() == "Sin candidatura electa"
    assert votacion.lista.item(0, 1).foreground().color().name() == ROJO
    assert panel.texto_resultado.startswith("Empate entre Montevideo y Córdoba, con 2 votos cada una")
    assert not panel.boton_confirmar.isVisibleTo(panel) and not panel.boton_resolucion.isVisibleTo(panel)
    assert panel.boton_vuelta.isVisibleTo(panel) and panel.boton_vuelta.text() == "Agregar segunda vuelta"

    panel.boton_vuelta.click()
    assert votacion.titulo.text() == f"1.1. Segunda vuelta: {TITULO}"
    assert panel.eleccion.estado == "abierta"
    assert candidaturas_a_la_vista(panel) == ["Montevideo", "Córdoba"]
    assert panel.cargo.text() == f"Presidente — Consejo, {PERIODO}"
    assert [votacion.lista.item(n, 1).text() for n in range(votacion.lista.rowCount())] == [
        "Sin candidatura electa", "Pendiente"]
    assert editor.pestanas.tabText(2) == "Votaciones (1/2)"
    panel.contadores["Montevideo"].setValue(3)
    panel.contadores["Córdoba"].setValue(2)
    panel.boton_cerrar.click()
    assert votacion.lista.item(1, 1).text() == "Electa: Montevideo"

    votacion.seleccionar(punto)   # la primera vuelta ya no agrega otra: lleva a la que hay
    assert panel.boton_vuelta.text() == "Ir a la segunda vuelta (1.1)"
    panel.boton_vuelta.click()
    assert votacion.titulo.text().startswith("1.1. ")
    assert votacion.lista.rowCount() == 2


def test_eleccion_nominal_con_la_tabla_de_votantes(vista, monkeypatch, demo_abierta, qtbot):
    db, asociacion = demo_abierta
    editor, panel, _ = abrir_eleccion(vista, monkeypatch)
    definir_cargo(panel, monkeypatch, hasta=None)
    assert panel.cargo.text() == f"Presidente — Consejo, desde el {DESDE:%d/%m/%Y}"
    definir_cargo(panel, monkeypatch)   # «Editar cargo…» mientras está abierta
    assert panel.cargo.text() == f"Presidente — Consejo, {PERIODO}"
    agregar_candidaturas(panel, monkeypatch, (id_de(db, asociacion, "Montevideo"), ""), (None, "Ana Pérez"))
    panel.metodo.setCurrentIndex(panel.metodo.findData("nominal"))
    # Rebajar la regla de elecciones (absoluta, la fija el estatuto) a la simple se rechaza aun con motivo.
    panel.mayoria.setCurrentIndex(panel.mayoria.findData("simple"))
    assert panel.motivo.isVisibleTo(panel)
    panel.motivo.setText("Hay apuro")
    assert "Una elección exige mayoría absoluta (más de la mitad) de los votos emitidos (Reglamento del Consejo, " \
           "art. 5); una votación no puede pedir menos." in panel.problemas.texto
    if os.environ.get("CAPTURAS"):
        editor.window().resize(1024, 600)
        editor.window().grab().save(os.path.join(os.environ["CAPTURAS"], "eleccion_rebaja_1024x600.png"))
    panel.mayoria.setCurrentIndex(panel.mayoria.findData("absoluta"))
    assert not panel.motivo.isVisibleTo(panel)
    assert panel.panel_nominal.isVisibleTo(panel)
    assert not panel.blancos.isVisibleTo(panel) and not panel.contadores
    votantes = [h.miembro_id for h in editor.tab_asistencia.filas if h.estado == "presente" and h.con_voto]
    assert panel.tabla_nominal.rowCount() == len(votantes)
    candidaturas = {c["nombre"]: c["id"] for c in panel.eleccion.candidaturas}
    primero, segundo, *resto = votantes
    votar_nominal(panel, primero, "blanco")
    assert panel.conteo.text().startswith(f"Votaron 1 de {len(votantes)} presentes")
    vistos = []
    contestar(qtbot, "No", vistos)   # borrar lo escrito pregunta antes; «No» lo deja como estaba
    panel.boton_borrar.click()
    assert [(titulo, texto, sorted(botones), omision) for titulo, texto, botones, omision in vistos] == [
        ("Borrar los votos", "¿Borrar el voto del miembro que ya votó?", ["Borrar los votos", "No"], "No")]
    assert combo_nominal(panel, primero).currentText() == "En blanco"
    contestar(qtbot, "Borrar los votos", vistos)
    panel.boton_borrar.click()
    assert combo_nominal(panel, primero).currentText() == "— no votó —"
    assert panel.texto_resultado == "Elija el voto de cada miembro en la tabla."
    votar_nominal(panel, primero, candidaturas["Ana Pérez"])
    votar_nominal(panel, segundo, "abstencion")
    for miembro in resto:
        votar_nominal(panel, miembro, candidaturas["Montevideo"])
    assert combo_nominal(panel, segundo).currentText() == "Abstención"
    assert panel.texto_resultado.startswith(f"Si se cierra ahora: Resultó electa la candidatura de Montevideo, con "
                                            f"{len(resto)} votos")
    assert panel.conteo.text().startswith(f"Votaron {len(votantes)} de {len(votantes)} presentes")
    panel.boton_cerrar.click()

    assert panel.eleccion.estado == "cerrada"
    assert "Votación nominal" in panel.cerrada.text()
    assert panel.tabla_cerrada.isVisibleTo(panel) and panel.tabla_cerrada.rowCount() == len(votantes)
    votos = {panel.tabla_cerrada.item(f, 2).text() for f in range(panel.tabla_cerrada.rowCount())}
    assert votos == {"Montevideo", "Ana Pérez", "Abstención"}
    assert panel.texto_resultado.endswith("0 en blanco, 0 nulos, 1 abstención.")


def test_errores_del_servicio_en_castellano_y_sin_quorum_no_se_cierra(vista, monkeypatch, demo_abierta, mensajes,
                                                                     qtbot):
    db, asociacion = demo_abierta
    editor, panel, _ = abrir_eleccion(vista, monkeypatch, presentes=2)
    avisos = []

    def fechas_al_reves(dialogo):
        dialogo.desde.setDate(QDate(DESDE))
        dialogo.sin_fin.setChecked(False)
        dialogo.hasta.setDate(QDate(date(DESDE.year - 1, 1, 1)))
        dialogo.guardar()
        avisos.append(dialogo.mensaje.text())
        return dialogo.result()

    monkeypatch.setattr(dialogos_eleccion.DialogoCargo, "exec", fechas_al_reves)
    panel.boton_definir.click()
    assert "El mandato terminaría antes de empezar" in avisos[0]
    assert panel.paginas.currentWidget() is panel.sin_definir

    definir_cargo(panel, monkeypatch)
    montevideo = id_de(db, asociacion, "Montevideo")
    assert agregar_candidaturas(panel, monkeypatch, (montevideo, ""), (montevideo, "")) == [
        "Montevideo ya es candidatura en esta elección."]
    assert agregar_candidaturas(panel, monkeypatch, (None, "")) == ["Indique el miembro, la persona, o ambos."]
    assert candidaturas_a_la_vista(panel) == ["Montevideo"]

    assert panel.quorum.text().startswith("✗ Quórum: 2 de")
    panel.contadores["Montevideo"].setValue(2)
    assert "No hay quórum para votar" in panel.problemas.texto
    panel.boton_cerrar.click()
    assert panel.problemas.texto.startswith("No hay quórum para votar")
    assert panel.eleccion.estado == "abierta"
    assert editor.votaciones.lista.item(0, 1).text() == "Pendiente"

    vistos = []
    contestar(qtbot, "No", vistos)   # «Quitar» pregunta antes, con «No» por omisión: un clic de más no quita nada
    botones_quitar(panel)["Montevideo"].click()
    assert vistos[0][0] == "Quitar la candidatura" and vistos[0][1].startswith("¿Quitar la candidatura Montevideo")
    assert vistos[0][3] == "No" and candidaturas_a_la_vista(panel) == ["Montevideo"]
    contestar(qtbot, "Quitar la candidatura", vistos)
    botones_quitar(panel)["Montevideo"].click()
    assert candidaturas_a_la_vista(panel) == []
    assert panel.sin_candidaturas.isVisibleTo(panel)
    assert mensajes == []


def test_un_punto_de_eleccion_tambien_se_vota_por_si_o_por_no(vista, monkeypatch):
    editor, panel, _ = abrir_eleccion(vista, monkeypatch)
    votacion = editor.votaciones
    panel.boton_si_no.click()
    assert votacion.modos.currentWidget() is votacion.panel_votacion
    assert votacion.formulario.isVisibleTo(votacion) and votacion.boton_eleccion.isVisibleTo(votacion)
    votacion.boton_eleccion.click()   # y se puede volver a la elección del cargo
    assert votacion.modos.currentWidget() is panel
    panel.boton_si_no.click()
    _, minimo = requerido(editor)
    votacion.a_favor.setValue(minimo)
    votacion.boton_cerrar.click()
    assert votacion.lista.item(0, 1).text() == "Aprobada"
    assert votacion.modos.currentWidget() is votacion.panel_votacion
    assert not votacion.boton_eleccion.isVisibleTo(votacion)


def test_con_el_acta_aprobada_todo_es_de_lectura_salvo_confirmar(guardado_pronto, vista, monkeypatch, qtbot,
                                                                 demo_abierta):
    db, asociacion = demo_abierta
    editor, panel, punto = abrir_eleccion(vista, monkeypatch)
    definir_cargo(panel, monkeypatch)
    agregar_candidaturas(panel, monkeypatch, (id_de(db, asociacion, "Montevideo"), ""),
                         (id_de(db, asociacion, "Lima"), ""))
    _, minimo = requerido(editor)
    panel.contadores["Montevideo"].setValue(minimo)
    panel.boton_cerrar.click()
    abierta = agregar_punto(editor, monkeypatch, "Elección de la Vicepresidencia del Consejo", "eleccion")
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(abierta)
    definir_cargo(panel, monkeypatch)
    assert panel.cargo.text().startswith("Vicepresidente — Consejo")
    agregar_candidaturas(panel, monkeypatch, (id_de(db, asociacion, "Córdoba"), ""))

    votar_y_adoptar(editor, monkeypatch, None, "Aprueba el acta de la presente sesión")
    celebrar(editor, monkeypatch)  # solo el acta de una sesión celebrada se aprueba
    editor.tab_acta.proponer_textos()
    editor.tab_acta.preside.setText("Secretaría Ejecutiva")
    editor.tab_acta.secretaria.setText("Secretaría Técnica Permanente")
    editor.tab_acta.secretaria.textEdited.emit("Secretaría Técnica Permanente")
    qtbot.waitUntil(lambda: editor.tab_acta.boton_aprobar.isEnabled(), timeout=3000)  # el borrador se guarda solo
    aprobar(editor, monkeypatch, "Aprueba el acta de la presente sesión")
    assert editor.solo_lectura

    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(abierta)
    assert panel.eleccion.estado == "abierta"
    for widget in (panel.boton_editar, panel.boton_agregar, panel.metodo, panel.mayoria, panel.base, panel.blancos,
                   panel.boton_cerrar, *panel.contadores.values(), *botones_quitar(panel).values()):
        assert not widget.isEnabled()

    editor.votaciones.seleccionar(punto)
    assert panel.eleccion.estado == "cerrada"
    assert not panel.boton_resolucion.isEnabled()
    assert panel.boton_confirmar.isEnabled()   # confirmar registra las consecuencias del acta, no la cambia
    confirmar(panel, monkeypatch)
    assert editor.votaciones.lista.item(0, 1).text() == "Confirmada: Montevideo"
    assert panel.mandato.isVisibleTo(panel)
    # El mandato electo queda registrado; en la red de ejemplo el Consejo lo preside además, de oficio, quien ejerce
    # la Secretaría Ejecutiva (art. 15), que no tiene mandato propio en el Consejo.
    contexto = Contexto(db, asociacion["id"])
    electos = [a.miembro for a in composicion(contexto, id_del_consejo(db, asociacion), DESDE).asientos
               if a.cargo == "presidente" and not a.solo_de_oficio]
    assert electos == ["Montevideo"]


@pytest.mark.parametrize("titulo, cargo", [("Elección de la Vicepresidencia", "vicepresidente"),
                                           ("Elección de la Coordinación de la UT Cultura", "coordinador"),
                                           ("Designación de la Secretaría", "secretario"),
                                           ("Elección", "presidente")])
def test_el_cargo_propuesto_sale_del_titulo_del_punto(titulo, cargo):
    assert dialogos_eleccion.cargo_sugerido(titulo) == cargo


def test_eleccion_de_varios_puestos_con_cupos_por_pais(vista, monkeypatch, demo_abierta, qtbot):
    # Tres puestos del Consejo de la demo (art. 13: dos por país pleno): Brasil presenta tres ciudades.
    db, asociacion = demo_abierta
    consejo = id_del_consejo(db, asociacion)
    nombres = ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Montevideo", "Lima")
    ids = {n: id_de(db, asociacion, n) for n in nombres}
    editor, panel, punto = abrir_eleccion(vista, monkeypatch, presentes=12, titulo="Elección de tres consejeras")

    def tres_puestos(dialogo):
        assert dialogo.puestos.value() == 1
        dialogo.cargo.setCurrentIndex(dialogo.cargo.findData("titular"))
        dialogo.puestos.setValue(3)

    definir_cargo(panel, monkeypatch, revisar=tres_puestos)
    assert panel.explicacion_cargo.text().startswith("Puestos: 3. Con derecho a voto en el órgano; resultan electas "
                                                     "las más votadas, con los cupos del órgano por país o por grupo")
    assert agregar_candidaturas(panel, monkeypatch, *((ids[n], "") for n in nombres)) == []
    assert not panel.mayoria.isEnabled() and not panel.base.isEnabled()  # con varios puestos, la pluralidad
    for nombre, votos in zip(nombres, (4, 3, 2, 1, 0)):
        panel.contadores[nombre].setValue(votos)
    assert panel.texto_resultado.startswith(
        "Si se cierra ahora: Elección de 3 puestos por pluralidad de votos. Resultaron electas 3 de 3 puestos: "
        "São Paulo (4 votos); Rio de Janeiro (3 votos); Montevideo (1 voto).")
    panel.boton_cerrar.click()

    eleccion = panel.eleccion
    assert eleccion.estado == "cerrada" and [c["nombre"] for c in eleccion.electas] == [
        "São Paulo", "Rio de Janeiro", "Montevideo"]
    assert ("Se saltó a Belo Horizonte (2 votos): Brasil ya completó su cupo de 2 puestos (país pleno, Estatuto, "
            "art. 13).") in panel.texto_resultado
    marcas = [w.text() for w in panel._filas if w.text().startswith("Electa")]
    assert marcas == ["Electa (1.º)", "Electa (2.º)", "Electa (3.º)"]
    assert editor.votaciones.lista.item(0, 1).text() == "Electas: 3 de 3"
    assert panel.boton_confirmar.isVisibleTo(panel) and not panel.boton_vuelta.isVisibleTo(panel)

    editor.window().resize(1024, 600)
    qtbot.wait(50)
    editor.window().grab().save("/tmp/eleccion_varios_puestos_1024x600.png")
    visto = confirmar(panel, monkeypatch)
    assert visto["mandato"].count("Titular — Consejo") == 3 and visto["mandato"].startswith("São Paulo: Titular")
    assert panel.eleccion.estado == "confirmada"
    assert panel.mandato.text().startswith("✓ 3 mandatos registrados")
    assert "São Paulo, Rio de Janeiro, Montevideo" in panel.mandato.text()
    assert editor.votaciones.lista.item(0, 1).text() == "Confirmadas: 3 de 3"
    qtbot.wait(50)
    editor.window().grab().save("/tmp/eleccion_varios_puestos_confirmada_1024x600.png")
    titulares = {a.miembro for a in composicion(Contexto(db, asociacion["id"]), consejo, DESDE).asientos
                 if a.desde == DESDE}
    assert titulares == {"São Paulo", "Rio de Janeiro", "Montevideo"}
