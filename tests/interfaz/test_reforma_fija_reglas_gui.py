"""La reforma fija las reglas de sesión desde la ventana (issue 59, punto 1): Estatutos › Reforma… › «Reglas de
sesión que fija la reforma», lo mismo que «estatutos reformar … --regla poderes=4».

Sobre la red de ejemplo: la Asamblea y el Consejo admiten hasta tres poderes (Estatuto, art. 21). La Asamblea
aprueba reformar el art. 21; la secretaria registra la reforma en la ventana con la resolución, el texto nuevo y el
valor de la regla; se vuelve a abrir la base y se lee la regla que rige cada día.
"""

import os
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.datos.organos import organos
from escritorio.interfaz.dialogos import reforma as dialogos_reforma
from escritorio.interfaz.vistas.estatutos import VistaEstatutos
from escritorio.servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                           puntos as sesiones_puntos)
from escritorio.servicios import votaciones
from escritorio.servicios.asociaciones import elegir_asociacion
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones.reglas import reglas_de_sesion
from ayudas import oficina_de

SESION = hoy() - timedelta(days=5)
DESDE = hoy() + timedelta(days=10)   # la reforma rige desde acá
CAPTURAS = "/tmp/capturas-reforma-reglas"


@pytest.fixture(autouse=True)
def _sin_preguntas_bloqueantes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))


def _asamblea_aprueba_reformar(db, asociacion) -> dict:
    """La Asamblea, todos presentes, aprueba reformar el art. 21 (lo que no se prueba aquí, por los servicios)."""
    contexto = Contexto(db, asociacion["id"])
    asamblea = next(o["id"] for o in organos(db, asociacion["id"]) if o["tipo"] == "asamblea")
    sesion = sesiones_convocatoria.convocar(contexto, asamblea, sesiones_convocatoria.NuevaSesion(
        SESION, lugar="Montevideo", convocada_el=SESION - timedelta(days=40)))
    punto = sesiones_puntos.agregar_punto(contexto, sesion, "Reforma del artículo 21", "votacion",
                                   tipo_decision="reforma_estatuto")
    con_voto = [h.miembro_id for h in sesiones_asistencia.asistencia(contexto, sesion).habilitados if h.con_voto]
    sesiones_asistencia.registrar_asistencias(contexto, sesion, [sesiones_asistencia.MarcaAsistencia(m, "presente") for m in con_voto])
    votaciones.votar(contexto, punto, votaciones.NuevaVotacion(a_favor=len(con_voto)))
    return votaciones.adoptar_resolucion(contexto, punto, "resolucion", "Reforma del artículo 21")


def _reformar_el_21(qtbot, db, asociacion, monkeypatch, llenar, con_resolucion: bool = True) -> dict:
    estatutos = VistaEstatutos()
    qtbot.addWidget(estatutos)
    estatutos.resize(1150, 800)
    estatutos.show()
    estatutos.mostrar(oficina_de(db, asociacion))
    estatutos.seleccionar_articulo("21")
    visto = {}

    def registrar(dialogo):
        dialogo.fecha.setDate(QDate(DESDE))
        if con_resolucion:
            dialogo.resolucion.setCurrentIndex(dialogo.resolucion.findData(visto["resolucion"]["id"]))
        else:
            dialogo.aprobada_por.setText("Asamblea General de 1999")
        dialogo.texto.setPlainText("Cada miembro puede llevar hasta cuatro poderes.")
        assert dialogo.agregar()
        llenar(dialogo, visto)
        dialogo.show()
        os.makedirs(CAPTURAS, exist_ok=True)
        dialogo.grab().save(f"{CAPTURAS}/reforma.png")
        dialogo.resize(1024, 600)
        dialogo.grab().save(f"{CAPTURAS}/reforma-1024x600.png")
        dialogo.guardar()
        visto["dialogo_aviso"] = dialogo.aviso_guardado
        visto["avisos"] = list(dialogo.avisos)
        return dialogo.result()

    visto["resolucion"] = _asamblea_aprueba_reformar(db, asociacion)
    monkeypatch.setattr(dialogos_reforma.DialogoReforma, "exec", registrar)
    estatutos.reformar()
    return visto


