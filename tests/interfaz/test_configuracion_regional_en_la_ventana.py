"""La ventana con la configuración regional de la máquina (dominio.convencion_regional): una máquina con punto decimal
y el mes primero ve las poblaciones «1,428,214», las fechas de ingreso «11/11/1995» en su orden y los campos de fecha
como «MM/dd/yyyy»; sin configuración, lo de la región."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.configuracion_regional import convencion_de_la_maquina
from escritorio.dominio import convencion_regional
from escritorio.dominio.convencion_regional import de_las_muestras
from escritorio.interfaz.dialogos.baja import editor_de_fecha
from escritorio.interfaz.ventana_principal import VentanaPrincipal


@pytest.fixture
def maquina():
    def poner(decimal, muestra):
        convencion_regional.instalar_lector(lambda: de_las_muestras(decimal, muestra))
    yield poner
    convencion_regional.instalar_lector(convencion_de_la_maquina)


def _columna(vista, titulo: str) -> int:
    modelo = vista.tabla.model()
    return next(c for c in range(modelo.columnCount()) if modelo.headerData(c, Qt.Orientation.Horizontal) == titulo)


def _fila_de(vista, nombre: str) -> int:
    modelo = vista.tabla.model()
    return next(f for f in range(modelo.rowCount()) if modelo.index(f, 0).data() == nombre)


def test_el_padron_y_los_campos_de_fecha_en_el_orden_de_la_maquina(qtbot, tmp_path, demo_db, monkeypatch, maquina):
    maquina(".", "02/03/2001")   # una máquina en inglés de Estados Unidos
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    ventana = VentanaPrincipal(demo_db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    ventana.navegacion.setCurrentRow(1)
    vista = ventana.miembros
    qtbot.waitUntil(lambda: vista.tabla.isVisible() and vista.tabla.model().rowCount() > 0)
    fila = _fila_de(vista, "Córdoba")
    modelo = vista.tabla.model()
    assert modelo.index(fila, _columna(vista, "Población")).data() == "1,428,214"
    assert modelo.index(fila, _columna(vista, "Ingreso")).data() == "11/11/1995"
    fila = _fila_de(vista, "Bahía Blanca")
    assert modelo.index(fila, _columna(vista, "Ingreso")).data() == "09/23/2019"

    campo = editor_de_fecha(date(2019, 9, 23))
    assert campo.displayFormat() == "MM/dd/yyyy" and campo.text() == "09/23/2019"


def test_sin_configuracion_regional_lo_de_la_region(maquina):
    maquina(None, None)
    campo = editor_de_fecha(date(2019, 9, 23))
    assert campo.displayFormat() == "dd/MM/yyyy" and campo.text() == "23/09/2019"
