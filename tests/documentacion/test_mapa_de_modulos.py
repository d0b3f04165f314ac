"""El mapa del código dice la verdad: la lista «Todos los módulos» de ARCHITECTURE.md nombra cada módulo de cada
paquete de `escritorio/`, y nada más. Un módulo nuevo (o una carpeta nueva con módulos) que la lista no nombra hace
fallar esto, y también un módulo que la lista nombra y ya no existe (se movió, se partió, se borró)."""

import re
from pathlib import Path

from documentos_del_repositorio import RAIZ

ARQUITECTURA = RAIZ / "ARCHITECTURE.md"
TITULO = "### Todos los módulos"
_ENTRADA = re.compile(r"^- `(escritorio/(?:[\w/]*/)?)`:(.*)$", re.S)
_NOMBRE = re.compile(r"`([\w]+)`")


def modulos_del_mapa(texto: str) -> dict[str, set[str]]:
    """{«escritorio/cli/»: {«__init__», «agenda», …}} de la sección «Todos los módulos»: una entrada por paquete, que
    empieza con «- `escritorio/…/`:» y puede seguir en líneas con sangría."""
    if TITULO not in texto:
        raise AssertionError(f"ARCHITECTURE.md no tiene la sección «{TITULO[4:]}»")
    seccion = texto.split(TITULO, 1)[1]
    seccion = re.split(r"^#{1,3} ", seccion, maxsplit=1, flags=re.M)[0]
    entradas: list[str] = []
    for linea in seccion.splitlines():
        if linea.startswith("- "):
            entradas.append(linea)
        elif linea.startswith("  ") and entradas:
            entradas[-1] += " " + linea.strip()
    mapa: dict[str, set[str]] = {}
    for entrada in entradas:
        hallada = _ENTRADA.match(entrada)
        if not hallada:
            raise AssertionError(f"Una entrada de «{TITULO[4:]}» no empieza con «- `escritorio/…/`:»: {entrada[:80]}")
        paquete, resto = hallada.groups()
        if paquete in mapa:
            raise AssertionError(f"El paquete {paquete} tiene dos entradas en «{TITULO[4:]}»")
        mapa[paquete] = set(_NOMBRE.findall(resto))
    return mapa


def modulos_del_codigo(raiz: Path) -> dict[str, set[str]]:
    """{«escritorio/cli/»: {…}}: cada carpeta de `escritorio/` que tiene módulos .py, con los nombres de sus módulos."""
    paquete_raiz = raiz / "escritorio"
    codigo: dict[str, set[str]] = {}
    for modulo in paquete_raiz.rglob("*.py"):
        if "__pycache__" in modulo.parts:
            continue
        carpeta = modulo.parent.relative_to(raiz).as_posix() + "/"
        codigo.setdefault(carpeta, set()).add(modulo.stem)
    return codigo


def diferencias(mapa: dict[str, set[str]], codigo: dict[str, set[str]]) -> list[str]:
    """Lo que el mapa calla y lo que nombra de más, una línea por cosa, para quien tiene que corregirlo."""
    problemas = []
    for paquete in sorted(codigo.keys() - mapa.keys()):
        problemas.append(f"{paquete}: el paquete no tiene su línea (módulos: {', '.join(sorted(codigo[paquete]))})")
    for paquete in sorted(mapa.keys() - codigo.keys()):
        problemas.append(f"{paquete}: la lista lo nombra y no existe (o no tiene módulos)")
    for paquete in sorted(codigo.keys() & mapa.keys()):
        for nombre in sorted(codigo[paquete] - mapa[paquete]):
            problemas.append(f"{paquete}{nombre}.py: existe y la lista no lo nombra")
        for nombre in sorted(mapa[paquete] - codigo[paquete]):
            problemas.append(f"{paquete}{nombre}.py: la lista lo nombra y no existe")
    return problemas


def test_el_mapa_nombra_cada_modulo_y_nada_mas():
    mapa = modulos_del_mapa(ARQUITECTURA.read_text(encoding="utf-8"))
    codigo = modulos_del_codigo(RAIZ)
    assert len(codigo) > 15 and sum(map(len, codigo.values())) > 400   # se leyó el programa, no una carpeta vacía
    problemas = diferencias(mapa, codigo)
    assert not problemas, ("ARCHITECTURE.md, «Todos los módulos», no dice lo que hay en escritorio/ (corríjalo en la "
                           "línea del paquete):\n" + "\n".join(problemas))


def test_la_prueba_ve_un_modulo_nuevo_uno_borrado_y_un_paquete_nuevo(tmp_path):
    """La prueba de la prueba: un árbol chico con un módulo de más, uno de menos y un paquete sin línea."""
    for archivo in ("escritorio/__init__.py", "escritorio/cli/__init__.py", "escritorio/cli/pagos.py",
                    "escritorio/cli/nuevo.py", "escritorio/datos/postgres/__init__.py",
                    "escritorio/cli/__pycache__/viejo.py"):
        (tmp_path / archivo).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / archivo).write_text("", encoding="utf-8")
    texto = ("# Arquitectura\n\n### Todos los módulos\n\nTexto.\n\n- `escritorio/`: `__init__`\n"
             "- `escritorio/cli/`: `__init__`, `pagos`,\n  `borrado`\n\n## Invariantes\n\n- `escritorio/otro/`: `x`\n")
    mapa = modulos_del_mapa(texto)
    assert mapa == {"escritorio/": {"__init__"}, "escritorio/cli/": {"__init__", "pagos", "borrado"}}
    assert diferencias(mapa, modulos_del_codigo(tmp_path)) == [
        "escritorio/datos/postgres/: el paquete no tiene su línea (módulos: __init__)",
        "escritorio/cli/nuevo.py: existe y la lista no lo nombra",
        "escritorio/cli/borrado.py: la lista lo nombra y no existe",
    ]
    (tmp_path / "escritorio/cli/nuevo.py").unlink()
    (tmp_path / "escritorio/datos/postgres/__init__.py").unlink()
    mapa["escritorio/cli/"].discard("borrado")
    assert diferencias(mapa, modulos_del_codigo(tmp_path)) == []
