"""Cómo se nombra un punto del orden del día o una resolución en la línea de órdenes: con los números que la gente ve
(el punto «3:2», el 2 de la sesión 3; la resolución «5/2026») o, para los guiones que ya guardaron un id interno,
con «#id» (o el id solo, como antes). Aquí solo se lee y se escribe el texto; buscar el registro es de
servicios/referencias.py."""

import re
from dataclasses import dataclass

_PUNTO = re.compile(r"^(\d{1,18}):(\d{1,4}(?:\.\d{1,4})*)$")
_RESOLUCION = re.compile(r"^(\d{1,9})/(\d{4})$")
_ID = re.compile(r"^#?(\d{1,18})$")

AYUDA_PUNTO = ("el punto como SESION:N (el punto N de la sesión SESION de «sesiones listar», «3:2» o un subpunto "
               "«3:2.1»); «#ID» es el id interno (el de --json; un número solo también es el id interno)")
AYUDA_RESOLUCION = ("la resolución como N/AAAA (la «Resolución 5/2026» es 5/2026; si hay dos con ese número, "
                    "ORGANO:N/AAAA con el nombre o el id del órgano, «Consejo:5/2026», o TIPO:N/AAAA, "
                    "«declaracion:1/2025», como la nombra «resoluciones listar»); «#ID» es el id interno (el de --json; "
                    "un número solo también es el id interno)")


@dataclass(frozen=True)
class ReferenciaDePunto:
    """Un punto: por su sesión y su numeración («3:2.1») o por su id interno."""

    sesion: int | None = None
    numeracion: str | None = None
    id: int | None = None

    def __str__(self) -> str:
        return f"#{self.id}" if self.id is not None else f"{self.sesion}:{self.numeracion}"


@dataclass(frozen=True)
class ReferenciaDeResolucion:
    """Una resolución: por su número y su año («5/2026»); si hace falta, con su órgano («Consejo:5/2026», nombre o id
    del órgano: cada órgano numera las suyas) o su tipo («declaracion:1/2025»); o por su id interno."""

    numero: int | None = None
    anio: int | None = None
    id: int | None = None
    calificador: str | None = None   # el órgano (nombre o id) o el tipo («declaracion») que la distingue

    def __str__(self) -> str:
        if self.id is not None:
            return f"#{self.id}"
        return f"{self.calificador}:{self.numero}/{self.anio}" if self.calificador else f"{self.numero}/{self.anio}"


def _id(texto: str) -> int | None:
    coincide = _ID.match(texto)
    return int(coincide.group(1)) if coincide and int(coincide.group(1)) > 0 else None


def leer_punto(texto: str) -> ReferenciaDePunto:
    """«3:2» -> la sesión 3, punto 2; «3:2.1» -> su subpunto 1; «#17» o «17» -> el id interno 17."""
    limpio = str(texto).strip()
    if (ident := _id(limpio)) is not None:
        return ReferenciaDePunto(id=ident)
    coincide = _PUNTO.match(limpio)
    if coincide is None or int(coincide.group(1)) == 0 or any(int(n) == 0 for n in coincide.group(2).split(".")):
        raise ValueError("no es un punto; escriba SESION:N, por ejemplo 3:2 (el punto 2 de la sesión 3 de "
                         "«sesiones listar») o 3:2.1 (un subpunto), o #ID con el id interno")
    numeracion = ".".join(str(int(n)) for n in coincide.group(2).split("."))
    return ReferenciaDePunto(sesion=int(coincide.group(1)), numeracion=numeracion)


def leer_resolucion(texto: str) -> ReferenciaDeResolucion:
    """«5/2026» -> la número 5 de 2026; «Consejo:5/2026» o «2:5/2026» -> la del órgano Consejo (o el 2);
    «declaracion:1/2025» -> la declaración 1/2025; «#12» o «12» -> el id interno 12."""
    limpio = str(texto).strip()
    if (ident := _id(limpio)) is not None:
        return ReferenciaDeResolucion(id=ident)
    calificador, dos_puntos, numero = limpio.rpartition(":")
    coincide = _RESOLUCION.match(numero.strip())
    if coincide is None or int(coincide.group(1)) == 0 or (dos_puntos and not calificador.strip()):
        raise ValueError("no es una resolución; escriba N/AAAA, por ejemplo 5/2026 (la Resolución 5/2026), "
                         "ORGANO:N/AAAA o TIPO:N/AAAA si hay dos con ese número («Consejo:5/2026», «declaracion:1/2025»), o "
                         "#ID con el id interno")
    return ReferenciaDeResolucion(numero=int(coincide.group(1)), anio=int(coincide.group(2)),
                                  calificador=calificador.strip() or None)


def escribir_punto(sesion_id: int, numeracion: str) -> str:
    """Cómo se escribe un punto para volver a nombrarlo en una orden: «3:2»."""
    return f"{sesion_id}:{numeracion}"


def escribir_resolucion(numero: int, anio: int, calificador: str | None = None) -> str:
    """Cómo se escribe una resolución para volver a nombrarla en una orden: «5/2026», o «Consejo:5/2026» cuando otro
    órgano tiene también su 5/2026 («declaracion:1/2025» cuando la distingue el tipo)."""
    return f"{calificador}:{numero}/{anio}" if calificador else f"{numero}/{anio}"
