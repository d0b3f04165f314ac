"""El grafo de imports del programa (issues #16 y #44): sin círculos, cada capa importa solo hacia abajo, la CLI y lo
que está debajo de la ventana sin Qt, la ventana y la CLI toman de `datos/` solo lo que les asigna `DATOS_DE_LAS_CARAS`,
y ningún módulo importa un nombre privado (`_algo`) de otro.

Se lee el código con `ast` (no se importa nada; `tests/grafo_de_imports.py` dice qué cuenta como import): los de
arriba y los de dentro de funciones, los de `if TYPE_CHECKING:` (también para los círculos: allí se explica por qué)
y los dinámicos (`importlib.import_module`, `__import__`), con nombre literal o desde la tabla de donde sale el
nombre; uno que no se puede resolver hace fallar la prueba salvo que esté en `DINAMICOS_SIN_RESOLVER`, con su motivo.

Capas, de arriba abajo (un módulo puede importar de su capa o de las de abajo, nunca de una más alta):

    6  __main__                      arranca la ventana o la CLI
    5  cli, interfaz                 las dos caras; entre ellas no se importan
    4  demo                          la red de ejemplo, armada con los servicios
    3  servicios                     casos de uso, una transacción cada uno
    2  datos, documentos             SQLite; PDF y Excel
    1  registro, salida, rutas, idiomas
                                     el registro de errores; la salida a archivos y consola (usa errores, rutas y
                                     dominio.entrada); dónde viven los datos del usuario (la carpeta de datos, el
                                     modo portátil); los catálogos de traducción. Los usan datos/ y documentos/: no
                                     importan a ninguno de los dos
    0  dominio, errores, recursos    reglas puras; los errores con su mensaje; los archivos de recursos/

Además: `dominio` no importa nada del programa salvo `dominio` y `errores`; `errores` no importa nada del programa
(el dominio lo usa: es el piso); `cli` nunca importa `interfaz` (ni
`interfaz` a `cli`); ningún módulo fuera de `interfaz` (y `__main__`, que la lanza tarde) importa Qt: PySide6,
shiboken6, qtpy, qtawesome, PyQt5/6 (`QT`) ni una biblioteca que cargue Qt al importarla (se prueba importando en un
proceso aparte cada biblioteca de afuera que usan esas capas); y qtawesome lo importa solo `interfaz/iconos.py`.
"""

import ast
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from grafo_de_imports import POR_TABLA, RAIZ, Import, circulos, grafo, internos, modulos, sin_resolver

CAPAS = {
    "__main__": 6,
    "cli": 5, "interfaz": 5,
    "demo": 4, "servidor_de_voto": 4,
    "servicios": 3,
    "datos": 2, "documentos": 2,
    "registro": 1, "salida": 1, "rutas": 1, "idiomas": 1, "configuracion_regional": 1,
    "dominio": 0, "errores": 0, "recursos": 0,
    "": 0,  # escritorio/__init__.py: el nombre y la versión
}
# Capas de un mismo nivel que no se importan entre sí.
SEPARADAS = {frozenset({"cli", "interfaz"})}
CON_QT = {"interfaz", "__main__"}

# Qt, con sus enlaces y lo que se apoya en él. Una biblioteca que no está aquí y carga Qt al importarla también cuenta:
# `test_las_bibliotecas_de_las_capas_sin_qt_no_cargan_qt` la importa y mira.
QT = {"PySide6", "PySide2", "shiboken6", "shiboken2", "PyQt6", "PyQt5", "PyQt4", "sip", "qtpy", "qtawesome",
      "pyqtgraph", "pytestqt"}
# El único módulo que importa qtawesome (se piden los íconos por su nombre: `icono("pdf")`).
QTAWESOME = "interfaz.iconos"

