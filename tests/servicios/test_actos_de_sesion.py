"""Cuándo un acto de la sesión se registra «antes de que empiece» (issue 59, punto 5): antes de su día y su hora, sí
(aviso); el mismo día después de la hora, o días después desde el papel, no. Sin hora, desde el comienzo del día."""

from datetime import datetime

import pytest

from escritorio.servicios.actos_de_sesion import aviso_antes_de_empezar

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

# El id de la sesión (el que usan las órdenes) no es su número en el órgano: el aviso nombra los dos (issue 80, §3).
SESION = {"id": 7, "numero": 3, "tipo": "ordinaria", "organo": "Consejo", "fecha": "2026-11-26", "hora": "10:00"}


@pytest.mark.parametrize("momento, avisa", [
    (datetime(2026, 11, 26, 3, 10), True),      # la madrugada del mismo día
    (datetime(2026, 11, 25, 18, 0), True),      # la víspera
    (datetime(2026, 11, 26, 9, 59), True),
    (datetime(2026, 11, 26, 10, 0), False),     # a la hora: empezó
    (datetime(2026, 11, 26, 14, 0), False),
    (datetime(2026, 12, 4, 9, 0), False),       # días después, desde las notas en papel
])
def test_avisa_solo_antes_del_dia_y_la_hora(momento, avisa):
    aviso = aviso_antes_de_empezar(SESION, momento)
    assert (aviso is not None) == avisa
    if avisa:
        assert aviso.startswith(f"La sesión 7 (III sesión ordinaria — Consejo) está convocada para el 26/11/2026 a las 10:00 y ahora es el "
                                f"{momento:%d/%m/%Y} a las {momento:%H:%M}: todavía no empezó.")


def test_sin_hora_cuenta_desde_el_comienzo_del_dia():
    sin_hora = {**SESION, "hora": None}
    assert aviso_antes_de_empezar(sin_hora, datetime(2026, 11, 26, 0, 1)) is None
    assert aviso_antes_de_empezar(sin_hora, datetime(2026, 11, 25, 23, 59)).startswith(
        "La sesión 7 (III sesión ordinaria — Consejo) está convocada para el 26/11/2026 y ahora es el 25/11/2026 a las 23:59")
