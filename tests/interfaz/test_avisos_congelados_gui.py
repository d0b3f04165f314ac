"""Cuotas › Avisos con el pago de un miembro forjado con sqlite3 (issue 58, punto 1): la pestaña no le propone carta,
dice en rojo quién quedó apartado, qué cambió y qué hacer, y «Generar cartas» saca las de los demás."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from ayudas import leer, oficina_de, sql
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.vistas.cuotas import VistaCuotas
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base

AVISOS = 5


@pytest.fixture(autouse=True)
def _sin_errores(monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
                        if "cartas de aviso" in a[2] else QMessageBox.StandardButton.No)


def _vista(qtbot, db, tmp_path) -> VistaCuotas:
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.resize(1024, 600)
    vista.show()
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    vista.pestanas.setCurrentIndex(AVISOS)
    return vista


def _nombres(pestana) -> set[str]:
    return {pestana.modelo.texto(f, 0) for f in range(pestana.modelo.rowCount())}


def test_el_miembro_del_pago_forjado_queda_apartado_en_la_ventana(qtbot, demo_como, tmp_path, monkeypatch):
    ruta = demo_como("red.db")
    db = abrir_base(ruta)
    vista = _vista(qtbot, db, tmp_path)
    pestana = vista.avisos
    qtbot.waitUntil(lambda: pestana.modelo.rowCount() > 1)
    antes = _nombres(pestana)
    assert not pestana.apartados.isVisible()
    db.close()
    vista.close()
    # un pago imputado de un miembro con carta, forjado como en el issue (sin el trigger, otro importe, el trigger)
    [(pago, nombre)] = [(p, n) for p, n in leer(
        ruta, "SELECT p.id, m.nombre FROM pagos p JOIN miembros m ON m.id = p.miembro_id WHERE p.anulado_en IS NULL "
              "AND EXISTS (SELECT 1 FROM imputaciones i WHERE i.pago_id = p.id) ORDER BY p.id") if n in antes][:1]
    [(fijo,)] = leer(ruta, "SELECT sql FROM sqlite_master WHERE name = 'pagos_registrado_fijo'")
    sql(ruta, "DROP TRIGGER pagos_registrado_fijo")
    sql(ruta, "UPDATE pagos SET importe = 1, importe_imputable = 1 WHERE id = ?", parametros=(pago,))
    sql(ruta, fijo)

    db = abrir_base(ruta)
    vista = _vista(qtbot, db, tmp_path)
    pestana = vista.avisos
    qtbot.waitUntil(lambda: pestana.modelo.rowCount() > 1)
    assert _nombres(pestana) == antes - {nombre}
    assert pestana.apartados.isVisible()
    texto = pestana.apartados.text()
    assert texto.startswith("Apartados, sin carta (1): su cuenta cambió por fuera de Escritorio")
    assert "Qué hacer: corra «escritorio verificar»" in texto   # el área sola, fuera de la ventana: la línea de órdenes
    from escritorio.dominio import puerta

    puerta.fijar_del_proceso(puerta.VENTANA)   # como la fija la ventana al abrirse
    pestana.recargar()
    qtbot.waitUntil(lambda: "Verificar la base…" in pestana.apartados.text())
    texto = pestana.apartados.text()
    assert f"• {nombre}: El pago registrado (con su recibo) (fila {pago} de «pagos»): cambió importe" in texto
    assert "Qué hacer: revise la base en el menú Archivo, «Verificar la base…»" in texto   # la ventana: su menú
    assert "«escritorio " not in texto

    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(tmp_path / "avisos.pdf"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(pestana.boton_generar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pestana.modelo.rowCount() == 0)
    assert (tmp_path / "avisos.pdf").exists()
    con_carta = {n for (n,) in leer(ruta, "SELECT DISTINCT m.nombre FROM avisos a JOIN cargos c ON c.id = a.cargo_id "
                                          "JOIN miembros m ON m.id = c.miembro_id")}
    assert con_carta == antes - {nombre}
    assert pestana.apartados.isVisible() and nombre in pestana.apartados.text()   # sigue apartado
    db.close()
