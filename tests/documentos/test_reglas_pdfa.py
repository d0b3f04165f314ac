"""Las reglas de PDF/A-2B de reglas_pdfa/ detectan lo que dicen (issue 43, punto 1): un acta real del programa,
sin firmar y firmada, pasa todas; la misma acta cambiada a propósito para violar una regla, no pasa esa regla. Y la
firma tal como la hacía pyHanko solo (sin `documentos/pdf/metadatos_pdfa.py`) dejaba Info y XMP distintos: la
regla lo ve, y la firma del programa no lo hace.
"""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Callable

import pikepdf
import pytest

from certificados import crear_certificado
from documentos_de_la_demo import CONTRASENA, SESION_APROBADA, bien, cli
from reglas_pdfa import REGLAS, faltas

INFO_IGUAL_A_XMP = "6.6.2.3 (PDF/A-1: 6.7.3)"


@pytest.fixture(scope="module")
def acta(tmp_path_factory, demo_creada_por_la_cli) -> dict:
    """El acta aprobada de la red de ejemplo, sin firmar y firmada una vez por el programa; y el certificado."""
    from escritorio.documentos.firma_digital import cargar_certificado, firmar_pdf

    carpeta = tmp_path_factory.mktemp("reglas_pdfa")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    ruta = carpeta / "acta.pdf"
    bien(cli(carpeta, db, "sesiones", "acta", SESION_APROBADA, ruta))
    p12, _ = crear_certificado(carpeta, "Lucía Fernández", CONTRASENA)
    firmado = firmar_pdf(ruta.read_bytes(), cargar_certificado(p12, CONTRASENA), motivo="Prueba").pdf
    return {"sin_firmar": ruta.read_bytes(), "firmado": firmado, "p12": p12}


def _con_pikepdf(cambio: Callable[[pikepdf.Pdf], None]) -> Callable[[bytes], bytes]:
    def mutar(contenido: bytes) -> bytes:
        with pikepdf.open(io.BytesIO(contenido)) as pdf:
            cambio(pdf)
            salida = io.BytesIO()
            pdf.save(salida)
            return salida.getvalue()
    return mutar


def _recursos(pdf):
    return pdf.pages[0].obj.Resources


def _con_transferencia(pdf):
    recursos = _recursos(pdf)
    if "/ExtGState" not in recursos:
        recursos.ExtGState = pikepdf.Dictionary()
    recursos.ExtGState.GSx = pikepdf.Dictionary(TR=pikepdf.Name.Identity)


def _imagen_interpolada(pdf):
    recursos = _recursos(pdf)
    if "/XObject" not in recursos:
        recursos.XObject = pikepdf.Dictionary()
    recursos.XObject.Imx = pdf.make_stream(b"\x00", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=1,
                                           Height=1, ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=8,
                                           Interpolate=True)


def _sin_programa(pdf):
    del next(iter(_recursos(pdf).Font.values())).FontDescriptor["/FontFile2"]


def _anchos_cambiados(pdf):
    for fuente in _recursos(pdf).Font.values():
        fuente.Widths = pikepdf.Array([float(ancho) + 50 for ancho in fuente.Widths])


def _nota_sin_apariencia(pdf):
    pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[10, 10, 50, 50], Contents=pikepdf.String("nota")))]))


def _parte_1(pdf):
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["pdfaid:part"] = "1"


def _contenido(operadores: bytes):
    return lambda pdf: pdf.pages[0].contents_add(pdf.make_stream(operadores))


