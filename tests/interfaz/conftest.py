"""Fixtures de las pruebas de la ventana."""

import pytest

from escritorio.interfaz.dialogos import sesion_piezas


@pytest.fixture
def guardado_pronto(monkeypatch):
    """El borrador del acta y el resumen de un punto se guardan solos 0,9 s después de la última tecla; en las pruebas
    que esperan ese guardado, a los 0,2 s: el mismo temporizador real, que la prueba espera con waitUntil. Se pide
    antes que la fixture que arma el editor (la demora se lee al crearlo). Las pruebas de «enseguida» (cerrar o
    cambiar de área antes de que dispare) no la piden."""
    monkeypatch.setattr(sesion_piezas, "DEMORA_DEL_GUARDADO_MS", 200)
