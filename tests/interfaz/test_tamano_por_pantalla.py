"""La ventana recuerda su tamaño por pantalla y por escala (issue #42): después de usarla al 150 % en la notebook
(1366×768), al día siguiente en el proyector de 1024×600 abría a 910×475, con media pantalla vacía. Ahora cada
pantalla tiene su recuerdo; en una sin recuerdo la ventana ocupa la pantalla chica, y un recuerdo más grande que la
pantalla se acota. Cada corrida es un subproceso (`ventana_en_pantalla.py`) con los mismos ajustes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import ventana_en_pantalla
from escritorio.interfaz.tamano_ventana import GEOMETRIAS, MARCO, ULTIMA

GUION = Path(ventana_en_pantalla.__file__)


@pytest.fixture
def correr(copia_de_la_demo, tmp_path):
    """correr(ancho, alto, escala=None, al_cerrar=None) -> lo que vio la ventana al abrir en esa pantalla."""
    ini = tmp_path / "ajustes.ini"

    def correr(ancho: int, alto: int, escala: str | None = None, al_cerrar: tuple[int, int] | None = None) -> dict:
        entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        entorno.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8")
        if escala:
            entorno["QT_SCALE_FACTOR"] = escala
        orden = [sys.executable, str(GUION), str(copia_de_la_demo), str(ini), str(ancho), str(alto)]
        orden += [str(n) for n in al_cerrar or ()]
        hecho = subprocess.run(orden, env=entorno, capture_output=True, text=True, encoding="utf-8", timeout=300)
        assert hecho.returncode == 0, hecho.stderr
        return json.loads(hecho.stdout.strip().splitlines()[-1])

    correr.ini = ini
    return correr


def test_cada_pantalla_y_escala_tiene_su_tamano(correr):
    # Lunes, en la notebook al 150 %: abre en la pantalla (911×512 puntos) y se deja más chica al cerrar.
    notebook = correr(1366, 768, "1.5", al_cerrar=(760, 440))
    assert notebook["escala"] == 1.5 and notebook["pantalla"] == [911, 512]
    assert notebook["tamano"] == [911, 512 - MARCO]

    # Martes, en el proyector de 1024×600 al 100 %: ocupa la pantalla, no los 760×440 de la notebook.
    proyector = correr(1024, 600, al_cerrar=(1000, 540))
    assert proyector["clave"] != notebook["clave"]
    assert proyector["tamano"] == [1024, 600 - MARCO]

    # Miércoles, otra vez en la notebook: la ventana vuelve como se dejó allí; y el jueves en el proyector, también.
    assert correr(1366, 768, "1.5")["tamano"] == [760, 440]
    assert correr(1024, 600)["tamano"] == [1000, 540]

    # La misma pantalla al 100 % (sin escala) es otra: abre con el tamaño de siempre (1180×760) acotado a lo que
    # deja la pantalla, no con el de la del 150 %.
    assert correr(1366, 768)["tamano"] == [1180, 768 - MARCO]


def test_un_tamano_recordado_mas_grande_que_la_pantalla_se_acota(correr):
    # Recordado en una pantalla con el mismo nombre y escala pero más alta (otra resolución): 1400×900.
    grande = correr(1600, 1000, al_cerrar=(1400, 900))
    assert grande["tamano"] == [1180, 760]
    ajustes = QSettings(str(correr.ini), QSettings.Format.IniFormat)
    guardada = ajustes.value(f"{GEOMETRIAS}/{grande['clave']}")
    assert guardada is not None and ajustes.value(ULTIMA) == grande["clave"]
    # Esa misma geometría, como si fuera la recordada para la pantalla de 1024×600.
    clave_chica = grande["clave"].replace("1600x1000", "1024x600")
    ajustes.setValue(f"{GEOMETRIAS}/{clave_chica}", guardada)
    ajustes.setValue(ULTIMA, clave_chica)
    ajustes.sync()
    chica = correr(1024, 600)
    assert chica["clave"] == clave_chica
    assert chica["tamano"][0] <= 1024 and chica["tamano"][1] <= 600 - MARCO, chica
