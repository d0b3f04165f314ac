"""Los campos que escribe una persona, revisados con la regla única (dominio/entrada) y con su rótulo.

Cada servicio que guarda un texto o una fecha escrita por alguien (la ventana y la línea de órdenes llaman al
mismo servicio) lo pasa por aquí: el motivo de `entrada` lleva delante el campo («Lugar: tiene un carácter de
control invisible (U+0007, posición 4); bórrelo…»). Dos formas de usarlo:

- `texto(...)` / `fecha(...)` lanzan ErrorValidacion enseguida, con el mensaje de ese campo y sin lista de
  problemas (un formulario que muestra «título + lista» no lo repite);
- `Revision` junta los problemas de varios campos y los lanza juntos (`revision.lanzar("No se guardó …")`).

El rótulo y el título llegan ya en el idioma en curso: quien llama los pasa por `traducir` (`texto(traducir("Lugar"),
…)`); el motivo lo traduce `entrada`.
"""

import unicodedata
from datetime import date

from ..dominio import entrada
from ..dominio.traduccion import traducir
from ..errores import ErrorValidacion, ProblemaDeCampo
from .base import hoy as fecha_de_hoy

LARGO_NOMBRE, LARGO_CORTO = entrada.LARGO_NOMBRE, entrada.LARGO_CORTO
LARGO_LARGO, LARGO_DOCUMENTO = entrada.LARGO_LARGO, entrada.LARGO_DOCUMENTO


def _mensaje(rotulo: str, motivo: object) -> str:
    texto_ = str(motivo).rstrip(".")
    return f"{rotulo}: {texto_}."


def _con_linea(rotulo: str, valor: object, multilinea: bool) -> str:
    """En un texto de varias líneas (un acta, un artículo) el carácter que no sirve se busca por su línea:
    «Texto (línea 5)»."""
    if not multilinea or not isinstance(valor, str) or "\n" not in valor:
        return rotulo
    limpio = unicodedata.normalize("NFC", valor.strip(" \t\r\n\u00a0"))
    problema = entrada.caracter_prohibido(limpio, multilinea=True)
    if problema is None:
        return rotulo
    linea = limpio[: problema[0] - 1].count("\n") + 1
    return traducir("{0} (línea {1})").format(rotulo, linea) if linea > 1 else rotulo


class Revision:
    """Junta los problemas de varios campos; `campos` (clave -> mensaje) sirve para marcar el formulario."""

    def __init__(self, problemas: list[str] | None = None):
        self.problemas: list[str] = problemas if problemas is not None else []
        self.campos: dict[str, str] = {}

    def _anotar(self, rotulo: str, motivo: object, clave: str | None) -> None:
        mensaje = ProblemaDeCampo(clave, _mensaje(rotulo, motivo))
        self.problemas.append(mensaje)
        if clave:
            self.campos.setdefault(clave, mensaje)

    def texto(self, rotulo: str, valor: object, *, maximo: int = LARGO_NOMBRE, multilinea: bool = False,
              obligatorio: bool = True, clave: str | None = None) -> str | None:
        """El texto limpio; si no sirve, anota «Rótulo: motivo» y devuelve None."""
        if valor is None and not obligatorio:
            return None
        try:
            return entrada.texto(valor, maximo=maximo, multilinea=multilinea, obligatorio=obligatorio)
        except ValueError as error:
            self._anotar(_con_linea(rotulo, valor, multilinea), error, clave)
            return None

    def fecha(self, rotulo: str, valor: date | None, *, historica: bool = False, futura: bool = False,
              hoy: date | None = None, clave: str | None = None) -> date | None:
        """La fecha si es posible (ni el año 0001 ni el 9999, ver entrada.fecha_en_rango); si no, anota y None."""
        if valor is None:
            return None
        try:
            return entrada.fecha_en_rango(valor, hoy=hoy or fecha_de_hoy(), historica=historica, futura=futura)
        except ValueError as error:
            self._anotar(rotulo, error, clave)
            return None

    def hay_problemas(self) -> bool:
        return bool(self.problemas)

    def lanzar(self, titulo: str) -> None:
        """Si hubo problemas, ErrorValidacion «titulo» + uno por línea (con `.campos`); si no, nada."""
        if self.problemas:
            raise ErrorValidacion(titulo + "\n" + "\n".join(f"  - {p}" for p in self.problemas), list(self.problemas),
                                  campos=dict(self.campos))


def texto(rotulo: str, valor: object, *, maximo: int = LARGO_NOMBRE, multilinea: bool = False,
          obligatorio: bool = True) -> str | None:
    """El texto limpio, o ErrorValidacion «Rótulo: motivo.»."""
    if valor is None and not obligatorio:
        return None
    try:
        return entrada.texto(valor, maximo=maximo, multilinea=multilinea, obligatorio=obligatorio)
    except ValueError as error:
        raise ErrorValidacion(_mensaje(_con_linea(rotulo, valor, multilinea), error)) from None


def texto_opcional(rotulo: str, valor: object, *, maximo: int = LARGO_CORTO, multilinea: bool = False) -> str | None:
    return texto(rotulo, valor, maximo=maximo, multilinea=multilinea, obligatorio=False)


def fecha(rotulo: str, valor: date | None, *, historica: bool = False, futura: bool = False,
          hoy: date | None = None) -> date | None:
    """La fecha si es posible, o ErrorValidacion «Rótulo: 01/01/0001 es anterior a …»."""
    if valor is None:
        return None
    try:
        return entrada.fecha_en_rango(valor, hoy=hoy or fecha_de_hoy(), historica=historica, futura=futura)
    except ValueError as error:
        raise ErrorValidacion(_mensaje(rotulo, error)) from None
