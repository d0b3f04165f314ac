"""La ubicación en el mapa, importada con el padrón (issue 45 §4, «imported from a column when present»): columnas
Latitud y Longitud (con los nombres de siempre: lat, lng, longitude…) o una sola, Coordenadas, «latitud, longitud»;
la fuente dice de qué archivo vino; un valor que no sirve se informa con su fila y su columna y no se importa nada."""

import pytest

from ayudas import contar, escribir_csv, escribir_xlsx
from escritorio.errores import ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import analizar, cambios_previstos, importar_miembros
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.ubicaciones import fijar_ubicacion, ubicacion_de


@pytest.fixture
def contexto(db, asociacion_id) -> Contexto:
    return Contexto(db, asociacion_id)


def _ubicaciones(contexto) -> dict[str, dict | None]:
    return {m["nombre"]: ubicacion_de(contexto, m["id"]) for m in listar_miembros(contexto)}


def test_latitud_y_longitud_con_los_nombres_de_siempre_quedan_en_el_mapa_con_su_archivo(contexto, tmp_path):
    ruta = escribir_csv(tmp_path / "ciudades.csv", [
        ["Rosario", "AR", "1.276.000", "-32,94682", "-60,63932"],
        ["Salto", "UY", "104.028", "31.38 S", "57.96 O"],
        ["Paysandú", "UY", "113.107", "", ""],          # sin ubicación: entra igual, fuera del mapa
    ], ["Ciudad", "País", "Habitantes", "Lat", "Lng"])
    assert importar_miembros(contexto, ruta).resumen() == "3 nuevos, 0 actualizados, 0 sin cambios"
    assert _ubicaciones(contexto) == {
        "Rosario": {"latitud": -32.94682, "longitud": -60.63932, "fuente": "Importación (ciudades.csv)"},
        "Salto": {"latitud": -31.38, "longitud": -57.96, "fuente": "Importación (ciudades.csv)"},
        "Paysandú": None}
    # Las altas de ubicación quedan en la bitácora, como las de los miembros.
    assert contexto.db.execute("SELECT count(*) FROM bitacora WHERE entidad = 'ubicaciones_miembro' "
                               "AND accion = 'alta'").fetchone()[0] == 2


def test_de_excel_las_cifras_y_una_sola_columna_coordenadas(contexto, tmp_path):
    ruta = escribir_xlsx(tmp_path / "padron.xlsx", [
        ["Rosario", "AR", 1_276_000, "-32.94682, -60.63932"],
        ["Salto", "UY", 104_028, "(-31,38; -57,96)"],
    ], ["Nombre", "País", "Población", "Coordenadas"])
    importar_miembros(contexto, ruta)
    assert {n: (u["latitud"], u["longitud"]) for n, u in _ubicaciones(contexto).items()} == {
        "Rosario": (-32.94682, -60.63932), "Salto": (-31.38, -57.96)}

    numeros = escribir_xlsx(tmp_path / "numeros.xlsx", [["Paraná", "AR", 247_863, -31.7319, -60.5238]],
                            ["Nombre", "País", "Población", "Latitude", "Longitude"])
    importar_miembros(contexto, numeros)
    assert _ubicaciones(contexto)["Paraná"] == {"latitud": -31.7319, "longitud": -60.5238,
                                                "fuente": "Importación (numeros.xlsx)"}


def test_un_valor_que_no_sirve_se_informa_con_fila_y_columna_y_no_se_importa_nada(contexto, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [
        ["Rosario", "AR", "1.276.000", "-32,94", "-60,63"],
        ["Salto", "UY", "104.028", "95", "-57,96"],        # fuera de rango
        ["Paysandú", "UY", "113.107", "-32,3", "al oeste"],  # no es un número
        ["Rivera", "UY", "64.465", "", "-55,55"],            # falta la otra
    ], ["Nombre", "País", "Población", "Latitud", "Longitud"])
    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(contexto, ruta)
    mensaje = str(error.value)
    assert "3 problemas; no se importó nada" in mensaje
    assert "Fila 3, columna D (Latitud), valor «95»: debe estar entre -90 y 90 grados" in mensaje
    assert ("Fila 4, columna E (Longitud), valor «al oeste»: no es un número de grados decimales (ejemplos "
            "válidos: -34,61 · -34.61 · 34,61 S)") in mensaje
    assert "Fila 5, columna D (Latitud): está vacía y la longitud no: la ubicación necesita las dos" in mensaje
    assert (contar(contexto.db, "miembros"), contar(contexto.db, "ubicaciones_miembro")) == (0, 0)


