"""Los catálogos de idiomas (recursos/traducciones): completos, al día con el código y compilados.

Un texto nuevo en la ventana sin traducir, un marcador («{0}», «%1») o una etiqueta HTML perdidos en la traducción,
o un `.qm` viejo que no refleja su `.ts`, hacen fallar estas pruebas. `make traducciones` junta y compila.
"""

import functools
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import PySide6

from escritorio.idiomas import IDIOMAS_DE_LA_INTERFAZ
from escritorio.idiomas.catalogo import carpeta_traducciones
from escritorio.idiomas.extraer import CARPETAS_COMPARTIDAS, CARPETAS_DOCUMENTOS, CARPETAS_INTERFAZ, recolectar

CODIGOS = [c for c in IDIOMAS_DE_LA_INTERFAZ if c != "es"]


def _lrelease() -> str:
    propio = Path(PySide6.__file__).parent / "lrelease"
    return str(propio) if propio.exists() else shutil.which("pyside6-lrelease")


def _mensajes(codigo: str) -> list[tuple[str, str, ET.Element]]:
    raiz = ET.parse(carpeta_traducciones() / f"escritorio_{codigo}.ts").getroot()
    return [(c.findtext("name"), m.findtext("source"), m.find("translation"))
            for c in raiz.iter("context") for m in c.iter("message")]


@pytest.mark.parametrize("codigo", CODIGOS)
def test_el_catalogo_no_tiene_entradas_sin_terminar(codigo):
    sin_terminar = [f"[{c}] {s[:70]}" for c, s, t in _mensajes(codigo)
                    if t.get("type") in ("unfinished", "obsolete", "vanished") or not (t.text or "").strip()]
    assert not sin_terminar, f"{len(sin_terminar)} sin traducir en escritorio_{codigo}.ts:\n" + "\n".join(sin_terminar[:40])


@pytest.mark.parametrize("codigo", CODIGOS)
def test_la_traduccion_conserva_marcadores_y_etiquetas(codigo):
    marcadores = lambda t: sorted(re.findall(r"\{[^}]*\}|%[0-9n]", t))   # noqa: E731
    etiquetas = lambda t: sorted(re.findall(r"</?[a-zA-Z][^>]*>", t))    # noqa: E731
    malos = [f"[{c}] {s[:60]!r} -> {(t.text or '')[:60]!r}" for c, s, t in _mensajes(codigo)
             if t.text and (marcadores(s) != marcadores(t.text) or etiquetas(s) != etiquetas(t.text)
                            or s.count("\n") != t.text.count("\n"))]
    assert not malos, "\n".join(malos[:30])


@functools.cache
def _textos_de_la_interfaz() -> frozenset[tuple[str, str]]:
    """Los textos de la ventana y los compartidos, leídos del código una vez en el módulo (los dos catálogos los
    llevan todos; recorrer el código cuesta unos segundos)."""
    return frozenset(recolectar(CARPETAS_INTERFAZ + CARPETAS_COMPARTIDAS, con_rotulos=True))


@pytest.mark.parametrize("codigo", CODIGOS)
def test_el_catalogo_tiene_cada_texto_del_codigo_y_nada_mas(codigo):
    """El `.ts` está al día: ni un texto del código que falte (se vería en castellano) ni uno que ya no se use."""
    esperados = set(_textos_de_la_interfaz())
    if codigo == "pt_BR":
        esperados |= set(recolectar(CARPETAS_DOCUMENTOS))
    en_el_catalogo = {(c, s) for c, s, _ in _mensajes(codigo)}
    assert sorted(esperados - en_el_catalogo)[:20] == [], "corra `make traducciones`"
    assert sorted(en_el_catalogo - esperados)[:20] == [], "corra `make traducciones`"


@pytest.mark.proceso  # lanza otro programa
@pytest.mark.parametrize("codigo", CODIGOS)
def test_el_qm_compilado_es_el_de_su_ts(codigo, tmp_path):
    """lrelease compila sin entradas sin terminar ni inválidas (atajos, marcadores) y da el mismo `.qm` que va en
    el paquete."""
    ts = carpeta_traducciones() / f"escritorio_{codigo}.ts"
    compilado = tmp_path / "x.qm"
    salida = subprocess.run([_lrelease(), "-fail-on-unfinished", str(ts), "-qm", str(compilado)],
                            capture_output=True, text=True)
    assert salida.returncode == 0, salida.stdout + salida.stderr
    assert compilado.read_bytes() == ts.with_suffix(".qm").read_bytes(), "corra `make traducciones`"
