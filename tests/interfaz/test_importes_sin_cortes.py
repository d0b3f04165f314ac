"""«USD 197.850,00» no se parte en dos líneas: en los textos que se ajustan al ancho (la pregunta de emitir cuotas,
la imputación del pago), el espacio entre el código de la moneda y la cifra es de no separación."""

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from escritorio.interfaz.comun import sin_cortes
from escritorio.interfaz.vistas.cuotas import VistaCuotas
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from ayudas import oficina_de

CORTABLE = re.compile(r"\b[A-Z]{3} [0-9]")


def test_sin_cortes_solo_toca_importes():
    assert sin_cortes("total de USD 197.850,00 y CLP 15.000") == "total de USD\u00a0197.850,00 y CLP\u00a015.000"
    assert sin_cortes("código ISO 4217") == "código ISO 4217"


def test_la_pregunta_de_emitir_no_parte_el_total(qtbot, tmp_path, monkeypatch, demo_como):
    db = abrir_base(demo_como("red.db"))
    preguntas = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, texto, *a, **k: preguntas.append(texto)
                        or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    vista.resize(1024, 600)
    vista.show()
    vista.pestanas.setCurrentIndex(1)
    emision = vista.emision
    emision.anio.setValue(emision.anio.value() + 1)
    emision.vista_previa()
    emision.emitir_cargos()
    assert len(preguntas) == 1
    assert re.search(r"por un total de USD\u00a0[0-9.]+,[0-9]{2}", preguntas[0])
    assert not CORTABLE.search(preguntas[0])
    db.close()
