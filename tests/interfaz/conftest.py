"""Fixtures de las pruebas de la ventana."""

import pytest


@pytest.fixture
def guardado_pronto(monkeypatch):
    """El borrador del acta y el resumen de un punto se guardan solos 0,9 s después de la última tecla; en las pruebas
    que esperan ese guardado, a los 0,2 s: el mismo temporizador real, que la prueba espera con waitUntil. Se pide
    antes que la fixture que arma el editor (la demora se lee al crearlo). Las pruebas de «enseguida» (cerrar o
    cambiar de área antes de que dispare) no la piden."""
    # Importado aquí y no al cargar este archivo: importar la ventana antes de juntar las pruebas cambia el orden en
    # que se cargan los módulos de Qt, y con --junitxml la corrida de tests/interfaz en un proceso se caía
    # (violación de segmento en test_asistente_importacion, en el hilo que lee el xlsx).
    from escritorio.interfaz.dialogos.sesion import piezas as sesion_piezas

    monkeypatch.setattr(sesion_piezas, "DEMORA_DEL_GUARDADO_MS", 200)


@pytest.fixture(autouse=True)
def actos_antes_de_la_sesion(monkeypatch):
    """Registrar un acto de una sesión que todavía no empezó pregunta (servicios/actos_de_sesion.py). Las pruebas de
    la ventana convocan para hoy a las 10:30 o para días por venir y corren a cualquier hora: la pregunta se responde
    «Registrar igual» y se anota su texto en `preguntas`. La prueba que la mira (test_actos_de_sesion_gui.py) vuelve
    a poner `original`, la pregunta de verdad."""
    from types import SimpleNamespace

    from escritorio.interfaz.dialogos.sesion import piezas as sesion_piezas

    anotado = SimpleNamespace(preguntas=[], original=sesion_piezas.confirmar_acto_antes_de_empezar)
    monkeypatch.setattr(sesion_piezas, "confirmar_acto_antes_de_empezar",
                        lambda _padre, aviso: anotado.preguntas.append(aviso) or True)
    return anotado


@pytest.fixture
def un_error_en_pantalla_falla(monkeypatch):
    """Un mensaje de error de la ventana (`QMessageBox.critical`) hace fallar la prueba con su título y su texto, en
    lugar de quedar abierto esperando un clic. Un archivo lo pide para todas sus pruebas con
    `pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")`."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))


@pytest.fixture
def vista_recien_abierta(qtbot, tmp_path, demo_abierta):
    """(vista, contexto): el área Miembros como la arma la ventana al abrir, con la primera pantalla del padrón
    adelantada y el resto por llegar (la demo tiene 300 miembros; la primera pantalla llega hasta Colombia). El resto
    empieza a llegar cuando la vista se muestra y se pinta (servicios/padron_por_partes.py)."""
    from PySide6.QtCore import QSettings

    from escritorio.dominio.paises import idioma_de_los_nombres
    from escritorio.interfaz.vistas.miembros import VistaMiembros
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.oficina import Oficina
    from escritorio.servicios.padron_por_partes import adelantar_primera_pantalla

    db, asociacion = demo_abierta
    adelantar_primera_pantalla(db, asociacion["sigla"], idioma_de_los_nombres())
    vista = VistaMiembros(QSettings(str(tmp_path / "vista.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.resize(1000, 600)
    vista.mostrar(Oficina(db, asociacion))
    return vista, Contexto(db, asociacion["id"])
