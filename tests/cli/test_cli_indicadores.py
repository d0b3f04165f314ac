"""«escritorio indicadores …» (issue 80, §4) por la función de entrada del programa, sobre una base nueva con la RML
y Rosario, Paraná y Salto (`con_miembros`): definir, registrar con su evidencia (--reemplazar corrige), comparar y
listar (también --json) y exportar el libro de Excel sin pisar un archivo que ya existe. Lo que no se puede hacer
sale con estado 1, un mensaje en castellano que dice qué hacer y sin traza, y no guarda nada; lo mal escrito, con 2."""

import pytest

from ayudas import en_json, hecho, listar_cli, sin_traza
from escritorio.servicios.base import hoy

ESTE = hoy().year
ANTES, ULTIMO = ESTE - 2, ESTE - 1
EMISIONES = "Emisiones por habitante"


@pytest.fixture
def red(cli, con_miembros):
    """(base, ids por nombre) con el indicador de emisiones definido (menos es mejor, dos decimales)."""
    ids = {m["nombre"]: m["id"] for m in listar_cli(cli, con_miembros)}
    definido = hecho(cli("indicadores", "definir", "--nombre", EMISIONES, "--unidad", "tCO2e/hab", "--sentido",
                         "menor", "--fuente", "Inventarios GEI municipales", "--decimales", 2, db=con_miembros))
    assert definido.stdout == f"Indicador 1 definido: {EMISIONES} (tCO2e/hab).\n"
    return con_miembros, ids


def _registrar(cli, base, miembro: int, anio: int, valor: str, *extra, indicador: str = EMISIONES):
    return cli("indicadores", "registrar", indicador, "--miembro", miembro, "--anio", anio, "--valor", valor,
               "--evidencia", f"Inventario GEI {anio}", *extra, db=base)


def test_definir_registrar_comparar_y_listar(cli, red):
    base, ids = red
    rosario, parana, salto = ids["Rosario"], ids["Paraná"], ids["Salto"]
    registrado = hecho(_registrar(cli, base, rosario, ULTIMO, "4,31"))
    assert registrado.stdout == f"Rosario, {ULTIMO}: 4,31 tCO2e/hab ({EMISIONES}).\n"
    for miembro, anio, valor in ((rosario, ANTES, "4,80"), (parana, ANTES, "5,10"), (parana, ULTIMO, "5,20"),
                                 (salto, ANTES, "3,00")):
        hecho(_registrar(cli, base, miembro, anio, valor))
    # el indicador también por su id
    en = en_json(cli("indicadores", "registrar", "1", "--miembro", salto, "--anio", ULTIMO, "--valor", "3,9",
                     "--evidencia", "Informe de Salto", "--json", db=base))
    assert en == {"indicador": EMISIONES, "miembro": "Salto", "anio": ULTIMO, "valor": "3.9",
                  "evidencia": "Informe de Salto", "anterior": None}

    c = en_json(cli("indicadores", "comparar", EMISIONES, "--json", db=base))
    assert (c["anios"], c["mejoraron"], c["empeoraron"]) == ([ANTES, ULTIMO], 1, 2)
    assert [f["miembro"] for f in c["filas"]] == ["Salto", "Rosario", "Paraná"]   # menos es mejor
    rosario_ = c["filas"][1]
    assert rosario_["valores"] == {str(ANTES): "4.8", str(ULTIMO): "4.31"}
    assert rosario_["evidencias"][str(ULTIMO)] == f"Inventario GEI {ULTIMO}"
    assert (rosario_["variacion"], rosario_["mejoro"]) == ("-0.49", True)
    assert (c["filas"][0]["mejoro"], c["filas"][2]["mejoro"]) == (False, False)   # Salto subió de 3,00 a 3,90
    assert c["indicador"]["sentido"] == "menor"

    texto = hecho(cli("indicadores", "comparar", EMISIONES, db=base)).stdout.splitlines()
    assert texto == [f"{EMISIONES} (tCO2e/hab): {ANTES}, {ULTIMO}",
                     f"  Salto: {ANTES}: 3,00 tCO2e/hab; {ULTIMO}: 3,90 tCO2e/hab — empeoró",
                     f"  Rosario: {ANTES}: 4,80 tCO2e/hab; {ULTIMO}: 4,31 tCO2e/hab — mejoró",
                     f"  Paraná: {ANTES}: 5,10 tCO2e/hab; {ULTIMO}: 5,20 tCO2e/hab — empeoró",
                     "Mejoraron 1; empeoraron 2."]
    solo = en_json(cli("indicadores", "comparar", EMISIONES, "--anios", ANTES, "--json", db=base))
    assert solo["anios"] == [ANTES] and [f["miembro"] for f in solo["filas"]] == ["Salto", "Rosario", "Paraná"]

    hecho(cli("indicadores", "definir", "--nombre", "Hogares con recolección", "--unidad", "hogares", "--sentido", "mayor",
              db=base))
    lista = en_json(cli("indicadores", "listar", "--json", db=base))
    assert [(i["nombre"], i["sentido"], i["decimales"], i["valores"], i["anios"]) for i in lista] == [
        (EMISIONES, "menor", 2, 6, [ANTES, ULTIMO]), ("Hogares con recolección", "mayor", 0, 0, [])]
    assert hecho(cli("indicadores", "listar", db=base)).stdout.splitlines() == [
        f"1  {EMISIONES} (tCO2e/hab; menos es mejor; fuente: Inventarios GEI municipales): 6 valores, "
        f"{ANTES}–{ULTIMO}",
        "2  Hogares con recolección (hogares; más es mejor): 0 valores"]


