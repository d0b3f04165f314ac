"""Los consentimientos y el boletín de la red en la ventana (issue 81 §3), como los usa una secretaría, en la ventana de
verdad sobre una copia de la red de ejemplo: un consentimiento registrado en Datos personales › Consentimientos (con
los campos que el servicio rechaza marcados, y nada guardado hasta corregirlos) aparece en la tabla, sigue allí al
cerrar y volver a abrir la base, y revocado dice «Revocado el …»; una solicitud de revocación respondida desde
Solicitudes deja la solicitud respondida, el consentimiento revocado y el boletín que esperaba en la bandeja anulado,
mientras la convocatoria (la manda el estatuto) le sigue llegando; y el boletín escrito desde la bandeja de salida
(«Boletín…») llega, contra un servidor SMTP de verdad, solo a quien lo aceptó, después de que un asunto vacío se dijo
en el diálogo sin perder el texto escrito.

Clics y teclas de verdad; los diálogos modales se contestan con temporizadores reales."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from correo.servidor_smtp import ServidorSMTP, puerto_libre
from escritorio.dominio import formato
from escritorio.errores import ErrorValidacion
from escritorio.interfaz import cartero as modulo_cartero
from escritorio.interfaz.dialogos.bandeja_salida import DialogoBandejaSalida
from escritorio.interfaz.dialogos.boletin import DialogoBoletin
from escritorio.interfaz.dialogos.consentimiento import DialogoRegistrarConsentimiento, DialogoRevocarConsentimiento
from escritorio.interfaz.ventana_principal import VentanaPrincipal, indice_del_area
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.boletin import preparar_boletin
from escritorio.servicios.consentimientos import consentimientos, registrar_consentimiento, texto_sugerido
from escritorio.servicios.correo import bandeja, encolar, preparar_convocatoria
from escritorio.servicios.cuenta_de_correo import configurar_cuenta
from escritorio.servicios.ficha import guardar_contacto
from escritorio.servicios.oficina import Oficina
from escritorio.servicios.personas import apariciones, registrar_persona
from escritorio.servicios.solicitudes_de_datos import fijar_politica, listar_solicitudes, registrar_solicitud

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")

REMITENTE = "secretaria@redsur.ejemplo.org"
# La LXII sesión ordinaria del Consejo de la demo (la de las pruebas del correo): sus integrantes reciben la
# convocatoria.
SESION = 4


@pytest.fixture
def avisos(monkeypatch):
    """Los cuadros de la ventana: las preguntas se anotan y se contestan «No», salvo las que la prueba contesta «Sí»
    (`avisos.si`); los informes se anotan; un rechazo («No se pudo completar») hace fallar la prueba con su texto."""
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
    """abrir(ruta) -> la ventana real sobre la base, en Datos personales (con un clic en la navegación). Al final se
    cierra sin esperar al cartero (lo que quedó en la bandeja no se envía después de la prueba)."""
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
        if ventana.cartero is not None:
            ventana.cartero.soltar()
            ventana.cartero = None
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
            if dialogo.isVisible():   # si la prueba falló adentro, el diálogo no queda esperando (ni pregunta)
                dialogo.done(0)

    QTimer.singleShot(0, mirar)
    return hecho


def _clic(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _clic_en_fila(qtbot, tabla, fila: int) -> None:
    indice = tabla.model().index(fila, 0)
    tabla.scrollTo(indice)
    qtbot.mouseClick(tabla.viewport(), Qt.MouseButton.LeftButton, pos=tabla.visualRect(indice).center())


def _fila_de(modelo, prueba) -> int:
    return next(n for n in range(modelo.rowCount()) if prueba(modelo.fila(n)))


def _celda(modelo, fila: int, titulo: str) -> str:
    columna = next(n for n, c in enumerate(modelo.columnas) if c.titulo == titulo)
    return modelo.index(fila, columna).data()


def _ir_a_la_pestana(qtbot, ventana, pestana):
    area = ventana.datos_personales
    barra = area.pestanas.tabBar()
    qtbot.mouseClick(barra, Qt.MouseButton.LeftButton, pos=barra.tabRect(area.pestanas.indexOf(pestana)).center())
    assert area.pestanas.currentWidget() is pestana
    return pestana


def _releer(ruta, leer):
    """`leer(contexto)` con una conexión nueva a la base del disco (no la de la ventana)."""
    db = abrir_base(ruta)
    try:
        return leer(Oficina(db, listar_asociaciones(db)[0]).contexto)
    finally:
        db.close()


def _contactos_con_correo(contexto) -> list[dict]:
    return [a for a in apariciones(contexto) if a["tabla"] == "contactos" and a["correo"]]


def _contacto_de_dominio_unico(contexto) -> tuple[dict, str]:
    """Un contacto con correo cuyo dominio («feiradesantana») no está en la dirección de ningún otro: se elige en el
    diálogo escribiendo esa palabra. (contacto, palabra)."""
    contactos = _contactos_con_correo(contexto)
    for contacto in contactos:
        palabra = contacto["correo"].split("@")[1].split(".")[0]
        if palabra.isascii() and sum(palabra in c["correo"] for c in contactos) == 1:
            return contacto, palabra
    raise AssertionError("la demo no tiene un contacto con un dominio propio")


def test_un_consentimiento_registrado_en_la_pestana_sigue_al_volver_a_abrir_y_se_revoca(qtbot, abrir,
                                                                                        copia_de_la_demo, avisos):
    ventana = abrir(copia_de_la_demo)
    contacto, palabra = _contacto_de_dominio_unico(ventana.contexto)
    sugerido = texto_sugerido(ventana.contexto)
    pestana = _ir_a_la_pestana(qtbot, ventana, ventana.datos_personales.consentimientos)
    assert pestana.modelo.rowCount() == 0 and "Todavía no hay consentimientos registrados" in pestana.detalle.text()
    assert not pestana.botones["revocar"].isEnabled()
    aceptado = "Acepto recibir por correo el boletin de la red; puedo revocarlo cuando quiera."
    aceptado_el = hoy() - timedelta(days=3)
    visto = {}

    def registrar(dialogo: DialogoRegistrarConsentimiento):
        # El contacto, escribiendo parte de su correo (sin acentos, por cualquier parte) y eligiendo la sugerencia.
        campo = dialogo.contacto.lineEdit()
        campo.setFocus()
        qtbot.keyClicks(campo, palabra)
        popup = dialogo.contacto.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert dialogo.contacto.miembro_id() == contacto["fila_id"]
        visto["propuesto"] = dialogo.texto.toPlainText()
        # El texto borrado y una fecha que todavía no llegó: el servicio los rechaza, cada uno marcado en su campo.
        qtbot.mouseClick(dialogo.texto.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialogo.texto, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialogo.texto, Qt.Key.Key_Delete)
        dialogo.otorgado.setDate(hoy() + timedelta(days=1))
        _clic(qtbot, dialogo.boton_aceptar)
        visto["rechazo"] = (dialogo.isVisible(), dialogo.problemas.isVisible(), dialogo.problemas.etiqueta.text(),
                            dialogo.texto.toolTip(), dialogo.otorgado.toolTip(),
                            consentimientos(ventana.contexto))
        # Corregido: el texto que aceptó, tal cual; en papel; hace tres días.
        qtbot.keyClicks(dialogo.texto, aceptado)
        dialogo.otorgado.setDate(aceptado_el)
        dialogo.canal.setFocus()
        dialogo.canal.setCurrentIndex(dialogo.canal.findData("nota"))
        _clic(qtbot, dialogo.boton_aceptar)

    hecho = cuando_se_abra(DialogoRegistrarConsentimiento, registrar)
    _clic(qtbot, pestana.botones["registrar"])
    assert hecho
    assert visto["propuesto"] == sugerido   # el texto que propone Escritorio, con el nombre de la asociación
    abierto, con_problemas, problemas, ayuda_texto, ayuda_fecha, guardados = visto["rechazo"]
    assert abierto and con_problemas and guardados == []
    assert "El consentimiento no se registró: falta el texto que la persona aceptó" in problemas
    assert "falta el texto que la persona aceptó" in ayuda_texto and "todavía no llegó" in ayuda_fecha

    (registrado,) = consentimientos(ventana.contexto)
    assert (registrado["contacto_id"], registrado["texto"], registrado["canal"], registrado["otorgado_el"]) == (
        contacto["fila_id"], aceptado, "nota", aceptado_el.isoformat())
    assert pestana.consentimiento_id() == registrado["id"]
    assert _celda(pestana.modelo, 0, "Estado") == "Vigente" and pestana.texto.toPlainText() == aceptado
    assert pestana.botones["revocar"].isEnabled()
    ventana.close()

    # Otra ventana sobre la misma base: el consentimiento, leído del disco, con lo que se registró.
    ventana = abrir(copia_de_la_demo)
    pestana = _ir_a_la_pestana(qtbot, ventana, ventana.datos_personales.consentimientos)
    assert pestana.modelo.rowCount() == 1
    fila = [_celda(pestana.modelo, 0, t) for t in ("Contacto", "Miembro", "Correo", "Desde", "Canal", "Estado")]
    assert fila == [contacto["nombre"], contacto["miembro"], contacto["correo"], formato.fecha(aceptado_el),
                    "Nota en papel", "Vigente"]
    assert pestana.resumen.text() == "1 consentimiento"

    # Revocarlo: se elige, «Revocar…», en persona, hoy.
    _clic_en_fila(qtbot, pestana.tabla, 0)
    assert pestana.texto.toPlainText() == aceptado

    def revocar(dialogo: DialogoRevocarConsentimiento):
        visto["explicacion"] = dialogo.findChild(type(pestana.detalle)).text()
        dialogo.canal.setCurrentIndex(dialogo.canal.findData("presencial"))
        _clic(qtbot, dialogo.boton_aceptar)

    hecho = cuando_se_abra(DialogoRevocarConsentimiento, revocar)
    _clic(qtbot, pestana.botones["revocar"])
    assert hecho
    assert "el boletín no le sale más, tampoco el que espera en la bandeja" in visto["explicacion"]
    assert avisos.informes[-1] == (f"Consentimiento N.º {registrado['id']} revocado: el boletín no le sale más. "
                                   "Ningún boletín suyo esperaba en la bandeja de salida.")
    assert _celda(pestana.modelo, 0, "Estado") == f"Revocado el {formato.fecha(hoy())}"
    assert "Revocado el" in pestana.detalle.text() and not pestana.botones["revocar"].isEnabled()
    _clic(qtbot, pestana.solo_vigentes)
    assert pestana.modelo.rowCount() == 0 and pestana.resumen.text() == "0 consentimientos"

    # Del disco: revocado hoy, en persona; lo aceptado, intacto.
    (leido,) = _releer(copia_de_la_demo, consentimientos)
    assert (leido["revocado_el"], leido["canal_de_revocacion"], leido["texto"]) == (
        hoy().isoformat(), "presencial", aceptado)


def _para_de_la_convocatoria(contexto, miembro_id: int) -> list[str]:
    (mensaje,) = preparar_convocatoria(contexto, SESION, miembros=[miembro_id]).mensajes
    return [direccion for direccion, _nombre in mensaje.para]


def test_una_revocacion_respondida_en_solicitudes_detiene_el_boletin_y_no_la_convocatoria(qtbot, abrir,
                                                                                          copia_de_la_demo, avisos,
                                                                                          monkeypatch):
    """La persona de contacto de un integrante del Consejo aceptó el boletín y recibe las convocatorias en su
    dirección; un boletín suyo espera en la bandeja. Pide revocar su consentimiento: «Responder…» en Solicitudes dice
    lo que pasa, y contestado «Sí» la solicitud queda respondida, el consentimiento revocado (la pestaña
    Consentimientos lo dice) y el boletín anulado; la convocatoria le sigue llegando."""
    # El cartero no intenta enviar mientras tanto: el boletín sigue esperando hasta que la revocación lo anule.
    monkeypatch.setattr(modulo_cartero, "PRIMER_INTENTO_MS", 600_000)
    monkeypatch.setattr(modulo_cartero, "REINTENTAR_MS", 600_000)
    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Oficina(db, listar_asociaciones(db)[0]).contexto
        fijar_politica(contexto, pais="BR")   # la LGPD: la revocación del consentimiento es un derecho (art. 18, IX)
        integrante = preparar_convocatoria(contexto, SESION).mensajes[0]
        contacto_id = guardar_contacto(db, integrante.miembro_id, "Valeria Quiroga", "Secretaría",
                                       "valeria.quiroga@ejemplo.org", recibe="convocatoria")
        registrar_consentimiento(contexto, contacto_id, texto_sugerido(contexto), canal="correo",
                                 otorgado_el=hoy() - timedelta(days=60))
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=puerto_libre(), seguridad="ninguna",
                          remitente=REMITENTE)
        (boletin,) = encolar(contexto, preparar_boletin(contexto, "Boletin de octubre", "Novedades de la red."))
        persona_id = registrar_persona(contexto, None, [("contactos", contacto_id)])
        solicitud_id = registrar_solicitud(contexto, persona_id, "revocacion",
                                           detalle="Ya no quiero recibir el boletin.").id
    finally:
        db.close()
    miembro_id = integrante.miembro_id
    assert _releer(copia_de_la_demo, lambda c: _para_de_la_convocatoria(c, miembro_id)) == \
        ["valeria.quiroga@ejemplo.org"]

    ventana = abrir(copia_de_la_demo)
    pestana = _ir_a_la_pestana(qtbot, ventana, ventana.datos_personales.solicitudes)
    _clic_en_fila(qtbot, pestana.tabla, _fila_de(pestana.modelo, lambda s: s["id"] == solicitud_id))
    assert pestana.solicitud_id() == solicitud_id and pestana.botones["responder"].isEnabled()
    assert "se revocan sus consentimientos vigentes" in pestana.botones["responder"].toolTip()
    avisos.si = ("¿Responder la revocación de Valeria Quiroga?",)
    _clic(qtbot, pestana.botones["responder"])
    (pregunta,) = avisos.preguntas
    assert pregunta == ("¿Responder la revocación de Valeria Quiroga? Se revocan sus consentimientos vigentes: el "
                        "boletín no le sale más, tampoco el que espera en la bandeja; el correo que manda el estatuto "
                        "sigue.")
    assert avisos.informes[-1] == (f"Solicitud N.º {solicitud_id} respondida: 1 consentimiento revocado; el boletín no "
                                   "le sale más. 1 boletín que esperaba en la bandeja de salida se anuló.")
    fila = _fila_de(pestana.modelo, lambda s: s["id"] == solicitud_id)
    assert pestana.modelo.index(fila, 5).data() == f"Respondida el {formato.fecha(hoy())}"
    assert not pestana.botones["responder"].isEnabled()

    # La pestaña Consentimientos lo muestra revocado, por esa solicitud.
    consentidos = _ir_a_la_pestana(qtbot, ventana, ventana.datos_personales.consentimientos)
    fila = _fila_de(consentidos.modelo, lambda c: c["contacto_id"] == contacto_id)
    assert _celda(consentidos.modelo, fila, "Estado") == f"Revocado el {formato.fecha(hoy())}"
    _clic_en_fila(qtbot, consentidos.tabla, fila)
    assert f"(Solicitud N.º {solicitud_id}.)" in consentidos.detalle.text()

    # Del disco: respondida; revocado hoy por la solicitud; el boletín, anulado; la convocatoria, a ella todavía.
    (leida,) = _releer(copia_de_la_demo, listar_solicitudes)
    assert (leida["estado"], leida["respondida_el"]) == ("respondida", hoy().isoformat())
    (leido,) = _releer(copia_de_la_demo, consentimientos)
    assert (leido["revocado_el"], leido["solicitud_id"]) == (hoy().isoformat(), solicitud_id)
    assert [(m.id, m.estado) for m in _releer(copia_de_la_demo, lambda c: bandeja(c, clase="boletin"))] == \
        [(boletin, "anulado")]
    assert _releer(copia_de_la_demo, lambda c: _para_de_la_convocatoria(c, miembro_id)) == \
        ["valeria.quiroga@ejemplo.org"]


def test_el_boletin_de_la_bandeja_llega_solo_a_quien_lo_acepto(qtbot, abrir, copia_de_la_demo, avisos):
    """Dos contactos con correo: uno aceptó el boletín y el otro no. Desde la bandeja de salida, «Boletín…»: el
    texto escrito sin asunto se rechaza con el mensaje del servicio y queda escrito; con el asunto, la vista previa
    nombra solo a quien lo aceptó, y «Poner en la bandeja» deja un mensaje, que el cartero envía a su dirección."""
    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Oficina(db, listar_asociaciones(db)[0]).contexto
        acepto, otro = _contactos_con_correo(contexto)[:2]
        registrar_consentimiento(contexto, acepto["fila_id"], texto_sugerido(contexto), canal="nota",
                                 otorgado_el=hoy() - timedelta(days=10))
    finally:
        db.close()
    ventana = abrir(copia_de_la_demo, area="inicio")
    contexto = ventana.oficina.contexto
    texto = "Novedades de la red: el encuentro de Rosario es el 12 de diciembre."
    try:
        preparar_boletin(contexto, "", texto)
        raise AssertionError("el servicio aceptó un boletín sin asunto")
    except ErrorValidacion as error:
        sin_asunto = error.mensaje
    visto = {}
    with ServidorSMTP() as servidor:
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                          remitente=REMITENTE)
        bandeja_de_salida = DialogoBandejaSalida(ventana.oficina, ventana)
        qtbot.addWidget(bandeja_de_salida)
        bandeja_de_salida.show()
        qtbot.waitExposed(bandeja_de_salida)

        def escribir(dialogo: DialogoBoletin):
            qtbot.keyClicks(dialogo.texto, texto)
            _clic(qtbot, dialogo.boton_poner)   # sin asunto
            visto["sin_asunto"] = (dialogo.isVisible(), dialogo.veredicto.isVisible(), dialogo.veredicto.text(),
                                   dialogo.asunto.toolTip(), dialogo.texto.toPlainText(), bandeja(contexto))
            qtbot.keyClicks(dialogo.asunto, "Boletin de diciembre")
            _clic(qtbot, dialogo.boton_previa)
            filas = [dialogo.reciben.topLevelItem(n) for n in range(dialogo.reciben.topLevelItemCount())]
            visto["previa"] = ([(f.text(0), f.text(1), f.text(2)) for f in filas], dialogo.titulo_reciben.text(),
                               dialogo.cuerpo.toPlainText(), dialogo.veredicto.isVisible())
            avisos.si = ("¿Poner en la bandeja de salida el boletín «Boletin de diciembre»?",)
            _clic(qtbot, dialogo.boton_poner)
            visto["cerrado"] = not dialogo.isVisible()

        hecho = cuando_se_abra(DialogoBoletin, escribir)
        _clic(qtbot, bandeja_de_salida.boton_boletin)
        assert hecho
        qtbot.waitUntil(lambda: len(servidor.recibidos) == 1, timeout=60_000)
        qtbot.waitUntil(lambda: not ventana.cartero.enviando)
        recibidos = list(servidor.recibidos)
        qtbot.waitUntil(lambda: any(m.asunto == "Boletin de diciembre" for m in bandeja_de_salida.mensajes))
        bandeja_de_salida.close()

    # Sin asunto: el mensaje del servicio, el campo marcado, lo escrito intacto y nada en la bandeja.
    abierto, con_veredicto, veredicto, ayuda_asunto, escrito, en_la_bandeja = visto["sin_asunto"]
    assert abierto and con_veredicto and veredicto == sin_asunto and ayuda_asunto
    assert escrito == texto and en_la_bandeja == []
    # La vista previa: solo quien lo aceptó, con el pie que dice cuándo.
    reciben, titulo, cuerpo, con_veredicto = visto["previa"]
    assert reciben == [(acepto["nombre"], acepto["correo"], acepto["miembro"])] and titulo == "Lo reciben (1)"
    assert not con_veredicto
    assert cuerpo.startswith(f"A {acepto['nombre']}:") and texto in cuerpo
    assert f"Recibe este boletín porque lo aceptó el {formato.fecha(hoy() - timedelta(days=10))}" in cuerpo
    assert visto["cerrado"] and avisos.preguntas[-1].startswith(avisos.si[0])
    # En la bandeja, un mensaje: el boletín, a su dirección; el otro contacto no lo recibe.
    (mensaje,) = bandeja(contexto, clase="boletin")
    assert [d["direccion"] for d in mensaje.destinatarios] == [acepto["correo"]]
    assert all(d["direccion"] != otro["correo"] for m in bandeja(contexto) for d in m.destinatarios)
    (recibido,) = recibidos
    assert recibido.destinatarios == [acepto["correo"]] and recibido.mensaje["Subject"] == "Boletin de diciembre"
