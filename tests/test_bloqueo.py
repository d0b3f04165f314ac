"""El bloqueo de las dependencias (requisitos/bloqueo.txt) fija todo lo que se instala, y lo instalado es eso.

- Cada paquete que pide pyproject.toml (el programa, `[pruebas]`, `[instalador]` y el motor de construcción) está
  fijado en el bloqueo, en una versión que cumple lo pedido (con `==`, la misma).
- Lo instalado en este entorno a partir de lo que pide el proyecto, transitivo, con los marcadores de esta
  plataforma, está fijado en el bloqueo en la versión instalada: `make` instaló desde el bloqueo.
- Lo que esos paquetes piden solo en Windows o en macOS también está fijado (con su marcador).

Si falla después de cambiar pyproject.toml: `make bloquear` (CONTRIBUTING.md, «Preparar»).
"""

import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

RAIZ = Path(__file__).resolve().parents[1]
BLOQUEO = RAIZ / "requisitos" / "bloqueo.txt"
PROYECTO = tomllib.loads((RAIZ / "pyproject.toml").read_text(encoding="utf-8"))
# pip es el instalador que trae el entorno de Python (el que lee el bloqueo); sqlite-utils lo declara solo para su
# orden «install» de complementos, que el programa no usa. No se fija: queda el que trae cada Python.
NO_SE_FIJAN = {"pip"}
ARREGLO = "Rehaga el bloqueo con `make bloquear` (CONTRIBUTING.md, «Preparar»)."

OTRAS_PLATAFORMAS = {
    "Windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
    "macOS": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix", "platform_machine": "arm64"},
}


def leer_bloqueo(texto: str) -> dict[str, Requirement]:
    fijados: dict[str, Requirement] = {}
    for numero, linea in enumerate(texto.splitlines(), 1):
        linea = linea.split("#", 1)[0].strip()
        if not linea:
            continue
        requisito = Requirement(linea)
        [especificador] = requisito.specifier
        assert especificador.operator == "==", f"línea {numero}: «{linea}» no fija una versión exacta"
        assert not requisito.extras, f"línea {numero}: un bloqueo no lleva extras"
        nombre = canonicalize_name(requisito.name)
        assert nombre not in fijados, f"línea {numero}: {requisito.name} está dos veces"
        fijados[nombre] = requisito
    return fijados


def version_fijada(fijados: dict[str, Requirement], nombre: str) -> Version | None:
    requisito = fijados.get(canonicalize_name(nombre))
    return None if requisito is None else Version(next(iter(requisito.specifier)).version)


def pedidos_del_proyecto(extras: list[str]) -> list[Requirement]:
    pedidos = PROYECTO["project"]["dependencies"] + PROYECTO["build-system"]["requires"]
    for extra in extras:
        pedidos = pedidos + PROYECTO["project"]["optional-dependencies"][extra]
    return [Requirement(pedido) for pedido in pedidos]


def lo_que_falta(fijados: dict[str, Requirement], pedidos: list[Requirement]) -> list[str]:
    faltan = []
    for pedido in pedidos:
        version = version_fijada(fijados, pedido.name)
        if version is None:
            faltan.append(f"{pedido}: no está en el bloqueo")
        elif not pedido.specifier.contains(version, prereleases=True):
            faltan.append(f"{pedido}: el bloqueo fija {version}")
    return faltan


@pytest.fixture(scope="module")
def fijados() -> dict[str, Requirement]:
    return leer_bloqueo(BLOQUEO.read_text(encoding="utf-8"))


def test_pyproject_no_pide_nada_que_el_bloqueo_no_fije(fijados):
    todos = list(PROYECTO["project"]["optional-dependencies"])
    assert lo_que_falta(fijados, pedidos_del_proyecto(todos)) == [], ARREGLO


