"""Escribir hojas de datos en .xlsx listas para el tesorero: encabezado en negrita y fijo, filtros,
anchos razonables, miles con separador y fechas dd/mm/aaaa.

Se usa el modo de solo escritura de openpyxl (rápido con decenas de miles de filas). El texto del
usuario es dato: nunca se convierte en fórmula («=HYPERLINK(…)», «+», «-», «@» al comienzo quedan como
texto, también al editar la celda). Y se escribe visible (`documentos.visible`): un carácter de control
guardado por una versión anterior se ve como [U+0007] en lugar de romper el archivo, y un texto más largo
que lo que admite una celda de Excel (32.767 caracteres) se recorta con la marca «… [recortado: tenía N
caracteres]». Un número de más de 15 cifras o una fecha anterior a 1900, que Excel no guarda, van como texto.

Los títulos de las columnas van en negrita y en varios renglones si no caben (`poner_encabezados`): impresos no
se cortan. Todo libro que escribe el programa pasa por aquí (`escribir_libro`, o `preparar_impresion` y `poner_propiedades`
para la matriz armada a mano): propiedades del documento (título; autor, la asociación) e impresión lista
(orientación según el ancho de la tabla, la fila de títulos repetida en cada página, ajuste al ancho de la
página, márgenes de 1,3 cm a los lados, el papel de la asociación, título arriba y «Página N de M» abajo).
Las columnas de año (FORMATO_ANIO) van como número sin separador de miles; una fecha-hora, con día y hora.
"""

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from escritorio.dominio.traduccion import traducir
from escritorio.dominio import formato

from ..visible import recortar, visible
from .celdas_con_formato import CeldaConFormato, acelerar
from .filas_xml import TEXTOS_GUARDADOS, Columnas, FilaCruda, con_estilo, filas_crudas
from ..temporales import limpiar_restos

FORMATO_MILES = "#,##0"
FORMATO_FECHA = "DD/MM/YYYY"
FORMATO_IMPORTE = "#,##0.00"
FORMATO_ANIO = "0"  # 2024, nunca «2.024»
FORMATO_FECHA_HORA = "DD/MM/YYYY HH:MM:SS"
PROGRAMA = "Escritorio"
# Ancho (en unidades de columna de Excel) que entra en una hoja vertical casi sin achicar: A4 o carta con
# márgenes de 1,3 cm dejan unos 18,5 cm, unas 100 unidades. Una tabla más ancha se imprime apaisada.
ANCHO_VERTICAL = 100
# Tamaño de papel de Excel según el de la asociación (asociaciones.papel). Oficio (216 × 340 mm) no es un tamaño
# de Excel: Folio (216 × 330 mm) es el más cercano que no corta nada, y el ajuste al ancho hace el resto.
_PAPEL_EXCEL = {"A4": 9, "Carta": 1, "Oficio": 14}
_INICIOS_PELIGROSOS = ("=", "+", "-", "@")
LARGO_CELDA = 32_767  # lo más que Excel guarda en una celda
_LIMITE_EXACTO = 10**15
_PRIMERA_FECHA = date(1900, 3, 1)  # antes, Excel cuenta mal (el 29/02/1900 que no existió) o no tiene fechas


@dataclass(frozen=True)
class ColumnaHoja:
    encabezado: str
    ancho: float = 14
    formato: str | None = None  # FORMATO_MILES, FORMATO_FECHA…
    ajustar: bool = False  # texto largo (un detalle, un motivo): en varios renglones dentro del ancho


@dataclass(frozen=True)
class ConFormato:
    """Un número (o una fecha) con su propio formato en una columna de valores de distinta clase (la columna «Valor»
    del resumen de la memoria: cantidades, importes en USD, porcentajes, el período): se escribe con `formato`."""

    valor: int | Decimal | float | date
    formato: str


def formato_de_moneda(moneda: str) -> str:
    """El formato de número de Excel de un importe que muestra su moneda: «"USD "#,##0.00» (sin decimales para una
    moneda que no los tiene)."""
    decimales = formato.decimales(moneda)
    return f'"{moneda} "#,##0' + (f".{'0' * decimales}" if decimales else "")


@dataclass
class Hoja:
    titulo: str
    columnas: Sequence[ColumnaHoja]
    filas: Iterable[Sequence]
    totales: Sequence | None = None  # fila final en negrita


