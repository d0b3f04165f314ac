"""Notar lo que otros procesos hacen con la base abierta.

- Escrituras de otro proceso (la línea de órdenes, otra ventana): `PRAGMA data_version` cambia cuando
  otra conexión confirma una transacción; las escrituras propias no lo cambian.
  En el servidor, el servidor mismo avisa qué tablas cambió cada escritura confirmada (LISTEN/NOTIFY,
  `postgres/avisos.py`). `CambiosDeOtros` da las dos cosas con una sola pregunta.
- Un archivo reemplazado (una restauración hecha por otro proceso): la conexión sigue escribiendo en el
  archivo viejo, que ya no está en la ruta; lo guardado allí se perdería. Se compara la identidad del
  archivo que hay en la ruta (dispositivo y nodo, `os.stat`) con la del que se abrió.
- Un diario (-wal) o un índice (-shm) borrados o reemplazados: otro proceso se creyó la última conexión (este
  proceso perdió sus cerrojos POSIX porque algo abrió y cerró esos archivos: ver interfaz/piezas/elegir_archivo.py),
  pasó el diario a la base y lo borró. La conexión seguiría escribiendo en un diario que ya no está en el disco: todo
  se perdería al cerrar. Se compara igual, por identidad, con los que había al abrir.

Nada de esto usa Qt: la ventana lo consulta con un temporizador y cada transacción, antes de confirmar.
"""

import os
import sqlite3
import weakref
from dataclasses import dataclass
from pathlib import Path

from .base_de_datos import BaseDeDatos
from .dialecto import es_servidor
from .postgres import TODAS_LAS_TABLAS

from ..dominio.traduccion import traducir

DIARIOS = ("-wal", "-shm")  # los archivos de SQLite junto a la base en modo WAL
_ABIERTAS: "weakref.WeakSet[BaseDeDatos]" = weakref.WeakSet()  # las bases de archivo abiertas en este proceso


@dataclass(frozen=True)
class IdentidadArchivo:
    dispositivo: int
    nodo: int


def identidad_de_ruta(ruta: Path | str) -> IdentidadArchivo | None:
    """La identidad del archivo que hay ahora en `ruta`; None si no existe o el sistema no la da."""
    try:
        datos = os.stat(ruta)
    except OSError:
        return None
    if not datos.st_ino:  # algunos sistemas de archivos no tienen número de nodo: no se vigila
        return None
    return IdentidadArchivo(datos.st_dev, datos.st_ino)


def ruta_del_diario(ruta: Path, sufijo: str) -> Path:
    return ruta.with_name(ruta.name + sufijo)


def recordar_archivo(db: BaseDeDatos, ruta: Path | str, *, con_diario: bool = True) -> None:
    """Al abrir: anota qué archivos son los abiertos (la base y, en modo WAL, su diario y su índice) para notar
    después si los reemplazaron o borraron. Sin `con_diario` (una base abierta solo para consultar) no se vigila el
    diario: nada se escribe en él."""
    ruta = Path(ruta).absolute()
    db.estado.ruta, db.estado.identidad = ruta, identidad_de_ruta(ruta)
    db.estado.diarios = {sufijo: identidad_de_ruta(ruta_del_diario(ruta, sufijo))
                            for sufijo in (DIARIOS if con_diario else ())}
    _ABIERTAS.add(db)


def _abierta(db: BaseDeDatos) -> bool:
    try:
        db.conn.execute("SELECT 1")
        return True
    except sqlite3.Error:
        return False


def es_archivo_de_una_base_abierta(ruta: Path | str, *, salvo_la_base: bool = False) -> bool:
    """¿Es `ruta` una base que este proceso tiene abierta, o su diario o su índice? Abrir y cerrar cualquiera de
    ellos por fuera de SQLite soltaría los cerrojos de la conexión. Con `salvo_la_base`, la base misma no cuenta
    (abrirla con SQLite es seguro: SQLite comparte los cerrojos de todas sus conexiones al mismo archivo)."""
    elegida = identidad_de_ruta(ruta)
    for db in list(_ABIERTAS):
        abierta = db.estado.ruta
        if abierta is None or not _abierta(db):
            continue
        propios = [ruta_del_diario(abierta, sufijo) for sufijo in DIARIOS] + ([] if salvo_la_base else [abierta])
        for propio in propios:
            if Path(ruta).absolute() == propio or (elegida is not None and elegida == identidad_de_ruta(propio)):
                return True
    return False


