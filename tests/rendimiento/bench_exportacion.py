"""Exportar 16.000 miembros a .xlsx frente a openpyxl en modo de solo escritura volcando las mismas filas.

Objetivo del issue: razón ≤ 1,5. La medición de Escritorio incluye la consulta a la base.
"""

import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook

from comun import escribir_xlsx, filas_miembros, informar, medir
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.padron import _fila_xlsx, exportar_padron_xlsx

CANTIDAD = 16_000


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = Path(temporal)
        db = abrir_base(carpeta / "escritorio.db")
        asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de prueba", sigla="RP"))
        importar_miembros(Contexto(db, asociacion), escribir_xlsx(carpeta / "origen.xlsx", filas_miembros(CANTIDAD)))
        filas = [_fila_xlsx(m) for m in listar_miembros(Contexto(db, asociacion))]  # las mismas filas que se exportan

        def linea_base():
            libro = Workbook(write_only=True)
            hoja = libro.create_sheet("Padrón")
            for fila in filas:
                hoja.append(fila)
            libro.save(carpeta / "base.xlsx")

        base = medir(linea_base)
        nuestro = medir(lambda: exportar_padron_xlsx(Contexto(db, asociacion), carpeta / "padron.xlsx"))
        return informar(f"Exportación de {CANTIDAD} miembros (.xlsx)", base, nuestro, 1.5)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
