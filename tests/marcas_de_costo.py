"""Las marcas de costo de las pruebas (declaradas en pyproject.toml, explicadas en CONTRIBUTING.md) y la guardia de
`make rapido`.

- `proceso`: la prueba lanza otro programa (la CLI como proceso real, el servidor PostgreSQL de las pruebas,
  `python -c …`). La red de ejemplo de la corrida (`demo_creada_por_la_cli`) se arma en el proceso de las pruebas:
  usar una copia no es lanzar nada.
- `navegador`: abre Chromium (tests/navegador). También es `proceso`.
- `ambos_motores`: la prueba de tests/servicios corre en la base de un archivo y también en la del servidor (la
  fixture `motor` le da las dos solo a las que la llevan); se pone a mano, a las que prueban lo que difiere entre
  motores. Su copia sobre PostgreSQL lleva además `proceso`, porque pide el servidor.
- `lento`: no lanza nada pero tarda (varios segundos de CPU); se pone a mano.

`proceso` y `navegador` se ponen solas por las fixtures que pide la prueba (directa o indirectamente; la copia sobre
PostgreSQL, por su parámetro); una prueba que lanza un proceso por su cuenta (`subprocess.run`, `cli(..., proceso_real=True)`) la lleva escrita. Para que ninguna se
escape, con ESCRITORIO_PRUEBAS_SIN_PROCESOS=1 (lo pone `make rapido`) lanzar un proceso hace fallar la prueba con el
nombre de la marca que le falta.
"""

import os
import subprocess
import sys

import pytest

# Las fixtures que lanzan un programa aparte (tests/conftest.py, tests/servidor_postgres.py) y la que abre Chromium
# (tests/navegador). Basta con que la prueba las pida a través de otra: pytest junta el cierre en `fixturenames`.
FIXTURES_QUE_LANZAN_UN_PROCESO = frozenset({"cli_proceso", "servidor_pg"})
FIXTURES_DEL_NAVEGADOR = frozenset({"navegador"})

SIN_PROCESOS = "ESCRITORIO_PRUEBAS_SIN_PROCESOS"


def marcas_por_fixtures(fixturenames, parametros: dict) -> set[str]:
    """Las marcas de costo que corresponden a una prueba que pide estas fixtures con estos parámetros. La copia
    sobre PostgreSQL de una prueba `ambos_motores` pide el servidor en la prueba (`destino` llama a `url_pg`), no en
    su firma: se la reconoce por el parámetro `motor`."""
    nombres = set(fixturenames)
    marcas = set()
    if nombres & FIXTURES_QUE_LANZAN_UN_PROCESO:
        marcas.add("proceso")
    if nombres & FIXTURES_DEL_NAVEGADOR:
        marcas |= {"navegador", "proceso"}
    if parametros.get("motor") == "postgresql":
        marcas.add("proceso")
    return marcas


def _parametros(item) -> dict:
    llamada = getattr(item, "callspec", None)
    return dict(llamada.params) if llamada is not None else {}


@pytest.hookimpl(tryfirst=True)  # antes de que `-m` elija por las marcas
def pytest_collection_modifyitems(items):
    for item in items:
        propias = {marca.name for marca in item.iter_markers()}
        if "navegador" in propias:
            propias.add("proceso")
        for marca in sorted(marcas_por_fixtures(getattr(item, "fixturenames", ()), _parametros(item)) | propias):
            if item.get_closest_marker(marca) is None:
                item.add_marker(marca)


def _lo_pide_ctypes() -> bool:
    """ctypes.util.find_library pregunta a `ldconfig -p` dónde está una biblioteca (al importar algunas): no es un
    programa que pruebe la prueba."""
    cuadro = sys._getframe(2)
    while cuadro is not None:
        if cuadro.f_globals.get("__name__") == "ctypes.util":
            return True
        cuadro = cuadro.f_back
    return False


class _ProcesoEnLaCorridaRapida(subprocess.Popen):
    def __init__(self, args, *posicionales, **opciones):
        if _lo_pide_ctypes():
            super().__init__(args, *posicionales, **opciones)
            return
        programa = args if isinstance(args, str) else " ".join(str(a) for a in list(args)[:3])
        pytest.fail(f"Esta prueba lanza un proceso ({programa} …) y corre en `make rapido`, que no lanza ninguno: "
                    "márquela @pytest.mark.proceso (o pida la fixture `cli_proceso`).", pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def _sin_procesos_en_la_corrida_rapida():
    """Con ESCRITORIO_PRUEBAS_SIN_PROCESOS=1, lanzar un proceso falla. Es de sesión y automática, así que se arma
    antes que las fixtures de sesión que lanzan uno (la demo de la CLI, el servidor PostgreSQL)."""
    if os.environ.get(SIN_PROCESOS) != "1":
        yield
        return
    original = subprocess.Popen
    subprocess.Popen = _ProcesoEnLaCorridaRapida
    try:
        yield
    finally:
        subprocess.Popen = original