# Lo que la ventana (interfaz/) y la línea de órdenes (cli/) pueden importar de datos/: módulo -> {nombre: motivo}.
# Todo lo demás lo piden a un servicio (servicios/). Un import del módulo entero (`from ..datos import conexion`)
# cuenta por cada nombre que se usa de él (`conexion.al_esperar`).
CARAS = ("cli", "interfaz")
DATOS_DE_LAS_CARAS = {
    "datos.postgres": {
        "es_url_de_servidor": "abrir la base: si lo pedido es una dirección postgresql://… y no un archivo",
        "partes_de_direccion": "abrir la base del servidor: la dirección en sus partes (diálogo Servidor, recientes)",
        "armar_direccion": "abrir la base del servidor: la dirección desde sus partes, sin la clave (recientes)",
        "PUERTO_POR_OMISION": "abrir la base del servidor: el puerto que propone el diálogo",
    },
    "datos.postgres.conexion": {
        "sin_clave": "la dirección del servidor sin su clave, para decirla en un mensaje",
    },
    "datos.conexion": {
        "ruta_de": "la base abierta: su archivo (el título, los respaldos, el viaje, cambiar de base)",
        "hay_base": "abrir la base: si la ruta tiene una base, antes de abrirla (la CLI no crea una sin querer)",
        "solo_lectura": "la base abierta: por qué es de solo lectura (la franja de la ventana, el aviso de la CLI)",
        "texto_no_utf8": "errores de conexión: el mensaje de un texto de otro programa que no es UTF-8",
        "al_esperar": "el cerrojo: avisar mientras se espera a que otro termine de escribir (interfaz/espera.py)",
        "ESPERA_CON_AVISO_S": "el cerrojo: hasta cuándo se espera con el aviso a la vista",
    },
    "datos.vigilancia": {
        "CambiosDeOtros": "la base abierta, vigilada: lo que guardan otros programas (la ventana recarga)",
        "base_reemplazada": "la base abierta, vigilada: si otro programa reemplazó o borró el archivo",
        "diario_perdido": "la base abierta, vigilada: si otro programa le borró el diario",
        "ruta_abierta": "la base abierta, vigilada: el archivo que se abrió, para decir cuál se reemplazó",
    },
    "datos.base_de_datos": {
        "BaseDeDatos": "la base abierta: su tipo, para anotar lo que la recibe (interfaz/dialogos/sesion/protocolo_del_editor.py)",
    },
}

# Imports dinámicos con nombre variable que no salen de una tabla (grafo_de_imports.POR_TABLA): (módulo, función)
# -> motivo. Solo para módulos que el programa no importa (se comprueba).
DINAMICOS_SIN_RESOLVER = {
    ("idiomas.extraer", "_de_otras_capas"): "herramienta de `make traducciones` (python -m escritorio.idiomas.extraer), "
                                            "no parte del programa: lee los rótulos de ROTULOS_DE_OTRAS_CAPAS, de "
                                            "cualquier capa",
    ("idiomas.extraer", "recolectar"): "herramienta de `make traducciones`: importa cada módulo de la ventana que "
                                       "tiene textos armados en tablas, para leerlas",
}


# --- las reglas -------------------------------------------------------------------------------------------------

def area(modulo: str) -> str:
    """'escritorio.servicios.cuotas' -> 'servicios'; 'escritorio.errores' -> 'errores'; 'escritorio' -> ''."""
    partes = modulo.split(".")
    return partes[1] if len(partes) > 1 else ""


def _es_del_programa(g, destino: str) -> bool:
    return destino in g or destino.rsplit(".", 1)[0] in g


def _como_se_importa(i: Import) -> str:
    return ", ".join(["línea %d" % i.linea] + (["TYPE_CHECKING"] if i.solo_tipos else [])
                     + (["dinámico"] if i.dinamico else []))


def circulos_del_programa(g) -> list[str]:
    """Cada círculo, dicho entero y con la línea de cada import: 'a (línea 3) → b (línea 9, TYPE_CHECKING) → a'."""
    dichos = []
    for circulo in circulos(internos(g)):
        pasos = circulo.split(" → ")
        partes = [f"{origen} ({'; '.join(_como_se_importa(i) for i in g[origen] if i.destino == destino)})"
                  for origen, destino in zip(pasos, pasos[1:])]
        dichos.append(" → ".join(partes + [pasos[-1]]))
    return dichos


