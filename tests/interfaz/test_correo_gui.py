"""El correo en la ventana (issue 46 §1 y §2), por el camino de la secretaria y contra un servidor SMTP de verdad en
127.0.0.1 (tests/correo/servidor_smtp.py): la cuenta con «Probar la conexión» y el certificado propio aceptado a
sabiendas; la convocatoria enviada desde el editor de la sesión (lo que llega, el PDF idéntico al emitido, quién se
quedó afuera, a cuántos llegó); el recibo sin servidor, que espera a la vista y sale solo cuando vuelve; una dirección
rechazada que se ve en la ficha del miembro con su motivo, y un rebote anotado allí; la bandeja de salida («por
confirmar», anular); y el aviso al cerrar con mensajes esperando, por el closeEvent de verdad. Temporizadores
reales, acortados (el reintento, a 0,3 s)."""

from contextlib import closing
import hashlib
import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from correo.servidor_smtp import ServidorSMTP, certificado_autofirmado, puerto_libre
from escritorio.datos import correo as tabla_correo
from escritorio.interfaz import cartero as modulo_cartero
from escritorio.interfaz.dialogos.bandeja_salida import DialogoBandejaSalida
from escritorio.interfaz.dialogos.cuenta_correo import DialogoCuentaCorreo
from escritorio.interfaz.dialogos.enviar_correo import DialogoEnviarCorreo
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.ventana_principal import VentanaPrincipal, indice_del_area
from escritorio.servicios.base import abrir_base
from escritorio.servicios.correo import bandeja, encolar, preparar_convocatoria
from escritorio.servicios.cuenta_de_correo import configurar_cuenta, cuenta_de_correo

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")

REMITENTE = "secretaria@redsur.ejemplo.org"
SESION = 4          # la LXII sesión ordinaria del Consejo de la demo: 17 integrantes con correo institucional
INTEGRANTES = 17


def abrir_pestana(ficha, titulo: str) -> None:
    """Pone a la vista la pestaña de la ficha que se llama `titulo`, como un clic en ella."""
    ficha.pestanas.setCurrentIndex(next(i for i in range(ficha.pestanas.count()) if ficha.pestanas.tabText(i) == titulo))


@pytest.fixture(autouse=True)
def _reintento_pronto(monkeypatch):
    """El mismo temporizador de verdad, más seguido: sin conexión se reintenta cada 0,3 s (no cada minuto)."""
    monkeypatch.setattr(modulo_cartero, "REINTENTAR_MS", 300)
    monkeypatch.setattr(modulo_cartero, "PRIMER_INTENTO_MS", 100)


@pytest.fixture
def abrir(qtbot, tmp_path):
    """abrir(ruta) -> la ventana real sobre la base; al final se cierra sin preguntar si algo quedó esperando (por
    eso no se la da a qtbot, que la cerraría antes y, con una prueba fallida, el aviso de cierre quedaría esperando)."""
    abiertas = []

    def abrir_ventana(ruta):
        db = abrir_base(ruta)
        ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
        ventana.show()
        qtbot.waitExposed(ventana)
        abiertas.append((ventana, db))
        return ventana

    yield abrir_ventana
    for ventana, db in abiertas:
        if ventana.cartero is not None:
            ventana.cartero.soltar()
            ventana.cartero = None
        ventana.close()
        ventana.deleteLater()
        db.close()


def cuando_se_abra(clase, accion, hecho: list) -> None:
    """Con un temporizador real: cuando el diálogo modal `clase` esté a la vista, `accion(dialogo)`."""
    def mirar():
        dialogo = QApplication.activeModalWidget()
        if isinstance(dialogo, clase) and dialogo.isVisible():
            hecho.append(accion(dialogo))
        else:
            QTimer.singleShot(30, mirar)
    QTimer.singleShot(0, mirar)


def _cuenta(ventana, puerto) -> None:
    configurar_cuenta(ventana.oficina.contexto, servidor="127.0.0.1", puerto=puerto, seguridad="ninguna",
                      remitente=REMITENTE, nombre_remitente="Secretaría Ejecutiva — RCS")


def _filas(ruta, sql, *valores):
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return conexion.execute(sql, valores).fetchall()


