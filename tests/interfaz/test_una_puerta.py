"""Una puerta: la ventana y la línea de órdenes trabajan con la oficina (servicios/oficina.py) y ninguna área anuncia
a mano lo que guardó. Se lee el código con `ast`, y cada regla trae su prueba de la prueba (un texto trampa que la
regla debe encontrar)."""

import ast
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


def _archivos(*paquetes: str):
    for paquete in paquetes:
        for archivo in sorted((RAIZ / paquete).rglob("*.py")):
            yield archivo.relative_to(RAIZ).as_posix(), ast.parse(archivo.read_text(encoding="utf-8"))


def test_la_ventana_y_la_cli_no_arman_contextos_usan_la_oficina():
    fuera = [f"{nombre}:{linea} ({funcion})" for nombre, arbol in _archivos("interfaz", "cli")
             for linea, funcion in _contextos_armados(arbol) if (nombre, funcion) not in CONTEXTOS_PERMITIDOS]
    assert not fuera, "Arman un Contexto en lugar de usar `oficina.contexto`:\n" + "\n".join(fuera)


def test_ninguna_area_anuncia_a_mano_lo_que_guardo():
    fuera = [f"{nombre}:{linea}" for nombre, arbol in _archivos("interfaz") for linea in _anuncios_a_mano(arbol)]
    assert not fuera, ("Anuncian a mano lo que guardaron (lo avisa la oficina, interfaz/cambios.py):\n"
                       + "\n".join(fuera))


def test_solo_la_vigilancia_avisa_cambios_a_mano():
    """`Cambios.avisar` directo solo para lo que escribió otro programa (la vigilancia de la ventana)."""
    llamadas = [f"{nombre}:{nodo.lineno}" for nombre, arbol in _archivos("interfaz") for nodo in ast.walk(arbol)
                if isinstance(nodo, ast.Call) and getattr(nodo.func, "attr", None) == "avisar"
                and nombre not in ("interfaz/cambios.py", "interfaz/ventana_principal.py")]
    assert not llamadas, "\n".join(llamadas)


@pytest.mark.parametrize("trampa, regla", [
    ("from x import Contexto\ndef f(db, a):\n    return Contexto(db, a['id'])\n", _contextos_armados),
    ("import servicios\ndef f(db):\n    return servicios.contexto.Contexto(db, 1)\n", _contextos_armados),
    ("class V:\n    datos_cambiados = Signal(object)\n", _anuncios_a_mano),
    ("def f(self):\n    self.datos_cambiados.emit({'pagos'})\n", _anuncios_a_mano),
])
def test_la_prueba_de_la_prueba(trampa, regla):
    assert regla(ast.parse(trampa)), trampa