def subidas_de_capa(g, capas=CAPAS, separadas=SEPARADAS, con_qt=CON_QT) -> list[tuple[str, str]]:
    """[(clave, mensaje con archivo y línea)] de cada import hacia una capa más alta, entre caras separadas, del
    dominio hacia otra cosa que dominio/errores, de errores hacia cualquier otro módulo del programa, o de Qt fuera de
    la ventana."""
    malos = []
    for origen, destinos in g.items():
        capa_origen = area(origen)
        for i in destinos:
            destino = i.destino
            donde = f"{origen} ({_como_se_importa(i)})"
            if destino.split(".")[0] in QT:
                if capa_origen not in con_qt:
                    malos.append((f"{origen} → {destino.split('.')[0]}",
                                  f"{donde} importa {destino}: solo la ventana usa Qt"))
                continue
            if not _es_del_programa(g, destino):
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
            elif capa_origen == "errores":
                malos.append((f"{origen} → {destino}", f"{donde} importa {destino}: los errores no importan nada del "
                                                        "programa (el mensaje lo arma quien lanza el error)"))
            elif capa_origen == "dominio" and capa_destino not in {"dominio", "errores"}:
                malos.append((f"{origen} → {destino}", f"{donde} importa {destino}: el dominio solo usa dominio y "
                                                        "errores"))
    return sorted(set(malos))


def qtawesome_fuera_de_iconos(g, permitido=QTAWESOME) -> list[str]:
    """Los módulos que importan qtawesome, salvo el de los íconos."""
    raiz = next(iter(g)).split(".")[0]
    return sorted({f"{origen} (línea {i.linea})" for origen, destinos in g.items() for i in destinos
                   if i.destino.split(".")[0] == "qtawesome" and origen != f"{raiz}.{permitido}"})


def _nombres_usados(archivo: Path, como: str) -> set[str]:
    """Los atributos que el módulo usa de lo que importó con el nombre `como` (`conexion.al_esperar` -> al_esperar)."""
    return set(_atributos_por_nombre(archivo).get(como, ()))   # una copia: la del archivo sirve a otras preguntas


def _nombre_con_puntos(nodo: ast.AST) -> str | None:
    """`a` o `a.b.c` tal como se escribió (lo que daría ast.unparse); None si es otra expresión (una llamada, un
    índice): esas nunca son el nombre de un import."""
    partes = []
    while isinstance(nodo, ast.Attribute):
        partes.append(nodo.attr)
        nodo = nodo.value
    if not isinstance(nodo, ast.Name):
        return None
    return ".".join([nodo.id, *reversed(partes)])


@functools.lru_cache(maxsize=None)
def _atributos_por_nombre(archivo: Path) -> dict[str, set[str]]:
    """{nombre: atributos que el módulo le pide} de un archivo, leído una vez por proceso (un módulo que importa
    varios de datos/ se leía una vez por import)."""
    usados: dict[str, set[str]] = {}
    for nodo in ast.walk(ast.parse(archivo.read_text(encoding="utf-8"))):
        if isinstance(nodo, ast.Attribute) and (nombre := _nombre_con_puntos(nodo.value)) is not None:
            usados.setdefault(nombre, set()).add(nodo.attr)
    return usados


def datos_fuera_de_la_asignacion(g, raiz: Path = RAIZ, asignacion=DATOS_DE_LAS_CARAS, caras=CARAS) -> list[str]:
    """Cada import de datos/ desde la ventana o la CLI que no está en la asignación: 'origen → datos.x.nombre'."""
    conocidos = modulos(raiz)
    paquete = raiz.name
    permitidos = {(f"{paquete}.{modulo}", nombre) for modulo, nombres in asignacion.items() for nombre in nombres}
    malos = set()
    for origen, destinos in g.items():
        if area(origen) not in caras:
            continue
        for i in destinos:
            if area(i.destino) != "datos" or not _es_del_programa(g, i.destino):
                continue
            if i.nombre is not None:
                nombres = {i.nombre}
            else:
                nombres = _nombres_usados(conocidos[origen][0], i.como) if i.como else set()
                nombres = nombres or {"(el módulo entero)"}
            malos |= {f"{origen} (línea {i.linea}) → {i.destino}.{nombre}" for nombre in nombres
                      if (i.destino, nombre) not in permitidos}
    return sorted(malos)


