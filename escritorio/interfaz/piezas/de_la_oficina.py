"""Lo que comparten las áreas y los diálogos que trabajan con la oficina de la ventana (servicios/oficina.py).

La ventana tiene una sola `Oficina` (la base abierta y la asociación elegida) y la pasa a cada área y diálogo, que
la guardan en `self.oficina`. De ella salen `db`, `asociacion` y `contexto` (lo que reciben los servicios): nadie
arma un `Contexto` por su cuenta ni guarda la base y la asociación por separado.
"""

from ...servicios.contexto import Contexto
from ...servicios.oficina import Oficina


class DeLaOficina:
    """Mezcla para una clase de la ventana con `self.oficina` (None mientras no muestra ninguna base)."""

    oficina: Oficina | None = None

    @property
    def db(self):
        return None if self.oficina is None else self.oficina.db

    @property
    def asociacion(self) -> dict | None:
        return None if self.oficina is None else self.oficina.asociacion

    @property
    def contexto(self) -> Contexto:
        """El contexto de los servicios: la base y la asociación de la oficina."""
        return self.oficina.contexto
