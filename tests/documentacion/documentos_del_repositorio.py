"""Los documentos Markdown del repositorio y lo que dicen: enlaces, anclas, código citado y órdenes de la CLI.

Lo usan `test_enlaces.py` y `test_lo_que_nombran.py`. Se lee el Markdown como lo muestra GitHub: lo de un bloque
``` o de un `código` no es un enlace, y el ancla de un título es la que le da GitHub (o la explícita `{#ancla}` de
la guía, que es la que usa el manual).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]
FUERA = {".venv", "build", "dist", "node_modules", ".git", "artefactos", ".pytest_cache"}

_TITULO = re.compile(r"^(#{1,6}) (.+?)(?: \{#([\w-]+)\})?\s*$")
_ENLACE = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)\s]+)\)")
_CODIGO_EN_LINEA = re.compile(r"`[^`]*`")


def documentos(raiz: Path = RAIZ) -> list[Path]:
    """Cada .md del repositorio (sin el entorno ni lo generado por las pruebas, que ni se recorren)."""
    encontrados = []
    for carpeta, subcarpetas, archivos in os.walk(raiz):
        subcarpetas[:] = [c for c in subcarpetas if c not in FUERA]
        encontrados += [Path(carpeta) / a for a in archivos if a.endswith(".md")]
    return sorted(encontrados)


@dataclass(frozen=True)
class Linea:
    numero: int
    texto: str
    en_bloque: bool   # dentro de un bloque ``` o con sangría de código


def lineas(archivo: Path) -> list[Linea]:
    salida, en_bloque = [], False
    for numero, texto in enumerate(archivo.read_text(encoding="utf-8").splitlines(), start=1):
        if texto.lstrip().startswith("```"):
            en_bloque = not en_bloque
            continue
        salida.append(Linea(numero, texto, en_bloque))
    return salida


def ancla_de_github(titulo: str) -> str:
    """El ancla que GitHub da a un título: minúsculas, sin signos (quedan letras, cifras, `-` y `_`), espacios → `-`."""
    titulo = re.sub(r"`([^`]*)`", r"\1", titulo)
    titulo = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", titulo)
    return re.sub(r"[^\w\- ]", "", titulo.strip().lower()).replace(" ", "-")


@lru_cache(maxsize=None)
def anclas(archivo: Path) -> set[str]:
    """Las anclas a las que se puede llegar en un documento: las de sus títulos y las `<a name|id>`."""
    vistas: dict[str, int] = {}
    resultado = set()
    for linea in lineas(archivo):
        if linea.en_bloque:
            continue
        titulo = _TITULO.match(linea.texto)
        if titulo:
            if titulo.group(3):
                resultado.add(titulo.group(3))
            base = ancla_de_github(titulo.group(2))
            repeticion = vistas.get(base, 0)
            vistas[base] = repeticion + 1
            resultado.add(base if repeticion == 0 else f"{base}-{repeticion}")
        resultado.update(re.findall(r'<a (?:name|id)="([^"]+)"', linea.texto))
    return resultado


@dataclass(frozen=True)
class Enlace:
    archivo: Path
    linea: int
    destino: str

    def __str__(self) -> str:
        return f"{self.archivo.relative_to(RAIZ)}:{self.linea}: {self.destino}"


def enlaces(archivo: Path) -> list[Enlace]:
    """Los enlaces e imágenes del texto (no los de un bloque de código ni los de un `código`)."""
    salida = []
    for linea in lineas(archivo):
        if linea.en_bloque or linea.texto.startswith("    "):
            continue
        texto = _CODIGO_EN_LINEA.sub("", linea.texto)
        salida += [Enlace(archivo, linea.numero, m.group(2)) for m in _ENLACE.finditer(texto)]
    return salida


def problema_del_enlace(enlace: Enlace) -> str | None:
    """None si el enlace lleva a algo; si no, qué le falta."""
    destino = enlace.destino
    if re.match(r"(https?|mailto):", destino):
        return None
    ruta, _, ancla = destino.partition("#")
    objetivo = (enlace.archivo.parent / ruta).resolve() if ruta else enlace.archivo
    if not objetivo.exists():
        return "no existe el archivo"
    if RAIZ not in objetivo.parents and objetivo != RAIZ:
        return "sale del repositorio"
    if ancla:
        if objetivo.is_dir() or objetivo.suffix != ".md":
            return "un ancla en algo que no es un documento Markdown"
        if ancla not in anclas(objetivo):
            return f"no hay un título con el ancla «{ancla}» en {objetivo.relative_to(RAIZ)}"
    return None


def codigos_en_linea(archivo: Path) -> list[tuple[int, str]]:
    """(línea, contenido) de cada `código` del texto, fuera de los bloques."""
    salida = []
    for linea in lineas(archivo):
        if not linea.en_bloque:
            salida += [(linea.numero, c[1:-1]) for c in _CODIGO_EN_LINEA.findall(linea.texto)]
    return salida


def ordenes_escritas(archivo: Path) -> list[tuple[int, str]]:
    """(línea, orden) de cada `escritorio …` escrita en el documento: en los bloques (sin el `$ ` ni el comentario
    alineado de la derecha; una línea que termina en `\\` sigue en la siguiente) y en un `código` del texto."""
    salida = []
    pendiente: tuple[int, str] | None = None
    for linea in lineas(archivo):
        texto = linea.texto
        if linea.en_bloque or texto.startswith("    "):
            texto = texto.strip()
            if pendiente is not None:
                numero, antes = pendiente
                texto, pendiente = antes + " " + texto, None
            else:
                numero = linea.numero
                texto = texto.removeprefix("$ ")
                if not texto.startswith("escritorio"):
                    continue
            if texto.endswith("\\"):
                pendiente = (numero, texto[:-1].rstrip())
                continue
            salida.append((numero, _sin_comentario(texto)))
        else:
            codigos = [c[1:-1] for c in _CODIGO_EN_LINEA.findall(texto)]
            salida += [(linea.numero, c) for c in codigos if c.startswith("escritorio ")]
    return salida


def _sin_comentario(orden: str) -> str:
    """`escritorio demo    # crea…` o `escritorio demo      crea la red…` (la lista del manual) → `escritorio demo`."""
    orden = re.split(r"\s#\s|\s#$", orden)[0]
    return re.split(r" {2,}", orden)[0].strip()