def nombres_privados(g) -> list[tuple[str, str]]:
    """[(clave 'a → b', mensaje)] por cada par de módulos del programa donde `a` hace `from b import _algo`."""
    por_par: dict[tuple[str, str], list[str]] = {}
    for origen, destinos in g.items():
        for i in destinos:
            if (i.nombre and i.nombre.startswith("_") and not i.nombre.startswith("__") and i.destino != origen
                    and i.destino in g):
                por_par.setdefault((origen, i.destino), []).append(f"{i.nombre} (línea {i.linea})")
    return sorted((f"{origen} → {destino}",
                   f"{origen} importa de {destino} nombres privados de ese módulo: {', '.join(nombres)}; hágalos "
                   "públicos o muévalos a donde los usan los dos")
                  for (origen, destino), nombres in por_par.items())


def dinamicos_no_permitidos(raiz: Path = RAIZ, por_tabla=None, excepciones=DINAMICOS_SIN_RESOLVER) -> list[str]:
    """Los imports dinámicos con nombre variable que no salen de una tabla ni están entre las excepciones."""
    permitidos = {(f"{raiz.name}.{m}", f) for m, f in excepciones}
    return [f"{s.modulo}, {s.funcion or 'en el módulo'} (línea {s.linea}): {s.expresion}"
            for s in sin_resolver(raiz, por_tabla) if (s.modulo, s.funcion) not in permitidos]


def bibliotecas_de_las_capas_sin_qt(g, con_qt=CON_QT) -> list[str]:
    """Lo que importan de afuera (sin la biblioteca estándar ni Qt) los módulos de las capas que no usan Qt: cada
    módulo, y `modulo.nombre` por si el nombre es un submódulo (`from pyhanko.sign import signers`)."""
    nombres = set()
    for origen, destinos in g.items():
        if area(origen) in con_qt:
            continue
        for i in destinos:
            primero = i.destino.split(".")[0]
            if _es_del_programa(g, i.destino) or primero in sys.stdlib_module_names or primero in QT or not primero:
                continue
            nombres |= {i.destino} | ({f"{i.destino}.{i.nombre}"} if i.nombre else set())
    return sorted(nombres)


_GUION_QT = """
import importlib, json, sys
qt = set(json.loads(sys.argv[1]))
cargan = {}
for nombre in json.loads(sys.argv[2]):
    antes = {m.split(".")[0] for m in sys.modules}
    try:
        importlib.import_module(nombre)
    except Exception:   # `modulo.nombre` que no es un submódulo, o una dependencia de otro sistema
        continue
    nuevos = sorted(({m.split(".")[0] for m in sys.modules} - antes) & qt)
    if nuevos:
        cargan[nombre] = nuevos
print(json.dumps(cargan))
"""


def cargan_qt(nombres: list[str], rutas: tuple[Path, ...] = ()) -> dict[str, list[str]]:
    """{biblioteca: [lo de Qt que carga]} importando cada una en un proceso aparte (el de las pruebas ya tiene Qt).
    Una vez cargado Qt, las siguientes que también lo cargan no se notan: basta con la primera para fallar."""
    entorno = dict(os.environ, PYTHONPATH=os.pathsep.join([*map(str, rutas), os.environ.get("PYTHONPATH", "")]))
    salida = subprocess.run([sys.executable, "-c", _GUION_QT, json.dumps(sorted(QT)), json.dumps(nombres)],
                            capture_output=True, text=True, env=entorno, timeout=120, check=True)
    return json.loads(salida.stdout)


def la_demo_usa_datos(g) -> list[str]:
    """La red de ejemplo es un cliente de los servicios como la ventana y la línea de órdenes (issue 44 §2): cada
    import de datos/ desde demo/, salvo los de `if TYPE_CHECKING:` (anotar el tipo de la base no lee ni escribe)."""
    return [f"{origen} (línea {linea}) importa {destino}" for origen, destinos in g.items() if area(origen) == "demo"
            for i in destinos if area(i.destino) == "datos" and not i.solo_tipos
            for destino, linea in [(i.destino, i.linea)]]


# --- las pruebas ------------------------------------------------------------------------------------------------

