"""Un guion de la documentación corrido tal cual con bash: bash lee el guion (set -eu, los archivos que escribe, los
bucles, las variables) y cada `escritorio …` que alcanza lo atiende el proceso de las pruebas con la misma función de
entrada, en ese momento, con el entorno y la carpeta de ese momento (`orden_en_el_proceso`); su salida y su estado de
salida vuelven a bash, que se detiene en la primera que falla. Lo usan la Asamblea desde cero y las otras redes."""

import os
import re
import subprocess
import threading
from pathlib import Path

from cli_en_el_proceso import orden_en_el_proceso


def guion_de(documento: Path, marca: str) -> str:
    """El bloque ```sh que sigue a `marca` en el documento."""
    texto = documento.read_text(encoding="utf-8")
    assert marca in texto, f"{documento} perdió su guion ({marca})"
    return re.search(r"```sh\n(.*?)```", texto[texto.index(marca):], flags=re.S).group(1)


def entorno_para(carpeta: Path) -> tuple[Path, dict]:
    """La carpeta bin/ con el `escritorio` de la tubería y el entorno con que corre bash (casa propia, sin base)."""
    binarios = carpeta / "bin"
    binarios.mkdir()
    orden = binarios / "escritorio"
    orden.write_text(ESCRITORIO_POR_TUBERIA, encoding="utf-8")
    orden.chmod(0o755)
    casa = carpeta / "casa"
    casa.mkdir()
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    entorno.update(PATH=f"{binarios}{os.pathsep}{entorno.get('PATH', '')}", HOME=str(casa),
                   XDG_DATA_HOME=str(casa / "datos"), PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8",
                   QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return binarios, entorno


# El `escritorio` que encuentra bash: pide la orden al proceso de las pruebas por una tubería con nombre (la carpeta
# en que corre, sus argumentos y su entorno) y espera su estado; después muestra su salida y sus errores.
ESCRITORIO_POR_TUBERIA = """#!/bin/bash
set -e
d="$ESCRITORIO_TUBERIAS"
env -0 > "$d/entorno"
printf '%s\\0' "$PWD" "$@" > "$d/pedido"
read -r estado < "$d/respuesta"
cat "$d/salida"
cat "$d/errores" >&2
exit "$estado"
"""


def correr_con_bash(carpeta: Path, entorno: dict, guion: str) -> subprocess.CompletedProcess:
    """`bash GUION` en `carpeta`, con cada `escritorio …` atendido aquí, una por una, mientras bash espera."""
    tuberias = carpeta / "tuberias"
    tuberias.mkdir()
    for nombre in ("pedido", "respuesta"):
        os.mkfifo(tuberias / nombre)
    entorno = dict(entorno, ESCRITORIO_TUBERIAS=str(tuberias))
    with open(carpeta / "salida.txt", "wb") as salida, open(carpeta / "errores.txt", "wb") as errores:
        bash = subprocess.Popen(["bash", guion], cwd=carpeta, env=entorno, stdin=subprocess.DEVNULL,
                                stdout=salida, stderr=errores)

    def al_terminar():   # bash terminó (bien o mal): un pedido vacío despierta al bucle de abajo
        bash.wait()
        with open(tuberias / "pedido", "wb"):
            pass

    threading.Thread(target=al_terminar, daemon=True).start()
    ordenes = 0
    try:
        while True:
            with open(tuberias / "pedido", "rb") as pedido:
                datos = pedido.read()
            if not datos:
                break
            ordenes += 1
            donde, *argumentos = datos.decode("utf-8").split("\0")[:-1]
            suyo = dict(v.split("=", 1) for v in (tuberias / "entorno").read_bytes().decode("utf-8").split("\0")
                        if "=" in v)
            hecho = orden_en_el_proceso(argumentos, Path(donde), suyo)
            (tuberias / "salida").write_text(hecho.stdout, encoding="utf-8")
            (tuberias / "errores").write_text(hecho.stderr, encoding="utf-8")
            with open(tuberias / "respuesta", "w", encoding="utf-8") as respuesta:
                respuesta.write(f"{hecho.returncode}\n")
    except BaseException:
        bash.kill()
        raise
    bash.wait(timeout=60)
    leer = lambda nombre: (carpeta / nombre).read_text(encoding="utf-8")  # noqa: E731
    escritas = len(re.findall(r"^\s*escritorio ", (carpeta / guion).read_text(encoding="utf-8"), flags=re.M))
    assert ordenes >= escritas, (ordenes, escritas)   # cada orden del guion pasó por aquí (y las de los bucles)
    return subprocess.CompletedProcess(["bash", guion], bash.returncode, leer("salida.txt"),
                                       leer("errores.txt"))


def guion_corrido(tmp_path_factory, documento: Path, marca: str, nombre: str) -> tuple[Path, dict, object]:
    """Corre con bash el guion de `documento` que sigue a `marca`, en una carpeta vacía: (carpeta, entorno de la CLI
    con la base que dejó, `nombre`.db, y lo que mostró el guion). Falla si el guion falla o muestra una traza."""
    from ayudas import sin_traza

    carpeta = tmp_path_factory.mktemp(nombre)
    _, entorno = entorno_para(carpeta)
    (carpeta / f"{nombre}.sh").write_text(guion_de(documento, marca), encoding="utf-8")
    hecho = correr_con_bash(carpeta, entorno, f"{nombre}.sh")
    assert hecho.returncode == 0, hecho.stdout[-3000:] + hecho.stderr
    sin_traza(hecho)
    entorno["ESCRITORIO_DB"] = str(carpeta / f"{nombre}.db")
    return carpeta, entorno, hecho


def orden_tras_el_guion(corrido: tuple, *argumentos, estado: int = 0):
    """Una orden más sobre la base que dejó el guion (`guion_corrido`), en el mismo proceso: lo que mostró (con
    --json, leído), sin traza y con el estado esperado."""
    import json

    from ayudas import sin_traza

    carpeta, entorno, _ = corrido
    hecho = orden_en_el_proceso([str(a) for a in argumentos], carpeta, entorno)
    assert hecho.returncode == estado, hecho.stdout + hecho.stderr
    sin_traza(hecho)
    return json.loads(hecho.stdout) if "--json" in argumentos and estado == 0 else hecho.stdout
