"""Los servicios reciben un `Contexto` (la base y la asociación), no `(db, asociacion_id)` por separado (issue #16).

Se lee cada módulo de escritorio/servicios/ con `ast` y falla, con módulo y función, si una función pública empieza
por `db, asociacion_id`: la forma vieja no vuelve.
"""

import ast
from pathlib import Path

import escritorio

SERVICIOS = Path(escritorio.__file__).parent / "servicios"


def sin_contexto(ruta: Path) -> list[str]:
    """Las funciones públicas de un módulo que empiezan por (db, asociacion_id)."""
    arbol = ast.parse(ruta.read_text(encoding="utf-8"))
    return [nodo.name for nodo in arbol.body
            if isinstance(nodo, ast.FunctionDef) and not nodo.name.startswith("_")
            and [a.arg for a in nodo.args.args[:2]] == ["db", "asociacion_id"]]


def test_los_servicios_reciben_un_contexto():
    malos = [f"servicios/{ruta.relative_to(SERVICIOS).as_posix()}: {', '.join(funciones)}"
             for ruta in sorted(SERVICIOS.rglob("*.py")) if (funciones := sin_contexto(ruta))]
    assert not malos, ("Funciones de servicio que reciben (db, asociacion_id) en lugar de un Contexto "
                       "(escritorio/servicios/contexto.py):\n" + "\n".join(malos))


def test_la_busqueda_reconoce_las_dos_formas(tmp_path):
    modulo = tmp_path / "trampa.py"
    modulo.write_text("def vieja(db, asociacion_id, x):\n    pass\n\n"
                      "def nueva(contexto, x):\n    pass\n\n"
                      "def _privada(db, asociacion_id):\n    pass\n\n"
                      "def sin_asociacion(db, ruta):\n    pass\n", encoding="utf-8")
    assert sin_contexto(modulo) == ["vieja"]
