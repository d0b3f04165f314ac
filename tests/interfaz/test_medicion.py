"""El gancho de `make bench` (interfaz/medicion.py): con ESCRITORIO_MEDIR_ARRANQUE, el programa real abre la base,
muestra Miembros, avisa cuando su tabla se pintó y cuando tiene el padrón entero, y se cierra bien; sin la variable no cambia nada."""

import os
import subprocess
import sys

from escritorio.interfaz.medicion import MARCA, MARCA_COMPLETO, VARIABLE


def test_el_lanzador_real_avisa_al_pintar_el_padron_y_se_cierra(copia_de_la_demo, tmp_path):
    entorno = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), VARIABLE: "1",
               "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "datos")}
    entorno.pop("ESCRITORIO_DB", None)
    hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(copia_de_la_demo)], env=entorno,
                           capture_output=True, text=True, timeout=120)
    assert hecho.returncode == 0, hecho.stderr
    lineas = hecho.stdout.splitlines()
    assert lineas.count(MARCA) == 1 and lineas.count(MARCA_COMPLETO) == 1
    # La demo tiene más miembros que la primera pantalla: primero se pinta, después llega el resto.
    assert lineas.index(MARCA) < lineas.index(MARCA_COMPLETO)
    # El respaldo al abrir (parte de lo medido) y el de cierre quedaron junto a la base.
    assert len(list((copia_de_la_demo.parent / "respaldos").glob("*.db"))) >= 1
