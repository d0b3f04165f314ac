"""El área Datos personales (issue 65) como la usa una secretaría, en la ventana de verdad sobre una copia de la red de
ejemplo: registrar como persona dos apariciones elegidas en la lista (con la búsqueda sin acentos del servicio) y
vincularle otra que el programa propone; una solicitud de acceso registrada con el plazo de la ley y respondida con la
carta y los datos en la carpeta elegida; una supresión con su plan a la vista antes de hacerla (y el contacto que ya
no está); la política guardada, con un campo marcado por el servicio, y releída al volver a abrir la base; y el paso de
«Próximos pasos» que lleva a la solicitud; una oposición al correo respondida con su botón, tras la cual la
convocatoria ya no va a esa dirección; y una rectificación corregida en la ficha del miembro (el contacto, con su
diálogo) y respondida con lo que se hizo. Clics y teclas de verdad; los diálogos modales se contestan con
temporizadores reales."""

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from escritorio.dominio import formato
from escritorio.dominio.agenda import Accion, Paso
from escritorio.dominio.texto import normalizar
from escritorio.interfaz.agenda import ir_al_paso
from escritorio.interfaz.dialogos.datos_personales import (DialogoNuevaSolicitud, DialogoRegistrarPersona,
                                                           DialogoRespuesta, DialogoTratamiento, DialogoVincular)
from escritorio.interfaz.dialogos.ficha_autoridades import DialogoContacto
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.dialogos.supresion import DialogoPlanDeSupresion
from escritorio.interfaz.piezas import ROJO, elegir_archivo
from escritorio.interfaz.ventana_principal import VentanaPrincipal, indice_del_area
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.bitacora import listar as listar_bitacora
from escritorio.servicios.correo import preparar_convocatoria
from escritorio.servicios.ficha import guardar_contacto, obtener_ficha
from escritorio.servicios.oficina import Oficina
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.personas import apariciones, ficha, listar_personas, registrar_persona
from escritorio.servicios.solicitudes_de_datos import (fijar_politica, listar_solicitudes, politica,
                                                       registrar_solicitud, tratamientos)

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


@pytest.fixture
def avisos(monkeypatch):
    """Los cuadros de la ventana: las preguntas se anotan y se contestan «No» (no abrir la carpeta ni la carta;
    las que confirman una acción, la prueba las contesta «Sí» con `preguntas.si`); los informes se anotan; un rechazo
    («No se pudo completar») hace fallar la prueba con su texto."""
    class Avisos:
        preguntas: list[str] = []
        informes: list[str] = []
        si: tuple[str, ...] = ()

    anotados = Avisos()
    anotados.preguntas, anotados.informes = [], []

    def preguntar(_padre, _titulo, texto, *a, **k):
        anotados.preguntas.append(texto)
        return QMessageBox.StandardButton.Yes if any(t in texto for t in anotados.si) else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", preguntar)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, texto, *a, **k: anotados.informes.append(texto))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    return anotados


@pytest.fixture
def abrir(qtbot, tmp_path):
    """abrir(ruta) -> la ventana real sobre la base, en Datos personales (con un clic en la navegación)."""
    abiertas = []

    def abrir_ventana(ruta, area: str = "datos_personales"):
        db = abrir_base(ruta)
        ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
        ventana.resize(1280, 800)
        ventana.show()
        qtbot.waitExposed(ventana)
        abiertas.append((ventana, db))
        lista = ventana.navegacion
        item = lista.item(indice_del_area(area))
        qtbot.mouseClick(lista.viewport(), Qt.MouseButton.LeftButton, pos=lista.visualItemRect(item).center())
        return ventana

    yield abrir_ventana
    for ventana, db in abiertas:
        ventana.close()
        ventana.deleteLater()
        db.close()


def cuando_se_abra(clase, accion) -> list:
    """Con un temporizador real: cuando el diálogo modal `clase` esté a la vista, `accion(dialogo)`."""
    hecho = []

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if not (isinstance(dialogo, clase) and dialogo.isVisible()):
            QTimer.singleShot(20, mirar)
            return
        try:
            hecho.append(accion(dialogo))
        finally:
            if dialogo.isVisible():   # si la prueba falló adentro, el diálogo no queda esperando
                dialogo.reject()

    QTimer.singleShot(0, mirar)
    return hecho


