"""El orden alfabético de los nombres de una asociación: la colación del idioma de sus documentos.

La regla está en el dominio (`dominio.orden_alfabetico.clave_de_orden`); aquí se le da el idioma de la asociación,
el mismo para la tabla de la ventana, el padrón impreso, las planillas y las listas de las actas, y el mismo en
SQLite y en PostgreSQL: las consultas devuelven las filas y se ordenan en Python con esta clave (ni el BINARY de
SQLite ni la colación de un servidor, que depende de cómo se compiló, dirían lo mismo).
"""

from collections.abc import Callable
from typing import TypeVar

from ..dominio.orden_alfabetico import clave_en
from .contexto import Contexto
from .idioma_de_los_documentos import idioma_de_la_asociacion


def clave_de_la_asociacion(contexto: Contexto) -> Callable[[object], tuple]:
    """La clave de orden de los nombres en el idioma de la asociación: `sorted(nombres, key=clave)`."""
    return clave_en(idioma_de_la_asociacion(contexto))


ConPaisYNombre = TypeVar("ConPaisYNombre", bound=dict)


def por_pais_y_nombre(contexto: Contexto, filas: list[ConPaisYNombre]) -> list[ConPaisYNombre]:
    """Filas con `pais` (el código) y `miembro` (el nombre) de una consulta que las da en orden binario («Ávila»
    después de «Zárate»): agrupadas por el código del país, como antes, y por nombre en el orden de la asociación."""
    clave = clave_de_la_asociacion(contexto)
    return sorted(filas, key=lambda f: (f["pais"] or "", clave(f["miembro"])))
