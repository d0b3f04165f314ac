"""Lo que arma una fixture cara (una red con cuotas emitidas, órganos y sesiones), una vez por proceso de pruebas.

Varias fixtures de tests/servicios arman su red con los servicios en cada prueba: decenas de escrituras, cada una con
su transacción, su sello de la bitácora y su testigo (la de las sesiones, 150 veces por corrida). Con
`armada_una_vez` la primera prueba del proceso la arma en una copia de su propia base, y las siguientes reciben esa
red copiada dentro de su base abierta con la API de respaldo de SQLite, como la plantilla vacía
(tests/plantilla_de_base.py): la misma red, byte a byte, con los mismos números de fila, armada por el mismo camino.

Solo se copia lo que es igual: si la base de la prueba no está como estaba la de la primera al empezar a armar (otra
fixture escribió otra cosa antes), o es la del servidor, se arma en la prueba, como siempre. La copia trae la
identidad de la base donde se armó (como las copias de la red de ejemplo); el testigo de la base de la prueba se
escribe de nuevo con la cabeza de la cadena copiada (si no, la próxima escritura la tomaría por una base reemplazada).
"""

import copy
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from escritorio.datos import testigo
from escritorio.datos.conexion import ruta_de

T = TypeVar("T")

# clave -> (la base armada, lo que devolvió `armar`, cómo estaba la base antes de armar)
_ARMADAS: dict[str, tuple[Path, object, tuple]] = {}


def _como_esta(conn: sqlite3.Connection) -> tuple:
    """Lo escrito hasta ahora, sin los momentos: qué registro de qué tabla y con qué acción, en orden."""
    return tuple(conn.execute("SELECT entidad, entidad_id, accion FROM bitacora ORDER BY id"))


def _copiar(origen: Path, destino: sqlite3.Connection) -> None:
    fuente = sqlite3.connect(f"file:{origen}?mode=ro", uri=True)
    try:
        fuente.backup(destino)
    finally:
        fuente.close()


def armada_una_vez(request, db, clave: str, armar: Callable[[object], T]) -> T:
    """`armar(db)`, armado una sola vez por proceso para `clave` y copiado a `db` en las demás pruebas. `armar`
    devuelve datos que valen igual en la copia (números de fila, no objetos que guarden la conexión)."""
    if getattr(db, "dialecto", None) != "sqlite" or db.conn.in_transaction:
        return armar(db)
    antes = _como_esta(db.conn)
    armada = _ARMADAS.get(clave)
    if armada is None:
        from escritorio.servicios.base import abrir_base

        ruta = request.getfixturevalue("tmp_path_factory").mktemp("armada") / "armada.db"
        nueva = sqlite3.connect(ruta)
        try:
            _copiar(ruta_de(db), nueva)   # la base de esta prueba, tal como está
        finally:
            nueva.close()
        base = abrir_base(ruta)
        try:
            armada = _ARMADAS[clave] = (ruta, armar(base), antes)
        finally:
            base.close()
    ruta, datos, como_estaba = armada
    if antes != como_estaba:
        return armar(db)
    _copiar(ruta, db.conn)
    propia = ruta_de(db)
    testigo.ruta_testigo(propia).unlink(missing_ok=True)
    testigo.actualizar(db.conn, propia)
    return copy.deepcopy(datos)
