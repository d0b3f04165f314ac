"""Issue 84 §2 («dónde viven las cosas»): el programa no escribe nada junto a sus propios archivos. En Windows se
instala en `%LOCALAPPDATA%\\Programs\\Escritorio` (o en `Program Files`, de solo lectura): la base, los respaldos, el
registro, los documentos y la configuración van a las carpetas del usuario o a donde la persona pidió.

Un gancho de auditoría de Python (`sys.addaudithook`) anota cada archivo que se abre para escribir y cada carpeta o
archivo que se crea, mueve o borra mientras corren, en este proceso, las órdenes de todos los días sobre una base sin
`--db` (la de la carpeta de datos del usuario): la red de ejemplo, un respaldo, el acta en PDF, el padrón en Excel,
la bitácora, el sitio publicado y «verificar». Ninguna de esas rutas cae en la carpeta del programa (el paquete
`escritorio/` y `recursos/`; empaquetado, la carpeta de `Escritorio.exe`). Los `.pyc` que escribe Python mismo al
importar (en Windows, empaquetado, no hay) no cuentan.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import escritorio
from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso
from escritorio.recursos import carpeta_recursos

_ESCRITURAS: list[str] | None = None   # mientras no es None, el gancho anota ahí
_MODOS_QUE_ESCRIBEN = set("wax+")
_EVENTOS = {"os.mkdir", "os.rename", "os.replace", "os.remove", "os.rmdir", "shutil.copyfile", "shutil.move",
            "shutil.rmtree", "os.symlink", "os.link", "os.truncate"}


def _gancho(evento: str, argumentos: tuple) -> None:
    if _ESCRITURAS is None:
        return
    if evento == "open":
        ruta, modo = argumentos[0], argumentos[1]
        escribe = (isinstance(modo, str) and bool(_MODOS_QUE_ESCRIBEN & set(modo))) or \
            (isinstance(modo, int) and bool(modo & 0o3))   # os.open: O_WRONLY u O_RDWR
        if escribe and isinstance(ruta, (str, bytes, Path)):
            _ESCRITURAS.append(str(ruta if not isinstance(ruta, bytes) else ruta.decode(errors="replace")))
    elif evento in _EVENTOS:
        _ESCRITURAS.extend(str(a) for a in argumentos[:2] if isinstance(a, (str, Path)))
    elif evento == "sqlite3.connect":
        _ESCRITURAS.append(str(argumentos[0]))


@pytest.fixture(scope="module")
def gancho():
    sys.addaudithook(_gancho)   # no se puede quitar: fuera de la prueba no anota nada


def _del_programa(ruta: str, carpeta_de_trabajo: Path) -> bool:
    camino = Path(ruta)
    if not camino.is_absolute():
        camino = carpeta_de_trabajo / camino
    camino = camino.resolve()
    if "__pycache__" in camino.parts or camino.suffix == ".pyc":
        return False
    programa = (Path(escritorio.__file__).resolve().parent, carpeta_recursos().resolve())
    return any(camino == carpeta or carpeta in camino.parents for carpeta in programa)


def test_las_ordenes_de_todos_los_dias_no_escriben_junto_al_programa(gancho, tmp_path):
    global _ESCRITURAS
    entorno = entorno_aislado(tmp_path)   # sin ESCRITORIO_DB: la base de la carpeta de datos del usuario
    ordenes = [["demo"], ["respaldo", "crear"], ["sesiones", "acta", "3", "acta.pdf"],
               ["miembros", "exportar", "padron.xlsx"], ["bitacora", "exportar", "bitacora.xlsx"],
               ["publicar", "sitio"], ["verificar"]]
    _ESCRITURAS = []
    try:
        for orden in ordenes:
            hecho = orden_en_el_proceso(orden, tmp_path, entorno)
            assert hecho.returncode == 0, (orden, hecho.stderr)
        escrituras = list(_ESCRITURAS)
    finally:
        _ESCRITURAS = None
    assert len(escrituras) > 20   # el gancho ve lo que se escribe (la base, los respaldos, los documentos, el sitio)
    assert any(r.endswith("acta.pdf") for r in escrituras) and any("respaldos" in r for r in escrituras)
    assert [r for r in escrituras if _del_programa(r, tmp_path)] == []
    # y la base y los respaldos quedaron en la carpeta de datos del usuario, no en la de trabajo
    datos = Path(entorno["XDG_DATA_HOME"])
    assert any(Path(r).resolve().is_relative_to(datos) and r.endswith(".db") for r in escrituras)


def test_el_gancho_ve_una_escritura_en_la_carpeta_del_programa(gancho, tmp_path):
    """La prueba de arriba puede fallar: una escritura en recursos/ (que se borra enseguida) aparece."""
    global _ESCRITURAS
    intrusa = carpeta_recursos() / f"intrusa-{tmp_path.name}.txt"
    _ESCRITURAS = []
    try:
        intrusa.write_text("no debería estar", encoding="utf-8")
        escrituras = list(_ESCRITURAS)
    finally:
        _ESCRITURAS = None
        intrusa.unlink(missing_ok=True)
    assert [r for r in escrituras if _del_programa(r, tmp_path)] == [str(intrusa)]
