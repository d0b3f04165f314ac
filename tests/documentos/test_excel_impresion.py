"""Todo libro de Excel que escribe el programa sale listo para imprimir y dice de quién es (#14, punto 4).

Se generan por la CLI sobre la red de ejemplo: padrón, padrón de cuotas, morosidad,
composición de un órgano, matriz de participación, planilla de una sesión y bitácora; y la planilla de
problemas de una importación por su servicio (la que guarda el asistente). En cada hoja se mira lo que ve
quien la imprime o abre Archivo > Propiedades: orientación según el ancho, fila de títulos repetida en cada
página, ajuste al ancho de la página, márgenes, papel de la asociación, título y autor (la asociación, no
«openpyxl»). La hora de la bitácora es una fecha-hora de Excel en la hora local; los años son números.
"""

from contextlib import closing
from datetime import datetime, timedelta, timezone
from functools import lru_cache

import pytest
from openpyxl import load_workbook
from openpyxl.styles.numbers import is_date_format

from escritorio.documentos.excel.escritura import ANCHO_VERTICAL
from escritorio.servicios.contexto import Contexto

ASOCIACION = "Red de Ciudades del Sur (ejemplo)"


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


@lru_cache(maxsize=None)
def leer_libro(ruta):
    """Cada libro de `libros` se lee una vez en el módulo (la bitácora tiene 12.000 filas): las pruebas solo lo
    miran, no lo cambian."""
    return load_workbook(ruta)


@pytest.fixture(scope="module", autouse=True)
def _olvidar_los_libros_leidos():
    yield
    leer_libro.cache_clear()


@pytest.fixture(scope="module")
def libros(tmp_path_factory, demo_creada_por_la_cli):
    """Una copia de la red de ejemplo de la corrida y cada libro que la CLI sabe escribir (por su entrada, en el
    proceso: tests/cli_en_el_proceso.py), una sola vez para todo el módulo."""
    import os
    import shutil

    from cli_en_el_proceso import orden_en_el_proceso

    carpeta = tmp_path_factory.mktemp("libros")
    casa = carpeta / "casa"
    casa.mkdir()
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    entorno.update(HOME=str(casa), XDG_DATA_HOME=str(casa / "datos"), PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8",
                   TZ="America/Montevideo")  # UTC-3 todo el año, sin horario de verano

    def cli(*argumentos):
        return orden_en_el_proceso(["--db", str(carpeta / "red.db"), *map(str, argumentos)], carpeta, entorno)

    shutil.copy(demo_creada_por_la_cli, carpeta / "red.db")
    anio = datetime.now().year
    ok(cli("miembros", "exportar", "padron.xlsx"))
    ok(cli("cuotas", "exportar", anio, "cuotas.xlsx"))
    ok(cli("cuotas", "morosidad", "morosidad.xlsx"))
    ok(cli("organos", "composicion", 2, "--xlsx", "composicion.xlsx"))
    ok(cli("unidades", "matriz", "matriz.xlsx"))
    sesion = next(linea.split()[0] for linea in ok(cli("sesiones", "listar")).splitlines() if "celebrada" in linea)
    ok(cli("sesiones", "exportar", sesion, "sesion.xlsx"))
    ok(cli("bitacora", "exportar", "bitacora.xlsx"))
    for orden in (("miembros", "exportar"), ("cuotas", "exportar", anio), ("cuotas", "morosidad"), ("bitacora", "exportar")):
        ok(cli("--idioma", "pt", *orden, f"{orden[0]}_{orden[-1]}_pt.xlsx"))
    return carpeta


NOMBRES = ["padron.xlsx", "cuotas.xlsx", "morosidad.xlsx", "composicion.xlsx", "matriz.xlsx", "sesion.xlsx",
           "bitacora.xlsx"]


EN_PORTUGUES = ["miembros_exportar_pt.xlsx", f"cuotas_{datetime.now().year}_pt.xlsx", "cuotas_morosidad_pt.xlsx",
                "bitacora_exportar_pt.xlsx"]


def _ancho_de_la_tabla(hoja) -> float:
    return sum((hoja.column_dimensions[letra].width or 13) for letra in
               [c.column_letter for c in hoja[1] if c.value is not None])


@pytest.mark.parametrize("nombre", NOMBRES)
def test_cada_libro_dice_su_titulo_y_que_es_de_la_asociacion(libros, nombre):
    propiedades = leer_libro(libros / nombre).properties
    assert propiedades.creator == ASOCIACION  # el «Autor» que muestran Excel y LibreOffice
    assert propiedades.creator != "openpyxl"
    assert propiedades.lastModifiedBy == "Escritorio"
    assert propiedades.title and len(propiedades.title) > 5


