"""Issue 78, §4: lo que la secretaría ve y lo que queda en los documentos nombra al órgano con su artículo.
Al firmar digitalmente el acta de la Asamblea General de Socios de la red de ejemplo, el mensaje, la lista de firmas
y el motivo guardado en la firma del PDF dicen «de la Asamblea General de Socios», nunca «del Asamblea»; los del
Consejo, «del Consejo». Una moción derivada figura en el acta como «Derivada a la Comisión Directiva» o
«Derivada al Consejo».

Sobre una copia de la red de ejemplo (sesión 1: XXXI sesión de la Asamblea General de Socios, acta aprobada;
sesión 2: LXI sesión del Consejo, acta aprobada; sesión 4: LXII del Consejo, acta en borrador)."""

import io
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from certificados import crear_certificado
from escritorio.servicios import mociones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.firmas import (cargar_certificado, documento_a_firmar, firmar_acta_digitalmente,
                                         listar_firmas, pdf_firmado)

CONTRASENA = "clave de prueba"
ASAMBLEA, CONSEJO = 1, 2                      # sesiones con el acta aprobada
BORRADOR, PUNTO = 4, 13                       # la LXII sesión del Consejo y un punto de su orden del día
COMISION_DIRECTIVA, ORGANO_CONSEJO = 3, 2     # ids de los órganos
ROSARIO = 3


def _motivos_de_firma(pdf: bytes) -> list[str]:
    """El /Reason de cada firma del PDF (lo que muestra un lector de PDF en el panel de firmas)."""
    campos = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    return [str(c["/V"].get("/Reason")) for c in campos.values() if c.get("/FT") == "/Sig" and c.get("/V")]


@pytest.fixture
def certificado(tmp_path):
    p12, _ = crear_certificado(tmp_path, "Lucía Fernández", CONTRASENA)
    return cargar_certificado(p12, CONTRASENA)


@pytest.mark.parametrize("sesion, con_articulo, sin_concordar", [
    (ASAMBLEA, "de la Asamblea General de Socios", "del Asamblea"),
    (CONSEJO, "del Consejo", "de la Consejo"),
])
def test_la_firma_del_acta_nombra_al_organo_con_su_articulo(demo_db, certificado, sesion, con_articulo,
                                                             sin_concordar):
    contexto = Contexto(demo_db, 1)
    assert con_articulo in documento_a_firmar(contexto, "acta", sesion)
    firma = firmar_acta_digitalmente(contexto, sesion, certificado)
    # Lo que dicen la ventana y la línea de órdenes al firmar («Firmado digitalmente: Acta de la sesión N.º …»).
    assert firma.documento.startswith("Acta de la sesión N.º ") and con_articulo in firma.documento
    assert [f["documento"] for f in listar_firmas(contexto)] == [firma.documento]
    # El motivo que queda dentro del PDF firmado.
    motivos = _motivos_de_firma(pdf_firmado(contexto, firma.id))
    assert len(motivos) == 1 and motivos[0].startswith("Firma del acta de la sesión N.º ")
    assert motivos[0].endswith(con_articulo)
    for texto in (firma.documento, motivos[0]):
        assert sin_concordar not in texto


@pytest.mark.proceso   # lee el PDF con pdftotext
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="falta pdftotext (poppler-utils)")
def test_el_acta_dice_a_que_organo_se_derivo_cada_mocion_con_su_articulo(demo_db, tmp_path):
    from escritorio.servicios.informes_sesiones import imprimir_acta

    contexto = Contexto(demo_db, 1)
    for titulo, organo in (("Plan de movilidad urbana", COMISION_DIRECTIVA), ("Fondo de becas", ORGANO_CONSEJO)):
        mocion = mociones.presentar(contexto, PUNTO, titulo, "La red estudia el tema.", autores=[ROSARIO],
                                    recibida_el=date(2026, 9, 1)).id
        mociones.admitir(contexto, mocion)
        mociones.derivar(contexto, mocion, organo, "Lo estudia el órgano que corresponde")
    ruta = tmp_path / "acta.pdf"
    imprimir_acta(contexto, BORRADOR, ruta)
    texto = " ".join(subprocess.run(["pdftotext", str(ruta), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    assert "Derivada a la Comisión Directiva: Lo estudia el órgano que corresponde." in texto
    assert "Derivada al Consejo: Lo estudia el órgano que corresponde." in texto
    assert "a Comisión Directiva" not in texto.replace("a la Comisión Directiva", "")
