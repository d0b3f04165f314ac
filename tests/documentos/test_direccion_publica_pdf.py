"""El papel con la dirección pública de verificación (issue 43, punto 3): con la dirección fijada, el QR de cada
documento verificable que se imprime lleva la página de verificación de ese documento, se lee de una imagen a
70 dpi (aun con la dirección más larga que se admite), y el texto junto al QR dice dónde verificarlo sin salirse
de su bloque. Los documentos se imprimen con la CLI sobre una copia de la red de ejemplo."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from ayudas import sin_traza
from escritorio.documentos.pdf import verificacion as pdf_verificacion
from escritorio.dominio.direccion_publica import LARGO_MAXIMO, direccion_de_verificacion
from escritorio.dominio.verificacion import Sello
from escritorio.servicios.asociaciones import editar_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto

BASE_MAS_LARGA = "https://transparencia.municipiosdelsur.org.ar/rc"
CODIGO = re.compile(r"Código de verificación: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")


def test_la_base_de_estas_pruebas_es_la_mas_larga_que_se_admite():
    assert len(BASE_MAS_LARGA) == LARGO_MAXIMO


@pytest.fixture
def demo_con_direccion(copia_de_la_demo) -> Path:
    """La red de ejemplo con la dirección pública más larga que se admite."""
    db = abrir_base(copia_de_la_demo)
    editar_asociacion(Contexto(db, 1), direccion_publica=BASE_MAS_LARGA)
    db.close()
    return copia_de_la_demo


@pytest.fixture
def dibujados(monkeypatch) -> list[tuple[str, str]]:
    """(contenido, nivel de corrección) de cada QR que se dibuja en este proceso."""
    registro: list[tuple[str, str]] = []
    original = pdf_verificacion.modulos_del_qr

    def anotar(contenido, nivel):
        registro.append((contenido, nivel))
        return original(contenido, nivel)

    monkeypatch.setattr(pdf_verificacion, "modulos_del_qr", anotar)
    return registro


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def texto_pdf(ruta: Path) -> str:
    """El texto de todas las páginas en una línea; una dirección partida después de una «/» vuelve a quedar junta."""
    from pypdf import PdfReader

    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages)
    return re.sub(r"/ (?=\S)", "/", texto)


def paginas(ruta: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(ruta).pages)


def qr_en_la_imagen(ruta: Path, pagina: int, dpi: int, carpeta: Path) -> list[str]:
    """Lo que zbarimg lee de la página dibujada a `dpi` (como una foto o un escaneo pobre del papel)."""
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("sin zbarimg (zbar-tools) o pdftoppm (poppler-utils) para leer el QR de la imagen")
    imagen = carpeta / f"{ruta.stem}-{dpi}"
    # PPM: los mismos píxeles que un PNG, sin el costo de comprimirlos.
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(pagina), "-l", str(pagina), "-singlefile",
                    str(ruta), str(imagen)], check=True, capture_output=True, timeout=60)
    leido = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", f"{imagen}.ppm"], capture_output=True, text=True,
                           timeout=60)
    return leido.stdout.split()


def sesion_aprobada(cli, base) -> int:
    return next(s["id"] for s in json.loads(ok(cli("sesiones", "listar", "--json", db=base)))
                if s["estado_acta"] == "aprobada")


def resolucion(cli, base) -> int:
    return json.loads(ok(cli("resoluciones", "listar", "--json", db=base)))[0]["id"]


DOCUMENTOS = {
    "acta": lambda cli, base, ruta: ("sesiones", "acta", sesion_aprobada(cli, base), ruta),
    "resolucion": lambda cli, base, ruta: ("resoluciones", "pdf", resolucion(cli, base), "--salida", ruta),
    "recibo": lambda cli, base, ruta: ("pagos", "recibo", 1, ruta),
    "recibo_pt": lambda cli, base, ruta: ("--idioma", "pt", "pagos", "recibo", 2, ruta),
    "estado_de_cuenta": lambda cli, base, ruta: ("cuotas", "estado-cuenta", "--miembro", 5, ruta),
}


@pytest.mark.parametrize("documento", DOCUMENTOS)
def test_el_qr_lleva_la_pagina_de_verificacion_y_se_lee_a_70_dpi(cli, demo_con_direccion, tmp_path, dibujados,
                                                                 documento):
    ruta = tmp_path / f"{documento}.pdf"
    ok(cli(*DOCUMENTOS[documento](cli, demo_con_direccion, ruta), db=demo_con_direccion))
    texto = texto_pdf(ruta)
    codigos = set(CODIGO.findall(texto)) | set(re.findall(r"Código de verificação: (\S{14})", texto))
    assert len(codigos) == 1, codigos
    codigo = codigos.pop()
    pagina = direccion_de_verificacion(BASE_MAS_LARGA, codigo)

    # Lo que se le dio al QR, y lo que se lee de la imagen del papel (la última página: ahí va el QR del acta).
    assert set(dibujados) == {(pagina, "L")}   # un acta se arma en dos pasadas: lo dibuja dos veces
    assert qr_en_la_imagen(ruta, 1 if documento == "estado_de_cuenta" else paginas(ruta), 70, tmp_path) == [pagina]
    # El texto dice dónde verificarlo: la página (entera, aunque vaya en dos renglones) y el código.
    assert pagina in texto
    if documento != "recibo_pt":   # en portugués, cuando esté traducida (la traduce el catálogo, no el código)
        assert f"Verifíquelo en {pagina} o con el código {codigo} en Escritorio." in texto
    # Y verifica como cualquier documento.
    assert ok(cli("documento", "verificar", ruta, db=demo_con_direccion)).startswith("Auténtico y vigente.")


def palabras(ruta: Path, pagina: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(palabra, x0, y0, x1, y1) de la página, en puntos desde arriba a la izquierda (`pdftotext -bbox`)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("sin pdftotext (poppler-utils) para leer las posiciones")
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(pagina), "-l", str(pagina), str(ruta), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]


@pytest.mark.proceso  # lanza otro programa
@pytest.mark.parametrize("ancho_texto", [30 * mm, 45 * mm, 75 * mm, 95 * mm])
@pytest.mark.parametrize("con_direccion", [True, False])
def test_el_texto_del_sello_no_se_sale_de_su_bloque(tmp_path, ancho_texto, con_direccion):
    """El sello dibujado en (x, y) ocupa, con su texto, el rectángulo que dice (`alto_del_sello` de alto, el ancho
    que devuelve): ninguna palabra se sale, ni con la dirección más larga en la columna más angosta."""
    from escritorio.documentos.pdf.fuentes import Lienzo

    codigo = "7K2M-QX4P-9D0B"
    sello = Sello(codigo, 0, direccion_de_verificacion(BASE_MAS_LARGA, codigo) if con_direccion else None)
    ruta = tmp_path / "sello.pdf"
    alto_pagina, x, y = 842, 100, 300
    lienzo = Lienzo(str(ruta), pagesize=(595, alto_pagina))
    ancho = pdf_verificacion.dibujar_sello(lienzo, x, y, sello, ancho_texto=ancho_texto)
    alto = pdf_verificacion.alto_del_sello(sello, ancho_texto=ancho_texto)
    lienzo.save()
    leidas = palabras(ruta)
    assert leidas and codigo in [p[0] for p in leidas]
    for palabra, x0, y0, x1, y1 in leidas:
        assert x <= x0 and x1 <= x + ancho + 0.5, (palabra, x0, x1, x + ancho)
        assert alto_pagina - (y + alto) - 0.5 <= y0 and y1 <= alto_pagina - y + 0.5, (palabra, y0, y1)
    unida = re.sub(r"(?<=[/.-]) (?=\S)", "", " ".join(p[0] for p in leidas))   # la dirección partida, junta
    if con_direccion:
        assert sello.direccion in unida
        assert pdf_verificacion.lado_del_qr(sello) == pdf_verificacion.LADO_QR_CON_DIRECCION
    else:
        assert "Verifíquelo contra el registro" in unida and "https://" not in unida
        assert alto == pdf_verificacion.LADO_QR   # sin dirección, el bloque de siempre


def test_en_el_recibo_y_el_estado_de_cuenta_el_texto_no_pisa_la_firma_ni_el_qr(cli, demo_con_direccion, tmp_path):
    ok(cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=demo_con_direccion))
    leidas = palabras(tmp_path / "recibo.pdf")
    firma = next(p for p in leidas if p[0] == "Tesorería")
    sello = [p for p in leidas if "verificar/" in p[0] or p[0] in ("Verifíquelo", "Escritorio.")]
    assert len(sello) >= 3
    # La línea de la firma empieza 70 mm antes del margen derecho, y el nombre va centrado bajo ella.
    assert max(p[3] for p in sello) < firma[1]

    ok(cli("cuotas", "estado-cuenta", "--miembro", 5, tmp_path / "estado.pdf", db=demo_con_direccion))
    leidas = palabras(tmp_path / "estado.pdf")
    fecha = next(p for p in leidas if re.fullmatch(r"\d\d/\d\d/\d{4}", p[0]))   # arriba a la derecha, sobre el QR
    lado = pdf_verificacion.LADO_QR_CON_DIRECCION * 1.0
    verificacion = [p for p in leidas if "verificar/" in p[0]]
    assert verificacion and max(p[3] for p in verificacion) < fecha[3] - lado   # a la izquierda del QR
    # La tabla empieza debajo del QR (que baja 16 pt + su lado desde el margen de arriba).
    titulo_tabla = next(p for p in leidas if p[0] == "Fecha")
    assert titulo_tabla[2] > fecha[2] + lado


@pytest.mark.proceso  # lanza otro programa
def test_el_qr_de_la_direccion_mas_larga_se_lee_a_70_dpi_con_cualquier_codigo_y_en_cualquier_lugar(tmp_path):
    """No por suerte con los códigos de esta corrida: 48 códigos al azar (siempre los mismos), cada QR corrido una
    fracción de pixel distinta (un módulo de la imagen cae distinto en cada uno), todos se leen a 70 dpi. (Con el
    QR de 22 mm, no se leían 4 de estos 48.)"""
    import random

    from escritorio.documentos.pdf.fuentes import Lienzo
    from escritorio.dominio.verificacion import ALFABETO

    azar = random.Random(43)
    ruta, paginas_ = tmp_path / "qrs.pdf", []
    lienzo = Lienzo(str(ruta), pagesize=(595, 842))
    for pagina in range(3):
        for i in range(16):
            letras = "".join(azar.choice(ALFABETO) for _ in range(12))
            codigo = f"{letras[:4]}-{letras[4:8]}-{letras[8:]}"
            sello = Sello(codigo, 0, direccion_de_verificacion(BASE_MAS_LARGA, codigo))
            fase = i / 16 * 72 / 70   # de 0 a 1 pixel, a lo ancho y (otra fracción) a lo alto
            pdf_verificacion.dibujar_qr_del_sello(lienzo, 40 + (i % 4) * 140 + fase, 60 + (i // 4) * 190 + 0.7 * fase,
                                                  sello)
            paginas_.append(sello.direccion)
        lienzo.showPage()
    lienzo.save()
    leidas = [leida for pagina in (1, 2, 3) for leida in qr_en_la_imagen(ruta, pagina, 70, tmp_path)]
    assert sorted(leidas) == sorted(paginas_)