def _accion(menu, texto):
    return next(a for a in menu.actions() if a.text() == texto)


def test_la_cuenta_se_prueba_de_verdad_y_el_certificado_propio_se_acepta_a_sabiendas(qtbot, abrir, copia_de_la_demo,
                                                                                      tmp_path, llavero):
    ventana = abrir(copia_de_la_demo)
    certificado = certificado_autofirmado(tmp_path)
    vistos = {}
    with ServidorSMTP(tls=certificado, usuario=("secretaria", "clave-de-aplicacion")) as servidor:
        def en_el_dialogo(dialogo: DialogoCuentaCorreo):
            dialogo.proveedor.setCurrentIndex(dialogo.proveedor.findData("Gmail / Google Workspace"))
            dialogo.proveedor.activated.emit(dialogo.proveedor.currentIndex())
            vistos["gmail"] = (dialogo.servidor.text(), dialogo.puerto.value(), dialogo.seguridad.currentData())
            dialogo.servidor.clear()
            qtbot.keyClicks(dialogo.servidor, "127.0.0.1")
            dialogo.puerto.setValue(servidor.puerto)
            qtbot.keyClicks(dialogo.usuario, "secretaria")
            qtbot.keyClicks(dialogo.clave, "clave-de-aplicacion")
            qtbot.keyClicks(dialogo.remitente, REMITENTE)
            qtbot.mouseClick(dialogo.boton_probar, Qt.MouseButton.LeftButton)
            vistos["primera"] = dialogo.resultado.text()
            vistos["certificado"] = dialogo.texto_certificado.text() if dialogo.panel_certificado.isVisible() else ""
            vistos["aceptar_visible"] = dialogo.boton_aceptar_certificado.isVisible()
            qtbot.mouseClick(dialogo.boton_aceptar_certificado, Qt.MouseButton.LeftButton)   # y prueba de nuevo
            vistos["segunda"] = dialogo.resultado.text()
            qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)

        hecho = []
        cuando_se_abra(DialogoCuentaCorreo, en_el_dialogo, hecho)
        archivo = next(m for m in ventana.menuBar().actions() if m.text() == "&Archivo").menu()
        _accion(archivo, "Cuenta de &correo…").trigger()
        qtbot.waitUntil(lambda: bool(hecho))
    assert vistos["gmail"] == ("smtp.gmail.com", 587, "starttls")
    assert vistos["primera"].startswith("Falta aceptar el certificado del servidor")
    huella = hashlib.sha256(_der(certificado[0])).hexdigest()
    legible = ":".join(huella[i:i + 2] for i in range(0, 64, 2)).upper()
    assert "no reconoce" in vistos["certificado"] and legible in vistos["certificado"] and vistos["aceptar_visible"]
    assert vistos["segunda"] == (f"Conexión correcta con 127.0.0.1:{servidor.puerto}; cifrada, con el certificado "
                                 "propio aceptado; el servidor aceptó el usuario secretaria y su clave.")
    cuenta = cuenta_de_correo(ventana.oficina.contexto)
    assert (cuenta.servidor, cuenta.usuario, cuenta.certificado_aceptado) == ("127.0.0.1", "secretaria", huella)
    # La clave, en el llavero del sistema; en la base, en ninguna parte.
    assert ("Escritorio", cuenta.direccion_llavero) in llavero.claves
    assert llavero.claves[("Escritorio", cuenta.direccion_llavero)] == "clave-de-aplicacion"
    ventana.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    assert b"clave-de-aplicacion" not in copia_de_la_demo.read_bytes()


