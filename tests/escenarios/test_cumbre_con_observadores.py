"""La tercera forma de estatuto (issue 80): la cumbre de docs/referencia/otras-redes.md corrida tal cual con bash,
desde una base vacía. Ciudades observadoras por su país y por su propia admisión, una ciudad sentada con su jefe de
gobierno y su sherpa, una Presidencia que pasa a la ciudad anfitriona (y no a una observadora) y un Comité Ejecutivo
sin reelección inmediata; lo que quedó, leído con la misma línea de órdenes."""

from pathlib import Path

import pytest

from guion_con_bash import guion_corrido, orden_tras_el_guion

pytestmark = pytest.mark.proceso

GUION = Path(__file__).resolve().parents[2] / "docs" / "referencia" / "otras-redes.md"
MARCA = "<!-- guion: cumbre -->"
OBSERVADORAS = {"Valparaíso", "Lisboa", "Porto"}


@pytest.fixture(scope="module")
def cumbre(tmp_path_factory):
    return guion_corrido(tmp_path_factory, GUION, MARCA, "cumbre")


def escritorio(cumbre, *argumentos):
    return orden_tras_el_guion(cumbre, *argumentos)


def test_la_cumbre_cuenta_ciudades_y_sienta_a_las_observadoras_sin_voto(cumbre):
    comp = escritorio(cumbre, "organos", "composicion", "Cumbre", "--al", "2026-07-15", "--json")
    assert (comp["integrantes"], comp["con_voto"]) == (12, 9)
    observadoras = {a["miembro"] for a in comp["asientos"] if a["cargo"] == "observador"}
    assert observadoras == OBSERVADORAS
    assert not any(a["con_voto"] for a in comp["asientos"] if a["miembro"] in OBSERVADORAS)
    buenos_aires = [(a["persona"], a["cargo"], a["con_voto"]) for a in comp["asientos"] if a["miembro"] == "Buenos Aires"]
    assert sorted(buenos_aires) == [("Jorge Macri", "presidente", True), ("Sherpa de Buenos Aires", "suplente", False)]
    assert comp["preside"] == "Buenos Aires"
    assert comp["avisos"] == []


def test_la_presidencia_no_paso_a_una_observadora_y_paso_el_puesto_a_la_anfitriona(cumbre):
    _, _, guion = cumbre
    assert ("Lisboa no puede recibir el traspaso en Presidencia como titular: es observador el 01/07/2026"
            in " ".join(guion.stderr.split()))
    presidencia = escritorio(cumbre, "organos", "composicion", "Presidencia", "--al", "2026-07-15", "--json")
    assert [(a["miembro"], a["persona"], a["cargo"]) for a in presidencia["asientos"]] == [
        ("Buenos Aires", "Jorge Macri", "presidente")]


def test_las_observadoras_presentes_no_cuentan_para_el_quorum_y_el_acta_las_nombra(cumbre):
    asistencia = escritorio(cumbre, "sesiones", "asistencia", 1, "--json")
    assert (asistencia["quorum"]["presentes"], asistencia["quorum"]["base"]) == (6, 9)
    presentes_sin_voto = {m["miembro"] for m in asistencia["miembros"]
                          if m["estado"] == "presente" and m["observador"]}
    assert presentes_sin_voto == {"Valparaíso", "Lisboa"}
    assert "Presentes: 6 (y 2 observadores, sin voto)" in escritorio(cumbre, "sesiones", "asistencia", 1)


def test_el_comite_ejecutivo_sin_reeleccion_inmediata_ni_observadoras(cumbre):
    _, _, guion = cumbre
    errores = " ".join(guion.stderr.split())
    assert ("São Paulo no puede ocupar un cargo en Comité Ejecutivo el 01/07/2026: ya cumplió 1 mandato desde el "
            "01/07/2024, y la regla de composición dice sin reelección inmediata (Carta, art. 8).") in errores
    assert "Lisboa no puede ocupar un cargo en Comité Ejecutivo como titular: es observador el 01/07/2026" in errores
    comite = escritorio(cumbre, "organos", "composicion", "Comité Ejecutivo", "--al", "2026-07-01", "--json")
    assert [a["miembro"] for a in comite["asientos"]] == ["Bogotá"]
