"""El grafo de imports del programa (issue #16): sin círculos, cada capa importa solo hacia abajo, la CLI y lo que
está debajo de la ventana sin Qt, y ningún módulo importa un nombre privado (`_algo`) de otro.

Se lee el código con `ast` (no se importa nada): cuentan los imports de arriba y los de dentro de funciones (los que
se hacen tarde para arrancar rápido también son dependencias), y los relativos se resuelven (`from ..datos import
cuotas` desde escritorio/servicios/pagos.py es escritorio.datos.cuotas). Los de `if TYPE_CHECKING:` solo anotan
tipos y no se ejecutan: no cuentan para los círculos, sí para las capas.

Capas, de arriba abajo (un módulo puede importar de su capa o de las de abajo, nunca de una más alta):

    5  __main__                      arranca la ventana o la CLI
    4  cli, interfaz                 las dos caras; entre ellas no se importan
    3  demo                          la red de ejemplo, armada con los servicios
    2  servicios                     casos de uso, una transacción cada uno
    1  datos, documentos, registro, salida
                                     SQLite; PDF y Excel; el registro de errores (usa datos.rutas); la salida a
                                     archivos y consola (usa errores y dominio.entrada)
    0  dominio, errores, recursos    reglas puras; los errores con su mensaje; los archivos de recursos/

Además: `dominio` no importa nada del programa salvo `dominio` y `errores`; `cli` nunca importa `interfaz` (ni
`interfaz` a `cli`); ningún módulo fuera de `interfaz` (y `__main__`, que la lanza tarde) importa PySide6.
"""

import ast
from pathlib import Path

import escritorio

RAIZ = Path(escritorio.__file__).parent

CAPAS = {
    "__main__": 5,
    "cli": 4, "interfaz": 4,
    "demo": 3,
    "servicios": 2,
    "datos": 1, "documentos": 1, "registro": 1, "salida": 1, "idiomas": 1,
    "dominio": 0, "errores": 0, "recursos": 0,
    "": 0,  # escritorio/__init__.py: el nombre y la versión
}
# Capas de un mismo nivel que no se importan entre sí.
SEPARADAS = {frozenset({"cli", "interfaz"})}
CON_QT = {"interfaz", "__main__"}


# --- el grafo ---------------------------------------------------------------------------------------------------

def modulos(raiz: Path = RAIZ) -> dict[str, tuple[Path, bool]]:
    """'escritorio.servicios.cuotas' -> (archivo, es_paquete), para cada .py debajo de `raiz`."""
    encontrados = {}
    for archivo in sorted(raiz.rglob("*.py")):
        partes = [raiz.name, *archivo.relative_to(raiz).with_suffix("").parts]
        es_paquete = partes[-1] == "__init__"
        encontrados[".".join(partes[:-1] if es_paquete else partes)] = (archivo, es_paquete)
    return encontrados


def _recorrer(arbol: ast.AST):
    """(nodo, dentro_de_type_checking) para cada nodo del módulo."""
    pendientes = [(arbol, False)]
    while pendientes:
        nodo, solo_tipos = pendientes.pop()
        if isinstance(nodo, ast.If) and "TYPE_CHECKING" in ast.unparse(nodo.test):
            pendientes.extend((hijo, True) for hijo in nodo.body)
            pendientes.extend((hijo, solo_tipos) for hijo in nodo.orelse)
            continue
        yield nodo, solo_tipos
        pendientes.extend((hijo, solo_tipos) for hijo in ast.iter_child_nodes(nodo))


def imports(nombre: str, archivo: Path, es_paquete: bool, conocidos) -> list[tuple[str, str | None, int, bool]]:
    """Lo que importa el módulo `nombre`: [(módulo, nombre importado de él o None, línea, solo_tipos)]. Los módulos
    del programa se resuelven; los de afuera (PySide6, openpyxl…) quedan con su nombre."""
    hallados = []
    for nodo, solo_tipos in _recorrer(ast.parse(archivo.read_text(encoding="utf-8"), filename=str(archivo))):
        if isinstance(nodo, ast.Import):
            hallados += [(alias.name, None, nodo.lineno, solo_tipos) for alias in nodo.names]
        elif isinstance(nodo, ast.ImportFrom):
            if nodo.level:
                paquete = nombre.split(".") if es_paquete else nombre.split(".")[:-1]
                paquete = paquete[:len(paquete) - nodo.level + 1]
                base = ".".join(paquete + ([nodo.module] if nodo.module else []))
            else:
                base = nodo.module or ""
            for alias in nodo.names:
                submodulo = f"{base}.{alias.name}"
                if submodulo in conocidos:  # `from ..servicios import cuotas` importa el módulo cuotas
                    hallados.append((submodulo, None, nodo.lineno, solo_tipos))
                else:
                    hallados.append((base, alias.name, nodo.lineno, solo_tipos))
    return hallados


