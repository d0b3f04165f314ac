"""Lo que una fixture de sesión arma una sola vez en toda la corrida, aunque pytest-xdist reparta las pruebas entre
varios procesos (como sugiere la documentación de pytest-xdist: la carpeta temporal de la corrida es común a todos).

Cada proceso de xdist tiene su sesión: sin esto, la plantilla de las bases nuevas o la red de ejemplo publicada se
armaban una vez en cada proceso (en dos núcleos, el doble de procesador). El primero que la pide la arma en una
carpeta común y deja su resultado escrito; los demás esperan a que aparezca y lo leen. Sirve solo para lo que nadie
toca después (se copia para cada prueba o se abre solo para leer). Sin xdist, o si el que la armaba falló o tardó
demasiado, cada proceso la arma para sí, como antes.
"""

import os
import pickle
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

ESPERA_MAXIMA_S = 600   # lo más caro que se comparte (la red publicada en tres idiomas) tarda segundos


def compartida(tmp_path_factory, nombre: str, armar: Callable[[Path], T]) -> T:
    """`armar(carpeta)`, una vez en toda la corrida para `nombre`: el resultado (que se pueda guardar con pickle, y
    que nombre solo cosas dentro de `carpeta` o de la corrida) lo reciben todos los procesos."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return armar(tmp_path_factory.mktemp(nombre))
    comun = tmp_path_factory.getbasetemp().parent / "compartido"
    comun.mkdir(exist_ok=True)
    listo, fallo = comun / f"{nombre}.listo", comun / f"{nombre}.fallo"
    try:
        os.close(os.open(comun / f"{nombre}.cerrojo", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:   # otro proceso la está armando
        limite = time.monotonic() + ESPERA_MAXIMA_S
        while not listo.exists():
            if fallo.exists() or time.monotonic() > limite:
                return armar(tmp_path_factory.mktemp(nombre))
            time.sleep(0.02)
        return pickle.loads(listo.read_bytes())
    try:
        carpeta = comun / nombre
        carpeta.mkdir()
        resultado = armar(carpeta)
    except BaseException:
        fallo.touch()
        raise
    parcial = comun / f"{nombre}.listo.parcial"
    parcial.write_bytes(pickle.dumps(resultado))
    os.replace(parcial, listo)
    return resultado
