"""Lo que dice la memoria anual, en piezas que no saben de papel ni de planillas: cada sección es una lista de bloques
(un párrafo, unas cifras, una tabla, un gráfico, un subtítulo, el texto que escribió la secretaría, o lo que se dice
cuando no hay nada). Los servicios las arman (`servicios.memoria.secciones`: una función por sección) y los escritores
las dibujan todas igual: el PDF (`documentos.pdf.memoria`) y el libro de Excel (`documentos.excel.memoria`). Así una
sección nueva (los convenios) no toca los escritores.

Los textos llegan ya en el idioma del documento; las celdas y las cifras llevan su valor (un número, una fecha, un
importe en unidades menores: `Celda`), que cada escritor escribe a su manera. Cada fila y cada cifra tiene una clave
y su valor en crudo (no depende del idioma): de eso sale la huella del documento y la verificación dice qué cambió
(`dominio.instantaneas`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import formato
from .traduccion import traducir

# Cómo se alinea una columna: el texto a la izquierda, las cifras a la derecha.
IZQUIERDA, DERECHA = "izquierda", "derecha"


@dataclass(frozen=True)
class Parrafo:
    """Un párrafo del programa (ya traducido)."""

    texto: str


@dataclass(frozen=True)
class TextoLibre:
    """Lo que escribió la secretaría (la introducción, una sección propia): párrafos separados por una línea en
    blanco, impresos tal cual."""

    texto: str


@dataclass(frozen=True)
class Subtitulo:
    texto: str


@dataclass(frozen=True)
class Vacio:
    """Lo que se dice cuando una parte no tiene nada («Sin miembros admitidos en 2026.»): nunca un espacio en blanco."""

    texto: str


@dataclass(frozen=True)
class Dinero:
    """Uno o más importes (uno por moneda), en unidades menores: «USD 12.300,00 · ARS 1.400.000,00»."""

    importes: tuple[tuple[str, int], ...] = ()

    @classmethod
    def de(cls, importes: dict[str, int]) -> Dinero:
        return cls(tuple(sorted((m, v) for m, v in importes.items())))


@dataclass(frozen=True)
class Porcentaje:
    """`parte` de `total`, que se escribe «75 %» (sin total, «—»)."""

    parte: int
    total: int


# Lo que va en una celda o en una cifra: el valor, no su texto. Cada escritor lo escribe a su manera (el PDF en el
# idioma del documento con `texto_de`, la planilla como número, fecha o importe de Excel).
Celda = str | int | date | Dinero | Porcentaje | None


def texto_de(valor: Celda) -> str:
    """El valor como se lee en el papel, en el idioma en curso (`dominio.formato`)."""
    if valor is None:
        return "—"
    if isinstance(valor, bool):
        return str(valor)
    if isinstance(valor, int):
        return formato.numero(valor)
    if isinstance(valor, date):
        return formato.fecha(valor)
    if isinstance(valor, Dinero):
        return " · ".join(formato.dinero(v, m) for m, v in valor.importes) or "—"
    if isinstance(valor, Porcentaje):
        return traducir("{0} %").format(formato.numero(round(100 * valor.parte / valor.total))) if valor.total else "—"
    return str(valor)


def en_crudo(valor: Celda) -> object:
    """El valor para la huella del documento (JSON, sin depender del idioma)."""
    if isinstance(valor, date):
        return valor.isoformat()
    if isinstance(valor, Dinero):
        return [list(par) for par in valor.importes]
    if isinstance(valor, Porcentaje):
        return [valor.parte, valor.total]
    return valor


@dataclass(frozen=True)
class Cifra:
    rotulo: str
    valor: Celda
    clave: str = ""


@dataclass(frozen=True)
class Cifras:
    """Las cifras principales de una sección, en recuadros."""

    cifras: tuple[Cifra, ...]


@dataclass(frozen=True)
class Columna:
    titulo: str
    peso: float = 1.0               # ancho relativo en el papel
    alineacion: str = IZQUIERDA


@dataclass(frozen=True)
class FilaDeTabla:
    celdas: tuple[Celda, ...]
    clave: str = ""
    valor: object = None            # sin valor, la huella toma las celdas (en crudo)
    grupo: str = ""                 # en una tabla agrupada: el grupo de la fila (la unidad de una actividad)


@dataclass(frozen=True)
class Tabla:
    """Una tabla con su título (se repite arriba de cada página en el papel; es el nombre de la hoja en Excel), sus
    filas y, si tiene, la de totales. Sin filas, lo que dice `vacio`."""

    clave: str
    titulo: str
    columnas: tuple[Columna, ...]
    filas: tuple[FilaDeTabla, ...]
    vacio: str
    total: tuple[Celda, ...] | None = None
    # Si las filas van en grupos (llegan seguidas): en el papel, un renglón con el grupo antes de sus filas; en la
    # planilla, una primera columna con este título.
    agrupada_por: str | None = None
    # El nombre de su hoja en Excel cuando el título no cabe entero en los 31 caracteres de un nombre de hoja (en
    # castellano, portugués o inglés): «Autoridades locales nuevas» por «Nuevas autoridades locales de los miembros».
    hoja: str | None = None


@dataclass(frozen=True)
class Serie:
    nombre: str
    valores: tuple[float, ...]


@dataclass(frozen=True)
class Grafico:
    """Un gráfico de barras (una por etiqueta; varias series, barras agrupadas). `textos` son los valores ya
    escritos (para rotular cada barra y para la tabla que lo acompaña: quien no ve el gráfico lee lo mismo);
    `descripcion`, su texto alternativo (lo que muestra, dicho en una frase)."""

    clave: str
    titulo: str
    etiquetas: tuple[str, ...]
    series: tuple[Serie, ...]
    textos: tuple[tuple[str, ...], ...]    # por serie, el valor de cada etiqueta como se lee
    descripcion: str
    unidad: str = ""                        # «miembros», «USD»: el eje


@dataclass
class Seccion:
    clave: str
    titulo: str
    bloques: list = field(default_factory=list)
    propia: bool = False      # una sección de texto libre de la secretaría (no la arma el programa)

    def agregar(self, *bloques) -> Seccion:
        self.bloques.extend(bloques)
        return self


@dataclass
class Memoria:
    """La memoria de un año entera, lista para escribirse."""

    asociacion: str
    sigla: str
    papel: str
    anio: int
    al: object                # la fecha de corte (el 31/12 o, en el año en curso, el día en que se hizo)
    titulo: str               # «Memoria anual 2026»
    subtitulo: str            # «Del 1 de enero al 31 de diciembre de 2026»
    secciones: list[Seccion] = field(default_factory=list)

    def tablas(self) -> list[Tabla]:
        return [b for s in self.secciones for b in s.bloques if isinstance(b, Tabla)]


@dataclass
class Carta:
    """Una carta de la asociación a una persona (la respuesta a una solicitud sobre sus datos): los mismos bloques que
    la memoria, sin portada ni índice, con su destinatario, su referencia y su firma. Los textos, ya traducidos."""

    asociacion: str
    sigla: str
    papel: str
    titulo: str               # «Respuesta a su solicitud de acceso a sus datos»
    destinatario: tuple[str, ...]    # las líneas del destinatario
    referencia: str           # «Solicitud N.º 3, recibida el 20/11/2026»
    saludo: str
    secciones: list[Seccion] = field(default_factory=list)
    despedida: str = ""
    firma: tuple[str, ...] = ()
