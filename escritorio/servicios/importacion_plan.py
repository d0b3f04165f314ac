"""Lo que dice una importación del padrón: la vista previa (`VistaDelPlan`, en una frase que no contradice las
cifras), el análisis que `aplicar` escribe y el resultado de lo escrito (servicios/importacion.py)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..datos.borrador_importacion import Borrador
from ..dominio.emparejamiento import Cambio
from ..dominio.importacion import Mapeo
from ..dominio.traduccion import traducir
from ..dominio import formato

# progreso(etapa, hecho, total): etapa "leyendo", "esperando" (otra escritura tiene la base; hecho son los
# segundos de espera) o "escribiendo"; puede lanzar Cancelado.
Progreso = Callable[[str, int, int | None], None]
CAMBIOS_EN_LA_VISTA_PREVIA = 200  # los cambios que la vista previa guarda con su descripción (el asistente los lista)


@dataclass
class ResultadoImportacion:
    nuevos: int = 0
    actualizados: int = 0
    sin_cambios: int = 0
    columnas_ignoradas: list[str] = field(default_factory=list)
    # El padrón cambió entre la vista previa y la escritura (otra importación u otra ventana escribió):
    # las cifras son las que realmente se escribieron, no las de la vista previa.
    distinto_de_la_vista_previa: bool = False
    # Lo que el archivo dice y no se aplicó (el estado distinto de un miembro que ya estaba), una línea cada uno.
    avisos: list[str] = field(default_factory=list)
    # Lo que decidió quien importa (el archivo no cambió): los números de las filas omitidas y de las corregidas.
    omitidas: list[int] = field(default_factory=list)
    corregidas: list[int] = field(default_factory=list)

    def resumen(self) -> str:
        texto = traducir("{0} nuevos, {1} actualizados, {2} sin cambios").format(
            self.nuevos, self.actualizados, self.sin_cambios)
        if self.omitidas or self.corregidas:
            texto += "; " + lo_decidido(self.nuevos + self.actualizados + self.sin_cambios, self.omitidas,
                                        self.corregidas)
        if self.columnas_ignoradas:
            texto += " " + traducir("(columnas ignoradas: {0})").format(", ".join(self.columnas_ignoradas))
        if self.distinto_de_la_vista_previa:
            texto += ". " + traducir("El padrón cambió mientras se preparaba la importación (otra importación u otra "
                                     "ventana guardó datos): se decidió de nuevo contra la base actual y estas cifras "
                                     "son las que se guardaron")
        return texto


def _filas(numeros: list[int]) -> str:
    return ", ".join(str(n) for n in numeros)


def lo_decidido(importadas: int, omitidas: list[int], corregidas: list[int]) -> str:
    """«38 filas se importan (2 corregidas: 3, 9); 1 se omite: 7», con los números de fila de la hoja: lo que se
    decidió sobre las filas, dicho igual en la ventana, en la línea de órdenes y en el resultado."""
    texto = (traducir("1 fila se importa") if importadas == 1
             else traducir("{0} filas se importan").format(_miles(importadas)))
    if corregidas:
        texto += " " + (traducir("(1 corregida: fila {0})").format(corregidas[0]) if len(corregidas) == 1 else
                        traducir("({0} corregidas: filas {1})").format(len(corregidas), _filas(corregidas)))
    if omitidas:
        texto += "; " + (traducir("1 se omite: fila {0}").format(omitidas[0]) if len(omitidas) == 1 else
                         traducir("{0} se omiten: filas {1}").format(len(omitidas), _filas(omitidas)))
    return texto


def _miles(numero: int) -> str:
    """1500 -> '1.500' ('1,500' con el programa en inglés), como las cifras del asistente."""
    return formato.numero(numero)


@dataclass
class VistaDelPlan:
    """Lo que haría la importación: cuántas altas, cambios y filas sin nada nuevo, los primeros cambios con su
    descripción (CAMBIOS_EN_LA_VISTA_PREVIA; `cambios_previstos` da todos) y los avisos."""

    nuevos: int = 0
    actualizados: int = 0
    sin_cambios: int = 0
    cambios: list[Cambio] = field(default_factory=list)
    avisos: list[str] = field(default_factory=list)

    def cifras(self) -> tuple[int, int, int]:
        return self.nuevos, self.actualizados, self.sin_cambios

    def frase(self, listados: int | None = None) -> str:
        """Lo que hará la importación en una frase que nunca contradice las cifras: «31 miembros nuevos; ningún
        miembro existente cambia.», «2 miembros existentes cambian:» (antes de la lista de cambios, de la que se
        muestran `listados`), «Nada que importar: …»."""
        if not self.nuevos and not self.actualizados:
            return (traducir("Nada que importar: la fila del archivo ya está en el padrón tal cual.")
                    if self.sin_cambios == 1 else
                    traducir("Nada que importar: las {0} filas del archivo ya están en el padrón tal cual.")
                    .format(_miles(self.sin_cambios)))
        nuevos = (traducir("1 miembro nuevo") if self.nuevos == 1
                  else traducir("{0} miembros nuevos").format(_miles(self.nuevos))) if self.nuevos else ""
        if not self.actualizados:
            return traducir("{0}; ningún miembro existente cambia.").format(nuevos)
        cambian = (traducir("1 miembro existente cambia") if self.actualizados == 1
                   else traducir("{0} miembros existentes cambian").format(_miles(self.actualizados)))
        if listados is not None and listados < self.actualizados:
            cambian += " " + traducir("(se muestran los primeros {0})").format(_miles(listados))
        return f"{nuevos}; {cambian}:" if nuevos else f"{cambian}:"


@dataclass
class Analisis:
    plan: VistaDelPlan  # la vista previa: aplicar() lo vuelve a decidir dentro de la transacción
    columnas_ignoradas: list[str]
    ruta: Path | None = None
    mapeo: Mapeo | None = None  # para nombrar la columna de un problema que aparezca al aplicar
    # Las filas validadas, en disco; se borra con el análisis (o con cerrar()).
    borrador: Borrador | None = field(default=None, repr=False)
    hoy: date | None = None
    omitidas: list[int] = field(default_factory=list)   # lo decidido sobre las filas (números de la hoja)
    corregidas: list[int] = field(default_factory=list)

    def decidido(self) -> str | None:
        """Lo decidido sobre las filas en una frase (`lo_decidido`); None si no se decidió nada."""
        if not self.omitidas and not self.corregidas:
            return None
        return lo_decidido(sum(self.plan.cifras()), self.omitidas, self.corregidas)

    def cerrar(self) -> None:
        if self.borrador is not None:
            self.borrador.cerrar()
