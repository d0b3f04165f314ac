"""Las categorías de las mociones en la ventana (issue 82), con clics y teclas de verdad sobre diálogos abiertos con su
`exec`: desde «Reglas de la sala…», «Categorías de mociones…» agrega «Hacienda» (HAC) y «Ambiente» (AMB) y
rechaza un prefijo con espacios con el mensaje en rojo; en la pestaña Mociones, «Categoría…» (Alt+G) pone HAC a la
moción (la columna N.º dice «HAC 1» y el detalle «Moción HAC 1 — …»), «Presentar…» elige AMB para la nueva; al volver
de otra pestaña y con la sesión abierta otra vez, sigue igual; «Sin categoría» la quita; retirada, «Categoría…» se
apaga. Lo guardado se lee con el servicio en otra conexión."""

import os
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from escritorio.interfaz.dialogos.categorias_de_mocion import DialogoCategoriasDeMocion
from escritorio.interfaz.dialogos.mocion import DialogoCategoriaDeLaMocion, DialogoPresentarMocion
from escritorio.interfaz.dialogos.reglas_de_la_sala import DialogoReglasDeLaSala
from test_apoyos_y_recomendacion_gui import (abrir_mociones, avisos, boton_de_cerrar, clic, con_el_dialogo,  # noqa: F401
                                             escribir_en, esperar, leer, sesion, ventana)

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS")


def _definir_las_categorias(qtbot, pestana):
    """Reglas de la sala… → Categorías de mociones… (Alt+M): Hacienda (HAC), un prefijo rechazado, Ambiente (AMB)."""
    vistos = []

    def en_las_categorias(dialogo):
        assert dialogo.vacia.isVisible() and not dialogo.tabla.isVisible()
        for nombre, prefijo in (("Hacienda", "HAC"), ("Vivienda", "H C"), ("Ambiente", "AMB")):
            escribir_en(qtbot, dialogo.nombre, nombre)
            escribir_en(qtbot, dialogo.prefijo, prefijo)
            clic(qtbot, dialogo.boton_aceptar)
            vistos.append(dialogo.mensaje.text() if dialogo.mensaje.isVisible() else "")
        vistos.append([dialogo.tabla.topLevelItem(i).text(0) for i in range(dialogo.tabla.topLevelItemCount())])
        if CAPTURAS:
            dialogo.grab().save(os.path.join(CAPTURAS, "categorias_de_mocion.png"))
        clic(qtbot, boton_de_cerrar(dialogo))

    def en_las_reglas(dialogo):
        interno = con_el_dialogo(DialogoCategoriasDeMocion, en_las_categorias)
        assert dialogo.boton_categorias_mocion.text() == "Categorías de &mociones…"   # Alt+M
        clic(qtbot, dialogo.boton_categorias_mocion)
        qtbot.waitUntil(lambda: bool(interno), timeout=10000)
        if interno[0] is not True:
            raise interno[0]
        clic(qtbot, boton_de_cerrar(dialogo))   # Cancelar: las reglas no cambian, las categorías ya se guardaron

    hecho = con_el_dialogo(DialogoReglasDeLaSala, en_las_reglas)
    clic(qtbot, pestana.boton_reglas)
    esperar(qtbot, hecho, pestana)
    return vistos


