"""Cada libro de Excel que el programa escribe desde la línea de órdenes, sobre la red de ejemplo, en castellano y en
portugués (`--idioma es|pt`): lo usan las pruebas que recorren todos los libros (nombres de las hojas, fechas)."""

import shutil

import pytest

from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso

ANIO = 2026
LIBROS = {
    "bitacora": ("bitacora", "exportar", "{}"),
    "convenios": ("convenios", "exportar", "{}"),
    "cuotas": ("cuotas", "exportar", ANIO, "{}"),
    "morosidad": ("cuotas", "morosidad", "{}"),
    "padron": ("miembros", "exportar", "{}"),
    "composicion": ("organos", "composicion", "Consejo", "--xlsx", "{}"),
    "matriz": ("unidades", "matriz", "{}"),
    "sesion": ("sesiones", "exportar", 3, "{}"),
    "memoria": ("memoria", "generar", ANIO, "--excel", "{}"),
    "registro": ("derechos", "registro-de-actividades", "{}"),   # el registro de actividades (LGPD, art. 37)
    "indicadores": ("indicadores", "exportar", "{}"),
}


@pytest.fixture(scope="session")
def libros(demo_creada_por_la_cli, tmp_path_factory):
    """(base, carpeta, {(idioma, libro): ruta}): cada libro de la red de ejemplo, en castellano y en portugués. Los
    libros se escriben una vez en toda la corrida (tests/una_vez_por_corrida.py: lo usan tres módulos, y cada proceso
    de xdist los escribía para cada uno) y solo se leen; `base` es una copia de la red de ejemplo propia de este
    proceso, la que abren las pruebas que comparan un libro con lo que arma el programa."""
    from una_vez_por_corrida import compartida

    hechos = compartida(tmp_path_factory, "libros_de_la_demo",
                        lambda carpeta: _escribir_los_libros(demo_creada_por_la_cli, carpeta))
    carpeta = tmp_path_factory.mktemp("libros")
    base = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, base)
    return base, carpeta, hechos


def _escribir_los_libros(demo, carpeta):
    base = carpeta / "demo.db"
    shutil.copy(demo, base)
    hechos = {}
    for idioma in ("es", "pt"):
        for libro, orden in LIBROS.items():
            ruta = carpeta / f"{libro}_{idioma}.xlsx"
            hecho = orden_en_el_proceso(["--db", str(base), "--idioma", idioma,
                                         *(str(ruta) if a == "{}" else str(a) for a in orden)],
                                        carpeta, entorno_aislado(carpeta))
            assert hecho.returncode == 0, (libro, idioma, hecho.stdout, hecho.stderr)
            hechos[idioma, libro] = ruta
    return hechos