def test_la_convocatoria_sale_desde_el_editor_de_la_sesion_y_llega_con_su_pdf(qtbot, abrir, copia_de_la_demo):
    ventana = abrir(copia_de_la_demo)
    textos_de_la_barra = []
    with ServidorSMTP() as servidor:
        _cuenta(ventana, servidor.puerto)
        ventana.navegacion.setCurrentRow(indice_del_area("sesiones"))
        ventana.sesiones.abrir(SESION)
        editor = ventana.sesiones.editor
        assert not editor.correo_enviado.isVisible()   # nunca se envió: nada que decir
        ventana.cartero.cambio.connect(lambda: textos_de_la_barra.append(ventana.aviso_correo.text()))
        vistos = {}

        def en_el_dialogo(dialogo: DialogoEnviarCorreo):
            lista = dialogo.destinatarios
            vistos["filas"] = lista.topLevelItemCount()
            salto = next(lista.topLevelItem(i) for i in range(lista.topLevelItemCount())
                         if lista.topLevelItem(i).text(0) == "Salto")
            salto.setCheckState(0, Qt.CheckState.Unchecked)
            vistos["marcados"] = dialogo.cuenta_marcados.text()
            lista.setCurrentItem(lista.topLevelItem(0))
            qtbot.keyClicks(dialogo.copias, "archivo@redsur.ejemplo.org")
            dialogo.copias.editingFinished.emit()
            vistos["vista"] = (dialogo.titulo_vista.text(), dialogo.de.text(), dialogo.copia.text(),
                               dialogo.asunto.text(), dialogo.adjuntos.text(), dialogo.cuerpo.toPlainText())
            qtbot.mouseClick(dialogo.boton_enviar, Qt.MouseButton.LeftButton)

        hecho = []
        cuando_se_abra(DialogoEnviarCorreo, en_el_dialogo, hecho)
        _accion(editor.boton_documentos.menu(), "Enviar la convocatoria por correo…").trigger()
        qtbot.waitUntil(lambda: bool(hecho))
        qtbot.waitUntil(lambda: len(servidor.recibidos) == INTEGRANTES - 1, timeout=60_000)
        qtbot.waitUntil(lambda: not ventana.cartero.enviando)
        recibidos = list(servidor.recibidos)
    assert vistos["filas"] == INTEGRANTES and vistos["marcados"] == "16 de 17 mensajes marcados"
    titulo, de, copia, asunto, adjuntos, cuerpo = vistos["vista"]
    assert titulo == "Así lo recibe Mar del Plata"
    assert de == f"Secretaría Ejecutiva — RCS <{REMITENTE}>" and copia == "archivo@redsur.ejemplo.org"
    assert asunto == "Convocatoria: LXII sesión ordinaria — Consejo, 15/09/2026"
    assert adjuntos == "Convocatoria Consejo 15-09-2026.pdf"
    assert cuerpo.startswith("A Patricia Sosa, Intendente de Mar del Plata:") and "Orden del día:" in cuerpo
    # Lo que llegó: cada integrante su mensaje (Salto no), con la copia, y el PDF idéntico al emitido.
    emitidos = {sha for (sha,) in _filas(copia_de_la_demo, "SELECT sha256 FROM archivos_emitidos")}
    destinatarios = {r.mensaje["To"].addresses[0].display_name for r in recibidos}
    assert len(destinatarios) == INTEGRANTES - 1 and "Salto" not in destinatarios
    for recibido in recibidos:
        assert "archivo@redsur.ejemplo.org" in recibido.destinatarios
        (adjunto,) = list(recibido.mensaje.iter_attachments())
        assert adjunto.get_filename() == "Convocatoria Consejo 15-09-2026.pdf"
        assert hashlib.sha256(adjunto.get_content()).hexdigest() in emitidos
    # La ventana siguió viva y lo dijo: «Enviando el correo: n de 16…»; al terminar, nada espera.
    assert any(t.startswith("Enviando el correo:") and t.endswith("de 16…") for t in textos_de_la_barra)
    qtbot.waitUntil(lambda: not ventana.aviso_correo.isVisible())
    # El encabezado de la sesión dice a cuántos llegó, quién no, y desde cuándo cuenta el plazo.
    qtbot.waitUntil(lambda: editor.correo_enviado.isVisible())
    texto = editor.correo_enviado.text()
    assert "Convocatoria enviada por correo a 16 de 17 integrantes el " in texto and "1 no elegido (Salto)" in texto
    assert "Salió después de la sesión" in texto   # la demo convoca una sesión de setiembre, ya celebrada


