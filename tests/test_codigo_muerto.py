"""La guardia del código muerto (issue 79, §4): vulture lee escritorio/ y nada queda sin usar (con confianza de 60 % o
más) salvo lo de `codigo_muerto_permitido.py`, que alguien llama por su nombre sin que vulture lo vea (Qt, una
biblioteca, la línea de órdenes, una migración, una herramienta), cada nombre en su familia y con su motivo. Una
función que solo llaman las pruebas también es código muerto: la prueba usa lo que usa quien trabaja con el programa
(el servicio, la orden, el widget a la vista) y la función se borra.

Si esta prueba falla por algo nuevo: bórrelo. Si Qt, una biblioteca o la línea de órdenes lo llaman por su nombre,
agréguelo a tests/codigo_muerto_permitido.py, en su familia (o en una nueva, con una línea que diga por qué).
Si falla porque un nombre de la lista ya no aparece sin usar: bórrelo de la lista.

Se lee escritorio/ una sola vez por corrida (unos 6 s de procesador: vulture recorre el árbol de cada módulo).
"""

import ast
from functools import cache
from pathlib import Path

import vulture

RAIZ = Path(__file__).resolve().parents[1]
PERMITIDO = Path(__file__).with_name("codigo_muerto_permitido.py")
CONFIANZA = 60   # la de `vulture escritorio --min-confidence 60`: debajo, casi todo son atributos de otros objetos


def _sin_usar(vigilante: vulture.Vulture) -> list[vulture.core.Item]:
    return vigilante.get_unused_code(min_confidence=CONFIANZA)


@cache
def lo_que_vulture_ve() -> tuple[list[vulture.core.Item], list[vulture.core.Item]]:
    """(lo no usado de escritorio/ sin la lista, lo no usado con la lista): una sola lectura de escritorio/."""
    vigilante = vulture.Vulture()
    vigilante.scavenge([str(RAIZ / "escritorio")])
    sin_la_lista = _sin_usar(vigilante)
    vigilante.scavenge([str(PERMITIDO)])
    return sin_la_lista, _sin_usar(vigilante)


def permitidos() -> set[str]:
    """Los nombres de la lista (`_.nombre`)."""
    return {nodo.attr for nodo in ast.walk(ast.parse(PERMITIDO.read_text(encoding="utf-8")))
            if isinstance(nodo, ast.Attribute) and isinstance(nodo.value, ast.Name) and nodo.value.id == "_"}


TIPOS = {"function": "la función", "method": "el método", "property": "la propiedad", "attribute": "el atributo",
         "variable": "la variable", "class": "la clase", "import": "el import"}


def _linea(item: vulture.core.Item) -> str:
    """«escritorio/…/modulo.py:12: la función «nombre» no se usa (60 %)», como lo ubica un editor."""
    ruta = Path(item.filename).resolve()
    ruta = ruta.relative_to(RAIZ) if ruta.is_relative_to(RAIZ) else ruta
    que = f"{TIPOS[item.typ]} «{item.name}» no se usa" if item.typ in TIPOS else item.message   # código inalcanzable
    return f"{ruta.as_posix()}:{item.first_lineno}: {que} ({item.confidence} %)"


def test_nada_queda_sin_usar_y_la_lista_no_guarda_nombres_viejos():
    """Una sola prueba para las dos cosas: con pytest-xdist, dos pruebas podrían leer escritorio/ en dos procesos."""
    sin_la_lista, con_la_lista = lo_que_vulture_ve()
    muertos = [_linea(item) for item in con_la_lista]
    assert not muertos, (
        "Vulture no ve quién usa esto. Si nadie lo usa (o solo las pruebas), bórrelo y que la prueba use lo que usa "
        "quien trabaja con el programa; si Qt, una biblioteca o la línea de órdenes lo llaman por su nombre, agréguelo "
        "a tests/codigo_muerto_permitido.py en su familia, con el motivo:\n" + "\n".join(muertos))
    sobran = sorted(permitidos() - {item.name for item in sin_la_lista})
    assert not sobran, ("Vulture ya no da estos nombres por no usados: bórrelos de tests/codigo_muerto_permitido.py "
                        "(la lista no guarda excusas viejas):\n" + "\n".join(sobran))


def test_la_guardia_ve_una_funcion_que_nadie_llama(tmp_path):
    """Sin esto, una corrida sin quejas no probaría nada: una función que nadie llama se ve, y la lista la calla."""
    modulo = tmp_path / "modulo.py"
    modulo.write_text("def usada():\n    return 1\n\n\ndef muerta():\n    return 2\n\n\nprint(usada())\n",
                      encoding="utf-8")
    vigilante = vulture.Vulture()
    vigilante.scavenge([str(modulo)])
    assert [(item.typ, item.name) for item in _sin_usar(vigilante)] == [("function", "muerta")]
    lista = tmp_path / "permitido.py"
    lista.write_text("_.muerta\n", encoding="utf-8")
    vigilante.scavenge([str(lista)])
    assert _sin_usar(vigilante) == []
