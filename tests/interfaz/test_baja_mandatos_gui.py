"""La ventana «Dar de baja»: muestra qué mandatos terminará la baja, pide confirmarlo y lo registra todo junto.

Red chica armada con los servicios, en un archivo real; después de la baja se cierra la base y se vuelve a abrir.
"""

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz.dialogos.baja import DialogoBaja
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import (NuevoMandato, NuevoOrgano, composicion, crear_organo, designar, mandatos_de,
                                          terminar_mandato)
from ayudas import oficina_de



@pytest.fixture
def red(tmp_path):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                      paises={"AR": "pleno", "UY": "asociado"}))
    contexto = Contexto(db, asociacion)
    ids = {n: guardar_ficha(contexto, FichaMiembro(nombre=n, pais=p, fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(120_000, 2020, "Censo")) for n, p in [("Rosario", "AR"), ("Salto", "UY")]}
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    unidad = crear_organo(contexto, NuevoOrgano("UT Cultura", "unidad_tematica", padre_id=consejo))
    for nombre in ids:
        designar(contexto, consejo, NuevoMandato("titular", date(2024, 12, 1), miembro_id=ids[nombre],
                                                 hasta=date(2026, 11, 30)))
    designar(contexto, unidad, NuevoMandato("coordinador", date(2025, 1, 1), miembro_id=ids["Salto"]))
    designar(contexto, consejo, NuevoMandato("titular", date(2026, 12, 1), miembro_id=ids["Salto"]))
    yield {"ruta": ruta, "db": db, "asociacion": asociacion, "consejo": consejo, **ids}
    db.close()


def responder(dialogo, boton: QMessageBox.StandardButton, vistos: list) -> None:
    """Espera la pregunta de confirmación del diálogo (con temporizadores reales) y la contesta con `boton`."""
    def intentar():
        pregunta = next((caja for caja in dialogo.findChildren(QMessageBox) if caja.isVisible()), None)
        if pregunta is None:
            QTimer.singleShot(20, intentar)
            return
        vistos.append(pregunta.text())
        pregunta.button(boton).click()
    QTimer.singleShot(20, intentar)


def test_la_ventana_muestra_lo_que_termina_y_pide_confirmarlo(qtbot, red, tmp_path):
    db = red["db"]
    dialogo = DialogoBaja(oficina_de(db), red["Salto"], "Salto")
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.fecha.setDate(QDate(2026, 6, 1))
    qtbot.waitUntil(lambda: dialogo.lista_mandatos.count() == 3)

    lineas = [dialogo.lista_mandatos.item(i).text() for i in range(dialogo.lista_mandatos.count())]
    assert lineas == [
        "Consejo — Titular desde el 01/12/2024, hasta el 30/11/2026: termina el 31/05/2026",
        "UT Cultura — Coordinador desde el 01/01/2025, sin fin: termina el 31/05/2026",
        "Consejo — Titular desde el 01/12/2026, sin fin: empieza después; no se modifica (designe a otro miembro)"]
    assert "termina 2 mandatos el 31/05/2026" in dialogo.resumen_mandatos.text()
    assert dialogo.boton_baja.text() == "Dar de baja y terminar mandatos…"
    capturas = Path(os.environ.get("ESCRITORIO_CAPTURAS", tmp_path))  # para mirarla: ESCRITORIO_CAPTURAS=/carpeta
    capturas.mkdir(parents=True, exist_ok=True)
    assert dialogo.grab().save(str(capturas / "baja_con_mandatos.png"))

    # Con otra fecha (antes de que empiece el mandato de la UT), la lista cambia.
    dialogo.fecha.setDate(QDate(2024, 12, 15))
    qtbot.waitUntil(lambda: "termina 1 mandato el 14/12/2024" in dialogo.resumen_mandatos.text())
    dialogo.fecha.setDate(QDate(2026, 6, 1))
    qtbot.waitUntil(lambda: "termina 2 mandatos" in dialogo.resumen_mandatos.text())
    dialogo.motivo.setText("Renuncia presentada por nota del intendente")

    # «Volver»: no se registra nada y la ventana sigue abierta.
    preguntas = []
    responder(dialogo, QMessageBox.StandardButton.No, preguntas)
    dialogo.boton_baja.click()
    qtbot.waitUntil(lambda: len(preguntas) == 1)
    assert "¿Registrar la baja y terminar los mandatos?" in preguntas[0]
    assert "• UT Cultura — Coordinador desde el 01/01/2025, sin fin: termina el 31/05/2026" in preguntas[0]
    assert dialogo.isVisible() and dialogo.result() != QDialog.DialogCode.Accepted
    assert db.execute("SELECT count(*) FROM estados_miembro WHERE estado = 'baja'").fetchone()[0] == 0

    # «Dar de baja»: se registra la baja y terminan los dos mandatos.
    responder(dialogo, QMessageBox.StandardButton.Yes, preguntas)
    dialogo.boton_baja.click()
    qtbot.waitUntil(lambda: dialogo.result() == QDialog.DialogCode.Accepted)
    assert len(preguntas) == 2

    # Se cierra la base y se vuelve a abrir: en noviembre Salto ya no está en el Consejo.
    db.close()
    red["db"] = db = abrir_base(red["ruta"])
    contexto = Contexto(db, red["asociacion"])
    asientos = composicion(contexto, red["consejo"], date(2026, 11, 1)).asientos
    assert [a.miembro for a in asientos] == ["Rosario"]
    motivos = [c["motivo"] for m in mandatos_de(contexto, red["consejo"]) for c in m["correcciones"]]
    assert motivos == ["Baja del miembro el 01/06/2026: Renuncia presentada por nota del intendente"]


def test_sin_mandatos_no_pregunta_nada(qtbot, red):
    db = red["db"]
    contexto = Contexto(db, red["asociacion"])
    [mandato] = [m for m in mandatos_de(contexto, red["consejo"]) if m["miembro_id"] == red["Rosario"]]
    terminar_mandato(contexto, mandato["id"], date(2025, 12, 31), "Fin del período")
    dialogo = DialogoBaja(oficina_de(db), red["Rosario"], "Rosario")
    qtbot.addWidget(dialogo)
    dialogo.fecha.setDate(QDate(2026, 6, 1))
    assert dialogo.lista_mandatos.isHidden()
    assert dialogo.resumen_mandatos.text() == ("La baja no termina ningún mandato: Rosario no tiene mandatos vigentes "
                                               "desde el 01/06/2026.")
    dialogo.motivo.setText("Renuncia")
    QTimer.singleShot(0, dialogo.accept)
    QTimer.singleShot(5000, dialogo.reject)  # red de seguridad: una pregunta inesperada no cuelga la prueba
    assert dialogo.exec() == QDialog.DialogCode.Accepted


def test_la_ficha_pide_confirmar_una_suspension_que_termina_mandatos(qtbot, red, monkeypatch):
    from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
    from escritorio.servicios.asociaciones import elegir_asociacion
    from escritorio.servicios.miembros import fijar_suspension_de_mandatos

    db = red["db"]
    contexto = Contexto(db, red["asociacion"])
    fijar_suspension_de_mandatos(contexto, "Estatuto, art. 9 bis")
    preguntas = []
    respuestas = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, texto, *a, **k: (preguntas.append(texto),
                                                                                   respuestas.pop(0))[1])
    ficha = DialogoFichaMiembro(oficina_de(db, elegir_asociacion(db, "RML")), red["Salto"])
    qtbot.addWidget(ficha)
    ficha.estado_nuevo.setCurrentIndex(ficha.estado_nuevo.findData("suspendido"))
    ficha.estado_desde.setDate(QDate(2026, 6, 1))
    qtbot.keyClicks(ficha.estado_motivo, "Falta de pago de cuotas")

    ficha.boton_cambiar_estado.click()   # «No»: nada cambia
    assert "La suspensión de Salto (Estatuto, art. 9 bis) termina 2 mandatos el 31/05/2026" in preguntas[0]
    assert [a.miembro for a in composicion(contexto, red["consejo"], date(2026, 11, 1)).asientos] == [
        "Rosario", "Salto"]
    ficha.boton_cambiar_estado.click()   # «Sí»
    assert [a.miembro for a in composicion(contexto, red["consejo"], date(2026, 11, 1)).asientos] == [
        "Rosario"]
