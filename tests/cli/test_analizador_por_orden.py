"""Para correr una orden se arma solo el analizador de su módulo (y se importa solo ese módulo): la orden se
entiende igual que con el analizador entero, y la ayuda general sigue listando todas."""

import subprocess
import sys

import pytest

from escritorio.cli import REGISTRO, construir_analizador, orden_pedida


def _subanalizadores(analizador) -> dict:
    accion = next(a for a in analizador._actions if a.dest == "orden")
    return accion.choices


def _ayudas(analizador, prefijo=()) -> dict[tuple, str]:
    """La ayuda de cada orden y suborden, recorriendo el árbol."""
    ayudas = {prefijo: analizador.format_help()}
    for accion in analizador._actions:
        if accion.__class__.__name__ == "_SubParsersAction":
            for nombre, sub in accion.choices.items():
                ayudas.update(_ayudas(sub, (*prefijo, nombre)))
    return ayudas


@pytest.mark.parametrize("orden", sorted(REGISTRO))
def test_cada_orden_sola_se_arma_igual_que_en_el_analizador_entero(orden):
    entero = _subanalizadores(construir_analizador())
    solo = _subanalizadores(construir_analizador(orden))
    assert orden in solo
    assert _ayudas(solo[orden]) == _ayudas(entero[orden])


def test_el_analizador_entero_tiene_todas_las_ordenes_del_registro_y_nada_mas():
    assert set(_subanalizadores(construir_analizador())) == set(REGISTRO)


@pytest.mark.parametrize("argv, orden", [
    (["cuotas", "emitir", "2026"], "cuotas"),
    (["--db", "cuotas", "miembros", "listar"], "miembros"),   # «cuotas» es el valor de --db
    (["--db=red.db", "--operador", "Ana", "pagos"], "pagos"),
    (["--help", "cuotas"], None),
    ([], None),
])
def test_la_orden_pedida(argv, orden):
    assert orden_pedida(argv) == orden


def test_una_orden_no_importa_los_modulos_de_las_otras(tmp_path):
    programa = ("import sys\nfrom escritorio.cli import principal\n"
                f"principal(['--db', {str(tmp_path / 'x.db')!r}, 'asociacion', 'listar'])\n"
                "print(sorted(m for m in sys.modules if m.startswith('escritorio.cli.') and m != 'escritorio.cli.'))")
    salida = subprocess.run([sys.executable, "-c", programa], capture_output=True, text=True, check=True)
    modulos = eval(salida.stdout.strip().splitlines()[-1])
    assert "escritorio.cli.asociacion" in modulos
    assert not {"escritorio.cli.cuotas", "escritorio.cli.sesiones", "escritorio.cli.firmas"} & set(modulos)