def test_ningun_circulo_de_imports():
    nuevos = circulos_del_programa(grafo())
    assert not nuevos, ("Círculos de imports (rómpalos; un import dentro de una función, uno dinámico y uno de "
                        "TYPE_CHECKING también cuentan; para anotar sin importar de vuelta, un typing.Protocol en un "
                        "módulo chico):\n" + "\n".join(nuevos))


def test_cada_capa_importa_solo_hacia_abajo():
    malos = [mensaje for _, mensaje in subidas_de_capa(grafo())]
    assert not malos, "Imports que suben de capa:\n" + "\n".join(malos)


def test_solo_iconos_importa_qtawesome():
    malos = qtawesome_fuera_de_iconos(grafo())
    assert not malos, ("Importan qtawesome (pida el ícono por su nombre: `from escritorio.interfaz.iconos import "
                       "icono; icono(\"pdf\")`; el nombre, en ICONOS):\n" + "\n".join(malos))


@pytest.mark.proceso  # lo mira en un proceso nuevo
def test_las_bibliotecas_de_las_capas_sin_qt_no_cargan_qt():
    """Lo que no está en `QT` pero carga Qt al importarlo (un envoltorio, un backend) también es Qt."""
    cargan = cargan_qt(bibliotecas_de_las_capas_sin_qt(grafo()))
    assert not cargan, ("Bibliotecas que usan las capas sin Qt y cargan Qt al importarlas (agréguelas a QT de "
                        f"tests/test_capas.py y úselas solo desde la ventana): {cargan}")


def test_la_ventana_y_la_cli_toman_de_datos_solo_lo_asignado():
    malos = datos_fuera_de_la_asignacion(grafo())
    assert not malos, ("La ventana o la CLI importan de datos/ algo que no está en DATOS_DE_LAS_CARAS de "
                       "tests/test_capas.py (pídalo a un servicio; o, si es de abrir la base, del cerrojo o de los "
                       "errores de conexión, agréguelo allí con el motivo):\n" + "\n".join(malos))


def test_la_asignacion_de_datos_no_tiene_nombres_de_mas():
    """Cada nombre de la tabla existe en su módulo y alguna de las dos caras lo usa: la tabla dice lo de hoy."""
    g = grafo()
    conocidos = modulos()
    usados = set()
    for origen, destinos in g.items():
        if area(origen) in CARAS:
            for i in destinos:
                if i.nombre is not None:
                    usados.add((i.destino, i.nombre))
                elif i.como:
                    usados |= {(i.destino, n) for n in _nombres_usados(conocidos[origen][0], i.como)}
    sobran = sorted(f"{m}.{n}" for m, nombres in DATOS_DE_LAS_CARAS.items() for n in nombres
                    if (f"escritorio.{m}", n) not in usados)
    assert not sobran, f"En DATOS_DE_LAS_CARAS y sin uso en la ventana ni en la CLI (quítelos): {sobran}"


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


def test_cada_import_dinamico_se_resuelve_o_tiene_su_motivo():
    malos = dinamicos_no_permitidos()
    assert not malos, ("Imports dinámicos cuyo nombre no se puede leer (escríbalo literal, o diga en "
                       "grafo_de_imports.POR_TABLA de qué tabla sale):\n" + "\n".join(malos))


def test_las_excepciones_y_las_tablas_de_los_dinamicos_estan_al_dia():
    g = grafo()
    pendientes = {(s.modulo, s.funcion) for s in sin_resolver()}
    viejas = [m for m in DINAMICOS_SIN_RESOLVER if (f"escritorio.{m[0]}", m[1]) not in pendientes]
    assert not viejas, f"Excepciones de DINAMICOS_SIN_RESOLVER que ya no hacen falta (quítelas): {viejas}"
    # Una excepción es para una herramienta que se corre aparte: el programa no la importa.
    importadas = sorted({f"{origen} → {m}" for m, _ in DINAMICOS_SIN_RESOLVER for origen, destinos in g.items()
                         for i in destinos if i.destino == f"escritorio.{m}"})
    assert not importadas, f"Módulos con imports dinámicos sin resolver que el programa importa: {importadas}"
    sin_uso = [clave for clave in POR_TABLA
               if not any(i.dinamico for i in g.get(f"escritorio.{clave[0]}", []))]
    assert not sin_uso, f"Entradas de grafo_de_imports.POR_TABLA sin un import dinámico: {sin_uso}"


