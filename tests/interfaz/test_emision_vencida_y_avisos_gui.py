"""Emitir las cuotas del año con el vencimiento ya pasado, y los avisos de cobro en orden (issue 42).

El 25/11/2026 la secretaria emite la cuota de 2026, que según la escala vence el 31/03: la vista previa y la
pregunta de «Emitir…» lo advierten y dicen cómo arreglarlo («Vencen el»); con otro vencimiento la advertencia se
va y los cargos quedan con esa fecha. Si emite igual (aquí, por la línea de órdenes, que también lo advierte),
Avisos propone el 1.º aviso a cada miembro —nunca el 3.º sin el 1.º y el 2.º—, y el 2.º llega cuando pasaron
desde el 1.º los días que separan los dos escalones.
"""

from pathlib import Path
import os
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.vistas.cuotas import VistaCuotas
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.cobranza import preparar_avisos
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto
from escritorio.servicios.ficha import guardar_ficha
from ayudas import leer
from ayudas import oficina_de

EMISION, AVISOS = 1, 5
CAPTURAS = str((Path(os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip() or Path(__file__).resolve().parents[1] / "artefactos"))
               / "capturas")   # las que se miraron al hacerlas; fuera del repositorio (.gitignore)
ANIO = hoy().year
VENCE_LA_ESCALA = date(ANIO, 3, 31)


@pytest.fixture(autouse=True)
def _requisitos(monkeypatch):
    # El caso del issue: noviembre, con el vencimiento de marzo ya pasado.
    if hoy() <= VENCE_LA_ESCALA:
        pytest.skip("la prueba necesita una fecha posterior al 31/03 del año en curso")
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    os.makedirs(CAPTURAS, exist_ok=True)


@pytest.fixture
def ruta(tmp_path):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                      paises={"AR": "pleno", "UY": "pleno"}))
    contexto = Contexto(db, asociacion)
    definir_escala(contexto, escala_desde_texto(date(2020, 1, 1), "USD", "0:100,100000:500"))   # vence el 31/03
    for nombre, pais in (("Rosario", "AR"), ("Paraná", "AR"), ("Salto", "UY")):
        guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                      poblacion=(250_000, 2020, "Censo"))
    db.close()
    return ruta


def _vista(qtbot, db, tmp_path) -> VistaCuotas:
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.resize(1024, 600)
    vista.show()
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    return vista


def test_la_vista_previa_advierte_el_vencimiento_pasado_y_se_emite_con_otro(qtbot, ruta, tmp_path, monkeypatch):
    preguntas = []

    def responder(_padre, titulo, texto, *a, **k):
        preguntas.append(texto)
        return QMessageBox.StandardButton.Yes if titulo == "Emitir cuotas" else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", responder)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    db = abrir_base(ruta)
    vista = _vista(qtbot, db, tmp_path)
    vista.pestanas.setCurrentIndex(EMISION)
    pestana = vista.emision
    # El vencimiento sale de la escala: primero la vista previa.
    assert not pestana.vence.isEnabled() and pestana.vence.text() == "según la escala"
    qtbot.mouseClick(pestana.boton_vista_previa, Qt.MouseButton.LeftButton)

    assert pestana.advertencias.isVisible()
    advertencia = pestana.advertencias.text()
    assert advertencia.startswith(f"El vencimiento ya pasó: los cargos nuevos vencen el 31/03/{ANIO} y hoy es "
                                  f"{hoy():%d/%m/%Y}, así que nacen vencidos")
    assert "elija otro vencimiento antes de emitir. Cámbielo en «Vencen el», arriba." in advertencia
    assert "--vence" not in advertencia and "escritorio" not in advertencia   # a la ventana, nada de la CLI
    assert pestana.vence.isEnabled() and pestana.vence.date().toPython() == VENCE_LA_ESCALA
    assert pestana.boton_emitir.isEnabled()
    vista.grab().save(f"{CAPTURAS}/emision_vencimiento_pasado.png")

    # Escribe otro vencimiento, como en cualquier campo de fecha: la vista previa se rehace sola.
    pestana.vence.setFocus()
    pestana.vence.setSelectedSection(pestana.vence.Section.DaySection)
    qtbot.keyClicks(pestana.vence, f"3112{ANIO}")
    qtbot.waitUntil(lambda: pestana.previa is not None and pestana.previa.vencimiento == date(ANIO, 12, 31))
    assert not pestana.advertencias.isVisible()
    assert f"vencimiento 31/12/{ANIO} (elegido; el de la escala es el 31/03/{ANIO})" in pestana.resumen.text()
    vista.grab().save(f"{CAPTURAS}/emision_otro_vencimiento.png")

    qtbot.mouseClick(pestana.boton_emitir, Qt.MouseButton.LeftButton)
    assert f"con vencimiento el 31/12/{ANIO}" in preguntas[0] and "ya pasó" not in preguntas[0]
    db.close()

    # Cerrada y vuelta a abrir la base: los tres cargos vencen el 31/12, y Avisos no propone nada.
    assert leer(ruta, "SELECT DISTINCT vencimiento FROM cargos") == [(f"{ANIO}-12-31",)]
    db = abrir_base(ruta)
    vista = _vista(qtbot, db, tmp_path)
    vista.pestanas.setCurrentIndex(AVISOS)
    qtbot.waitUntil(lambda: "No hay avisos pendientes" in vista.avisos.resumen.text())
    db.close()


