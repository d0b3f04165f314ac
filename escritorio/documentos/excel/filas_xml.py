"""Las filas de una hoja de solo escritura, escritas como texto XML en lugar de celda por celda con openpyxl.

openpyxl serializa cada celda armando elementos de lxml uno por uno (unos 4 µs por celda): la morosidad de 16.000
miembros son 150.000 celdas y más de medio segundo solo en eso. Aquí cada fila se arma como texto, el mismo XML que
escribe openpyxl (`<c r="B2" s="3" t="n"><v>…</v></c>`, el texto en línea con `t="inlineStr"`), y los lotes de
filas van directo al archivo de la hoja: la hoja lo abre como archivo de Python (`_EscritorDeHoja`) y, antes de
cada lote, lxml vuelca lo suyo (`flush`), así todo queda en orden.

Una hoja sin columnas que ajustan el texto recibe cada fila cruda (`FilaCruda`, los valores tal como los arma
`escritura`): el texto de la fila sale directo de los valores, con el estilo de la columna en los números y las
fechas, sin una celda de openpyxl por valor; lo que no sabe escribir así pasa por la conversión de `escritura`.

Lo que no es texto común, número finito, fecha o una celda de esos tipos (un booleano, una fórmula, un
hipervínculo, un comentario, un carácter que XML no admite) va por el camino de
openpyxl tal cual, con sus mismos errores. Depende de detalles internos de openpyxl 3.1 (versión fijada en
pyproject.toml), como `celdas_con_formato`; sin lxml o sin esos detalles, la hoja queda como la escribe openpyxl.

Un libro abandonado a mitad de camino (un error al escribir una fila, un trabajo cancelado) no se cierra: Python
recoge sus generadores en cualquier orden, y terminar la hoja sobre un archivo ya cerrado daba errores «ignorados»
en la salida. Solo se termina la hoja cuando se cierra en orden (`close` de la hoja); si no, se suelta tal cual.
"""

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from types import MethodType

from openpyxl import LXML
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

LOTE = 1000  # filas por escritura al archivo
# Cuántos textos distintos de una hoja se guardan ya escritos: los que se repiten (país, moneda, el voto) aparecen
# en las primeras filas; los únicos (nombres) no ganan nada y, con 100.000 filas, serían megas de memoria.
TEXTOS_GUARDADOS = 4096
LARGO_CELDA = 32_767  # openpyxl recorta ahí el texto de una celda
# Un entero de menos de 15 cifras: Excel lo guarda exacto (escritura.fuera_de_excel) y "%.16g" lo escribe como str.
_LIMITE_EXACTO = 10**15
# Lo que XML 1.0 no admite (controles, sustitutos sueltos, U+FFFE/U+FFFF): esa fila va por openpyxl, que da su error.
# Dicho por lo que falta (los controles salvo \t \n \r, los sustitutos, U+FFFE y U+FFFF) y no por lo que se admite
# («[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]», los mismos caracteres): esa clase con el plano astral
# tardaba 5 ms en compilarse al importar el módulo, en cada orden que escribe una planilla.
_NO_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_REVISAR = re.compile("[&<>\r]|" + _NO_XML.pattern)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})  # \r: el lector lo cambiaría
_ESCAPES_ATRIBUTO = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                                   "\r": "&#13;", "\t": "&#9;"})


def acelerar_filas(hoja) -> bool:
    """Cambia la escritura de filas de una hoja de solo escritura por la de este módulo; True si pudo (entonces la
    hoja acepta también los pares de `con_estilo`)."""
    internos = ("_write_rows", "_get_writer", "_values_to_row")
    if LXML and all(callable(getattr(hoja, nombre, None)) for nombre in internos):
        hoja._get_writer = MethodType(_crear_escritor, hoja)
        hoja._write_rows = MethodType(_escribir_filas, hoja)
        hoja.close = MethodType(_cerrar_en_orden, hoja)
        return True
    return False


class FilaCruda(list):
    """Una fila con los valores tal como los da quien arma la hoja (`escritura`), sin convertir: la hoja preparada
    con `filas_crudas` la escribe como texto directamente desde los valores, sin una celda ni un par por valor; lo
    que no sabe escribir así (un texto que Excel tomaría por fórmula, un valor que Excel no guarda, una fecha sin
    formato, un booleano…) pasa por la conversión de siempre, `preparar_fila`, con el mismo resultado."""

    __slots__ = ()