def test_los_titulos_dicen_que_documento_es(libros):
    titulos = {n: leer_libro(libros / n).properties.title for n in NOMBRES}
    assert titulos["padron.xlsx"] == "Padrón de miembros — RCS"
    assert titulos["cuotas.xlsx"].startswith("Padrón de cuotas ")
    assert titulos["morosidad.xlsx"].startswith("Morosidad al ")
    assert titulos["composicion.xlsx"].startswith("Composición de Consejo al ")
    assert titulos["matriz.xlsx"].startswith("Participación en las unidades temáticas al ")
    assert "sesión" in titulos["sesion.xlsx"]
    assert titulos["bitacora.xlsx"] == "Bitácora de cambios"


@pytest.mark.parametrize("nombre", NOMBRES)
def test_cada_hoja_se_imprime_al_ancho_de_la_pagina_con_los_titulos_en_cada_pagina(libros, nombre):
    libro = leer_libro(libros / nombre)
    for hoja in libro.worksheets:
        configuracion = hoja.page_setup
        assert hoja.print_title_rows == "$1:$1", hoja.title
        assert configuracion.fitToWidth == 1 and configuracion.fitToHeight == 0, hoja.title
        assert hoja.sheet_properties.pageSetUpPr.fitToPage is True, hoja.title
        assert configuracion.paperSize == 9  # A4, el papel de la asociación de ejemplo
        assert hoja.page_margins.left == hoja.page_margins.right == 0.5  # 1,3 cm, no los 1,9 cm de openpyxl
        assert "Página &P de &N" in hoja.oddFooter.right.text
        assert hoja.oddHeader.center.text  # el título arriba de cada página
        # Apaisada solo si la tabla no cabe de pie.
        esperada = "landscape" if _ancho_de_la_tabla(hoja) > ANCHO_VERTICAL else "portrait"
        assert configuracion.orientation == esperada, (hoja.title, _ancho_de_la_tabla(hoja))


