"""El lugar de cada miembro en el mapa por la línea de órdenes (issue 45 §4), como en la ventana: lo que el
nomenclátor propone al agregar un miembro (se dice siempre, se usa solo con --nomenclator), «miembros ubicacion»
(ver, fijar, corregir, quitar, con el nomenclátor), «miembros ubicar» (el botón de Inicio) y la ubicación que trae
«miembros importar»."""

import json
import sqlite3

import pytest

from ayudas import escribir_csv


@pytest.fixture
def base(cli, tmp_path):
    ruta = tmp_path / "red.db"
    assert cli("asociacion", "crear", "--nombre", "Red", "--sigla", "R", "--paises", "AR,UY", db=ruta).returncode == 0
    return ruta


def _consulta(ruta, sql: str, *parametros) -> list[tuple]:
    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return conexion.execute(sql, parametros).fetchall()
    finally:
        conexion.close()


def _miembro(ruta, nombre: str) -> tuple:
    """(región, [(cifra, año, fuente)], (latitud, longitud, fuente) o None) de un miembro."""
    [(miembro_id, region)] = _consulta(ruta, "SELECT id, region FROM miembros WHERE nombre = ?", nombre)
    poblaciones = _consulta(ruta, "SELECT cifra, anio, fuente FROM poblaciones WHERE miembro_id = ?", miembro_id)
    ubicacion = _consulta(ruta, "SELECT latitud, longitud, fuente FROM ubicaciones_miembro WHERE miembro_id = ?",
                          miembro_id)
    return region, poblaciones, ubicacion[0] if ubicacion else None


def test_agregar_dice_lo_que_propone_el_nomenclator_y_no_lo_usa_sin_pedirlo(cli, base):
    hecho = cli("miembros", "agregar", "--nombre", "Rosario", "--pais", "AR", "--poblacion", "1348725",
                "--anio-poblacion", "2022", "--fuente-poblacion", "INDEC", db=base)
    assert hecho.returncode == 0, hecho.stderr
    assert ("El nomenclátor propone para «Rosario»: Santa Fe · 1.173.533 hab. (GeoNames (geonames.org), estimación "
            "2015) · 32,95° S, 60,64° O. No se usó (sin --nomenclator): queda sin región y ubicación.") in hecho.stdout
    assert "escritorio miembros ubicacion 1 --nomenclator" in hecho.stdout
    assert _miembro(base, "Rosario") == (None, [(1348725, 2022, "INDEC")], None)   # nada del nomenclátor


def test_con_nomenclator_completa_lo_que_falta_y_respeta_lo_escrito(cli, base):
    hecho = cli("miembros", "agregar", "--nombre", "Rosario", "--pais", "Argentina", "--nomenclator", db=base)
    assert hecho.returncode == 0, hecho.stderr
    assert "Del nomenclátor, pedido con --nomenclator: región, población y ubicación." in hecho.stdout
    assert _miembro(base, "Rosario") == ("Santa Fe", [(1173533, 2015, "GeoNames (geonames.org)")],
                                         (-32.94682, -60.63932, "GeoNames (geonames.org)"))
    otro = cli("miembros", "agregar", "--nombre", "Salto", "--pais", "UY", "--nomenclator", "--region", "Salto",
               "--poblacion", "104028", "--anio-poblacion", "2011", "--latitud", "31,38 S", "--longitud", "57,96 O",
               db=base)
    assert otro.returncode == 0, otro.stderr
    assert _miembro(base, "Salto") == ("Salto", [(104028, 2011, None)], (-31.38, -57.96, "Secretaría"))


def test_sin_poblacion_no_se_agrega_y_el_rechazo_dice_que_hay_una_propuesta(cli, base):
    mal = cli("miembros", "agregar", "--nombre", "Paraná", "--pais", "AR", db=base)
    assert mal.returncode == 1
    assert "--poblacion: La población está vacía" in mal.stderr
    assert ("El nomenclátor propone para «Paraná»: Entre Ríos · 262.295 hab. (GeoNames (geonames.org), estimación "
            "2015) · 31,73° S, 60,52° O. Para usar lo que falta de esa propuesta, repita la orden con --nomenclator."
            ) in mal.stderr
    desconocida = cli("miembros", "agregar", "--nombre", "Villa Inventada", "--pais", "AR", "--nomenclator", db=base)
    assert desconocida.returncode == 1
    assert "El nomenclátor no tiene una ciudad «Villa Inventada» en Argentina: no se agregó el miembro." \
        in desconocida.stderr
    assert _consulta(base, "SELECT count(*) FROM miembros") == [(0,)]
    sola = cli("miembros", "agregar", "--nombre", "Paraná", "--pais", "AR", "--poblacion", "1", "--latitud", "-31",
               db=base)
    assert sola.returncode == 2 and "--latitud y --longitud van juntas" in sola.stderr
    fuera = cli("miembros", "agregar", "--nombre", "Paraná", "--pais", "AR", "--poblacion", "1", "--latitud", "-31",
                "--longitud", "200", db=base)
    assert fuera.returncode == 1 and "--longitud: Longitud: debe estar entre -180 y 180 grados" in fuera.stderr
    assert _consulta(base, "SELECT count(*) FROM miembros") == [(0,)]


