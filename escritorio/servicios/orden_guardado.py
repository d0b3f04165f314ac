"""El orden del padrón de la última vez, guardado junto a la base para no volver a calcularlo al abrir la ventana.

Ordenar el padrón como lo lee una persona (servicios.miembros.OrdenDelPadron) pide la clave de orden de cada nombre,
en Python: con 100.000 miembros, un cuarto de segundo en cada apertura de la ventana, casi la mitad de lo que tarda
en llegar el padrón entero a la tabla. Ese orden depende solo de los nombres, los ids y el idioma de la asociación,
que casi nunca cambian de un día a otro. Así que, cuando la tabla tiene el padrón entero, se guarda su orden (por
país: los ids y los nombres, en orden) en `<base>.orden-del-padron`, y la próxima lectura lo usa para un país solo si
ese país tiene hoy exactamente los mismos miembros con los mismos nombres (`en_orden_guardado`): entonces el orden
calculado sería el mismo. Si no (un alta, una baja, un nombre cambiado, otro idioma, otra versión del programa, un
archivo dañado o de otra base), ese país se ordena como siempre. El archivo no es parte de la base: no se respalda,
y borrarlo solo hace que la próxima apertura calcule el orden otra vez.
"""

import hashlib
import json
import os
from operator import itemgetter
from pathlib import Path

from .. import __version__
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import ruta_de

SUFIJO = ".orden-del-padron"
_SEPARADOR = "\x1f"   # entre los nombres de un país; un nombre que lo tenga no coincide y el país se ordena como siempre


def _version_del_orden() -> str:
    """La del programa y la de la regla del orden (dominio/orden_alfabetico.py): si cambia la regla, lo guardado no
    vale."""
    from ..dominio import orden_alfabetico

    try:
        regla = hashlib.sha256(Path(orden_alfabetico.__file__).read_bytes()).hexdigest()[:16]
    except OSError:   # empaquetado sin el código fuente: vale la versión del programa
        regla = ""
    return f"{__version__}/{regla}"


def ruta_del_orden(db: BaseDeDatos) -> Path | None:
    """Dónde se guarda el orden del padrón de esta base; None si no es un archivo (el servidor, una en memoria)."""
    if db.dialecto != "sqlite":
        return None
    ruta = ruta_de(db)
    return None if str(ruta) == ":memory:" else Path(str(ruta) + SUFIJO)


def _cabecera(asociacion_id: int, idioma: str) -> dict:
    return {"version": _version_del_orden(), "asociacion": asociacion_id, "idioma": idioma}


class OrdenGuardado:
    """Lo guardado, país por país; cada país se descifra cuando se lo pide (la primera pantalla pide uno solo)."""

    def __init__(self, lineas: dict[str, str] | None = None):
        self._lineas = lineas or {}

    def __bool__(self) -> bool:
        return bool(self._lineas)

    def paises(self) -> set[str]:
        return set(self._lineas)

    def get(self, pais: str) -> tuple[list[int], list[str]] | None:
        """(ids, nombres) del país en su orden, o None si no está o su línea no se entiende."""
        linea = self._lineas.get(pais)
        if linea is None:
            return None
        try:
            ids, nombres = linea.split("\t", 1)
            return [int(i) for i in ids.split(",")], nombres.split(_SEPARADOR)
        except ValueError:
            return None


# Lo último leído: (ruta, asociación, idioma, tamaño y hora del archivo) y lo que tenía. Al abrir la ventana se lee
# dos veces (para la primera pantalla y para el resto del padrón): con 100.000 miembros, 3 MB y unos 10 ms cada vez.
_ULTIMO: tuple[tuple, OrdenGuardado] | None = None


def leer(ruta: Path | None, asociacion_id: int, idioma: str) -> OrdenGuardado:
    """Lo guardado para esa asociación e idioma de los nombres; vacío si no hay nada que valga. Si el archivo no
    cambió desde la última lectura (el mismo tamaño y la misma hora), lo ya leído."""
    global _ULTIMO
    if ruta is None:
        return OrdenGuardado()
    try:
        with open(ruta, encoding="utf-8", newline="\n") as archivo:
            estado = os.fstat(archivo.fileno())
            clave = (str(ruta), asociacion_id, idioma, estado.st_size, estado.st_mtime_ns, estado.st_ino)
            ultimo = _ULTIMO
            if ultimo is not None and ultimo[0] == clave:
                return ultimo[1]
            if json.loads(archivo.readline()) != _cabecera(asociacion_id, idioma):
                return OrdenGuardado()
            lineas = {}
            for linea in archivo.read().split("\n"):
                if linea:
                    pais, resto = linea.split("\t", 1)
                    lineas[pais] = resto
            guardado = OrdenGuardado(lineas)
            _ULTIMO = (clave, guardado)
            return guardado
    except (OSError, ValueError, UnicodeError):   # no está, o no es uno de estos archivos: se ordena como siempre
        return OrdenGuardado()


def guardar(ruta: Path | None, asociacion_id: int, idioma: str, filas: list[tuple], pais_de: int, id_de: int,
            nombre_de: int) -> None:
    """Guarda el orden de `filas` (el padrón entero, en el orden de la tabla). Si no se puede (disco lleno, carpeta
    de solo lectura), no pasa nada: la próxima vez se calcula."""
    if ruta is None:
        return
    paises: dict[str, tuple[list[str], list[str]]] = {}
    for fila in filas:
        ids, nombres = paises.setdefault(fila[pais_de], ([], []))
        ids.append(str(fila[id_de]))
        nombres.append(fila[nombre_de])
    lineas = [json.dumps(_cabecera(asociacion_id, idioma)) + "\n"]
    for pais, (ids, nombres) in paises.items():
        if "\t" in pais or "\n" in pais or any("\n" in n or _SEPARADOR in n for n in nombres):
            continue   # no se puede escribir en una línea: ese país se ordenará como siempre
        lineas.append(f"{pais}\t{','.join(ids)}\t{_SEPARADOR.join(nombres)}\n")
    temporal = ruta.with_name(ruta.name + f".{os.getpid()}.tmp")
    try:
        with open(temporal, "w", encoding="utf-8", newline="\n") as archivo:
            archivo.writelines(lineas)
        os.replace(temporal, ruta)
    except OSError:
        temporal.unlink(missing_ok=True)


def en_orden_guardado(filas: list[tuple], guardado: tuple[list[int], list[str]] | None, id_de: int,
                      nombre_de: int) -> list[tuple] | None:
    """Las `filas` de un país en el orden guardado, si son exactamente los mismos miembros con los mismos nombres
    (entonces es el orden que se calcularía); si no, None. Sin un paso de Python por fila (map e itemgetter)."""
    if guardado is None:
        return None
    ids, nombres = guardado
    if len(ids) != len(filas) or len(nombres) != len(ids):
        return None
    por_id = dict(zip(map(itemgetter(id_de), filas), filas))
    if len(por_id) != len(ids) or len(set(ids)) != len(ids):
        return None
    ordenadas = list(map(por_id.get, ids))
    if None in ordenadas or list(map(itemgetter(nombre_de), ordenadas)) != nombres:
        return None
    return ordenadas
