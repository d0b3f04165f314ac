"""Las dependencias dentro de la ventana (escritorio/interfaz/): modelos abajo, diálogos sin vistas, cada área sola y
ningún círculo, contando también los imports hechos dentro de una función (los que se usan para arrancar rápido).

Se lee el código (ast), sin importar Qt. Los imports de `if TYPE_CHECKING:` solo anotan y no cuentan.
"""

import ast
from pathlib import Path

import escritorio

RAIZ = Path(escritorio.__file__).parent
INTERFAZ = "escritorio.interfaz"


def _modulos() -> dict[str, tuple[Path, bool]]:
    """'escritorio.interfaz.vistas.cuotas.pagos' -> (archivo, es_paquete)."""
    modulos = {}
    for archivo in (RAIZ / "interfaz").rglob("*.py"):
        partes = list(archivo.relative_to(RAIZ.parent).with_suffix("").parts)
        es_paquete = partes[-1] == "__init__"
        modulos[".".join(partes[:-1] if es_paquete else partes)] = (archivo, es_paquete)
    return modulos


def _sin_type_checking(arbol: ast.AST):
    """Los nodos del módulo, salvo lo que está dentro de `if TYPE_CHECKING:`."""
    pendientes = [arbol]
    while pendientes:
        nodo = pendientes.pop()
        if isinstance(nodo, ast.If) and "TYPE_CHECKING" in ast.unparse(nodo.test):
            pendientes.extend(nodo.orelse)
            continue
        yield nodo
        pendientes.extend(ast.iter_child_nodes(nodo))


def _imports(nombre: str, archivo: Path, es_paquete: bool, modulos) -> set[str]:
    """Los módulos de escritorio.interfaz que `nombre` importa (arriba o dentro de funciones)."""
    destinos = set()
    for nodo in _sin_type_checking(ast.parse(archivo.read_text(encoding="utf-8"))):
        if isinstance(nodo, ast.Import):
            destinos.update(alias.name for alias in nodo.names)
        elif isinstance(nodo, ast.ImportFrom):
            if nodo.level:
                paquete = nombre.split(".") if es_paquete else nombre.split(".")[:-1]
                base = ".".join(paquete[:len(paquete) - nodo.level + 1] + ([nodo.module] if nodo.module else []))
            else:
                base = nodo.module or ""
            for alias in nodo.names:   # `from .cuotas import pagos` importa el módulo pagos
                destinos.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modulos else base)
    return {d for d in destinos if d in modulos and d != nombre}


def _grafo() -> dict[str, set[str]]:
    modulos = _modulos()
    return {nombre: _imports(nombre, archivo, paquete, modulos) for nombre, (archivo, paquete) in modulos.items()}


def _bajo(modulo: str, paquete: str) -> bool:
    return modulo == paquete or modulo.startswith(paquete + ".")


def test_los_modelos_no_importan_vistas_ni_dialogos_ni_la_ventana():
    arriba = [f"{INTERFAZ}.vistas", f"{INTERFAZ}.dialogos", f"{INTERFAZ}.ventana_principal"]
    malos = {(m, d) for m, ds in _grafo().items() if _bajo(m, f"{INTERFAZ}.modelos")
             for d in ds if any(_bajo(d, a) for a in arriba)}
    assert not malos, f"un modelo de tabla importa algo de más arriba: {sorted(malos)}"


def test_los_dialogos_no_importan_vistas():
    """La ficha y su pestaña Cuenta (dialogos/ficha_cuenta.py) no vuelven hacia las vistas que las abren."""
    malos = {(m, d) for m, ds in _grafo().items() if _bajo(m, f"{INTERFAZ}.dialogos")
             for d in ds if _bajo(d, f"{INTERFAZ}.vistas")}
    assert not malos, f"un diálogo importa una vista: {sorted(malos)}"


