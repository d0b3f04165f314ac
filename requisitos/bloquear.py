"""Rehace requisitos/bloqueo.txt: la versión exacta de cada paquete que instala Escritorio (`make bloquear`).

Las dependencias directas están fijadas con `==` en pyproject.toml; este archivo de restricciones fija además las
transitivas (lo que piden PySide6, reportlab, pyHanko, pytest…), las de `[pruebas]`, las de `[instalador]` y el
motor de construcción (setuptools). `make run`, `make test`, CI y `make instalador` instalan con `-c` este archivo,
y lo mismo indica instalador/LEEME.md en Windows: dos instalaciones del mismo commit tienen los mismos paquetes.

Cómo se arma, sin tocar el .venv de trabajo:

1. En un entorno nuevo (build/bloqueo/) instala setuptools y el proyecto con `[pruebas,instalador]`, sin más
   restricción que las de pyproject.toml: pip elige la versión más nueva de cada transitiva que sea compatible.
   Lo instalado (`pip freeze`) es el bloqueo de Linux.
2. Windows y macOS piden algunos paquetes más (keyring pide pywin32-ctypes en Windows; pytest, colorama;
   PyInstaller, pefile o macholib…). pip no sabe evaluar los marcadores de otra plataforma (`--platform` solo elige
   ruedas), así que este programa recorre él mismo las dependencias declaradas de cada paquete con los marcadores de
   esa plataforma (`sys_platform == "win32"`…): lo ya instalado en Linux con su versión, y lo que falta bajando su
   rueda para esa plataforma (`pip download --platform win_amd64`) para saber su versión y lo que pide a su vez.
   Esos paquetes se agregan con su marcador; en Linux pip los ignora.

Los paquetes vienen del índice que tenga configurado pip (PyPI o un espejo). Se corre con el Python más viejo que
admite el programa (3.11, el del instalador de Windows): los paquetes que solo piden las versiones viejas de Python
(backports.tarfile, importlib_metadata) quedan fijados y en las nuevas pip no los instala.
"""

import json
import re
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from email.parser import HeaderParser
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]
BLOQUEO = RAIZ / "requisitos" / "bloqueo.txt"
TRABAJO = RAIZ / "build" / "bloqueo"
EXTRAS = ("pruebas", "instalador")