_GRAFOS: dict[tuple, dict] = {}


def grafo(raiz: Path = RAIZ) -> dict[str, list[tuple[str, str | None, int, bool]]]:
    """Leer todo escritorio/ con ast lleva un segundo: se lee una vez por proceso y se vuelve a leer si cambió algún
    archivo (la firma son los módulos y la fecha de cada archivo). Las pruebas no modifican el grafo."""
    conocidos = modulos(raiz)
    firma = (raiz, *((nombre, archivo.stat().st_mtime_ns) for nombre, (archivo, _) in conocidos.items()))
    if firma not in _GRAFOS:
        _GRAFOS[firma] = {nombre: imports(nombre, archivo, es_paquete, conocidos)
                          for nombre, (archivo, es_paquete) in conocidos.items()}
    return _GRAFOS[firma]


# --- las reglas -------------------------------------------------------------------------------------------------

def area(modulo: str) -> str:
    """'escritorio.servicios.cuotas' -> 'servicios'; 'escritorio.errores' -> 'errores'; 'escritorio' -> ''."""
    partes = modulo.split(".")
    return partes[1] if len(partes) > 1 else ""


def circulos(g) -> list[str]:
    """Cada círculo del grafo (sin los imports de TYPE_CHECKING), dicho entero: 'a → b → c → a'. Uno por cada
    componente fuertemente conexa, el más corto que pasa por su primer módulo."""
    internos = {m: sorted({d for d, _, _, solo_tipos in ds if d in g and d != m and not solo_tipos})
                for m, ds in g.items()}
    # Tarjan, iterativo.
    indice, bajo, pila, en_pila, componentes, contador = {}, {}, [], set(), [], [0]

    def visitar(inicio):
        trabajo = [(inicio, iter(internos[inicio]))]
        indice[inicio] = bajo[inicio] = contador[0]
        contador[0] += 1
        pila.append(inicio)
        en_pila.add(inicio)
        while trabajo:
            nodo, hijos = trabajo[-1]
            for hijo in hijos:
                if hijo not in indice:
                    indice[hijo] = bajo[hijo] = contador[0]
                    contador[0] += 1
                    pila.append(hijo)
                    en_pila.add(hijo)
                    trabajo.append((hijo, iter(internos[hijo])))
                    break
                if hijo in en_pila:
                    bajo[nodo] = min(bajo[nodo], indice[hijo])
            else:
                trabajo.pop()
                if trabajo:
                    bajo[trabajo[-1][0]] = min(bajo[trabajo[-1][0]], bajo[nodo])
                if bajo[nodo] == indice[nodo]:
                    componente = set()
                    while True:
                        m = pila.pop()
                        en_pila.discard(m)
                        componente.add(m)
                        if m == nodo:
                            break
                    if len(componente) > 1:
                        componentes.append(componente)

    for m in sorted(internos):
        if m not in indice:
            visitar(m)

    dichos = []
    for componente in componentes:
        inicio = min(componente)
        # El camino más corto de vuelta a `inicio` dentro de la componente (búsqueda a lo ancho).
        previo, frontera = {inicio: None}, [inicio]
        cierre = None
        while frontera and cierre is None:
            siguiente = []
            for nodo in frontera:
                for hijo in internos[nodo]:
                    if hijo == inicio:
                        cierre = nodo
                        break
                    if hijo in componente and hijo not in previo:
                        previo[hijo] = nodo
                        siguiente.append(hijo)
                if cierre is not None:
                    break
            frontera = siguiente
        camino, nodo = [], cierre
        while nodo is not None:
            camino.append(nodo)
            nodo = previo[nodo]
        dichos.append(" → ".join([*reversed(camino), inicio]))
    return sorted(dichos)


