"""La regla de Windows sobre los archivos abiertos, simulada en Linux (issue 84 §2): un archivo que alguien tiene
abierto (otro proceso o el nuestro) no se puede reemplazar, renombrar ni borrar.

El fixture `archivos_abiertos` anota qué rutas de la carpeta de la prueba están abiertas: cada conexión de
`sqlite3.connect` (la base, y su -wal, -shm y -journal, como los tiene abiertos SQLite) mientras no se cierre, y cada
archivo de `open`/`io.open` mientras no se cierre. Y cambia os.replace, os.rename, os.remove, os.unlink, shutil.move y
Path.replace/rename/unlink para que, si el origen o el destino está abierto, lancen el PermissionError de Windows.
`abiertos.retener(ruta)` simula a otro proceso que tiene el archivo abierto (un visor de PDF, Excel) hasta
`abiertos.soltar(ruta)`. `abiertos.negados` lista lo que se negó, para que la prueba diga qué tocó.

No simula: los antivirus e indexadores que abren un archivo un instante, los archivos abiertos con FILE_SHARE_DELETE,
ni los que el programa abre por otra vía (os.open, bibliotecas en C que abren el archivo por su cuenta).
"""

import builtins
import io
import os
import shutil
import sqlite3
import weakref
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

MENSAJE = "El proceso no tiene acceso al archivo porque está siendo utilizado por otro proceso"
_DIARIOS = ("-wal", "-shm", "-journal")


def _ruta_de_sqlite(destino) -> Path | None:
    texto = os.fspath(destino) if not isinstance(destino, str) else destino
    if isinstance(texto, bytes):
        texto = texto.decode()
    if texto in ("", ":memory:") or "mode=memory" in texto:
        return None
    if texto.startswith("file:"):
        texto = unquote(urlparse(texto).path)
    return Path(texto)


class ArchivosAbiertos:
    def __init__(self, carpeta: Path):
        self.carpeta = Path(os.path.realpath(carpeta))
        self._conexiones: list[tuple[weakref.ref, tuple[Path, ...]]] = []
        self._archivos: list[tuple[weakref.ref, Path]] = []
        self._retenidos: set[Path] = set()
        self.negados: list[tuple[str, Path]] = []

    def _normal(self, ruta) -> Path | None:
        try:
            real = Path(os.path.realpath(os.fspath(ruta)))
        except (TypeError, ValueError):
            return None
        return real if real.is_relative_to(self.carpeta) else None

    def retener(self, ruta) -> None:
        self._retenidos.add(self._normal(ruta))

    def soltar(self, ruta) -> None:
        self._retenidos.discard(self._normal(ruta))

    def anotar_conexion(self, conexion, destino) -> None:
        ruta = _ruta_de_sqlite(destino)
        if ruta is not None and (real := self._normal(ruta)) is not None:
            self._conexiones.append((weakref.ref(conexion), (real, *(Path(str(real) + s) for s in _DIARIOS))))

    def anotar_archivo(self, archivo, ruta) -> None:
        if isinstance(ruta, int):
            return
        if (real := self._normal(ruta)) is not None:
            self._archivos.append((weakref.ref(archivo), real))

    def abiertas(self) -> set[Path]:
        rutas = set(self._retenidos)
        for referencia, suyas in self._conexiones:
            conexion = referencia()
            try:
                if conexion is not None and conexion.total_changes >= 0:   # cerrada: ProgrammingError
                    rutas.update(suyas)
            except sqlite3.ProgrammingError:
                pass
        rutas.update(ruta for referencia, ruta in self._archivos
                     if (archivo := referencia()) is not None and not archivo.closed)
        return rutas

    def exigir_libre(self, operacion: str, *rutas) -> None:
        abiertas = self.abiertas()
        for ruta in rutas:
            real = self._normal(ruta)
            if real is not None and real in abiertas and os.path.lexists(real):
                self.negados.append((operacion, real))
                error = PermissionError(13, MENSAJE, os.fspath(ruta))
                error.winerror = 32   # ERROR_SHARING_VIOLATION, como la da Windows (errno 13, EACCES)
                raise error


@pytest.fixture
def archivos_abiertos(tmp_path, monkeypatch) -> ArchivosAbiertos:
    abiertos = ArchivosAbiertos(tmp_path)
    conectar, abrir_archivo = sqlite3.connect, builtins.open

    def connect(destino, *args, **kwargs):
        fabrica = kwargs.pop("factory", sqlite3.Connection)
        vigilada = type("ConexionVigilada", (fabrica,), {})
        conexion = conectar(destino, *args, factory=vigilada, **kwargs)
        abiertos.anotar_conexion(conexion, destino)
        return conexion

    def open_(archivo, *args, **kwargs):
        abierto = abrir_archivo(archivo, *args, **kwargs)
        abiertos.anotar_archivo(abierto, archivo)
        return abierto

    def vigilar(nombre, original, *posiciones):
        def cambiada(*args, **kwargs):
            abiertos.exigir_libre(nombre, *(args[i] for i in posiciones if i < len(args)))
            return original(*args, **kwargs)
        return cambiada

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)
    for nombre, posiciones in (("replace", (0, 1)), ("rename", (0, 1)), ("remove", (0,)), ("unlink", (0,))):
        monkeypatch.setattr(os, nombre, vigilar(f"os.{nombre}", getattr(os, nombre), *posiciones))
    monkeypatch.setattr(shutil, "move", vigilar("shutil.move", shutil.move, 0, 1))
    # Path.replace/rename/unlink llaman a os.* en 3.11, pero se cambian igual por si una versión deja de hacerlo.
    for nombre, posiciones in (("replace", (0, 1)), ("rename", (0, 1)), ("unlink", (0,))):
        monkeypatch.setattr(Path, nombre, vigilar(f"Path.{nombre}", getattr(Path, nombre), *posiciones))
    return abiertos