def test_sin_servidor_el_recibo_espera_a_la_vista_y_sale_solo_cuando_vuelve(qtbot, abrir, copia_de_la_demo,
                                                                            monkeypatch):
    ventana = abrir(copia_de_la_demo)
    puerto = puerto_libre()
    _cuenta(ventana, puerto)
    ventana.navegacion.setCurrentRow(indice_del_area("cuotas"))
    cuotas = ventana.cuotas
    cuotas.pestanas.setCurrentWidget(cuotas.pagos)
    pagos = cuotas.pagos
    qtbot.waitUntil(lambda: pagos.modelo.rowCount() > 0)
    pagos.tabla.selectRow(0)
    pago = pagos.modelo.filas[0]
    hecho = []
    cuando_se_abra(DialogoEnviarCorreo, lambda d: (
        d.destinatarios.topLevelItemCount(), qtbot.mouseClick(d.boton_enviar, Qt.MouseButton.LeftButton)), hecho)
    qtbot.mouseClick(pagos.boton_correo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(hecho))
    assert hecho[0][0] == 1   # un recibo va a quien pagó
    # Sin servidor: espera, y la barra de estado lo dice.
    qtbot.waitUntil(lambda: ventana.aviso_correo.isVisible() and ventana.aviso_correo.text() == "1 mensaje espera conexión",
                    timeout=20_000)
    assert f"Sin conexión con 127.0.0.1:{puerto}" in ventana.aviso_correo.toolTip()
    with ServidorSMTP(puerto=puerto) as servidor:
        qtbot.waitUntil(lambda: len(servidor.recibidos) == 1, timeout=20_000)   # el reintento, solo
        (recibido,) = servidor.recibidos
    qtbot.waitUntil(lambda: not ventana.aviso_correo.isVisible())
    assert recibido.mensaje["Subject"] == f"Recibo {pago['recibo']}"
    (adjunto,) = list(recibido.mensaje.iter_attachments())
    emitidos = {sha for (sha,) in _filas(copia_de_la_demo, "SELECT sha256 FROM archivos_emitidos")}
    assert hashlib.sha256(adjunto.get_content()).hexdigest() in emitidos


