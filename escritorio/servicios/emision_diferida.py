"""Emitir fuera del cerrojo: escribir los PDF antes y registrarlos después, en una transacción corta (issue 77, §5).

`correo convocatoria` escribía los PDF de la convocatoria con el cerrojo de los que escriben tomado: en el servidor,
con diez puestos trabajando, hasta 6 s en que nadie más guardaba nada. Ahora, dentro de `diferidas()`, cada
`documentos.emitir` escribe su archivo como saldría (el código, el número de copia que le toca y la cabeza de la
bitácora de ese momento) sin registrar nada, y anota lo que hay que registrar; `registrar` lo registra después,
dentro de la transacción que guarda lo demás, y vuelve a comprobar lo que decidió: que el documento y su número de
copia sigan siendo los que se imprimieron. Quien llama comprueba además que nadie escribió entre medio
(`datos.bitacora.ultimo_registro_id`): si alguien lo hizo, vuelve a escribir los PDF.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ..datos import documentos as tabla_documentos
from ..dominio.verificacion import Sello


class CambioMientrasTanto(Exception):
    """Entre escribir los PDF y registrarlos, otro emitió el mismo documento: hay que volver a escribirlos."""


@dataclass
class Pendiente:
    """Lo que `emitir` dejó para registrar: los documentos de un archivo, sus sellos, su SHA-256 y sus textos."""

    emisiones: list
    codigos: list[str]
    sellos: list[Sello]
    sha256: str
    textos: list[str | None]


_pendientes: ContextVar[list[Pendiente] | None] = ContextVar("emisiones_diferidas", default=None)


@contextmanager
def diferidas() -> Iterator[list[Pendiente]]:
    """Dentro del bloque, `emitir` escribe sin registrar y anota aquí lo que falta registrar."""
    lista: list[Pendiente] = []
    marca = _pendientes.set(lista)
    try:
        yield lista
    finally:
        _pendientes.reset(marca)


def en_curso() -> list[Pendiente] | None:
    return _pendientes.get()


def sellos_planeados(db, emisiones: list, codigos: list[str], paginas: list) -> list[Sello]:
    """El sello que llevaría cada documento si se registrara ahora: su código y su número de copia."""
    sellos = []
    for emision, codigo, pagina in zip(emisiones, codigos, paginas):
        previo = tabla_documentos.documento_del_registro(db, emision.tipo, emision.referencia, emision.huella)
        sellos.append(Sello(codigo, tabla_documentos.proxima_copia(db, previo["id"]) if previo else 0, pagina))
    return sellos


def registrar(db, pendientes: list[Pendiente]) -> None:
    """Dentro de la transacción en curso: registra cada documento (si es nuevo) y su archivo, con el número de copia
    que se imprimió; CambioMientrasTanto si ya no es el que toca."""
    import json

    for pendiente in pendientes:
        for emision, codigo, sello, texto in zip(pendiente.emisiones, pendiente.codigos, pendiente.sellos,
                                                  pendiente.textos):
            previo = tabla_documentos.documento_del_registro(db, emision.tipo, emision.referencia, emision.huella)
            documento_id = previo["id"] if previo else tabla_documentos.agregar_documento(
                db, asociacion_id=emision.asociacion_id, codigo=codigo, tipo=emision.tipo,
                referencia=emision.referencia, huella=emision.huella,
                resumen=json.dumps(emision.resumen, ensure_ascii=False))
            if tabla_documentos.proxima_copia(db, documento_id) != sello.copia:
                raise CambioMientrasTanto()
            tabla_documentos.agregar_archivo(db, documento_id, pendiente.sha256, sello.copia, texto)
