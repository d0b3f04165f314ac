"""En modo portátil gana la base de la memoria (issue 78, punto 3): la ventana abría la última base usada aunque
fuera de otra carpeta de la PC, al revés de lo que dice docs/referencia/instalacion.md. Se prueba como pasa: con la
carpeta portátil, la ventana abre una base de otra carpeta (Archivo › Abrir… la deja como la última), se cierra y el
programa vuelve a arrancar: abre la de la memoria. Una base que también está en la memoria sí se vuelve a abrir."""

import shutil

import pytest

from escritorio import rutas
from escritorio.interfaz import aplicacion, apertura
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base, nombre_de_la_base


@pytest.fixture
def memoria(tmp_path, monkeypatch, demo_creada_por_la_cli):
    """La carpeta portátil con su base (la red de ejemplo) en `datos/escritorio.db`."""
    carpeta = tmp_path / "usb"
    monkeypatch.setenv(rutas.VARIABLE_PORTABLE, str(carpeta))
    monkeypatch.delenv(rutas.VARIABLE_BASE, raising=False)
    (carpeta / "datos").mkdir(parents=True)
    shutil.copy(demo_creada_por_la_cli, rutas.ruta_base_por_defecto())
    return carpeta.resolve()


def _usar_en_la_ventana(qtbot, ruta) -> None:
    """Abre la base en la ventana (queda como la última usada en los ajustes de la memoria) y la cierra."""
    db = abrir_base(ruta)
    ventana = VentanaPrincipal(db, apertura.ajustes_del_programa())
    qtbot.addWidget(ventana)
    ventana.show()
    ventana.close()
    db.close()


def _al_arrancar():
    """La base que abre el programa al arrancar sin --db, por el mismo camino que `make run`."""
    ajustes = apertura.ajustes_del_programa()
    arranque = apertura.empezar(None, ajustes)
    db = aplicacion.abrir_con_ayuda(arranque.ruta, arranque.base, ajustes)
    try:
        return nombre_de_la_base(db)
    finally:
        db.close()
        if arranque.cerrojo is not None:
            arranque.cerrojo.unlock()


def test_en_modo_portatil_abre_la_base_de_la_memoria_aunque_la_ultima_fuera_otra(qtbot, tmp_path, memoria,
                                                                                  demo_creada_por_la_cli):
    otra = tmp_path / "escritorio-de-la-pc" / "red.db"
    otra.parent.mkdir()
    shutil.copy(demo_creada_por_la_cli, otra)
    _usar_en_la_ventana(qtbot, otra)
    assert apertura.ajustes_del_programa().value("ultima_base") == str(otra)   # los ajustes viajan en la memoria

    assert _al_arrancar() == str(memoria / "datos" / "escritorio.db")


def test_en_modo_portatil_la_ultima_base_de_la_memoria_se_vuelve_a_abrir(qtbot, memoria, demo_creada_por_la_cli):
    segunda = memoria / "datos" / "otra-red.db"
    shutil.copy(demo_creada_por_la_cli, segunda)
    _usar_en_la_ventana(qtbot, segunda)

    assert _al_arrancar() == str(segunda)