def test_una_vista_de_area_no_importa_otra_area():
    """Las áreas son lo que la ventana importa de vistas/; lo compartido va en piezas/ o modelos/."""
    grafo = _grafo()
    areas = {d for d in grafo[f"{INTERFAZ}.ventana_principal"] if _bajo(d, f"{INTERFAZ}.vistas")}
    assert f"{INTERFAZ}.vistas.cuotas" in areas and len(areas) >= 7, areas
    malos = set()
    for modulo, destinos in grafo.items():
        propia = next((a for a in areas if _bajo(modulo, a)), None)
        if _bajo(modulo, f"{INTERFAZ}.vistas"):
            malos |= {(modulo, d) for d in destinos for a in areas if _bajo(d, a) and a != propia}
    assert not malos, f"una vista importa otra área: {sorted(malos)}"


def test_cuotas_esta_partida_por_pestana():
    grafo = _grafo()
    pestanas = {m.rsplit(".", 1)[1] for m in grafo if m.startswith(f"{INTERFAZ}.vistas.cuotas.")}
    assert {"escalas", "emision", "cargos", "pagos", "morosidad", "avisos"} <= pestanas
    largos = {m: len(a.read_text(encoding="utf-8").splitlines()) for m, (a, _) in _modulos().items()
              if _bajo(m, f"{INTERFAZ}.vistas.cuotas")}
    assert max(largos.values()) <= 400, largos
    # Ninguna pestaña importa el __init__ del paquete (que las arma): conocen del área solo AreaCuotas.
    assert not {m for m in grafo if m.startswith(f"{INTERFAZ}.vistas.cuotas.")
                and f"{INTERFAZ}.vistas.cuotas" in grafo[m]}


def test_ningun_circulo_en_la_interfaz():
    """Ni siquiera a través de un import dentro de una función (antes: ficha → cuenta → vistas/cuotas → ficha)."""
    grafo = _grafo()
    indice, bajo, pila, en_pila, circulos = {}, {}, [], set(), []

    def visitar(v: str) -> None:   # Tarjan: componentes fuertemente conexas
        indice[v] = bajo[v] = len(indice)
        pila.append(v)
        en_pila.add(v)
        for w in grafo[v]:
            if w not in indice:
                visitar(w)
                bajo[v] = min(bajo[v], bajo[w])
            elif w in en_pila:
                bajo[v] = min(bajo[v], indice[w])
        if bajo[v] == indice[v]:
            componente = []
            while not componente or componente[-1] != v:
                componente.append(pila.pop())
                en_pila.discard(componente[-1])
            if len(componente) > 1:
                circulos.append(sorted(componente))

    for modulo in sorted(grafo):
        if modulo not in indice:
            visitar(modulo)
    assert not circulos, f"imports en círculo: {circulos}"


def test_cada_area_vive_en_el_modulo_de_su_nombre():
    """El arranque carga el módulo del área con que abrirá la ventana por su nombre (`cargar_modulo_del_area`,
    mientras la base abre en otro hilo): cada área es vistas/<nombre>, el módulo que importa su fábrica."""
    from escritorio.interfaz.ventana_principal import NOMBRES

    importados = _grafo()[f"{INTERFAZ}.ventana_principal"]
    assert {f"{INTERFAZ}.vistas.{nombre}" for nombre in NOMBRES} <= importados


def test_solo_elegir_archivo_usa_el_dialogo_de_archivos_de_qt():
    """Un QFileDialog armado en otro lugar (el estático, el del sistema) abre y cierra los archivos de la carpeta que
    muestra y suelta los cerrojos de la base abierta (piezas/elegir_archivo.py dice por qué): todos pasan por allí."""
    permitido = RAIZ / "interfaz" / "piezas" / "elegir_archivo.py"
    fuera = []
    for archivo in (RAIZ).rglob("*.py"):
        if archivo == permitido:
            continue
        for nodo in ast.walk(ast.parse(archivo.read_text(encoding="utf-8"))):
            nombre = nodo.id if isinstance(nodo, ast.Name) else nodo.attr if isinstance(nodo, ast.Attribute) else \
                nodo.name if isinstance(nodo, ast.alias) else None
            if nombre in ("QFileDialog", "QFileSystemModel", "QFileIconProvider", "QMimeDatabase"):
                fuera.append(f"{archivo.relative_to(RAIZ)}:{nodo.lineno}")
    assert fuera == [], fuera
