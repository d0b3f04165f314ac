"""Las reglas de las celdas de un libro de Excel (issue 83, «los libros se revisan celda por celda, tipo y formato»):
quien abre el libro filtra, ordena y suma; un número escrito como texto no suma, una cantidad con «,00» no es una
cantidad y una fecha en texto no se ordena. Cada regla es una función con su nombre y lo que protege (REGLAS);
`faltas_de_celdas(ruta)` las aplica a cada celda de cada hoja y devuelve, por regla, las faltas halladas.

Lo que se lee del archivo, sin adivinar por el contenido:
- la columna: el título de la fila 1 y los valores de debajo (una columna de cantidades tiene solo enteros);
- el dinero: lo que dice su moneda, como lo escribe documentos/excel: en el formato («"USD "#,##0.00», un importe
  suelto del resumen de la memoria), en el título de la columna («Cobrado (USD)», una columna de una sola moneda) o en
  la columna «Moneda» de la fila (cuotas, morosidad, obligaciones). Un número con decimales que no dice su moneda no es
  dinero: si es entero, es una cantidad mal formateada («67,00 miembros»);
- la fila de totales: la última de la hoja con la primera celda en negrita (escritura.py la escribe así, y solo ella).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Callable

from openpyxl import load_workbook

# Un número escrito como texto: «67», «-3», «1.234,50», «1,234.50», «12,5 %», «USD 22.108,34».
NUMERO_EN_TEXTO = re.compile(r"(?:[A-Z]{3}\s?)?[+-]?(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)(?:[.,]\d+)?(?:\s?%)?")
# Una fecha escrita como texto: «15/09/2026», «2026-09-15», «15/09/2026 10:30».
FECHA_EN_TEXTO = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}(?: \d{1,2}:\d{2}(?::\d{2})?)?|\d{4}-\d{2}-\d{2}(?:[ T][\d:]+)?")

# Columnas de identificadores: una cadena de cifras que se lee, no se suma (el 0 de adelante cuenta, «007»; un
# teléfono no lleva separador de miles). Son los títulos que escriben los libros (en castellano; se comparan con su
# traducción): teléfonos, documentos, códigos y referencias.
IDENTIFICADORES = ("Teléfono", "Documento", "Número de documento", "Código", "Código postal", "Referencia",
                   "Número")
# La moneda de una columna de importes, en su título: «Cobrado (USD)».
_MONEDA_EN_TITULO = re.compile(r"\((?:[A-Z]{3})\)")
_MONEDA_EN_FORMATO = re.compile(r'"([A-Z]{3}) "')


@dataclass
class Columna:
    """Lo que se sabe de una columna de una hoja: su título, si es de identificadores o de dinero, y sus valores."""

    titulo: object
    identificadores: bool = False
    dinero: bool = False
    solo_enteros: bool = True


@dataclass
class Celda:
    hoja: str
    coordenada: str
    valor: object
    formato: str
    columna: Columna
    total: bool = False   # en la fila de totales
    arriba: tuple | None = None   # en la fila de totales: (tipo, formato) de la columna de arriba, si es uno solo

    def __str__(self) -> str:
        return f"{self.hoja}!{self.coordenada} [{self.columna.titulo}] {self.valor!r} ({self.formato})"


def _es_numero(valor) -> bool:
    return isinstance(valor, (int, float, Decimal)) and not isinstance(valor, bool)


def _decimales(formato: str) -> int:
    """Los decimales que muestra un formato de número («#,##0.00» → 2; «0%» → 0)."""
    sin_textos = re.sub(r'"[^"]*"', "", formato.split(";")[0])
    hallado = re.search(r"\.([0#]+)", sin_textos)
    return len(hallado.group(1)) if hallado else 0


def _es_de_fecha(formato: str) -> bool:
    sin_textos = re.sub(r'"[^"]*"', "", formato).lower()
    return "yy" in sin_textos and "d" in sin_textos


def _es_dinero(celda: Celda) -> bool:
    return celda.columna.dinero or bool(_MONEDA_EN_FORMATO.search(celda.formato))


# --- las reglas: cada una recibe una celda y devuelve True si está en falta ---

def texto_que_es_numero(celda: Celda) -> bool:
    """Un texto que se lee entero como número («67», «1.234,50», «12,5 %»): no suma ni ordena. Salvo en una columna de
    identificadores (teléfono, documento, código, referencia)."""
    return (isinstance(celda.valor, str) and not celda.columna.identificadores
            and NUMERO_EN_TEXTO.fullmatch(celda.valor.strip()) is not None)


def texto_que_es_fecha(celda: Celda) -> bool:
    """Un texto que se lee entero como fecha («15/09/2026»): no se ordena ni se filtra por fecha."""
    return isinstance(celda.valor, str) and FECHA_EN_TEXTO.fullmatch(celda.valor.strip()) is not None


def cantidad_con_decimales(celda: Celda) -> bool:
    """Un entero de una columna de cantidades (todos sus números enteros, no dinero ni porcentaje, y su formato no es
    el de una medida con decimales de la hoja) con un formato con decimales («67,00 miembros»)."""
    return (_es_numero(celda.valor) and celda.columna.solo_enteros and not _es_dinero(celda)
            and "%" not in celda.formato + str(celda.columna.titulo or "") and _decimales(celda.formato) > 0)


def dinero_sin_dos_decimales(celda: Celda) -> bool:
    """Un importe muestra sus centavos, dos decimales (los de su moneda si el formato la nombra: las monedas sin
    centavos, ninguno)."""
    if not _es_numero(celda.valor) or not _es_dinero(celda) or "%" in celda.formato:
        return False
    moneda = _MONEDA_EN_FORMATO.search(celda.formato)
    esperados = 2
    if moneda:
        from escritorio.dominio import formato

        esperados = formato.decimales(moneda.group(1))
    return _decimales(celda.formato) != esperados


def porcentaje_sin_formato(celda: Celda) -> bool:
    """Un número de una columna de porcentajes (título con «%») o con formato de porcentaje es un número con formato
    «%» (o, si el título ya dice «(%)», un número con formato: nunca «General»)."""
    if not _es_numero(celda.valor):
        return False
    titulo = str(celda.columna.titulo or "")
    if "%" in celda.formato:
        return False
    return "%" in titulo and celda.formato == "General"


def fecha_sin_formato_de_fecha(celda: Celda) -> bool:
    """Una fecha es una fecha de Excel con formato de fecha (dd/mm/aaaa), no un número de serie ni una hora."""
    return isinstance(celda.valor, (datetime, date, time)) and (
        isinstance(celda.valor, time) or not _es_de_fecha(celda.formato))


def total_distinto_de_su_columna(celda: Celda) -> bool:
    """Una celda de la fila de totales tiene el tipo y el formato de la columna de arriba: un total en texto o con
    otro formato que sus sumandos no se compara con ellos."""
    if not celda.total or celda.arriba is None or celda.valor is None or celda.valor == "":
        return False
    tipo, formato = celda.arriba
    if tipo == "texto":   # una columna de texto: el rótulo «Total» cabe en ella
        return False
    return _tipo(celda.valor) != tipo or celda.formato != formato


@dataclass(frozen=True)
class Regla:
    nombre: str
    protege: str
    falta: Callable[[Celda], bool]


REGLAS = (
    Regla("texto que es número", "los números son números: suman, ordenan y filtran", texto_que_es_numero),
    Regla("texto que es fecha", "las fechas son fechas: ordenan y filtran por fecha", texto_que_es_fecha),
    Regla("cantidad con decimales", "una cantidad se ve sin decimales: 67, no 67,00", cantidad_con_decimales),
    Regla("dinero sin dos decimales", "un importe se ve con sus centavos: 1.234,50", dinero_sin_dos_decimales),
    Regla("porcentaje sin formato", "un porcentaje se ve como porcentaje", porcentaje_sin_formato),
    Regla("fecha sin formato de fecha", "una fecha se ve dd/mm/aaaa", fecha_sin_formato_de_fecha),
    Regla("total distinto de su columna", "el total tiene el tipo y el formato de lo que suma",
          total_distinto_de_su_columna),
)


def _tipo(valor) -> str:
    if _es_numero(valor):
        return "número"
    if isinstance(valor, (datetime, date, time)):
        return "fecha"
    return "texto"


def _columnas(titulos: list, filas: list, identificadores: set[str], moneda: str) -> list[Columna]:
    """Las columnas de una hoja. Es de dinero la que lleva la moneda en el título («Cobrado (USD)») o la de números con
    decimales de una hoja con columna «Moneda» (la moneda de cada fila: cuotas, morosidad, obligaciones)."""
    con_moneda = moneda in titulos
    # Un formato con decimales que alguna celda de la hoja usa con fracción es el de una medida (un indicador de un
    # decimal: 3,5 y 4,0 en columnas de años distintos), no el de una cantidad, aunque una columna tenga solo enteros.
    con_fraccion = {c.number_format for f in filas for c in f if _es_numero(c.value) and c.value != int(c.value)}
    columnas = []
    for i, titulo in enumerate(titulos):
        celdas = [f[i] for f in filas if i < len(f) and _es_numero(f[i].value)]
        texto = str(titulo or "")
        con_decimales = any(_decimales(c.number_format) for c in celdas)
        columnas.append(Columna(
            titulo, identificadores=texto in identificadores,
            dinero=bool(_MONEDA_EN_TITULO.search(texto)) or (con_moneda and con_decimales),
            solo_enteros=all(c.value == int(c.value) and c.number_format not in con_fraccion for c in celdas)))
    return columnas


def _arriba(filas: list, i: int) -> tuple | None:
    """(tipo, formato) de los valores de la columna `i`, si es uno solo."""
    vistos = Counter((_tipo(f[i].value), f[i].number_format) for f in filas
                     if i < len(f) and f[i].value not in (None, ""))
    return next(iter(vistos)) if len(vistos) == 1 else None


def celdas_del_libro(ruta, identificadores: set[str] | None = None):
    """Cada celda con valor de cada hoja (debajo de la fila de títulos), como `Celda`. Los títulos de los
    identificadores y el de «Moneda», en el idioma en curso (el del libro)."""
    from escritorio.dominio.traduccion import traducir

    if identificadores is None:
        identificadores = {traducir(t) for t in IDENTIFICADORES}
    moneda = traducir("Moneda")
    libro = load_workbook(ruta)
    try:
        for hoja in libro.worksheets:
            filas = [list(f) for f in hoja.iter_rows()]
            if len(filas) < 2:
                continue
            titulos = [c.value for c in filas[0]]
            cuerpo = filas[1:]
            total = cuerpo[-1] if len(cuerpo) > 1 and cuerpo[-1][0].font and cuerpo[-1][0].font.b else None
            datos = cuerpo[:-1] if total else cuerpo
            columnas = _columnas(titulos, cuerpo, identificadores, moneda)
            for fila in cuerpo:
                es_total = fila is total
                for i, c in enumerate(fila):
                    if c.value is None:
                        continue
                    columna = columnas[i] if i < len(columnas) else Columna(None)
                    yield Celda(hoja.title, c.coordinate, c.value, c.number_format, columna, es_total,
                                _arriba(datos, i) if es_total else None)
    finally:
        libro.close()


def faltas_de_celdas(ruta, reglas=REGLAS, identificadores: set[str] | None = None) -> dict[str, list[str]]:
    """Por regla, las celdas en falta (vacío: el libro cumple)."""
    faltas: dict[str, list[str]] = {r.nombre: [] for r in reglas}
    for celda in celdas_del_libro(ruta, identificadores):
        for regla in reglas:
            if regla.falta(celda):
                faltas[regla.nombre].append(str(celda))
    return {nombre: lista for nombre, lista in faltas.items() if lista}
