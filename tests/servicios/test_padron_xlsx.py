"""El padrón exportado a .xlsx: lo que ve el tesorero al abrirlo y que se puede volver a importar."""

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from ayudas import contar, escribir_csv
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros
from escritorio.servicios.miembros import dar_de_baja, listar_miembros
from escritorio.servicios.padron import exportar_padron_xlsx

ENCABEZADOS_COMPLETOS = ["Nombre", "País", "Región", "Código", "Población", "Año de la población", "Fuente", "Tipo",
                         "Fecha de ingreso", "Autoridad", "Cargo", "Correo", "Teléfono"]
PELIGROSOS = ['=HYPERLINK("http://x","y")', "+54 11", "-abc", "@x"]


@pytest.fixture
def padron(db, asociacion_id, tmp_path):
    """Cinco miembros de tres países, con todos los campos que el padrón lleva."""
    ruta = escribir_csv(tmp_path / "alta.csv", [
        ["Rosario", "Argentina", "Santa Fe", "82084", "1.276.000", "2022", "INDEC", "Municipio", "11/11/1995",
         "Pablo Javkin", None, "ri@rosario.gob.ar", "+54 341 480 2000"],
        ["Córdoba", "AR", "Córdoba", None, "1.505.250", "2022", "INDEC", "Municipio", "11/11/1995",
         "Daniel Passerini", None, None, None],
        ["Porto Alegre", "Brasil", "Rio Grande do Sul", "4314902", "1.332.570", "2022", "IBGE", "Municipio",
         "11/11/1995", "Sebastião Melo", None, None, None],
        ["Estado do Paraná", "Brasil", None, None, "11.444.380", "2022", "IBGE", "Gobierno regional", "01/06/2010",
         None, None, None, None],
        ["Canelones", "Uruguay", "Canelones", None, "520.187", "2011", "INE", "Gobierno regional", "03/04/2012",
         "Marcelo Metediera", "Intendente", None, None],
    ], ENCABEZADOS_COMPLETOS)
    # 01/06/2010 y 03/04/2012 tienen dos lecturas y ninguna fecha del archivo lo decide: se dice el orden.
    importar_miembros(Contexto(db, asociacion_id), ruta, orden_fechas="dd/mm")
    return asociacion_id


def exportar(db, asociacion, tmp_path, nombre="padron.xlsx"):
    ruta = tmp_path / nombre
    cantidad = exportar_padron_xlsx(Contexto(db, asociacion), ruta)
    return ruta, cantidad


def test_hoja_padron_lista_para_el_tesorero(db, padron, tmp_path):
    ruta, cantidad = exportar(db, padron, tmp_path)

    libro = load_workbook(ruta)
    assert libro.sheetnames == ["Padrón", "Resumen"]
    hoja = libro["Padrón"]
    assert cantidad == 5
    assert [c.value for c in hoja[1]] == ENCABEZADOS_COMPLETOS + ["Estado", "Estado desde", "Motivo del estado",
                                                                 "Fundador", "Modo de ingreso", "Latitud", "Longitud"]
    assert all(c.font.b for c in hoja[1])
    assert hoja.freeze_panes == "A2"
    assert hoja.auto_filter.ref == "A1:T6"
    assert hoja.max_row == 6
    poblaciones = [hoja.cell(row=fila, column=5) for fila in range(2, 7)]
    assert all(c.number_format == "#,##0" and isinstance(c.value, int) for c in poblaciones)
    fechas = [hoja.cell(row=fila, column=9) for fila in range(2, 7)]
    assert all(c.number_format == "DD/MM/YYYY" and isinstance(c.value, datetime) for c in fechas)


def test_filas_ordenadas_por_pais_y_nombre_con_valores_legibles(db, padron, tmp_path):
    ruta, _ = exportar(db, padron, tmp_path)
    hoja = load_workbook(ruta)["Padrón"]
    filas = {f[0]: f for f in hoja.iter_rows(min_row=2, values_only=True)}

    assert [f[:2] for f in hoja.iter_rows(min_row=2, max_col=2, values_only=True)] == [
        ("Córdoba", "Argentina"), ("Rosario", "Argentina"), ("Estado do Paraná", "Brasil"),
        ("Porto Alegre", "Brasil"), ("Canelones", "Uruguay")]
    assert filas["Rosario"] == ("Rosario", "Argentina", "Santa Fe", "82084", 1_276_000, 2022, "INDEC", "Municipio",
                                datetime(1995, 11, 11), "Pablo Javkin", "Intendente", "ri@rosario.gob.ar",
                                "+54 341 480 2000", "Activo", datetime(1995, 11, 11), "Alta por importación", "No",
                                "Solicitud propia", None, None)   # sin ubicación en el archivo importado
    assert filas["Porto Alegre"][10] == "Prefeito"
    assert filas["Estado do Paraná"][7] == "Gobierno regional"