# --- la prueba de la prueba: un paquete trampa ------------------------------------------------------------------

TRAMPA = {
    "__init__.py": "",
    "__main__.py": "from .cli import principal\n",
    "errores.py": "class ErrorTrampa(Exception):\n    def __init__(self):\n        from .dominio.textos import TEXTO\n",
    "dominio/textos.py": "TEXTO = 'un texto'\n",
    "cli/__init__.py": "from ..servicios.a import alta\nfrom ..interfaz import ventana\n",
    "interfaz/__init__.py": "",
    "interfaz/ventana.py": ("from PySide6.QtWidgets import QWidget\nfrom ..servicios import a\nimport importlib\n"
                            "from ..datos.tabla import abrir\n\n"
                            "tabla = importlib.import_module('trampa.datos.tabla')\n"),
    "servicios/__init__.py": "",
    "servicios/a.py": "from .b import cobrar\n\ndef alta():\n    from ..datos.tabla import _fila\n",
    "servicios/b.py": "def cobrar():\n    from . import c\n",
    "servicios/c.py": "from .a import alta\n",
    "servicios/sube.py": "from ..cli import principal\n",
    "datos/__init__.py": "",
    "datos/tabla.py": "import PySide6\nfrom ..dominio.reglas import regla\n\ndef _fila():\n    pass\n",
    "dominio/__init__.py": "",
    "dominio/reglas.py": "from ..errores import ErrorTrampa\nfrom ..datos import tabla\n",
    # Un import de TYPE_CHECKING también cierra un círculo.
    "servicios/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .e import E\n",
    "servicios/e.py": "from .d import D\n",
    # Imports dinámicos con nombre literal: import_module absoluto, relativo con __package__ y con otro nombre.
    "servicios/f.py": "import importlib\n\ndef cargar():\n    return importlib.import_module('trampa.servicios.g')\n",
    "servicios/g.py": "from importlib import import_module as traer\n\nf = traer('.f', __package__)\n",
    # __import__ (con fromlist) y builtins.__import__ relativo (level=1).
    "servicios/h.py": "x = __import__('trampa.servicios.i', fromlist=['algo'])\n",
    "servicios/i.py": "import builtins\n\ny = builtins.__import__('h', globals(), None, [], 1)\n",
    # `if not TYPE_CHECKING:` y el `else:` de `if typing.TYPE_CHECKING:` corren: no son solo de tipos.
    "servicios/k.py": "import typing\nif typing.TYPE_CHECKING:\n    pass\nelse:\n    from . import l\n",
    "servicios/l.py": "from typing import TYPE_CHECKING\nif not TYPE_CHECKING:\n    from .k import K\n",
    # Con nombre variable: uno desde una tabla (se resuelve) y uno que no.
    "servicios/m.py": ("import importlib\nNOMBRES = {'sube': 1}\n\ndef por_tabla(clave):\n"
                       "    return importlib.import_module(f'.{clave}', __package__)\n\n"
                       "def cargar(nombre):\n    return importlib.import_module(nombre)\n"),
    # Qt por otros nombres, también dinámico, debajo de la ventana; qtawesome fuera de iconos.py.
    "datos/qt.py": "import qtpy\nimport shiboken6\nfrom PyQt5 import QtCore\nimport PyQt6.QtWidgets\n",
    "documentos/iconos.py": "import qtawesome\n",
    "salida.py": "import importlib\nimportlib.import_module('PySide6.QtGui')\n",
    # El registro de errores está debajo de datos/ (que lo usa): no toma nada de allí.
    "registro.py": "from .datos.tabla import abrir\n",
    "interfaz/iconos.py": "import qtawesome\n",
    "interfaz/boton.py": "from qtawesome import icon\n",
    # La CLI toma de datos/ lo asignado (abrir) y lo que no (leer, _fila; borrar_todo, por el módulo entero).
    "cli/orden.py": ("from ..datos.tabla import abrir, leer, _fila\nfrom ..datos import tabla as t\n\n"
                     "t.abrir()\nt.borrar_todo()\n"),
    "demo/__init__.py": ("from typing import TYPE_CHECKING\nfrom ..servicios import a\nfrom ..datos import tabla\n"
                         "if TYPE_CHECKING:\n    from ..datos.tabla import Fila\n"),
}
TABLAS_TRAMPA = {("servicios.m", "por_tabla"): ("NOMBRES", "clave", ".{}")}
ASIGNACION_TRAMPA = {"datos.tabla": {"abrir": "abrir la base"}}


