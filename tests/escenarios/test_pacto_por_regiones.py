"""La cuarta forma de estatuto (issue 80, §2): el pacto de docs/referencia/otras-redes.md corrido tal cual con bash,
desde una base vacía. Ciudades en cinco regiones continentales (Estambul en Europa aunque Turquía esté en Asia), un
Comité Ejecutivo con al menos dos y a lo sumo tres ciudades por región, elegido por la Cumbre: la elección salta a
la cuarta europea y dice la región que no llega a su mínimo, designar no pasa el máximo, y el informe por región
cuenta ciudades y puestos; lo que quedó, leído con la misma línea de órdenes."""

from pathlib import Path

import pytest

from guion_con_bash import guion_corrido, orden_tras_el_guion

pytestmark = pytest.mark.proceso

GUION = Path(__file__).resolve().parents[2] / "docs" / "referencia" / "otras-redes.md"
MARCA = "<!-- guion: pacto -->"


@pytest.fixture(scope="module")
def pacto(tmp_path_factory):
    return guion_corrido(tmp_path_factory, GUION, MARCA, "pacto")


def escritorio(pacto, *argumentos):
    return orden_tras_el_guion(pacto, *argumentos)


def test_la_eleccion_salta_a_la_cuarta_europea_y_dice_la_region_que_no_llega(pacto):
    _, _, guion = pacto
    salida = " ".join(guion.stdout.split())
    assert ("Se saltó a Milano (11 marcas): Europa ya completó su cupo de 3 puestos (Región continental, Estatuto, "
            "art. 7).") in salida
    assert ("América del Norte queda con 1 puesto; su cupo pide al menos 2 puestos (Región continental, Estatuto, "
            "art. 7).") in salida
    assert "Resultaron electas 10 de 10 puestos" in salida


def test_designar_no_pasa_el_maximo_de_europa_y_toronto_completa_america_del_norte(pacto):
    _, _, guion = pacto
    errores = " ".join(guion.stderr.split())
    assert ("Milano no puede ocupar un cargo en Comité Ejecutivo: su grupo, Europa (Región continental), ya ocupa 3 "
            "puestos el 01/07/2026 (Paris, İstanbul, Lyon)") in errores
    # Antes de designar a Toronto, la composición lo avisaba.
    assert ("AVISO: Comité Ejecutivo: América del Norte (Región continental) tiene 1 puesto; el Estatuto, art. 7 pide "
            "al menos 2.") in guion.stdout
    comite = escritorio(pacto, "organos", "composicion", "Comité Ejecutivo", "--al", "2026-07-15", "--json")
    assert comite["integrantes"] == 11 and comite["avisos"] == []
    assert "Milano" not in {a["miembro"] for a in comite["asientos"]}


def test_estambul_va_en_europa_y_el_informe_cuenta_ciudades_y_puestos_por_region(pacto):
    regiones = escritorio(pacto, "asociacion", "agrupaciones", "--json")["Región continental"]
    europa = next(g for g in regiones if g["nombre"] == "Europa")
    assert (europa["paises"], [m["nombre"] for m in europa["miembros"]]) == (["FR", "IT"], ["İstanbul"])
    cuenta = escritorio(pacto, "asociacion", "contar-por", "Región continental", "--organo", "Comité Ejecutivo",
                        "--fecha", "2026-07-15", "--json")
    por_grupo = {g["grupo"]: (g["miembros"], g["integrantes"], g["con_voto"]) for g in cuenta["grupos"]}
    assert por_grupo == {"África": (3, 2, 2), "América del Norte": (2, 2, 2), "América Latina": (3, 2, 2),
                         "Asia": (3, 2, 2), "Europa": (4, 3, 3)}
    assert next(g for g in cuenta["grupos"] if g["grupo"] == "Asia")["poblacion"] == 32_200_000
    # Cerrada la base, la regla se lee igual: el cupo y su artículo.
    reglas = escritorio(pacto, "organos", "composicion", "Comité Ejecutivo", "--al", "2026-07-15")
    assert "Región continental: de 2 a 3 por grupo (Estatuto, art. 7)" in reglas


def test_el_marco_de_monitoreo_compara_ciudades_y_anios_con_su_evidencia(pacto):
    carpeta, _, guion = pacto
    assert "Tokyo ya tiene 5,30 tCO2e/hab en 2025" in " ".join(guion.stderr.split())
    c = escritorio(pacto, "indicadores", "comparar", "Emisiones por habitante", "--json")
    filas = [(f["miembro"], f["valores"]["2024"], f["valores"]["2025"], f["mejoro"]) for f in c["filas"]]
    assert filas == [("Paris", "4.8", "4.31", True), ("Tokyo", "5.1", "5.2", False), ("Chicago", None, "12.4", None)]
    assert c["filas"][1]["evidencias"]["2025"] == "Tokyo Climate Report 2025, revisado"
    from openpyxl import load_workbook

    libro = load_workbook(carpeta / "indicadores-pacto.xlsx", read_only=True)
    assert libro.sheetnames == ["Emisiones por habitante", "Valores"]
    valores = [fila for fila in libro["Valores"].iter_rows(values_only=True)]
    assert ("Emisiones por habitante", "tCO2e/hab", "Menos es mejor", "Paris", "Francia", 2025, 4.31,
            "Inventario GEI de Paris 2025, p. 11") in valores


def test_la_memoria_cuenta_por_region(pacto):
    carpeta, _, _ = pacto
    escritorio(pacto, "memoria", "generar", "2026", "--excel", carpeta / "memoria.xlsx", "--reemplazar")
    from openpyxl import load_workbook

    libro = load_workbook(carpeta / "memoria.xlsx", read_only=True)
    hoja = libro["Miembros por Región continental"]
    filas = [tuple(c for c in fila if c is not None) for fila in hoja.iter_rows(values_only=True)]
    assert ("Europa", 4, 0, 0, 19_590_000) in filas
    assert ("África", 3, 0, 0, 25_400_000) in filas
