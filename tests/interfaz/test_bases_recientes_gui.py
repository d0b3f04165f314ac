"""Archivo › Bases recientes, como lo usa una secretaria con la base de la oficina y la del año pasado: las dos
quedan en el menú, elegir una la abre por el mismo camino que Archivo › Abrir… (su cerrojo, su respaldo de
apertura), una que ya no está se avisa y se puede quitar, una abierta en otra ventana no se abre dos veces, y la
lista se puede limpiar. La dirección de un servidor se recuerda sin la clave."""

import shutil

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from escritorio.datos.conexion import ruta_de
from escritorio.interfaz.apertura import Ocupada, tomar_cerrojo
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.recientes import CUANTAS, anotar_base_reciente, bases_recientes, rotulo
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def oficina(tmp_path, demo_creada_por_la_cli):
    ruta = tmp_path / "oficina" / "red.db"
    ruta.parent.mkdir()
    shutil.copy(demo_creada_por_la_cli, ruta)
    return ruta


@pytest.fixture
def del_anio_pasado(tmp_path, demo_creada_por_la_cli):
    ruta = tmp_path / "archivo" / "red-2025.db"
    ruta.parent.mkdir()
    shutil.copy(demo_creada_por_la_cli, ruta)
    return ruta


@pytest.fixture
def ajustes(tmp_path):
    return QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ventana(qtbot, oficina, ajustes, monkeypatch):
    """La ventana sobre la base de la oficina, con su cerrojo, como al arrancar (aplicacion.ejecutar)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    cerrojo = tomar_cerrojo(oficina)
    assert not isinstance(cerrojo, Ocupada)
    ventana = VentanaPrincipal(abrir_base(oficina), ajustes)
    ventana.cerrojo = cerrojo
    qtbot.addWidget(ventana)
    ventana.show()
    with qtbot.waitActive(ventana):   # los atajos de la ventana (Ctrl+K, Ctrl+O) andan con ella activa
        ventana.activateWindow()
    ventana.navegacion.setFocus()
    yield ventana
    ventana.close()
    ventana.db.close()
    if ventana.cerrojo is not None:
        ventana.cerrojo.unlock()


def abrir_con_ctrl_o(qtbot, ventana, ruta, monkeypatch) -> None:
    """Archivo › Abrir… con el teclado, eligiendo `ruta` en el diálogo de archivos."""
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(ruta))
    qtbot.keyClick(ventana.navegacion, Qt.Key.Key_O, CTRL)


def abrir_menu(qtbot, ventana):
    """Archivo › Bases recientes a la vista; devuelve sus renglones (texto, marcado, habilitado)."""
    menu = ventana.menu_recientes
    menu.popup(ventana.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    return menu, [(a.text(), a.isChecked(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


def elegir(qtbot, menu, tecla) -> None:
    qtbot.keyClick(menu, tecla)
    qtbot.waitUntil(lambda: not menu.isVisible())


def respaldos_de_apertura(ruta) -> list[str]:
    carpeta = ruta.parent / "respaldos"
    return sorted(p.name for p in carpeta.glob("*-apertura*.db")) if carpeta.exists() else []


def test_abrir_dos_bases_el_menu_las_lista_y_elegir_una_la_abre(qtbot, ventana, oficina, del_anio_pasado,
                                                                monkeypatch):
    abrir_con_ctrl_o(qtbot, ventana, del_anio_pasado, monkeypatch)
    assert str(del_anio_pasado) in ventana.etiqueta_ruta.text()
    # El mismo camino que al arrancar: el respaldo de apertura y el cerrojo pasan a la base nueva.
    assert len(respaldos_de_apertura(del_anio_pasado)) == 1
    assert isinstance(tomar_cerrojo(del_anio_pasado), Ocupada)
    libre = tomar_cerrojo(oficina)
    assert not isinstance(libre, Ocupada)   # la de la oficina quedó libre para otra ventana
    libre.unlock()

    menu, renglones = abrir_menu(qtbot, ventana)
    assert renglones == [
        (f"&1  red-2025.db — {del_anio_pasado.parent}", True, False),   # la abierta: marcada, no se elige
        (f"&2  red.db — {oficina.parent}", False, True),
        ("&Limpiar la lista", False, True)]
    elegir(qtbot, menu, Qt.Key.Key_2)
    assert ruta_de(ventana.db) == oficina and str(oficina) in ventana.etiqueta_ruta.text()
    assert ventana.windowTitle() == "Escritorio — Red de Ciudades del Sur (ejemplo)"
    assert bases_recientes(ventana.ajustes) == [str(oficina), str(del_anio_pasado)]
    assert len(respaldos_de_apertura(oficina)) == 1
    assert isinstance(tomar_cerrojo(oficina), Ocupada)


def test_una_base_que_ya_no_esta_se_avisa_y_se_quita_de_la_lista(qtbot, ventana, oficina, del_anio_pasado,
                                                                  monkeypatch):
    anotar_base_reciente(ventana.ajustes, str(del_anio_pasado))
    anotar_base_reciente(ventana.ajustes, str(oficina))
    del_anio_pasado.unlink()   # se borró (o está en la memoria USB que no se conectó)
    preguntas = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, titulo, texto, *a, **k: preguntas.append(texto)
                        or QMessageBox.StandardButton.Yes)

    menu, renglones = abrir_menu(qtbot, ventana)
    assert renglones[1] == (f"&2  red-2025.db — {del_anio_pasado.parent} — ya no está", False, True)
    elegir(qtbot, menu, Qt.Key.Key_2)
    assert len(preguntas) == 1 and preguntas[0].startswith(f"La base {del_anio_pasado} ya no está en ese lugar")
    assert "¿Quitarla de la lista de bases recientes?" in preguntas[0]
    assert bases_recientes(ventana.ajustes) == [str(oficina)]
    assert ruta_de(ventana.db) == oficina   # la ventana sigue con la suya
    _, renglones = abrir_menu(qtbot, ventana)
    assert [r[0] for r in renglones] == [f"&1  red.db — {oficina.parent}", "&Limpiar la lista"]


def test_una_base_abierta_en_otra_ventana_no_se_abre_dos_veces(qtbot, ventana, oficina, del_anio_pasado,
                                                               monkeypatch):
    anotar_base_reciente(ventana.ajustes, str(del_anio_pasado))
    anotar_base_reciente(ventana.ajustes, str(oficina))
    otra_ventana = tomar_cerrojo(del_anio_pasado)
    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: avisos.append(texto))
    try:
        menu, _ = abrir_menu(qtbot, ventana)
        elegir(qtbot, menu, Qt.Key.Key_2)
    finally:
        otra_ventana.unlock()
    assert len(avisos) == 1 and avisos[0].startswith(f"La base {del_anio_pasado} ya está abierta en otra ventana")
    assert ruta_de(ventana.db) == oficina
    assert respaldos_de_apertura(del_anio_pasado) == []   # ni se abrió


def test_limpiar_la_lista_deja_solo_la_abierta(qtbot, ventana, oficina, del_anio_pasado):
    anotar_base_reciente(ventana.ajustes, str(del_anio_pasado))
    anotar_base_reciente(ventana.ajustes, str(oficina))
    menu, _ = abrir_menu(qtbot, ventana)
    elegir(qtbot, menu, Qt.Key.Key_L)
    assert bases_recientes(ventana.ajustes) == [str(oficina)]
    _, renglones = abrir_menu(qtbot, ventana)
    assert renglones == [(f"&1  red.db — {oficina.parent}", True, False), ("&Limpiar la lista", False, False)]


def test_la_lista_guarda_las_ultimas_y_un_servidor_sin_su_clave(ajustes, tmp_path):
    for numero in range(CUANTAS + 3):
        anotar_base_reciente(ajustes, str(tmp_path / f"base-{numero}.db"))
    anotar_base_reciente(ajustes, "postgresql://ana:una-clave@SECRETARIA-01:5433/escritorio")
    bases = bases_recientes(ajustes)
    assert len(bases) == CUANTAS
    assert bases[0] == "postgresql://ana@secretaria-01:5433/escritorio"
    assert bases[1] == str(tmp_path / f"base-{CUANTAS + 2}.db")
    ajustes.sync()
    assert "una-clave" not in (tmp_path / "ajustes.ini").read_text(encoding="utf-8")
    assert rotulo(bases[0]) == "Servidor: escritorio en secretaria-01 (ana)"
    # Volver a abrir una que ya estaba la sube al principio, sin repetirla.
    anotar_base_reciente(ajustes, str(tmp_path / "base-5.db"))
    assert bases_recientes(ajustes)[:2] == [str(tmp_path / "base-5.db"), bases[0]]
    assert len(set(bases_recientes(ajustes))) == CUANTAS
