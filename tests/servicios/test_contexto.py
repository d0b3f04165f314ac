"""Los servicios reciben un `Contexto` (la base y la asociación), no `(db, asociacion_id)` por separado (issue #16).

Se lee cada módulo de escritorio/servicios/ con `ast` y falla, con módulo y función, si una función pública empieza
por `db, asociacion_id`. Los módulos que todavía no se mudaron están en PENDIENTES, que solo puede achicarse: la prueba
también falla si uno de la lista ya está mudado, para que se lo quite.
"""

import ast
from pathlib import Path

import escritorio

SERVICIOS = Path(escritorio.__file__).parent / "servicios"

# Módulos que todavía reciben (db, asociacion_id): la mudanza sigue, módulo por módulo, con sus llamadas en la CLI,
# la ventana, la demo y las pruebas.
PENDIENTES = {
    "actas", "asociaciones", "cobranza", "cuotas", "documentos", "elecciones", "estatutos", "ficha", "firmantes",
    "firmas", "importacion", "informes_cuotas", "informes_organos", "informes_sesiones", "mandatos", "miembros",
    "organos", "pagos", "poderes", "rotacion", "sesiones", "unidades", "votaciones",
}


def sin_contexto(ruta: Path) -> list[str]:
    """Las funciones públicas de un módulo que empiezan por (db, asociacion_id)."""
    arbol = ast.parse(ruta.read_text(encoding="utf-8"))
    return [nodo.name for nodo in arbol.body
            if isinstance(nodo, ast.FunctionDef) and not nodo.name.startswith("_")
            and [a.arg for a in nodo.args.args[:2]] == ["db", "asociacion_id"]]


def _modulos() -> dict[str, Path]:
    return {ruta.stem: ruta for ruta in sorted(SERVICIOS.glob("*.py")) if ruta.stem != "__init__"}


def test_los_servicios_reciben_un_contexto():
    malos = [f"servicios/{nombre}.py: {', '.join(funciones)}" for nombre, ruta in _modulos().items()
             if nombre not in PENDIENTES and (funciones := sin_contexto(ruta))]
    assert not malos, ("Funciones de servicio que reciben (db, asociacion_id) en lugar de un Contexto "
                       "(escritorio/servicios/contexto.py):\n" + "\n".join(malos))


def test_la_lista_de_pendientes_solo_se_achica():
    modulos = _modulos()
    mudados = sorted(nombre for nombre in PENDIENTES if nombre in modulos and not sin_contexto(modulos[nombre]))
    assert not mudados, f"Ya reciben un Contexto: quítelos de PENDIENTES: {mudados}"
    assert PENDIENTES <= set(modulos), f"No existen: {sorted(PENDIENTES - set(modulos))}"


def test_la_busqueda_reconoce_las_dos_formas(tmp_path):
    modulo = tmp_path / "trampa.py"
    modulo.write_text("def vieja(db, asociacion_id, x):\n    pass\n\n"
                      "def nueva(contexto, x):\n    pass\n\n"
                      "def _privada(db, asociacion_id):\n    pass\n\n"
                      "def sin_asociacion(db, ruta):\n    pass\n", encoding="utf-8")
    assert sin_contexto(modulo) == ["vieja"]