def _paquete_trampa(tmp_path: Path) -> Path:
    raiz = tmp_path / "trampa"
    for ruta, texto in TRAMPA.items():
        (raiz / ruta).parent.mkdir(parents=True, exist_ok=True)
        (raiz / ruta).write_text(texto, encoding="utf-8")
    return raiz


def test_la_prueba_encuentra_los_circulos_y_las_subidas_de_un_paquete_trampa(tmp_path):
    raiz = _paquete_trampa(tmp_path)
    g = grafo(raiz, TABLAS_TRAMPA)

    # a → b (arriba) → c (dentro de una función) → a; datos.tabla ↔ dominio.reglas; d ↔ e por TYPE_CHECKING;
    # f ↔ g y h ↔ i por imports dinámicos; k ↔ l por `else:` y `if not TYPE_CHECKING:`.
    assert circulos(internos(g)) == [
        "trampa.datos.tabla → trampa.dominio.reglas → trampa.datos.tabla",
        "trampa.servicios.a → trampa.servicios.b → trampa.servicios.c → trampa.servicios.a",
        "trampa.servicios.d → trampa.servicios.e → trampa.servicios.d",
        "trampa.servicios.f → trampa.servicios.g → trampa.servicios.f",
        "trampa.servicios.h → trampa.servicios.i → trampa.servicios.h",
        "trampa.servicios.k → trampa.servicios.l → trampa.servicios.k",
    ]
    dichos = circulos_del_programa(g)
    assert "trampa.servicios.d (línea 3, TYPE_CHECKING) → trampa.servicios.e (línea 1) → trampa.servicios.d" in dichos
    assert "trampa.servicios.f (línea 4, dinámico) → trampa.servicios.g (línea 3, dinámico) → trampa.servicios.f" \
        in dichos
    # El else de `if TYPE_CHECKING:` y el cuerpo de `if not TYPE_CHECKING:` no son solo de tipos.
    assert [i.solo_tipos for i in g["trampa.servicios.k"] if i.destino == "trampa.servicios.l"] == [False]
    assert [i.solo_tipos for i in g["trampa.servicios.l"] if i.destino == "trampa.servicios.k"] == [False]

    claves = {clave for clave, _ in subidas_de_capa(g)}
    assert claves == {
        "trampa.cli → trampa.interfaz.ventana",        # la CLI no importa la ventana
        "trampa.servicios.sube → trampa.cli",          # un servicio no sube a la CLI
        "trampa.datos.tabla → PySide6",                # Qt fuera de la ventana
        "trampa.dominio.reglas → trampa.datos.tabla",  # el dominio no usa datos
        "trampa.errores → trampa.dominio.textos",      # los errores no importan nada, ni el dominio
        "trampa.datos.qt → qtpy", "trampa.datos.qt → shiboken6",    # Qt por otros nombres
        "trampa.datos.qt → PyQt5", "trampa.datos.qt → PyQt6",
        "trampa.documentos.iconos → qtawesome",
        "trampa.salida → PySide6",                     # con import_module
        "trampa.registro → trampa.datos.tabla",        # el registro no sube a datos/
    }
    assert all("línea" in mensaje for _, mensaje in subidas_de_capa(g))

    assert qtawesome_fuera_de_iconos(g, "interfaz.iconos") == ["trampa.documentos.iconos (línea 1)",
                                                                "trampa.interfaz.boton (línea 1)"]

    assert [clave for clave, _ in nombres_privados(g)] == ["trampa.cli.orden → trampa.datos.tabla",
                                                           "trampa.servicios.a → trampa.datos.tabla"]
    assert "_fila (línea 4)" in nombres_privados(g)[1][1]
    # La demo que importa datos/ (no la que solo anota un tipo con él).
    assert la_demo_usa_datos(g) == ["trampa.demo (línea 3) importa trampa.datos.tabla"]


