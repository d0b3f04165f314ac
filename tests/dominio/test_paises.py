"""Los nombres de los países guardados en dominio/paises_cldr.py son los de Babel (CLDR) de la versión instalada.

Se guardan para no cargar Babel al abrir la ventana; si Babel se actualiza y cambia algún nombre, esta prueba falla
y dice cómo volver a generarlos."""

import subprocess
import sys

import pytest

from escritorio.dominio import paises
from escritorio.dominio.paises_cldr import NOMBRES


@pytest.mark.parametrize("idioma", paises.IDIOMAS_RECONOCIDOS)
def test_los_nombres_guardados_son_los_de_babel(idioma):
    assert NOMBRES[idioma] == paises.nombres_de_cldr(idioma), (
        "Los nombres de paises_cldr.py no son los de la Babel instalada: genérelos de nuevo con "
        "«python -m escritorio.dominio.paises».")


@pytest.mark.proceso  # lo mira en un proceso nuevo
def test_nombrar_y_reconocer_paises_no_carga_babel():
    """Lo que la ventana necesita para mostrar el padrón (nombres y códigos) sale de lo guardado."""
    codigo = ("from escritorio.dominio.paises import codigo_pais, nombre_pais, todos_los_paises\n"
              "import sys\n"
              "assert nombre_pais('BR') == 'Brasil' and nombre_pais('ES', 'pt') == 'Espanha'\n"
              "assert codigo_pais('Brazil') == 'BR' and codigo_pais('Perú') == 'PE'\n"
              "assert len(todos_los_paises()) > 200\n"
              "print('babel' in sys.modules)\n")
    corrida = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True, check=True)
    assert corrida.stdout.strip() == "False"


def test_un_idioma_no_guardado_se_pide_a_babel():
    assert paises.nombre_pais("BR", "fr") == "Brésil"


def test_generar_escribe_lo_mismo_que_esta_guardado(tmp_path):
    destino = paises.generar_paises_cldr(tmp_path / "paises_cldr.py")
    espacio: dict = {}
    exec(destino.read_text(encoding="utf-8"), espacio)
    assert espacio["NOMBRES"] == NOMBRES