def test_una_celda_coordenadas_que_no_se_entiende_dice_como_escribirla(contexto, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Rosario", "AR", "1.276.000", "-32,94,-60,63"],
                                                   ["Salto", "UY", "104.028", "-31.38, 200"]],
                        ["Nombre", "País", "Población", "Coordenadas"])
    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(contexto, ruta)
    mensaje = str(error.value)
    assert ("Fila 2, columna D (Coordenadas), valor «-32,94,-60,63»: no se entiende como «latitud, longitud»; "
            "escriba por ejemplo -34.61, -58.38 (o -34,61; -58,38)") in mensaje
    assert "Fila 3, columna D (Coordenadas), valor «-31.38, 200»: la longitud debe estar entre -180 y 180" in mensaje
    assert contar(contexto.db, "miembros") == 0


def test_una_sola_coma_sin_espacio_entre_dos_enteros_no_se_lee_como_dos_coordenadas(contexto, tmp_path):
    """«-32,94» es la latitud con coma decimal (falta la longitud), no «-32, 94» (un punto en el océano Índico): se
    rechaza y no se importa nada. «-32.94,-60.63» y «-32,-60» (con signo la segunda) se siguen leyendo."""
    ruta = escribir_csv(tmp_path / "padron.csv", [["Rosario", "AR", "1.276.000", "-32,94"],
                                                   ["Salto", "UY", "104.028", "31,38"]],
                        ["Nombre", "País", "Población", "Coordenadas"])
    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(contexto, ruta)
    mensaje = str(error.value)
    assert "Fila 2, columna D (Coordenadas), valor «-32,94»: no se entiende como «latitud, longitud»" in mensaje
    assert "Fila 3, columna D (Coordenadas), valor «31,38»: no se entiende como «latitud, longitud»" in mensaje
    assert (contar(contexto.db, "miembros"), contar(contexto.db, "ubicaciones_miembro")) == (0, 0)
    importar_miembros(contexto, escribir_csv(tmp_path / "bien.csv", [["Rosario", "AR", "1.276.000", "-32.94,-60.63"],
                                                                     ["Salto", "UY", "104.028", "-31,-57"]],
                                             ["Nombre", "País", "Población", "Coordenadas"]))
    assert sorted(contexto.db.execute("SELECT latitud, longitud FROM ubicaciones_miembro").fetchall()) == [
        (-32.94, -60.63), (-31.0, -57.0)]


@pytest.mark.parametrize("encabezados, motivo", [
    (["Nombre", "País", "Población", "Latitud"], "hay una columna Latitud y falta la columna Longitud"),
    (["Nombre", "País", "Población", "Coordenadas", "Lon"],
     "la columna D trae las coordenadas y la columna E también trae la longitud; deje una sola forma"),
])
def test_los_encabezados_de_la_ubicacion_tienen_que_cerrar(contexto, tmp_path, encabezados, motivo):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Rosario", "AR", "1.276.000", "-32,94", "-60,63"]], encabezados)
    with pytest.raises(ErrorValidacion, match=motivo):
        importar_miembros(contexto, ruta)
    assert contar(contexto.db, "miembros") == 0


def test_en_un_miembro_que_ya_esta_cambia_la_ubicacion_y_una_celda_vacia_no_la_borra(contexto, tmp_path):
    importar_miembros(contexto, escribir_csv(tmp_path / "alta.csv", [["Rosario", "AR", "1.276.000"],
                                                                      ["Salto", "UY", "104.028"]]))
    salto = next(m["id"] for m in listar_miembros(contexto) if m["nombre"] == "Salto")
    fijar_ubicacion(contexto, salto, "-31,38", "-57,96", "IGN")
    ruta = escribir_csv(tmp_path / "con_mapa.csv", [["Rosario", "AR", "1.276.000", "-32,94682", "-60,63932"],
                                                     ["Salto", "UY", "104.028", "", ""]],
                        ["Nombre", "País", "Población", "Latitud", "Longitud"])
    analisis = analizar(contexto, ruta)   # lo que verá la secretaria antes de importar
    try:
        assert analisis.plan.cifras() == (0, 1, 1)
        assert [c.descripcion for c in cambios_previstos(contexto, analisis)] == [
            ["Ubicación: — → 32,95° S, 60,64° O"]]
    finally:
        analisis.cerrar()
    importar_miembros(contexto, ruta)
    ubicaciones = _ubicaciones(contexto)
    assert ubicaciones["Rosario"]["fuente"] == "Importación (con_mapa.csv)"
    assert ubicaciones["Salto"] == {"latitud": -31.38, "longitud": -57.96, "fuente": "IGN"}   # no se borró

    corregida = escribir_csv(tmp_path / "corregida.csv", [["Salto", "UY", "104.028", "-31,3833", "-57,9667"],
                                                           ["Rosario", "AR", "1.276.000", "-32,94682", "-60,63932"]],
                             ["Nombre", "País", "Población", "Latitud", "Longitud"])
    assert importar_miembros(contexto, corregida).resumen() == "0 nuevos, 1 actualizados, 1 sin cambios"
    assert _ubicaciones(contexto)["Salto"] == {"latitud": -31.3833, "longitud": -57.9667,
                                              "fuente": "Importación (corregida.csv)"}
    assert contar(contexto.db, "ubicaciones_miembro") == 2   # corregir no agrega otra fila


