"""Cuotas y pagos sin círculo de imports (issue #16): la emisión (servicios.emision_de_cuotas) aplica los saldos a
favor de servicios.pagos, y pagos no importa ni cuotas ni la emisión (la escala que rige un año la arma Escala.de_fila
del dominio). Ningún import dentro de una función para esquivarlo."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SERVICIOS = Path(__file__).resolve().parents[2] / "escritorio" / "servicios"


def _imports(archivo: str) -> tuple[set[str], list[tuple[int, str]]]:
    """(módulos de servicios importados arriba, [(línea, módulo)] importados dentro de una función)."""
    arbol = ast.parse((SERVICIOS / archivo).read_text(encoding="utf-8"))
    arriba = {n.module for n in arbol.body if isinstance(n, ast.ImportFrom) and n.level == 1 and n.module}
    adentro = [(n.lineno, n.module or "") for f in ast.walk(arbol) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
               for n in ast.walk(f) if isinstance(n, (ast.Import, ast.ImportFrom))]
    return arriba, adentro


def test_pagos_no_importa_cuotas_y_la_emision_importa_pagos_arriba():
    arriba_pagos, adentro_pagos = _imports("pagos.py")
    arriba_emision, adentro_emision = _imports("emision_de_cuotas.py")
    assert not {"cuotas", "emision_de_cuotas"} & arriba_pagos and not adentro_pagos, adentro_pagos
    assert "pagos" in arriba_emision and not adentro_emision, adentro_emision


@pytest.mark.proceso  # lo mira en un proceso nuevo
def test_cada_uno_se_importa_primero_sin_el_otro_cargado():
    """En un proceso nuevo, importar pagos no carga cuotas; importar la emisión primero también funciona."""
    codigo = ("import sys, escritorio.servicios.pagos as p; assert 'escritorio.servicios.cuotas' not in sys.modules; "
              "print(p.moneda_de_cargos.__name__)")
    salida = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True, check=True)
    assert salida.stdout.strip() == "moneda_de_cargos"
    codigo = "import escritorio.servicios.emision_de_cuotas as c; print(c.aplicar_saldos_a_favor.__module__)"
    salida = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True, check=True)
    assert salida.stdout.strip() == "escritorio.servicios.pagos"