# Las otras plataformas del programa: los valores de sus marcadores (PEP 508) y las etiquetas de sus ruedas.
PLATAFORMAS = {
    "win32": ({"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
              ["win_amd64"]),
    "darwin": ({"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix", "platform_machine": "arm64"},
               ["macosx_11_0_arm64", "macosx_11_0_universal2"]),
}

ENCABEZADO = """\
# Bloqueo de las dependencias de Escritorio: la versión exacta de cada paquete que se instala, directo o
# transitivo, con [pruebas] y [instalador], y la del motor de construcción (setuptools). Es un archivo de
# restricciones de pip: se usa con `pip install -c requisitos/bloqueo.txt …` (Makefile, instalador/LEEME.md) y no
# instala nada por sí mismo; un paquete con marcador solo se instala en esa plataforma.
#
# NO SE EDITA A MANO: se genera con `make bloquear` (requisitos/bloquear.py) después de cambiar una versión en
# pyproject.toml. tests/test_bloqueo.py falla si pyproject.toml pide algo que este archivo no fija o en otra versión.
# pip no se fija: es el instalador que trae cada entorno de Python (sqlite-utils lo declara solo para instalar sus
# complementos, que el programa no usa). Generado con Python {python}.
"""


def normalizar(nombre: str) -> str:
    return re.sub(r"[-_.]+", "-", nombre).lower()


def correr(*orden, **opciones) -> subprocess.CompletedProcess:
    print("+", " ".join(str(parte) for parte in orden), flush=True)
    return subprocess.run([str(parte) for parte in orden], check=True, **opciones)


def pedidos_del_proyecto() -> tuple[list[str], list[str]]:
    """(lo que pide el motor de construcción, lo que pide el programa con sus extras)."""
    proyecto = tomllib.loads((RAIZ / "pyproject.toml").read_text(encoding="utf-8"))
    pedidos = list(proyecto["project"]["dependencies"])
    for extra in EXTRAS:
        pedidos += proyecto["project"]["optional-dependencies"][extra]
    return list(proyecto["build-system"]["requires"]), pedidos


def instalar_en_limpio(construccion: list[str]) -> tuple[Path, dict[str, str]]:
    """Instala en un entorno nuevo y devuelve (su Python, {nombre: versión} de lo instalado salvo pip y el proyecto)."""
    shutil.rmtree(TRABAJO, ignore_errors=True)
    venv.create(TRABAJO, with_pip=True)
    python = TRABAJO / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    pip = [python, "-m", "pip", "--disable-pip-version-check"]
    correr(*pip, "install", "--quiet", *construccion)
    correr(*pip, "install", "--quiet", "--no-build-isolation", "-e", f"{RAIZ}[{','.join(EXTRAS)}]")
    congelado = correr(*pip, "freeze", "--all", "--exclude-editable", capture_output=True, text=True).stdout
    versiones = {}
    for linea in congelado.splitlines():
        nombre, _, version = linea.partition("==")
        if version and normalizar(nombre) not in {"pip", "escritorio"}:
            versiones[nombre] = version
    return python, versiones


# --- Lo que sigue corre en el entorno de build/bloqueo (tiene `packaging` y los paquetes instalados en Linux). ---

def _metadatos_de_la_rueda(plataforma: str, pedido) -> tuple[str, str, list[str]]:
    """(nombre, versión, Requires-Dist) de la rueda más nueva de `pedido` para esa plataforma, bajada del índice."""
    carpeta = TRABAJO / "ruedas" / plataforma / normalizar(pedido.name)
    shutil.rmtree(carpeta, ignore_errors=True)
    etiquetas = [opcion for etiqueta in PLATAFORMAS[plataforma][1] for opcion in ("--platform", etiqueta)]
    correr(sys.executable, "-m", "pip", "--disable-pip-version-check", "download", "--quiet", "--no-deps",
           "--only-binary=:all:", *etiquetas, "--python-version", "3.11", "--implementation", "cp", "-d", carpeta,
           f"{pedido.name}{pedido.specifier}")
    [rueda] = carpeta.glob("*.whl")
    with zipfile.ZipFile(rueda) as archivo:
        [nombre_metadatos] = [n for n in archivo.namelist() if n.endswith(".dist-info/METADATA")]
        metadatos = HeaderParser().parsestr(archivo.read(nombre_metadatos).decode("utf-8"))
    return metadatos["Name"], metadatos["Version"], metadatos.get_all("Requires-Dist") or []


def recorrer(plataforma: str, pedidos: list[str]) -> dict[str, str]:
    """{nombre: versión} de lo que se instala en esa plataforma y no en Linux, siguiendo los marcadores de allá."""
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.version import Version

    marcadores = PLATAFORMAS[plataforma][0]
    vistos: dict[str, tuple[str, Version, set, list[str], bool]] = {}
    pendientes = [(Requirement(pedido), "") for pedido in pedidos]
    while pendientes:
        pedido, extra = pendientes.pop()
        if pedido.marker is not None and not pedido.marker.evaluate({**marcadores, "extra": extra}):
            continue
        clave = normalizar(pedido.name)
        if clave not in vistos:
            try:
                distribucion = metadata.distribution(pedido.name)
                datos = (distribucion.metadata["Name"], distribucion.version, distribucion.requires or [], True)
            except metadata.PackageNotFoundError:
                datos = (*_metadatos_de_la_rueda(plataforma, pedido), False)
            nombre, version, requiere, en_linux = datos
            vistos[clave] = (nombre, Version(version), set(), requiere, en_linux)
        nombre, version, extras_hechos, requiere, en_linux = vistos[clave]
        if not pedido.specifier.contains(version, prereleases=True):
            sys.exit(f"En {plataforma} se pide {pedido} y quedó {nombre} {version}: resuélvalo en pyproject.toml.")
        for extra_pedido in ("", *sorted(pedido.extras)):
            if extra_pedido not in extras_hechos:
                extras_hechos.add(extra_pedido)
                pendientes += [(Requirement(r), extra_pedido) for r in requiere]
    return {nombre: str(version) for nombre, version, _, _, en_linux in vistos.values() if not en_linux}


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        print("Aviso: el bloqueo se arma con Python 3.11 (el del instalador); con otro pueden faltar paquetes que "
              "solo piden las versiones viejas de Python.", file=sys.stderr)
    construccion, pedidos = pedidos_del_proyecto()
    python, linux = instalar_en_limpio(construccion)
    lineas = [f"{nombre}=={version}" for nombre, version in linux.items()]
    solo_en: dict[str, tuple[str, str, list[str]]] = {}
    for plataforma in PLATAFORMAS:
        hecho = correr(python, __file__, "--recorrer", plataforma, json.dumps(pedidos), capture_output=True, text=True)
        for nombre, version in json.loads(hecho.stdout.splitlines()[-1]).items():
            anterior = solo_en.setdefault(normalizar(nombre), (nombre, version, []))
            if anterior[1] != version:
                sys.exit(f"{nombre}: {version} en {plataforma} y {anterior[1]} en otra plataforma.")
            anterior[2].append(plataforma)
    for nombre, version, plataformas in solo_en.values():
        lineas.append(f"{nombre}=={version} ; " + " or ".join(f'sys_platform == "{p}"' for p in plataformas))
    lineas.sort(key=lambda linea: normalizar(linea.split("==")[0]))
    encabezado = ENCABEZADO.format(python=".".join(map(str, sys.version_info[:3])))
    BLOQUEO.write_text(encabezado + "".join(f"{linea}\n" for linea in lineas), encoding="utf-8")
    print(f"{BLOQUEO.relative_to(RAIZ)}: {len(lineas)} paquetes ({len(solo_en)} solo en Windows o macOS).")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--recorrer"]:
        print(json.dumps(recorrer(sys.argv[2], json.loads(sys.argv[3]))))
    else:
        main()
