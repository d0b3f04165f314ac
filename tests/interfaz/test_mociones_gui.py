"""La pestaña Mociones del editor de sesiones (issue 64), con el teclado: la secretaría fija las reglas de la sala
(plazo de 10 días, con su artículo) desde la pestaña, presenta con Alt+P una moción recibida tarde (el diálogo con
el texto en párrafos y el autor elegido entre los miembros), la admite con Alt+M: antes de decidir, el diálogo
muestra el aviso con el último día y el artículo; sin motivo el servicio lo rechaza y el diálogo lo dice; con motivo
queda admitida. Elegirla mueve el foco de la sala en vivo. Lo guardado se lee de nuevo con la base reabierta."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from escritorio.dominio import formato
from escritorio.interfaz.dialogos import mocion as dialogos_mocion
from escritorio.interfaz.dialogos import reglas_de_la_sala as dialogos_reglas
from escritorio.interfaz.sala_en_vivo import SalaEnVivo
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios import mociones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.sesiones import listar_sesiones
from test_sesiones_gui import mensajes, vista  # noqa: F401


@pytest.fixture
def ventana(qtbot, tmp_path, copia_de_la_demo, monkeypatch):
    """La ventana entera (con su barra de menús: Alt+A es «Archivo», Alt+D «Documentos»), a 1024×600 y activa."""
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    with qtbot.waitActive(ventana):
        ventana.show()
    yield ventana
    db.close()


def test_presentar_y_admitir_fuera_de_plazo_con_el_teclado(qtbot, ventana, copia_de_la_demo, monkeypatch):
    vista = ventana.sesiones
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(vista))
    contexto, asociacion = vista.contexto, vista.asociacion
    sesion = next(s for s in listar_sesiones(contexto) if s["organo"] == "Consejo" and s["estado_acta"] == "borrador")
    autor = next(m for m in listar_miembros(contexto) if m["estado"] == "activo")
    plazo = date.fromisoformat(sesion["fecha"]) - timedelta(days=10)
    vista.abrir(sesion["id"])
    editor = vista.editor
    pestana = editor.tab_mociones
    editor.pestanas.setCurrentWidget(pestana)
    assert editor.pestanas.tabText(editor.pestanas.indexOf(pestana)) == "Mociones (0)"

    # Las reglas de la sala, desde la pestaña: el mismo diálogo que en Órganos.
    def fijar(dialogo):
        assert dialogo.situacion.text() == "El órgano no fijó reglas de la sala: rigen las de omisión."
        dialogo.con_plazo.setChecked(True)
        dialogo.plazo.setValue(10)
        dialogo.articulo.setText("Reglamento del Consejo, art. 7")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_reglas.DialogoReglasDeLaSala, "exec", fijar)
    pestana.boton_reglas.click()

    # Con su artículo, ya no cambian sin una reforma de ese artículo: el diálogo lo dice y no guarda.
    rechazos = []

    def rebajar(dialogo):
        assert dialogo.situacion.text().startswith("Las fija Reglamento del Consejo, art. 7: cambian con una reforma")
        assert [dialogo.reforma.itemText(i) for i in range(dialogo.reforma.count())] == ["Ninguna"]
        dialogo.plazo.setValue(3)
        dialogo.guardar()
        rechazos.append(dialogo.mensaje.text())
        return dialogo.result()

    monkeypatch.setattr(dialogos_reglas.DialogoReglasDeLaSala, "exec", rebajar)
    pestana.boton_reglas.click()
    assert "las fija Reglamento del Consejo, art. 7" in rechazos[0] and "«Por la reforma:»" in rechazos[0]

    # Presentar con Alt+P: recibida dos días después del plazo.
    def presentar(dialogo):
        dialogo.titulo.setText("Declaración sobre el agua")
        dialogo.texto.setPlainText("El agua es un derecho.\n\nLas ciudades se comprometen.")
        dialogo.recibida.setDate(QDate(plazo + timedelta(days=2)))
        dialogo.autores.marcar(autor["id"])
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_mocion.DialogoPresentarMocion, "exec", presentar)
    pestana.tabla.setFocus()
    QTest.keyClick(pestana, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)   # el botón se «anima» antes del clic
    qtbot.waitUntil(lambda: bool(pestana.mociones))
    assert [m.titulo for m in pestana.mociones] == ["Declaración sobre el agua"]
    elegida = pestana.mocion
    assert elegida is not None and elegida.fuera_de_plazo
    assert pestana.tabla.item(0, 5).text() == "fuera de plazo"
    assert pestana.tabla.item(0, 3).text() == autor["nombre"]
    assert editor.pestanas.tabText(editor.pestanas.indexOf(pestana)) == "Mociones (1)"
    assert SalaEnVivo.de(pestana).foco.mocion_id == elegida.id
    assert "[2]" in pestana.detalle.text() and "Las ciudades se comprometen." in pestana.detalle.text()

    # Admitir con Alt+M: el aviso antes de decidir; sin motivo, el rechazo del servicio en el diálogo.
    vistos = []

    def admitir(dialogo):
        vistos.append(dialogo.aviso.text())
        dialogo.guardar()
        vistos.append(dialogo.mensaje.text() if dialogo.mensaje.isVisibleTo(dialogo) else "")
        dialogo.motivo.setPlainText("Llegó por correo postal, despachada en plazo")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_mocion.DialogoDecision, "exec", admitir)
    QTest.keyClick(pestana, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(vistos) == 2)
    aviso, rechazo = vistos
    assert formato.fecha(plazo) in aviso and "Reglamento del Consejo, art. 7" in aviso
    assert "motivo" in rechazo and formato.fecha(plazo) in rechazo
    assert pestana.mocion.estado == "admitida" and pestana.tabla.item(0, 4).text() == "Admitida"
    assert not pestana.botones["admitida"].isEnabled() and pestana.botones["aplazada"].isEnabled()
    assert "Admitida fuera de plazo: Llegó por correo postal, despachada en plazo" in pestana.detalle.text()
    editor.grab().save("/tmp/mociones_1024x600.png")

    # Lo guardado, con la base reabierta.
    otra = abrir_base(copia_de_la_demo)
    try:
        leida = mociones.obtener(Contexto(otra, asociacion["id"]), elegida.id)
    finally:
        otra.close()
    assert (leida.estado, leida.admitida_fuera_de_plazo, leida.motivo) == (
        "admitida", True, "Llegó por correo postal, despachada en plazo")
    assert leida.motivo_admision == "Llegó por correo postal, despachada en plazo"
    assert leida.parrafos == ["El agua es un derecho.", "Las ciudades se comprometen."]
    assert [a.miembro_id for a in leida.autores] == [autor["id"]]
    assert leida.articulo_plazo == "Reglamento del Consejo, art. 7"


def test_derivar_aplazar_y_retomar_con_el_teclado(qtbot, vista, demo_abierta, monkeypatch):
    """Dos mociones admitidas: Alt+V deriva la primera a una unidad temática con su motivo; Alt+Z aplaza la segunda y
    Alt+T la retoma en el punto de una sesión posterior, donde se ve su historia."""
    from escritorio.servicios.organos import listar_organos
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import agregar_punto, orden_del_dia

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    sesion = next(s for s in listar_sesiones(contexto) if s["organo"] == "Consejo" and s["estado_acta"] == "borrador")
    organos = {o["nombre"]: o["id"] for o in listar_organos(contexto)}
    autores = [m["id"] for m in listar_miembros(contexto) if m["estado"] == "activo"][:2]
    dia = date.fromisoformat(sesion["fecha"])
    punto = orden_del_dia(contexto, sesion["id"])[0]["id"]
    ids = []
    for titulo, autor in (("Para la unidad", autores[0]), ("Para más adelante", autores[1])):
        hecha = mociones.presentar(contexto, punto, titulo, "Un párrafo.", autores=[autor],
                                   recibida_el=dia - timedelta(days=1))
        mociones.admitir(contexto, hecha.id)
        ids.append(hecha.id)
    posterior = convocar(contexto, organos["Consejo"], NuevaSesion(date.today() + timedelta(days=40), lugar="Rosario"))
    destino = agregar_punto(contexto, posterior, "Declaraciones", "votacion")

    vista.abrir(sesion["id"])
    pestana = vista.editor.tab_mociones
    vista.editor.pestanas.setCurrentWidget(pestana)
    with qtbot.waitActive(vista):
        vista.activateWindow()
    decisiones = []

    def decidir(dialogo):
        decisiones.append(dialogo.windowTitle())
        if dialogo.destino.count():
            indice = dialogo.destino.findData(organos["UT Cultura"] if "Derivar" in dialogo.windowTitle()
                                              else destino)
            dialogo.destino.setCurrentIndex(indice)
        dialogo.motivo.setPlainText("Lo decide la sala")
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_mocion.DialogoDecision, "exec", decidir)
    pestana.seleccionar(ids[0])
    QTest.keyClick(pestana, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pestana.mocion is not None and pestana.mocion.estado == "derivada")
    assert pestana.mocion.organo_derivada == "UT Cultura" and "(a la UT Cultura)" in pestana.detalle.text()

    pestana.seleccionar(ids[1])
    QTest.keyClick(pestana, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pestana.mocion.estado == "aplazada")
    assert pestana.botones["retomar"].isEnabled()
    QTest.keyClick(pestana, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pestana.mocion.retomada_en is not None)
    assert decisiones == ["Derivar la moción 1", "Aplazar la moción 2", "Retomar la moción 2"]
    assert "Historia" in pestana.detalle.text() and not pestana.botones["retomar"].isEnabled()
    [nueva] = mociones.listar(contexto, sesion_id=posterior)
    assert (nueva.viene_de, nueva.titulo, nueva.punto_id) == (ids[1], "Para más adelante", destino)
    assert [p.estado for p in mociones.historia(contexto, nueva.id)] == ["aplazada", "presentada"]