def test_hoja_resumen_por_pais_con_totales(db, padron, tmp_path):
    ruta, _ = exportar(db, padron, tmp_path)
    hoja = load_workbook(ruta)["Resumen"]

    filas = list(hoja.iter_rows(values_only=True))
    assert filas == [
        ("País", "Miembros", "Población total"),
        ("Argentina", 2, 1_276_000 + 1_505_250),
        ("Brasil", 2, 1_332_570 + 11_444_380),
        ("Uruguay", 1, 520_187),
        ("Total", 5, 1_276_000 + 1_505_250 + 1_332_570 + 11_444_380 + 520_187),
    ]
    assert all(c.font.b for c in hoja[1]) and all(c.font.b for c in hoja[5])
    assert hoja["C2"].number_format == "#,##0"
    assert hoja.freeze_panes == "A2"


def test_bajas_tambien_se_exportan_con_su_estado(db, padron, tmp_path):
    cordoba = next(m for m in listar_miembros(Contexto(db, padron)) if m["nombre"] == "Córdoba")
    dar_de_baja(db, cordoba["id"], date(2024, 5, 1), "Renuncia presentada por nota")

    ruta, cantidad = exportar(db, padron, tmp_path)

    estados = {f[0]: f[13] for f in load_workbook(ruta)["Padrón"].iter_rows(min_row=2, values_only=True)}
    assert cantidad == 5
    assert estados["Córdoba"] == "Baja"


def test_ida_y_vuelta_no_cambia_nada(db, padron, tmp_path):
    contexto = Contexto(db, padron)
    antes = listar_miembros(contexto)
    poblaciones = contar(db, "poblaciones")
    ruta, _ = exportar(db, padron, tmp_path)

    resultado = importar_miembros(contexto, ruta)

    assert (resultado.nuevos, resultado.actualizados, resultado.sin_cambios) == (0, 0, 5)
    assert resultado.columnas_ignoradas == []
    assert listar_miembros(contexto) == antes
    assert contar(db, "poblaciones") == poblaciones


def test_texto_que_parece_formula_se_exporta_como_texto(db, asociacion_id, tmp_path):
    filas = [[peligroso, "AR", str(1000 + i), PELIGROSOS[(i + 1) % 4], PELIGROSOS[(i + 2) % 4]]
             for i, peligroso in enumerate(PELIGROSOS)]
    importar_miembros(Contexto(db, asociacion_id), escribir_csv(tmp_path / "alta.csv", filas,
                                                             ["Nombre", "País", "Población", "Teléfono", "Región"]))
    ruta, _ = exportar(db, asociacion_id, tmp_path)

    hoja = load_workbook(ruta)["Padrón"]
    celdas = {c.value: c for fila in hoja.iter_rows(min_row=2) for c in (fila[0], fila[2], fila[12])}
    for peligroso in PELIGROSOS:
        assert celdas[peligroso].data_type == "s", peligroso
        assert celdas[peligroso].value == peligroso
        assert celdas[peligroso].quotePrefix, f"{peligroso}: al editarla en Excel dejaría de ser texto"
    assert load_workbook(ruta, data_only=True)["Padrón"]["A2"].value in PELIGROSOS


def test_ida_y_vuelta_con_textos_que_parecen_formulas(db, asociacion_id, tmp_path):
    filas = [[peligroso, "AR", str(1000 + i), PELIGROSOS[(i + 1) % 4]] for i, peligroso in enumerate(PELIGROSOS)]
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "alta.csv", filas,
                                             ["Nombre", "País", "Población", "Teléfono"]))
    antes = listar_miembros(contexto)
    ruta, _ = exportar(db, asociacion_id, tmp_path)

    resultado = importar_miembros(contexto, ruta)

    assert (resultado.nuevos, resultado.actualizados) == (0, 0)
    assert listar_miembros(contexto) == antes
    assert sorted(m["nombre"] for m in antes) == sorted(PELIGROSOS)


