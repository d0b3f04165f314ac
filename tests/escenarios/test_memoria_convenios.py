"""La sección «Convenios y hermanamientos» de la memoria anual de la red de ejemplo (armada el 23/11/2026): los
firmados en el año, los vigentes al corte, los que dejaron de regir y las obligaciones cumplidas, contados por otro
camino (el registro de convenios), en la memoria armada y en el PDF que lee la secretaría."""

import shutil
import subprocess
from datetime import date

import pytest

from ayudas import DIA_DE_LA_DEMO, hoy_fijo
from escritorio.dominio.memoria import Cifras, Tabla
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.convenios import listar_convenios
from escritorio.servicios.memoria.anual import armar_memoria, generar_memoria


@pytest.fixture
def red(demo_fechada_db, rcs, monkeypatch):
    hoy_fijo(monkeypatch, DIA_DE_LA_DEMO)
    return Contexto(demo_fechada_db, rcs)


def _convenios(memoria):
    seccion = next(s for s in memoria.secciones if s.clave == "convenios")
    cifras = {c.clave: c.valor for b in seccion.bloques if isinstance(b, Cifras) for c in b.cifras}
    tabla = next(b for b in seccion.bloques if isinstance(b, Tabla) and b.clave == "convenios")
    return seccion, cifras, tabla


def test_los_convenios_de_2026_firmados_vigentes_y_sus_obligaciones_cumplidas(red):
    seccion, cifras, tabla = _convenios(armar_memoria(red, 2026))
    assert seccion.titulo == "Convenios y hermanamientos"
    registro = listar_convenios(red, al=DIA_DE_LA_DEMO)
    firmados = [c for c in registro if c["firmado_el"] and c["firmado_el"].startswith("2026")]
    assert [c["titulo"] for c in firmados] == [
        "Convenio marco de cooperación con la Universidad de la República",
        "Programa de fortalecimiento de la planificación urbana en ciudades intermedias"]
    assert cifras == {"firmados": 2, "vigentes": 5, "terminaron": 0, "obligaciones_cumplidas": 2}
    # Rigieron en 2026 todos menos el de integración fronteriza, que venció en 2023.
    assert sorted(f.celdas[0] for f in tabla.filas) == sorted(
        c["titulo"] for c in registro if c["titulo"] != "Convenio de cooperación en integración fronteriza")
    fam = next(f for f in tabla.filas if f.celdas[0] == "Capacitación conjunta en gestión de residuos")
    # La vigencia, dos fechas («Desde», «Hasta»); la de un convenio sin fin, sin «Hasta».
    assert fam.celdas[6] == "Por vencer" and fam.celdas[4:6] == (date(2025, 1, 8), date(2027, 1, 7))
    hermanamiento = next(f for f in tabla.filas if f.celdas[0] == "Hermanamiento Montevideo – Porto Alegre")
    assert isinstance(hermanamiento.celdas[4], date) and hermanamiento.celdas[5] is None


def test_en_2023_vencio_el_de_integracion_fronteriza_con_su_informe_final(red):
    _, cifras, tabla = _convenios(armar_memoria(red, 2023))
    assert cifras == {"firmados": 0, "vigentes": 2, "terminaron": 1, "obligaciones_cumplidas": 1}
    vencido = next(f for f in tabla.filas if f.celdas[0] == "Convenio de cooperación en integración fronteriza")
    assert vencido.celdas[6] == "Vencido" and vencido.celdas[3] == date(2019, 3, 25)


@pytest.mark.proceso  # lanza otro programa
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="falta pdftotext (poppler-utils)")
def test_el_pdf_de_la_memoria_trae_la_seccion(red, tmp_path):
    ruta = tmp_path / "memoria-2026.pdf"
    generar_memoria(red, 2026, ruta)
    texto = " ".join(subprocess.run(["pdftotext", "-layout", str(ruta), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    assert "Convenios y hermanamientos" in texto and "Convenios que rigieron en 2026" in texto
    assert "Hermanamiento Montevideo" in texto and "(CGLU)" in texto
