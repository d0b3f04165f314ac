"""Un título largo no se sale de la hoja: en el texto de una norma, la cabeza de cada página después de la primera
lleva el título a la derecha y la asociación a la izquierda. Con el título de un reglamento real de 140 letras, la
cabeza se salía por el margen izquierdo (alineada a la derecha, «…e Funcionamiento de las Comisiones…») y la
asociación quedaba en «…». Ahora el título se corta con «…» y la fecha del texto vigente queda entera."""

import re
import shutil
import subprocess
from datetime import date

import pytest

from escritorio.documentos.pdf.base import MARGEN
from escritorio.dominio.formato import fecha

TITULO = ("Reglamento General de Funcionamiento de las Comisiones Especiales de Seguimiento del Plan Estratégico de "
          "Integración Regional y Cooperación")
ARTICULO = ("La comisión podrá dictar las normas complementarias que estime necesarias para el mejor cumplimiento de "
            "sus fines, siempre que no contradigan el estatuto de la red ni las resoluciones de la Asamblea General.")


def _palabras(ruta, pagina: int) -> tuple[float, list[tuple[float, float, float, str]]]:
    """(ancho de la página, [(xMin, xMax, yMax, palabra)]) de `pdftotext -bbox`."""
    cajas = subprocess.run(["pdftotext", "-bbox", "-f", str(pagina), "-l", str(pagina), str(ruta), "-"],
                           capture_output=True, text=True, check=True).stdout
    ancho = float(re.search(r'<page width="([\d.]+)"', cajas).group(1))
    return ancho, [(float(x0), float(x1), float(y1), w) for x0, x1, y1, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', cajas)]


def test_la_cabeza_de_una_norma_de_titulo_largo_queda_dentro_de_la_hoja(copia_de_la_demo, cli, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("sin pdftotext (poppler-utils) para leer las posiciones")
    texto = tmp_path / "reglamento.txt"
    texto.write_text("\n\n".join(f"Artículo {n}. {ARTICULO}" for n in range(1, 61)), encoding="utf-8")
    cargada = cli("estatutos", "cargar", texto, "--titulo", TITULO, "--tipo", "reglamento", "--desde", "2026-01-01",
                  db=copia_de_la_demo)
    assert cargada.returncode == 0, cargada.stderr
    hecho = cli("estatutos", "texto", "--norma", TITULO, "norma.pdf", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr

    ancho, palabras = _palabras(tmp_path / "norma.pdf", 2)
    cabeza = [p for p in palabras if p[2] < MARGEN + 20]   # el renglón de arriba, antes de la tabla
    renglon = " ".join(w for *_, w in cabeza)
    assert renglon.startswith("Red de Ciudades del Sur (ejemplo) (RCS) Reglamento General de Funcionamiento"), renglon
    assert renglon.endswith(f"… — texto vigente al {fecha(date.today())}"), renglon
    for x0, x1, _, palabra in cabeza:
        assert MARGEN - 1 <= x0 and x1 <= ancho - MARGEN + 1, (palabra, x0, x1, ancho)
    # La asociación y el título no se enciman.
    fin_de_la_asociacion = max(x1 for x0, x1, _, w in cabeza if w == "(RCS)")
    assert fin_de_la_asociacion < min(x0 for x0, _, _, w in cabeza if w == "Reglamento")
