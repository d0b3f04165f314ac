"""La rueda del ratón sobre una tabla no cambia sus listas desplegables (issue #42): en el asistente «Crear una
asociación», al desplazar la tabla de países con la rueda, Guatemala quedó «País pleno» y Paraguay «No participa»
sin que nadie lo notara. Ahora la rueda desplaza la tabla; la lista solo cambia si tiene el foco (un clic, Tab).
Vale para toda lista y todo número dentro de algo que se desplaza (`interfaz/rueda.py`, instalado al crear la
aplicación)."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from escritorio.interfaz import rueda
from escritorio.interfaz.dialogos.bienvenida import AsistenteAsociacion
from escritorio.servicios.asociaciones import listar_asociaciones, paises_de
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from pantallas import carpeta_de_artefactos


def instalado(aplicacion) -> bool:
    """¿Tiene la aplicación el filtro de la rueda? (`rueda.instalar` lo deja como hijo suyo)"""
    return aplicacion.findChild(rueda.RuedaConIntencion) is not None


@pytest.fixture
def con_la_rueda(qapp):
    """El filtro de la aplicación, como lo instala `crear_aplicacion`; al terminar, la aplicación queda como estaba."""
    ya_estaba = instalado(qapp)
    filtro = rueda.instalar(qapp)
    yield filtro
    if not ya_estaba:
        qapp.removeEventFilter(filtro)
        filtro.setParent(None)   # ya no es de la aplicación (`instalado` lo busca entre sus hijos)
        filtro.deleteLater()


def girar(widget: QWidget, muescas: int = -1) -> None:
    """Una vuelta de rueda (muescas < 0: hacia abajo) con el puntero sobre el centro de `widget`."""
    centro = QPointF(widget.width() / 2, widget.height() / 2)
    evento = QWheelEvent(centro, QPointF(widget.mapToGlobal(centro.toPoint())), QPoint(0, 0), QPoint(0, 120 * muescas),
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, evento)


def _combo(asistente, nombre_del_pais: str) -> QComboBox:
    tabla = asistente.paises.tabla
    fila = next(f for f in range(tabla.rowCount()) if tabla.item(f, 0).text() == nombre_del_pais)
    return tabla.cellWidget(fila, 1)


def test_la_rueda_sobre_la_categoria_de_un_pais_desplaza_la_tabla_y_no_cambia_nada(con_la_rueda, qtbot, tmp_path):
    db = abrir_base(tmp_path / "nueva.db")
    asistente = AsistenteAsociacion(db)
    qtbot.addWidget(asistente)
    asistente.resize(620, 480)
    asistente.show()
    qtbot.waitExposed(asistente)
    asistente.datos.nombre.setText("Red de Ciudades")
    qtbot.keyClicks(asistente.datos.sigla, "rc")
    asistente.datos.pais_sede.setCurrentIndex(asistente.datos.pais_sede.findData("UY"))
    asistente.next()
    assert asistente.currentPage() is asistente.paises
    tabla = asistente.paises.tabla
    asistente.paises.fijar("PY", "pleno")   # Paraguay, país pleno; Guatemala, no participa
    guatemala, paraguay = _combo(asistente, "Guatemala"), _combo(asistente, "Paraguay")
    assert (guatemala.currentText(), paraguay.currentText()) == ("No participa", "País pleno")
    # La rueda ya no da el foco a una lista de la tabla (solo el clic o el teclado).
    assert guatemala.focusPolicy() == Qt.FocusPolicy.StrongFocus

    # La rueda sobre Guatemala (hacia abajo) y sobre Paraguay (hacia arriba): la tabla se desplaza, nada cambia.
    tabla.scrollToItem(tabla.item(tabla.row(tabla.findItems("Guatemala", Qt.MatchFlag.MatchExactly)[0]), 0))
    antes = tabla.verticalScrollBar().value()
    girar(guatemala, -1)
    assert tabla.verticalScrollBar().value() > antes
    carpeta = carpeta_de_artefactos() / "rueda"
    carpeta.mkdir(parents=True, exist_ok=True)
    asistente.grab().save(str(carpeta / "paises_tras_la_rueda.png"))
    girar(paraguay, +1)
    girar(paraguay, +1)
    assert (guatemala.currentText(), paraguay.currentText()) == ("No participa", "País pleno")

    # Con el foco (se hizo clic en ella), la rueda sí la cambia: a propósito.
    paraguay.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(paraguay.hasFocus)
    girar(paraguay, -1)
    assert paraguay.currentText() != "País pleno"
    girar(paraguay, +1)
    assert paraguay.currentText() == "País pleno"

    # Lo guardado: Paraguay, país pleno; Guatemala no está.
    asistente.accept()
    [creada] = listar_asociaciones(db)
    assert paises_de(Contexto(db, creada["id"])) == {"PY": "pleno"}
    db.close()


def test_sin_el_filtro_la_rueda_cambiaba_la_lista(qapp, qtbot, tmp_path):
    """Lo que pasaba antes (y lo que la prueba de arriba vería si el filtro faltara)."""
    if instalado(qapp):
        pytest.skip("otra prueba de este proceso creó la aplicación con el filtro")
    db = abrir_base(tmp_path / "nueva.db")
    asistente = AsistenteAsociacion(db)
    qtbot.addWidget(asistente)
    asistente.show()
    asistente.datos.nombre.setText("Red de Ciudades")
    qtbot.keyClicks(asistente.datos.sigla, "rc")
    asistente.datos.pais_sede.setCurrentIndex(asistente.datos.pais_sede.findData("UY"))
    asistente.next()
    guatemala = _combo(asistente, "Guatemala")
    girar(guatemala, -1)
    assert guatemala.currentText() != "No participa"
    db.close()


def test_un_numero_en_un_formulario_que_se_desplaza_tampoco_cambia(con_la_rueda, qtbot):
    area = QScrollArea()
    qtbot.addWidget(area)
    contenido = QWidget()
    caja = QVBoxLayout(contenido)
    campos = [QSpinBox() for _ in range(30)]
    for campo in campos:
        campo.setValue(5)
        caja.addWidget(campo)
    area.setWidget(contenido)
    area.resize(200, 150)
    area.show()
    qtbot.waitExposed(area)
    girar(campos[1], -1)
    assert campos[1].value() == 5 and area.verticalScrollBar().value() > 0
    # Un campo suelto (fuera de algo que se desplaza) sigue como siempre.
    suelto = QSpinBox()
    qtbot.addWidget(suelto)
    suelto.setValue(5)
    suelto.show()
    girar(suelto, +1)
    assert suelto.value() == 6


@pytest.mark.proceso  # lanza otro programa
def test_la_aplicacion_del_programa_trae_el_filtro(tmp_path):
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    entorno.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    guion = ("from escritorio.interfaz.aplicacion import crear_aplicacion; from escritorio.interfaz import rueda;"
             "a = crear_aplicacion(); print(a.findChild(rueda.RuedaConIntencion) is not None)")
    hecho = subprocess.run([sys.executable, "-c", guion], env=entorno, capture_output=True, text=True, timeout=120)
    assert hecho.stdout.split() == ["True"], hecho.stderr[-2000:]