@dataclass(frozen=True)
class Propiedades:
    """Lo que el libro dice de sí mismo: título y autor (la asociación) en Archivo > Propiedades, y el papel
    de la asociación para imprimir. Sin autor (un libro que no es de una asociación), el autor es el programa."""

    titulo: str | None = None
    autor: str | None = None
    papel: str | None = None


def _texto_de_propiedad(texto: str | None, largo: int = 200) -> str | None:
    texto = recortar(visible((texto or "").strip()), largo)
    return texto or None


def poner_propiedades(libro: Workbook, propiedades: Propiedades) -> None:
    """Título y autor del libro (no «openpyxl»): el autor es la asociación; «modificado por», el programa."""
    libro.properties.title = _texto_de_propiedad(propiedades.titulo)
    libro.properties.creator = _texto_de_propiedad(propiedades.autor) or PROGRAMA
    libro.properties.lastModifiedBy = PROGRAMA


def _encabezado_impresion(texto: str) -> str:
    """Un texto para el encabezado o el pie de página: «&» es un código allí y se duplica; Excel admite 255
    caracteres en todo el encabezado."""
    return recortar(visible(texto), 120).replace("&", "&&")


def preparar_impresion(hoja, *, ancho: float, titulo: str | None = None, autor: str | None = None,
                       papel: str | None = None, filas_titulo: str = "1:1", columnas_titulo: str | None = None) -> None:
    """Impresión lista para una hoja (también de solo escritura: se llama antes de agregar filas).

    Vertical si la tabla cabe (`ancho` en unidades de columna), apaisada si no; siempre ajustada al ancho de
    una página (todas las páginas que haga falta hacia abajo), con `filas_titulo` repetidas arriba de cada
    página, márgenes de 1,3 cm a los lados y 1,9 cm arriba y abajo, líneas de la cuadrícula, el título del
    libro y la hoja en el encabezado, y la asociación y «Página N de M» al pie."""
    configuracion = hoja.page_setup
    configuracion.orientation = "portrait" if ancho <= ANCHO_VERTICAL else "landscape"
    configuracion.fitToWidth = 1
    configuracion.fitToHeight = 0
    hoja.sheet_properties.pageSetUpPr.fitToPage = True
    if papel in _PAPEL_EXCEL:
        configuracion.paperSize = _PAPEL_EXCEL[papel]
    hoja.page_margins = PageMargins(left=0.5, right=0.5, top=0.75, bottom=0.75, header=0.3, footer=0.3)
    hoja.print_options.gridLines = True
    hoja.print_options.horizontalCentered = True
    hoja.print_title_rows = filas_titulo
    if columnas_titulo:
        hoja.print_title_cols = columnas_titulo
    arriba = f"{titulo} — {hoja.title}" if titulo and titulo != hoja.title else hoja.title
    hoja.oddHeader.center.text = _encabezado_impresion(arriba)
    if autor:
        hoja.oddFooter.left.text = _encabezado_impresion(autor)
    # &P y &N son los códigos de Excel del número de página y del total: van fuera del texto que se traduce.
    hoja.oddFooter.right.text = traducir("Página {0} de {1}").replace("&", "&&").format("&P", "&N")


def texto_de_celda(valor: str) -> str:
    """El texto tal como va en la celda: visible (sin caracteres que Excel no admite) y de hasta 32.767."""
    return recortar(visible(valor), LARGO_CELDA)


def es_peligroso(texto: str) -> bool:
    """True si Excel tomaría `texto` por fórmula («=…», «+…», «-…», «@…») o por error («#N/A»)."""
    return texto.startswith(_INICIOS_PELIGROSOS) or texto in ERROR_CODES


def _celda_texto(hoja, valor: str) -> Cell:
    """Una cadena que Excel podría tomar por fórmula ('=HYPERLINK(…)') se guarda como texto."""
    celda = WriteOnlyCell(hoja)
    celda._value = valor  # sin pasar por el tipo que openpyxl deduciría («=…» sería fórmula)
    celda.data_type = "s"
    celda.quotePrefix = True  # al editarla en Excel sigue siendo texto
    return celda


