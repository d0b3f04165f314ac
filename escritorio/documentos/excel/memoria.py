"""La memoria anual en un libro de Excel: una hoja «Resumen» con las cifras de cada sección, una hoja por tabla (con
sus totales), una con los datos de los gráficos y una con los textos de la secretaría.

Escribe lo que arma `servicios.memoria.anual` (`dominio.memoria.Memoria`) sin saber qué sección es. Los valores van como
números, fechas e importes de Excel (una columna de importes de una sola moneda lleva la moneda en su título; con
varias monedas, el texto «USD 10,00 · ARS 5,00»). Todo pasa por `escritura.escribir_libro`: el texto es dato (nunca
una fórmula), el libro se escribe entero o nada.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from escritorio.dominio import formato
from escritorio.dominio.memoria import Cifras, Dinero, Grafico, Memoria, Porcentaje, Tabla, TextoLibre, texto_de
from escritorio.dominio.traduccion import traducir

from .escritura import (nombre_de_hoja, FORMATO_FECHA, FORMATO_IMPORTE, FORMATO_MILES, ColumnaHoja, ConFormato, Hoja, Propiedades,
                        escribir_libro, formato_de_moneda)

FORMATO_PORCENTAJE = "0%"
_MONEDA = re.compile(r"[A-Z]{3}")   # la unidad de un gráfico de importes es su moneda (ISO 4217)
def _moneda_unica(valores: list) -> str | None:
    """La moneda, si todos los importes de la columna son de una sola y la misma."""
    monedas = {m for v in valores if isinstance(v, Dinero) for m, _ in v.importes}
    solo_dinero = all(isinstance(v, Dinero) or v is None for v in valores)
    return monedas.pop() if solo_dinero and len(monedas) == 1 else None


def _importe(valor: Dinero | None, moneda: str) -> Decimal | None:
    if valor is None or not valor.importes:
        return Decimal(0)
    return Decimal(dict(valor.importes).get(moneda, 0)).scaleb(-formato.decimales(moneda))


def _columnas(tabla: Tabla) -> tuple[list[ColumnaHoja], list]:
    """Las columnas de la hoja y, por columna, cómo se escribe cada valor."""
    columnas: list[ColumnaHoja] = []
    convertir: list = []
    if tabla.agrupada_por:
        columnas.append(ColumnaHoja(tabla.agrupada_por, 28, ajustar=True))
    for i, columna in enumerate(tabla.columnas):
        valores = [f.celdas[i] for f in tabla.filas] + ([tabla.total[i]] if tabla.total else [])
        ancho = max(10.0, min(50.0, 9 * columna.peso))
        moneda = _moneda_unica(valores)
        if moneda is not None:
            columnas.append(ColumnaHoja(f"{columna.titulo} ({moneda})", max(ancho, 14), FORMATO_IMPORTE))
            convertir.append(lambda v, m=moneda: _importe(v, m) if isinstance(v, Dinero) or v is None else v)
        elif any(isinstance(v, Porcentaje) for v in valores):
            columnas.append(ColumnaHoja(columna.titulo, ancho, FORMATO_PORCENTAJE))
            convertir.append(lambda v: (v.parte / v.total if v.total else None) if isinstance(v, Porcentaje) else v)
        elif all(isinstance(v, int) and not isinstance(v, bool) or v is None for v in valores[:len(tabla.filas)]) \
                and tabla.filas:
            columnas.append(ColumnaHoja(columna.titulo, max(ancho, 11), FORMATO_MILES))
            convertir.append(lambda v: v)
        elif any(isinstance(v, date) for v in valores):
            columnas.append(ColumnaHoja(columna.titulo, max(ancho, 12), FORMATO_FECHA))
            convertir.append(lambda v: v)
        else:
            columnas.append(ColumnaHoja(columna.titulo, ancho, ajustar=ancho >= 24))
            convertir.append(lambda v: texto_de(v) if isinstance(v, (Dinero, Porcentaje)) else v)
    return columnas, convertir


def _hoja_de_tabla(tabla: Tabla, usados: set[str]) -> Hoja:
    columnas, convertir = _columnas(tabla)
    filas = []
    for f in tabla.filas:
        valores = [c(v) for c, v in zip(convertir, f.celdas)]
        filas.append([f.grupo, *valores] if tabla.agrupada_por else valores)
    if not filas:   # sin filas: lo que dice la memoria («Sin bajas en 2026.»)
        filas = [[tabla.vacio] + [None] * (len(columnas) - 1)]
    totales = None
    if tabla.total and tabla.filas:
        totales = [c(v) for c, v in zip(convertir, tabla.total)]
        totales = ["", *totales] if tabla.agrupada_por else totales
    return Hoja(nombre_de_hoja(tabla.hoja or tabla.titulo, usados), columnas, filas, totales)


def _numero(valor: float) -> int | Decimal:
    """Un valor de un gráfico (cantidad o importe en unidades de la moneda) como número de Excel exacto."""
    return int(valor) if float(valor).is_integer() else Decimal(str(valor))


def _formato_del_grafico(grafico: Grafico) -> str:
    """El formato de los valores de un gráfico: un importe, con su moneda («"USD "#,##0.00»), si la unidad del gráfico
    es una moneda; una cantidad (miembros), sin decimales: 67, no 67,00."""
    return formato_de_moneda(grafico.unidad) if _MONEDA.fullmatch(grafico.unidad or "") else FORMATO_MILES


def _valor_de_cifra(valor) -> object:
    """Una cifra del resumen como número de Excel: un importe de una moneda con el formato que la muestra
    («USD 22.108,34» es el número 22108,34 con formato «"USD "#,##0.00»), un porcentaje con «0%». Solo un importe
    de varias monedas queda en texto («USD 10,00 · ARS 5,00»): no es un número."""
    if isinstance(valor, Dinero):
        if len(valor.importes) == 1:
            moneda = valor.importes[0][0]
            return ConFormato(_importe(valor, moneda), formato_de_moneda(moneda))
        return texto_de(valor)
    if isinstance(valor, Porcentaje):
        return ConFormato(valor.parte / valor.total, FORMATO_PORCENTAJE) if valor.total else texto_de(valor)
    return valor


def _periodo(memoria: Memoria) -> list[list]:
    """El período de la memoria en dos fechas de Excel («Desde» el 1 de enero, «Hasta» el corte), no el texto del
    papel («Del 1 de enero de 2026 al 23 de noviembre de 2026»)."""
    return [[memoria.titulo, traducir("Desde"), ConFormato(date(memoria.anio, 1, 1), FORMATO_FECHA)],
            [memoria.titulo, traducir("Hasta"), ConFormato(memoria.al, FORMATO_FECHA)]]


def escribir_memoria_xlsx(ruta: Path | str, memoria: Memoria, propiedades: Propiedades | None = None) -> int:
    """Escribe el libro y devuelve cuántas hojas tiene."""
    usados: set[str] = set()
    resumen, textos, graficos, tablas = [], [], [], []
    for numero, seccion in enumerate(memoria.secciones, start=1):
        titulo = f"{numero}. {seccion.titulo}"
        for bloque in seccion.bloques:
            if isinstance(bloque, Cifras):
                resumen += [[titulo, c.rotulo, _valor_de_cifra(c.valor)] for c in bloque.cifras]
            elif isinstance(bloque, TextoLibre):
                textos.append([titulo, bloque.texto])
            elif isinstance(bloque, Grafico):
                formato_del_valor = _formato_del_grafico(bloque)
                for serie in bloque.series:
                    graficos += [[bloque.titulo, etiqueta, serie.nombre, ConFormato(_numero(valor), formato_del_valor)]
                                 for etiqueta, valor in zip(bloque.etiquetas, serie.valores)]
            elif isinstance(bloque, Tabla):
                tablas.append(bloque)
    hojas = [Hoja(nombre_de_hoja(traducir("Resumen"), usados),
                  [ColumnaHoja(traducir("Sección"), 30), ColumnaHoja(traducir("Dato"), 34),
                   ColumnaHoja(traducir("Valor"), 28, FORMATO_MILES)],
                  [*_periodo(memoria), *resumen])]
    hojas += [_hoja_de_tabla(t, usados) for t in tablas]
    if graficos:
        hojas.append(Hoja(nombre_de_hoja(traducir("Gráficos"), usados),
                          [ColumnaHoja(traducir("Gráfico"), 36), ColumnaHoja(traducir("Rótulo"), 30),
                           ColumnaHoja(traducir("Serie"), 14), ColumnaHoja(traducir("Valor"), 18, FORMATO_IMPORTE)],
                          graficos))
    if textos:
        hojas.append(Hoja(nombre_de_hoja(traducir("Textos"), usados),
                          [ColumnaHoja(traducir("Sección"), 30), ColumnaHoja(traducir("Texto"), 100, ajustar=True)],
                          textos))
    escribir_libro(ruta, hojas, propiedades=propiedades)
    return len(hojas)
