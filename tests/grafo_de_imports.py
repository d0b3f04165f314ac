"""El grafo de imports de `escritorio/`, leído con `ast` (sin importar nada): lo usan las pruebas guardianas de las
capas (`tests/test_capas.py`, `tests/interfaz/test_capas_interfaz.py`).

Qué cuenta como import:

- `import x` y `from x import y`, arriba o dentro de una función (los que se hacen tarde para arrancar rápido también
  son dependencias), con los relativos resueltos (`from ..datos import cuotas` desde escritorio/servicios/pagos.py es
  escritorio.datos.cuotas).
- Los de `if TYPE_CHECKING:` **también**, para todo (círculos y capas). Un import que solo anota tipos sigue siendo
  conocer el otro módulo: dos módulos que se anotan el uno al otro no se entienden ni se mueven por separado, y un
  verificador de tipos o `typing.get_type_hints` sí los importan. Todo lo que está bajo `TYPE_CHECKING` solo puede
  usarse en anotaciones, así que «salvo que solo se use en anotaciones» sería no contarlos nunca: el punto ciego de
  antes. Para anotar sin el import de vuelta está `typing.Protocol` en un módulo chico (así las pestañas del editor
  de sesión, `interfaz/dialogos/sesion/protocolo_del_editor.py`). Que un import esté bajo `TYPE_CHECKING` queda anotado
  (`solo_tipos`) solo para decirlo en los mensajes; `if not TYPE_CHECKING:` y el `else:` de un `if TYPE_CHECKING:`
  son código que corre.
- Los dinámicos: `importlib.import_module("…")` (o `import_module`, con cualquier alias), `import_module(".x",
  __package__)` y `__import__("…")`, cuando el nombre es literal (una cadena, una f-string o una suma de cadenas sin
  nada variable). Uno con nombre variable se resuelve desde la tabla de donde sale el nombre (`POR_TABLA`: la CLI
  importa el módulo de cada orden de `REGISTRO`); si no, queda «sin resolver» (`sin_resolver`) y
  `tests/test_capas.py` falla salvo que esté en su lista de excepciones, con el motivo.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import NamedTuple

import escritorio

RAIZ = Path(escritorio.__file__).parent


class Import(NamedTuple):
    destino: str            # el módulo del programa (resuelto) o el de afuera, con su nombre ('PySide6.QtCore')
    nombre: str | None      # el nombre que se importa de él (`from destino import nombre`), o None
    linea: int
    solo_tipos: bool        # bajo `if TYPE_CHECKING:` (igual cuenta; se dice en los mensajes)
    dinamico: bool = False  # importlib.import_module / __import__
    como: str | None = None  # el nombre que queda en el módulo (`from ..datos import conexion` -> 'conexion')


class SinResolver(NamedTuple):
    modulo: str
    funcion: str            # la función donde está la llamada ('' si en el módulo)
    linea: int
    expresion: str          # el nombre, como está escrito


# Imports dinámicos con nombre variable que se resuelven desde la tabla del mismo módulo de donde sale el nombre:
# (módulo relativo a la raíz, función donde está la llamada) -> (tabla, qué de cada entrada, plantilla del nombre).
# Qué de cada entrada: "clave" (las claves de un dict), "valor[i]" (el elemento i del valor de un dict), "[i]" (el
# elemento i de cada fila de una tupla o lista). La plantilla puede ser relativa al paquete del módulo (".{}").
# Las entradas que no son una cadena (una función, en BIBLIOTECAS de acerca.py) no son un nombre de módulo.
POR_TABLA = {
    ("cli", "construir_analizador"): ("REGISTRO", "valor[0]", ".{}"),
    ("interfaz.ventana_principal", "cargar_modulo_del_area"): ("AREAS", "clave", ".vistas.{}"),
    ("interfaz.dialogos.acerca", "version_de"): ("BIBLIOTECAS", "[2]", "{}"),
    ("interfaz.piezas", "__getattr__"): ("_NOMBRES_DE", "clave", ".{}"),
}

_IMPORTADORES = {"import_module", "__import__"}


def modulos(raiz: Path = RAIZ) -> dict[str, tuple[Path, bool]]:
    """'escritorio.servicios.cuotas' -> (archivo, es_paquete), para cada .py debajo de `raiz`."""
    encontrados = {}
    for archivo in sorted(raiz.rglob("*.py")):
        partes = [raiz.name, *archivo.relative_to(raiz).with_suffix("").parts]
        es_paquete = partes[-1] == "__init__"
        encontrados[".".join(partes[:-1] if es_paquete else partes)] = (archivo, es_paquete)
    return encontrados


def _es_type_checking(nodo: ast.AST) -> bool:
    return (isinstance(nodo, ast.Name) and nodo.id == "TYPE_CHECKING") or \
        (isinstance(nodo, ast.Attribute) and nodo.attr == "TYPE_CHECKING")


def _ramas_de_tipos(test: ast.AST) -> tuple[bool, bool]:
    """(el cuerpo es solo de tipos, el else es solo de tipos) de un `if`. `if TYPE_CHECKING:` -> (True, False);
    `if not TYPE_CHECKING:` -> (False, True); cualquier otra condición, aunque nombre TYPE_CHECKING -> las dos
    corren."""
    if _es_type_checking(test):
        return True, False
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and _es_type_checking(test.operand):
        return False, True
    return False, False


def recorrer(arbol: ast.AST):
    """(nodo, solo_tipos, función que lo contiene o '') para cada nodo del módulo."""
    pendientes = [(arbol, False, "")]
    while pendientes:
        nodo, solo_tipos, funcion = pendientes.pop()
        yield nodo, solo_tipos, funcion
        if isinstance(nodo, (ast.FunctionDef, ast.AsyncFunctionDef)):
            funcion = nodo.name
        if isinstance(nodo, ast.If):
            cuerpo, otro = _ramas_de_tipos(nodo.test)
            pendientes.append((nodo.test, solo_tipos, funcion))
            pendientes.extend((hijo, solo_tipos or cuerpo, funcion) for hijo in nodo.body)
            pendientes.extend((hijo, solo_tipos or otro, funcion) for hijo in nodo.orelse)
            continue
        # Los hijos en el orden de ast.iter_child_nodes, sin su generador (que pasa por iter_fields): leer todo
        # el programa recorre unos 700.000 nodos.
        for campo in nodo._fields:
            valor = getattr(nodo, campo, None)
            if isinstance(valor, ast.AST):
                pendientes.append((valor, solo_tipos, funcion))
            elif isinstance(valor, list):
                pendientes.extend((hijo, solo_tipos, funcion) for hijo in valor if isinstance(hijo, ast.AST))


def texto_literal(nodo: ast.AST | None) -> str | None:
    """El valor de una cadena escrita entera en el código: una constante, una f-string sin `{…}` o una suma de
    ellas. None si algo depende de una variable."""
    if isinstance(nodo, ast.Constant) and isinstance(nodo.value, str):
        return nodo.value
    if isinstance(nodo, ast.JoinedStr):
        partes = [texto_literal(p) for p in nodo.values]
        return None if None in partes else "".join(partes)
    if isinstance(nodo, ast.BinOp) and isinstance(nodo.op, ast.Add):
        izquierda, derecha = texto_literal(nodo.left), texto_literal(nodo.right)
        return None if izquierda is None or derecha is None else izquierda + derecha
    return None


def _paquete(nombre: str, es_paquete: bool) -> list[str]:
    return nombre.split(".") if es_paquete else nombre.split(".")[:-1]


def _absoluto(relativo: str, paquete: str) -> str:
    """importlib.util.resolve_name, sin importar nada: '..datos.x' desde el paquete 'a.b' -> 'a.datos.x'."""
    nivel = len(relativo) - len(relativo.lstrip("."))
    if not nivel:
        return relativo
    partes = paquete.split(".")
    base = partes[:len(partes) - nivel + 1]
    resto = relativo[nivel:]
    return ".".join(base + ([resto] if resto else []))


def _paquete_de_la_expresion(nodo: ast.AST | None, nombre: str, es_paquete: bool) -> str | None:
    """El paquete que se da a import_module para un nombre relativo: `__package__`, `__name__`, `__spec__.parent`
    o una cadena."""
    if isinstance(nodo, ast.Name) and nodo.id == "__package__":
        return ".".join(_paquete(nombre, es_paquete))
    if isinstance(nodo, ast.Name) and nodo.id == "__name__":
        return nombre
    if isinstance(nodo, ast.Attribute) and nodo.attr == "parent" and isinstance(nodo.value, ast.Name) \
            and nodo.value.id == "__spec__":
        return ".".join(_paquete(nombre, es_paquete))
    return texto_literal(nodo)


def _argumento(llamada: ast.Call, posicion: int, clave: str) -> ast.AST | None:
    if len(llamada.args) > posicion:
        return llamada.args[posicion]
    return next((k.value for k in llamada.keywords if k.arg == clave), None)


def _importadores(arbol: ast.AST) -> dict[str, str]:
    """Los nombres con que el módulo llama a import_module y a __import__, también con otro nombre
    (`from importlib import import_module as traer`): {nombre: 'import_module' o '__import__'}."""
    funciones = {nombre: nombre for nombre in _IMPORTADORES}
    for nodo in ast.walk(arbol):
        if isinstance(nodo, ast.ImportFrom) and nodo.module in ("importlib", "builtins"):
            funciones |= {a.asname or a.name: a.name for a in nodo.names if a.name in _IMPORTADORES}
    return funciones


def _es_import_dinamico(llamada: ast.Call, funciones: dict[str, str]) -> str | None:
    """'import_module' o '__import__' si la llamada importa un módulo por su nombre."""
    func = llamada.func
    if isinstance(func, ast.Name) and func.id in funciones:
        return funciones[func.id]
    if isinstance(func, ast.Attribute) and func.attr in _IMPORTADORES:
        return func.attr   # importlib.import_module, il.import_module, builtins.__import__…
    return None


def valores_de_tabla(arbol: ast.Module, tabla: str, parte: str) -> list[str] | None:
    """Las cadenas de la tabla `tabla` del módulo (una asignación de arriba) según `parte`; None si no está."""
    valor = next((n.value for n in arbol.body if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None
                  and any(isinstance(t, ast.Name) and t.id == tabla
                          for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))), None)
    if valor is None:
        return None
    if parte == "clave" and isinstance(valor, ast.Dict):
        elegidos = valor.keys
    elif parte.startswith("valor[") and isinstance(valor, ast.Dict):
        i = int(parte[6:-1])
        elegidos = [v.elts[i] if isinstance(v, (ast.Tuple, ast.List)) else None for v in valor.values]
    elif parte.startswith("[") and isinstance(valor, (ast.Tuple, ast.List)):
        i = int(parte[1:-1])
        elegidos = [f.elts[i] if isinstance(f, (ast.Tuple, ast.List)) else None for f in valor.elts]
    else:
        return None
    return [texto for nodo in elegidos if (texto := texto_literal(nodo)) is not None]


def imports(nombre: str, archivo: Path, es_paquete: bool, conocidos, por_tabla=None
            ) -> tuple[list[Import], list[SinResolver]]:
    """Lo que importa el módulo `nombre`, y sus imports dinámicos que no se pudieron resolver. Los módulos del
    programa se resuelven; los de afuera (PySide6, openpyxl…) quedan con su nombre."""
    raiz = nombre.split(".")[0]
    por_tabla = {(f"{raiz}.{m}" if m else raiz, f): v for (m, f), v in (POR_TABLA if por_tabla is None
                                                                           else por_tabla).items()}
    fuente = archivo.read_text(encoding="utf-8")
    arbol = ast.parse(fuente, filename=str(archivo))
    # Sin «importlib» ni «builtins» en el texto no hay `from importlib/builtins import …` que buscar: recorrer el
    # árbol entero para nada era un tercio de leer todo el programa.
    funciones = (_importadores(arbol) if "importlib" in fuente or "builtins" in fuente
                 else {nombre: nombre for nombre in _IMPORTADORES})
    paquete = ".".join(_paquete(nombre, es_paquete))
    hallados: list[Import] = []
    sin_resolver: list[SinResolver] = []

    def agregar(base: str, nombres: list[tuple[str, str | None]], linea: int, solo_tipos: bool,
                dinamico: bool = False) -> None:
        if not nombres:
            hallados.append(Import(base, None, linea, solo_tipos, dinamico))
        for importado, como in nombres:
            submodulo = f"{base}.{importado}"
            if submodulo in conocidos:  # `from ..servicios import cuotas` importa el módulo cuotas
                hallados.append(Import(submodulo, None, linea, solo_tipos, dinamico, como))
            else:
                hallados.append(Import(base, importado, linea, solo_tipos, dinamico, como))

    for nodo, solo_tipos, funcion in recorrer(arbol):
        if isinstance(nodo, ast.Import):
            hallados += [Import(alias.name, None, nodo.lineno, solo_tipos, False, alias.asname or alias.name)
                         for alias in nodo.names]
        elif isinstance(nodo, ast.ImportFrom):
            base = _absoluto("." * nodo.level + (nodo.module or ""), paquete) if nodo.level else nodo.module or ""
            agregar(base, [(alias.name, alias.asname or alias.name) for alias in nodo.names], nodo.lineno, solo_tipos)
        elif isinstance(nodo, ast.Call) and (cual := _es_import_dinamico(nodo, funciones)):
            texto = texto_literal(_argumento(nodo, 0, "name"))
            if cual == "import_module":
                base = texto
                if texto is not None and texto.startswith("."):
                    paquete_dado = _paquete_de_la_expresion(_argumento(nodo, 1, "package"), nombre, es_paquete)
                    base = None if paquete_dado is None else _absoluto(texto, paquete_dado)
                if base is not None:
                    agregar(base, [], nodo.lineno, solo_tipos, True)
                    continue
            elif texto is not None:
                nivel = _argumento(nodo, 4, "level")
                nivel = nivel.value if isinstance(nivel, ast.Constant) and isinstance(nivel.value, int) else 0
                base = _absoluto("." * nivel + texto, paquete) if nivel else texto
                lista = _argumento(nodo, 3, "fromlist")
                nombres = [(t, None) for e in lista.elts if (t := texto_literal(e))] \
                    if isinstance(lista, (ast.List, ast.Tuple)) else []
                agregar(base, nombres, nodo.lineno, solo_tipos, True)
                continue
            # Con nombre variable: desde la tabla de donde sale, o sin resolver.
            if (nombre, funcion) in por_tabla:
                tabla, parte, plantilla = por_tabla[(nombre, funcion)]
                valores = valores_de_tabla(arbol, tabla, parte)
                if valores:
                    for valor in valores:
                        agregar(_absoluto(plantilla.format(valor), paquete), [], nodo.lineno, solo_tipos, True)
                    continue
            sin_resolver.append(SinResolver(nombre, funcion, nodo.lineno, ast.unparse(nodo)))
    return hallados, sin_resolver


_LECTURAS: dict[tuple, tuple[dict, list]] = {}


def _leer(raiz: Path, por_tabla=None) -> tuple[dict[str, list[Import]], list[SinResolver]]:
    """Leer todo escritorio/ con ast lleva un segundo: se lee una vez por proceso y se vuelve a leer si cambió algún
    archivo (la firma son los módulos y la fecha de cada archivo). Las pruebas no modifican el grafo."""
    conocidos = modulos(raiz)
    firma = (raiz, repr(por_tabla),
             *((nombre, archivo.stat().st_mtime_ns) for nombre, (archivo, _) in conocidos.items()))
    if firma not in _LECTURAS:
        g, sin_resolver = {}, []
        for nombre, (archivo, es_paquete) in conocidos.items():
            g[nombre], pendientes = imports(nombre, archivo, es_paquete, conocidos, por_tabla)
            sin_resolver += pendientes
        _LECTURAS[firma] = (g, sin_resolver)
    return _LECTURAS[firma]


def grafo(raiz: Path = RAIZ, por_tabla=None) -> dict[str, list[Import]]:
    """{módulo: [Import]} de todo el paquete."""
    return _leer(raiz, por_tabla)[0]


def sin_resolver(raiz: Path = RAIZ, por_tabla=None) -> list[SinResolver]:
    """Los imports dinámicos con nombre variable que no salen de una tabla de `POR_TABLA`."""
    return _leer(raiz, por_tabla)[1]


def internos(g: dict[str, list[Import]]) -> dict[str, list[str]]:
    """{módulo: [módulos del programa que importa]} (sin él mismo), contando todo: TYPE_CHECKING, funciones y
    dinámicos."""
    return {m: sorted({i.destino for i in ds if i.destino in g and i.destino != m}) for m, ds in g.items()}


def circulos(dependencias: dict[str, list[str]]) -> list[str]:
    """Cada círculo de un grafo {módulo: [módulos que importa]}, dicho entero: 'a → b → c → a'. Uno por cada
    componente fuertemente conexa, el más corto que pasa por su primer módulo."""
    # Tarjan, iterativo.
    indice, bajo, pila, en_pila, componentes, contador = {}, {}, [], set(), [], [0]

    def visitar(inicio):
        trabajo = [(inicio, iter(dependencias[inicio]))]
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
                    trabajo.append((hijo, iter(dependencias[hijo])))
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

    for m in sorted(dependencias):
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
                for hijo in dependencias[nodo]:
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
