"""La memoria anual desde la línea de órdenes (issue 47, §2), sobre la red de ejemplo: «escritorio memoria AÑO
ARCHIVO.pdf --excel ARCHIVO.xlsx» (lo mismo que «memoria generar»), sin pisar archivos; los textos de la secretaría
(«memoria texto --introduccion», «seccion», «textos», «editar-seccion», «mover-seccion», «quitar-seccion») y que el
PDF los lleva y se verifica. Cada orden por la entrada del programa (fixture `cli`)."""

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ayudas import sin_traza

ANIO = str(date.today().year - 1)   # el último año entero de la red de ejemplo


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def texto_pdf(ruta) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages)


@pytest.fixture
def red(copia_de_la_demo):
    return copia_de_la_demo


def test_la_memoria_de_un_anio_en_pdf_y_en_excel(cli, red, tmp_path):
    salida = ok(cli("memoria", ANIO, "memoria.pdf", "--excel", "memoria.xlsx", db=red))
    lineas = salida.strip().splitlines()
    assert lineas[0].startswith(f"Memoria {ANIO} guardada en memoria.pdf: ") and lineas[0].endswith("8 secciones.")
    assert lineas[1].startswith(f"Memoria {ANIO} en Excel guardada en memoria.xlsx: ")
    paginas = len(PdfReader(tmp_path / "memoria.pdf").pages)
    assert f"{paginas} páginas" in lineas[0]
    assert f"Memoria anual {ANIO}" in texto_pdf(tmp_path / "memoria.pdf")
    assert "Resumen" in load_workbook(tmp_path / "memoria.xlsx").sheetnames
    verificado = cli("documento", "verificar", "memoria.pdf", db=red)
    assert verificado.returncode == 0 and verificado.stdout.startswith("Auténtico y vigente.")

    # «memoria generar» es la misma orden; con --json, lo que hizo.
    hecho = json.loads(ok(cli("memoria", "generar", ANIO, "otra.pdf", "--json", db=red)))
    assert (hecho["anio"], hecho["al"], hecho["paginas"], hecho["excel"]) == (int(ANIO), f"{ANIO}-12-31", paginas,
                                                                              None)


def test_no_pisa_un_archivo_que_no_se_pidio_reemplazar(cli, red, tmp_path):
    (tmp_path / "memoria.pdf").write_bytes(b"%PDF-1.4 lo de antes")
    resultado = cli("memoria", ANIO, "memoria.pdf", "--excel", "memoria.xlsx", db=red)
    assert resultado.returncode == 1 and "Ya existe" in resultado.stderr and "--reemplazar" in resultado.stderr
    assert (tmp_path / "memoria.pdf").read_bytes() == b"%PDF-1.4 lo de antes"
    assert not (tmp_path / "memoria.xlsx").exists()   # nada a medias: tampoco el libro
    ok(cli("memoria", ANIO, "memoria.pdf", "--reemplazar", db=red))
    assert (tmp_path / "memoria.pdf").read_bytes().startswith(b"%PDF-1.7")


def test_lo_que_no_se_puede_hacer(cli, red):
    futuro = cli("memoria", str(date.today().year + 1), "x.pdf", db=red)
    assert futuro.returncode == 1 and "todavía no empezó" in futuro.stderr
    sin_archivo = cli("memoria", ANIO, db=red)
    assert sin_archivo.returncode == 2 and "Indique el PDF de la memoria" in sin_archivo.stderr
    mal = cli("memoria", ANIO, "memoria.docx", db=red)
    assert mal.returncode == 1 and ".pdf" in mal.stderr
    desconocida = cli("memoria", "imprimir", db=red)
    assert desconocida.returncode == 2


def test_los_textos_de_la_secretaria_van_a_la_memoria(cli, red, tmp_path):
    (tmp_path / "intro.txt").write_text("Un año de consolidación de la red.\n\nLa Cumbre marcó el rumbo.\n",
                                        encoding="utf-8")
    (tmp_path / "hitos.txt").write_text("Se firmó la Declaración de Montevideo.", encoding="utf-8")
    salida = ok(cli("memoria", "texto", ANIO, "--introduccion", "intro.txt", db=red))
    assert salida.startswith(f"Introducción de la memoria {ANIO} guardada.")
    hitos = json.loads(ok(cli("memoria", "seccion", ANIO, "--titulo", "Hitos del año", "--archivo", "hitos.txt",
                              "--despues-de", "miembros", "--json", db=red)))
    cierre = json.loads(ok(cli("memoria", "seccion", ANIO, "--titulo", "Cierre", "--texto", "Gracias a todas las "
                               "ciudades.", "--json", db=red)))
    textos = json.loads(ok(cli("memoria", "textos", ANIO, "--json", db=red)))
    assert textos["introduccion"] == "Un año de consolidación de la red.\n\nLa Cumbre marcó el rumbo."
    assert [(s["titulo"], s["despues_de"]) for s in textos["secciones"]] == [("Hitos del año", "miembros"),
                                                                          ("Cierre", None)]
    listado = ok(cli("memoria", "textos", ANIO, db=red))
    assert f"{hitos['id']:>6}  Hitos del año (después de «Miembros»)" in listado

    ok(cli("memoria", ANIO, "memoria.pdf", db=red))
    texto = texto_pdf(tmp_path / "memoria.pdf")
    assert texto.index("1. Introducción") < texto.index("2. Miembros") < texto.index("3. Hitos del año") < \
        texto.index("4. Sesiones de los órganos") < texto.index("10. Indicadores") < texto.index("11. Cierre")
    assert "Se firmó la Declaración de Montevideo." in texto

    # Corregir, mover y quitar.
    ok(cli("memoria", "editar-seccion", str(cierre["id"]), "--titulo", "Palabras de cierre", "--despues-de",
           "cuotas", db=red))
    ok(cli("memoria", "mover-seccion", str(cierre["id"]), "--arriba", db=red))
    orden = [s["titulo"] for s in json.loads(ok(cli("memoria", "textos", ANIO, "--json", db=red)))["secciones"]]
    assert orden == ["Palabras de cierre", "Hitos del año"]
    tope = cli("memoria", "mover-seccion", str(cierre["id"]), "--arriba", db=red)
    assert tope.returncode == 1 and "ya es la primera" in tope.stderr
    assert "quitada" in ok(cli("memoria", "quitar-seccion", str(hitos["id"]), db=red))
    assert "Sin introducción." not in ok(cli("memoria", "textos", ANIO, db=red))
    ok(cli("memoria", "texto", ANIO, "--quitar-introduccion", db=red))
    assert ok(cli("memoria", "textos", ANIO, db=red)).startswith("Sin introducción.")
    mal_lugar = cli("memoria", "seccion", ANIO, "--titulo", "X", "--texto", "Y", "--despues-de", "anexos", db=red)
    assert mal_lugar.returncode == 1 and "no es una sección de la memoria" in mal_lugar.stderr
