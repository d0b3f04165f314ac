"""Las secciones que el programa arma en la memoria anual, en su orden: una lista de constructores.

Cada constructor tiene su clave (la que usan las secciones propias de la secretaría para ubicarse «después de…»), su
título y la función que la arma con los datos del año (`Periodo` -> `dominio.memoria.Seccion`). Los escritores (PDF,
Excel) y la verificación recorren lo que devuelven sin saber qué sección es.

Para agregar una sección: escribir su función en un módulo propio (como «Convenios y hermanamientos» en
`servicios/memoria/convenios.py`: `seccion_convenios(periodo) -> Seccion`, con sus tablas y sus «Sin … en {año}»
cuando no hay nada) y agregar aquí su `Constructor` en el lugar donde debe ir. Nada más: el índice, la planilla, la
huella y la verificación la toman solas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...dominio.memoria import Seccion
from ...dominio.traduccion import traducir
from .convenios import seccion_convenios
from .cuotas import seccion_cuotas
from .indicadores import seccion_indicadores
from .organos import seccion_autoridades, seccion_resoluciones, seccion_sesiones
from .periodo import Periodo
from .red import seccion_miembros
from .unidades import seccion_unidades


@dataclass(frozen=True)
class Constructor:
    clave: str
    titulo: str                                  # en castellano; se traduce al mostrarlo (`titulo_de`)
    construir: Callable[[Periodo], Seccion]


SECCIONES: tuple[Constructor, ...] = (
    Constructor("miembros", "Miembros", seccion_miembros),
    Constructor("sesiones", "Sesiones de los órganos", seccion_sesiones),
    Constructor("resoluciones", "Resoluciones y declaraciones", seccion_resoluciones),
    Constructor("autoridades", "Elecciones y autoridades", seccion_autoridades),
    Constructor("unidades", "Unidades temáticas", seccion_unidades),
    Constructor("cuotas", "Cuotas y cobranza", seccion_cuotas),
    Constructor("convenios", "Convenios y hermanamientos", seccion_convenios),
    Constructor("indicadores", "Indicadores", seccion_indicadores),
)
CLAVES = tuple(c.clave for c in SECCIONES)

# Los títulos, para que el catálogo de traducciones los junte (los mismos que dan las funciones de cada sección).
_TITULOS = {c.clave: c.titulo for c in SECCIONES}


def titulo_de(clave: str) -> str:
    """El título de la sección del programa `clave`, en el idioma en curso."""
    return traducir(_TITULOS[clave])


def lugares() -> list[tuple[str, str]]:
    """[(clave, título)] de las secciones del programa, en su orden: dónde puede ir una sección propia."""
    return [(c.clave, titulo_de(c.clave)) for c in SECCIONES]
