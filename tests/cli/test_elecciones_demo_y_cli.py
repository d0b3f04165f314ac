"""La elección de la demo (el Consejo elige quién completa la coordinación de una unidad temática) vista como la
ve un usuario: por la CLI, en el acta PDF, en la planilla de la sesión y en la composición de la unidad."""

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from escritorio.servicios.contexto import Contexto


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado


@pytest.fixture
def red(copia_de_la_demo, cli):
    """(una copia de la red de ejemplo, la sesión de marzo del Consejo: la que elige la coordinación; la de septiembre
    no tiene elecciones)."""
    sesiones = json.loads(ok(cli("sesiones", "listar", "--json", db=copia_de_la_demo)).stdout)
    consejo = min((s for s in sesiones if s["organo"] == "Consejo"), key=lambda s: s["fecha"])["id"]
    return copia_de_la_demo, consejo


def test_la_cli_lista_la_eleccion_de_la_demo_confirmada(red, cli):
    db, consejo = red
    [eleccion] = json.loads(ok(cli("sesiones", "elecciones", consejo, "--json", db=db)).stdout)
    assert eleccion["cargo"] == "coordinador" and eleccion["estado"] == "confirmada"
    assert eleccion["organo"].startswith("UT ") and eleccion["metodo"] == "secreta"
    votos = [c["votos"] for c in eleccion["candidaturas"]]
    assert len(votos) == 2 and votos[0] > votos[1]
    assert eleccion["electa"] == eleccion["candidaturas"][0]["nombre"]
    assert eleccion["resultado"].startswith(f"Resultó electa la candidatura de {eleccion['electa']}")

    texto = ok(cli("sesiones", "elecciones", consejo, db=db)).stdout
    assert f"Punto {eleccion['referencia']}: Coordinador — {eleccion['organo']}" in texto

    otra_vez = cli("sesiones", "confirmar-eleccion", eleccion["punto"], db=db)
    assert otra_vez.returncode != 0
    assert "Esta elección ya fue confirmada" in otra_vez.stderr and "Traceback" not in otra_vez.stderr
    sin_elecciones = next(s["id"] for s in json.loads(ok(cli("sesiones", "listar", "--json", db=db)).stdout)
                          if s["organo"] != "Consejo")
    assert "Esta sesión no tiene elecciones." in ok(cli("sesiones", "elecciones", sin_elecciones, db=db)).stdout


def test_acta_y_planilla_con_la_eleccion(red, cli, tmp_path):
    db, consejo = red
    [eleccion] = json.loads(ok(cli("sesiones", "elecciones", consejo, "--json", db=db)).stdout)
    ok(cli("sesiones", "acta", consejo, tmp_path / "acta.pdf", db=db))
    texto = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "acta.pdf").pages)
    assert f"Votación secreta. Elección de Coordinador — {eleccion['organo']}" in texto
    assert f"Resultó electa la candidatura de {eleccion['electa']}" in texto

    ok(cli("sesiones", "exportar", consejo, tmp_path / "sesion.xlsx", db=db))
    hoja = load_workbook(tmp_path / "sesion.xlsx")["Elecciones"]
    filas = list(hoja.iter_rows(min_row=2, values_only=True))
    candidaturas = [(f[5], f[6], f[7]) for f in filas if f[7] is not None]
    assert candidaturas == [(c["nombre"], c["votos"], "Sí" if c["nombre"] == eleccion["electa"] else "No")
                            for c in eleccion["candidaturas"]]
    assert [f[5] for f in filas if f[7] is None] == ["En blanco", "Nulos", "Abstenciones"]
    assert filas[0][8] == eleccion["resultado"]


def test_la_coordinacion_electa_reemplaza_a_la_saliente(red):
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.elecciones import elecciones_de_la_sesion
    from escritorio.servicios.organos import composicion

    ruta, consejo = red
    db = abrir_base(ruta)
    try:
        asociacion = db.execute("SELECT id FROM asociaciones WHERE sigla = 'RCS'").fetchone()[0]
        [eleccion] = elecciones_de_la_sesion(Contexto(db, asociacion), consejo).values()
        desde = date.fromisoformat(eleccion.desde)
        [nueva] = [a for a in composicion(Contexto(db, asociacion), eleccion.organo_id,
                                          desde).asientos if a.cargo == "coordinador"]
        assert nueva.miembro_id == eleccion.ganadora["miembro_id"]
        [saliente] = [a for a in composicion(Contexto(db, asociacion), eleccion.organo_id,
                                             date.fromordinal(desde.toordinal() - 1))
                      .asientos if a.cargo == "coordinador"]
        assert saliente.miembro_id != nueva.miembro_id
    finally:
        db.close()
