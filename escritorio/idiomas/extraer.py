"""Herramienta de desarrollo: junta cada texto traducible del código en los catálogos `.ts` de Qt Linguist.

`make traducciones` la corre y luego compila los `.qm` con `pyside6-lrelease`. Lo traducible:

- `self.tr("…")` dentro de una clase: contexto, el nombre de la clase (PySide6 busca por toda la jerarquía);
- `tr("…")` de `interfaz/comun.py` y `traducir("…")` de los documentos: contexto «Escritorio», o el segundo
  argumento si se da;
- `QCoreApplication.translate("contexto", "…")`;
- `tr(TABLA[clave])` y `tr(TABLA.get(…))`, con `TABLA` un diccionario o una tupla de textos del módulo: entran
  todos sus valores (los rótulos de `dominio/`: estados, cargos, tipos).

Conserva lo ya traducido; lo nuevo queda «unfinished» (la prueba de catálogos falla hasta traducirlo) y lo que
el código ya no usa se quita. No corre en el programa: solo al cambiar textos.
"""

from __future__ import annotations

import ast
import importlib
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from . import CATALOGO_DE_DOCUMENTOS, IDIOMAS_DE_LA_INTERFAZ
from .catalogo import carpeta_traducciones, leer_ts

RAIZ = Path(__file__).resolve().parent.parent
CONTEXTO_GENERAL = "Escritorio"
FUNCIONES_GENERALES = {"tr", "traducir"}

# Qué carpetas del paquete entran en cada catálogo: la interfaz en todos; los documentos, solo en los idiomas
# de documentos (es y pt: el inglés es de la ventana, para socios internacionales).
CARPETAS_INTERFAZ = ("interfaz",)
CARPETAS_DOCUMENTOS = ("documentos",)
# Las frases que arman el dominio, los servicios y los datos (títulos de sesión, reglas, rótulos, mensajes de
# error) se ven en la ventana y en los documentos: entran en todos los catálogos.
# El sello de tiempo de documentos/ también: sus motivos los dicen «verificar» y la fila «Sello de tiempo:» de la
# ventana, en cualquier idioma de la ventana. La página de votación del teléfono (servidor_de_voto/) habla el
# idioma de cada delegado: castellano, portugués o inglés.
CARPETAS_COMPARTIDAS = ("dominio", "servicios", "datos", "salida", "errores", "documentos/sello_de_tiempo",
                        "servidor_de_voto")


def _modulo(ruta: Path) -> str:
    return ".".join(ruta.relative_to(RAIZ.parent).with_suffix("").parts)


def _textos_de_valor(valor) -> list[str]:
    if isinstance(valor, str):
        return [valor]
    if isinstance(valor, dict):
        return [t for v in valor.values() for t in _textos_de_valor(v)]
    if isinstance(valor, (list, tuple)):
        return [t for v in valor for t in _textos_de_valor(v)]
    return []


class _Recolector(ast.NodeVisitor):
    def __init__(self, ruta: Path):
        self.ruta = ruta
        self.clases: list[str] = []
        self.encontrados: list[tuple[str, str, str]] = []   # (contexto, texto, archivo)
        self.dinamicos: list[tuple[str, ast.expr, ast.AST | None]] = []
        self.funciones: list[ast.AST] = []

    def visit_ClassDef(self, nodo: ast.ClassDef) -> None:
        self.clases.append(nodo.name)
        self.generic_visit(nodo)
        self.clases.pop()

    def visit_FunctionDef(self, nodo) -> None:
        self.funciones.append(nodo)
        self.generic_visit(nodo)
        self.funciones.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _anotar(self, contexto: str, argumento: ast.expr) -> None:
        if isinstance(argumento, ast.Constant) and isinstance(argumento.value, str):
            if argumento.value.strip():   # un espacio o nada no es un texto que se traduzca
                self.encontrados.append((contexto, argumento.value, self.ruta.name))
        else:
            self.dinamicos.append((contexto, argumento, self.funciones[0] if self.funciones else None))

    def visit_Call(self, nodo: ast.Call) -> None:
        funcion = nodo.func
        if isinstance(funcion, ast.Attribute) and funcion.attr == "tr" and isinstance(funcion.value, ast.Name) \
                and funcion.value.id == "self" and nodo.args and self.clases:
            self._anotar(self.clases[-1], nodo.args[0])
        elif isinstance(funcion, ast.Name) and funcion.id in FUNCIONES_GENERALES and nodo.args:
            contexto = CONTEXTO_GENERAL
            if len(nodo.args) > 1 and isinstance(nodo.args[1], ast.Constant):
                contexto = nodo.args[1].value
            self._anotar(contexto, nodo.args[0])
        elif isinstance(funcion, ast.Attribute) and funcion.attr == "translate" and len(nodo.args) >= 2 \
                and isinstance(nodo.args[0], ast.Constant) and isinstance(nodo.args[0].value, str):
            self._anotar(nodo.args[0].value, nodo.args[1])
        self.generic_visit(nodo)


