"""Las pruebas de los servicios corren en los dos motores: la base de un archivo (SQLite) y la de un servidor
(PostgreSQL, el que arranca tests/servidor_postgres.py). Misma prueba, mismo resultado esperado.

`destino` es lo que se le da al programa para abrir esa base (la ruta del archivo o la dirección del servidor):
sirve para abrir una segunda conexión («otra ventana») o para correr la línea de órdenes sobre la misma base.
Una prueba sobre algo que solo tiene el archivo (su diario, sus triggers de SQLite) lleva la marca `solo_sqlite`.
"""

import pytest

from escritorio.servicios.base import abrir_base


def pytest_collection_modifyitems(items):
    for item in items:
        marca = item.get_closest_marker("solo_sqlite")
        if marca is not None and "[postgresql" in item.name:
            item.add_marker(pytest.mark.skip(reason=f"solo en SQLite: {marca.args[0] if marca.args else ''}"))


@pytest.fixture(params=["sqlite", "postgresql"])
def motor(request) -> str:
    return request.param


@pytest.fixture
def destino(motor, request):
    return request.getfixturevalue("ruta_db" if motor == "sqlite" else "url_pg")


@pytest.fixture
def db(destino):
    base = abrir_base(destino)
    yield base
    base.close()
