"""Importar 16.000 miembros desde .xlsx frente a: lectura read-only de openpyxl + executemany a una tabla plana.

Objetivo del issue: razón ≤ 1,5.
"""

import itertools
import sqlite3
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook

from comun import escribir_xlsx, filas_miembros, informar, medir
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros

CANTIDAD = 16_000


def linea_base(archivo: Path, carpeta: Path) -> None:
    ruta = carpeta / f"base-{next(_contador)}.db"
    conn = sqlite3.connect(ruta)
    conn.execute("CREATE TABLE filas (" + ", ".join(f"c{i}" for i in range(13)) + ")")
    libro = load_workbook(archivo, read_only=True, data_only=True)
    filas = libro.worksheets[0].iter_rows(min_row=2, values_only=True)
    with conn:
        conn.executemany("INSERT INTO filas VALUES (" + ", ".join("?" * 13) + ")", filas)
    libro.close()
    conn.close()


def escritorio(archivo: Path, carpeta: Path) -> None:
    db = abrir_base(carpeta / f"escritorio-{next(_contador)}.db")
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de prueba", sigla="RP"))
    resultado = importar_miembros(Contexto(db, asociacion), archivo)
    assert resultado.nuevos == CANTIDAD, resultado
    db.close()


_contador = itertools.count()


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = Path(temporal)
        archivo = escribir_xlsx(carpeta / "padron.xlsx", filas_miembros(CANTIDAD))
        base = medir(lambda: linea_base(archivo, carpeta))
        nuestro = medir(lambda: escritorio(archivo, carpeta))
        return informar(f"Importación de {CANTIDAD} miembros (.xlsx)", base, nuestro, 1.5)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