def fuera_de_excel(valor: object) -> str | None:
    """El texto con que va un valor que Excel no puede guardar tal cual, o None si puede. Excel guarda 15 cifras
    significativas (999999999999999999 sería 1E+18) y fechas desde el 1/1/1900 (el 01/01/0001 de una versión
    anterior sería «#####»): esos valores van como texto, con todas sus cifras o la fecha dd/mm/aaaa."""
    clase = valor.__class__
    if clase is int:
        return None if -_LIMITE_EXACTO < valor < _LIMITE_EXACTO else str(valor)
    if clase is Decimal:
        return None if len(valor.as_tuple().digits) <= 15 else format(valor, "f")
    if clase is date:
        return None if valor >= _PRIMERA_FECHA else formato.fecha(valor)
    if clase is datetime:
        return None if valor.date() >= _PRIMERA_FECHA else formato.fecha_y_hora(valor, segundos=True)
    return None


def _texto_comun(valor: str) -> str | None:
    """El texto como va en la celda, o None si Excel lo tomaría por fórmula (va en su celda, `_texto`)."""
    texto = texto_de_celda(valor)
    return None if es_peligroso(texto) else texto


def _texto(hoja, valor: str) -> str | Cell:
    texto = texto_de_celda(valor)
    return _celda_texto(hoja, texto) if es_peligroso(texto) else texto


