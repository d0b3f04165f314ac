"""Lo que una secretaria notó leyendo los documentos (issue 14, punto 4), por el camino real: la CLI como proceso
sobre la red de ejemplo, leyendo el texto del PDF (pypdf) o el libro (openpyxl) como lo leería ella.

- Convocatoria: la lista de destinatarios se lee en orden en cada página; nadie falta ni se repite.
- Acta: las firmas nombran a quien firma, con el cargo en su género, y nunca quedan solas en una página; «se
  requería 1», «(1 página)».
- Recibo: el importe en letras, en la moneda del pago.
- Estado de cuenta de un miembro dado de baja: lo dice, con la fecha y el motivo.
- Padrón: una región larga se parte dentro de su celda; el PDF y el Excel cuentan lo mismo.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ayudas import sin_traza


@pytest.fixture(scope="module")
def demo_original(tmp_path_factory) -> Path:
    """La red de ejemplo creada una vez por la CLI; cada prueba usa una copia."""
    carpeta = tmp_path_factory.mktemp("demo")
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    entorno.update(HOME=str(carpeta), XDG_DATA_HOME=str(carpeta / "datos"), PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    ruta = carpeta / "demo.db"
    hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(ruta), "demo"], env=entorno,
                           capture_output=True, text=True, timeout=300)
    assert hecho.returncode == 0, hecho.stderr
    return ruta


@pytest.fixture
def demo(demo_original, tmp_path) -> Path:
    copia = tmp_path / "demo.db"
    shutil.copy(demo_original, copia)
    return copia


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def paginas(ruta) -> list[str]:
    """El texto de cada página, con los espacios normalizados."""
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages]


def lineas(ruta) -> list[list[str]]:
    """Los renglones de cada página, en el orden en que se leen."""
    return [[r.strip() for r in (p.extract_text() or "").splitlines() if r.strip()] for p in PdfReader(ruta).pages]


def miembro_id(cli, base, nombre: str) -> int:
    miembros = json.loads(ok(cli("miembros", "listar", "--json", db=base)))
    return next(m["id"] for m in miembros if m["nombre"] == nombre)


# --- 5. Padrón ------------------------------------------------------------------------------------------------

_TOTAL_PDF = re.compile(r"Total: ([\d.]+) miembros · ([\d.]+) habitantes")


def _numero(texto: str) -> int:
    return int(texto.replace(".", ""))


def test_el_padron_impreso_y_el_excel_cuentan_lo_mismo_con_un_miembro_de_baja(cli, demo, tmp_path):
    tandil = miembro_id(cli, demo, "Tandil")
    ok(cli("miembros", "baja", tandil, "--fecha", "2026-06-30", "--motivo", "Renuncia por nota", db=demo))
    ok(cli("miembros", "padron", "padron.pdf", db=demo))
    ok(cli("miembros", "exportar", "padron.xlsx", db=demo))

    texto = " ".join(paginas(tmp_path / "padron.pdf"))
    libro = load_workbook(tmp_path / "padron.xlsx")
    resumen = list(libro["Resumen"].iter_rows(values_only=True))
    padron = list(libro["Padrón"].iter_rows(min_row=2, values_only=True))

    # El Excel lista a todos, también las bajas con su estado (se puede reimportar)...
    bajas = [f[0] for f in padron if f[13] == "Baja"]
    assert "Tandil" in bajas and len(bajas) >= 1
    # ...pero su resumen cuenta como el impreso: sin las bajas, y lo dice.
    total_excel = resumen[-1]
    assert total_excel[0] == "Total"
    assert total_excel[1] == len(padron) - len(bajas)
    cuantos, habitantes = (_numero(x) for x in _TOTAL_PDF.search(texto).groups())
    assert (cuantos, habitantes) == (total_excel[1], total_excel[2])
    assert f"{len(bajas)} miembros dados de baja no se cuentan" in texto
    assert any(f"{len(bajas)} miembros dados de baja no se cuentan" in str(f[0]) for f in resumen)
    # País por país, lo mismo (Argentina pierde a Tandil en los dos).
    argentina = next(f for f in resumen if f[0] == "Argentina")
    subtotal = re.search(r"Subtotal Argentina: ([\d.]+) miembros · ([\d.]+) habitantes", texto)
    assert (_numero(subtotal[1]), _numero(subtotal[2])) == argentina[1:]
    assert "Tandil" not in texto


def test_una_region_larga_se_parte_dentro_de_su_celda(cli, demo, tmp_path):
    """«Libertador General Bernardo O'Higgins» (Rancagua) va en renglones dentro de la columna Región: ninguna de
    sus palabras llega a la columna Tipo (posiciones de `pdftotext -bbox`)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("sin pdftotext (poppler-utils) para leer las posiciones")
    ok(cli("miembros", "padron", "padron.pdf", db=demo))
    ruta = tmp_path / "padron.pdf"
    pagina = next(i for i, t in enumerate(paginas(ruta), start=1) if "Rancagua" in t)
    cajas = subprocess.run(["pdftotext", "-bbox", "-f", str(pagina), "-l", str(pagina), str(ruta), "-"],
                           capture_output=True, text=True, check=True).stdout
    palabras = [(float(x0), float(y0), float(x1), w) for x0, y0, x1, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', cajas)]
    region = next(x0 for x0, _, _, w in palabras if w == "Región")
    tipo = next(x0 for x0, _, _, w in palabras if w == "Tipo")
    rancagua = next(y0 for _, y0, _, w in palabras if w == "Rancagua")
    de_la_region = [(x0, y0, x1, w) for x0, y0, x1, w in palabras
                    if w in ("Libertador", "General", "Bernardo", "O&apos;Higgins") and abs(y0 - rancagua) < 40
                    and x0 > region - 20]  # no «San Bernardo», en la columna Nombre de la fila siguiente
    assert len(de_la_region) == 4
    assert len({round(y0) for _, y0, _, _ in de_la_region}) >= 2, "la región no se partió en renglones"
    for x0, _, x1, palabra in de_la_region:
        assert region - 1 <= x0 and x1 < tipo - 2, (palabra, x0, x1, region, tipo)