def test_la_prueba_encuentra_lo_que_la_ventana_y_la_cli_toman_de_datos_sin_asignar(tmp_path):
    raiz = _paquete_trampa(tmp_path)
    g = grafo(raiz, TABLAS_TRAMPA)
    assert datos_fuera_de_la_asignacion(g, raiz, ASIGNACION_TRAMPA) == [
        "trampa.cli.orden (línea 1) → trampa.datos.tabla._fila",
        "trampa.cli.orden (línea 1) → trampa.datos.tabla.leer",
        "trampa.cli.orden (línea 2) → trampa.datos.tabla.borrar_todo",     # t.abrir() sí está asignado
        "trampa.interfaz.ventana (línea 6) → trampa.datos.tabla.(el módulo entero)",   # import_module: no se sabe qué
    ]


def test_la_prueba_resuelve_los_dinamicos_de_una_tabla_y_encuentra_los_demas(tmp_path):
    raiz = _paquete_trampa(tmp_path)
    g = grafo(raiz, TABLAS_TRAMPA)
    assert [i.destino for i in g["trampa.servicios.m"] if i.dinamico] == ["trampa.servicios.sube"]
    assert dinamicos_no_permitidos(raiz, TABLAS_TRAMPA, {}) == [
        "trampa.servicios.m, cargar (línea 8): importlib.import_module(nombre)"]
    assert dinamicos_no_permitidos(raiz, TABLAS_TRAMPA, {("servicios.m", "cargar"): "motivo"}) == []
    # Sin la tabla, el de por_tabla tampoco se resuelve.
    assert len(dinamicos_no_permitidos(raiz, {}, {})) == 2


@pytest.mark.proceso  # lo mira en un proceso nuevo
def test_la_prueba_nota_una_biblioteca_que_carga_qt(tmp_path):
    afuera = tmp_path / "afuera"
    (afuera / "envoltorio_qt").mkdir(parents=True)
    (afuera / "envoltorio_qt" / "__init__.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (afuera / "inocente.py").write_text("import json\n", encoding="utf-8")
    raiz = tmp_path / "trampa"
    (raiz / "servicios").mkdir(parents=True)
    (raiz / "__init__.py").write_text("", encoding="utf-8")
    (raiz / "servicios" / "__init__.py").write_text("", encoding="utf-8")
    (raiz / "servicios" / "a.py").write_text("import inocente\n\ndef firmar():\n    from envoltorio_qt import algo\n",
                                             encoding="utf-8")
    (raiz / "interfaz").mkdir()
    (raiz / "interfaz" / "__init__.py").write_text("import qtawesome\nimport otra_de_la_ventana\n", encoding="utf-8")
    nombres = bibliotecas_de_las_capas_sin_qt(grafo(raiz))
    assert nombres == ["envoltorio_qt", "envoltorio_qt.algo", "inocente"]   # sin lo de la ventana
    assert cargan_qt(nombres, (afuera,)) == {"envoltorio_qt": ["PySide6", "shiboken6"]}


def test_el_programa_de_hoy_tiene_grafo():
    """La prueba lee de verdad el programa: conoce sus capas, resuelve los imports relativos y los dinámicos."""
    g = grafo()
    assert {"cli", "interfaz", "demo", "servicios", "datos", "documentos", "dominio"} <= {area(m) for m in g}
    assert "escritorio.servicios.cuotas" in {i.destino for i in g["escritorio.demo.cuotas"]}
    assert "escritorio.demo" in {i.destino for i in g["escritorio.interfaz.primer_uso"]}
    # La CLI importa el módulo de cada orden desde REGISTRO; la ventana, el del área con que abre.
    dinamicos = {i.destino for i in g["escritorio.cli"] if i.dinamico}
    assert {"escritorio.cli.pagos", "escritorio.cli.servidor", "escritorio.cli.busqueda"} <= dinamicos
    assert "escritorio.interfaz.vistas.cuotas" in {i.destino for i in g["escritorio.interfaz.ventana_principal"]
                                                   if i.dinamico}
    assert "openpyxl" in {i.destino for i in g["escritorio.interfaz.dialogos.acerca"] if i.dinamico}
