"""Fixtures del fuzzer de entrada hostil: la demo, copiada UNA vez por sesión de la que crea la corrida (tarda unos
segundos en armarse); cada caso trabaja sobre una copia. Al final de la corrida se dice cuántos casos se probaron. Ver arnes.py."""

import pytest

from arnes import CASOS, Demo, crear_demo


@pytest.fixture(scope="session")
def demo(tmp_path_factory, demo_creada_por_la_cli) -> Demo:
    """Una copia de la red de ejemplo de la corrida (la que crea «escritorio demo» una vez para todas las pruebas),
    con lo que el fuzzer necesita saber de ella."""
    return crear_demo(tmp_path_factory.mktemp("demo_hostil"), demo_creada_por_la_cli)


def pytest_sessionfinish(session):
    """Con pytest-xdist cada proceso cuenta sus casos y se los pasa al principal (tests/conftest.py los suma y los dice)."""
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["casos_hostiles"] = dict(CASOS)


def pytest_terminal_summary(terminalreporter):
    total = sum(CASOS.values())
    if total:
        terminalreporter.write_line(
            f"Fuzzer de entrada hostil: {total} casos probados ({CASOS['cli']} de la CLI en el proceso, "
            f"{CASOS['proceso']} como proceso real, {CASOS['importacion']} de importación).")
