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
    from escritorio.interfaz.dialogos import sesion_piezas

    monkeypatch.setattr(sesion_piezas, "DEMORA_DEL_GUARDADO_MS", 200)
