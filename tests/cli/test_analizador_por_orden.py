"""Para correr una orden se arma solo el analizador de su módulo (y se importa solo ese módulo): la orden se
entiende igual que con el analizador entero, y la ayuda general sigue listando todas."""

import subprocess
import sys

import pytest

from escritorio.cli import REGISTRO, construir_analizador, orden_pedida, principal


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
    (["--help"], None),
    ([], ""),                                                 # sin orden: la ventana
    (["--db", "red.db"], ""),
])
def test_la_orden_pedida(argv, orden):
    assert orden_pedida(argv) == orden


@pytest.mark.proceso  # lanza otro programa
def test_sin_orden_se_abre_la_ventana_sin_armar_ninguna_orden(tmp_path):
    """Sin orden se arma solo lo general: «--db» llega a la ventana, --version responde y una opción desconocida
    da el error de siempre (estado 2), sin importar el módulo de ninguna orden."""
    pedidas = []
    assert principal(["--db", str(tmp_path / "red.db")], ventana=pedidas.append) == 0
    assert pedidas == [str(tmp_path / "red.db")]
    assert _subanalizadores(construir_analizador("")) == {}
    programa = ("import sys\nfrom escritorio.cli import principal\n"
                "principal(['--db', 'x.db'], ventana=lambda ruta: 0)\n"
                "print(sorted(m for m in sys.modules if m.startswith('escritorio.cli.')))")
    salida = subprocess.run([sys.executable, "-c", programa], capture_output=True, text=True, check=True)
    assert [m for m in eval(salida.stdout.strip().splitlines()[-1]) if m not in ("escritorio.cli.comun",
                                                                                  "escritorio.cli.argumentos")] == []
    version = subprocess.run([sys.executable, "-m", "escritorio", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("Escritorio ")
    desconocida = subprocess.run([sys.executable, "-m", "escritorio", "--ventana-grande"], capture_output=True,
                                 text=True)
    assert desconocida.returncode == 2 and "--ventana-grande" in desconocida.stderr and "Traceback" not in desconocida.stderr


@pytest.mark.proceso  # lanza otro programa
def test_una_orden_no_importa_los_modulos_de_las_otras(tmp_path):
    programa = ("import sys\nfrom escritorio.cli import principal\n"
                f"principal(['--db', {str(tmp_path / 'x.db')!r}, 'asociacion', 'listar'])\n"
                "print(sorted(m for m in sys.modules if m.startswith('escritorio.cli.') and m != 'escritorio.cli.'))")
    salida = subprocess.run([sys.executable, "-c", programa], capture_output=True, text=True, check=True)
    modulos = eval(salida.stdout.strip().splitlines()[-1])
    assert "escritorio.cli.asociacion" in modulos
    assert not {"escritorio.cli.cuotas", "escritorio.cli.sesiones", "escritorio.cli.firmas"} & set(modulos)


def _hojas(analizador, prefijo=()):
    """Cada orden que corre algo (tiene su función), con su camino en el árbol."""
    for accion in analizador._actions:
        if accion.__class__.__name__ == "_SubParsersAction":
            for nombre, sub in accion.choices.items():
                if sub.get_default("funcion") is not None:
                    yield (*prefijo, nombre), sub
                yield from _hojas(sub, (*prefijo, nombre))


def test_cada_orden_dice_sus_errores_de_uso_con_su_propio_analizador():
    """Una orden que rechaza una combinación de opciones («--articulo» con «--quitar») lo dice con la ayuda de esa
    orden; antes «asociacion agrupacion» no tenía el suyo y el error de uso salía como «error inesperado»."""
    hojas = dict(_hojas(construir_analizador()))
    assert len(hojas) > 100
    sin_el_suyo = [" ".join(c) for c, sub in hojas.items() if sub.get_default("analizador") is not sub]
    assert sin_el_suyo == []


def test_agrupacion_quitar_con_articulo_es_un_error_de_uso(base_cli, cli):
    hecho = cli("asociacion", "agrupacion", "Región", "Europa", "--quitar", "--articulo", "Estatuto, art. 9",
                db=base_cli)
    assert hecho.returncode == 2, hecho.stderr
    assert "--articulo va al definir el grupo, no al quitar" in hecho.stderr
    assert "inesperado" not in hecho.stderr
