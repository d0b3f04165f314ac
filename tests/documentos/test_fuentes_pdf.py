"""Las fuentes Liberation de recursos/fuentes: mismas medidas que Helvetica, Times y Courier (la maquetación de los
documentos no se mueve), familias registradas para <b> e <i>, y ninguna fuente estándar nombrada en el código.

El recorrido de cada PDF real (texto, fuentes incrustadas, PDF/A) está en test_pdfa.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from escritorio.documentos.pdf import fuentes
from escritorio.documentos.pdf.estatuto import estilo

RAIZ = Path(__file__).resolve().parents[2]
MUESTRA = ("Acta de la Asamblea General Ordinaria de la Red de Ciudades del Sur, celebrada en São Paulo "
           "el 15/09/2026: 123.456 habitantes; «quórum» (art. 13) — votos: 41 a favor, 2 en contra, 0 abstenciones.")


def test_las_medidas_son_las_de_las_fuentes_estandar():
    """Las Liberation son métricamente compatibles: un padrón, un acta o un recibo se parten igual que antes."""
    pares = [(fuentes.SANS, "Helvetica"), (fuentes.SANS_NEGRITA, "Helvetica-Bold"),
             (fuentes.SANS_CURSIVA, "Helvetica-Oblique"), (fuentes.SERIF, "Times-Roman"),
             (fuentes.SERIF_NEGRITA, "Times-Bold"), (fuentes.SERIF_CURSIVA, "Times-Italic"), (fuentes.MONO, "Courier")]
    for nuestra, estandar in pares:
        assert abs(stringWidth(MUESTRA, nuestra, 10) - stringWidth(MUESTRA, estandar, 10)) < 0.5, nuestra


def test_negrita_y_cursiva_del_marcado_eligen_la_misma_familia(tmp_path):
    destino = tmp_path / "familias.pdf"
    documento = SimpleDocTemplate(str(destino), initialFontName=fuentes.SANS)
    documento.build([Paragraph("normal <b>negrita</b> <i>cursiva</i> <b><i>las dos</i></b>",
                               estilo("sans", fontName=fuentes.SANS)),
                     Paragraph("normal <b>negrita</b> <i>cursiva</i>", estilo("serif", fontName=fuentes.SERIF))])
    with pikepdf.open(destino) as pdf:
        usadas = {str(f.BaseFont).split("+")[-1] for f in pdf.pages[0].Resources.Font.values()}
    assert usadas == {fuentes.SANS, fuentes.SANS_NEGRITA, fuentes.SANS_CURSIVA, fuentes.SANS_NEGRITA_CURSIVA,
                      fuentes.SERIF, fuentes.SERIF_NEGRITA, fuentes.SERIF_CURSIVA}


def test_ningun_documento_nombra_una_fuente_estandar():
    """Un solo «Helvetica» (o Times, Courier…) en un documento deja una fuente sin incrustar: PDF/A lo prohíbe."""
    estandar = re.compile(r"""["'](Helvetica|Times-|Courier|Symbol|ZapfDingbats)""")
    halladas = [f"{ruta.relative_to(RAIZ)}:{numero}: {linea.strip()}"
                for ruta in (RAIZ / "escritorio").rglob("*.py")
                for numero, linea in enumerate(ruta.read_text(encoding="utf-8").splitlines(), start=1)
                if estandar.search(linea)]
    assert halladas == []


def test_las_fuentes_y_su_licencia_estan_en_recursos():
    carpeta = RAIZ / "recursos" / "fuentes"
    for archivo in fuentes.ARCHIVOS.values():
        assert (carpeta / archivo).read_bytes()[:4] == b"\x00\x01\x00\x00", archivo  # TrueType
    licencia = (carpeta / "LICENCIA-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licencia and "Red Hat" in licencia
    assert "LICENCIA-OFL.txt" in (carpeta / "LEEME.md").read_text(encoding="utf-8")
