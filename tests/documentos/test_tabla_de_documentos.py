"""Las columnas del issue 62 de tabla_de_documentos.py (que no corre en `make test`: hace la red de ejemplo y cada
documento en cuatro juegos) sobre dos PDF chicos escritos aquí, sin la red de ejemplo: el texto de una norma
(etiquetado, con su QR) y una tabla (sin etiquetar). Que respondan y que el QR leído se compare con lo esperado.
"""

from __future__ import annotations

from datetime import date

import pytest

from qr_en_la_pagina import programas_que_faltan
from reglas_pdfua import REGLAS as REGLAS_PDFUA
from tabla_de_documentos import columna_etiquetado, columna_pdfua, columna_qr, en_la_pagina

CODIGO = "7K2M-QX4P-9D0B"

pytestmark = [
    pytest.mark.proceso,   # pdftoppm, pdftotext y zbarimg
    pytest.mark.skipif(bool(programas_que_faltan()), reason="faltan poppler-utils o zbar-tools para leer el QR"),
]


def _norma(ruta) -> None:
    from escritorio.documentos.pdf.estatuto import escribir_texto_norma_pdf
    from escritorio.dominio.normas import VersionArticulo
    from escritorio.dominio.verificacion import Sello

    desde = date(1995, 6, 1)
    articulos = [VersionArticulo("1", "Sede", "La Red tiene su sede en Montevideo.", desde),
                 VersionArticulo("2", "Miembros", "Son miembros los municipios que adhieren.", desde)]
    escribir_texto_norma_pdf(ruta, asociacion="Red de prueba", sigla="RP", papel="A4", titulo="Estatuto",
                             al=date(2026, 3, 5), articulos=articulos, reformas=[], generado=date(2026, 3, 5),
                             sello=Sello(CODIGO))


def _tabla(ruta) -> None:
    from escritorio.documentos.pdf.base import Encabezado
    from escritorio.documentos.pdf.tabla import Columna, Fila, escribir_tabla_pdf

    escribir_tabla_pdf(ruta, papel="A4", encabezado=Encabezado("Red de prueba", "RP", "Padrón", date(2026, 3, 5)),
                       columnas=(Columna("Nombre", 40), Columna("Región", 30)),
                       filas=[Fila(("Municipio 1", "Región 1"))])


def test_las_columnas_del_62_sobre_una_norma_y_una_tabla(tmp_path):
    norma, tabla = tmp_path / "norma.pdf", tmp_path / "tabla.pdf"
    _norma(norma)
    _tabla(tabla)

    assert columna_qr("estatuto", {("es", False): norma}, tmp_path) == "sí (es·sin), p. 1"
    # Con la dirección pública el QR debe llevar la página de verificación: este lleva el código solo.
    con_direccion = columna_qr("estatuto", {("es", True): norma}, tmp_path)
    assert con_direccion.startswith("**NO**: es·con: página 1: zbarimg leyó ['7K2M-QX4P-9D0B'] a 70 ppi"), \
        con_direccion
    assert columna_qr("estatuto", {("es", False): "no se hizo"}, tmp_path) == "**NO**: es·sin: no se pudo hacer"

    # Las reglas de PDF/UA-1 que se comprueban: la norma las cumple todas.
    assert columna_pdfua(norma) == f"{len(REGLAS_PDFUA)}/{len(REGLAS_PDFUA)}"

    etiquetas = columna_etiquetado(norma.read_bytes())
    assert etiquetas.startswith("sí: Document, ") and "H1" in etiquetas and "Figure" in etiquetas, etiquetas
    assert columna_etiquetado(tabla.read_bytes()) == "sí: Document, H1, Table/TR/TH/TD"   # la tabla paginada también

    # Sin sitio publicado, ninguna página reconoce nada.
    assert en_la_pagina(tmp_path / "sitio", CODIGO, "0" * 64) == {"es": "no", "pt": "no"}