def test_una_direccion_rechazada_se_ve_en_la_ficha_con_su_motivo_y_alli_se_anota_un_rebote(qtbot, abrir,
                                                                                           copia_de_la_demo,
                                                                                           monkeypatch):
    ventana = abrir(copia_de_la_demo)
    ventana.navegacion.setCurrentRow(indice_del_area("cuotas"))
    cuotas = ventana.cuotas
    cuotas.pestanas.setCurrentWidget(cuotas.avisos)
    avisos = cuotas.avisos
    qtbot.waitUntil(lambda: avisos.modelo.rowCount() > 1)
    deudores = [a.miembro_id for a in avisos.modelo.filas]
    rechazado, aceptado = deudores[0], deudores[1]
    correos = dict(_filas(copia_de_la_demo, "SELECT id, correo FROM miembros"))
    elegidos = {rechazado, aceptado}

    def solo_a_los_elegidos(dialogo):
        """Ofrece una carta a cada deudor; se envían las de dos (cada carta es un PDF emitido con su código: las 78
        de la demo costaban 9 s), desmarcando las demás como lo haría la secretaria."""
        lista = dialogo.destinatarios
        for i in range(lista.topLevelItemCount()):
            if lista.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) not in elegidos:
                lista.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
        marcados = dialogo.cuenta_marcados.text()
        qtbot.mouseClick(dialogo.boton_enviar, Qt.MouseButton.LeftButton)
        return lista.topLevelItemCount(), marcados

    with ServidorSMTP() as servidor:
        servidor.manejador.rechazar = {correos[rechazado]}
        _cuenta(ventana, servidor.puerto)
        hecho = []
        cuando_se_abra(DialogoEnviarCorreo, solo_a_los_elegidos, hecho)
        qtbot.mouseClick(avisos.boton_correo, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(hecho))
        qtbot.waitUntil(lambda: len(servidor.recibidos) == 1, timeout=60_000)   # la del rechazado no llegó
        qtbot.waitUntil(lambda: not ventana.cartero.enviando)
    assert hecho[0][0] == len(deudores)   # cada deudor, su carta
    assert hecho[0][1] == f"2 de {len(deudores)} mensajes marcados"
    assert servidor.recibidos[0].mensaje["To"].addresses[0].addr_spec == correos[aceptado]
    # Las cartas enviadas quedaron registradas como enviadas: la pestaña ya no las ofrece; las otras, sí.
    qtbot.waitUntil(lambda: avisos.modelo.rowCount() == len(deudores) - 2)
    assert {a.miembro_id for a in avisos.modelo.filas} == set(deudores) - elegidos
    ficha = DialogoFichaMiembro(ventana.oficina, rechazado, ventana)
    qtbot.addWidget(ficha)
    ficha.show()
    abrir_pestana(ficha, "Correo")
    tabla = ficha.pestana_correo.tabla
    fila = [tabla.item(0, c).text() for c in range(tabla.columnCount())]
    assert fila[1].startswith("Aviso de cobro") and fila[2] == correos[rechazado]
    assert fila[3:] == ["Rechazado", "550 5.1.1 Buzón inexistente"]
    ficha.pestana_correo.tabla.selectRow(0)
    assert not ficha.pestana_correo.boton_rebote.isEnabled()   # no salió: no hay rebote que anotar
    ficha.close()
    # En la ficha del que sí recibió, un rebote que llegó después se anota con su motivo.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Buzón lleno", True))
    ficha = DialogoFichaMiembro(ventana.oficina, aceptado, ventana)
    qtbot.addWidget(ficha)
    ficha.show()
    abrir_pestana(ficha, "Correo")
    pestana = ficha.pestana_correo
    assert pestana.tabla.item(0, 3).text() == "Aceptado por el servidor"
    pestana.tabla.selectRow(0)
    assert pestana.boton_rebote.isEnabled()
    qtbot.mouseClick(pestana.boton_rebote, Qt.MouseButton.LeftButton)
    assert [pestana.tabla.item(0, c).text() for c in (3, 4)] == ["Rebotado", "Buzón lleno"]
    ficha.close()
    (destinatario,) = [d for m in bandeja(ventana.oficina.contexto, miembro_id=aceptado) for d in m.destinatarios]
    assert (destinatario["estado"], destinatario["motivo"]) == ("rebotado", "Buzón lleno")


def test_la_bandeja_resuelve_a_mano_uno_por_confirmar_y_anula_uno_que_espera(qtbot, abrir, copia_de_la_demo,
                                                                             monkeypatch):
    ventana = abrir(copia_de_la_demo)
    contexto = ventana.oficina.contexto
    _cuenta(ventana, puerto_libre())
    ids = encolar(contexto, preparar_convocatoria(contexto, SESION, miembros=_integrantes(contexto, 2)))
    with ventana.oficina.transaccion():   # como lo deja un envío cortado entre DATA y la respuesta del servidor
        tabla_correo.cambiar_estado(ventana.db, ids[0], "por_confirmar", error="quizá salió")
    ventana.cartero.actualizar()
    qtbot.waitUntil(lambda: "1 por confirmar (quizá salió)" in ventana.aviso_correo.text())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    bandeja_de_salida = DialogoBandejaSalida(ventana.oficina, ventana)
    qtbot.addWidget(bandeja_de_salida)
    bandeja_de_salida.show()
    filtro = bandeja_de_salida.filtro
    filtro.setCurrentIndex(filtro.findData("sin_salir"))
    fila = next(i for i, m in enumerate(bandeja_de_salida.mensajes) if m.id == ids[0])
    bandeja_de_salida.tabla.selectRow(fila)
    assert bandeja_de_salida.boton_salio.isVisible() and not bandeja_de_salida.boton_anular.isVisible()
    assert "Message-ID" in bandeja_de_salida.detalle.text() and "quizá salió" in bandeja_de_salida.detalle.text()
    qtbot.mouseClick(bandeja_de_salida.boton_salio, Qt.MouseButton.LeftButton)
    fila = next(i for i, m in enumerate(bandeja_de_salida.mensajes) if m.id == ids[1])
    bandeja_de_salida.tabla.selectRow(fila)
    assert bandeja_de_salida.boton_anular.isVisible()
    qtbot.mouseClick(bandeja_de_salida.boton_anular, Qt.MouseButton.LeftButton)
    assert [m.id for m in bandeja_de_salida.mensajes] == []   # sin salir: ninguno
    bandeja_de_salida.close()
    estados = {m.id: m.estado for m in bandeja(contexto)}
    assert estados == {ids[0]: "enviado", ids[1]: "anulado"}
    qtbot.waitUntil(lambda: not ventana.aviso_correo.isVisible())


