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

import shutil
from pathlib import Path

import pytest

from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.publicacion import publicar
from una_vez_por_corrida import compartida


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


# --- el sitio publicado (test_publicacion*.py) -------------------------------------------------------------

# nombre -> (idiomas, idioma pedido): None en idiomas es el idioma de los documentos de la asociación (o el pedido)
PUBLICACIONES = {"es": (None, None), "es_pt": (["es", "pt"], None), "pt": (None, "pt")}

@pytest.fixture(scope="session")
def publicaciones(demo_creada_por_la_cli, tmp_path_factory):
    """publicaciones("es" | "es_pt" | "pt") -> (base, sitio, hecho): la demo publicada una sola vez en la corrida (en
    castellano; en castellano y portugués; con el portugués pedido, como `idioma_pedido("pt")`), la primera vez que
    se pide. Publicar por primera vez emite las actas y escribe cada página, lo caro: los tres módulos de
    test_publicacion*.py usan las mismas. No se toca: cada prueba recibe su copia (`publicada`)."""
    from escritorio.servicios.idioma_de_los_documentos import idioma_pedido

    hechas = {}

    def publicar_en(carpeta: Path, nombre: str):
        idiomas, pedido = PUBLICACIONES[nombre]
        ruta = carpeta / f"{nombre}.db"
        shutil.copy(demo_creada_por_la_cli, ruta)
        base = abrir_base(ruta)
        try:
            with idioma_pedido(pedido):   # None: el de la asociación
                return ruta, carpeta / nombre, publicar(Contexto(base, 1), carpeta / nombre, idiomas=idiomas)
        finally:
            base.close()

    def una_vez(nombre: str):   # una vez en la corrida, aunque xdist la reparta (tests/una_vez_por_corrida.py)
        if nombre not in hechas:
            hechas[nombre] = compartida(tmp_path_factory, f"publicada_{nombre}",
                                        lambda carpeta: publicar_en(carpeta, nombre))
        return hechas[nombre]

    return una_vez


@pytest.fixture
def publicada(publicaciones, tmp_path, request):
    """publicada("es" | "es_pt" | "pt") -> (rcs, sitio, hecho): una copia de la base y de su sitio recién publicado (lo mismo
    que `publicar(rcs, sitio)` sobre la demo), propia de la prueba; `hecho` es lo que devolvió esa publicación."""

    def copia(nombre: str = "es"):
        ruta, sitio, hecho = publicaciones(nombre)
        shutil.copy(ruta, tmp_path / "publicada.db")
        shutil.copytree(sitio, tmp_path / "sitio")   # con sus fechas de modificación: «solo lo que cambió» las mira
        base = abrir_base(tmp_path / "publicada.db")
        request.addfinalizer(base.close)
        return Contexto(base, 1), tmp_path / "sitio", hecho

    return copia
