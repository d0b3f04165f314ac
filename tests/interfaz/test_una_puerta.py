"""Una puerta: la ventana y la línea de órdenes trabajan con la oficina (servicios/oficina.py) y ninguna área anuncia
a mano lo que guardó. Se lee el código con `ast`, y cada regla trae su prueba de la prueba (un texto trampa que la
regla debe encontrar)."""

import ast
import functools
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2] / "escritorio"

# La línea de órdenes lista TODAS las asociaciones de la base con sus países («asociacion listar»): no trabaja con
# una elegida, así que arma el contexto de cada una. Es el único lugar fuera de servicios/ y de la oficina.
CONTEXTOS_PERMITIDOS = {("cli/asociacion.py", "orden_asociacion_listar")}


def _contextos_armados(arbol: ast.AST) -> list[tuple[int, str]]:
    """(línea, función) de cada `Contexto(…)` del código."""
    hallados = []

    class Visitante(ast.NodeVisitor):
        funcion = "<módulo>"

        def visit_FunctionDef(self, nodo):
            anterior, self.funcion = self.funcion, nodo.name
            self.generic_visit(nodo)
            self.funcion = anterior

        visit_AsyncFunctionDef = visit_FunctionDef

        def visit_Call(self, nodo):
            nombre = nodo.func.id if isinstance(nodo.func, ast.Name) else getattr(nodo.func, "attr", None)
            if nombre == "Contexto":
                hallados.append((nodo.lineno, self.funcion))
            self.generic_visit(nodo)

    Visitante().visit(arbol)
    return hallados


def _anuncios_a_mano(arbol: ast.AST) -> list[int]:
    """Líneas que declaran o emiten una señal `datos_cambiados` (lo que cada área hacía para decir qué guardó)."""
    return [nodo.lineno for nodo in ast.walk(arbol)
            if isinstance(nodo, (ast.Attribute, ast.Name))
            and (getattr(nodo, "attr", None) or getattr(nodo, "id", None)) == "datos_cambiados"]


def _de_la_sala(receptor: ast.AST) -> bool:
    """`SalaEnVivo.de(…)`: su `avisar()` no anuncia tablas escritas, pide al proyector que vuelva a leer (issue 64)."""
    return (isinstance(receptor, ast.Call) and getattr(receptor.func, "attr", None) == "de"
            and getattr(receptor.func.value, "id", None) == "SalaEnVivo")


def _llamadas_a_avisar(arbol: ast.AST) -> list[int]:
    """Líneas que llaman a `….avisar(…)` (Cambios.avisar), salvo la de la sala en vivo."""
    return [nodo.lineno for nodo in ast.walk(arbol)
            if isinstance(nodo, ast.Call) and getattr(nodo.func, "attr", None) == "avisar"
            and not _de_la_sala(nodo.func.value)]


@functools.cache
def _lo_hallado() -> dict[str, tuple[list[tuple[int, str]], list[int], list[int]]]:
    """Cada módulo de interfaz/ y cli/ se lee una vez para las tres reglas (leerlo con `ast` es lo que cuesta, casi un
    segundo por vuelta): {nombre: (contextos armados, anuncios a mano, llamadas a avisar)}. Solo quedan los
    resultados, no los árboles."""
    hallado = {}
    for paquete in ("interfaz", "cli"):
        for archivo in sorted((RAIZ / paquete).rglob("*.py")):
            arbol = ast.parse(archivo.read_text(encoding="utf-8"))
            hallado[archivo.relative_to(RAIZ).as_posix()] = (
                _contextos_armados(arbol), _anuncios_a_mano(arbol), _llamadas_a_avisar(arbol))
    return hallado


def _de_la_interfaz():
    return {nombre: cosas for nombre, cosas in _lo_hallado().items() if nombre.startswith("interfaz/")}


def test_la_ventana_y_la_cli_no_arman_contextos_usan_la_oficina():
    assert any(n.startswith("cli/") for n in _lo_hallado()) and len(_de_la_interfaz()) > 100   # se leyeron los dos
    fuera = [f"{nombre}:{linea} ({funcion})" for nombre, (contextos, _, _) in _lo_hallado().items()
             for linea, funcion in contextos if (nombre, funcion) not in CONTEXTOS_PERMITIDOS]
    assert not fuera, "Arman un Contexto en lugar de usar `oficina.contexto`:\n" + "\n".join(fuera)


def test_ninguna_area_anuncia_a_mano_lo_que_guardo():
    fuera = [f"{nombre}:{linea}" for nombre, (_, anuncios, _) in _de_la_interfaz().items() for linea in anuncios]
    assert not fuera, ("Anuncian a mano lo que guardaron (lo avisa la oficina, interfaz/cambios.py):\n"
                       + "\n".join(fuera))


def test_solo_la_vigilancia_avisa_cambios_a_mano():
    """`Cambios.avisar` directo solo para lo que escribió otro programa (la vigilancia de la ventana)."""
    llamadas = [f"{nombre}:{linea}" for nombre, (_, _, avisos) in _de_la_interfaz().items() for linea in avisos
                if nombre not in ("interfaz/cambios.py", "interfaz/ventana_principal.py")]
    # La regla encuentra lo que busca: la vigilancia misma sí llama a avisar.
    assert _de_la_interfaz()["interfaz/ventana_principal.py"][2] or _de_la_interfaz()["interfaz/cambios.py"][2]
    assert not llamadas, "\n".join(llamadas)


@pytest.mark.parametrize("trampa, regla", [
    ("from x import Contexto\ndef f(db, a):\n    return Contexto(db, a['id'])\n", _contextos_armados),
    ("import servicios\ndef f(db):\n    return servicios.contexto.Contexto(db, 1)\n", _contextos_armados),
    ("class V:\n    datos_cambiados = Signal(object)\n", _anuncios_a_mano),
    ("def f(self):\n    self.datos_cambiados.emit({'pagos'})\n", _anuncios_a_mano),
    ("def f(self):\n    SalaEnVivo.de(self).avisar()\n    self.cambios.avisar({'pagos'})\n", _llamadas_a_avisar),
])
def test_la_prueba_de_la_prueba(trampa, regla):
    assert regla(ast.parse(trampa)), trampa


def test_el_aviso_de_la_sala_en_vivo_no_es_un_anuncio_de_cambios():
    assert _llamadas_a_avisar(ast.parse("def f(self):\n    SalaEnVivo.de(self).avisar()\n")) == []