def test_un_certificado_sin_aceptar_detiene_el_envio_a_la_vista_hasta_aceptarlo_en_la_cuenta(qtbot, abrir,
                                                                                            copia_de_la_demo, tmp_path):
    ventana = abrir(copia_de_la_demo)
    contexto = ventana.oficina.contexto
    certificado = certificado_autofirmado(tmp_path)
    with ServidorSMTP(tls=certificado) as servidor:
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="starttls",
                          remitente=REMITENTE)
        encolar(contexto, preparar_convocatoria(contexto, SESION, miembros=_integrantes(contexto, 1)))
        ventana.cartero.enviar_ahora()
        qtbot.waitUntil(lambda: ventana.aviso_correo.text() == "1 mensaje espera: revise la cuenta de correo",
                        timeout=20_000)
        assert "no reconoce" in ventana.aviso_correo.toolTip()
        # No se reintenta solo (el reintento corre cada 0,3 s): hasta que se arregle la cuenta, nada sale.
        assert not ventana.cartero.reintento.isActive()
        qtbot.wait(900)
        assert not servidor.recibidos and not ventana.cartero.enviando

        def aceptar(dialogo: DialogoCuentaCorreo):
            qtbot.mouseClick(dialogo.boton_probar, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialogo.boton_aceptar_certificado, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)

        hecho = []
        cuando_se_abra(DialogoCuentaCorreo, aceptar, hecho)
        ventana.accion_cuenta_correo.trigger()
        qtbot.waitUntil(lambda: bool(hecho))
        qtbot.waitUntil(lambda: len(servidor.recibidos) == 1, timeout=20_000)   # al guardar la cuenta, sale
    qtbot.waitUntil(lambda: not ventana.aviso_correo.isVisible())


def test_lo_que_recibe_un_contacto_se_marca_en_la_ficha_y_el_envio_va_a_el(qtbot, abrir, copia_de_la_demo):
    ventana = abrir(copia_de_la_demo)
    contexto = ventana.oficina.contexto
    (primero,) = _integrantes(contexto, 1)
    ficha = DialogoFichaMiembro(ventana.oficina, primero, ventana)
    qtbot.addWidget(ficha)
    ficha.show()
    ficha.pestanas.setCurrentIndex(2)

    def en_el_contacto(dialogo):
        dialogo.nombre.setText("Tesorería")
        dialogo.correo.setText("tesoreria@municipio.ejemplo.org")
        dialogo.recibe["convocatoria"].setChecked(True)
        dialogo.recibe["recibo"].setChecked(True)
        dialogo.accept()

    from escritorio.interfaz.dialogos.ficha_autoridades import DialogoContacto
    hecho = []
    cuando_se_abra(DialogoContacto, en_el_contacto, hecho)
    qtbot.mouseClick(ficha.boton_agregar_contacto, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(hecho))
    tabla = ficha.tabla_contactos
    fila = next(i for i in range(tabla.rowCount()) if tabla.item(i, 0).text() == "Tesorería")
    assert tabla.item(fila, 4).text() == "Convocatorias, Recibos"
    ficha.close()
    (mensaje,) = [m for m in preparar_convocatoria(contexto, SESION).mensajes if m.miembro_id == primero]
    assert mensaje.para == [("tesoreria@municipio.ejemplo.org", "Tesorería")]


def _responder_al_cerrar(boton: str, vistos: list) -> None:
    """Cuando aparezca el aviso de mensajes sin enviar, anota su texto y elige `boton`."""
    def mirar():
        caja = QApplication.activeModalWidget()
        if isinstance(caja, QMessageBox) and caja.objectName() == "avisoCorreoAlCerrar":
            vistos.append(caja.text())
            next(b for b in caja.buttons() if b.text() == boton).click()
        else:
            QTimer.singleShot(30, mirar)
    QTimer.singleShot(0, mirar)


