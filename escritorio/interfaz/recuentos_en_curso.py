"""Lo escrito en el recuento de un punto que todavía no se cerró (los votos, las boletas, la forma de votar, el
motivo): queda como borrador en la carpeta de datos del usuario, uno por base, punto y panel, y el panel lo retoma al
volver al punto, se haya cambiado de punto, de pestaña, de área, de sesión, de asociación o de idioma, o cerrado el
programa (issue 78). Se olvida al cerrar la votación o la elección (lo registrado ya está en la base) o cuando no
queda nada escrito.

No va a la base: es lo que se está contando en esta computadora, todavía no es un acto de la sesión (no deja
registro en la bitácora ni lo ve otra computadora del servidor). Cada borrador se escribe entero en un archivo
temporal y lo reemplaza de una vez: un corte de luz deja el anterior o el nuevo, nunca medio."""

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..rutas import carpeta_datos
from ..servicios.base import nombre_de_la_base

CARPETA = "recuentos-en-curso"


@dataclass(frozen=True)
class Borrador:
    contenido: dict
    guardado_en: datetime   # hora local


def _archivo(db, panel: str, punto_id: int) -> Path:
    base = hashlib.sha256(nombre_de_la_base(db).encode("utf-8")).hexdigest()[:20]
    return carpeta_datos() / CARPETA / base / f"{panel}-{int(punto_id)}.json"


def leer(db, panel: str, punto_id: int) -> Borrador | None:
    """El borrador del punto en ese panel («votacion», «eleccion»), o None si no hay (o no se puede leer: un archivo
    roto no impide seguir contando)."""
    try:
        guardado = json.loads(_archivo(db, panel, punto_id).read_text(encoding="utf-8"))
        return Borrador(dict(guardado["contenido"]), datetime.fromisoformat(guardado["guardado_en"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def guardar(db, panel: str, punto_id: int, contenido: dict) -> str | None:
    """Escribe el borrador del punto. Devuelve None si quedó escrito, o el motivo por el que no (disco lleno,
    carpeta sin permiso) para que el panel lo diga."""
    destino = _archivo(db, panel, punto_id)
    temporal = destino.with_name(f"{destino.name}.{os.getpid()}.tmp")
    texto = json.dumps({"guardado_en": datetime.now().isoformat(timespec="seconds"), "contenido": contenido},
                       ensure_ascii=False, sort_keys=True)
    try:
        destino.parent.mkdir(parents=True, exist_ok=True)
        with open(temporal, "w", encoding="utf-8") as archivo:
            archivo.write(texto)
            archivo.flush()
            os.fsync(archivo.fileno())
        os.replace(temporal, destino)
    except OSError as error:
        temporal.unlink(missing_ok=True)
        return error.strerror or str(error)
    return None


def olvidar(db, panel: str, punto_id: int) -> None:
    """Borra el borrador del punto (se cerró la votación, o no queda nada escrito)."""
    try:
        _archivo(db, panel, punto_id).unlink(missing_ok=True)
    except OSError:
        pass   # un borrador que no se pudo borrar se retoma y se vuelve a olvidar al cerrar


class BorradorDelPanel:
    """El borrador de un panel de recuento («votacion» o «eleccion»): lo retoma al mostrar un punto, lo anota con
    cada cambio (solo si cambió) y lo olvida al cerrar. `avisar(texto, es_error)` muestra lo que pasó en el panel
    (texto vacío: nada que decir)."""

    def __init__(self, panel: str, avisar):
        self.panel = panel
        self._avisar = avisar
        self._escrito: tuple[int, str] | None = None   # (punto, contenido) tal como está en el archivo

    def retomar(self, db, punto_id: int) -> dict | None:
        borrador = leer(db, self.panel, punto_id)
        if borrador is None:
            self._escrito = None
            self._avisar("", False)
            return None
        from ..dominio import formato
        from .comun import tr

        self._escrito = (punto_id, json.dumps(borrador.contenido, sort_keys=True))
        self._avisar(tr("Se retomó lo que se había escrito en este recuento ({0}): todavía no está registrado; se "
                        "registra al cerrar.").format(formato.fecha_y_hora(borrador.guardado_en)), False)
        return borrador.contenido

    def anotar(self, db, punto_id: int, contenido: dict | None) -> None:
        """`contenido` None: no hay nada escrito (el borrador, si había, se olvida)."""
        if contenido is None:
            if self._escrito is not None and self._escrito[0] == punto_id:
                olvidar(db, self.panel, punto_id)
                self._avisar("", False)
            self._escrito = None
            return
        texto = json.dumps(contenido, sort_keys=True)
        if self._escrito == (punto_id, texto):
            return
        motivo = guardar(db, self.panel, punto_id, contenido)
        if motivo is None:
            self._escrito = (punto_id, texto)
            return
        from .comun import tr

        self._escrito = None
        self._avisar(tr("No se pudo guardar el borrador de este recuento en {0} ({1}): si cambia de punto o cierra "
                        "el programa antes de cerrar la votación, lo escrito se pierde.").format(
            carpeta_datos() / CARPETA, motivo), True)

    def olvidar(self, db, punto_id: int) -> None:
        olvidar(db, self.panel, punto_id)
        self._escrito = None
        self._avisar("", False)