def _hex_impar(contenido: bytes) -> bytes:
    m = re.search(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>", contenido)
    return contenido[:m.start(1)] + contenido[m.start(1) + 1:]


def _dos_espacios_en_obj(contenido: bytes) -> bytes:
    m = re.search(rb"\n(\d+) 0 obj", contenido)
    return contenido[:m.end(1)] + b" " + contenido[m.end(1):]


def _largo_de_flujo_errado(contenido: bytes) -> bytes:
    m = re.search(rb"/Length (\d+)", contenido[2000:])
    inicio, numero = 2000 + m.start(1), m.group(1)
    return contenido[:inicio] + str(int(numero) - 7).encode().rjust(len(numero)) + contenido[inicio + len(numero):]


# Cláusula de la regla -> (cambio, ¿sobre el acta firmada?). Cada cambio viola esa regla y nada más la obliga.
CAMBIOS = {
    "6.1.2": (lambda c: c.replace(b"%PDF-1.7", b"%PDF-1.4", 1), False),
    "6.1.3": (lambda c: c + b"basura\n", False),
    "6.1.4, 6.1.9": (_dos_espacios_en_obj, False),
    "6.1.6": (_hex_impar, False),
    "6.1.7": (_con_pikepdf(lambda pdf: pdf.Root.OutputIntents[0].DestOutputProfile.stream_dict.__setitem__(
        "/F", pikepdf.String("perfil.icc"))), False),
    "6.1.8, 6.1.13": (_con_pikepdf(lambda pdf: pdf.Root.__setitem__("/Grande", 2 ** 40)), False),
    "6.2.2": (_con_pikepdf(_contenido(b"q foo Q")), False),
    "6.2.3": (_con_pikepdf(lambda pdf: pdf.Root.__delitem__("/OutputIntents")), False),
    "6.2.4": (_con_pikepdf(_contenido(b"q 0 0 0 1 k Q")), False),
    "6.2.5, 6.2.6, 6.2.10": (_con_pikepdf(_con_transferencia), False),
    "6.2.8, 6.2.9, 6.1.10": (_con_pikepdf(_imagen_interpolada), False),
    "6.2.11.2–6.2.11.6": (_con_pikepdf(_sin_programa), False),
    "6.2.11.4, 6.2.11.5, 6.2.11.8": (_con_pikepdf(_anchos_cambiados), False),
    "6.3": (_con_pikepdf(_nota_sin_apariencia), False),
    "6.4.1, 6.4.2": (_con_pikepdf(lambda pdf: pdf.Root.__setitem__(
        "/AcroForm", pikepdf.Dictionary(Fields=[], NeedAppearances=True))), False),
    "6.5, 6.6.1": (_con_pikepdf(lambda pdf: pdf.Root.__setitem__("/OpenAction", pikepdf.Dictionary(
        S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)")))), False),
    "6.6.2.1, 6.6.2.3, 6.6.4": (_con_pikepdf(_parte_1), False),
    INFO_IGUAL_A_XMP: (_con_pikepdf(lambda pdf: setattr(pdf.docinfo, "Title", pikepdf.String("Otro título"))), False),
    "6.8": (_con_pikepdf(lambda pdf: pdf.attachments.__setitem__("nota.txt", b"hola")), False),
    "6.9, 6.10, 6.11": (_con_pikepdf(lambda pdf: pdf.Root.__setitem__("/Requirements", pikepdf.Array())), False),
    # Un firmado guardado de nuevo entero (no como actualización incremental): el /ByteRange ya no cubre el archivo.
    "6.4.3, 6.1.12": (_con_pikepdf(lambda pdf: None), True),
    "6.1 (qpdf)": (_largo_de_flujo_errado, False),
}


def test_cada_regla_tiene_su_cambio():
    assert {regla.clausula for regla in REGLAS} == set(CAMBIOS)


@pytest.mark.parametrize("cual", ["sin_firmar", "firmado"])
def test_el_acta_del_programa_pasa_todas_las_reglas(acta, cual):
    """También guardada de nuevo por pikepdf sin cambios (el punto de partida de los cambios de abajo)."""
    assert faltas(acta[cual]) == {}
    if cual == "sin_firmar":
        assert faltas(_con_pikepdf(lambda pdf: None)(acta[cual])) == {}


@pytest.mark.parametrize("clausula", list(CAMBIOS))
def test_cada_regla_ve_su_falta(acta, clausula):
    cambio, firmado = CAMBIOS[clausula]
    cambiado = cambio(acta["firmado" if firmado else "sin_firmar"])
    fallan = faltas(cambiado)
    assert any(nombre.startswith(clausula + " ") for nombre in fallan), fallan


def test_la_firma_de_pyhanko_solo_deja_info_y_xmp_distintos_y_la_del_programa_no(acta):
    """El defecto del issue 43: pyHanko suma «; pyHanko x.y» al productor en Info y escribe solo «pyHanko x.y» en
    el XMP. Firmado como lo hacía el programa antes (el escritor de pyHanko tal cual), la regla lo encuentra; con la
    firma del programa, no."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    firmante = signers.SimpleSigner.load_pkcs12(str(acta["p12"]), passphrase=CONTRASENA.encode())
    firmador = signers.PdfSigner(signers.PdfSignatureMetadata(field_name="Firma 1",
                                                              subfilter=fields.SigSeedSubFilter.PADES),
                                 signer=firmante)
    solo_pyhanko = firmador.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(acta["sin_firmar"]), strict=False)).getvalue()
    fallan = faltas(solo_pyhanko)
    assert list(fallan) == [next(n for n in (f"{r.clausula} {r.nombre}" for r in REGLAS)
                                 if n.startswith(INFO_IGUAL_A_XMP))], fallan
    assert any("/Producer" in falta and "'pyHanko " in falta for falta in next(iter(fallan.values())))
    assert faltas(acta["firmado"]) == {}


def test_un_pdf_sin_xmp_se_firma_como_lo_hace_pyhanko(acta, tmp_path):
    """Un PDF que no es PDF/A (sin XMP) no gana un XMP al firmarlo: pyHanko pone al día Info como siempre, y la
    firma vale."""
    from pyhanko.version import __version__ as version_pyhanko
    from reportlab.pdfgen import canvas

    from escritorio.documentos.firma_digital import cargar_certificado, firmar_pdf
    from escritorio.documentos.verificacion_de_firmas import verificar_pdf

    crudo = io.BytesIO()
    hoja = canvas.Canvas(crudo)
    hoja.drawString(72, 720, "Nota sin XMP")
    hoja.save()
    firmado = firmar_pdf(crudo.getvalue(), cargar_certificado(acta["p12"], CONTRASENA)).pdf
    with pikepdf.open(io.BytesIO(firmado)) as pdf:
        assert "/Metadata" not in pdf.Root
        assert str(pdf.docinfo.Producer).endswith(f"; pyHanko {version_pyhanko}")
    verificacion = verificar_pdf(firmado)
    assert verificacion.integras and len(verificacion.firmas) == 1