def _constantes(expresion: ast.AST) -> list[str]:
    """Los textos escritos en la expresión, sin las claves con que se busca (`fila["estado"]`, `T.get("x", …)`)."""
    claves = set()
    for nodo in ast.walk(expresion):
        if isinstance(nodo, ast.Subscript):
            claves.add(id(nodo.slice))
        elif isinstance(nodo, ast.Call) and isinstance(nodo.func, ast.Attribute) and nodo.func.attr == "get" \
                and nodo.args:
            claves.add(id(nodo.args[0]))
    return [n.value for n in ast.walk(expresion) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in claves]


def _recorridos(destino: ast.expr, iterable: ast.expr, nombre: str) -> list[str]:
    """Los textos que toma `nombre` en `for destino in iterable`: de `for clave, etiqueta in (("a", "A"), …)`, solo
    las etiquetas (la posición de `nombre` en cada tupla)."""
    literal = isinstance(iterable, (ast.Tuple, ast.List))
    if isinstance(destino, ast.Tuple) and literal:
        posicion = next((i for i, n in enumerate(destino.elts) if isinstance(n, ast.Name) and n.id == nombre), None)
        if posicion is None:
            return []
        return [t for e in iterable.elts if isinstance(e, (ast.Tuple, ast.List)) and len(e.elts) > posicion
                for t in _constantes(e.elts[posicion])]
    return _constantes(iterable) if not isinstance(destino, ast.Tuple) else []


def _de_los_bucles(nombre: str, funcion: ast.AST | None, modulo) -> list[str]:
    """`for etiqueta in ("A", "B")` (o sobre una tabla del módulo) en la misma función: los textos que recorre."""
    textos: list[str] = []
    for nodo in ast.walk(funcion) if funcion is not None else ():
        if isinstance(nodo, (ast.For, ast.comprehension)) and any(
                isinstance(n, ast.Name) and n.id == nombre for n in ast.walk(nodo.target)):
            textos += _recorridos(nodo.target, nodo.iter, nombre) + _tablas_de(nodo.iter, modulo, None)
        elif isinstance(nodo, ast.Assign) and any(isinstance(n, ast.Name) and n.id == nombre
                                                   for t in nodo.targets for n in ast.walk(t)):
            textos += _tablas_de(nodo.value, modulo, None)
    return textos


# Rótulos que la ventana recibe hechos de otra capa y traduce tal cual (`tr(c.encabezado)`, `tr(rotulo(f))`): de
# dónde salen. Entran siempre en el catálogo de la ventana, con el contexto general.
ROTULOS_DE_OTRAS_CAPAS = {
    "encabezado": ("escritorio.dominio.importacion", "COLUMNAS"),
    "tipo_nombre": ("escritorio.dominio.organos", "TIPOS_ORGANO"),
    "nombre_de_tabla": ("escritorio.servicios.descripcion_bitacora", "NOMBRES_DE_TABLAS"),
    "motivo_sin_voto": ("escritorio.dominio.organos", "SIN_VOTO_SUSPENDIDO", "SIN_VOTO_CUOTAS"),
    "rotulo_integridad": ("escritorio.servicios.firmas", "rotulo_integridad"),
    "rotulo_confianza": ("escritorio.servicios.firmas", "rotulo_confianza"),
    # `traducir(motivo_de_regla)`: el motivo de una regla de la bitácora (el texto del RAISE de su trigger)
    "motivo_de_regla": ("escritorio.servicios.reglas_de_la_bitacora", "MOTIVOS"),
    # `traducir(mensaje_de_regla)`: el mensaje con que la base rechaza un cambio (el RAISE de un trigger)
    "mensaje_de_regla": ("escritorio.datos.mensajes_de_las_reglas", "MENSAJES"),
    # `traducir(clase.nombre)`, `traducir(COMO_SE_SUPRIME[…])`: las clases de datos personales y lo que se dice de ellas
    "clase_de_datos": ("escritorio.dominio.datos_personales", "TEXTOS_DE_LAS_CLASES"),
}


def _de_otras_capas(nombre: str) -> list[str]:
    if nombre not in ROTULOS_DE_OTRAS_CAPAS:
        return []
    modulo, *atributos = ROTULOS_DE_OTRAS_CAPAS[nombre]
    textos: list[str] = []
    for atributo in atributos:
        valor = getattr(importlib.import_module(modulo), atributo)
        if callable(valor):   # una función que arma el rótulo: sus textos escritos
            import inspect
            textos += [t for t in _constantes(ast.parse(inspect.getsource(valor))) if not t.startswith(("✓", "✗"))
                       and t != valor.__doc__]
        elif nombre == "encabezado":
            textos += [c.encabezado for c in valor]
        else:
            textos += _textos_de_valor(valor)
    return textos


