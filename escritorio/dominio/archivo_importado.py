"""Lo que solo se ve con el archivo del padrón entero: el orden de las fechas de cada columna (`EvidenciaDeFechas`,
que junta la evidencia fila por fila) y el mismo miembro en dos filas (`clave_de_repeticion`, `problema_repetido`:
las usa la pasada de la importación, servicios/importacion_pasada.py).

Todo es puro: recibe filas ya validadas (fila_importada.py) o valores ya leídos del archivo.
"""

from dataclasses import replace

from . import orden_de_fechas
from .traduccion import traducir
from .importacion import COLUMNAS_FECHA, ENCABEZADO_DEL_CAMPO, Mapeo, Problema, letra_columna


class _Ejemplos:
    """Las fechas de una clase (con su fila) que una columna dio como evidencia: se guardan las primeras, que son
    las que cita el mensaje, y se cuentan las demás (una columna de 100.000 fechas no queda en memoria)."""

    def __init__(self):
        self._primeras: list[tuple[int, str]] = []
        self._cantidad = 0

    def append(self, ejemplo: tuple[int, str]) -> None:
        self._cantidad += 1
        if len(self._primeras) < _EJEMPLOS_GUARDADOS:
            self._primeras.append(ejemplo)

    def __len__(self) -> int:
        return self._cantidad

    def __bool__(self) -> bool:
        return self._cantidad > 0

    def __getitem__(self, indice):
        return self._primeras[indice]


_EJEMPLOS_GUARDADOS = 10  # orden_de_fechas cita las tres primeras


class EvidenciaDeFechas:
    """El orden (dd/mm o mm/dd) de cada columna de fecha, juntando la evidencia fila por fila mientras se lee el
    archivo (ver dominio/orden_de_fechas): se decide al final, con el archivo entero a la vista."""

    def __init__(self, mapeo: Mapeo):
        self._indices = {campo: mapeo.indices[campo] for campo in COLUMNAS_FECHA if campo in mapeo.indices}
        self._por_columna = {campo: orden_de_fechas.Evidencia(_Ejemplos(), _Ejemplos(), _Ejemplos())
                             for campo in self._indices}

    def agregar(self, numero: int, valores: tuple) -> None:
        for campo, indice in self._indices.items():
            if indice < len(valores):
                self._por_columna[campo].agregar(numero, valores[indice])

    def decidir(self, elegido: str | None = None) -> tuple[dict[str, str], list[Problema]]:
        """(campo -> orden) y un problema por columna que no se puede leer sin cambiar día por mes."""
        decision = orden_de_fechas.decidir(self._por_columna, elegido)
        indices = self._indices
        problemas = [Problema(orden_de_fechas.motivo_ambigua(e), columna=letra_columna(indices[campo]),
                              encabezado=ENCABEZADO_DEL_CAMPO[campo]) for campo, e in decision.ambiguas.items()]
        problemas += [Problema(orden_de_fechas.motivo_contradictoria(e), columna=letra_columna(indices[campo]),
                               encabezado=ENCABEZADO_DEL_CAMPO[campo]) for campo, e in decision.contradictorias.items()]
        return decision.ordenes, problemas


def ubicar(problemas: list[Problema], mapeo: Mapeo | None) -> list[Problema]:
    """Completa columna y encabezado de los problemas que solo saben su `campo` (los repetidos)."""
    if mapeo is None:
        return list(problemas)
    return [replace(p, columna=letra_columna(mapeo.indices[p.campo]), encabezado=ENCABEZADO_DEL_CAMPO[p.campo])
            if p.campo in mapeo.indices and not p.columna else p for p in problemas]


def problema_repetido(fila: int, nombre: str, pais: str, region: str | None, codigo: str | None,
                      primera: int) -> Problema:
    """La fila `fila` trae al mismo miembro que la fila `primera`: por su código si lo tiene, si no por país, región
    y nombre. Nombra la celda que choca (Código o Nombre) con su valor."""
    if codigo:
        return Problema(traducir("el código «{0}» ya aparece en la fila {1}; cada miembro debe figurar una sola "
                                 "vez").format(codigo, primera), fila=fila, valor=codigo, campo="codigo")
    return Problema(traducir("«{0}» ({1}, {2}) ya aparece en la fila {3}; cada miembro debe figurar una sola "
                             "vez").format(nombre, pais, region or traducir("sin región"), primera),
                    fila=fila, valor=nombre, campo="nombre")


def clave_de_repeticion(codigo: str | None, clave: tuple[str, str, str]) -> tuple:
    """Lo que hace que dos filas de un archivo sean el mismo miembro: el código (sin mayúsculas) si lo tiene; si
    no, la clave de país, región y nombre."""
    return ("codigo", codigo.casefold()) if codigo else ("clave", *clave)