def _renglones(texto: str, ancho: float) -> int:
    """Cuántos renglones ocupa `texto` partido en una columna de `ancho` (unas 1,2 letras por unidad de ancho)."""
    por_renglon = max(1, int(ancho * 1.2))
    return sum(max(1, -(-len(parte) // por_renglon)) for parte in texto.split("\n"))


def renglones_del_encabezado(texto: str, ancho: float) -> int:
    """Cuántos renglones ocupa el título de una columna partido en palabras en una columna de `ancho`, en negrita
    (algo más ancha que la letra normal: se cuenta una letra por unidad de ancho, menos el margen de la celda). Una
    palabra más larga que la columna se parte donde caiga, como hacen Excel y LibreOffice."""
    por_renglon = max(1, int(ancho) - 1)
    renglones = 0
    for parte in texto.split("\n"):
        renglones += 1
        ocupado = 0
        for palabra in parte.split():
            necesita = len(palabra) + (1 if ocupado else 0)
            if ocupado and ocupado + necesita > por_renglon:
                renglones += 1
                ocupado, necesita = 0, len(palabra)
            if necesita > por_renglon:  # no entra ni sola: sigue en los renglones que haga falta
                renglones += (necesita - 1) // por_renglon
                necesita = (necesita - 1) % por_renglon + 1
            ocupado += necesita
    return max(1, renglones)


def ancho_para_el_encabezado(texto: str, ancho: float, maximo: float = 30) -> float:
    """`ancho`, o lo justo para que la palabra más larga del título entre entera en un renglón (hasta `maximo`):
    partida al medio («Contribuiç / ão») se lee mal, y en portugués las palabras son más largas."""
    palabra = max((len(p) for p in texto.split()), default=0)
    return max(ancho, min(maximo, palabra + 2))


def poner_encabezados(hoja, celdas: Sequence[Cell], anchos: Sequence[float], fila: int = 1) -> None:
    """Los títulos de las columnas en negrita y en varios renglones si no caben en el ancho (al imprimir no se
    cortan: «Año de la población», no «Año de la p»), con la fila tan alta como el más largo: Excel y LibreOffice
    no agrandan solos la fila de un libro recién escrito. Antes de escribir la fila (vale en solo escritura)."""
    renglones = 1
    for celda, ancho in zip(celdas, anchos):
        celda.font = _NEGRITA
        celda.alignment = _TITULO_EN_RENGLONES
        if isinstance(celda.value, str):
            renglones = max(renglones, renglones_del_encabezado(celda.value, ancho))
    if renglones > 1:
        hoja.row_dimensions[fila].height = min(409, 15 * renglones)


_NEGRITA = Font(bold=True)
# Lo que filas_xml escribe con el estilo de la celda de su columna sin dárselo a la celda (con_estilo).
_CON_ESTILO = frozenset((int, Decimal, float, date, datetime))
_TITULO_EN_RENGLONES = Alignment(wrap_text=True, vertical="bottom")


def _anio(valor: object) -> object:
    """En una columna de año, un año guardado como texto («2022») va como número."""
    if valor.__class__ is str:
        texto = valor.strip()
        if len(texto) == 4 and texto.isascii() and texto.isdigit():
            return int(texto)
    return valor


def _escribir_hoja(libro: Workbook, spec: Hoja, progreso: Callable[[int], None] | None,
                   propiedades: Propiedades | None = None) -> None:
    hoja = libro.create_sheet(spec.titulo)
    en_texto = acelerar(hoja)  # filas_xml: los números y las fechas con formato van en pares con_estilo
    anchos = [ancho_para_el_encabezado(texto_de_celda(columna.encabezado), columna.ancho) for columna in spec.columnas]
    for indice, ancho in enumerate(anchos, start=1):
        hoja.column_dimensions[get_column_letter(indice)].width = ancho
    hoja.freeze_panes = "A2"
    propiedades = propiedades or Propiedades()
    preparar_impresion(hoja, ancho=sum(anchos), titulo=propiedades.titulo, autor=propiedades.autor,
                       papel=propiedades.papel)
    anios = [i for i, columna in enumerate(spec.columnas) if columna.formato == FORMATO_ANIO]
    encabezado = [WriteOnlyCell(hoja, value=texto_de_celda(columna.encabezado)) for columna in spec.columnas]
    poner_encabezados(hoja, encabezado, anchos)
    hoja.append(encabezado)

    # Por columna: su celda con formato reutilizable, o None si la columna no lleva formato.
    con_formato = [CeldaConFormato(hoja, columna.formato, ajustar=columna.ajustar)
                   if columna.formato or columna.ajustar else None for columna in spec.columnas]
    ajustadas = {i for i, columna in enumerate(spec.columnas) if columna.ajustar}
    # Los textos ya preparados (visibles, recortados): país, moneda, el voto… se repiten en miles de filas.
    textos: dict[str, str] = {}

    def convertir(valores: list) -> int:
        """Los valores de la fila, convertidos en su lugar como los recibe `append`; cuántos renglones ocupa."""
        if len(valores) > len(con_formato):  # valores de más (sin encabezado) van sin formato
            con_formato.extend([None] * (len(valores) - len(con_formato)))
        renglones = 1
        for i, valor in enumerate(valores):
            if valor is None:
                continue
            clase = valor.__class__
            if clase is str:  # texto, aun en una columna de importes (un rótulo), nunca lleva formato
                texto = textos.get(valor)
                if texto is None:
                    texto = _texto(hoja, valor)
                    # una celda (texto peligroso) es de su fila: no se guarda; los únicos, tampoco (TEXTOS_GUARDADOS)
                    if texto.__class__ is str and len(textos) < TEXTOS_GUARDADOS:
                        textos[valor] = texto
                valores[i] = texto
                if i in ajustadas and valores[i].__class__ is str:  # en renglones (lo peligroso ya va en su celda)
                    renglones = max(renglones, _renglones(valores[i], spec.columnas[i].ancho))
                    celda = con_formato[i]
                    celda.value = valores[i]
                    valores[i] = celda
            elif clase is ConFormato:
                celda = WriteOnlyCell(hoja, value=valor.valor)
                celda.number_format = valor.formato
                valores[i] = celda
            elif (texto := fuera_de_excel(valor)) is not None:
                valores[i] = _texto(hoja, texto)
            elif (celda := con_formato[i]) is not None and not isinstance(valor, Cell):
                if en_texto and clase in _CON_ESTILO:
                    valores[i] = con_estilo(celda, valor)
                else:
                    celda.value = valor
                    valores[i] = celda
        return renglones

    # Sin columnas de texto en renglones (que cambian el alto de la fila), cada fila va cruda a filas_xml, que la
    # escribe desde los valores; lo que no sabe escribir así lo convierte `convertir`, como siempre.
    crudas = en_texto and not ajustadas
    if crudas:
        def preparar_fila(valores: list) -> list:
            convertir(valores)  # sin columnas en renglones: una fila cruda nunca cambia de alto
            return valores

        filas_crudas(hoja, Columnas(list(con_formato), _texto_comun, fuera_de_excel, preparar_fila))
    cantidad = 0
    for fila in spec.filas:
        valores = FilaCruda(fila) if crudas else list(fila)
        for i in anios:
            if i < len(valores):
                valores[i] = _anio(valores[i])
        if not crudas:
            renglones = convertir(valores)
            if renglones > 1:  # Excel y LibreOffice no agrandan solos la fila de un libro recién escrito
                hoja.row_dimensions[cantidad + 2].height = min(409, 15 * renglones)
        hoja.append(valores)
        cantidad += 1
        if progreso and cantidad % 1000 == 0:
            progreso(cantidad)
    if spec.totales is not None:
        fila_totales = []
        for valor, columna in zip(spec.totales, spec.columnas):
            valor = fuera_de_excel(valor) or valor
            celda = _texto(hoja, valor) if isinstance(valor, str) else WriteOnlyCell(hoja, value=valor)
            if not isinstance(celda, Cell):
                celda = WriteOnlyCell(hoja, value=celda)
            celda.font = _NEGRITA
            if columna.formato and valor is not None:
                celda.number_format = columna.formato
            fila_totales.append(celda)
        hoja.append(fila_totales)
    ultima_fila = cantidad + 1
    hoja.auto_filter.ref = f"A1:{get_column_letter(len(spec.columnas))}{ultima_fila}"
    # Se imprime la tabla y nada más: un texto largo que desborda su celda no suma columnas vacías a la página.
    hoja.print_area = f"A1:{get_column_letter(len(spec.columnas))}{ultima_fila + (spec.totales is not None)}"


# Compresión del .xlsx (zlib, de 1 a 9). openpyxl usa la de zlib (6): la hoja de la morosidad de 16.000 miembros son
# 8 MB de XML, 0,07 s de procesador para comprimirla; con 3, 0,03 s y un archivo un 10 % más grande (810 KB en lugar
# de 740 KB). El contenido es el mismo.
COMPRESION = 3


def guardar_libro(libro: Workbook, archivo) -> None:
    """`libro.save(archivo)` de openpyxl, con la compresión COMPRESION en lugar de la de zlib."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if libro.write_only and not libro.worksheets:
        libro.create_sheet()
    libro.properties.modified = datetime.now(tz=timezone.utc).replace(tzinfo=None)
    ExcelWriter(libro, ZipFile(archivo, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=COMPRESION)).save()


def escribir_libro(ruta: Path | str, hojas: Sequence[Hoja], progreso: Callable[[int], None] | None = None,
                   propiedades: Propiedades | None = None) -> Path:
    """Escribe el libro a un temporal y lo mueve al final: un fallo no deja un archivo a medias.

    El temporal se abre antes de generar filas: si la carpeta no admite escritura, falla en seco.
    `propiedades`: título, autor (la asociación) y papel; sin título, el de la primera hoja.
    """
    propiedades = propiedades or Propiedades()
    if propiedades.titulo is None and hojas:
        propiedades = Propiedades(hojas[0].titulo, propiedades.autor, propiedades.papel)
    ruta = Path(ruta)
    limpiar_restos(ruta.parent if str(ruta.parent) else ".")  # los que dejó un proceso que murió a mitad
    temporal = ruta.with_name(f".{ruta.stem}.parcial.xlsx")
    try:
        with open(temporal, "wb") as archivo:
            libro = Workbook(write_only=True)
            poner_propiedades(libro, propiedades)
            for spec in hojas:
                _escribir_hoja(libro, spec, progreso, propiedades)
            guardar_libro(libro, archivo)
        os.replace(temporal, ruta)
    finally:
        temporal.unlink(missing_ok=True)
    return ruta


def fecha_o_nada(texto: str | None) -> date | None:
    return date.fromisoformat(texto) if texto else None


# Los nombres de hoja: Excel admite 31 caracteres, sin []:*?/\, y no repite uno (sin distinguir mayúsculas).
_LARGO_NOMBRE_HOJA = 31
_PROHIBIDOS_EN_HOJA = re.compile(r"[\[\]:*?/\\]")


def _corto(texto: str, largo: int) -> str:
    """Hasta `largo` caracteres sin cortar una palabra ni terminar en una palabrita («de», «y», «al»)."""
    if len(texto) <= largo:
        return texto
    palabras = texto[:largo + 1].split(" ")[:-1] or [texto[:largo]]
    while len(palabras) > 1 and len(palabras[-1]) <= 2:
        palabras.pop()
    return " ".join(palabras)


def nombre_de_hoja(titulo: str, usados: set[str]) -> str:
    """Un nombre de hoja válido para Excel (31 caracteres, sin []:*?/\\) y distinto de los ya usados."""
    base = " ".join(_PROHIBIDOS_EN_HOJA.sub(" ", titulo).split()).strip("'") or traducir("Hoja")
    nombre, n = _corto(base, _LARGO_NOMBRE_HOJA), 2
    while nombre.casefold() in usados:
        sufijo = f" ({n})"
        nombre, n = _corto(base, _LARGO_NOMBRE_HOJA - len(sufijo)) + sufijo, n + 1
    usados.add(nombre.casefold())
    return nombre
