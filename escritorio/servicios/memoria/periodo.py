"""El año de una memoria y las piezas con que se arman sus secciones (`memoria.secciones`): el período (del 1 de enero
a la fecha de corte: el 31 de diciembre o, en el año en curso, hoy), y cómo se escriben una cifra, una tabla o un
«no hubo…» en el idioma del documento."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...dominio import formato
from ...dominio.memoria import DERECHA, Celda, Cifra, Columna, Dinero, FilaDeTabla, Tabla
from ...dominio.traduccion import traducir
from ..base import hoy as fecha_de_hoy
from ..contexto import Contexto


@dataclass
class Periodo:
    """Lo que toda sección necesita saber: la asociación, el año y hasta qué día se cuenta."""

    contexto: Contexto
    anio: int
    al: date                      # la fecha de corte
    guardado: dict = field(default_factory=dict)   # lo que varias secciones leen una sola vez (los miembros al corte)

    @property
    def desde(self) -> date:
        return date(self.anio, 1, 1)

    @property
    def hasta(self) -> date:
        return date(self.anio, 12, 31)

    @property
    def desde_iso(self) -> str:
        return self.desde.isoformat()

    @property
    def al_iso(self) -> str:
        return self.al.isoformat()

    def una_vez(self, clave: str, leer):
        """`leer()` una sola vez por memoria (las secciones comparten lo que leen)."""
        if clave not in self.guardado:
            self.guardado[clave] = leer()
        return self.guardado[clave]


def periodo_de(contexto: Contexto, anio: object, hoy: date | None = None) -> Periodo:
    """El período de la memoria de `anio` (un año o escrito: «2026»): hasta el 31 de diciembre o, si el año no
    terminó, hasta hoy. ErrorValidacion si el año no es posible o todavía no empezó."""
    from ..cuotas import anio_de_trabajo

    from ...dominio.entrada import ANIOS_HACIA_ADELANTE
    from ...errores import ErrorValidacion

    hoy = hoy or fecha_de_hoy()
    anio = anio_de_trabajo(anio, adelante=ANIOS_HACIA_ADELANTE, no_se_hizo=traducir("No se hizo la memoria"))
    if anio > hoy.year:
        raise ErrorValidacion(traducir("No se hizo la memoria: el año {0} todavía no empezó (la de {1} cuenta hasta "
                                       "hoy).").format(anio, hoy.year))
    return Periodo(contexto, anio, min(date(anio, 12, 31), hoy))


# --- piezas de las secciones -----------------------------------------------------------------------------------

cuantos = formato.cuantos   # «1 miembro», «12 miembros» (los textos ya traducidos, con {0})


def cifra(rotulo: str, valor: Celda, clave: str) -> Cifra:
    return Cifra(rotulo, valor, clave)


def cifra_de_dinero(rotulo: str, importes: dict[str, int], clave: str) -> Cifra:
    """Una cifra con uno o más importes («USD 12.300,00 · ARS 1.400.000,00»)."""
    return Cifra(rotulo, Dinero.de(importes), clave)


def columna(titulo: str, peso: float = 1.0, cifra_: bool = False) -> Columna:
    return Columna(titulo, peso, DERECHA if cifra_ else "izquierda")


def tabla(clave: str, titulo: str, columnas: list[Columna], filas: list[FilaDeTabla], vacio: str,
          total: list[Celda] | None = None, agrupada_por: str | None = None, hoja: str | None = None) -> Tabla:
    """Sin filas, sin total: la tabla dice `vacio`. `hoja`: el nombre de su hoja en Excel si el título no cabe en 31
    caracteres."""
    return Tabla(clave, titulo, tuple(columnas), tuple(filas), vacio, tuple(total) if total and filas else None,
                 agrupada_por, hoja)


def fila(celdas: list[Celda], clave: object = "", valor: object = None, grupo: str = "") -> FilaDeTabla:
    return FilaDeTabla(tuple(celdas), str(clave), valor, grupo)


def dia(iso: str | None) -> date | None:
    """Una fecha de la base (AAAA-MM-DD) como fecha, para una celda."""
    return date.fromisoformat(iso[:10]) if iso else None
