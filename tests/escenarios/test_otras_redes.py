"""Otras redes, otros estatutos (issue 66): el guion de docs/referencia/otras-redes.md corrido tal cual con bash,
desde una base vacía, con la sintaxis de verdad. Un foro de ciudades y gobiernos regionales (comités por tipo de
miembro, recomendaciones por tres cuartos, sin poderes) y una federación de ciudades y asociaciones nacionales (un
Comité Ejecutivo de cinco con a lo sumo uno por país, una Secretaría Ejecutiva designada, cuotas por la población que
representan) en la misma base. Después, lo que quedó, leído con la misma línea de órdenes."""

import json
from pathlib import Path

import pytest

from ayudas import sin_traza
from cli_en_el_proceso import orden_en_el_proceso
from guion_con_bash import correr_con_bash, entorno_para, guion_de

pytestmark = pytest.mark.proceso

GUION = Path(__file__).resolve().parents[2] / "docs" / "referencia" / "otras-redes.md"
MARCA = "<!-- guion: otras-redes -->"
MUNICIPIOS_DEL_FORO = {"Rosario", "Córdoba", "Porto Alegre", "Curitiba", "Asunción", "Montevideo"}
REGIONES_DEL_FORO = {"Provincia de Santa Fe", "Estado do Paraná", "Departamento Central",
                     "Departamento de Canelones"}


@pytest.fixture(scope="module")
def redes(tmp_path_factory):
    """Corre el guion en una carpeta vacía; devuelve (carpeta, entorno de la CLI, lo que mostró el guion)."""
    carpeta = tmp_path_factory.mktemp("redes")
    _, entorno = entorno_para(carpeta)
    (carpeta / "redes.sh").write_text(guion_de(GUION, MARCA), encoding="utf-8")
    hecho = correr_con_bash(carpeta, entorno, "redes.sh")
    assert hecho.returncode == 0, hecho.stdout[-3000:] + hecho.stderr
    sin_traza(hecho)
    entorno["ESCRITORIO_DB"] = str(carpeta / "redes.db")
    return carpeta, entorno, hecho


def escritorio(redes, *argumentos, estado: int = 0):
    carpeta, entorno, _ = redes
    hecho = orden_en_el_proceso([str(a) for a in argumentos], carpeta, entorno)
    assert hecho.returncode == estado, hecho.stdout + hecho.stderr
    sin_traza(hecho)
    return hecho


def composicion(redes, organo: str, sigla: str, al: str | None = None) -> dict:
    fecha = ["--al", al] if al else []
    return json.loads(escritorio(redes, "organos", "composicion", organo, *fecha, "--asociacion", sigla,
                                 "--json").stdout)


def test_el_comite_de_municipios_sigue_al_padron_y_no_admite_a_una_provincia(redes):
    _, _, guion = redes
    # La provincia designada en el comité de municipios: rechazada con la regla, su artículo y qué hacer.
    assert ("Provincia de Santa Fe no puede ocupar un cargo en Comité de Municipios: es gobierno regional, y la "
            "regla de composición (Reglamento, art. 8) lo integra solo con municipios.") in guion.stderr

    antes = composicion(redes, "Comité de Municipios", "FCRS", "2026-06-30")
    assert {a["miembro"] for a in antes["asientos"]} == MUNICIPIOS_DEL_FORO
    assert [(a["miembro"], a["cargo"]) for a in antes["asientos"] if a["cargo"] != "titular"] == [
        ("Rosario", "coordinador")]
    assert antes["avisos"] == []
    # Salto ingresó el 1 de julio: ya integra el comité sin que nadie la designara en él.
    despues = composicion(redes, "Comité de Municipios", "FCRS", "2026-07-01")
    assert {a["miembro"] for a in despues["asientos"]} == MUNICIPIOS_DEL_FORO | {"Salto"}

    regiones = composicion(redes, "Comité de Estados, Provincias y Departamentos", "FCRS")
    assert {a["miembro"] for a in regiones["asientos"]} == REGIONES_DEL_FORO

    # Otra vez, ahora con la base de hoy: Curitiba sí (es municipio), el Estado do Paraná no.
    rechazo = escritorio(redes, "organos", "designar", "Comité de Municipios", "--miembro", 6, "--cargo",
                         "subcoordinador", "--desde", "2026-09-01", "--asociacion", "FCRS", estado=1)
    assert "Estado do Paraná no puede ocupar un cargo en Comité de Municipios" in rechazo.stderr
    assert "Reglamento, art. 8" in rechazo.stderr


