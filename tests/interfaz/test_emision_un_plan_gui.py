"""Cuotas › Emisión (issue #17): lo que se confirma es la vista previa que se ve, sin volver a consultar el plan; si
otro programa emitió el año mientras tanto, no se duplica nada y el mensaje lo dice. Sobre la red de ejemplo."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from escritorio.interfaz.vistas.cuotas import VistaCuotas
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.emision_de_cuotas import emitir
from ayudas import oficina_de

ANIO = 2027  # la demo tiene cuotas de 2020 a 2026


@pytest.fixture
def mensajes(monkeypatch):
    """«¿Emitir?» contesta Sí; los mensajes informativos quedan anotados; un error inesperado hace fallar."""
    anotados: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    return anotados


@pytest.fixture
def emision(qtbot, copia_de_la_demo, tmp_path):
    db = abrir_base(copia_de_la_demo)
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    pestana = vista.emision
    pestana.anio.setValue(ANIO)
    yield pestana, db
    db.close()


def cargos_del_anio(db) -> int:
    return db.execute("SELECT count(*) FROM cargos WHERE anio = ? AND tipo_cargo = 'cuota_anual'", [ANIO]).fetchone()[0]


def test_confirmar_escribe_la_vista_previa_sin_volver_a_planear(emision, mensajes):
    pestana, db = emision
    sentencias: list[str] = []
    db.conn.set_trace_callback(sentencias.append)
    try:
        pestana.vista_previa()
        previstos = pestana.modelo.rowCount()
        pestana.emitir_cargos()
    finally:
        db.conn.set_trace_callback(None)

    # la consulta del plan, una vez (sin contar la mirada al tamaño de la tabla de las estadísticas al día)
    assert len([s for s in sentencias if "poblaciones" in s and "max(rowid)" not in s]) == 1
    assert cargos_del_anio(db) == previstos == 298
    assert mensajes[-1][0] == "Emisión terminada" and "Se emitieron 298 cargos" in mensajes[-1][1]
    assert "La base cambió" not in mensajes[-1][1]
    assert "no hay cargos nuevos" in pestana.resumen.text() and "298 ya emitidos" in pestana.resumen.text()
    assert not pestana.boton_emitir.isEnabled()


def test_si_otro_programa_emitio_el_anio_despues_de_la_vista_previa_no_se_duplica(emision, mensajes,
                                                                                 copia_de_la_demo):
    pestana, db = emision
    pestana.vista_previa()
    assert pestana.modelo.rowCount() == 298
    otra = abrir_base(copia_de_la_demo)  # «escritorio cuotas emitir 2027» en una consola, con la ventana abierta
    try:
        assert emitir(Contexto(otra, listar_asociaciones(otra)[0]["id"]), ANIO) == 298
    finally:
        otra.close()

    pestana.emitir_cargos()

    assert cargos_del_anio(db) == 298
    titulo, texto = mensajes[-1]
    assert titulo == "Emisión terminada" and "Se emitieron 0 cargos" in texto
    assert "La base cambió después de la vista previa" in texto
    assert "298 ya emitidos" in pestana.resumen.text() and pestana.modelo.rowCount() == 0