def subidas_de_capa(g, capas=CAPAS, separadas=SEPARADAS, con_qt=CON_QT) -> list[tuple[str, str, str]]:
    """[(clave, mensaje con archivo y línea)] de cada import hacia una capa más alta, entre caras separadas, del
    dominio hacia otra cosa que dominio/errores, o de PySide6 fuera de la ventana."""
    malos = []
    for origen, destinos in g.items():
        capa_origen = area(origen)
        for destino, _nombre, linea, _solo_tipos in destinos:
            donde = f"{origen} (línea {linea})"
            if destino.split(".")[0] == "PySide6":
                if capa_origen not in con_qt:
                    malos.append((f"{origen} → PySide6", f"{donde} importa PySide6: solo la ventana usa Qt"))
                continue
            if destino not in g and destino.rsplit(".", 1)[0] not in g:
                continue  # de afuera del programa
            capa_destino = area(destino)
            if capa_destino == capa_origen:
                continue
            if capa_destino not in capas or capa_origen not in capas:
                malos.append((f"{origen} → {destino}", f"{donde} importa {destino}: ubique «{capa_origen or capa_destino}» "
                                                        "en CAPAS de tests/test_capas.py"))
            elif capas[capa_destino] > capas[capa_origen]:
                malos.append((f"{origen} → {destino}", f"{donde} importa {destino}, de una capa más alta "
                                                        f"({capa_destino}: {capas[capa_destino]} > {capa_origen}: "
                                                        f"{capas[capa_origen]})"))
            elif frozenset({capa_origen, capa_destino}) in separadas:
                malos.append((f"{origen} → {destino}", f"{donde} importa {destino}: {capa_origen} y {capa_destino} "
                                                        "no se importan entre sí"))
            elif capa_origen == "dominio" and capa_destino not in {"dominio", "errores"}:
                malos.append((f"{origen} → {destino}", f"{donde} importa {destino}: el dominio solo usa dominio y "
                                                        "errores"))
    return sorted(malos)


def nombres_privados(g) -> list[tuple[str, str]]:
    """[(clave 'a → b', mensaje)] por cada par de módulos del programa donde `a` hace `from b import _algo`."""
    por_par: dict[tuple[str, str], list[str]] = {}
    for origen, destinos in g.items():
        for destino, nombre, linea, _ in destinos:
            if (nombre and nombre.startswith("_") and not nombre.startswith("__") and destino != origen
                    and destino in g):
                por_par.setdefault((origen, destino), []).append(f"{nombre} (línea {linea})")
    return sorted((f"{origen} → {destino}",
                   f"{origen} importa de {destino} nombres privados de ese módulo: {', '.join(nombres)}; hágalos "
                   "públicos o muévalos a donde los usan los dos")
                  for (origen, destino), nombres in por_par.items())


def la_demo_usa_datos(g) -> list[str]:
    """La red de ejemplo es un cliente de los servicios como la ventana y la línea de órdenes (issue 44 §2): cada
    import de datos/ desde demo/, salvo los de `if TYPE_CHECKING:` (anotar el tipo de la base no lee ni escribe)."""
    return [f"{origen} (línea {linea}) importa {destino}" for origen, destinos in g.items() if area(origen) == "demo"
            for destino, _nombre, linea, solo_tipos in destinos if area(destino) == "datos" and not solo_tipos]


# --- las pruebas ------------------------------------------------------------------------------------------------

def test_ningun_circulo_de_imports():
    nuevos = circulos(grafo())
    assert not nuevos, "Círculos de imports (rómpalos; un import dentro de una función también cuenta):\n" + \
        "\n".join(nuevos)


def test_cada_capa_importa_solo_hacia_abajo():
    malos = [mensaje for _, mensaje in subidas_de_capa(grafo())]
    assert not malos, "Imports que suben de capa:\n" + "\n".join(malos)


def test_ningun_modulo_importa_un_nombre_privado_de_otro():
    malos = [mensaje for _, mensaje in nombres_privados(grafo())]
    assert not malos, "\n".join(malos)


def test_la_demo_lee_y_escribe_solo_con_los_servicios():
    malos = la_demo_usa_datos(grafo())
    assert not malos, ("La red de ejemplo usa datos/ directamente; use (o agregue) el servicio, como la ventana y la "
                       "línea de órdenes:\n" + "\n".join(malos))


