"""El registro de convenios en Excel, leído de vuelta: lo que ve quien lo abre (títulos, una fila por convenio con su
estado y sus plazos, las obligaciones con su importe como número), cómo se imprime y un título que Excel tomaría
por fórmula guardado como texto."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from escritorio.dominio.convenios import DatosConvenio, Parte
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.convenios import FiltroConvenios, guardar_convenio, listar_convenios
from escritorio.servicios.informes_convenios import exportar_registro_de_convenios
from escritorio.servicios.partes_externas import listar_partes_externas


@pytest.fixture
def registro(demo_abierta, tmp_path):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    udelar = next(p["id"] for p in listar_partes_externas(contexto) if "Udelar" in p["nombre"])
    guardar_convenio(contexto, DatosConvenio("cooperacion", '=HYPERLINK("http://x","clic")', date(2026, 1, 5),
                                             partes=(Parte(externa_id=udelar),)))
    ruta = tmp_path / "convenios.xlsx"
    al = date(2026, 11, 23)
    escritos = exportar_registro_de_convenios(contexto, ruta, al)
    return contexto, ruta, escritos, al


def _filas(hoja) -> list[dict]:
    titulos = [c.value for c in hoja[1]]
    return [dict(zip(titulos, (c.value for c in fila))) for fila in hoja.iter_rows(min_row=2)]


def test_una_fila_por_convenio_con_su_estado_y_sus_plazos(registro):
    contexto, ruta, escritos, al = registro
    hoja = load_workbook(ruta)["Convenios"]
    filas = {f["Título"]: f for f in _filas(hoja)}
    assert escritos == len(filas) == len(listar_convenios(contexto, al=al)) == 7
    udelar = filas["Convenio marco de cooperación con la Universidad de la República"]
    assert udelar["Tipo"] == "Cooperación" and udelar["Estado"] == "Vigente"
    assert udelar["Partes"] == "RCS; Universidad de la República (Udelar) (Rectoría de la Udelar); Montevideo"
    assert udelar["Renovación automática"] == "Cada 12 meses" and udelar["Preaviso (días)"] == 90
    assert udelar["Unidad u órgano responsable"] == "UT Ciencia, tecnología y capacitación"
    assert udelar["Resolución"].startswith("Resolución 3/2026 del Consejo")
    assert udelar["Inicio"].date() == date(2026, 10, 6) and udelar["Último día para denunciarlo"].date() == date(
        2029, 7, 7)
    vencido = filas["Convenio de cooperación en integración fronteriza"]
    assert vencido["Estado"] == "Vencido" and vencido["Deja de regir"].date() == date(2023, 3, 31)
    hermanamiento = filas["Hermanamiento Montevideo – Porto Alegre"]
    assert hermanamiento["Partes"] == "Montevideo; Porto Alegre" and hermanamiento["Fin"] is None
    assert all(f["PDF firmado (SHA-256)"] == "Sin PDF" for f in filas.values())
    # El texto que Excel tomaría por fórmula va como texto, y así se ve.
    celda = next(c for c in hoja["B"] if c.value == '=HYPERLINK("http://x","clic")')
    assert celda.data_type == "s"


def test_las_obligaciones_con_importe_numerico_y_las_atrasadas(registro):
    _, ruta, _, _ = registro
    filas = _filas(load_workbook(ruta)["Obligaciones"])
    aporte = next(f for f in filas if f["Descripción"] == "Aporte de contrapartida de la Red")
    assert aporte["Importe"] == Decimal("25000") or aporte["Importe"] == 25000
    assert (aporte["Moneda"], aporte["Estado"]) == ("USD", "Cumplida") and aporte["Cumplida el"].date() == date(
        2026, 4, 4)
    vencimientos = [f["Vence"] for f in filas]
    assert vencimientos == sorted(vencimientos)   # por fecha
    assert {f["Estado"] for f in filas} <= {"Pendiente", "Cumplida", "Atrasada"}


def test_se_imprime_apaisada_con_los_titulos_en_cada_pagina(registro):
    _, ruta, _, _ = registro
    libro = load_workbook(ruta)
    hoja = libro["Convenios"]
    assert hoja.freeze_panes == "A2" and hoja.auto_filter.ref.startswith("A1:Q")
    assert hoja.page_setup.orientation == "landscape" and hoja.page_setup.fitToWidth == 1
    assert hoja.print_title_rows == "$1:$1" and hoja.column_dimensions["B"].width >= 40
    assert libro.properties.title.startswith("Registro de convenios al 23/11/2026")
    assert libro.properties.creator == "Red de Ciudades del Sur (ejemplo)"


def test_con_un_filtro_solo_esos(demo_abierta, tmp_path):
    db, asociacion = demo_abierta
    ruta = tmp_path / "hermanamientos.xlsx"
    assert exportar_registro_de_convenios(Contexto(db, asociacion["id"]), ruta,
                                          filtro=FiltroConvenios(tipo="hermanamiento")) == 1
    assert [f["Título"] for f in _filas(load_workbook(ruta)["Convenios"])] == [
        "Hermanamiento Montevideo – Porto Alegre"]
