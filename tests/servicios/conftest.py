"""Las pruebas de los servicios corren sobre la base de un archivo (SQLite). Las que tocan lo que difiere entre los
motores —triggers y sus mensajes, la bitácora y lo congelado, los avisos de cambios, el dinero y su redondeo, el orden
alfabético y la búsqueda, los datos binarios (documentos, firmas), la concurrencia, lo que el programa solo prueba a
mano en el servidor (correo, memoria, elecciones)— llevan la marca `ambos_motores` y corren también en la de un
servidor (PostgreSQL, el que arranca tests/servidor_postgres.py): misma prueba, mismo resultado esperado. Lo demás lo
prueba una vez, en los dos motores, la paridad de tests/servidor/test_paridad_de_motores.py (cada consulta de datos/
devuelve lo mismo en los dos).

`destino` es lo que se le da al programa para abrir esa base (la ruta del archivo o la dirección del servidor):
sirve para abrir una segunda conexión («otra ventana») o para correr la línea de órdenes sobre la misma base.
Una prueba `ambos_motores` sobre algo que solo tiene el archivo (su diario, sus triggers de SQLite) lleva además la
marca `solo_sqlite`.
"""

import pytest

from escritorio.servicios.base import abrir_base


def pytest_generate_tests(metafunc):
    propia = any("motor" in str(marca.args[0]) for marca in metafunc.definition.iter_markers("parametrize"))
    if "motor" in metafunc.fixturenames and not propia:   # una prueba puede elegir su motor ella misma
        ambos = metafunc.definition.get_closest_marker("ambos_motores") is not None
        metafunc.parametrize("motor", ["sqlite", "postgresql"] if ambos else ["sqlite"], indirect=True)


def pytest_collection_modifyitems(items):
    for item in items:
        marca = item.get_closest_marker("solo_sqlite")
        if marca is not None and "[postgresql" in item.name:
            item.add_marker(pytest.mark.skip(reason=f"solo en SQLite: {marca.args[0] if marca.args else ''}"))


@pytest.fixture
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