def test_la_prueba_nota_un_paquete_sin_fijar_o_en_otra_version():
    """Prueba de la prueba: un bloqueo viejo frente a lo que pide pyproject.toml."""
    viejo = leer_bloqueo("pytest==8.0.0\nsetuptools==84.2.1\n")
    faltan = lo_que_falta(viejo, [Requirement("pytest==9.2.0"), Requirement("babel==2.18.0"),
                                  Requirement("setuptools>=68")])
    assert faltan == ["pytest==9.2.0: el bloqueo fija 8.0.0", "babel==2.18.0: no está en el bloqueo"]
    with pytest.raises(AssertionError, match="versión exacta"):
        leer_bloqueo("pillow>=10\n")


def _instalados_desde(pedidos: list[Requirement], entorno: dict) -> dict[str, tuple[str, Version, list[Requirement]]]:
    """{nombre: (nombre, versión instalada, lo que pide)} de lo instalado que se alcanza desde `pedidos`."""
    alcanzados: dict[str, tuple[str, Version, list[Requirement]]] = {}
    pendientes = [(pedido, "") for pedido in pedidos]
    extras_hechos: set[tuple[str, str]] = set()
    while pendientes:
        pedido, extra = pendientes.pop()
        if pedido.marker is not None and not pedido.marker.evaluate({**entorno, "extra": extra}):
            continue
        nombre = canonicalize_name(pedido.name)
        if nombre in NO_SE_FIJAN:
            continue
        if nombre not in alcanzados:
            distribucion = metadata.distribution(pedido.name)
            alcanzados[nombre] = (distribucion.metadata["Name"], Version(distribucion.version),
                                  [Requirement(r) for r in distribucion.requires or []])
        for extra_pedido in ("", *pedido.extras):
            if (nombre, extra_pedido) not in extras_hechos:
                extras_hechos.add((nombre, extra_pedido))
                pendientes += [(r, extra_pedido) for r in alcanzados[nombre][2]]
    return alcanzados


def _extras_instalados() -> list[str]:
    return ["pruebas"] + (["instalador"] if _esta_instalado("pyinstaller") else [])


def _esta_instalado(nombre: str) -> bool:
    try:
        metadata.distribution(nombre)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_lo_instalado_es_lo_que_fija_el_bloqueo(fijados):
    instalados = _instalados_desde(pedidos_del_proyecto(_extras_instalados()), default_environment())
    distintos = [f"{nombre} {version} (el bloqueo: {version_fijada(fijados, nombre) or 'nada'})"
                 for nombre, version, _ in instalados.values() if version_fijada(fijados, nombre) != version]
    assert distintos == [], f"Instalado fuera del bloqueo: {distintos}. Reinstale (`make .venv/.instalado`) o {ARREGLO}"
    assert len(instalados) > 40  # el recorrido llega a las transitivas (pillow, cryptography, lxml…)


def test_lo_que_se_pide_solo_en_windows_o_macos_tambien_esta_fijado(fijados):
    instalados = _instalados_desde(pedidos_del_proyecto(_extras_instalados()), default_environment())
    faltan = []
    for plataforma, marcadores in OTRAS_PLATAFORMAS.items():
        entorno = {**default_environment(), **marcadores}
        for nombre, _, pide in instalados.values():
            for pedido in pide:
                if pedido.marker is not None and pedido.marker.evaluate({**entorno, "extra": ""}):
                    if not _esta_instalado(pedido.name) and version_fijada(fijados, pedido.name) is None:
                        faltan.append(f"{pedido.name} (lo pide {nombre} en {plataforma})")
                    elif version_fijada(fijados, pedido.name) is not None:
                        marcador = fijados[canonicalize_name(pedido.name)].marker
                        if marcador is not None and not marcador.evaluate(entorno):
                            faltan.append(f"{pedido.name}: su marcador lo deja fuera en {plataforma}")
    assert faltan == [], f"{faltan}. {ARREGLO}"
    assert version_fijada(fijados, "pywin32-ctypes") is not None  # keyring en Windows: el recorrido ve los marcadores