def _tablas_de(expresion: ast.expr, modulo, funcion: ast.AST | None) -> list[str]:
    """Los textos de `tr(expresión)` no literal: las tablas del módulo que nombra (`TABLA[c]`, `TABLA.get(c, …)`),
    los textos escritos en la expresión (`motivo or "Sin voto"`) y los que recorre un bucle de la función que le da
    valor a su variable (`for etiqueta in ("Nombre", "País")`)."""
    textos: list[str] = _constantes(expresion)
    for nodo in ast.walk(expresion):
        if isinstance(nodo, ast.Name) and not nodo.id.isupper() and funcion is not None:
            textos += _de_los_bucles(nodo.id, funcion, modulo)
        if isinstance(nodo, ast.Name) and nodo.id.isupper() or (isinstance(nodo, ast.Name) and nodo.id.startswith("_")
                                                                 and nodo.id[1:].isupper()):
            textos += _textos_de_valor(getattr(modulo, nodo.id, None))
        elif isinstance(nodo, ast.Attribute) and nodo.attr.isupper() and isinstance(nodo.value, ast.Name) \
                and nodo.value.id == "self":
            # self.TITULOS: un atributo de clase en mayúsculas
            for valor in vars(modulo).values():
                if isinstance(valor, type) and nodo.attr in vars(valor):
                    textos += _textos_de_valor(vars(valor)[nodo.attr])
    return textos


def recolectar(carpetas: tuple[str, ...], con_rotulos: bool = False) -> dict[tuple[str, str], set[str]]:
    """{(contexto, texto): {archivos}} de todo lo traducible en esas carpetas del paquete (y, con `con_rotulos`,
    los `ROTULOS_DE_OTRAS_CAPAS`)."""
    hallados: dict[tuple[str, str], set[str]] = {}
    for nombre, (modulo, *_) in ROTULOS_DE_OTRAS_CAPAS.items() if con_rotulos else ():
        archivo = modulo.replace(".", "/") + ".py"
        for texto in _de_otras_capas(nombre):
            hallados.setdefault((CONTEXTO_GENERAL, texto), set()).add(archivo)
    for carpeta in carpetas:
        base = RAIZ / carpeta
        rutas = sorted(base.rglob("*.py")) if base.is_dir() else ([base.with_suffix(".py")]
                                                                   if base.with_suffix(".py").is_file() else [])
        for ruta in rutas:
            recolector = _Recolector(ruta)
            recolector.visit(ast.parse(ruta.read_text(encoding="utf-8")))
            for contexto, texto, archivo in recolector.encontrados:
                hallados.setdefault((contexto, texto), set()).add(str(ruta.relative_to(RAIZ.parent)))
            if recolector.dinamicos:
                modulo = importlib.import_module(_modulo(ruta))
                for contexto, expresion, funcion in recolector.dinamicos:
                    for texto in _tablas_de(expresion, modulo, funcion):
                        if texto.strip():
                            hallados.setdefault((contexto, texto), set()).add(str(ruta.relative_to(RAIZ.parent)))
    return hallados


def escribir_ts(ruta: Path, idioma: str, hallados: dict[tuple[str, str], set[str]]) -> tuple[int, int]:
    """Reescribe el `.ts` con lo hallado, conservando las traducciones que ya tenía. (total, sin traducir)."""
    previas = leer_ts(ruta) if ruta.is_file() else {}
    raiz = ET.Element("TS", version="2.1", language=idioma, sourcelanguage="es")
    por_contexto: dict[str, list[tuple[str, set[str]]]] = {}
    for (contexto, texto), archivos in hallados.items():
        por_contexto.setdefault(contexto, []).append((texto, archivos))
    sin_traducir = 0
    for contexto in sorted(por_contexto):
        nodo = ET.SubElement(raiz, "context")
        ET.SubElement(nodo, "name").text = contexto
        for texto, archivos in sorted(por_contexto[contexto]):
            mensaje = ET.SubElement(nodo, "message")
            for archivo in sorted(archivos):
                ET.SubElement(mensaje, "location", filename="../../" + archivo)
            ET.SubElement(mensaje, "source").text = texto
            traduccion = previas.get((contexto, texto))
            elemento = ET.SubElement(mensaje, "translation")
            if traduccion:
                elemento.text = traduccion
            else:
                elemento.set("type", "unfinished")
                sin_traducir += 1
    ET.indent(raiz)
    cuerpo = ET.tostring(raiz, encoding="unicode")
    ruta.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + cuerpo + "\n", encoding="utf-8")
    return len(hallados), sin_traducir


def main() -> int:
    sys.path.insert(0, str(RAIZ.parent))
    interfaz = recolectar(CARPETAS_INTERFAZ + CARPETAS_COMPARTIDAS, con_rotulos=True)
    documentos = recolectar(CARPETAS_DOCUMENTOS)
    carpeta = carpeta_traducciones()
    for codigo in IDIOMAS_DE_LA_INTERFAZ:
        if codigo == "es":
            continue
        hallados = dict(interfaz)
        if codigo in CATALOGO_DE_DOCUMENTOS.values():
            for clave, archivos in documentos.items():
                hallados.setdefault(clave, set()).update(archivos)
        total, faltan = escribir_ts(carpeta / f"escritorio_{codigo}.ts", codigo, hallados)
        print(f"escritorio_{codigo}.ts: {total} textos, {faltan} sin traducir")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