def test_ubicacion_ver_fijar_corregir_quitar_y_con_el_nomenclator(cli, base):
    assert cli("miembros", "agregar", "--nombre", "Rosario", "--pais", "AR", "--poblacion", "1", db=base).returncode == 0
    ver = cli("miembros", "ubicacion", "1", db=base)
    assert "Rosario (AR) no tiene ubicación en el mapa." in ver.stdout
    assert "Para usarla: escritorio miembros ubicacion 1 --nomenclator" in ver.stdout

    fijada = cli("miembros", "ubicacion", "1", "--latitud", "-32,9", "--longitud", "60,6 O", "--fuente", "IGN",
                 db=base)
    assert "Rosario (AR) quedó en 32,90° S, 60,60° O (-32.9, -60.6), fuente: IGN." in fijada.stdout
    mal = cli("miembros", "ubicacion", "1", "--latitud", "al sur", "--longitud", "-60", db=base)
    assert mal.returncode == 1 and "Latitud: no es un número de grados decimales" in mal.stderr
    assert _miembro(base, "Rosario")[2] == (-32.9, -60.6, "IGN")   # el rechazo no tocó nada

    del_nomenclator = cli("miembros", "ubicacion", "1", "--nomenclator", "--json", db=base)
    assert json.loads(del_nomenclator.stdout) == {"miembro_id": 1, "ubicacion": {
        "latitud": -32.94682, "longitud": -60.63932, "fuente": "GeoNames (geonames.org)"}}
    assert "Rosario (AR) salió del mapa." in cli("miembros", "ubicacion", "1", "--quitar", db=base).stdout
    assert _miembro(base, "Rosario")[2] is None
    for malas in (["--quitar", "--nomenclator"], ["--latitud", "1"], ["--fuente", "IGN"],
                  ["--latitud", "1", "--longitud", "2", "--quitar"]):
        assert cli("miembros", "ubicacion", "1", *malas, db=base).returncode == 2, malas
    assert cli("miembros", "ubicacion", "99", db=base).returncode == 1


def test_ubicar_muestra_el_plan_y_guarda_solo_sin_simular(cli, base):
    for nombre in ("Rosario", "Salto", "Villa Inventada"):
        pais = "UY" if nombre == "Salto" else "AR"
        assert cli("miembros", "agregar", "--nombre", nombre, "--pais", pais, "--poblacion", "1",
                   db=base).returncode == 0
    simulado = cli("miembros", "ubicar", "--simular", db=base)
    assert "Se ubicarían 2 miembros con las ciudades de GeoNames (geonames.org, CC BY 4.0):" in simulado.stdout
    assert "Rosario → Rosario, Santa Fe (32,95° S, 60,64° O)" in simulado.stdout
    assert "Sin ciudad en el nomenclátor, queda sin ubicar 1: Villa Inventada (3)." in simulado.stdout
    assert "Simulación: no se guardó nada." in simulado.stdout
    assert _consulta(base, "SELECT count(*) FROM ubicaciones_miembro") == [(0,)]
    hecho = json.loads(cli("miembros", "ubicar", "--json", db=base).stdout)
    assert hecho["guardado"] and [u["nombre"] for u in hecho["ubicados"]] == ["Rosario", "Salto"]
    assert _consulta(base, "SELECT count(*) FROM ubicaciones_miembro") == [(2,)]
    otra_vez = cli("miembros", "ubicar", db=base)
    assert "Ubicados" not in otra_vez.stdout and "queda sin ubicar 1: Villa Inventada" in otra_vez.stdout


def test_importar_trae_la_ubicacion_y_simular_la_muestra(cli, base, tmp_path):
    ruta = escribir_csv(tmp_path / "ciudades.csv", [["Rosario", "AR", "1.276.000", "-32,94682", "-60,63932"],
                                                     ["Salto", "UY", "104.028", "95", "-57,96"]],
                        ["Nombre", "País", "Población", "Latitud", "Longitud"])
    mal = cli("miembros", "importar", ruta, db=base)
    assert mal.returncode == 1
    assert "Fila 3, columna D (Latitud), valor «95»: debe estar entre -90 y 90 grados" in mal.stderr
    assert _consulta(base, "SELECT count(*) FROM miembros") == [(0,)]

    ruta = escribir_csv(tmp_path / "ciudades.csv", [["Rosario", "AR", "1.276.000", "-32,94682, -60,63932"]],
                        ["Nombre", "País", "Población", "Coordenadas"])
    assert cli("miembros", "importar", ruta, db=base).returncode == 0
    assert _miembro(base, "Rosario")[2] == (-32.94682, -60.63932, "Importación (ciudades.csv)")
    corregida = escribir_csv(tmp_path / "corregida.csv", [["Rosario", "AR", "1.276.000", "-32,95", "-60,64"]],
                             ["Nombre", "País", "Población", "Lat", "Lon"])
    simulado = cli("miembros", "importar", corregida, "--simular", db=base)
    assert "fila 2: Ubicación: 32,95° S, 60,64° O → 32,95° S, 60,64° O" in simulado.stdout
    assert _miembro(base, "Rosario")[2][2] == "Importación (ciudades.csv)"
