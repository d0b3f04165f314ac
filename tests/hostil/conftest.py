"""Fixtures del fuzzer de entrada hostil: la demo, creada UNA vez por sesión (tarda unos segundos); cada caso
trabaja sobre una copia. Al final de la corrida se dice cuántos casos se probaron. Ver arnes.py."""

import pytest

from arnes import CASOS, Demo, crear_demo


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> Demo:
    return crear_demo(tmp_path_factory.mktemp("demo_hostil"))


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