def test_cerrar_con_mensajes_esperando_lo_dice_y_salen_al_abrir_de_nuevo_con_conexion(qtbot, abrir, copia_de_la_demo,
                                                                                     tmp_path):
    ventana = abrir(copia_de_la_demo)
    contexto = ventana.oficina.contexto
    puerto = puerto_libre()
    _cuenta(ventana, puerto)
    encolar(contexto, preparar_convocatoria(contexto, SESION, miembros=_integrantes(contexto, 2)))
    ventana.cartero.enviar_ahora()
    qtbot.waitUntil(lambda: ventana.aviso_correo.text() == "2 mensajes esperan conexión", timeout=20_000)
    # Cancelar: la ventana sigue abierta.
    vistos = []
    _responder_al_cerrar("Cancelar", vistos)
    ventana.close()
    assert ventana.isVisible()
    assert vistos[0].startswith("Quedan 2 mensajes en la bandeja de salida sin enviar.")
    assert f"Sin conexión con 127.0.0.1:{puerto}" in vistos[0]
    assert "salen solos la próxima vez que abra Escritorio con conexión" in vistos[0]
    # «Intentar enviarlos ahora» sin servidor: sigue sin conexión y lo vuelve a preguntar; «Cerrar igual» cierra.
    _responder_al_cerrar("Intentar enviarlos ahora", vistos)
    QTimer.singleShot(0, lambda: _responder_al_cerrar("Cerrar igual", vistos))
    ventana.close()
    qtbot.waitUntil(lambda: not ventana.isVisible())
    assert len(vistos) == 3
    assert [e for (e,) in _filas(copia_de_la_demo, "SELECT estado FROM mensajes")] == ["pendiente", "pendiente"]
    # La próxima vez que se abre el programa, con conexión, salen solos.
    with ServidorSMTP(puerto=puerto) as servidor:
        otra = abrir(copia_de_la_demo)
        qtbot.waitUntil(lambda: len(servidor.recibidos) == 2, timeout=20_000)
        qtbot.waitUntil(lambda: not otra.cartero.enviando)
    assert [e for (e,) in _filas(copia_de_la_demo, "SELECT estado FROM mensajes")] == ["enviado", "enviado"]
    # Sin nada esperando, cerrar no pregunta.
    otra.close()
    assert not otra.isVisible()


def test_cerrar_ofrece_enviar_ahora_y_con_conexion_cierra_cuando_salieron(qtbot, abrir, copia_de_la_demo):
    ventana = abrir(copia_de_la_demo)
    contexto = ventana.oficina.contexto
    puerto = puerto_libre()
    _cuenta(ventana, puerto)
    encolar(contexto, preparar_convocatoria(contexto, SESION, miembros=_integrantes(contexto, 3)))
    ventana.cartero.enviar_ahora()
    qtbot.waitUntil(lambda: ventana.aviso_correo.text() == "3 mensajes esperan conexión", timeout=20_000)
    vistos = []
    with ServidorSMTP(puerto=puerto) as servidor:
        _responder_al_cerrar("Intentar enviarlos ahora", vistos)
        ventana.close()
        assert len(servidor.recibidos) == 3
    assert not ventana.isVisible() and len(vistos) == 1
    assert [e for (e,) in _filas(copia_de_la_demo, "SELECT estado FROM mensajes")] == ["enviado"] * 3


def _integrantes(contexto, cuantos: int) -> list[int]:
    return [m.miembro_id for m in preparar_convocatoria(contexto, SESION).mensajes[:cuantos]]


def _der(ruta_pem) -> bytes:
    import ssl
    return ssl.PEM_cert_to_DER_cert(ruta_pem.read_text())


