"""Fixtures de las historias de la red de ejemplo armada un día fijo.

La demo arma pagos, mandatos, vencimientos y sesiones «hasta hoy»: para afirmar cifras exactas (cuántos recibos,
quién debe, quién preside) las pruebas de la demo la arman como si hoy fuera `DIA_DE_LA_DEMO`. Se arma una sola vez
en la corrida (`demo_fechada`, que no se toca); cada prueba recibe su copia abierta (`demo_fechada_db`) y el id de
la asociación (`rcs`).
"""

import shutil
from pathlib import Path

import pytest

from ayudas import DIA_DE_LA_DEMO
from contenido_de_la_demo import crear_demo_del_dia
from escritorio.servicios.base import abrir_base


@pytest.fixture(scope="session")
def demo_fechada(tmp_path_factory) -> Path:
    """La red de ejemplo armada el `DIA_DE_LA_DEMO`, una sola vez en la corrida. No se toca: cada prueba usa su
    copia."""
    ruta = tmp_path_factory.mktemp("demo_fechada") / "demo.db"
    crear_demo_del_dia(ruta, DIA_DE_LA_DEMO)
    return ruta


@pytest.fixture
def demo_fechada_db(demo_fechada, tmp_path):
    """Una copia de `demo_fechada`, abierta."""
    copia = tmp_path / "demo.db"
    shutil.copy(demo_fechada, copia)
    base = abrir_base(copia)
    yield base
    base.close()


@pytest.fixture
def rcs(demo_fechada_db) -> int:
    """El id de la RCS en `demo_fechada_db`."""
    return demo_fechada_db.execute("SELECT id FROM asociaciones WHERE sigla = 'RCS'").fetchone()[0]