@pytest.mark.parametrize("nombre", NOMBRES + EN_PORTUGUES)
def test_los_titulos_de_las_columnas_se_leen_enteros_al_imprimir(libros, nombre):
    """Issue 43: impresos, los títulos se cortaban en el borde de la celda («Cuotas imp», «Año de la p», «Fecha de
    ingre», «Contribuiç»). Ahora cada título va en renglones dentro de su columna, la columna deja entrar entera su
    palabra más larga (en negrita, una letra por unidad de ancho y un margen) y la fila es tan alta como los
    renglones que ocupa el título más largo (Excel y LibreOffice no la agrandan solos). LibreOffice no está en esta
    máquina: se mira en las celdas lo que la impresora respeta."""
    for hoja in leer_libro(libros / nombre).worksheets:
        titulos = [c for c in hoja[1] if c.value is not None]
        assert titulos, hoja.title
        renglones = 1
        for celda in titulos:
            assert celda.alignment.wrap_text, (hoja.title, celda.value)
            assert celda.font.b, (hoja.title, celda.value)
            if celda.alignment.textRotation:  # la matriz: el nombre de la unidad, girado, a lo alto de la fila
                assert (hoja.row_dimensions[1].height or 15) >= 60
                continue
            ancho = hoja.column_dimensions[celda.column_letter].width or 13
            palabra = max(len(p) for p in str(celda.value).split())
            assert ancho >= palabra + 1, (hoja.title, celda.value, ancho)
            renglones = max(renglones, -(-len(str(celda.value)) // int(ancho - 1)))  # lo mínimo que ocupa
        assert (hoja.row_dimensions[1].height or 15) >= 15 * renglones, (hoja.title, renglones)


def test_los_titulos_que_se_cortaban(libros):
    padron = leer_libro(libros / "padron.xlsx")["Padrón"]
    titulos = {c.value: c for c in padron[1]}
    for titulo in ("Año de la población", "Fecha de ingreso"):
        assert titulos[titulo].alignment.wrap_text
    assert padron.row_dimensions[1].height >= 30  # «Año de la población» en dos renglones
    morosidad = leer_libro(libros / "morosidad.xlsx")["Morosidad"]
    assert next(c for c in morosidad[1] if c.value == "Cuotas impagas").alignment.wrap_text
    assert morosidad.row_dimensions[1].height >= 30


def test_una_tabla_ancha_va_apaisada_y_una_angosta_de_pie(libros):
    assert leer_libro(libros / "padron.xlsx")["Padrón"].page_setup.orientation == "landscape"
    assert leer_libro(libros / "padron.xlsx")["Resumen"].page_setup.orientation == "portrait"
    assert leer_libro(libros / "matriz.xlsx").active.print_title_cols == "$A:$B"  # miembro y país en cada página


def test_la_hora_de_la_bitacora_es_una_fecha_hora_local(libros):
    import sqlite3

    hoja = leer_libro(libros / "bitacora.xlsx")["Bitácora"]
    assert hoja.cell(1, 2).value == "Momento (hora local)"
    celda = hoja.cell(2, 2)
    assert isinstance(celda.value, datetime) and celda.is_date
    assert is_date_format(celda.number_format) and "HH:MM" in celda.number_format
    numero = hoja.cell(2, 1).value
    with closing(sqlite3.connect(libros / "red.db")) as conexion, conexion:
        momento = conexion.execute("SELECT momento FROM bitacora_sellos WHERE ? BETWEEN desde_id AND hasta_id",
                                   [numero]).fetchone()[0]
    utc = datetime.fromisoformat(momento[:19]).replace(tzinfo=timezone.utc)
    # La orden corrió con TZ=America/Montevideo (UTC-3): la celda dice la hora del reloj de la secretaría.
    assert celda.value == (utc - timedelta(hours=3)).replace(tzinfo=None)


def test_los_anios_son_numeros(libros):
    padron = leer_libro(libros / "padron.xlsx")["Padrón"]
    columna = [c.value for c in padron[1]].index("Año de la población") + 1
    anios = [padron.cell(f, columna) for f in range(2, padron.max_row + 1) if padron.cell(f, columna).value is not None]
    assert anios and all(c.data_type == "n" and isinstance(c.value, int) for c in anios)
    assert anios[0].number_format == "0"  # 2015, no «2.015»

    morosidad = leer_libro(libros / "morosidad.xlsx")["Morosidad"]
    titulos = [c.value for c in morosidad[1]]
    assert "Años" not in titulos
    for titulo in ("Primer año", "Último año"):
        columna = titulos.index(titulo) + 1
        valores = [morosidad.cell(f, columna).value for f in range(2, morosidad.max_row)]
        assert valores and all(isinstance(v, int) and 1990 < v <= datetime.now().year + 1 for v in valores if v is not None)


def test_la_planilla_de_problemas_de_una_importacion(db, asociacion_id, tmp_path):
    from escritorio.datos import asociaciones as tabla_asociaciones
    from escritorio.errores import ErrorValidacion
    from escritorio.servicios.importacion import analizar, exportar_problemas

    archivo = tmp_path / "padron.csv"
    archivo.write_text("Nombre;País;Población\nRosario;Narnia;muchos\n", encoding="utf-8")
    with pytest.raises(ErrorValidacion) as error:
        analizar(Contexto(db, asociacion_id), archivo)
    datos = tabla_asociaciones.por_id(db, asociacion_id)
    ruta = exportar_problemas(error.value.problemas, tmp_path / "problemas.xlsx", archivo=archivo, asociacion=datos)
    libro = load_workbook(ruta)
    assert libro.properties.title == "Problemas al importar padron.csv"
    assert libro.properties.creator == "Red de Municipios del Litoral"
    hoja = libro["Problemas"]
    assert hoja.print_title_rows == "$1:$1" and hoja.page_setup.fitToWidth == 1
    assert hoja.page_setup.orientation == "landscape"  # Fila, Columna, Encabezado, Valor y un Problema de 80
    assert all(c.alignment.wrap_text and c.font.b for c in hoja[1])  # los títulos, enteros al imprimir (issue 43)


def test_se_imprime_solo_la_tabla_y_el_detalle_largo_se_lee_entero(libros):
    hoja = leer_libro(libros / "bitacora.xlsx")["Bitácora"]
    assert hoja.print_area == f"'Bitácora'!$A$1:$I${hoja.max_row}"  # un detalle que desborda no suma columnas
    assert hoja["E1"].value == "Qué pasó" and hoja["I1"].value == "Detalle"
    detalle = [c for c in hoja["I"][1:] if c.value and len(c.value) > 200]
    assert detalle, "la red de ejemplo tiene altas con detalles largos"
    assert all(c.alignment.wrap_text for c in detalle)
    assert all((hoja.row_dimensions[c.row].height or 15) > 15 for c in detalle)  # la fila crece para mostrarlo


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice no está instalado")
def test_libreoffice_imprime_el_padron_apaisado_con_los_titulos_en_cada_pagina(libros, tmp_path):
    """Lo que sale de la impresora, según LibreOffice: A4 apaisado, cada página con el título del libro, la fila de
    encabezados arriba y «Página N de M» al pie; ninguna columna se va a otra página."""
    import subprocess

    from pypdf import PdfReader

    perfil = tmp_path / "perfil"  # un perfil propio: no choca con otra LibreOffice abierta
    subprocess.run(["soffice", f"-env:UserInstallation=file://{perfil}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(libros / "padron.xlsx")], check=True, capture_output=True, timeout=240)
    lector = PdfReader(tmp_path / "padron.pdf")
    paginas_padron = [p for p in lector.pages if "Padrón de miembros — RCS — Padrón" in p.extract_text()]
    assert len(paginas_padron) >= 2
    for numero, pagina in enumerate(paginas_padron, start=1):
        ancho, alto = float(pagina.mediabox.width), float(pagina.mediabox.height)
        assert ancho > alto and abs(ancho - 842) < 3  # A4 apaisado
        texto = pagina.extract_text()
        for titulo in ("Nombre", "País", "Estado desde", "Fundador", "Modo de ingreso"):  # la primera y la última
            assert titulo in texto, (numero, titulo)
        assert f"Página {numero} de {len(lector.pages)}" in texto
        assert ASOCIACION in texto
