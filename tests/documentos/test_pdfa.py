"""Issue 14, punto 1, e issue 43, punto 1: cada PDF que hace el programa lleva sus fuentes incrustadas, imprime
letras fuera de WinAnsi (guaraní ẽ ĩ ũ ỹ g̃, polaco Ł, «№») y es PDF/A-2B; también el acta y la resolución firmadas
digitalmente, una y dos veces.

Los documentos se hacen por el camino de la usuaria (documentos_de_la_demo.py): la red de ejemplo creada con la CLI
como proceso, tres miembros renombrados con el servicio de la ficha (lo que hace la ventana), cada PDF pedido a la
CLI (o al servicio que usa la ventana: el lote de recibos) y las firmas con «firma acta/resolucion» y «firma
exportar». Cada PDF se lee de nuevo con pypdf (texto) y pikepdf (estructura).

Ningún validador de PDF/A se instala aquí (veraPDF es Java): reglas_pdfa/ comprueba cada regla del perfil
PDF/A-2B de veraPDF que se puede leer sin él (su lista, y la de las que no, está allí y en el README), más Info = XMP;
y el chequeo de qpdf (la biblioteca, con pikepdf; y el programa `qpdf --check` si está instalado). Que cada regla
detecta lo que dice se prueba con un PDF cambiado a propósito para violarla.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from documentos_de_la_demo import FIRMADOS, SIN_GLIFO_VISTO, TIPOS, bien, cli, firmar_documentos, hacer_documentos
from escritorio.errores import ErrorEscritorio
from reglas_pdfa import Examinado, faltas, firmas, fuentes_incrustadas, info_y_xmp

LETRAS = ["ẽ", "ĩ", "ũ", "ỹ", "g\u0303", "Ł", "№", "Ñemby"]


@pytest.fixture(scope="module")
def base_de_los_documentos(tmp_path_factory, demo_creada_por_la_cli) -> tuple[Path, Path]:
    """(carpeta, base): una copia de «escritorio demo», hecha una vez en la corrida."""
    carpeta = tmp_path_factory.mktemp("pdfa")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    return carpeta, db


@pytest.fixture(scope="module")
def documentos(base_de_los_documentos) -> dict[str, Path | str]:
    """Todos los PDF del programa, hechos sobre la red de ejemplo con un miembro «Ñemby ẽĩũỹ g̃ Łódź №1», y el acta y
    la resolución firmadas una y dos veces."""
    carpeta, db = base_de_los_documentos
    return {**hacer_documentos(carpeta, db), **firmar_documentos(carpeta, db)}


# Documentos en los que el miembro (o el reglamento) aparece con su nombre. El resumen de cobranza cuenta por
# país y el organigrama muestra órganos: no nombran al miembro, pero llevan igual fuentes incrustadas y PDF/A.
CON_EL_NOMBRE = ["padron", "convocatoria", "acta_borrador", "reglamento", "recibo", "recibos_lote", "estado_cuenta",
                 "avisos", "composicion", "memoria"]
SIN_FIRMAR = list(TIPOS)
TODOS = SIN_FIRMAR + list(FIRMADOS)
assert set(CON_EL_NOMBRE) <= set(SIN_FIRMAR)


@functools.cache
def _texto(ruta: Path) -> str:
    """El texto del PDF, leído una vez por archivo (los documentos del módulo no cambian después de hechos)."""
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() or "" for p in PdfReader(ruta).pages))


def _documento(documentos, nombre) -> Path:
    if nombre not in documentos:
        pytest.skip(f"la demo no trae con qué hacer «{nombre}»")
    hecho = documentos[nombre]
    assert isinstance(hecho, Path), f"no se pudo hacer {nombre}: {hecho}"
    return hecho


@pytest.mark.parametrize("nombre", CON_EL_NOMBRE)
def test_las_letras_fuera_de_winansi_se_leen_tal_cual(documentos, nombre):
    texto = _texto(_documento(documentos, nombre))
    for letra in LETRAS:
        assert letra in texto, (nombre, letra)
    assert "\u25a0" not in texto and "\ufffd" not in texto  # ni cuadros ni caracteres de reemplazo


@pytest.mark.parametrize("nombre", ["padron", "reglamento"])
def test_lo_que_las_fuentes_no_tienen_se_ve_con_su_codigo(documentos, nombre):
    """Un nombre en chino no sale como cuadros vacíos (el glifo .notdef, prohibido en PDF/A): cada letra que falta
    se ve [U+XXXX], como un carácter invisible en `documentos.visible`; el resto del nombre, tal cual."""
    texto = _texto(_documento(documentos, nombre))
    assert SIN_GLIFO_VISTO in texto.replace("\n", "")
    assert "杭" not in texto and "州" not in texto


LIBERATION = {"LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic",
              "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic",
              "LiberationMono"}


@pytest.mark.parametrize("nombre", TODOS)
def test_toda_fuente_esta_incrustada_y_es_una_liberation(documentos, nombre):
    """En cada página, en sus formularios XObject y en la apariencia de cada anotación (la de una firma visible, si
    la hubiera)."""
    ruta = _documento(documentos, nombre)
    with pikepdf.open(ruta) as pdf:
        for numero, pagina in enumerate(pdf.pages, start=1):
            assert pagina.obj.Resources.get("/Font"), f"{nombre}: la página {numero} no tiene fuentes"
    fuentes = fuentes_incrustadas(ruta.read_bytes())
    assert fuentes and all(incrustada for _, incrustada in fuentes), fuentes
    assert {nombre for nombre, _ in fuentes} <= LIBERATION, fuentes


@pytest.mark.parametrize("nombre", TODOS)
def test_es_pdfa_2b(documentos, nombre):
    """Cada regla de reglas_pdfa/ se cumple (las de PDF/A-2B que se leen sin veraPDF, e Info = XMP), también en
    el acta y la resolución firmadas; y el programa qpdf, si está, no encuentra errores."""
    ruta = _documento(documentos, nombre)
    assert faltas(ruta.read_bytes()) == {}
    if shutil.which("qpdf"):
        resultado = subprocess.run(["qpdf", "--check", str(ruta)], capture_output=True, text=True)
        assert resultado.returncode == 0, resultado.stdout + resultado.stderr
        assert "No syntax or stream encoding errors found" in resultado.stdout


@pytest.mark.parametrize("nombre", TODOS)
def test_los_metadatos_son_los_que_escribe_el_programa(documentos, nombre):
    """Además de coincidir: el título, la asociación como autora, «Escritorio» como creador y productor (en los
    firmados, «…; pyHanko x.y»), castellano, sin /Trapped, el XMP sin comprimir; en un firmado, la fecha de
    modificación es la de la última firma."""
    from pyhanko.version import __version__ as version_pyhanko

    from escritorio import __version__

    ruta = _documento(documentos, nombre)
    with pikepdf.open(ruta) as pdf:
        info = pdf.docinfo
        assert str(info.Title).strip() and "Red de Ciudades del Sur" in str(info.Author)
        assert str(info.Creator) == "Escritorio"
        productor = f"Escritorio {__version__} (reportlab y pikepdf)"
        assert str(info.Producer) == (f"{productor}; pyHanko {version_pyhanko}" if nombre in FIRMADOS else productor)
        assert "/Trapped" not in info
        assert pdf.open_metadata().get("dc:language") == {"es"} and str(pdf.Root.Lang) == "es"
        assert "/Filter" not in pdf.Root.Metadata
    if nombre in FIRMADOS:
        from reglas_pdfa import fecha_pdf

        examinado = Examinado(ruta.read_bytes())
        try:
            ultima = fecha_pdf(str(firmas(examinado)[-1][1].M))
            modificado, en_xmp = info_y_xmp(examinado)["/ModDate"]
        finally:
            examinado.cerrar()
        assert abs((fecha_pdf(modificado) - ultima).total_seconds()) < 60, (modificado, ultima, en_xmp)


@pytest.mark.parametrize("nombre", list(FIRMADOS))
def test_cada_revision_del_firmado_es_pdfa_y_las_anteriores_no_cambian(documentos, nombre):
    """La firma es una actualización incremental: el PDF firmado una vez es el comienzo, byte a byte, del firmado
    dos veces, y el archivo tal como estaba en cada revisión (el PDF sin firmar, con una firma, con dos) es PDF/A-2B:
    los metadatos se ponen al día en la misma revisión que agrega la firma."""
    contenido = _documento(documentos, nombre).read_bytes()
    if nombre.endswith("_2"):
        anterior = _documento(documentos, nombre[:-1] + "1").read_bytes()
        assert contenido.startswith(anterior)
    revisiones = [m.end() for m in re.finditer(rb"%%EOF(\r\n|\r|\n)?", contenido)]
    assert len(revisiones) == 1 + int(nombre[-1]), revisiones
    for fin in revisiones:
        assert faltas(contenido[:fin]) == {}, f"la revisión que termina en el byte {fin}"


@pytest.mark.parametrize("nombre", list(FIRMADOS))
def test_las_firmas_siguen_valiendo_para_pyhanko_pdfsig_y_el_programa(documentos, base_de_los_documentos, nombre):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    ruta = _documento(documentos, nombre)
    cantidad = int(nombre[-1])
    with ruta.open("rb") as archivo:  # el validador de pyHanko, directo (sin raíces: solo la integridad)
        estados = [validate_pdf_signature(firma, ValidationContext(trust_roots=[], allow_fetching=False))
                   for firma in PdfFileReader(archivo, strict=False).embedded_signatures]
    assert len(estados) == cantidad
    for estado in estados:
        assert estado.intact and estado.valid, estado.pretty_print_details()
    assert estados[-1].coverage == SignatureCoverageLevel.ENTIRE_FILE
    for estado in estados[:-1]:  # después de una firma solo se agregó otra: nada que cambie lo firmado
        assert estado.docmdp_ok and estado.modification_level in (ModificationLevel.LTA_UPDATES,
                                                                   ModificationLevel.FORM_FILLING)
    if shutil.which("pdfsig"):  # poppler, la biblioteca de muchos visores
        salida = subprocess.run(["pdfsig", str(ruta)], capture_output=True, text=True).stdout
        assert salida.count("Signature Validation: Signature is Valid.") == cantidad, salida
    carpeta, db = base_de_los_documentos
    verificada = cli(carpeta, db, "firma", "verificar", ruta, "--json")
    assert verificada.returncode == 4, verificada.stderr  # íntegras; el certificado de prueba no es de confianza
    informe = json.loads(verificada.stdout)
    assert informe["integras"] and len(informe["firmas"]) == cantidad
    documento = cli(carpeta, db, "documento", "verificar", ruta)
    assert documento.returncode == 0 and "Auténtico y vigente" in documento.stdout, documento.stdout + documento.stderr


@pytest.mark.parametrize("nombre", TODOS)
def test_otra_herramienta_tambien_ve_las_fuentes_incrustadas(documentos, nombre):
    """pdffonts (poppler, la biblioteca de muchos visores) lee el archivo por su cuenta: cada fuente incrustada
    (emb) y con su tabla a Unicode (uni, para copiar y buscar el texto). Si la máquina no tiene poppler, alcanza
    con la prueba de pikepdf de arriba."""
    if not shutil.which("pdffonts"):
        pytest.skip("sin pdffonts (poppler-utils)")
    resultado = subprocess.run(["pdffonts", str(_documento(documentos, nombre))], capture_output=True, text=True,
                               check=True)
    filas = [linea.split() for linea in resultado.stdout.splitlines()[2:] if linea.strip()]
    assert filas, resultado.stdout
    for fila in filas:
        emb, sub, uni = fila[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), (nombre, fila)


# --- La conversión: atómica y con mensajes en castellano -------------------------------------------------------

def test_un_pdf_danado_no_llega_al_destino_y_el_error_se_explica(tmp_path):
    from escritorio.documentos.pdf.base import escritura_atomica
    from escritorio.documentos.pdf.pdfa import archivar

    destino = tmp_path / "acta.pdf"
    destino.write_bytes(b"%PDF-1.4 el acta anterior")
    with pytest.raises(ErrorEscritorio) as error:
        with escritura_atomica(destino) as temporal:
            Path(temporal).write_bytes(b"esto no es un PDF")
            archivar(temporal, titulo="Acta de la sesión 4")
    mensaje = error.value.mensaje
    assert "«Acta de la sesión 4»" in mensaje and "PDF/A" in mensaje and "No se guardó" in mensaje
    assert "Traceback" not in mensaje
    assert destino.read_bytes() == b"%PDF-1.4 el acta anterior"  # el destino quedó como estaba
    assert [p.name for p in tmp_path.iterdir()] == ["acta.pdf"]  # ni el temporal ni el hermano .pdfa


@pytest.mark.proceso  # lanza otro programa
def test_sin_las_fuentes_el_programa_lo_dice_y_no_deja_nada(tmp_path):
    """Un paquete sin recursos/fuentes (instalación rota): el PDF no se hace y el mensaje dice qué falta."""
    carpeta = tmp_path / "paquete_roto"
    (carpeta / "recursos").mkdir(parents=True)
    db = tmp_path / "x.db"
    bien(cli(tmp_path, db, "asociacion", "crear", "--nombre", "Red de Prueba", "--sigla", "RP",
               "--paises", "AR:pleno"))
    # carpeta_recursos() mira sys._MEIPASS, como en el programa empaquetado.
    inicio = ("-c", f"import sys; sys._MEIPASS = {str(carpeta)!r}; sys.argv[0] = 'escritorio'; "
                    "from escritorio.__main__ import principal; sys.exit(principal())")
    resultado = cli(tmp_path, db, "miembros", "padron", tmp_path / "p.pdf", inicio=inicio)
    assert resultado.returncode == 1, (resultado.stdout, resultado.stderr)
    assert "Falta la fuente LiberationSans-Regular.ttf" in resultado.stderr
    assert "Reinstale Escritorio" in resultado.stderr and "Traceback" not in resultado.stderr
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="hacen falta zbarimg (zbar-tools) y pdftoppm (poppler-utils)")
@pytest.mark.parametrize("nombre", [n for n in SIN_FIRMAR if n != "recibos_lote"])
def test_el_qr_de_cada_documento_se_lee_impreso_a_baja_resolucion(documentos, nombre, tmp_path):
    """El QR lleva el mismo código que el pie y se lee a 60, 70 y 75 dpi (una fotocopia, un escaneo pobre): todos
    los documentos que el programa escribe, cada uno con su QR donde le toca en la página."""
    ruta = _documento(documentos, nombre)
    # el código de cada documento (los avisos: uno por carta), como lo dice su texto
    codigos = set(re.findall(r"Código de verificación: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})",
                             re.sub(r"\s+", " ", _texto(ruta))))
    assert codigos, f"{nombre}: el texto no dice su código de verificación"
    for dpi in (60, 70, 75):
        for imagen in tmp_path.glob("*.ppm"):
            imagen.unlink()
        # Los mismos píxeles que un PNG, sin comprimirlos: las 78 páginas de los avisos tardaban 3 s por resolución.
        subprocess.run(["pdftoppm", "-r", str(dpi), str(ruta), str(tmp_path / "p")], check=True)
        leido = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", *map(str, sorted(tmp_path.glob("*.ppm")))],
                               capture_output=True, text=True).stdout.split()
        assert set(leido) == codigos, f"{nombre} a {dpi} dpi: los QR dicen {sorted(set(leido))}, el texto {codigos}"