def test_categorias_definidas_puestas_y_vistas_en_la_pestana(qtbot, ventana, copia_de_la_demo, sesion, avisos):
    from escritorio.servicios.categorias_de_mocion import listar
    from escritorio.servicios.mociones import obtener, retirar

    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    editor = pestana.editor
    assert pestana.tabla.item(0, 0).text() == "1" and pestana.botones["categoria"].isEnabled()

    vistos = _definir_las_categorias(qtbot, pestana)
    assert vistos[0] == "" and "Prefijo «H C»: de 1 a 6 letras o cifras" in vistos[1] and vistos[2] == ""
    assert vistos[3] == ["AMB", "HAC"]
    assert [(c.prefijo, c.nombre) for c in leer(copia_de_la_demo, listar, sesion["consejo"])] == [
        ("AMB", "Ambiente"), ("HAC", "Hacienda")]

    # Alt+G: la categoría de la moción 1.
    def poner(dialogo):
        assert dialogo.categoria.currentText() == "Sin categoría" and not dialogo.sin_categorias.isVisible()
        dialogo.categoria.setFocus()
        dialogo.categoria.setCurrentIndex(dialogo.categoria.findText("HAC — Hacienda"))
        if CAPTURAS:
            dialogo.grab().save(os.path.join(CAPTURAS, "categoria_de_la_mocion.png"))
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoCategoriaDeLaMocion, poner)
    QTest.keyClick(pestana, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: pestana.mocion is not None and pestana.mocion.prefijo == "HAC")
    assert pestana.tabla.item(0, 0).text() == "HAC 1"
    assert pestana.tabla.item(0, 0).toolTip() == "Categoría: Hacienda"
    assert "Moción HAC 1 — Declaración sobre el agua" in pestana.detalle.text()
    assert "Categoría: Hacienda (HAC)" in pestana.detalle.text()
    assert leer(copia_de_la_demo, obtener, sesion["mocion"]).rotulo == "Moción HAC 1"

    # «Presentar…» (Alt+P) con la categoría Ambiente.
    def presentar(dialogo):
        escribir_en(qtbot, dialogo.titulo, "Plan de arbolado")
        dialogo.texto.setFocus()
        qtbot.keyClicks(dialogo.texto, "Cada ciudad planta mil arboles nuevos.")
        dialogo.autores.marcar(sesion["autor"])
        assert dialogo.categoria.isVisible() and dialogo.categoria.currentText() == "Sin categoría"
        dialogo.categoria.setCurrentIndex(dialogo.categoria.findText("AMB — Ambiente"))
        dialogo.recibida.setDate(date.today() - timedelta(days=1))   # el día de la sesión, no después
        clic(qtbot, dialogo.boton_aceptar)
        if dialogo.isVisible():
            raise AssertionError(dialogo.mensaje.text())

    hecho = con_el_dialogo(DialogoPresentarMocion, presentar)
    QTest.keyClick(pestana, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: pestana.tabla.rowCount() == 2)
    assert [pestana.tabla.item(f, 0).text() for f in range(2)] == ["HAC 1", "AMB 2"]
    assert "Moción AMB 2 — Plan de arbolado" in pestana.detalle.text()
    if CAPTURAS:
        ventana.grab().save(os.path.join(CAPTURAS, "mociones_con_categoria.png"))

    # A otra pestaña y de vuelta; y la sesión abierta otra vez desde la lista (leída de la base).
    editor.pestanas.setCurrentWidget(editor.orden)
    qtbot.waitUntil(lambda: not pestana.isVisible())
    editor.pestanas.setCurrentWidget(pestana)
    qtbot.waitUntil(pestana.isVisible)
    assert [pestana.tabla.item(f, 0).text() for f in range(2)] == ["HAC 1", "AMB 2"]
    ventana.sesiones.volver_a_la_lista()
    pestana = abrir_mociones(qtbot, ventana, sesion["id"])
    assert [pestana.tabla.item(f, 0).text() for f in range(2)] == ["HAC 1", "AMB 2"]

    # «Sin categoría» se la quita a la moción 1 (el botón, con el ratón).
    pestana.seleccionar(sesion["mocion"])

    def quitar(dialogo):
        assert dialogo.categoria.currentText() == "HAC — Hacienda"
        dialogo.categoria.setCurrentIndex(dialogo.categoria.findText("Sin categoría"))
        clic(qtbot, dialogo.boton_aceptar)

    hecho = con_el_dialogo(DialogoCategoriaDeLaMocion, quitar)
    clic(qtbot, pestana.botones["categoria"])
    esperar(qtbot, hecho, pestana)
    qtbot.waitUntil(lambda: pestana.tabla.item(0, 0).text() == "1")
    assert leer(copia_de_la_demo, obtener, sesion["mocion"]).categoria is None

    # Retirada (desde otra conexión), la categoría ya no cambia: el botón se apaga.
    leer(copia_de_la_demo, retirar, sesion["mocion"], "La retiran sus autores")
    editor.recargar()
    pestana.seleccionar(sesion["mocion"])
    qtbot.waitUntil(lambda: pestana.mocion.estado == "retirada")
    assert not pestana.botones["categoria"].isEnabled()
    assert not avisos
