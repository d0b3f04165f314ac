"""Botones que no tienen sobre qué actuar (issue 42): «Exportar a Excel…» e «Imprimir padrón (PDF)…» con 0 miembros,
«Anular…» y «Recibo (PDF)…» sin pagos o sin uno elegido. Deshabilitados y diciendo por qué; se habilitan solos
cuando aparecen filas, aunque las escriba otro programa (la línea de órdenes, como proceso aparte).
"""

from pathlib import Path
import os
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ayudas import escribir_csv
from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz import ventana_principal
from escritorio.interfaz.ventana_principal import VentanaPrincipal, indice_del_area
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha

CAPTURAS = str((Path(os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip() or Path(__file__).resolve().parents[1] / "artefactos"))
               / "capturas")   # las que se miraron al hacerlas; fuera del repositorio (.gitignore)
PAGOS = 3


@pytest.fixture(autouse=True)
def _sin_mensajes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    monkeypatch.setattr(ventana_principal, "VIGILAR_MS", 250)   # el mismo vigía de la ventana, más seguido
    os.makedirs(CAPTURAS, exist_ok=True)


def _ventana(qtbot, ruta, tmp_path, area: str) -> VentanaPrincipal:
    ventana = VentanaPrincipal(abrir_base(ruta), QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    ventana.navegacion.setCurrentRow(indice_del_area(area))
    return ventana


def _cerrar(ventana) -> None:
    ventana.vigia.stop()
    ventana.db.close()


def test_exportar_e_imprimir_el_padron_sin_miembros_y_cuando_llegan(qtbot, tmp_path, cli_proceso):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML", paises={"AR": "pleno"}))
    db.close()
    ventana = _ventana(qtbot, ruta, tmp_path, "miembros")
    miembros = ventana.miembros
    exportar, imprimir = miembros._botones["exportar_xlsx"], miembros._botones["imprimir_pdf"]
    for boton in (exportar, imprimir):
        assert boton.isVisible() and not boton.isEnabled()
        assert boton.toolTip() == "Todavía no hay miembros: cárguelos con «Nuevo miembro» o «Importar…»."
    ventana.grab().save(f"{CAPTURAS}/miembros_sin_miembros.png")

    # Otro programa importa dos ciudades: la ventana lo nota y los botones se habilitan solos.
    archivo = escribir_csv(tmp_path / "dos.csv", [("Rosario", "Argentina", "1276000"), ("Paraná", "Argentina",
                                                                                          "247863")],
                           ["Nombre", "País", "Población"])
    hecho = cli_proceso("miembros", "importar", str(archivo), db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    qtbot.waitUntil(lambda: exportar.isEnabled() and imprimir.isEnabled(), timeout=10_000)
    assert exportar.toolTip() == "El padrón entero en un libro de Excel."
    assert "2 de 2 miembros" in miembros.resumen.text()
    # Un filtro sin resultados no las deshabilita: exportan el padrón entero, no lo filtrado.
    qtbot.keyClicks(miembros.busqueda, "Montevideo")
    qtbot.waitUntil(lambda: "0 de 2 miembros" in miembros.resumen.text())
    assert exportar.isEnabled() and imprimir.isEnabled()
    _cerrar(ventana)


def test_anular_y_recibo_sin_pagos_sin_elegir_y_con_uno_anulado(qtbot, tmp_path, cli_proceso, monkeypatch):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                      paises={"AR": "pleno"}))
    contexto = Contexto(db, asociacion)
    rosario = guardar_ficha(contexto, FichaMiembro(nombre="Rosario", pais="AR", fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(1_276_000, 2020, "Censo"))
    definir_escala(contexto, escala_desde_texto(date(2020, 1, 1), "USD", "0:100,100000:500"))
    emitir(contexto, 2025)
    db.close()

    ventana = _ventana(qtbot, ruta, tmp_path, "cuotas")
    cuotas = ventana.cuotas
    cuotas.pestanas.setCurrentIndex(PAGOS)
    pagos = cuotas.pagos
    anular, recibo = pagos.boton_anular, pagos.boton_recibo
    qtbot.waitUntil(lambda: pagos.resumen.text() == "0 pagos")
    for boton in (anular, recibo):
        assert boton.isVisible() and not boton.isEnabled()
        assert boton.toolTip() == "Todavía no hay pagos: registre uno con «Registrar pago…»."
    ventana.grab().save(f"{CAPTURAS}/pagos_sin_pagos.png")

    # La línea de órdenes registra un pago: aparece la fila, pero todavía no hay ninguna elegida.
    hecho = cli_proceso("pagos", "registrar", "--miembro", str(rosario), "--monto", "500", "--moneda", "USD",
                        "--fecha", "2025-03-01", db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    qtbot.waitUntil(lambda: pagos.modelo.rowCount() == 1, timeout=10_000)
    assert not anular.isEnabled() and anular.toolTip() == "Elija primero un pago en la tabla."

    # Un clic en la fila: los dos se habilitan.
    fila = pagos.tabla.visualRect(pagos.modelo.index(0, 2)).center()
    qtbot.mouseClick(pagos.tabla.viewport(), Qt.MouseButton.LeftButton, pos=fila)
    assert anular.isEnabled() and recibo.isEnabled()
    numero = pagos.modelo.fila(0)["recibo"]
    assert recibo.toolTip() == f"El recibo {numero} en PDF, para imprimir o enviar."

    # Anulado, el pago no se anula dos veces; su recibo (ANULADO) se puede seguir sacando.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Cargado dos veces", True))
    qtbot.mouseClick(anular, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pagos.modelo.texto(0, 6) == "ANULADO")
    assert not anular.isEnabled() and anular.toolTip() == f"El recibo {numero} ya está anulado."
    assert recibo.isEnabled()

    # Un filtro sin resultados: nada elegido y el motivo es el filtro.
    qtbot.keyClicks(pagos.busqueda, "Montevideo")
    assert not anular.isEnabled() and not recibo.isEnabled()
    assert recibo.toolTip() == "Ningún pago coincide con la búsqueda o el año elegidos."
    _cerrar(ventana)