def test_un_segundo_valor_del_anio_se_rechaza_y_con_reemplazar_se_corrige(cli, red):
    base, ids = red
    hecho(_registrar(cli, base, ids["Rosario"], ULTIMO, "4,31"))
    repetido = hecho(_registrar(cli, base, ids["Rosario"], ULTIMO, "4,10"), 1)
    assert "Rosario ya tiene 4,31 tCO2e/hab" in repetido.stderr and "--reemplazar" in repetido.stderr
    corregido = hecho(_registrar(cli, base, ids["Rosario"], ULTIMO, "4,10", "--reemplazar"))
    assert corregido.stdout == (f"Rosario, {ULTIMO}: 4,10 tCO2e/hab ({EMISIONES}). Reemplaza 4,31 tCO2e/hab; la "
                                "bitácora guarda el anterior.\n")
    c = en_json(cli("indicadores", "comparar", EMISIONES, "--json", db=base))
    assert c["filas"][0]["valores"] == {str(ULTIMO): "4.1"}


@pytest.mark.parametrize("anio, valor, mensaje", [
    (ULTIMO, "4,315", f"Valor: 4,315 tiene más decimales de los 2 que usa «{EMISIONES}»."),
    (ULTIMO, "mucho", "Valor: «mucho» no es un número"),
    (ESTE + 1, "4,31", f"Año: «{ESTE + 1}» no es un año de 1900 a {ESTE}."),
])
def test_un_valor_mal_escrito_sale_con_1_y_un_mensaje_en_castellano(cli, red, anio, valor, mensaje):
    base, ids = red
    rechazado = hecho(_registrar(cli, base, ids["Rosario"], anio, valor), 1)
    assert "No se registró el valor:" in rechazado.stderr and mensaje in rechazado.stderr
    assert rechazado.stdout == ""
    assert en_json(cli("indicadores", "comparar", EMISIONES, "--json", db=base))["filas"] == []


def test_un_miembro_inexistente_se_rechaza(cli, red):
    base, _ = red
    ajeno = hecho(_registrar(cli, base, 999, ULTIMO, "4,31"), 1)
    assert "No existe el miembro con id 999 en esta asociación" in ajeno.stderr
    assert en_json(cli("indicadores", "comparar", EMISIONES, "--json", db=base))["filas"] == []


