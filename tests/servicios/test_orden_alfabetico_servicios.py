"""El padrón (la tabla, el PDF y el Excel) y las listas de las actas en orden alfabético (issue 43): «Łódź» salía
después de «Zárate», porque se ordenaba por punto de código. Ahora, con la colación del idioma de la asociación
(`dominio.orden_alfabetico`): en castellano la ñ es una letra después de la n; en portugués, una n con tilde.

Las ciudades son reales; aquí todas van en un mismo país para que se vea el orden de los nombres (el del país, por
su nombre, va primero y se prueba en `test_los_paises_tambien`)."""

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.actas import obtener_acta
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import listar_miembros, listar_padron
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.padron import exportar_padron_xlsx, imprimir_padron_pdf
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

CIUDADES = ["Zárate", "Łódź", "Sevilla", "Ñuñoa", "Øvre Eiker", "São Paulo", "Nueva Helvecia", "Ávila", "Oslo",
            "Neuquén", "Ñemby"]
EN_CASTELLANO = ["Ávila", "Łódź", "Neuquén", "Nueva Helvecia", "Ñemby", "Ñuñoa", "Oslo", "Øvre Eiker", "São Paulo",
                 "Sevilla", "Zárate"]
EN_PORTUGUES = ["Ávila", "Łódź", "Ñemby", "Neuquén", "Nueva Helvecia", "Ñuñoa", "Oslo", "Øvre Eiker", "São Paulo",
                "Sevilla", "Zárate"]


def _red(db, idioma: str) -> tuple[Contexto, dict[str, int]]:
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Ciudades", sigla="RC", idioma_documentos=idioma,
                                                      paises={"AR": "pleno", "BR": "pleno", "UY": "pleno"}))
    contexto = Contexto(db, asociacion)
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="AR", fecha_ingreso=date(2000, 1, 1)),
                                 poblacion=(100_000 + i, 2020, "Censo"))
           for i, nombre in enumerate(CIUDADES)}
    return contexto, ids


def _en_el_pdf(ruta) -> list[str]:
    """Las ciudades en el orden en que aparecen en el texto del PDF."""
    texto = " ".join(p.extract_text() for p in PdfReader(ruta).pages)
    return sorted(CIUDADES, key=texto.index)


@pytest.mark.parametrize("idioma, esperado", [("es", EN_CASTELLANO), ("pt", EN_PORTUGUES)])
def test_la_tabla_el_pdf_y_el_excel_del_padron_en_el_mismo_orden(db, tmp_path, idioma, esperado):
    contexto, _ = _red(db, idioma)
    assert [m["nombre"] for m in listar_padron(contexto)] == esperado       # la tabla de Miembros
    assert [m["nombre"] for m in listar_miembros(contexto)] == esperado
    imprimir_padron_pdf(contexto, tmp_path / "padron.pdf")
    assert _en_el_pdf(tmp_path / "padron.pdf") == esperado
    exportar_padron_xlsx(contexto, tmp_path / "padron.xlsx")
    hoja = load_workbook(tmp_path / "padron.xlsx").worksheets[0]
    assert [f[0] for f in hoja.iter_rows(min_row=2, values_only=True)] == esperado


def test_los_paises_tambien(db):
    """Los países, por su nombre en la colación de la asociación: Argentina, Brasil, Uruguay (no por su código)."""
    contexto, _ = _red(db, "es")
    guardar_ficha(contexto, FichaMiembro(nombre="Salto", pais="UY", fecha_ingreso=date(2000, 1, 1)),
                  poblacion=(100_000, 2020, "Censo"))
    guardar_ficha(contexto, FichaMiembro(nombre="Ébano", pais="BR", fecha_ingreso=date(2000, 1, 1)),
                  poblacion=(100_000, 2020, "Censo"))
    nombres = [m["nombre"] for m in listar_padron(contexto)]
    assert nombres == EN_CASTELLANO + ["Ébano", "Salto"]


def test_la_asistencia_del_acta_en_orden_alfabetico(db):
    """El acta lista a los presentes de cada país: antes, «Zárate» iba antes que «Ávila» y «Łódź» al final."""
    contexto, ids = _red(db, "es")
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for miembro in ids.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    sesion = convocar(contexto, consejo, NuevaSesion(date(2026, 6, 10), hora="10:00", lugar="Montevideo",
                                                     convocada_el=date(2026, 5, 20)))
    for miembro in ids.values():
        registrar_asistencias(contexto, sesion, [MarcaAsistencia(miembro, "presente")])
    assert obtener_acta(contexto, sesion).contenido.asistencia_por_pais == {"Argentina": EN_CASTELLANO}
