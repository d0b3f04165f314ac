"""Arranque seguro: una sola ventana por base, base dañada apartada y recuperada, respaldos al abrir y cerrar."""

import sqlite3

from PySide6.QtWidgets import QMessageBox

from escritorio.datos.respaldo import listar_respaldos
from escritorio.interfaz import aplicacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import contar_miembros


def test_segunda_ventana_sobre_la_misma_base_recibe_un_mensaje(qtbot, tmp_path, monkeypatch):
    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: avisos.append(a[2]))
    ruta = tmp_path / "red.db"
    primera = aplicacion._una_sola_ventana(ruta)
    assert primera is not None
    assert aplicacion._una_sola_ventana(ruta) is None
    assert "ya está abierta en otra ventana" in avisos[0]
    primera.unlock()
    assert aplicacion._una_sola_ventana(ruta) is not None


def test_abrir_desde_la_ventana_hace_un_respaldo_sellado(qtbot, tmp_path, demo_como):
    ruta = demo_como("red.db")
    abrir_base(ruta).close()
    db = aplicacion.abrir_con_ayuda(ruta)
    respaldos = listar_respaldos(ruta)
    assert [r["motivo"] for r in respaldos] == ["apertura"]
    assert respaldos[0]["integro"] is True
    db.close()


def test_base_danada_se_aparta_y_se_restaura_el_ultimo_respaldo_sano(qtbot, tmp_path, monkeypatch, demo_como):
    ruta = demo_como("red.db")
    db = abrir_base(ruta)
    db.close()
    aplicacion.abrir_con_ayuda(ruta).close()  # deja un respaldo de apertura
    conn = sqlite3.connect(ruta)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    datos = bytearray(ruta.read_bytes())
    for posicion in range(8192, len(datos) - 4096, 4096):  # arruina las páginas interiores
        datos[posicion + 100:posicion + 300] = b"\xff" * 200
    ruta.write_bytes(bytes(datos))
    mensajes = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: mensajes.append(a[2]))
    db = aplicacion.abrir_con_ayuda(ruta)
    assert contar_miembros(Contexto(db, 1)) == 300
    apartadas = list(tmp_path.glob("red.db.danada-*"))
    assert len(apartadas) == 1 and apartadas[0].stat().st_size > 0
    assert "quedó guardado como" in mensajes[0]
    db.close()