def test_sin_cifrar_la_clave_sale_solo_con_la_casilla_y_nunca_hacia_una_cuenta_cambiada_por_fuera(
        qtbot, abrir, copia_de_la_demo):
    """Issue 58 §4, en la ventana: con seguridad «ninguna» y usuario, «Probar la conexión» y «Guardar» no mandan la
    clave hasta marcar la casilla (que queda atada a la cuenta); con ella, el mensaje sale. Después, quien tiene el
    archivo cambia la cuenta con sqlite3 hacia su servidor: la ventana no envía, dice qué pasó, y la clave no sale."""
    ventana = abrir(copia_de_la_demo)
    contexto = ventana.oficina.contexto
    vistos = {}
    with ServidorSMTP(usuario=("secretaria", "clave-de-la-oficina")) as servidor, \
            ServidorSMTP(usuario=("secretaria", "clave-de-la-oficina")) as atacante:
        def en_el_dialogo(dialogo: DialogoCuentaCorreo):
            vistos["casilla_con_starttls"] = dialogo.clave_sin_cifrar.isVisible()
            qtbot.keyClicks(dialogo.servidor, "127.0.0.1")
            dialogo.seguridad.setCurrentIndex(dialogo.seguridad.findData("ninguna"))
            dialogo.puerto.setValue(servidor.puerto)
            qtbot.keyClicks(dialogo.usuario, "secretaria")
            qtbot.keyClicks(dialogo.clave, "clave-de-la-oficina")
            qtbot.keyClicks(dialogo.remitente, REMITENTE)
            vistos["casilla_sin_cifrar"] = dialogo.clave_sin_cifrar.isVisible()
            qtbot.mouseClick(dialogo.boton_probar, Qt.MouseButton.LeftButton)
            vistos["probar"] = dialogo.resultado.text()
            qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)
            vistos["guardar"] = (dialogo.isVisible(), dialogo.resultado.text())
            dialogo.clave_sin_cifrar.setChecked(True)
            qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)

        hecho = []
        cuando_se_abra(DialogoCuentaCorreo, en_el_dialogo, hecho)
        ventana.accion_cuenta_correo.trigger()
        qtbot.waitUntil(lambda: bool(hecho))
        assert vistos["casilla_con_starttls"] is False and vistos["casilla_sin_cifrar"] is True
        assert "sin cifrar" in vistos["probar"] and "sin cifrar" in vistos["guardar"][1] and vistos["guardar"][0]
        assert servidor.autenticaciones == []
        assert cuenta_de_correo(contexto).clave_sin_cifrar is True
        encolar(contexto, preparar_convocatoria(contexto, SESION, miembros=_integrantes(contexto, 1)))
        ventana.cartero.enviar_ahora()
        qtbot.waitUntil(lambda: len(servidor.recibidos) == 1, timeout=20_000)
        assert servidor.autenticaciones == [("secretaria", "clave-de-la-oficina")]
        # La bandeja dice qué cabeza de la bitácora salió con el mensaje: la misma línea que lleva al pie.
        qtbot.waitUntil(lambda: not ventana.cartero.enviando, timeout=20_000)
        pie = servidor.recibidos[0].mensaje.get_body(("plain",)).get_content().strip().splitlines()[-1]
        assert pie.startswith("Huella de la bitácora: sello ")
        bandeja_de_salida = DialogoBandejaSalida(ventana.oficina, ventana)
        qtbot.addWidget(bandeja_de_salida)
        bandeja_de_salida.show()
        bandeja_de_salida.tabla.selectRow(0)
        qtbot.mouseClick(bandeja_de_salida.boton_tecnico, Qt.MouseButton.LeftButton)   # lo técnico, a un clic
        assert pie in bandeja_de_salida.tecnico.text()
        bandeja_de_salida.close()

        with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:
            conexion.execute("UPDATE cuentas_correo SET puerto = ?", [atacante.puerto])
        encolar(contexto, preparar_convocatoria(contexto, SESION, miembros=_integrantes(contexto, 1)))
        ventana.cartero.enviar_ahora()
        qtbot.waitUntil(lambda: ventana.aviso_correo.text() == "1 mensaje espera: revise la cuenta de correo",
                        timeout=20_000)
        assert "cambiada por fuera de Escritorio" in ventana.aviso_correo.toolTip()
        assert atacante.autenticaciones == [] and atacante.recibidos == [] and len(servidor.recibidos) == 1
