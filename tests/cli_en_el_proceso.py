"""La línea de órdenes en el proceso de las pruebas: `escritorio ARGUMENTOS` por su función de entrada
(`escritorio.cli.principal`), con el entorno, la carpeta, la entrada vacía y la salida que tendría un proceso. Lo usan
la fixture `cli` (tests/conftest.py) y las ayudas que arman documentos una vez por módulo
(tests/documentos/documentos_de_la_demo.py): unos 0,02 s por orden en lugar de los 0,3 s de un proceso nuevo."""

import contextlib
import io
import os
import subprocess
import sys
import time
from pathlib import Path


def entorno_aislado(carpeta: Path) -> dict:
    """Las variables de entorno de un proceso de la CLI aislado en `carpeta` (su casa y sus datos allí, sin
    ESCRITORIO_DB, nunca el llavero real del equipo). Lo usan la fixture `entorno_cli` y las fixtures de módulo."""
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    casa = carpeta / "casa"
    casa.mkdir(exist_ok=True)
    entorno.update(HOME=str(casa), XDG_DATA_HOME=str(casa / "datos"), QT_QPA_PLATFORM="offscreen",
                   PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8",
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return entorno


def _zona_horaria_del_entorno() -> None:
    """La zona horaria de TZ, como la leería un proceso nuevo (tzset no existe en Windows)."""
    if hasattr(time, "tzset"):
        time.tzset()


def orden_en_el_proceso(argumentos: list[str], carpeta: Path, entorno: dict) -> subprocess.CompletedProcess:
    """`escritorio ARGUMENTOS` por su función de entrada (`escritorio.cli.principal`), en este proceso: con el
    entorno, la carpeta, la entrada vacía y la salida en bytes UTF-8 que tendría el proceso real, y el estado de
    salida que este devolvería (el de `principal`, o el de `SystemExit` de argparse)."""
    from escritorio.cli import principal
    from escritorio.datos import conexion, integridad
    from escritorio.registro import cerrar_registro

    def flujo():  # como la salida de un proceso con PYTHONIOENCODING=utf-8 (principal le pone los errores legibles de cli/__init__.py)
        return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)

    salida, errores = flujo(), flujo()
    entorno_antes, carpeta_antes, entrada_antes = dict(os.environ), os.getcwd(), sys.stdin
    # Lo que una prueba de la ventana pudo dejar en este proceso y un proceso nuevo no tendría: el aviso de espera
    # de la ventana (la CLI espera ESPERA_MS en silencio), el registro abierto en la carpeta de otra prueba y las
    # bases en las que una orden anterior vio daño (un proceso nuevo no las recuerda: lee la constancia del testigo).
    aviso_antes = conexion._aviso_de_espera
    con_dano_antes = set(integridad._con_dano)
    integridad._con_dano.clear()
    conexion.al_esperar(None)
    cerrar_registro()
    os.environ.clear()
    os.environ.update(entorno)
    _zona_horaria_del_entorno()
    os.chdir(carpeta)
    sys.stdin = io.StringIO("")
    try:
        with contextlib.redirect_stdout(salida), contextlib.redirect_stderr(errores):
            try:
                estado = principal(argumentos)
            except SystemExit as salida_de_argparse:
                codigo = salida_de_argparse.code
                estado = codigo if isinstance(codigo, int) else (0 if codigo is None else 1)
                if isinstance(codigo, str):
                    print(codigo, file=sys.stderr)
    finally:
        sys.stdin = entrada_antes
        os.chdir(carpeta_antes)
        os.environ.clear()
        os.environ.update(entorno_antes)
        _zona_horaria_del_entorno()
        conexion.al_esperar(*(aviso_antes or (None,)))
        integridad._con_dano.clear()
        integridad._con_dano.update(con_dano_antes)
    texto = [f.buffer.getvalue().decode("utf-8") for f in (salida, errores)]
    return subprocess.CompletedProcess(["escritorio", *argumentos], estado, *texto)
