"""Lo que la documentación nombra existe: cada orden y opción de la línea de órdenes que escribe, cada archivo del
repositorio que cita entre `comillas de código` y cada función, clase o módulo del programa que nombra
(`servicios.pagos.registrar_pago`). Un nombre que cambia en el código sin cambiar el documento hace fallar esto."""

import argparse
import importlib
import re
import shlex

import pytest

from documentos_del_repositorio import RAIZ, codigos_en_linea, documentos, ordenes_escritas

PAQUETES = ("servicios", "dominio", "datos", "documentos", "interfaz", "cli", "demo", "idiomas")
_NOMBRE_DEL_PROGRAMA = re.compile(r"^(?:escritorio\.)?(?:%s)\.[A-Za-z_][\w.]*$" % "|".join(PAQUETES))
_RUTA = re.compile(r"^(?:escritorio|tests|docs|recursos|instalador|requisitos|\.ci|%s)/[\w./-]*$" % "|".join(PAQUETES))
_CON_VALOR = {"--db", "--operador", "--idioma"}


def _analizador():
    from escritorio.cli import construir_analizador

    return construir_analizador()


def _subordenes(analizador) -> dict:
    for accion in analizador._actions:
        if isinstance(accion, argparse._SubParsersAction):
            return accion.choices
    return {}


def _opciones(analizador) -> set[str]:
    return {o for a in analizador._actions for o in a.option_strings}


def problema_de_la_orden(orden: str, raiz) -> str | None:
    """None si `orden` («escritorio cuotas emitir 2026 [--simular]») usa órdenes y opciones que existen."""
    try:
        palabras = shlex.split(orden, posix=True)
    except ValueError:
        palabras = orden.split()
    palabras = palabras[1:]
    generales = _opciones(raiz)
    while palabras and palabras[0].strip("[") in generales:
        opcion = palabras.pop(0).strip("[")
        if opcion in _CON_VALOR and palabras:
            palabras.pop(0)
    actual, camino = raiz, []
    while palabras and _subordenes(actual):
        palabra = palabras[0]
        if palabra.startswith("-") or not re.fullmatch(r"[a-z][a-z-]*", palabra):
            break   # una opción, un marcador (ORDEN, ACCION) o un valor: se deja de bajar
        if palabra not in _subordenes(actual):
            return f"no existe la orden «{' '.join(camino + [palabra])}»"
        actual = _subordenes(actual)[palabra]
        camino.append(palabras.pop(0))
    # --simular vale en toda orden (sin el suyo la simula cli/simulacion.py), salvo en las que no se simulan.
    from escritorio.cli.simulacion import NO_SE_SIMULAN

    simulable = not ({tuple(camino[:1]), tuple(camino[:2])} & set(NO_SE_SIMULAN))
    validas = _opciones(actual) | generales | ({"--simular"} if camino and simulable else set())
    for palabra in palabras:
        for opcion in re.findall(r"(?:^|[\[(|])(--[a-z][a-z0-9-]*)", palabra):
            if opcion not in validas:
                return f"«escritorio {' '.join(camino)}» no tiene la opción {opcion}"
    return None


def test_cada_orden_escrita_en_la_documentacion_existe_con_sus_opciones():
    raiz = _analizador()
    malas = []
    cuantas = 0
    for archivo in documentos():
        if archivo.name == "cli.md" and archivo.parent.name == "docs":
            continue   # la genera el analizador mismo
        for linea, orden in ordenes_escritas(archivo):
            cuantas += 1
            problema = problema_de_la_orden(orden, raiz)
            if problema:
                malas.append(f"{archivo.relative_to(RAIZ)}:{linea}: {orden[:90]} → {problema}")
    assert cuantas > 300
    assert not malas, "Órdenes de la documentación que el programa no tiene:\n" + "\n".join(malas)


def _existe_la_ruta(texto: str) -> bool:
    ruta, _, nombre = texto.partition("::")
    candidatos = [RAIZ / ruta, RAIZ / "escritorio" / ruta]
    encontrado = next((c for c in candidatos if c.exists()), None)
    if encontrado is None:
        return False
    return not nombre or nombre.split(".")[0] in encontrado.read_text(encoding="utf-8")


def test_cada_archivo_citado_existe():
    faltan = []
    for archivo in documentos():
        for linea, codigo in codigos_en_linea(archivo):
            texto = codigo.strip()
            if not _RUTA.match(texto.split("::")[0]) or re.search(r"[<>*…]|AAAA|00NN|NN", texto):
                continue
            if not _existe_la_ruta(texto):
                faltan.append(f"{archivo.relative_to(RAIZ)}:{linea}: {texto}")
    assert not faltan, "Archivos citados que no existen:\n" + "\n".join(faltan)


def _existe_el_nombre(nombre: str) -> bool:
    partes = nombre.removeprefix("escritorio.").split(".")
    for corte in range(len(partes), 0, -1):
        try:
            objeto = importlib.import_module("escritorio." + ".".join(partes[:corte]))
        except ImportError:
            continue
        for atributo in partes[corte:]:
            if not hasattr(objeto, atributo):
                anotaciones = getattr(objeto, "__annotations__", {})
                if atributo not in anotaciones and atributo not in getattr(objeto, "__dataclass_fields__", {}):
                    return False
                return True
            objeto = getattr(objeto, atributo)
        return True
    return False


def test_cada_nombre_del_programa_citado_existe():
    faltan = []
    for archivo in documentos():
        for linea, codigo in codigos_en_linea(archivo):
            nombre = codigo.split("(")[0].strip()
            if _NOMBRE_DEL_PROGRAMA.match(nombre) and not nombre.endswith((".py", ".sql", ".md")):
                if not _existe_el_nombre(nombre):
                    faltan.append(f"{archivo.relative_to(RAIZ)}:{linea}: {nombre}")
    assert not faltan, "Nombres del programa citados que no existen:\n" + "\n".join(faltan)


@pytest.mark.parametrize("orden, problema", [
    ("escritorio cuotas emitir 2026 [--simular] [--vence 2026-12-31]", None),
    ("escritorio --db C:\\redes\\x.db miembros listar --json", None),
    ("escritorio sesiones ORDEN --help", None),
    ("escritorio cuotas emitir 2026 --simualr", "«escritorio cuotas emitir» no tiene la opción --simualr"),
    ("escritorio miembros borrar 42", "no existe la orden «miembros borrar»"),
    ("escritorio organos reglas Consejo (--mayoria M | --base-rara B)",
     "«escritorio organos reglas» no tiene la opción --base-rara"),
])
def test_la_prueba_ve_una_orden_o_una_opcion_que_no_existen(orden, problema):
    assert problema_de_la_orden(orden, _analizador()) == problema


def test_la_prueba_ve_un_archivo_y_un_nombre_que_no_existen():
    assert _existe_la_ruta("tests/test_capas.py") and not _existe_la_ruta("tests/test_que_no_esta.py")
    assert _existe_la_ruta("interfaz/cambios.py::TABLAS") and not _existe_la_ruta("interfaz/cambios.py::NADA_ASI")
    assert _existe_el_nombre("servicios.pagos.registrar_pago")
    assert _existe_el_nombre("dominio.morosidad.SaldoCargo.saldo")
    assert not _existe_el_nombre("servicios.pagos.registrar_cobro")
