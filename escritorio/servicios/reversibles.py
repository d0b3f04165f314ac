"""Anotar un cambio para poder deshacerlo (Edición › Deshacer, «escritorio deshacer»): la transacción de un
servicio reversible.

El servicio escribe dentro de `cambio_reversible(...)` en lugar de `transaccion(db)`, y nombra el alcance: las
filas que puede tocar (la ficha del miembro, la asistencia de la sesión, los puntos de su orden del día). Al
empezar se leen, al terminar se vuelven a leer, y lo que cambió (cada fila como estaba y como quedó) se anota en
la misma transacción en `cambios_reversibles`, a nombre de quien opera en este equipo. Si nada cambió, no se anota.

Dentro de la transacción de otro servicio (la segunda vuelta de una elección agrega su punto, la red de ejemplo
se arma entera) no se anota nada: el cambio es parte de algo más grande, que no se deshace a pedazos.
"""

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypedDict

from ..datos import deshacer as tabla_deshacer
from ..datos.bitacora import quien_opera, ultimo_registro_id
from ..datos.conexion import transaccion
from .contexto import Contexto

# Un alcance: (tabla, columna, valor) = las filas de la tabla con esa columna igual a ese valor.
Alcance = tuple[str, str, object]


class FilaCambiada(TypedDict):
    """Una fila que el cambio tocó, como la guarda `cambios_reversibles.filas` (None: la fila no existía)."""

    tabla: str
    id: int
    antes: dict[str, object] | None
    despues: dict[str, object] | None


@dataclass
class CambioEnCurso:
    """Lo que el servicio completa mientras escribe: lo que nombra el cambio (el miembro, el punto)."""

    detalle: str = ""


def puesto() -> tuple[str, str]:
    """(quién opera, en qué equipo): de quién son los cambios que Deshacer ofrece."""
    try:
        equipo = socket.gethostname() or "?"
    except OSError:
        equipo = "?"
    return quien_opera(), equipo


def _foto(db, alcance: list[Alcance]) -> dict[tuple[str, int], dict]:
    foto = {}
    for nombre, columna, valor in alcance:
        foto.update({(nombre, fila_id): fila for fila_id, fila in tabla_deshacer.filas(db, nombre, columna, valor).items()})
    return foto


def diferencias(antes: dict[tuple[str, int], dict], despues: dict[tuple[str, int], dict]) -> list[FilaCambiada]:
    """Las filas que cambiaron, cada una como estaba y como quedó."""
    return [FilaCambiada(tabla=nombre, id=fila_id, antes=antes.get((nombre, fila_id)),
                         despues=despues.get((nombre, fila_id)))
            for nombre, fila_id in sorted(set(antes) | set(despues))
            if antes.get((nombre, fila_id)) != despues.get((nombre, fila_id))]


@contextmanager
def cambio_reversible(contexto: Contexto, tipo: str, alcance: list[Alcance],
                      detalle: str = "") -> Iterator[CambioEnCurso]:
    """Una transacción (como `transaccion(db)`) que además anota lo que cambió en `alcance` para deshacerlo."""
    db = contexto.db
    propia = not db.en_transaccion
    cambio = CambioEnCurso(detalle)
    with transaccion(db):
        if not propia:
            yield cambio
            return
        antes = _foto(db, alcance)
        yield cambio
        cambios = diferencias(antes, _foto(db, alcance))
        if cambios:
            tabla_deshacer.anotar(db, contexto.asociacion_id, tipo, cambio.detalle, cambios, *puesto(), ultimo_registro_id(db))