@dataclass(frozen=True)
class Columnas:
    """Lo que `filas_crudas` necesita saber de las columnas de una hoja.

    `celdas`: la celda con formato de cada columna (`CeldaConFormato`), o None: los números y las fechas de la
    columna van con su estilo (una fecha en una columna sin celda, no: va por `preparar_fila`). `preparar_texto`:
    el texto como va en la celda, o None si no puede ir como texto común. `fuera_de_excel`: no None si el valor no
    puede ir tal cual (entonces va por `preparar_fila`). `preparar_fila`: los valores convertidos como para `append`."""

    celdas: Sequence[Cell | None]
    preparar_texto: Callable[[str], str | None]
    fuera_de_excel: Callable[[object], object]
    preparar_fila: Callable[[list], list]


def filas_crudas(hoja, columnas: Columnas) -> None:
    """Prepara una hoja acelerada (`acelerar_filas`) para recibir `FilaCruda`."""
    hoja._columnas_crudas = columnas


class _ConEstilo(tuple):
    """(celda, valor): lo que da `con_estilo` (una clase propia: una tupla que alguien escribiera en una celda sigue
    siendo el error de openpyxl)."""

    __slots__ = ()


def con_estilo(celda: Cell, valor) -> _ConEstilo:
    """Un número o una fecha que va con el estilo de `celda` (la celda reutilizable de su columna,
    `celdas_con_formato.CeldaConFormato`), sin pasar por ella: el par se escribe como texto con el número de estilo
    de la celda, sin el costo de darle el valor a la celda (openpyxl deduce el tipo y busca el formato en el libro
    en cada una). Si la fila necesita a openpyxl, el valor pasa a la celda como antes (`_desarmar`). Solo en una
    hoja acelerada."""
    return _ConEstilo((celda, valor))


def _desarmar(valor):
    """La celda con su valor, para el camino de openpyxl, de un par de `con_estilo`; lo demás, tal cual."""
    if valor.__class__ is _ConEstilo:
        celda, valor = valor
        celda.value = valor
        return celda
    return valor


def _cerrar_en_orden(hoja) -> None:
    hoja._cierre_en_orden = True
    type(hoja).close(hoja)


def _en_orden(hoja) -> bool:
    return getattr(hoja, "_cierre_en_orden", False)


class _EscritorDeHoja(WorksheetWriter):
    """El escritor de la hoja de openpyxl, con el archivo abierto por Python (`archivo`) para escribir filas en él."""

    def get_stream(self):  # el de openpyxl, salvo `open` y el libro abandonado
        with open(self.out, "wb") as self.archivo:
            try:
                with xmlfile(self.archivo) as xf, xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                    try:
                        while True:
                            elemento = (yield)
                            if elemento is True:
                                yield xf
                            elif elemento is not None:
                                xf.write(elemento)
                    except GeneratorExit:
                        pass
            except Exception:
                if _en_orden(self.ws):
                    raise


def _crear_escritor(hoja) -> None:
    """Como `WriteOnlyWorksheet._get_writer`, con `_EscritorDeHoja`."""
    if hoja._writer is None:
        hoja._writer = _EscritorDeHoja(hoja)
        hoja._writer.write_top()


def _escribir_filas(hoja):
    """Como `WriteOnlyWorksheet._write_rows`: recibe las filas de `append` y las escribe dentro de <sheetData>."""
    try:
        xf = hoja._writer.xf.send(True)
    except StopIteration:
        hoja._already_saved()
    filas = _Filas(hoja, xf, hoja._writer.archivo)
    seccion = xf.element("sheetData")
    seccion.__enter__()
    numero = 1
    try:
        while True:
            filas.agregar((yield), numero)
            numero += 1
    except GeneratorExit:
        if not _en_orden(hoja):
            return
    filas.vaciar()
    seccion.__exit__(None, None, None)
    hoja._writer.xf.send(None)


