"""La tabla de Miembros ordena como el padrón impreso (issue 43): con un clic en el título «Nombre» la secretaria ve
«Łódź» junto a las L y, en una asociación en castellano, «Ñuñoa» después de «Nuño»; en una en portugués, la Ñ con
la N. El mismo orden que el PDF del padrón, que arma el servicio con la misma clave."""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.padron import imprimir_padron_pdf

CIUDADES = ["Zárate", "Łódź", "Sevilla", "Ñuñoa", "Øvre Eiker", "São Paulo", "Nueva Helvecia", "Ávila", "Oslo",
            "Neuquén", "Ñemby", "Nuño"]
EN_CASTELLANO = ["Ávila", "Łódź", "Neuquén", "Nueva Helvecia", "Nuño", "Ñemby", "Ñuñoa", "Oslo", "Øvre Eiker",
                 "São Paulo", "Sevilla", "Zárate"]
EN_PORTUGUES = ["Ávila", "Łódź", "Ñemby", "Neuquén", "Nueva Helvecia", "Nuño", "Ñuñoa", "Oslo", "Øvre Eiker",
                "São Paulo", "Sevilla", "Zárate"]


def _ventana(qtbot, tmp_path, monkeypatch, idioma: str):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(tmp_path / "red.db")
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Ciudades", sigla="RC", idioma_documentos=idioma,
                                                      paises={"AR": "pleno"}))
    for i, nombre in enumerate(CIUDADES):
        guardar_ficha(Contexto(db, asociacion), FichaMiembro(nombre=nombre, pais="AR", fecha_ingreso=date(2000, 1, 1)),
                      poblacion=(100_000 + i, 2020, "Censo"))
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    ventana.navegacion.setCurrentRow(1)   # Miembros
    return ventana, Contexto(db, asociacion)


def _clic_en_el_titulo(qtbot, vista, columna: int) -> None:
    cabecera = vista.tabla.horizontalHeader()
    x = cabecera.sectionViewportPosition(columna) + cabecera.sectionSize(columna) // 2
    qtbot.mouseClick(cabecera.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, cabecera.height() // 2))


def _visibles(vista) -> list[str]:
    return [vista.filtro.index(fila, 0).data() for fila in range(vista.filtro.rowCount())]


def _en_el_pdf(ruta: Path) -> list[str]:
    texto = " ".join(p.extract_text() for p in PdfReader(ruta).pages)
    return sorted(CIUDADES, key=texto.index)


@pytest.mark.parametrize("idioma, esperado", [("es", EN_CASTELLANO), ("pt", EN_PORTUGUES)])
def test_ordenar_por_nombre_da_el_orden_del_padron_impreso(qtbot, tmp_path, monkeypatch, idioma, esperado):
    ventana, contexto = _ventana(qtbot, tmp_path, monkeypatch, idioma)
    vista = ventana.miembros
    qtbot.waitUntil(lambda: vista.filtro.rowCount() == len(CIUDADES))
    assert _visibles(vista) == esperado   # al abrir: por país y nombre, como el padrón

    _clic_en_el_titulo(qtbot, vista, 3)   # por población, y de nuevo por nombre
    assert _visibles(vista) != esperado
    _clic_en_el_titulo(qtbot, vista, 0)
    if vista.tabla.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        _clic_en_el_titulo(qtbot, vista, 0)
    assert _visibles(vista) == esperado
    _clic_en_el_titulo(qtbot, vista, 0)   # de la Z a la A
    assert _visibles(vista) == list(reversed(esperado))

    imprimir_padron_pdf(contexto, tmp_path / "padron.pdf")
    assert _en_el_pdf(tmp_path / "padron.pdf") == esperado
