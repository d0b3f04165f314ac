"""Cómo escribe números y fechas quien usa esta máquina: su configuración regional (en Windows, «Región» → «Formato»;
en Linux, LC_NUMERIC y LC_TIME). Dos cosas cuentan: el separador decimal (coma en casi toda la región; punto en México,
Centroamérica, el Caribe y una máquina en inglés de Estados Unidos) y el orden de la fecha corta (día primero en toda
la región; mes primero en Estados Unidos; año primero en algunas oficinas).

Rige lo que el programa muestra en la ventana y en la consola (`dominio.formato`, fuera de un documento; los campos
de fecha de la ventana, `interfaz.comun.formato_de_fecha`) y cómo lee lo que la persona teclea sin más pistas: «1,234»
es mil doscientos treinta y cuatro si su decimal es el punto, y 1,234 si es la coma (`dominio.dinero.leer_decimal`);
un extracto bancario cuyas fechas podrían leerse de las dos maneras («03/04/2026») se lee en el orden de la máquina
(`dominio.extractos`). La importación del padrón no adivina: si ninguna fecha decide el orden, lo pregunta
(`dominio.orden_de_fechas`). Los documentos (PDF, planillas, el sitio) siguen con las convenciones de su idioma: los
lee otra gente, en otras máquinas.

El dominio no lee la máquina: `idiomas.traduccion` instala el lector (`instalar_lector`) al cargarse; se lee una vez,
la primera vez que hace falta. Sin configuración regional (la «C» de un servidor o de las pruebas) no hay convención y
rige la del idioma, como siempre.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import traduccion

ORDENES = ("dma", "mda", "amd")


@dataclass(frozen=True)
class ConvencionRegional:
    decimal: str = ","     # «,» o «.»
    orden: str = "dma"     # de la fecha corta: día-mes-año, mes-día-año o año-mes-día

    @property
    def miles(self) -> str:
        return "." if self.decimal == "," else ","


_LETRA_DE_LA_MUESTRA = {"3": "d", "03": "d", "2": "m", "02": "m", "1": "a", "01": "a", "2001": "a"}


def de_las_muestras(decimal: str | None, fecha_de_muestra: str | None) -> ConvencionRegional | None:
    """La convención a partir de lo que da la configuración de la máquina: su separador decimal y cómo escribe, en
    fecha corta, el 3 de febrero de 2001 («03/02/2001», «2/3/01», «2001-02-03», «03.02.01»). Lo que falta o no se
    entiende toma lo de siempre (coma, día primero); sin nada, None."""
    if decimal not in (",", ".") and fecha_de_muestra is None:
        return None
    orden = "".join(_LETRA_DE_LA_MUESTRA.get(p, "?") for p in re.findall(r"[0-9]+", fecha_de_muestra or ""))
    return ConvencionRegional(decimal if decimal in (",", ".") else ",", orden if orden in ORDENES else "dma")


_lector: Callable[[], ConvencionRegional | None] | None = None
_leida: list[ConvencionRegional | None] = []   # vacía: todavía sin leer


def instalar_lector(lector: Callable[[], ConvencionRegional | None]) -> None:
    """Quién lee la configuración de la máquina (idiomas.traduccion); la próxima consulta la lee de nuevo."""
    global _lector
    _lector = lector
    _leida.clear()


def de_la_maquina() -> ConvencionRegional | None:
    """La convención de quien usa la máquina (leída una vez), o None si la máquina no tiene una."""
    if not _leida:
        _leida.append(_lector() if _lector is not None else None)
    return _leida[0]


def en_pantalla() -> ConvencionRegional | None:
    """La convención que rige lo que se muestra ahora: la de la máquina, salvo dentro de un documento (un bloque que
    pidió su idioma: `idiomas.en_idioma`), que sigue la de su idioma."""
    return None if traduccion.hay_idioma_pedido() else de_la_maquina()


def decimal_de_quien_escribe() -> str:
    """El separador decimal de lo que teclea la persona: el de su máquina; sin configuración, la coma."""
    convencion = de_la_maquina()
    return convencion.decimal if convencion is not None else ","


def orden_de_quien_escribe() -> str:
    """El orden de las fechas que teclea la persona: el de su máquina; sin configuración, día-mes-año."""
    convencion = de_la_maquina()
    return convencion.orden if convencion is not None else "dma"