def test_emitir_con_el_vencimiento_pasado_lo_pregunta_con_la_advertencia(qtbot, ruta, tmp_path, monkeypatch):
    preguntas = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, titulo, texto, *a, **k: preguntas.append(texto) or QMessageBox.StandardButton.No)
    db = abrir_base(ruta)
    vista = _vista(qtbot, db, tmp_path)
    vista.pestanas.setCurrentIndex(EMISION)
    qtbot.mouseClick(vista.emision.boton_vista_previa, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(vista.emision.boton_emitir, Qt.MouseButton.LeftButton)
    assert preguntas[0].startswith("El vencimiento ya pasó: los cargos nuevos vencen el 31/03/")
    assert f"con vencimiento el 31/03/{ANIO}" in preguntas[0]
    db.close()
    assert leer(ruta, "SELECT count(*) FROM cargos") == [(0,)]   # dijo que no: nada emitido


def test_la_linea_de_ordenes_advierte_y_elige_otro_vencimiento(cli_proceso, cli, ruta):
    simulada = cli_proceso("cuotas", "emitir", str(ANIO), "--simular", db=ruta)
    assert simulada.returncode == 0, simulada.stderr
    assert simulada.stderr.startswith(f"Aviso: El vencimiento ya pasó: los cargos nuevos vencen el 31/03/{ANIO}")
    assert "--vence AAAA-MM-DD" in simulada.stderr
    otra = cli("cuotas", "emitir", str(ANIO), "--simular", "--vence", f"{ANIO}-12-31", db=ruta)
    assert otra.returncode == 0 and otra.stderr == ""
    fuera = cli("cuotas", "emitir", str(ANIO), "--vence", f"{ANIO - 1}-12-31", db=ruta)
    assert fuera.returncode == 1
    assert f"el 31/12/{ANIO - 1} no es del año de los cargos ({ANIO}) ni del siguiente" in fuera.stderr
    emitida = cli("cuotas", "emitir", str(ANIO), "--vence", f"{ANIO}-12-31", db=ruta)
    assert emitida.returncode == 0 and emitida.stderr == "", emitida.stderr
    assert leer(ruta, "SELECT DISTINCT vencimiento FROM cargos") == [(f"{ANIO}-12-31",)]


def test_los_avisos_van_en_orden_aunque_la_cuota_nazca_vencida(qtbot, cli_proceso, ruta, tmp_path, monkeypatch):
    emitida = cli_proceso("cuotas", "emitir", str(ANIO), db=ruta)   # emite igual, con el vencimiento de marzo
    assert emitida.returncode == 0 and emitida.stderr.startswith("Aviso: El vencimiento ya pasó")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
                        if "cartas de aviso" in a[2] else QMessageBox.StandardButton.No)
    db = abrir_base(ruta)
    vista = _vista(qtbot, db, tmp_path)
    vista.pestanas.setCurrentIndex(AVISOS)
    pestana = vista.avisos
    qtbot.waitUntil(lambda: pestana.modelo.rowCount() == 3)
    # Más de 180 días de atraso, pero ninguna carta enviada: a todos les toca el 1.º (antes, el «3.º aviso»).
    assert [pestana.modelo.texto(f, 2) for f in range(3)] == ["1.º aviso"] * 3
    vista.grab().save(f"{CAPTURAS}/avisos_primero.png")
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(tmp_path / "avisos.pdf"))
    qtbot.mouseClick(pestana.boton_generar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No hay avisos pendientes" in pestana.resumen.text())
    assert (tmp_path / "avisos.pdf").exists()
    db.close()

    # El 2.º llega a los 60 días del 1.º (lo que separa los escalones de 30 y 90 días), no al día siguiente.
    db = abrir_base(ruta)
    contexto = Contexto(db, listar_asociaciones(db)[0]["id"])
    assert preparar_avisos(contexto, hoy() + timedelta(days=59)) == []
    assert {a.nivel for a in preparar_avisos(contexto, hoy() + timedelta(days=60))} == {2}
    db.close()
