"""Las marcas de costo (tests/marcas_de_costo.py): se ponen solas por las fixtures, `-m` elige con ellas y, en la
corrida sin procesos de `make rapido`, una prueba sin marca que lanza un proceso falla diciendo qué marca le falta."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from marcas_de_costo import SIN_PROCESOS, marcas_por_fixtures

PRUEBAS = Path(__file__).resolve().parent


def test_las_fixtures_que_lanzan_algo_dan_su_marca():
    assert marcas_por_fixtures(["tmp_path", "db"], {}) == set()
    # La red de ejemplo se arma en el proceso de las pruebas (issue 79): una copia no lanza nada; la CLI como
    # proceso real y el servidor PostgreSQL, sí.
    assert marcas_por_fixtures(["copia_de_la_demo", "demo_creada_por_la_cli"], {}) == set()
    assert marcas_por_fixtures(["cli", "cli_proceso"], {}) == {"proceso"}
    assert marcas_por_fixtures(["url_pg", "servidor_pg"], {}) == {"proceso"}
    assert marcas_por_fixtures(["pagina", "navegador"], {}) == {"navegador", "proceso"}
    # `ambos_motores` se pone a mano (tests/servicios/conftest.py da la copia del servidor solo a esas); la copia
    # sobre PostgreSQL pide el servidor.
    assert marcas_por_fixtures(["db", "destino", "motor"], {"motor": "sqlite"}) == set()
    assert marcas_por_fixtures(["db", "destino", "motor"], {"motor": "postgresql"}) == {"proceso"}


_TRAMPA = '''
import subprocess
import sys

import pytest


def test_pura():
    assert 1 + 1 == 2


def test_lanza_sin_marca():
    subprocess.run([sys.executable, "-c", "pass"], check=True)


@pytest.mark.proceso
def test_lanza_con_marca():
    subprocess.run([sys.executable, "-c", "pass"], check=True)
'''


def _pytest(carpeta: Path, *opciones: str, sin_procesos: bool) -> subprocess.CompletedProcess:
    entorno = {k: v for k, v in os.environ.items() if k != SIN_PROCESOS}
    if sin_procesos:
        entorno[SIN_PROCESOS] = "1"
    entorno["PYTHONPATH"] = os.pathsep.join([str(PRUEBAS), entorno.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "marcas_de_costo", "-p", "no:cacheprovider",
                           "-p", "no:xdist", "--rootdir", str(carpeta), "-c", os.devnull, "-q", *opciones,
                           str(carpeta / "test_trampa.py")],
                          cwd=carpeta, env=entorno, capture_output=True, text=True, timeout=120)


@pytest.mark.proceso  # corre pytest como proceso, sobre un archivo trampa
def test_la_corrida_rapida_falla_con_una_prueba_sin_marca_que_lanza_un_proceso(tmp_path):
    (tmp_path / "test_trampa.py").write_text(textwrap.dedent(_TRAMPA), encoding="utf-8")

    rapida = _pytest(tmp_path, "-m", "not proceso", sin_procesos=True)
    assert rapida.returncode == 1, rapida.stdout + rapida.stderr
    assert "1 failed, 1 passed, 1 deselected" in rapida.stdout, rapida.stdout
    assert "test_lanza_sin_marca" in rapida.stdout and "márquela @pytest.mark.proceso" in rapida.stdout

    completa = _pytest(tmp_path, sin_procesos=False)
    assert completa.returncode == 0, completa.stdout + completa.stderr
    assert "3 passed" in completa.stdout


_DOS_PRUEBAS = '''
import os
from pathlib import Path


def test_una():
    assert Path(os.environ["XDG_DATA_HOME"]).is_dir()


def test_otra():
    assert Path(os.environ["XDG_DATA_HOME"]).is_dir()
'''


@pytest.mark.proceso  # corre pytest como proceso, con las fixtures de tests/conftest.py
def test_la_carpeta_de_datos_de_cada_prueba_no_queda_al_terminarla(tmp_path):
    """La fixture automática que aísla la carpeta de datos del usuario borra la suya al terminar la prueba: no quedan
    carpetas `datos_usuario*` en la carpeta de la corrida (que aquí se da, así pytest no la borra al final)."""
    carpeta, base = tmp_path / "pruebas", tmp_path / "corrida"
    carpeta.mkdir()
    (carpeta / "test_trampa.py").write_text(textwrap.dedent(_DOS_PRUEBAS), encoding="utf-8")
    entorno = {k: v for k, v in os.environ.items() if k not in (SIN_PROCESOS, "TMPDIR")}
    entorno["PYTHONPATH"] = os.pathsep.join([str(PRUEBAS), entorno.get("PYTHONPATH", "")])
    hecho = subprocess.run([sys.executable, "-m", "pytest", "-p", "conftest", "-p", "no:cacheprovider",
                            "--rootdir", str(carpeta), "-c", os.devnull, "-q",
                            "--basetemp", str(base), str(carpeta / "test_trampa.py")],
                           cwd=carpeta, env=entorno, capture_output=True, text=True, timeout=180)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    assert "2 passed" in hecho.stdout
    assert base.is_dir()
    assert sorted(p.name for p in base.glob("datos_usuario*")) == []
