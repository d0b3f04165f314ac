"""Exportar 16.000 miembros (la base de una tesorería de verdad, tests/rendimiento/bases.py) a .xlsx frente a openpyxl
en modo de solo escritura volcando las mismas filas.

Objetivo del issue: razón ≤ 1,5. La medición de Escritorio incluye la consulta a la base.
"""

import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook

import bases
from comun import informar, medir
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.padron import _fila_xlsx, exportar_padron_xlsx

CANTIDAD = 16_000


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = Path(temporal)
        ruta = bases.copia(CANTIDAD, carpeta / "escritorio.db")
        asociacion = bases.asociacion_de(ruta)
        db = abrir_base(ruta, crear=False)
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
