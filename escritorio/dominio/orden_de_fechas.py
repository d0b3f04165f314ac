"""¿05/04/2024 es el 5 de abril o el 4 de mayo? Lo decide la evidencia del propio archivo, nunca una suposición.

Una fecha escrita con barras (d/m/aaaa o m/d/aaaa) es *ambigua* si sus dos primeros números son 12 o menos y
distintos (05/04/2024). Es *evidencia* si uno de ellos pasa de 12: 25/04/2024 solo puede ser día/mes, y
04/25/2024 solo mes/día. Por columna:
- con evidencia de un solo orden, ese orden rige para toda la columna (también para sus fechas ambiguas);
- con evidencia de los dos órdenes (13/04 y 04/13), la columna se contradice: se rechaza;
- sin evidencia pero con fechas ambiguas, toma el orden de las otras columnas de fecha del archivo si todas
  las que lo deciden dicen lo mismo; si no, se rechaza pidiendo aaaa-mm-dd o que la persona elija el orden.
Una fecha aaaa-mm-dd (ISO) o una celda de fecha de Excel no tienen ambigüedad y no cuentan como evidencia.
Quien importa puede elegir el orden (CLI «--fechas dd/mm», asistente): entonces rige para todas las columnas, y
una fecha que no cabe en ese orden (25 como mes) se informa en su fila como fecha inválida.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from .traduccion import traducir

DMA, MDA = "dma", "mda"
NOMBRES = {DMA: "día/mes/año (dd/mm/aaaa)", MDA: "mes/día/año (mm/dd/aaaa)"}
# Lo que escribe la persona (CLI, asistente) -> orden.
ELEGIBLES = {"dd/mm": DMA, "dd/mm/aaaa": DMA, "dia/mes": DMA, "dma": DMA,
             "mm/dd": MDA, "mm/dd/aaaa": MDA, "mes/dia": MDA, "mda": MDA}
_CON_BARRAS = re.compile(r"^\s*([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})\s*$")
_EJEMPLOS = 3  # cuántas filas se nombran como ejemplo


def partes(valor: object) -> tuple[int, int, int] | None:
    """(primero, segundo, año) de un texto d/m/aaaa o m/d/aaaa; None si no es una fecha con barras."""
    if not isinstance(valor, str):
        return None
    encontrado = _CON_BARRAS.match(valor)
    return (int(encontrado[1]), int(encontrado[2]), int(encontrado[3])) if encontrado else None


def a_dma(valor: object, orden: str) -> object:
    """El valor como lo lee `miembros.leer_fecha` (dd/mm/aaaa): una fecha mm/dd/aaaa se da vuelta; lo demás
    (ISO, celdas de fecha de Excel, textos que no son fechas) queda igual."""
    if orden != MDA:
        return valor
    numeros = partes(valor)
    if numeros is None:
        return valor
    mes, dia, anio = numeros
    return f"{dia:02d}/{mes:02d}/{anio:04d}"


@dataclass
class Evidencia:
    """Lo que dicen las fechas con barras de una columna: (fila, texto) de cada clase."""

    solo_dma: list[tuple[int, str]] = field(default_factory=list)  # 25/04/2024
    solo_mda: list[tuple[int, str]] = field(default_factory=list)  # 04/25/2024
    ambiguas: list[tuple[int, str]] = field(default_factory=list)  # 05/04/2024

    def agregar(self, fila: int, valor: object) -> None:
        numeros = partes(valor)
        if numeros is None:
            return
        primero, segundo, _ = numeros
        texto = valor.strip()
        if primero > 12 >= segundo:
            self.solo_dma.append((fila, texto))
        elif segundo > 12 >= primero:
            self.solo_mda.append((fila, texto))
        elif primero <= 12 and segundo <= 12 and primero != segundo:
            self.ambiguas.append((fila, texto))

    @property
    def contradictoria(self) -> bool:
        return bool(self.solo_dma and self.solo_mda)

    @property
    def orden(self) -> str | None:
        """El orden que la columna decide por sí misma; None si no decide (o se contradice)."""
        if self.contradictoria:
            return None
        return DMA if self.solo_dma else MDA if self.solo_mda else None


@dataclass
class Decision:
    ordenes: dict[str, str]  # campo -> DMA o MDA
    ambiguas: dict[str, Evidencia] = field(default_factory=dict)  # columnas sin orden decidible
    contradictorias: dict[str, Evidencia] = field(default_factory=dict)


def decidir(por_columna: dict[str, Evidencia], elegido: str | None = None) -> Decision:
    """El orden de cada columna de fecha: el elegido por la persona, o el que decide el archivo."""
    if elegido is not None:
        return Decision({campo: elegido for campo in por_columna})
    decision = Decision({})
    propios = {e.orden for e in por_columna.values() if e.orden}
    del_archivo = next(iter(propios)) if len(propios) == 1 else None
    for campo, evidencia in por_columna.items():
        if evidencia.contradictoria:
            decision.contradictorias[campo] = evidencia
        elif evidencia.orden:
            decision.ordenes[campo] = evidencia.orden
        elif evidencia.ambiguas and del_archivo:
            decision.ordenes[campo] = del_archivo  # lo decide otra columna de fecha del mismo archivo
        elif evidencia.ambiguas:
            decision.ambiguas[campo] = evidencia
        else:
            decision.ordenes[campo] = DMA  # nada ambiguo: el orden no cambia ninguna fecha
    return decision


def _filas(muestras: list[tuple[int, str]]) -> str:
    ejemplos = ", ".join(traducir("fila {0} «{1}»").format(fila, texto) for fila, texto in muestras[:_EJEMPLOS])
    resto = len(muestras) - _EJEMPLOS
    return traducir("{0} y {1} más").format(ejemplos, resto) if resto > 0 else ejemplos


_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")


def _una_lectura(dia: int, mes: int, anio: int) -> str:
    """«5 de abril de 2024» en el idioma en curso. Lo que no es una fecha de Python (el año 0000, un día o un mes 0,
    el 31/02) se escribe a mano, como antes: el mensaje lo cita igual y la fila se rechaza después."""
    from .formato import fecha_larga   # babel: solo si hay una fecha ambigua que explicar

    try:
        return fecha_larga(date(anio, mes, dia))
    except ValueError:
        return f"{dia} de {_MESES[mes - 1]} de {anio}"


def _leida(texto: str) -> tuple[str, str]:
    """«05/04/2024» -> ('5 de abril de 2024', '4 de mayo de 2024'): cómo se lee en cada orden."""
    primero, segundo, anio = partes(texto)
    return _una_lectura(primero, segundo, anio), _una_lectura(segundo, primero, anio)


def _como_arreglar() -> str:
    return traducir("Escriba las fechas como aaaa-mm-dd (por ejemplo 2024-04-05), que no tiene dos lecturas, o "
                    "indique el orden: en la línea de órdenes, «--fechas dd/mm» o «--fechas mm/dd»; en el asistente "
                    "de importación, elija el orden de las fechas en el paso «Indicar las columnas»")


def motivo_ambigua(evidencia: Evidencia) -> str:
    fila, texto = evidencia.ambiguas[0]
    dma, mda = _leida(texto)
    return traducir("las fechas se pueden leer de dos maneras y ninguna de la columna lo decide (ninguna tiene un "
                    "número mayor que 12): «{0}» es el {1} si es día/mes, o el {2} si es mes/día. Fechas ambiguas: "
                    "{3}. No se importó nada, para no cambiar el día por el mes. {4}").format(
        texto, dma, mda, _filas(evidencia.ambiguas), _como_arreglar())


def motivo_contradictoria(evidencia: Evidencia) -> str:
    return traducir("las fechas mezclan dos órdenes: {0} solo se pueden leer como día/mes, y {1} solo como mes/día. "
                    "No se importó nada, para no cambiar el día por el mes. Corrija las que estén al revés (mejor, "
                    "escriba todas como aaaa-mm-dd, por ejemplo 2024-04-13)").format(
        _filas(evidencia.solo_dma), _filas(evidencia.solo_mda))