def test_la_reforma_fija_el_maximo_de_poderes_desde_su_fecha(qtbot, copia_de_la_demo, monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")

    def fijar_cuatro(dialogo, visto):
        seccion = dialogo.reglas_de_sesion
        # Solo se ofrecen las reglas que citan el art. 21: el máximo de poderes.
        visto["ofrecidas"] = [seccion.clave.itemData(i) for i in range(seccion.clave.count())]
        assert seccion.elegir("poderes")
        qtbot.keyClicks(seccion.valor, "4")
        qtbot.mouseClick(seccion.boton_fijar, Qt.MouseButton.LeftButton)
        visto["tabla"] = [seccion.tabla.item(0, c).text() for c in range(2)]

    visto = _reformar_el_21(qtbot, db, asociacion, monkeypatch, fijar_cuatro)
    assert visto["ofrecidas"] == ["poderes"]
    assert visto["tabla"] == ["Máximo de poderes", "4"]
    assert visto["avisos"] == [] and visto["dialogo_aviso"] is None
    db.close()

    db = abrir_base(ruta)   # lo que quedó en la base
    contexto = Contexto(db, asociacion["id"])
    for organo in organos(db, asociacion["id"]):
        if organo["nombre"] in ("Asamblea General de Socios", "Consejo"):
            assert reglas_de_sesion(contexto, organo["id"], DESDE).poderes_maximos == 4, organo["nombre"]
            assert reglas_de_sesion(contexto, organo["id"], DESDE - timedelta(days=1)).poderes_maximos == 3
    db.close()


def test_sin_valor_la_reforma_avisa_como_aplicarla(qtbot, copia_de_la_demo, monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")
    visto = _reformar_el_21(qtbot, db, asociacion, monkeypatch, lambda dialogo, visto: None)
    aviso = visto["dialogo_aviso"]
    assert aviso is not None and aviso.isVisible()
    texto = aviso.text()
    assert "Asamblea General de Socios: regla de sesión «ordinaria (regla general)»" in texto
    assert "cita el art. 21 reformado y la reforma no la cambió" in texto
    assert "--por-reforma" in texto
    contexto = Contexto(db, asociacion["id"])
    asamblea = next(o["id"] for o in organos(db, asociacion["id"]) if o["tipo"] == "asamblea")
    assert reglas_de_sesion(contexto, asamblea, DESDE).poderes_maximos == 3
    aviso.close()
    db.close()


def test_aplicar_una_reforma_registrada_sin_valor_desde_reglas_de_sesion(qtbot, copia_de_la_demo, monkeypatch):
    """La reforma se registró sin el valor (el aviso lo dijo); Órganos › Reglas de sesión… › «Aplicar una reforma»."""
    from PySide6.QtWidgets import QDialog

    from escritorio.interfaz.dialogos.reglas_sesion import DialogoReglasSesion

    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")
    visto = _reformar_el_21(qtbot, db, asociacion, monkeypatch, lambda dialogo, visto: None)
    visto["dialogo_aviso"].close()
    numero = visto["avisos"][0].split("--por-reforma ")[1].split()[0]   # el número que dice el aviso
    asamblea = next(o for o in organos(db, asociacion["id"]) if o["tipo"] == "asamblea")

    def abrir():
        ventana = DialogoReglasSesion(oficina_de(db, asociacion), asamblea)
        qtbot.addWidget(ventana)
        ventana.show()
        return ventana

    # Sin la reforma, cuatro poderes (menos exigente que tres) se rechaza: la regla cita el art. 21.
    ventana = abrir()
    ventana.desde.setDate(QDate(DESDE))
    ventana.poderes.setValue(4)
    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)
    assert ventana.result() != QDialog.DialogCode.Accepted
    assert any("se pediría menos" in a for a in ventana.avisos.avisos)
    ventana.reject()
    # Con la reforma elegida: la fecha es la de la reforma y se parte de la regla de ese día.
    ventana = abrir()
    indice = ventana.por_reforma.findText(f"Reforma {numero} de «Estatuto»", Qt.MatchFlag.MatchStartsWith)
    assert indice > 0   # la primera es «ninguna»
    ventana.por_reforma.setCurrentIndex(indice)
    reforma_id = ventana.reforma_elegida()
    assert ventana.desde.date().toPython() == DESDE and not ventana.desde_siempre.isEnabled()
    assert ventana.poderes.value() == 3
    ventana.poderes.setValue(4)
    ventana.grab().save(f"{CAPTURAS}/aplicar-reforma.png")
    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)
    assert ventana.result() == QDialog.DialogCode.Accepted, ventana.avisos.avisos
    assert ventana.guardadas.vigente_desde == DESDE
    db.close()

    db = abrir_base(ruta)   # lo que quedó en la base
    contexto = Contexto(db, asociacion["id"])
    assert reglas_de_sesion(contexto, asamblea["id"], DESDE).poderes_maximos == 4
    assert reglas_de_sesion(contexto, asamblea["id"], DESDE - timedelta(days=1)).poderes_maximos == 3
    assert db.execute("SELECT DISTINCT reforma_id FROM reglas_quorum WHERE organo_id = ? AND vigente_desde = ?",
                      [asamblea["id"], DESDE.isoformat()]).fetchall() == [(reforma_id,)]
    db.close()


def test_una_reforma_sin_resolucion_no_se_ofrece_para_aplicar_y_el_aviso_no_lo_promete(qtbot, copia_de_la_demo,
                                                                                        monkeypatch):
    from escritorio.interfaz.dialogos.reglas_sesion import DialogoReglasSesion

    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = elegir_asociacion(db, "RCS")
    visto = _reformar_el_21(qtbot, db, asociacion, monkeypatch, lambda dialogo, visto: None, con_resolucion=False)
    texto = visto["dialogo_aviso"].text()
    assert "sin la resolución que la adoptó, la reforma no fija reglas de sesión" in texto
    assert "--por-reforma" not in texto
    visto["dialogo_aviso"].close()
    asamblea = next(o for o in organos(db, asociacion["id"]) if o["tipo"] == "asamblea")
    ventana = DialogoReglasSesion(oficina_de(db, asociacion), asamblea)
    qtbot.addWidget(ventana)
    ofrecidas = [ventana.por_reforma.itemText(i) for i in range(ventana.por_reforma.count())]
    assert not any(f"desde el {DESDE:%d/%m/%Y}" in o for o in ofrecidas), ofrecidas
    db.close()
