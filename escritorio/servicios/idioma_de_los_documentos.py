"""En qué idioma sale un documento: el que se pidió para ese documento o, si no, el de la asociación.

Cada asociación elige el idioma de sus documentos (castellano o portugués: `asociacion editar --idioma-documentos`,
o Datos de la asociación en la ventana), y cualquier documento puede salir en el otro: la CLI con `--idioma`, la
ventana con Archivo > Idioma de los documentos (mientras siga abierta). Solo cambian las palabras del programa: lo que escribió la
secretaría (nombres, títulos, resúmenes) va tal cual, y un acta aprobada, como se aprobó.

Los servicios que escriben un documento llevan `@en_el_idioma_de_los_documentos`: dentro, todo `traducir(…)` (de
los documentos, del dominio y de los servicios que llaman) sale en ese idioma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

from ..datos import asociaciones as tabla_asociaciones
from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS, traducir
from ..errores import ErrorValidacion
from ..idiomas.traduccion import en_idioma
from .contexto import Contexto

_pedido: ContextVar[str | None] = ContextVar("idioma_de_documentos_pedido", default=None)
_pedido_en_la_ventana: str | None = None   # Archivo > Idioma de los documentos (vale para todos sus hilos)

F = TypeVar("F", bound=Callable)


def leer_idioma(valor: object) -> str:
    """«PT », «pt» -> «pt». ErrorValidacion, con los que hay, si no es un idioma de documentos."""
    codigo = str(valor or "").strip().lower()
    if codigo not in IDIOMAS_DE_DOCUMENTOS:
        opciones = ", ".join(f"{c} ({n})" for c, n in IDIOMAS_DE_DOCUMENTOS.items())
        raise ErrorValidacion(traducir("«{0}» no es un idioma de documentos; use {1}.").format(valor, opciones))
    return codigo


@contextmanager
def idioma_pedido(idioma: str | None) -> Iterator[None]:
    """Los documentos que se escriban dentro del bloque salen en `idioma` (None: en el de la asociación)."""
    ficha = _pedido.set(leer_idioma(idioma) if idioma is not None else None)
    try:
        yield
    finally:
        _pedido.reset(ficha)


def pedir_en_la_ventana(idioma: str | None) -> None:
    """Lo que eligió la ventana para los documentos que escriba desde ahora (None: el de cada asociación)."""
    global _pedido_en_la_ventana
    _pedido_en_la_ventana = leer_idioma(idioma) if idioma is not None else None


def pedido_en_la_ventana() -> str | None:
    return _pedido_en_la_ventana


def idioma_de_la_asociacion(contexto: Contexto) -> str:
    fila = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    return (fila or {}).get("idioma_documentos") or "es"


def idioma_del_documento(contexto: Contexto) -> str:
    return _pedido.get() or _pedido_en_la_ventana or idioma_de_la_asociacion(contexto)


def idioma_de_la_base(db) -> str | None:
    """El idioma de un documento de la base entera, que no es de una asociación (la bitácora): el pedido (`--idioma`,
    Archivo > Idioma de los documentos) o, si todas las asociaciones de la base escriben sus documentos en el mismo
    idioma, ese. None si no: queda el idioma en curso (el de la ventana; castellano en la CLI)."""
    pedido = _pedido.get() or _pedido_en_la_ventana
    if pedido:
        return pedido
    idiomas = {a.get("idioma_documentos") or "es" for a in tabla_asociaciones.listar(db)}
    return idiomas.pop() if len(idiomas) == 1 else None


@contextmanager
def en_el_idioma_de_la_base(db) -> Iterator[None]:
    """Todo `traducir(…)` del bloque sale en `idioma_de_la_base(db)` (o en el idioma en curso, si no hay uno)."""
    idioma = idioma_de_la_base(db)
    if idioma is None:
        yield
        return
    with en_idioma(idioma):
        yield


def en_el_idioma_de_los_documentos(funcion: F) -> F:
    """El servicio (con el `Contexto` como primer argumento) escribe en el idioma del documento."""
    @wraps(funcion)
    def en_su_idioma(contexto: Contexto, *args, **kwargs):
        with en_idioma(idioma_del_documento(contexto)):
            return funcion(contexto, *args, **kwargs)
    return en_su_idioma  # type: ignore[return-value]
