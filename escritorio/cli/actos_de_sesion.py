"""Lo que dicen las órdenes que registran actos de una sesión (asistencia, votar, resolucion, cerrar-eleccion,
aprobar-acta): el aviso si la sesión todavía no empezó, antes de registrar (en la salida de errores), y que la
sesión pasó a «Celebrada», después (servicios/actos_de_sesion.py)."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def acto_de_la_sesion(contexto, sesion_id: int | None, como_json: bool = False) -> Iterator[None]:
    """Envuelve el acto: sin sesión conocida (un punto que no existe) no dice nada y el servicio da el error."""
    from ..servicios.actos_de_sesion import prever_actos, texto_celebrada

    antes = prever_actos(contexto, sesion_id) if sesion_id is not None else None
    if antes is not None and antes.antes_de_empezar:
        print(f"AVISO: {antes.antes_de_empezar}", file=sys.stderr, flush=True)
    yield
    if antes is not None and antes.pasa_a_celebrada and not prever_actos(contexto, sesion_id).pasa_a_celebrada:
        print(f"{texto_celebrada(antes)} La hora de cierre se anota con «escritorio sesiones celebrada {sesion_id} "
              "--hora-cierre HH:MM».", file=sys.stderr if como_json else sys.stdout, flush=True)
