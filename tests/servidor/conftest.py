"""Lo que comparten las pruebas del modo servidor."""

import pytest


@pytest.fixture
def demo_en_el_servidor(copia_de_la_demo, url_pg_vacia, cli):
    """La red de ejemplo subida a una base nueva del servidor con «escritorio servidor subir»."""
    hecho = cli("servidor", "subir", url_pg_vacia, db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    return url_pg_vacia
