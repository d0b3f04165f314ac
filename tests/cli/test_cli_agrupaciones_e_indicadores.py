"""Agrupaciones sobre el país (issue 80, §2) e indicadores por miembro (§4) por la línea de órdenes, en la red de ejemplo
de un archivo y en la misma red subida al servidor: las subregiones de la red (Cono Sur y Andina) con un tope para el
Consejo, la designación que lo pasaría rechazada sin escribir nada, el informe que cuenta por grupo, el grupo con cupo
que no se quita sin reforma; un indicador con sus valores y evidencias, la comparación entre miembros y años y el
libro de Excel, que no pisa un archivo existente. Lo que no se puede sale con estado 1 y un mensaje en castellano."""

import pytest
from openpyxl import load_workbook

from ayudas import en_json, hecho, sin_traza

# Ids de la red de ejemplo (tests/contenido_de_la_demo.py la fija): Arequipa (Perú), Durazno (Uruguay), Buenos Aires.
AREQUIPA, DURAZNO, BUENOS_AIRES = 213, 268, 1
ANDINA, CONO_SUR = ("BO", "PE", "CO", "VE"), ("AR", "BR", "UY", "PY", "CL")
# El día de la designación: con los mandatos de 2024 del Consejo vigentes (vencen el 30/11/2026).
DIA = "2025-12-15"
AGUA = "Cobertura de agua potable"


@pytest.fixture
def base(motor, request):
    return request.getfixturevalue("copia_de_la_demo" if motor == "sqlite" else "demo_en_el_servidor")


def _subregiones(cli, base):
    for grupo, paises in (("Cono Sur", CONO_SUR), ("Andina", ANDINA)):
        hecho(cli("asociacion", "agrupacion", "Subregión", grupo, "--paises", ",".join(paises),
                  "--articulo", "Estatuto, art. 4", db=base))


