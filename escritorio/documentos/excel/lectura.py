"""Leer una tabla de un archivo .xlsx o .csv: encabezados y filas numeradas como las muestra la hoja."""

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...errores import ErrorEscritorio

EXTENSIONES = (".xlsx", ".csv")
_CODIFICACIONES_CSV = ("utf-8-sig", "cp1252")


@dataclass
class Tabla:
    """`filas` rinde (número de fila en la hoja, valores) y omite las filas totalmente vacías."""

    encabezados: list
    filas: Iterator[tuple[int, tuple]]
    hoja: str | None = None


def _fila_vacia(valores) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in valores)


def _leer_xlsx(ruta: Path) -> Tabla:
    from openpyxl import load_workbook  # solo al importar: la CLI arranca más rápido sin openpyxl

    try:
        libro = load_workbook(ruta, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ErrorEscritorio(
            f"No se puede leer {ruta.name} como libro de Excel (.xlsx): {error}. "
            "Ábralo en Excel o LibreOffice y guárdelo de nuevo como .xlsx.") from None
    hoja = libro.worksheets[0]
    filas = hoja.iter_rows(values_only=True)
    primera = hoja.min_row or 1
    try:
        encabezados = list(next(filas))
    except StopIteration:
        libro.close()
        raise ErrorEscritorio(f"La primera hoja de {ruta.name} («{hoja.title}») está vacía.") from None

    def resto():
        try:
            for numero, valores in enumerate(filas, start=primera + 1):
                if not _fila_vacia(valores):
                    yield numero, valores
        finally:
            libro.close()

    return Tabla(encabezados, resto(), hoja.title)


def _decodificar(ruta: Path) -> str:
    datos = ruta.read_bytes()
    if datos.startswith((b"\xff\xfe", b"\xfe\xff")):  # «Texto Unicode» de Excel: UTF-16 con BOM
        return datos.decode("utf-16")
    for codificacion in _CODIFICACIONES_CSV:
        try:
            return datos.decode(codificacion)
        except UnicodeDecodeError:
            continue
    raise ErrorEscritorio(f"{ruta.name} no está en UTF-8 ni en Windows-1252; guárdelo como «CSV UTF-8».")


def _separador(primera_linea: str) -> str:
    """El separador es el que aparece en la línea de encabezados: ';' (Excel en español) o ','."""
    return ";" if primera_linea.count(";") >= primera_linea.count(",") and ";" in primera_linea else ","


def _leer_csv(ruta: Path) -> Tabla:
    texto = _decodificar(ruta)
    primera_linea = texto.split("\n", 1)[0]
    if not primera_linea.strip():
        raise ErrorEscritorio(f"{ruta.name} está vacío o su primera fila no tiene encabezados.")
    # newline="" deja al lector de csv los saltos de línea dentro de celdas entre comillas.
    lector = csv.reader(io.StringIO(texto, newline=""), delimiter=_separador(primera_linea))

    def siguiente():
        try:
            return next(lector)
        except csv.Error as error:
            raise ErrorEscritorio(
                f"{ruta.name}, fila {lector.line_num + 1}: no se puede leer ({error}). Revise que las comillas "
                "estén cerradas y que ninguna celda sea enorme.") from None

    encabezados = siguiente()

    def resto():
        # Cada registro es una fila de la hoja (también las líneas en blanco, que el lector devuelve
        # vacías); una celda entre comillas con saltos de línea sigue siendo una sola fila.
        fila = 1
        while True:
            try:
                valores = siguiente()
            except StopIteration:
                return
            fila += 1
            if not _fila_vacia(valores):
                yield fila, tuple(valores)

    return Tabla(encabezados, resto())


def leer_tabla(ruta: Path | str) -> Tabla:
    ruta = Path(ruta)
    if not ruta.is_file():
        raise ErrorEscritorio(f"No existe el archivo {ruta}.")
    extension = ruta.suffix.lower()
    if extension == ".xlsx":
        return _leer_xlsx(ruta)
    if extension == ".csv":
        return _leer_csv(ruta)
    raise ErrorEscritorio(
        f"{ruta.name}: formato no admitido. Use un libro de Excel (.xlsx) o un archivo .csv "
        "(si es .xls, guárdelo como .xlsx).")
