"""Inicio › «Miembros por tramo de población» con los tramos de la escala de la asociación (issue 42).

Antes agrupaba siempre en 100.000 / 500.000 / 3.000.000 habitantes, tuviera la asociación la escala que tuviera.
Ahora los tramos son los de la escala de cuota anual vigente (los mismos que fijan la cuota de cada miembro); sin
escala, la tarjeta lo dice y ofrece crearla: el botón abre Cuotas › Escalas con el diálogo, y al guardar la escala
Inicio muestra sus tramos.
"""

from pathlib import Path
import os
from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz.dialogos.escala import DialogoEscala
from escritorio.interfaz.ventana_principal import VentanaPrincipal, indice_del_area
from escritorio.interfaz.vistas.inicio import VistaInicio
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from ayudas import sql
from ayudas import oficina_de

CAPTURAS = str((Path(os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip() or Path(__file__).resolve().parents[1] / "artefactos"))
               / "capturas")   # las que se miraron al hacerlas; fuera del repositorio (.gitignore)


@pytest.fixture(autouse=True)
def _sin_errores(monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    os.makedirs(CAPTURAS, exist_ok=True)


@pytest.fixture
def ruta(tmp_path):
    """Una asociación nueva, sin escala, con cuatro ciudades: una sin cifra de población."""
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                      paises={"AR": "pleno"}))
    contexto = Contexto(db, asociacion)
    for nombre, habitantes in (("Gualeguaychú", 83_000), ("Paraná", 250_000), ("Rosario", 1_300_000),
                               ("Colón", 26_000)):
        guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="AR", fecha_ingreso=date(2000, 1, 1)),
                      poblacion=(habitantes, 2020, "Censo"))
    db.close()
    # Colón quedó sin cifra de población (como un padrón viejo): la ficha ya no deja guardarla así.
    sql(ruta, "DELETE FROM poblaciones WHERE miembro_id = (SELECT id FROM miembros WHERE nombre = 'Colón')")
    return ruta


def test_sin_escala_inicio_lo_dice_y_crearla_desde_ahi_muestra_sus_tramos(qtbot, ruta, tmp_path):
    ventana = VentanaPrincipal(abrir_base(ruta), QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    qtbot.waitUntil(lambda: ventana.area_armada("inicio") and ventana.inicio.total == "4")
    inicio = ventana.inicio
    assert inicio.sin_escala.isVisible() and not inicio.grafico_tramos.isVisible()
    assert "todavía no tiene una escala de cuota anual vigente" in inicio.texto_sin_escala.text()
    assert inicio.boton_crear_escala.isVisible()
    inicio.desplazamiento.ensureWidgetVisible(inicio.tarjeta_tramos)
    ventana.grab().save(f"{CAPTURAS}/inicio_sin_escala.png")

    vista = {}

    def completar():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, DialogoEscala):
            QTimer.singleShot(20, completar)
            return
        vista["area"] = ventana.navegacion.currentRow()
        vista["pestana"] = ventana.cuotas.pestanas.currentWidget()
        dialogo.desde.setDate(QDate(2020, 1, 1))
        dialogo.articulo.setText("Estatuto, art. 8")
        dialogo.fijar_tramos([("0", "100"), ("100.000", "500"), ("1.000.000", "900")])
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, completar)
    qtbot.mouseClick(inicio.boton_crear_escala, Qt.MouseButton.LeftButton)
    assert vista["area"] == indice_del_area("cuotas") and vista["pestana"] is ventana.cuotas.escalas

    # De vuelta en Inicio: los tramos de la escala recién creada, y de qué escala salen.
    ventana.navegacion.setCurrentRow(indice_del_area("inicio"))
    qtbot.waitUntil(lambda: inicio.grafico_tramos.isVisible())
    assert not inicio.sin_escala.isVisible()
    assert inicio.grafico_tramos.datos == (("0 a 99.999 hab.", 1), ("100.000 a 999.999 hab.", 1),
                                           ("1.000.000 hab. o más", 1), ("Sin población", 1))
    assert inicio.escala_de_los_tramos.text() == "Escala de cuota anual vigente desde el 01/01/2020 (Estatuto, art. 8)"
    grafico = inicio.grafico_tramos   # las cuatro barras se ven enteras una vez que la tarjeta se reacomoda
    qtbot.waitUntil(lambda: grafico.height() >= grafico.sizeHint().height())
    inicio.desplazamiento.ensureWidgetVisible(inicio.tarjeta_tramos)
    ventana.grab().save(f"{CAPTURAS}/inicio_tramos_de_la_escala.png")
    ventana.close()


def test_la_demo_agrupa_por_los_tramos_de_su_escala(qtbot, demo_como):
    db = abrir_base(demo_como("red.db"))
    vista = VistaInicio()
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    tramos = vista.grafico_tramos.datos
    assert [etiqueta for etiqueta, _ in tramos] == [
        "0 a 99.999 hab.", "100.000 a 499.999 hab.", "500.000 a 2.999.999 hab.", "3.000.000 hab. o más"]
    assert sum(valor for _, valor in tramos) == 298
    assert vista.escala_de_los_tramos.text().startswith("Escala de cuota anual vigente desde el 01/01/2022")
    db.close()