def test_cada_modulo_de_la_raiz_tiene_capa():
    sin_capa = sorted({area(m) for m in grafo()} - set(CAPAS))
    assert not sin_capa, f"Módulos o paquetes de escritorio/ sin capa en tests/test_capas.py: {sin_capa}"


# --- la prueba de la prueba: un paquete trampa ------------------------------------------------------------------

TRAMPA = {
    "__init__.py": "",
    "__main__.py": "from .cli import principal\n",
    "errores.py": "class ErrorTrampa(Exception):\n    pass\n",
    "cli/__init__.py": "from ..servicios.a import alta\nfrom ..interfaz import ventana\n",
    "interfaz/__init__.py": "",
    "interfaz/ventana.py": "from PySide6.QtWidgets import QWidget\nfrom ..servicios import a\n",
    "servicios/__init__.py": "",
    "servicios/a.py": "from .b import cobrar\n\ndef alta():\n    from ..datos.tabla import _fila\n",
    "servicios/b.py": "def cobrar():\n    from . import c\n",
    "servicios/c.py": "from .a import alta\n",
    "servicios/sube.py": "from ..cli import principal\n",
    "datos/__init__.py": "",
    "datos/tabla.py": "import PySide6\nfrom ..dominio.reglas import regla\n\ndef _fila():\n    pass\n",
    "dominio/__init__.py": "",
    "dominio/reglas.py": "from ..errores import ErrorTrampa\nfrom ..datos import tabla\n",
    "servicios/d.py": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .e import E\n"),
    "servicios/e.py": "from .d import D\n",
    "demo/__init__.py": ("from typing import TYPE_CHECKING\nfrom ..servicios import a\nfrom ..datos import tabla\n"
                         "if TYPE_CHECKING:\n    from ..datos.tabla import Fila\n"),
}


def _paquete_trampa(tmp_path: Path) -> Path:
    raiz = tmp_path / "trampa"
    for ruta, texto in TRAMPA.items():
        (raiz / ruta).parent.mkdir(parents=True, exist_ok=True)
        (raiz / ruta).write_text(texto, encoding="utf-8")
    return raiz


def test_la_prueba_encuentra_los_circulos_y_las_subidas_de_un_paquete_trampa(tmp_path):
    g = grafo(_paquete_trampa(tmp_path))

    # a → b (arriba) → c (dentro de una función) → a; el de d ↔ e pasa por TYPE_CHECKING y no cuenta.
    # datos.tabla ↔ dominio.reglas también es un círculo.
    assert circulos(g) == ["trampa.datos.tabla → trampa.dominio.reglas → trampa.datos.tabla",
                           "trampa.servicios.a → trampa.servicios.b → trampa.servicios.c → trampa.servicios.a"]

    claves = {clave for clave, _ in subidas_de_capa(g)}
    assert claves == {
        "trampa.cli → trampa.interfaz.ventana",        # la CLI no importa la ventana
        "trampa.servicios.sube → trampa.cli",          # un servicio no sube a la CLI
        "trampa.datos.tabla → PySide6",                # Qt fuera de la ventana
        "trampa.dominio.reglas → trampa.datos.tabla",  # el dominio no usa datos
    }
    assert all("línea" in mensaje for _, mensaje in subidas_de_capa(g))

    assert [clave for clave, _ in nombres_privados(g)] == ["trampa.servicios.a → trampa.datos.tabla"]
    # La demo que importa datos/ (no la que solo anota un tipo con él).
    assert la_demo_usa_datos(g) == ["trampa.demo (línea 3) importa trampa.datos.tabla"]
    assert "_fila (línea 4)" in nombres_privados(g)[0][1]


def test_el_programa_de_hoy_tiene_grafo():
    """La prueba lee de verdad el programa: conoce sus capas y resuelve los imports relativos."""
    g = grafo()
    assert {"cli", "interfaz", "demo", "servicios", "datos", "documentos", "dominio"} <= {area(m) for m in g}
    assert "escritorio.servicios.cuotas" in {d for d, *_ in g["escritorio.demo.cuotas"]}
    assert "escritorio.demo" in {d for d, *_ in g["escritorio.interfaz.primer_uso"]}
