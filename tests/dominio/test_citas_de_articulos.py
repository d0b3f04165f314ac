"""Leer una cita de artículo (dominio/normas.leer_cita): la norma que nombra y los artículos que cita."""

from datetime import date

import pytest

from escritorio.dominio.normas import Cita, VersionArticulo, leer_cita, reformas_posteriores, version_en
from escritorio.dominio.sesiones import cita_resolucion


@pytest.mark.parametrize("texto, norma, articulos", [
    ("Estatuto, art. 21", "Estatuto", ("21",)),
    ("Reglamento de cuotas, art. 3", "Reglamento de cuotas", ("3",)),
    ("Reglamento de cuotas (2002), art. 3", "Reglamento de cuotas", ("3",)),
    ("art. 20 y 24", None, ("20", "24")),
    ("Estatuto, arts. 20 y 24", "Estatuto", ("20", "24")),
    ("Estatuto, art. 21 (reformado el 20/05/2026)", "Estatuto", ("21",)),
    ("Estatuto, artículos 14 bis, 15 y 16", "Estatuto", ("14 bis", "15", "16")),
    ("art. 5 del Reglamento de cuotas", "Reglamento de cuotas", ("5",)),
    ("Artículo 7º", None, ("7",)),
])
def test_leer_una_cita(texto, norma, articulos):
    assert leer_cita(texto) == Cita(norma, articulos)


@pytest.mark.parametrize("texto", [None, "", "Estatuto", "Resolución 3/2002", "según lo acordado"])
def test_lo_que_no_cita_un_articulo(texto):
    assert leer_cita(texto) is None


def test_la_version_que_regia_y_las_reformas_posteriores():
    versiones = [VersionArticulo("21", None, "dos poderes", date(2025, 1, 1)),
                 VersionArticulo("21", None, "tres poderes", date(2026, 5, 21))]
    assert version_en(versiones, "21", date(2026, 1, 1)).texto == "dos poderes"
    assert version_en(versiones, "21", date(2024, 1, 1)) is None
    assert [v.texto for v in reformas_posteriores(versiones, "21", date(2025, 1, 1))] == ["tres poderes"]
    # Una regla que rige solo hasta el día en que empieza la reforma no cita un texto viejo.
    assert reformas_posteriores(versiones, "21", date(2025, 1, 1), hasta=date(2026, 5, 21)) == []


@pytest.mark.parametrize("organo, cita", [
    ("Consejo", "Resolución 1/2026 del Consejo"),
    ("Asamblea General de Socios", "Resolución 1/2026 de la Asamblea General de Socios"),
    ("Comisión Directiva", "Resolución 1/2026 de la Comisión Directiva"),
    ("Unidad Temática de Cultura", "Resolución 1/2026 de la Unidad Temática de Cultura"),
    ("Comité Ejecutivo", "Resolución 1/2026 del Comité Ejecutivo"),
    ("Secretaría Técnica Permanente", "Resolución 1/2026 de la Secretaría Técnica Permanente"),
    ("UT Ambiente", "Resolución 1/2026 de la UT Ambiente"),
    ("CD Ampliada", "Resolución 1/2026 de la CD Ampliada"),
])
def test_la_resolucion_se_cita_con_su_organo(organo, cita):
    assert cita_resolucion("resolucion", 1, 2026, organo) == cita