def _integrantes_del_consejo(cli, base, al: str) -> list[str]:
    return sorted(i["miembro"] for i in en_json(cli("organos", "composicion", "Consejo", "--al", al, "--json",
                                                    db=base))["asientos"])


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_las_subregiones_cuentan_por_grupo_y_su_tope_rechaza_la_designacion_de_mas(cli, base, motor):
    _subregiones(cli, base)
    definidas = en_json(cli("asociacion", "agrupaciones", "--json", db=base))
    assert definidas, "la agrupación no se listó"
    assert "Cono Sur" in cli("asociacion", "agrupaciones", db=base).stdout

    # El informe por grupo cuenta a cada miembro activo en el grupo de su país, y los integrantes del Consejo
    miembros = en_json(cli("miembros", "listar", "--json", db=base))
    conteo = {g["grupo"]: g for g in en_json(cli("asociacion", "contar-por", "Subregión", "--organo", "Consejo",
                                                  "--json", db=base))["grupos"]}
    for grupo, paises in (("Cono Sur", CONO_SUR), ("Andina", ANDINA)):
        activos = [m for m in miembros if m["pais"] in paises and m["estado"] == "activo"]
        assert conteo[grupo]["miembros"] == len(activos)
        assert conteo[grupo]["poblacion"] == sum(m["poblacion"] or 0 for m in activos)
    # Cada integrante del Consejo de hoy, en el grupo de su país (hasta el 30/11/2026: Lima, Bogotá, Caracas,
    # Maracaibo, Santa Cruz y Cali, de oficio, y del Cono Sur los once restantes; la troika cambia cada 1 de diciembre)
    asientos = en_json(cli("organos", "composicion", "Consejo", "--json", db=base))["asientos"]
    assert len(asientos) == 17
    assert (conteo["Andina"]["integrantes"], conteo["Cono Sur"]["integrantes"]) == (
        sum(a["pais"] in ANDINA for a in asientos), sum(a["pais"] in CONO_SUR for a in asientos))

    regla = hecho(cli("organos", "regla-composicion", "Consejo", "por_agrupacion", "--agrupacion", "Subregión",
                      "--grupo", "Andina=..5", "--grupo", "Cono Sur=10..", "--articulo", "Estatuto, art. 13 bis",
                      db=base))
    # Las electas del Cono Sur son nueve (Mar del Plata y Belo Horizonte se sientan de oficio): no llega a su mínimo
    assert "Cono Sur (Subregión) tiene 9 puestos; el Estatuto, art. 13 bis pide al menos 10" in regla.stdout

    antes = _integrantes_del_consejo(cli, base, DIA)
    rechazada = cli("organos", "designar", "Consejo", "--miembro", AREQUIPA, "--desde", DIA, db=base)
    assert rechazada.returncode == 1, rechazada.stdout
    sin_traza(rechazada)
    assert "Arequipa no puede ocupar un cargo en Consejo: su grupo, Andina (Subregión), ya ocupa 5 puestos" in \
        rechazada.stderr
    assert "elija un miembro de otro grupo" in rechazada.stderr
    assert _integrantes_del_consejo(cli, base, DIA) == antes, "la designación rechazada dejó un mandato"

    # Un uruguayo entra (el Cono Sur no tiene tope) y el aviso del mínimo se va
    hecho(cli("organos", "designar", "Consejo", "--miembro", DURAZNO, "--desde", DIA, db=base))
    avisos = en_json(cli("organos", "composicion", "Consejo", "--al", DIA, "--json", db=base))["avisos"]
    assert not [a for a in avisos if "Cono Sur" in a], avisos
    assert "Durazno" in _integrantes_del_consejo(cli, base, DIA)

    # Un grupo con cupo no se quita sin reformar antes la regla; un país sí sale de él
    quitar = cli("asociacion", "agrupacion", "Subregión", "Andina", "--quitar", db=base)
    assert quitar.returncode == 1
    sin_traza(quitar)
    assert "la regla de composición" in quitar.stderr and "reforme el estatuto" in quitar.stderr
    assert "Andina" in cli("asociacion", "agrupaciones", db=base).stdout
    hecho(cli("asociacion", "agrupacion", "Subregión", "Andina", "--quitar", "--paises", "VE", db=base))
    conteo = {g["grupo"]: g for g in en_json(cli("asociacion", "contar-por", "Subregión", "--json",
                                                  db=base))["grupos"]}
    assert conteo["Andina"]["miembros"] == len([m for m in miembros if m["pais"] in ("BO", "PE", "CO")
                                                 and m["estado"] == "activo"])


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_un_indicador_se_registra_compara_y_exporta_con_su_evidencia(cli, base, motor, tmp_path):
    definido = hecho(cli("indicadores", "definir", "--nombre", AGUA, "--unidad", "%", "--sentido", "mayor",
                         "--fuente", "Censos nacionales", "--decimales", 1, db=base))
    assert f"definido: {AGUA} (%)" in definido.stdout
    for miembro, anio, valor in ((AREQUIPA, 2024, "71,5"), (AREQUIPA, 2025, "74,0"), (DURAZNO, 2024, "90"),
                                 (DURAZNO, 2025, "88,2"), (BUENOS_AIRES, 2025, "99,1")):
        hecho(cli("indicadores", "registrar", AGUA, "--miembro", miembro, "--anio", anio, "--valor", valor,
                  "--evidencia", f"Informe {anio}", db=base))

    # Un segundo valor del mismo año se rechaza sin guardar nada; con --reemplazar, se corrige
    repetido = cli("indicadores", "registrar", AGUA, "--miembro", DURAZNO, "--anio", 2025, "--valor", "89",
                   "--evidencia", "Informe revisado", db=base)
    assert repetido.returncode == 1
    sin_traza(repetido)
    assert "--reemplazar" in repetido.stderr
    hecho(cli("indicadores", "registrar", AGUA, "--miembro", DURAZNO, "--anio", 2025, "--valor", "89,5",
              "--evidencia", "Informe 2025, revisado", "--reemplazar", db=base))

    comparacion = en_json(cli("indicadores", "comparar", AGUA, "--json", db=base))
    assert comparacion["anios"] == [2024, 2025]
    # Más es mejor: del mejor al peor en el último año; Arequipa mejoró, Durazno (90 → 89,5) empeoró
    assert [f["miembro"] for f in comparacion["filas"]] == ["Buenos Aires", "Durazno", "Arequipa"]
    filas = {f["miembro"]: f for f in comparacion["filas"]}
    assert (filas["Arequipa"]["mejoro"], filas["Durazno"]["mejoro"], filas["Buenos Aires"]["mejoro"]) == \
        (True, False, None)
    assert filas["Durazno"]["evidencias"]["2025"] == "Informe 2025, revisado"
    assert (comparacion["mejoraron"], comparacion["empeoraron"]) == (1, 1)
    texto = cli("indicadores", "comparar", AGUA, db=base).stdout
    assert "Arequipa: 2024: 71,5 %; 2025: 74,0 % — mejoró" in texto

    libro = tmp_path / "indicadores.xlsx"
    hecho(cli("indicadores", "exportar", libro, db=base))
    celdas = [c for hoja in load_workbook(libro, read_only=True).worksheets for fila in hoja.iter_rows(values_only=True)
              for c in fila if c is not None]
    assert "Informe 2025, revisado" in celdas and "Arequipa" in celdas
    # Un archivo que ya existe no se pisa sin --reemplazar
    tamanio = libro.stat().st_size
    libro.write_bytes(b"la planilla del tesorero")
    pisar = cli("indicadores", "exportar", libro, db=base)
    assert pisar.returncode == 1
    sin_traza(pisar)
    assert libro.read_bytes() == b"la planilla del tesorero" and tamanio > 0