def _clic(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _clic_en_fila(qtbot, tabla, fila: int, con_control: bool = False) -> None:
    indice = tabla.model().index(fila, 0)
    tabla.scrollTo(indice)
    modificador = Qt.KeyboardModifier.ControlModifier if con_control else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(tabla.viewport(), Qt.MouseButton.LeftButton, modificador, tabla.visualRect(indice).center())


def _fila_de(modelo, prueba) -> int:
    return next(n for n in range(modelo.rowCount()) if prueba(modelo.fila(n)))


def _preparar(ruta, con_persona: bool = True):
    """La política de la RCS (la ley de Uruguay) y, si se pide, una persona registrada con un contacto cuyo nombre no
    aparece en ninguna otra fila: (contacto, persona_id), escritos con los servicios antes de abrir la ventana."""
    db = abrir_base(ruta)
    try:
        contexto = Oficina(db, listar_asociaciones(db)[0]).contexto
        fijar_politica(contexto, pais="UY", contacto="datos@redsur.ejemplo.org")
        if not con_persona:
            return None, None
        todas = apariciones(contexto)
        contacto = next(a for a in todas if a["tabla"] == "contactos" and a["correo"]
                        and sum(1 for b in todas if b["nombre"] == a["nombre"]) == 1)
        return contacto, registrar_persona(contexto, None, [("contactos", contacto["fila_id"])])
    finally:
        db.close()


def test_registrar_una_persona_con_dos_apariciones_y_vincularle_la_que_se_propone(qtbot, abrir, copia_de_la_demo,
                                                                                  avisos):
    ventana = abrir(copia_de_la_demo)
    area = ventana.datos_personales
    personas = area.personas
    assert ventana.areas.currentWidget() is area and area.pestanas.currentWidget() is personas
    assert personas.modelo_personas.rowCount() == 0
    # Buscar sin tildes ni mayúsculas: la búsqueda es la del servicio (la misma de «escritorio personas apariciones»).
    qtbot.keyClicks(personas.busqueda, "ana diaz")
    esperadas = apariciones(ventana.contexto, texto="Ana Díaz")
    assert len(esperadas) >= 3
    assert not personas.botones["registrar"].isEnabled()
    # Flecha abajo, sin esperar: la búsqueda se hace ya y se pasa a la lista con la primera fila elegida; con
    # Mayúsculas y Flecha abajo se elige también la segunda.
    qtbot.keyClick(personas.busqueda, Qt.Key.Key_Down)
    assert personas.modelo_apariciones.rowCount() == len(esperadas)
    assert {personas.modelo_apariciones.fila(n)["nombre"] for n in range(len(esperadas))} == {"Ana Díaz"}
    qtbot.keyClick(personas.tabla_apariciones, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    elegidas = [personas.modelo_apariciones.fila(n) for n in (0, 1)]
    assert personas.tabla_apariciones.selectionModel().selectedRows() and len(
        personas.tabla_apariciones.selectionModel().selectedRows()) == 2
    assert personas.botones["registrar"].isEnabled()

    def registrar(dialogo: DialogoRegistrarPersona):
        assert dialogo.nombre.text() == "Ana Díaz"   # el de la primera fila, para corregir si hace falta
        qtbot.keyClicks(dialogo.nota, "Enlace de la red desde 2023")
        qtbot.keyClicks(dialogo.motivo, "misma persona, lo confirmo por correo")
        _clic(qtbot, dialogo.boton_aceptar)

    hecho = cuando_se_abra(DialogoRegistrarPersona, registrar)
    _clic(qtbot, personas.botones["registrar"])
    assert hecho
    (persona,) = listar_personas(ventana.contexto)
    assert (persona["nombre"], persona["nota"], persona["filas"]) == ("Ana Díaz", "Enlace de la red desde 2023", 2)
    assert personas.persona_id() == persona["id"]
    assert "Ana Díaz" in personas.titulo_persona.text() and personas.detalle.tabText(0) == "Filas (2)"
    assert {(a["tabla"], a["fila_id"]) for a in ficha(ventana.contexto, persona["id"]).filas} == \
        {(a["tabla"], a["fila_id"]) for a in elegidas}
    # Las demás filas con el mismo nombre: el programa las propone, no las une.
    posibles = len(esperadas) - 2
    assert personas.detalle.tabText(3) == f"Podrían ser suyas ({posibles})"
    texto_persona = personas.modelo_apariciones.columnas[-1].texto
    assert sorted(texto_persona(personas.modelo_apariciones.fila(n)) for n in range(len(esperadas))).count(
        f"N.º {persona['id']}") == 2

    # «Solo las que no son de nadie»: las dos registradas dejan la lista.
    _clic(qtbot, personas.sin_persona)
    qtbot.waitUntil(lambda: personas.modelo_apariciones.rowCount() == posibles)

    # Una de las propuestas se le vincula desde «Podrían ser suyas».
    personas.detalle.setCurrentWidget(personas.tabla_posibles)
    _clic_en_fila(qtbot, personas.tabla_posibles, 0)
    propuesta = personas.modelo_posibles.fila(0)
    hecho = cuando_se_abra(DialogoVincular, lambda d: (qtbot.keyClicks(d.motivo, "mismo nombre y cargo"),
                                                       _clic(qtbot, d.boton_aceptar)))
    _clic(qtbot, personas.botones["vincular"])
    assert hecho
    assert personas.detalle.tabText(0) == "Filas (3)" and personas.detalle.currentWidget() is personas.tabla_filas
    assert (propuesta["tabla"], propuesta["fila_id"]) in {(a["tabla"], a["fila_id"])
                                                          for a in ficha(ventana.contexto, persona["id"]).filas}
    assert personas.modelo_apariciones.rowCount() == posibles - 1
    assert personas.resumen.text().endswith("1 persona registrada")


def test_una_solicitud_de_acceso_se_registra_con_su_plazo_y_se_responde_con_la_carta_y_los_datos(
        qtbot, abrir, copia_de_la_demo, tmp_path, avisos, monkeypatch):
    contacto, persona_id = _preparar(copia_de_la_demo)
    ventana = abrir(copia_de_la_demo)
    area = ventana.datos_personales
    personas = area.personas
    personas.seleccionar_persona(persona_id)
    _clic_en_fila(qtbot, personas.tabla_personas, _fila_de(personas.modelo_personas, lambda p: p["id"] == persona_id))
    recibida = hoy() - timedelta(days=2)

    def registrar(dialogo: DialogoNuevaSolicitud):
        assert dialogo.persona.currentData() == persona_id
        dialogo.derecho.setFocus()
        dialogo.derecho.fijar("acceso")
        dialogo.recibida.setDate(recibida)
        qtbot.keyClicks(dialogo.detalle, "Pido una copia de todos mis datos.")
        _clic(qtbot, dialogo.boton_aceptar)

    hecho = cuando_se_abra(DialogoNuevaSolicitud, registrar)
    _clic(qtbot, personas.botones["solicitud"])
    assert hecho
    (solicitud,) = listar_solicitudes(ventana.contexto)
    assert solicitud["plazo"] == "5 días hábiles (Ley 18.331, art. 14)"
    assert avisos.informes[-1] == (f"Solicitud N.º {solicitud['id']} registrada: vence el "
                                   f"{formato.fecha(solicitud['vence_el'])} (5 días hábiles (Ley 18.331, art. 14)).")
    pestana = area.solicitudes
    assert area.pestanas.currentWidget() is pestana and pestana.solicitud_id() == solicitud["id"]
    assert area.pestanas.tabText(1) == "Solicitudes (1)"
    fila = _fila_de(pestana.modelo, lambda s: s["id"] == solicitud["id"])
    assert pestana.modelo.index(fila, 5).data() == "Abierta"
    assert "Plazo: 5 días hábiles (Ley 18.331, art. 14)" in pestana.detalle.text()

    # Responder: la carpeta que se elige recibe la carta y los datos; se ofrece abrirla (No).
    carpeta = tmp_path / "respuestas"
    carpeta.mkdir()
    monkeypatch.setattr(elegir_archivo, "carpeta", lambda *a, **k: str(carpeta))
    _clic(qtbot, pestana.botones["responder"])
    carta = carpeta / f"acceso-solicitud-{solicitud['id']}.pdf"
    datos = carta.with_suffix(".json")
    assert carta.stat().st_size > 0
    assert contacto["nombre"] in json.loads(datos.read_text(encoding="utf-8"))["identificadores"]["nombres"]
    assert avisos.preguntas[-1].startswith(f"Solicitud N.º {solicitud['id']} respondida. En {carpeta} quedaron la "
                                           f"carta ({carta.name}) y sus datos ({datos.name})")
    assert avisos.preguntas[-1].endswith("¿Abrir la carpeta?")
    assert pestana.modelo.index(fila, 5).data() == f"Respondida el {formato.fecha(hoy())}"
    assert not pestana.botones["responder"].isEnabled() and area.pestanas.tabText(1) == "Solicitudes"

    # Cerrada la base y vuelta a abrir: respondida, con lo que se entregó.
    otra = abrir_base(copia_de_la_demo)
    try:
        (leida,) = listar_solicitudes(Oficina(otra, listar_asociaciones(otra)[0]).contexto)
    finally:
        otra.close()
    assert leida["estado"] == "respondida" and carta.name in leida["respuesta"] and datos.name in leida["respuesta"]


def test_sin_ley_que_aplique_la_solicitud_se_rechaza_antes_de_llenar_el_formulario(qtbot, abrir, copia_de_la_demo,
                                                                                  avisos):
    """Issue 78: el formulario se llenaba entero y recién al aceptarlo se rechazaba porque ninguna ley aplica. Ahora
    «Nueva solicitud…» lo dice antes (con las palabras del servicio que rechaza) y lleva a Política."""
    _preparar(copia_de_la_demo, con_persona=False)
    db = abrir_base(copia_de_la_demo)
    try:
        fijar_politica(Oficina(db, listar_asociaciones(db)[0]).contexto, pais=None)
    finally:
        db.close()
    ventana = abrir(copia_de_la_demo)
    area = ventana.datos_personales
    area.pestanas.setCurrentWidget(area.solicitudes)
    abiertos = cuando_se_abra(DialogoNuevaSolicitud, lambda dialogo: pytest.fail("se abrió el formulario"))
    _clic(qtbot, area.solicitudes.botones["nueva"])
    qtbot.wait(100)
    assert not abiertos
    assert avisos.informes == [
        "No se puede registrar una solicitud todavía: la asociación no fijó la ley que aplica (sin ley fijada). "
        "Fíjela en Datos personales › Política (el país de su sede), o un plazo propio en días."]
    assert area.pestanas.currentWidget() is area.politica


def test_una_supresion_muestra_su_plan_antes_y_el_contacto_deja_la_lista(qtbot, abrir, copia_de_la_demo, tmp_path,
                                                                         avisos, monkeypatch):
    contacto, persona_id = _preparar(copia_de_la_demo)
    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Oficina(db, listar_asociaciones(db)[0]).contexto
        solicitud_id = registrar_solicitud(contexto, persona_id, "supresion", detalle="Borren mis datos, por favor").id
    finally:
        db.close()
    ventana = abrir(copia_de_la_demo)
    area = ventana.datos_personales
    barra = area.pestanas.tabBar()
    qtbot.mouseClick(barra, Qt.MouseButton.LeftButton, pos=barra.tabRect(1).center())
    pestana = area.solicitudes
    assert area.pestanas.currentWidget() is pestana
    _clic_en_fila(qtbot, pestana.tabla, _fila_de(pestana.modelo, lambda s: s["id"] == solicitud_id))
    carpeta = tmp_path / "cartas"
    carpeta.mkdir()
    monkeypatch.setattr(elegir_archivo, "carpeta", lambda *a, **k: str(carpeta))
    visto = {}

    def mirar_el_plan(dialogo: DialogoPlanDeSupresion):
        visto["plan"] = dialogo.texto.toPlainText()
        # Mientras se mira el plan, nada se suprimió: el contacto sigue.
        visto["antes"] = any(a["fila_id"] == contacto["fila_id"] for a in apariciones(ventana.contexto)
                             if a["tabla"] == "contactos")
        assert dialogo.boton_cancelar.isDefault()
        _clic(qtbot, dialogo.boton_suprimir)

    hecho = cuando_se_abra(DialogoPlanDeSupresion, mirar_el_plan)
    _clic(qtbot, pestana.botones["responder"])
    assert hecho and visto["antes"]
    assert "Todavía no se suprimió nada" in visto["plan"] and "Se borra (1)" in visto["plan"]
    assert f"Contacto · {contacto['miembro']}" in visto["plan"]
    # El resultado, dicho en palabras, y la carta en la carpeta elegida.
    resultado = avisos.preguntas[-1]
    assert resultado.startswith(f"Se suprimieron los datos de la solicitud N.º {solicitud_id}: 1 fila borrada, 0 "
                                "anonimizadas y ")
    assert f"supresion-solicitud-{solicitud_id}.pdf" in resultado and resultado.endswith("¿Abrir la carta ahora?")
    assert (carpeta / f"supresion-solicitud-{solicitud_id}.pdf").stat().st_size > 0
    fila = _fila_de(pestana.modelo, lambda s: s["id"] == solicitud_id)
    assert pestana.modelo.index(fila, 5).data().startswith("Respondida el ")
    assert pestana.modelo.index(fila, 1).data() == f"Persona suprimida (solicitud {solicitud_id})"

    # En Personas: el contacto ya no aparece, ni buscándolo; la persona queda sin su nombre.
    area.pestanas.setCurrentWidget(area.personas)
    personas = area.personas
    assert not any(personas.modelo_apariciones.fila(n)["tabla"] == "contactos"
                   and personas.modelo_apariciones.fila(n)["fila_id"] == contacto["fila_id"]
                   for n in range(personas.modelo_apariciones.rowCount()))
    qtbot.keyClicks(personas.busqueda, normalizar(contacto["nombre"]))   # sin tildes: el teclado de la prueba
    qtbot.waitUntil(lambda: not personas._buscar.isActive())
    encontradas = [personas.modelo_apariciones.fila(n) for n in range(personas.modelo_apariciones.rowCount())]
    assert encontradas == apariciones(ventana.contexto, texto=contacto["nombre"])   # lo que dice el servicio
    assert contacto["nombre"] not in {a["nombre"] for a in encontradas}   # (otro nombre que lo contiene, quizás)
    assert personas.modelo_personas.fila(0)["nombre"] == f"Persona suprimida (solicitud {solicitud_id})"


def test_la_politica_se_guarda_con_el_campo_marcado_por_el_servicio_y_se_relee_al_volver(qtbot, abrir,
                                                                                          copia_de_la_demo, avisos):
    ventana = abrir(copia_de_la_demo)
    area = ventana.datos_personales
    area.pestanas.setCurrentWidget(area.politica)
    pestana = area.politica
    assert pestana.pais.currentText() == "Sin fijar" and pestana.ley.text() == "Ley que aplica: sin ley fijada."
    pestana.pais.setFocus()
    qtbot.keyClicks(pestana.pais, "Argentina")   # una lista sin escribir: se busca tecleando
    assert pestana.pais.currentData() == "AR"
    qtbot.keyClicks(pestana.contacto, "datos@redsur.ejemplo.org")
    qtbot.keyClicks(pestana.encargado, "Ana Ruiz, dpo@redsur.ejemplo.org")   # el encargado de datos (LGPD, art. 41)
    for campo, valor in ((pestana.anios, "99"), (pestana.dias_aviso, "7")):
        campo.selectAll()
        qtbot.keyClicks(campo, valor)
    _clic(qtbot, pestana.boton_guardar)
    # 99 años no: lo dice el servicio, junto al campo; nada se guardó.
    assert pestana.mensaje.isVisible() and "no es un número entre 0 y 50" in pestana.anios.toolTip()
    assert politica(ventana.contexto).pais is None
    pestana.anios.selectAll()
    qtbot.keyClicks(pestana.anios, "3")
    _clic(qtbot, pestana.boton_guardar)
    assert not pestana.mensaje.isVisible() and pestana.guardada.text() == "Política guardada."
    assert pestana.ley.text() == "Ley que aplica: Ley 25.326 de Protección de los Datos Personales (Argentina)."
    assert pestana.anios.toolTip() == ""   # ya sin la marca
    # «Otro país»: uno sin ley conocida; lo que eso significa lo dice el servicio.
    assert not pestana.otro_pais.isVisible()
    pestana.pais.setCurrentIndex(pestana.pais.findData("otro"))
    assert pestana.otro_pais.isVisible()
    pestana.otro_pais.setFocus()
    qtbot.keyClicks(pestana.otro_pais, "Paraguay")
    assert pestana.otro_pais.currentData() == "PY"
    _clic(qtbot, pestana.boton_guardar)
    assert pestana.ley.text() == "Ley que aplica: Paraguay: Escritorio no conoce los plazos de su ley."
    ventana.close()

    # Otra ventana sobre la misma base: la política es la guardada.
    otra = abrir(copia_de_la_demo)
    releida = otra.datos_personales
    releida.pestanas.setCurrentWidget(releida.politica)
    p = releida.politica
    assert (p.pais.currentData(), p.otro_pais.currentData(), p.contacto.text(), p.anios.value(), p.dias_aviso.value(),
            p.meses.value()) == ("otro", "PY", "datos@redsur.ejemplo.org", 3, 7, 12)
    assert p.otro_pais.isVisible()
    actual = politica(otra.contexto)
    assert (actual.pais, actual.contacto, actual.anios_contactos_de_bajas, actual.dias_de_aviso) == \
        ("PY", "datos@redsur.ejemplo.org", 3, 7)
    assert actual.encargado == p.encargado.text() == "Ana Ruiz, dpo@redsur.ejemplo.org"



def test_el_paso_de_proximos_pasos_lleva_a_la_solicitud_vencida(qtbot, abrir, copia_de_la_demo, avisos):
    _, persona_id = _preparar(copia_de_la_demo)
    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Oficina(db, listar_asociaciones(db)[0]).contexto
        registrar_solicitud(contexto, persona_id, "rectificacion", recibida=hoy() - timedelta(days=1))
        vencida = registrar_solicitud(contexto, persona_id, "acceso", recibida=hoy() - timedelta(days=30)).id
    finally:
        db.close()
    ventana = abrir(copia_de_la_demo, area="inicio")
    panel = ventana.inicio.proximos_pasos
    qtbot.waitUntil(lambda: panel.listo and panel.agenda is not None, timeout=10_000)
    if panel.boton_todos.isVisible() and not any(f.paso.accion.referencia == vencida for f in panel.filas):
        _clic(qtbot, panel.boton_todos)
    fila = next(f for f in panel.filas if f.paso.accion.que == "solicitud_de_datos"
                and f.paso.accion.referencia == vencida)
    assert fila.boton.text() == "Ver la solicitud" and "venció el" in fila.paso.texto
    _clic(qtbot, fila.boton)
    area = ventana.datos_personales
    pestana = area.solicitudes
    assert ventana.areas.currentWidget() is area and area.pestanas.currentWidget() is pestana
    assert pestana.solicitud_id() == vencida
    # Vencida: en rojo y con la palabra (nunca solo el color).
    fila_vencida = _fila_de(pestana.modelo, lambda s: s["id"] == vencida)
    vence = pestana.modelo.index(fila_vencida, 4)
    assert vence.data().endswith("— vencida")
    assert vence.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(ROJO)
    assert pestana.resumen.text() == "2 solicitudes · 2 abiertas · 1 vencida"

    # Lo que ya no hace falta conservar: la pestaña Política, con esa sección a la vista.
    ir_al_paso(ventana, Paso("datos", hoy(), "…", Accion("conservacion")))
    politica_ = area.politica
    assert area.pestanas.currentWidget() is politica_
    qtbot.waitUntil(lambda: not politica_.seccion_vencidos.visibleRegion().isEmpty())


# La LXII sesión ordinaria del Consejo de la demo (la de las pruebas del correo): sus integrantes reciben la
# convocatoria.
SESION = 4


def _contacto_con_solicitud(ruta, derecho: str, detalle: str, telefono: str | None = None) -> tuple:
    """Con los servicios, antes de abrir la ventana: la política de la RCS; un contacto nuevo de un integrante del
    Consejo, con su dirección marcada para recibir las convocatorias (`guardar_contacto`, lo mismo que guarda la ficha);
    ella registrada como persona, y una solicitud suya de `derecho`. (miembro_id, nombre del miembro, contacto_id,
    solicitud_id)."""
    _preparar(ruta, con_persona=False)
    db = abrir_base(ruta)
    try:
        contexto = Oficina(db, listar_asociaciones(db)[0]).contexto
        integrante = preparar_convocatoria(contexto, SESION).mensajes[0]
        contacto_id = guardar_contacto(db, integrante.miembro_id, "Valeria Quiroga", "Secretaría",
                                       "valeria.quiroga@ejemplo.org", telefono, recibe="convocatoria")
        persona_id = registrar_persona(contexto, None, [("contactos", contacto_id)])
        solicitud_id = registrar_solicitud(contexto, persona_id, derecho, detalle=detalle).id
        return integrante.miembro_id, integrante.miembro, contacto_id, solicitud_id
    finally:
        db.close()


def _releer(ruta, leer):
    """`leer(contexto)` con una conexión nueva a la base del disco (no la de la ventana)."""
    db = abrir_base(ruta)
    try:
        return leer(Oficina(db, listar_asociaciones(db)[0]).contexto)
    finally:
        db.close()


def _para_de_la_convocatoria(contexto, miembro_id: int) -> list[str]:
    """Las direcciones a las que iría la convocatoria de la sesión a ese miembro (la vista previa del envío)."""
    (mensaje,) = preparar_convocatoria(contexto, SESION, miembros=[miembro_id]).mensajes
    return [direccion for direccion, _nombre in mensaje.para]


def _ir_a_solicitudes(qtbot, ventana, solicitud_id: int):
    """Con clics: la pestaña Solicitudes de Datos personales y, en la lista, la solicitud. Devuelve la pestaña."""
    area = ventana.datos_personales
    barra = area.pestanas.tabBar()
    qtbot.mouseClick(barra, Qt.MouseButton.LeftButton, pos=barra.tabRect(area.pestanas.indexOf(area.solicitudes))
                     .center())
    pestana = area.solicitudes
    assert area.pestanas.currentWidget() is pestana
    _clic_en_fila(qtbot, pestana.tabla, _fila_de(pestana.modelo, lambda s: s["id"] == solicitud_id))
    assert pestana.solicitud_id() == solicitud_id and pestana.botones["responder"].isEnabled()
    return pestana


def test_una_oposicion_al_correo_se_responde_y_su_direccion_ya_no_recibe(qtbot, abrir, copia_de_la_demo, avisos):
    """La persona de contacto de un integrante del Consejo recibe las convocatorias en su dirección y pide no recibir
    más correo: «Responder…» en Solicitudes, con la pregunta contestada «Sí», deja la solicitud respondida, y la vista
    previa de la convocatoria (releída del disco) ya no pone su dirección: el miembro la recibe en su correo
    institucional."""
    miembro_id, _miembro, _contacto_id, solicitud_id = _contacto_con_solicitud(
        copia_de_la_demo, "oposicion", "No quiero recibir más correos de la red.")
    antes = _releer(copia_de_la_demo, lambda c: _para_de_la_convocatoria(c, miembro_id))
    assert antes == ["valeria.quiroga@ejemplo.org"]   # hoy le llega a ella (y no al correo institucional)

    ventana = abrir(copia_de_la_demo)
    pestana = _ir_a_solicitudes(qtbot, ventana, solicitud_id)
    assert "sus direcciones dejan de recibir correo" in pestana.botones["responder"].toolTip()
    avisos.si = ("¿Registrar la oposición de Valeria Quiroga al envío de correo?",)
    _clic(qtbot, pestana.botones["responder"])
    assert len(avisos.preguntas) == 1 and avisos.preguntas[0].startswith(avisos.si[0])
    assert avisos.informes[-1] == (
        f"Solicitud N.º {solicitud_id} respondida: 1 dirección ya no recibe correo (valeria.quiroga@ejemplo.org).")
    fila = _fila_de(pestana.modelo, lambda s: s["id"] == solicitud_id)
    assert pestana.modelo.index(fila, 5).data() == f"Respondida el {formato.fecha(hoy())}"
    assert pestana.solicitud_id() == solicitud_id and not pestana.botones["responder"].isEnabled()

    # Releído del disco: respondida, y la convocatoria va al correo institucional del miembro, no a ella.
    (leida,) = _releer(copia_de_la_demo, listar_solicitudes)
    assert (leida["id"], leida["estado"], leida["respondida_el"]) == (solicitud_id, "respondida", hoy().isoformat())
    despues = _releer(copia_de_la_demo, lambda c: _para_de_la_convocatoria(c, miembro_id))
    assert "valeria.quiroga@ejemplo.org" not in despues
    institucional = _releer(copia_de_la_demo, lambda c: obtener_ficha(c.db, miembro_id)["correo"])
    assert institucional and despues == [institucional]


def test_una_rectificacion_se_corrige_en_la_ficha_y_se_responde_con_lo_que_se_hizo(qtbot, abrir, copia_de_la_demo,
                                                                                    avisos):
    """Una rectificación: el teléfono de un contacto está mal. La corrección se hace donde está el dato, en la ficha
    del miembro (Miembros: buscarlo, Enter; «Autoridad y contactos», el contacto, «Editar…», el teléfono, «Guardar»);
    después, en Solicitudes, «Responder…» abre el cuadro de la respuesta, se escribe lo que se hizo y se responde.
    Releído del disco: respondida con ese texto, el contacto con el teléfono nuevo y la bitácora con el cambio."""
    miembro_id, miembro, contacto_id, solicitud_id = _contacto_con_solicitud(
        copia_de_la_demo, "rectificacion", "Mi teléfono es 099 333 444; el 099 111 222 ya no es mío.",
        telefono="099 111 222")
    ventana = abrir(copia_de_la_demo, area="miembros")
    vista = ventana.miembros
    qtbot.waitUntil(lambda: not vista.llenado.activo, timeout=10_000)
    qtbot.keyClicks(vista.busqueda, normalizar(miembro))
    qtbot.waitUntil(lambda: vista.filtro.rowCount() == 1)
    visto = {}

    def corregir_el_telefono(dialogo: DialogoContacto):
        assert dialogo.telefono.text() == "099 111 222"
        qtbot.mouseClick(dialogo.telefono, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialogo.telefono, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)   # todo, para reemplazarlo
        qtbot.keyClicks(dialogo.telefono, "099 333 444")
        (guardar,) = [b for b in dialogo.findChild(QDialogButtonBox).buttons() if b.text() == "Guardar"]
        _clic(qtbot, guardar)

    def en_la_ficha(ficha: DialogoFichaMiembro):
        assert ficha.miembro_id == miembro_id
        barra = ficha.pestanas.tabBar()
        pestana = next(n for n in range(barra.count()) if barra.tabText(n) == "Autoridad y contactos")
        qtbot.mouseClick(barra, Qt.MouseButton.LeftButton, pos=barra.tabRect(pestana).center())
        tabla = ficha.tabla_contactos
        fila = next(n for n in range(tabla.rowCount()) if tabla.item(n, 0).text() == "Valeria Quiroga")
        qtbot.mouseClick(tabla.viewport(), Qt.MouseButton.LeftButton,
                         pos=tabla.visualItemRect(tabla.item(fila, 0)).center())
        hecho = cuando_se_abra(DialogoContacto, corregir_el_telefono)
        _clic(qtbot, ficha.boton_editar_contacto)
        assert hecho
        fila = next(n for n in range(tabla.rowCount()) if tabla.item(n, 0).text() == "Valeria Quiroga")
        visto["telefono"] = tabla.item(fila, 3).text()
        _clic(qtbot, ficha.boton_cerrar)

    hecho = cuando_se_abra(DialogoFichaMiembro, en_la_ficha)
    qtbot.keyClick(vista.busqueda, Qt.Key.Key_Return)   # un solo resultado: Enter abre su ficha
    assert hecho and visto["telefono"] == "099 333 444"

    # Datos personales › Solicitudes: «Responder…» con lo que se hizo.
    lista = ventana.navegacion
    qtbot.mouseClick(lista.viewport(), Qt.MouseButton.LeftButton,
                     pos=lista.visualItemRect(lista.item(indice_del_area("datos_personales"))).center())
    pestana = _ir_a_solicitudes(qtbot, ventana, solicitud_id)
    # Sin tildes: el teclado de la prueba (QTest.keyClicks) no las escribe.
    respuesta = "Cambiamos el dato en la ficha del miembro: ahora figura el 099 333 444 en lugar del 099 111 222."

    def responder(dialogo: DialogoRespuesta):
        assert dialogo.windowTitle() == f"Responder la solicitud N.º {solicitud_id}"
        assert dialogo.focusWidget() is dialogo.texto   # el cursor ya está en la respuesta
        qtbot.keyClicks(dialogo.texto, respuesta)
        _clic(qtbot, dialogo.boton_aceptar)

    hecho = cuando_se_abra(DialogoRespuesta, responder)
    _clic(qtbot, pestana.botones["responder"])
    assert hecho and not avisos.preguntas
    fila = _fila_de(pestana.modelo, lambda s: s["id"] == solicitud_id)
    assert pestana.modelo.index(fila, 5).data() == f"Respondida el {formato.fecha(hoy())}"
    assert respuesta in pestana.detalle.text()

    # Releído del disco: la respuesta, el contacto corregido y el cambio en la bitácora.
    (leida,) = _releer(copia_de_la_demo, listar_solicitudes)
    assert (leida["id"], leida["estado"], leida["respuesta"]) == (solicitud_id, "respondida", respuesta)
    db = abrir_base(copia_de_la_demo)
    try:
        (contacto,) = [c for c in obtener_ficha(db, miembro_id)["contactos"] if c["id"] == contacto_id]
        cambios = listar_bitacora(db, entidad="contactos", entidad_id=contacto_id)
    finally:
        db.close()
    assert (contacto["nombre"], contacto["telefono"]) == ("Valeria Quiroga", "099 333 444")
    # Lo más reciente primero: el cambio de la ficha, solo el teléfono (lo demás del contacto quedó como estaba).
    ultimo = cambios[0]
    assert (ultimo.accion, ultimo.descripcion, ultimo.detalle) == (
        "cambio", f"Contacto de {miembro} modificado: Valeria Quiroga", ["telefono: 099 111 222 → 099 333 444"])
    assert (ultimo.antes["telefono"], ultimo.despues["telefono"]) == ("099 111 222", "099 333 444")
    assert [r for r in cambios if r.accion == "cambio" and any(d.startswith("telefono:") for d in r.detalle)] == \
        [ultimo]   # el teléfono cambió una vez: en la ficha


def test_la_base_legal_es_un_renglon_que_se_lee_entero_e_intro_la_guarda(qtbot, abrir, copia_de_la_demo, avisos):
    """La base legal, la finalidad y la conservación son de un renglón (hasta 500 letras): el campo las muestra
    enteras en varios renglones, pero Intro no parte la frase (antes, el servicio la rechazaba al guardar: «tiene un
    salto de línea») sino que guarda, y lo pegado con saltos de línea queda en un renglón."""
    _preparar(copia_de_la_demo, con_persona=False)
    ventana = abrir(copia_de_la_demo)
    area = ventana.datos_personales
    area.pestanas.setCurrentWidget(area.politica)
    tabla = area.politica.tabla_tratamientos
    fila = _fila_de(area.politica.modelo_tratamientos, lambda t: t["clase"] == "contactos")
    _clic_en_fila(qtbot, tabla, fila)
    # (QTest escribe solo ASCII: las tildes llegan pegadas, arriba)
    finalidad = "Convocar a las sesiones, enviar las actas y mantener el contacto institucional con cada ciudad"

    def escribir(dialogo):
        dialogo.base_legal.selectAll()
        portapapeles = QApplication.clipboard()
        portapapeles.setText("Interés legítimo de la asociación\n(art. 6.1.f del reglamento)\r\n")
        dialogo.base_legal.paste()
        assert dialogo.base_legal.toPlainText() == "Interés legítimo de la asociación (art. 6.1.f del reglamento) "
        dialogo.finalidad.selectAll()
        qtbot.keyClicks(dialogo.finalidad, finalidad)
        qtbot.keyClick(dialogo.finalidad, Qt.Key.Key_Return)   # guarda: el botón por omisión del diálogo
        return dialogo.isVisible(), dialogo.finalidad.toPlainText()

    hecho = cuando_se_abra(DialogoTratamiento, escribir)
    _clic(qtbot, area.politica.boton_editar)
    qtbot.waitUntil(lambda: bool(hecho), timeout=5000)
    assert hecho == [(False, finalidad)]
    assert avisos.informes == []
    db = abrir_base(copia_de_la_demo)   # releído de la base, como lo verá la próxima apertura
    try:
        guardado = next(t for t in tratamientos(Oficina(db, listar_asociaciones(db)[0]).contexto)
                        if t["clase"] == "contactos")
    finally:
        db.close()
    assert guardado["base_legal"] == "Interés legítimo de la asociación (art. 6.1.f del reglamento)"
    assert guardado["finalidad"] == finalidad