def test_padron_vacio_solo_encabezados(db, asociacion_id, tmp_path):
    ruta, cantidad = exportar(db, asociacion_id, tmp_path)
    libro = load_workbook(ruta)
    assert cantidad == 0
    assert libro["Padrón"].max_row == 1
    assert list(libro["Resumen"].iter_rows(values_only=True))[-1] == ("Total", 0, 0)


def test_extension_distinta_de_xlsx(db, padron, tmp_path):
    with pytest.raises(ErrorEscritorio, match="use la extensión .xlsx"):
        exportar_padron_xlsx(Contexto(db, padron), tmp_path / "padron.xls")
    assert not (tmp_path / "padron.xls").exists()


def test_carpeta_inexistente(db, padron, tmp_path):
    with pytest.raises(ErrorEscritorio, match="No existe la carpeta"):
        exportar_padron_xlsx(Contexto(db, padron), tmp_path / "no_esta" / "padron.xlsx")


def test_reemplaza_un_archivo_anterior_sin_dejar_temporales(db, padron, tmp_path):
    ruta = tmp_path / "padron.xlsx"
    ruta.write_bytes(b"viejo")

    exportar_padron_xlsx(Contexto(db, padron), ruta)

    assert load_workbook(ruta)["Padrón"].max_row == 6
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["padron.xlsx"]


def _exportar_en_portugues(db, asociacion, tmp_path):
    from escritorio.servicios.idioma_de_los_documentos import idioma_pedido

    with idioma_pedido("pt"):
        return exportar(db, asociacion, tmp_path, "cadastro.xlsx")[0]


def test_el_padron_exportado_en_portugues_se_vuelve_a_importar_sin_cambios(db, padron, tmp_path):
    """Issue 18: los encabezados y valores que el padrón escribe en portugués («População», «Desligado», «Não»)
    se reconocen al importarlo; antes faltaban «Nombre» y «Población» y no entraba nada."""
    contexto = Contexto(db, padron)
    cordoba = next(m for m in listar_miembros(contexto) if m["nombre"] == "Córdoba")
    dar_de_baja(db, cordoba["id"], date(2024, 5, 1), "Renuncia presentada por nota")
    antes = listar_miembros(contexto)
    ruta = _exportar_en_portugues(db, padron, tmp_path)
    hoja = load_workbook(ruta).worksheets[0]
    assert [c.value for c in hoja[1]][:5] == ["Nome", "País", "Região", "Código", "População"]
    assert "Desligado" in [c.value for c in next(hoja.iter_cols(min_col=14, max_col=14))]

    resultado = importar_miembros(contexto, ruta)

    assert (resultado.nuevos, resultado.actualizados, resultado.sin_cambios) == (0, 0, 5)
    assert resultado.columnas_ignoradas == []
    assert listar_miembros(contexto) == antes


def test_el_padron_en_portugues_lleva_estados_tipos_y_fundadores_a_otra_base(db, padron, tmp_path):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    from escritorio.servicios.base import abrir_base

    contexto = Contexto(db, padron)
    cordoba = next(m for m in listar_miembros(contexto) if m["nombre"] == "Córdoba")
    dar_de_baja(db, cordoba["id"], date(2024, 5, 1), "Renuncia presentada por nota")
    ruta = _exportar_en_portugues(db, padron, tmp_path)
    # La secretaría marca a Rosario como fundador en la planilla en portugués: «Sim».
    libro = load_workbook(ruta)
    hoja = libro.worksheets[0]
    fila_rosario = next(f for f in hoja.iter_rows(min_row=2) if f[0].value == "Rosario")
    assert fila_rosario[16].value == "Não"
    fila_rosario[16].value = "Sim"
    libro.save(ruta)

    otra = abrir_base(tmp_path / "otra.db")
    try:
        nueva = crear_asociacion(otra, NuevaAsociacion(nombre="Rede do Sul", sigla="RS",
                                                       paises={"AR": "pleno", "BR": "pleno", "UY": "asociado"}))
        resultado = importar_miembros(Contexto(otra, nueva), ruta)
        assert resultado.nuevos == 5
        llegados = {m["nombre"]: m for m in listar_miembros(Contexto(otra, nueva))}
        assert llegados["Córdoba"]["estado"] == "baja"
        assert llegados["Rosario"]["fundador"] and not llegados["Porto Alegre"]["fundador"]
        assert llegados["Estado do Paraná"]["tipo"] == "gobierno_regional"
        assert llegados["Rosario"]["tipo"] == "municipio"
    finally:
        otra.close()