def test_un_numero_desmesurado_se_rechaza_con_un_mensaje_y_no_con_un_error_inesperado(cli, red):
    base, ids = red
    # 40 caracteres es lo que admite un número escrito: debe rechazarse con un mensaje, no con un error inesperado
    enorme = _registrar(cli, base, ids["Rosario"], ULTIMO, "1" * 30)
    sin_traza(enorme)
    assert enorme.returncode == 1 and "No se registró el valor:" in enorme.stderr, enorme.stderr
    assert en_json(cli("indicadores", "comparar", EMISIONES, "--json", db=base))["filas"] == []


def test_un_indicador_desconocido_nombra_los_que_hay(cli, red):
    base, ids = red
    for orden in (("comparar", "Movilidad"), ("registrar", "Movilidad", "--miembro", ids["Salto"], "--anio", ULTIMO,
                                               "--valor", "1", "--evidencia", "x")):
        desconocido = hecho(cli("indicadores", *orden, db=base), 1)
        assert (f"No hay un indicador «Movilidad» en esta asociación; hay: 1 {EMISIONES}. Defínalo con "
                "«indicadores definir».") in " ".join(desconocido.stderr.split())
    repetido = hecho(cli("indicadores", "definir", "--nombre", EMISIONES, "--unidad", "kg", "--sentido", "mayor",
                         db=base), 1)
    assert f"Ya hay un indicador «{EMISIONES}»" in repetido.stderr
    decimales = hecho(cli("indicadores", "definir", "--nombre", "Movilidad", "--unidad", "%", "--sentido", "mayor",
                          "--decimales", 9, db=base), 1)
    assert "Decimales: de 0 a 6." in decimales.stderr
    hecho(cli("indicadores", "definir", "--nombre", "Movilidad", "--unidad", "%", "--sentido", "bajo", db=base), 2)
    anios = hecho(cli("indicadores", "comparar", EMISIONES, "--anios", "ayer", db=base), 2)
    assert "escriba los años separados por comas" in anios.stderr
    assert [i["nombre"] for i in en_json(cli("indicadores", "listar", "--json", db=base))] == [EMISIONES]


def test_exportar_no_pisa_un_archivo_sin_reemplazar(cli, red, tmp_path):
    from openpyxl import load_workbook

    base, ids = red
    hecho(_registrar(cli, base, ids["Rosario"], ANTES, "4,80"))
    hecho(_registrar(cli, base, ids["Rosario"], ULTIMO, "4,31"))
    exportado = hecho(cli("indicadores", "exportar", "indicadores.xlsx", db=base))
    assert exportado.stdout == "Indicadores exportados a indicadores.xlsx: 2 valores.\n"
    libro = tmp_path / "indicadores.xlsx"
    assert load_workbook(libro, read_only=True).sheetnames == [EMISIONES, "Valores"]
    antes = libro.read_bytes()
    hecho(_registrar(cli, base, ids["Paraná"], ULTIMO, "5,20"))
    pisado = hecho(cli("indicadores", "exportar", "indicadores.xlsx", db=base), 1)
    assert "no se exportó nada" in pisado.stderr and "--reemplazar" in pisado.stderr
    assert libro.read_bytes() == antes
    mal = hecho(cli("indicadores", "exportar", "indicadores.csv", db=base), 1)
    assert ".xlsx" in mal.stderr and not (tmp_path / "indicadores.csv").exists()
    reemplazado = hecho(cli("indicadores", "exportar", "indicadores.xlsx", "--reemplazar", db=base))
    assert reemplazado.stdout == "Indicadores exportados a indicadores.xlsx: 3 valores.\n"
    solo = hecho(cli("indicadores", "exportar", "ultimo.xlsx", "--anios", ULTIMO, db=base))
    assert solo.stdout == "Indicadores exportados a ultimo.xlsx: 2 valores.\n"
