"""Issue 59, punto 6: en la ventana, Cuotas › Emisión de una red con un solo miembro dice «1 cargo nuevo», «1 ya
emitido», «Se emitirá 1 cargo…» y «Se emitió 1 cargo…», nunca «1 cargos». La base se arma con la CLI."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from escritorio.interfaz.vistas.cuotas import VistaCuotas
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from ayudas import CREAR_RML, escribir_csv, oficina_de


@pytest.fixture
def una_sola_ciudad(cli, tmp_path):
    base = tmp_path / "red.db"
    for orden in (CREAR_RML, ("miembros", "importar", escribir_csv(tmp_path / "uno.csv", [["Rosario", "AR", "1000"]])),
                  ("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", "0:100")):
        resultado = cli(*orden, db=base)
        assert resultado.returncode == 0, resultado.stderr
    return base


def test_la_emision_de_un_solo_cargo_habla_en_singular(qtbot, una_sola_ciudad, tmp_path, monkeypatch):
    preguntas, avisos = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, texto, *a, **k: preguntas.append(texto) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, texto, *a, **k: avisos.append(texto))
    db = abrir_base(una_sola_ciudad)
    try:
        vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(vista)
        vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
        pestana = vista.emision
        pestana.anio.setValue(2025)
        pestana.vista_previa()
        assert "1 cargo nuevo por" in pestana.resumen.text() and "0 ya emitidos" in pestana.resumen.text()
        assert pestana.total.text().startswith("Total: 1 cargo ·")

        pestana.emitir_cargos()
        assert preguntas and "Se emitirá 1 cargo de cuota anual 2025 por un total de" in preguntas[-1]
        assert avisos and avisos[-1].startswith("Se emitió 1 cargo de cuota anual 2025")
        assert "no hay cargos nuevos que emitir · 1 ya emitido" in pestana.resumen.text()
        assert "1 cargos" not in " ".join(preguntas + avisos + [pestana.resumen.text()])
    finally:
        db.close()