def test_la_recomendacion_del_plenario_pide_tres_cuartos_de_los_presentes(redes):
    reglas = json.loads(escritorio(redes, "organos", "reglas", "Plenario", "--asociacion", "FCRS", "--json").stdout)
    texto = json.dumps(reglas, ensure_ascii=False)
    assert "tres_cuartos" in texto and "Reglamento, art. 5" in texto
    resoluciones = escritorio(redes, "resoluciones", "listar", "--asociacion", "FCRS").stdout
    assert "Recomendación 1/2026: integración fronteriza" in resoluciones


def test_el_comite_ejecutivo_tiene_a_lo_sumo_uno_por_pais(redes):
    _, _, guion = redes
    # «Exactamente uno por país» con ocho países plenos y cinco puestos: rechazado con la cuenta.
    assert ("No se agregó la regla: en Comité Ejecutivo, los cupos piden al menos 8 puestos (8 países plenos) y el "
            "órgano tiene 5 (Estatuto, art. 15)") in guion.stderr
    # La elección saltó a Rio de Janeiro (Brasil ya tenía su puesto) y el quinto fue para Lima.
    assert ("Se saltó a Rio de Janeiro (9 marcas): Brasil ya completó su cupo de 1 puesto (país pleno, Estatuto, "
            "art. 15)") in guion.stdout

    comite = composicion(redes, "Comité Ejecutivo", "FCMA", "2026-07-01")
    assert sorted((a["pais"], a["miembro"]) for a in comite["asientos"]) == [
        ("AR", "Federación Argentina de Municipios"), ("BR", "Confederação Nacional de Municípios"),
        ("CL", "Asociación Chilena de Municipalidades"), ("EC", "Quito"), ("PE", "Lima")]
    assert comite["avisos"] == []

    # Designar a mano a otra brasileña pasaría el máximo: se rechaza nombrando a quien ya ocupa el puesto.
    rechazo = escritorio(redes, "organos", "designar", "Comité Ejecutivo", "--miembro", 21, "--cargo", "titular",
                         "--desde", "2026-08-01", "--asociacion", "FCMA", estado=1)
    assert ("Rio de Janeiro no puede ocupar un cargo en Comité Ejecutivo: Brasil ya ocupa 1 puesto el 01/08/2026 "
            "(Confederação Nacional de Municípios), y la regla de composición admite a lo sumo 1") in rechazo.stderr
    # Como suplente no ocupa cupo: se registra.
    escritorio(redes, "organos", "designar", "Comité Ejecutivo", "--miembro", 21, "--cargo", "suplente",
               "--desde", "2026-08-01", "--asociacion", "FCMA")


def test_las_asociaciones_nacionales_pagan_por_la_poblacion_que_representan(redes):
    cargos = {c["miembro"]: c for c in json.loads(escritorio(
        redes, "cuotas", "exportar", "2026", "--asociacion", "FCMA", "--json").stdout)}
    assert cargos["Confederação Nacional de Municípios"]["tramo"] == "20.000.000 hab. o más"
    assert cargos["Confederação Nacional de Municípios"]["importe"] == 600000   # USD 6.000,00
    assert cargos["Asociación de Municipalidades Ecuatorianas"]["importe"] == 300000
    assert cargos["Quito"]["importe"] == 120000
    assert len(cargos) == 11   # solo los de la federación: el foro no emitió cuotas


def test_las_dos_asociaciones_no_se_tocan_y_la_base_queda_sana(redes):
    foro = escritorio(redes, "organos", "listar", "--asociacion", "FCRS").stdout
    assert "Comité de Municipios" in foro and "Comité Ejecutivo" not in foro
    # Un miembro de la federación no entra a un comité del foro.
    ajeno = escritorio(redes, "organos", "designar", "Comité de Municipios", "--miembro", 17, "--cargo", "titular",
                       "--desde", "2026-09-01", "--asociacion", "FCRS", estado=1)
    assert "no pertenece a esta asociación" in ajeno.stderr
    sana = escritorio(redes, "verificar")
    assert "La base de datos está sana." in sana.stdout