def test_el_padron_exportado_lleva_la_ubicacion_y_vuelve_a_importarse(contexto, tmp_path, db):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    from escritorio.servicios.padron import exportar_padron_xlsx

    importar_miembros(contexto, escribir_csv(tmp_path / "alta.csv", [
        ["Rosario", "AR", "1.276.000", "-32,94682", "-60,63932"], ["Salto", "UY", "104.028", "", ""]],
        ["Nombre", "País", "Población", "Latitud", "Longitud"]))
    exportar_padron_xlsx(contexto, tmp_path / "padron.xlsx")
    otra = Contexto(db, crear_asociacion(db, NuevaAsociacion("Otra red", "OTRA", paises={"AR": "pleno",
                                                                                          "UY": "pleno"})))
    assert importar_miembros(otra, tmp_path / "padron.xlsx").nuevos == 2
    assert {n: u and (u["latitud"], u["longitud"]) for n, u in _ubicaciones(otra).items()} == {
        "Rosario": (-32.94682, -60.63932), "Salto": None}


def test_cero_cero_no_es_una_ubicacion_y_se_dice_con_su_fila(contexto, tmp_path):
    """Algunas planillas escriben 0 y 0 cuando no saben dónde queda la ciudad: guardado, el miembro aparecía en el
    mar frente a África y el mapa de la red se estiraba hasta allí. Se rechaza con su fila; un cero solo (una ciudad
    sobre el ecuador, como Macapá) sigue valiendo."""
    columnas = escribir_csv(tmp_path / "padron.csv", [["Rosario", "AR", "1.276.000", "0", "0"],
                                                      ["Macapá", "BR", "512.902", "0,03889", "-51,06639"]],
                            ["Nombre", "País", "Población", "Latitud", "Longitud"])
    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(contexto, columnas)
    assert "Fila 2, columna D (Latitud), valor «0»: 0, 0 es un punto en el mar" in str(error.value)
    una_celda = escribir_csv(tmp_path / "coordenadas.csv", [["Rosario", "AR", "1.276.000", "0, 0"]],
                             ["Nombre", "País", "Población", "Coordenadas"])
    with pytest.raises(ErrorValidacion, match="Fila 2, columna D \\(Coordenadas\\), valor «0, 0»: 0, 0 es un punto"):
        importar_miembros(contexto, una_celda)
    assert (contar(contexto.db, "miembros"), contar(contexto.db, "ubicaciones_miembro")) == (0, 0)
    solo_macapa = escribir_csv(tmp_path / "macapa.csv", [["Macapá", "BR", "512.902", "0,03889", "-51,06639"]],
                               ["Nombre", "País", "Población", "Latitud", "Longitud"])
    importar_miembros(contexto, solo_macapa)
    assert (_ubicaciones(contexto)["Macapá"]["latitud"], _ubicaciones(contexto)["Macapá"]["longitud"]) == (
        0.03889, -51.06639)


def test_cero_cero_tampoco_desde_la_ficha_ni_la_linea_de_ordenes(contexto, tmp_path):
    importar_miembros(contexto, escribir_csv(tmp_path / "parana.csv", [["Paraná", "AR", "247.863"]],
                                             ["Nombre", "País", "Población"]))
    [miembro] = [m["id"] for m in listar_miembros(contexto)]
    with pytest.raises(ErrorValidacion) as error:
        fijar_ubicacion(contexto, miembro, "0", "0,0")
    assert set(error.value.campos) == {"latitud"} and "0, 0 es un punto en el mar" in error.value.mensaje
    assert ubicacion_de(contexto, miembro) is None
