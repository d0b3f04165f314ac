"""La tolerancia de la morosidad en la ventana (Cuotas > Morosidad > regla de suspensión): con un centavo de
saldo, Rosario recupera el voto; la deuda sigue en la lista. Se cierra la base y se vuelve a abrir."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz.vistas import cuotas as modulo_cuotas
from escritorio.interfaz.vistas.cuotas import VistaCuotas
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.cobranza import tolerancia
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, fijar_regla_de_voto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from ayudas import oficina_de

MOROSIDAD = 4


@pytest.fixture(autouse=True)
def _sin_mensajes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))


@pytest.fixture
def ruta(tmp_path):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                      paises={"AR": "pleno"}))
    contexto = Contexto(db, asociacion)
    definir_escala(contexto, escala_desde_texto(date(2022, 1, 1), "USD", "0:150,100000:600"))
    fijar_regla_de_voto(contexto, 1, "Estatuto, art. 9")
    rosario = guardar_ficha(contexto, FichaMiembro(nombre="Rosario", pais="AR", fecha_ingreso=date(1995, 11, 11)),
                            poblacion=(1_300_000, 2020, "Censo"))
    emitir(contexto, 2026)
    registrar_pago(contexto, NuevoPago(rosario, date(2026, 3, 1), "599.99", "USD"))
    db.close()
    return ruta


def test_la_tolerancia_se_fija_en_la_ventana_y_un_centavo_no_suspende(qtbot, ruta, tmp_path, monkeypatch):
    db = abrir_base(ruta)
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    vista.pestanas.setCurrentIndex(MOROSIDAD)
    pestana = vista.morosidad
    qtbot.waitUntil(lambda: pestana.modelo.rowCount() == 1)
    assert pestana.modelo.texto(0, 6) == "Suspendido"   # un centavo, sin tolerancia, suspende

    def con_tolerancia(dialogo):
        assert dialogo.tolerancia_unidades.value() == 0
        dialogo.tolerancia_unidades.setValue(1)
        dialogo.articulo_tolerancia.setText("Reglamento de cuotas, art. 5")
        dialogo.show()
        assert dialogo.grab().save(str(tmp_path / "regla_voto.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(modulo_cuotas.DialogoReglaVoto, "exec", con_tolerancia)
    pestana.cambiar_regla()

    qtbot.waitUntil(lambda: pestana.modelo.texto(0, 6) == "Sí")
    assert pestana.modelo.rowCount() == 1  # el centavo sigue siendo deuda
    assert ("Un saldo de hasta 1 unidad de la moneda de la cuota no suspende el voto (Reglamento de cuotas, art. 5)."
            in pestana.regla.text())
    db.close()

    otra = abrir_base(ruta)
    try:
        guardada = tolerancia(Contexto(otra, listar_asociaciones(otra)[0]["id"]))
        assert (guardada.unidades, guardada.porcentaje, guardada.articulo) == (1, 0, "Reglamento de cuotas, art. 5")
    finally:
        otra.close()
