"""La ventana en portugués (y en inglés) no deja ver ningún texto del programa en castellano.

Un subproceso abre la red de ejemplo con ESCRITORIO_IDIOMA y la recorre como una persona (`recorrido_de_textos.py`):
cada área y pestaña, una sesión abierta con sus pestañas, los menús y cada diálogo que abren sus botones y menús
«…». Cada texto visto (rótulos, botones, pestañas, listas, encabezados, filas, ayudas) se compara con los textos
fuente del catálogo: si uno sigue igual al castellano y su traducción es otra, falla. Lo escrito por la secretaría
(los datos de la base: nombres de órganos, de miembros, el estatuto) queda como se escribió y no se cuenta.

La prueba de control corre el mismo recorrido en castellano y exige que lo vea: sin ella, «ningún texto en
castellano» podría ser un recorrido que no mira nada.
"""

from contextlib import closing
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from escritorio.idiomas.catalogo import carpeta_traducciones

RAIZ = Path(__file__).resolve().parents[2]
GUION = RAIZ / "tests" / "interfaz" / "recorrido_de_textos.py"
_ETIQUETA_HTML = re.compile(r"<[^>]+>")


def _normal(texto: str) -> str:
    """Sin atajos («&Archivo»), sin los dos puntos finales ni espacios de los bordes."""
    return re.sub(r"&(?=\w)", "", texto).strip().rstrip(":").strip()


def _partes(texto: str) -> list[str]:
    """El texto entero y cada renglón sin etiquetas HTML (un rótulo enriquecido junta varios textos)."""
    plano = _ETIQUETA_HTML.sub("\n", texto).replace("&nbsp;", " ").replace("&amp;", "&")
    return [texto] + [p for p in plano.split("\n") if p.strip()]


def textos_en_castellano(codigo: str) -> dict[str, str]:
    """{texto fuente: contexto} de los que el catálogo traduce distinto (no «Total», igual en los dos idiomas)."""
    fuentes = {}
    for contexto in ET.parse(carpeta_traducciones() / f"escritorio_{codigo}.ts").getroot().iter("context"):
        for mensaje in contexto.iter("message"):
            fuente, traduccion = mensaje.findtext("source"), mensaje.find("translation").text or ""
            if len(_normal(fuente)) > 1 and _normal(fuente) != _normal(traduccion):
                fuentes[_normal(fuente)] = contexto.findtext("name")
    return fuentes


def datos_de_la_base(ruta: Path) -> set[str]:
    """Cada texto guardado en la base: lo escribió la secretaría (o la red de ejemplo) y no se traduce."""
    datos = set()
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        for (tabla,) in conexion.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for fila in conexion.execute(f'SELECT * FROM "{tabla}"'):
                datos.update(_normal(v) for v in fila if isinstance(v, str))
    return datos


def empezar_el_recorrido(demo: Path, carpeta: Path, codigo: str) -> tuple[subprocess.Popen, Path, Path]:
    """Lanza el recorrido en `codigo` sobre una copia de la demo; devuelve (proceso, base, salida)."""
    base = carpeta / f"red_{codigo}.db"
    shutil.copy(demo, base)
    salida = carpeta / f"textos_{codigo}.json"
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    entorno.update(QT_QPA_PLATFORM="offscreen", ESCRITORIO_IDIOMA=codigo)
    with open(carpeta / f"errores_{codigo}.txt", "wb") as errores:   # a un archivo: tres a la vez no se traban
        proceso = subprocess.Popen([sys.executable, str(GUION), str(base), str(salida)], env=entorno,
                                   stdout=subprocess.DEVNULL, stderr=errores)
    return proceso, base, salida


def terminar_el_recorrido(proceso: subprocess.Popen, base: Path, salida: Path) -> dict:
    proceso.wait(timeout=600)
    errores = salida.with_name(salida.name.replace("textos_", "errores_").replace(".json", ".txt"))
    assert proceso.returncode == 0, errores.read_text(encoding="utf-8", errors="replace")[-3000:]
    resultado = json.loads(salida.read_text(encoding="utf-8"))
    resultado["datos"] = datos_de_la_base(base)
    return resultado


def traducciones(codigo: str) -> set[str]:
    """Cada traducción del catálogo: «Pagos» es castellano («Pagamentos») y también portugués (de «Pagados»)."""
    raiz = ET.parse(carpeta_traducciones() / f"escritorio_{codigo}.ts").getroot()
    return {_normal(t.text or "") for t in raiz.iter("translation")}


def en_castellano(recorrido: dict, codigo: str) -> dict[str, str]:
    """{texto en castellano visto: dónde} (sin los datos de la base ni lo que también es una traducción)."""
    fuentes = textos_en_castellano(codigo)
    propias = traducciones(codigo) if recorrido["idioma"] == codigo else set()
    vistos = {}
    for donde, texto in recorrido["textos"]:
        for parte in _partes(texto):
            normal = _normal(parte)
            if normal in fuentes and normal not in recorrido["datos"] and normal not in propias:
                vistos.setdefault(normal, donde)
    return vistos


@pytest.fixture(scope="module")
def recorridos(demo_creada_por_la_cli, tmp_path_factory):
    """Los tres recorridos (cada idioma es un proceso: el idioma se elige al arrancar) se lanzan juntos al empezar el
    módulo, y cada prueba espera el suyo: el que la pide primero no espera a los otros dos, ni estos a él."""
    carpeta = tmp_path_factory.mktemp("recorridos")
    lanzados = {codigo: empezar_el_recorrido(demo_creada_por_la_cli, carpeta, codigo)
                for codigo in ("pt_BR", "en", "es")}
    terminados = {}

    def recorrido(codigo: str) -> dict:
        if codigo not in terminados:
            terminados[codigo] = terminar_el_recorrido(*lanzados[codigo])
        return terminados[codigo]

    yield recorrido
    for proceso, _, _ in lanzados.values():   # si una prueba falló antes de esperar el suyo
        proceso.kill()
        proceso.wait()


@pytest.mark.parametrize("codigo", ["pt_BR", "en"])
def test_ningun_texto_del_programa_queda_en_castellano(recorridos, codigo):
    recorrido = recorridos(codigo)
    assert recorrido["idioma"] == codigo
    assert len(recorrido["dialogos"]) >= 40, recorrido["dialogos"]   # el recorrido abrió los diálogos de verdad
    vistos = en_castellano(recorrido, codigo)
    assert not vistos, f"{len(vistos)} textos en castellano con la ventana en {codigo}:\n" + "\n".join(
        f"  {donde[:60]} | {texto[:80]}" for texto, donde in sorted(vistos.items(), key=lambda x: x[1]))


def test_control_en_castellano_el_recorrido_ve_los_textos_fuente(recorridos):
    recorrido = recorridos("es")
    assert recorrido["idioma"] == "es"
    vistos = en_castellano(recorrido, "pt_BR")
    assert len(vistos) > 300, len(vistos)
    assert {"Registrar pago", "Aprobar"} & {_normal(t.rstrip("…")) for t in vistos}