class _Filas:
    def __init__(self, hoja, xf, archivo):
        self.hoja, self.xf, self.archivo = hoja, xf, archivo
        self.letras: list[str] = []
        self.estilos: dict[Cell, str] = {}
        self.fechas: dict[date, str] = {}  # fecha -> su número de Excel (muchas filas repiten fechas)
        self.lote: list[str] = []
        self.epoca = hoja.parent.epoch
        self.fechas_iso = hoja.parent.iso_dates
        self.columnas: Columnas | None = None  # las de `filas_crudas`, al llegar la primera FilaCruda
        self.colas: dict[str, str] = {}  # texto -> su celda desde el tipo (país, moneda… se repiten)
        self.estilos_crudos: list[str | None] = []

    def _letras_hasta(self, columnas: int) -> list[str]:
        """Las letras de las columnas (A, B…, AA…), calculadas una vez por hoja hasta `columnas`."""
        letras = self.letras
        while len(letras) < columnas:
            letras.append(get_column_letter(len(letras) + 1))
        return letras

    def _cruda(self, valores: FilaCruda, numero: int) -> str | None:
        """`<row r="N">…</row>` de una FilaCruda, o None si algún valor necesita la conversión de siempre."""
        estilos, colas, fuera = self.estilos_crudos, self.colas, self.columnas.fuera_de_excel
        if len(valores) > len(estilos):
            return None
        letras = self._letras_hasta(len(valores))
        n = str(numero)
        partes = [f'<row r="{n}">']
        for indice, valor in enumerate(valores):
            if valor is None:
                continue
            clase = valor.__class__
            if clase is str:
                cola = colas.get(valor)
                if cola is None:
                    texto = self.columnas.preparar_texto(valor)
                    if texto is None or (cola := _cola_de_texto(texto)) is None:
                        return None
                    if len(colas) < TEXTOS_GUARDADOS:
                        colas[valor] = cola
                partes.append(f'<c r="{letras[indice]}{n}"{cola}')
                continue
            estilo = estilos[indice]
            if clase is int and -_LIMITE_EXACTO < valor < _LIMITE_EXACTO:  # lo de fuera_de_excel, sin la llamada
                partes.append(f'<c r="{letras[indice]}{n}"{estilo or ""} t="n"><v>{valor}</v></c>')
                continue
            if fuera(valor) is not None:
                return None
            if clase is int or clase is Decimal or clase is float:
                celda = _numero(letras[indice] + n, estilo or "", valor)
            elif estilo is not None and (clase is date or (clase is datetime and valor.tzinfo is None)) \
                    and not self.fechas_iso:
                celda = self._fecha(letras[indice] + n, estilo, valor)
            else:
                return None
            if celda is None:
                return None
            partes.append(celda)
        partes.append("</row>")
        return "".join(partes)

    def agregar(self, valores, numero: int) -> None:
        """El texto de la fila queda en el lote (los valores se leen ya: escritura reutiliza sus celdas fila a fila);
        si la fila necesita a openpyxl, se escribe el lote y después la fila, en orden."""
        dimension = self.hoja.row_dimensions.get(numero)   # get: sin crearla (la hoja la crea al pedirla)
        if valores.__class__ is FilaCruda:
            if self.columnas is None:
                self.columnas = self.hoja._columnas_crudas
                self.estilos_crudos = [None if celda is None else self._estilo(celda)
                                       for celda in self.columnas.celdas]
            texto = self._cruda(valores, numero) if dimension is None else None
            if texto is not None:
                self.lote.append(texto)
                if len(self.lote) >= LOTE:
                    self.vaciar()
                return
            valores = self.columnas.preparar_fila(valores)
        texto = self._fila(valores, numero, "" if dimension is None else _atributos_de_fila(dimension))
        if texto is None:
            self.vaciar()
            valores = [_desarmar(valor) for valor in valores]
            self.hoja._writer.write_row(self.xf, self.hoja._values_to_row(valores, numero), numero)
            return
        self.lote.append(texto)
        if len(self.lote) >= LOTE:
            self.vaciar()

    def vaciar(self) -> None:
        if self.lote:
            self.xf.flush()  # lo que lxml tenga pendiente (<sheetData>, una fila de openpyxl) va antes
            self.archivo.write("".join(self.lote).encode())
            self.lote = []

    def _fila(self, valores, numero: int, atributos: str = "") -> str | None:
        """`<row r="N"…>…</row>` (con los `atributos` de su alto propio, si lo tiene), o None si algún valor necesita a
        openpyxl."""
        letras = self._letras_hasta(len(valores))
        n = str(numero)
        partes = [f'<row r="{n}"{atributos}>']
        for indice, valor in enumerate(valores):
            if valor is None:
                continue
            clase = valor.__class__
            if clase is str:
                if (len(valor) > 1 and valor[0] == "=") or valor in ERROR_CODES:  # fórmula o error para openpyxl
                    return None
                celda = _texto(letras[indice] + n, "", valor)
            elif clase is int or clase is Decimal or clase is float:
                celda = _numero(letras[indice] + n, "", valor)
            elif clase is _ConEstilo:  # (la celda de la columna, un número o una fecha)
                celda = self._con_estilo(letras[indice] + n, *valor)
            elif isinstance(valor, Cell):
                celda = self._celda(letras[indice] + n, valor)
            else:  # fechas sueltas (openpyxl les pone formato), booleanos y lo demás
                return None
            if celda is None:
                return None
            partes.append(celda)
        partes.append("</row>")
        return "".join(partes)

    def _estilo(self, celda: Cell) -> str:
        # Una subclase de Cell es la CeldaConFormato de escritura, reutilizada fila a fila con un estilo que no
        # cambia: se busca una vez. Las celdas sueltas (WriteOnlyCell) son de la clase Cell.
        if celda.__class__ is not Cell:
            estilo = self.estilos.get(celda)
            if estilo is None:
                estilo = self.estilos[celda] = f' s="{celda.style_id}"' if celda.has_style else ""
            return estilo
        return f' s="{celda.style_id}"' if celda.has_style else ""

    def _con_estilo(self, referencia: str, celda: Cell, valor) -> str | None:
        clase = valor.__class__
        if clase is int or clase is Decimal or clase is float:
            return _numero(referencia, self._estilo(celda), valor)
        if (clase is date or (clase is datetime and valor.tzinfo is None)) and not self.fechas_iso:
            return self._fecha(referencia, self._estilo(celda), valor)
        return None

    def _fecha(self, referencia: str, estilo: str, valor) -> str:
        numero = self.fechas.get(valor)
        if numero is None:
            numero = self.fechas[valor] = "%.16g" % to_excel(valor, self.epoca)
        return f'<c r="{referencia}"{estilo} t="n"><v>{numero}</v></c>'

    def _celda(self, referencia: str, celda: Cell) -> str | None:
        if celda._hyperlink is not None or celda._comment is not None:
            return None
        estilo = self._estilo(celda)
        valor, tipo = celda._value, celda.data_type
        if valor is None:  # openpyxl escribe la celda vacía solo si tiene estilo
            return f'<c r="{referencia}"{estilo} t="{tipo}"/>' if estilo else ""
        clase = valor.__class__
        if tipo == "n" and (clase is int or clase is Decimal or clase is float):
            return _numero(referencia, estilo, valor)
        if tipo == "s" and clase is str:
            return _texto(referencia, estilo, valor)
        if tipo == "d" and not self.fechas_iso and (clase is date or (clase is datetime and valor.tzinfo is None)):
            return self._fecha(referencia, estilo, valor)
        return None