def diario_perdido(db: BaseDeDatos) -> str | None:
    """Si el diario (-wal) o el índice (-shm) que la conexión tiene abiertos ya no son los del disco, el mensaje."""
    ruta, diarios = db.estado.ruta, db.estado.diarios
    if not any(diarios.values()) or not _abierta(db):
        return None  # cerrada: SQLite borra el diario al cerrar la última conexión, y está bien
    for sufijo, abierto in diarios.items():
        if abierto is None or identidad_de_ruta(ruta_del_diario(ruta, sufijo)) == abierto:
            continue
        return traducir(
            "Otro programa borró o reemplazó el diario de la base ({0}) mientras Escritorio lo usaba. Lo que se "
            "guardara ahora se perdería, así que no se guardó nada. Vuelva a abrir la base (Archivo → Abrir, o repita "
            "la orden) y revise que esté lo último que guardó.").format(ruta_del_diario(ruta, sufijo).name)
    return None


def archivo_reemplazado(db: BaseDeDatos) -> str | None:
    """Si el archivo de la ruta ya no es el que se abrió (otro proceso restauró un respaldo, lo movió o lo
    borró), o su diario ya no es el abierto, un mensaje que lo explica; si sigue todo igual (o no se puede saber),
    None."""
    return base_reemplazada(db) or diario_perdido(db)


def base_reemplazada(db: BaseDeDatos) -> str | None:
    """Como `archivo_reemplazado`, pero solo el archivo de la base (una restauración también borra el diario: es
    otra cosa que perderlo con la base en su lugar)."""
    ruta, abierta = db.estado.ruta, db.estado.identidad
    if ruta is None or abierta is None:
        return None
    ahora = identidad_de_ruta(ruta)
    if ahora == abierta:
        return None
    if ahora is None:
        return traducir("La base {0} ya no está en su lugar: otro programa la movió, la renombró o la borró "
                        "mientras estaba abierta. Lo que se guarde ahora se perdería, así que no se guardó nada. "
                        "Busque el archivo (o restaure un respaldo) y ábralo con Archivo > Abrir.").format(ruta)
    return traducir("La base {0} fue reemplazada por otro programa mientras estaba abierta (por ejemplo, se "
                    "restauró un respaldo desde la línea de órdenes). Lo que se guarde ahora iría al archivo viejo y "
                    "se perdería, así que no se guardó nada. Vuelva a abrir la base para seguir trabajando sobre la "
                    "actual.").format(ruta)


def version_de_datos(db: BaseDeDatos) -> int | None:
    """Un número que cambia cada vez que OTRA conexión confirma una escritura en la base (None si está cerrada)."""
    try:
        if db.dialecto == "postgresql":  # en el servidor: el último sello de la bitácora (cada escritura sella)
            return db.execute("SELECT coalesce(max(id), 0) FROM bitacora_sellos").fetchone()[0]
        return db.execute("PRAGMA data_version").fetchone()[0]
    except Exception:  # cerrada: sqlite3.Error o psycopg.Error
        return None


def ruta_abierta(db: BaseDeDatos) -> Path | None:
    """La ruta con la que se abrió la base (sirve aunque la conexión ya esté cerrada)."""
    return db.estado.ruta


# «No se sabe qué tablas cambiaron»: en un archivo, `data_version` dice que otro escribió, no qué.
TODAS = TODAS_LAS_TABLAS


class CambiosDeOtros:
    """Qué guardaron otras conexiones (la línea de órdenes, otra ventana, otra persona en el servidor) desde la
    última vez que se preguntó. `tablas_cambiadas()`: vacío si nada, las tablas si se saben, `TODAS` si no."""

    def __init__(self, db: BaseDeDatos):
        self._db = db
        self._escucha = self._version = None
        if es_servidor(db):
            from .postgres.avisos import EscuchaDeCambios

            self._escucha = EscuchaDeCambios(db)
        else:
            self._version = version_de_datos(db)

    def descriptor(self) -> int | None:
        """El socket por donde llegan los avisos del servidor (None con un archivo: se pregunta con un reloj)."""
        return self._escucha.descriptor() if self._escucha is not None else None

    def juntar(self) -> None:
        """Lee los avisos que ya llegaron, sin esperar ni preguntar nada (se guardan hasta `tablas_cambiadas`)."""
        if self._escucha is not None:
            self._escucha.juntar()

    def tablas_cambiadas(self) -> frozenset[str]:
        if self._escucha is not None:
            return self._escucha.tablas_cambiadas()
        version = version_de_datos(self._db)
        if version is None or version == self._version:
            return frozenset()
        self._version = version
        return TODAS

    def cerrar(self) -> None:
        if self._escucha is not None:
            self._escucha.close()