def _atributos_de_fila(dimension) -> str:
    """Los atributos de la fila que escribe openpyxl (`WorksheetWriter.write_row`) para su `RowDimension`: los que
    no están vacíos, en su orden (` ht="45" customHeight="1"`). Las filas de una columna que ajusta el texto los
    llevan: en la bitácora exportada, dos de cada tres filas, que antes iban celda por celda por openpyxl."""
    return "".join(f' {clave}="{valor.translate(_ESCAPES_ATRIBUTO)}"' for clave, valor in dimension)


def _texto(referencia: str, estilo: str, valor: str) -> str | None:
    cola = _cola_de_texto(valor)
    return None if cola is None else f'<c r="{referencia}"{estilo}{cola}'


def _cola_de_texto(valor: str) -> str | None:
    """La celda de texto desde el tipo (` t="inlineStr"><is>…</c>`), o None si XML no admite el texto."""
    if len(valor) > LARGO_CELDA:
        valor = valor[:LARGO_CELDA]
    if not valor:
        return ' t="inlineStr"/>'
    # Como openpyxl: xml:space="preserve" si el texto empieza o termina con lo que str.strip() quitaría.
    espacio = ' xml:space="preserve"' if valor[0].isspace() or valor[-1].isspace() else ""
    if _REVISAR.search(valor):  # raro: algo que escapar, o que XML no admite
        if _NO_XML.search(valor):
            return None
        valor = valor.translate(_ESCAPES)
    return f' t="inlineStr"><is><t{espacio}>{valor}</t></is></c>'


def _numero(referencia: str, estilo: str, valor) -> str | None:
    if valor.__class__ is Decimal:
        if not valor.is_finite():
            return None
    elif valor.__class__ is float and not math.isfinite(valor):
        return None
    return f'<c r="{referencia}"{estilo} t="n"><v>{"%.16g" % valor}</v></c>'
