"""La firma a largo plazo (PAdES B-T, B-LT, B-LTA) contra una autoridad certificante y una autoridad de sello de
tiempo locales (`tests/pki_local.py`, en 127.0.0.1, con CRL y OCSP), y la verificación con el validador de pyHanko
tal como lo haría cualquiera dentro de años: sin red, con lo que trae el PDF (el DSS) y confiando solo en la raíz.

El documento es un acta aprobada de la red de ejemplo (con sus líneas de firma), firmada con `firmar_pdf`."""

import io
import shutil
from pathlib import Path

import pytest
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import DocumentSecurityStore, validate_pdf_signature, validate_pdf_timestamp

from pki_local import PKILocal
from escritorio.documentos.cadena_de_certificados import leer_archivos
from escritorio.documentos.firma_digital import cargar_certificado, firmar_pdf
from escritorio.documentos.verificacion_de_firmas import verificar_pdf
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_sesiones import imprimir_acta
from escritorio.servicios.sesiones import listar_sesiones

CLAVE = "clave de prueba"


@pytest.fixture
def pki(tmp_path):
    with PKILocal(tmp_path / "pki") as autoridad:
        yield autoridad


@pytest.fixture(scope="module")
def acta(demo_creada_por_la_cli, tmp_path_factory) -> bytes:
    """El PDF de un acta aprobada de la red de ejemplo, tal como sale para firmar: hecho una vez en el módulo (cada
    prueba firma sus propios bytes; el acta no cambia)."""
    carpeta = tmp_path_factory.mktemp("acta_para_firmar")
    copia = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    db = abrir_base(copia, crear=False)
    try:
        contexto = Contexto(db, 1)
        sesion = next(s["id"] for s in listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
        imprimir_acta(contexto, sesion, carpeta / "acta.pdf")
    finally:
        db.close()
    return (carpeta / "acta.pdf").read_bytes()


def raiz(pki) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(pem.unarmor(pki.archivo_raiz.read_bytes())[2])


def contexto_del_dss(lector, pki):
    """Lo que haría un validador sin red: solo la raíz de confianza y lo que trae el PDF; la revocación, exigida."""
    return DocumentSecurityStore.read_dss(lector).as_validation_context(
        {"trust_roots": [raiz(pki)], "allow_fetching": False, "revocation_mode": "require"})


def test_b_t_lleva_el_sello_de_tiempo_de_la_autoridad_local(pki, acta):
    certificado = cargar_certificado(pki.emitir_firmante("Ana Pérez", CLAVE, con_cadena=True), CLAVE)
    hecho = firmar_pdf(acta, certificado, nivel="B-T", sello_tiempo=pki.url_tsa)
    assert pki.pedidos["tsa"] >= 1
    assert hecho.nivel == "B-T" and not hecho.largo_plazo
    [firma] = PdfFileReader(io.BytesIO(hecho.pdf)).embedded_regular_signatures
    from pyhanko_certvalidator import ValidationContext

    estado = validate_pdf_signature(firma, ValidationContext(trust_roots=[raiz(pki)]),
                                    ts_validation_context=ValidationContext(trust_roots=[raiz(pki)]))
    assert estado.intact and estado.valid
    assert estado.timestamp_validity is not None and estado.timestamp_validity.trusted
    assert estado.timestamp_validity.timestamp >= estado.signer_reported_dt
    informe = verificar_pdf(hecho.pdf, "acta.pdf")
    assert [(f.nivel, f.con_sello_de_tiempo, f.largo_plazo) for f in informe.firmas] == [("B-T", True, False)]
    assert "no trae los datos de validación" in informe.firmas[0].detalle_largo_plazo


def test_b_lt_con_conexion_trae_la_cadena_y_la_revocacion_y_despues_valida_sin_red(tmp_path, acta):
    """El .p12 trae solo el certificado de quien firma: la intermedia se trae de su dirección caIssuers y la
    revocación por OCSP o CRL. Cerrada la autoridad (sin red), la firma y su sello validan con lo que trae el PDF."""
    with PKILocal(tmp_path / "pki") as pki:
        certificado = cargar_certificado(pki.emitir_firmante("Ana Pérez", CLAVE), CLAVE)
        hecho = firmar_pdf(acta, certificado, nivel="B-LT", sello_tiempo=pki.url_tsa)
        assert pki.pedidos["intermedia.crt"] >= 1                    # la cadena, buscada por la red
        assert pki.pedidos["ocsp"] + pki.pedidos["intermedia.crl"] >= 1  # y la revocación
    assert hecho.nivel == "B-LT" and hecho.largo_plazo
    lector = PdfFileReader(io.BytesIO(hecho.pdf))
    dss = DocumentSecurityStore.read_dss(lector)
    sujetos = {c.subject.native["common_name"] for c in dss.load_certs()}
    assert {"Ana Pérez", "CA Firmas de Prueba", "Sello de Tiempo de Prueba"} <= sujetos
    assert dss.ocsps or dss.crls
    [firma] = lector.embedded_regular_signatures
    estado = validate_pdf_signature(firma, contexto_del_dss(lector, pki),
                                    ts_validation_context=contexto_del_dss(lector, pki))
    assert estado.bottom_line, estado.pretty_print_details()
    assert estado.trusted and not estado.revoked and estado.timestamp_validity.trusted
    informe = verificar_pdf(hecho.pdf, "acta.pdf", [raiz(pki)])
    assert informe.confiables
    assert [(f.nivel, f.largo_plazo) for f in informe.firmas] == [("B-LT", True)]
    assert informe.firmas[0].detalle_largo_plazo.startswith("validación a largo plazo posible")


def test_b_lt_sin_conexion_con_los_archivos_de_la_autoridad_no_usa_la_red(pki, acta):
    """Sin sello de tiempo ni red: la cadena y las CRL salen de los archivos que da la secretaria. El PDF se valida
    después sin red; sin sello de tiempo el nivel es B-B, con la validación a largo plazo posible."""
    p12 = pki.emitir_firmante("Ana Pérez", CLAVE)
    archivos = [pki.archivo_raiz, pki.archivo_intermedia, *pki.guardar_crls()]
    pki.pedidos.clear()
    hecho = firmar_pdf(acta, cargar_certificado(p12, CLAVE), nivel="B-LT", datos_de_validacion=leer_archivos(archivos))
    assert sum(pki.pedidos.values()) == 0                     # ni un pedido a la autoridad
    assert (hecho.nivel, hecho.largo_plazo) == ("B-B", True)
    lector = PdfFileReader(io.BytesIO(hecho.pdf))
    assert len(DocumentSecurityStore.read_dss(lector).crls) == 2
    [firma] = lector.embedded_regular_signatures
    estado = validate_pdf_signature(firma, contexto_del_dss(lector, pki))
    assert estado.bottom_line and estado.trusted
    [informe] = verificar_pdf(hecho.pdf, "acta.pdf", [raiz(pki)]).firmas
    assert (informe.nivel, informe.largo_plazo, informe.confiable) == ("B-B", True, True)
    assert "sin sello de tiempo no llega a B-LT" in informe.detalle_largo_plazo


def test_b_lta_agrega_un_sello_de_tiempo_del_documento_despues_del_dss(pki, acta):
    certificado = cargar_certificado(pki.emitir_firmante("Ana Pérez", CLAVE, con_cadena=True), CLAVE)
    hecho = firmar_pdf(acta, certificado, nivel="B-LTA", sello_tiempo=pki.url_tsa)
    assert (hecho.nivel, hecho.largo_plazo) == ("B-LTA", True)
    lector = PdfFileReader(io.BytesIO(hecho.pdf))
    [firma] = lector.embedded_regular_signatures
    [sello] = lector.embedded_timestamp_signatures
    assert sello.sig_object_type == "/DocTimeStamp"
    # El sello del documento cubre una revisión que ya tenía el DSS (la cadena y la revocación de la firma).
    assert sello.signed_revision > firma.signed_revision
    assert "/DSS" in lector.get_historical_root(sello.signed_revision)
    assert "/DSS" not in lector.get_historical_root(firma.signed_revision)
    estado = validate_pdf_timestamp(sello, validation_context=contexto_del_dss(lector, pki))
    assert estado.intact and estado.valid and estado.trusted
    informe = verificar_pdf(hecho.pdf, "acta.pdf", [raiz(pki)])
    assert [f.nivel for f in informe.firmas] == ["B-LTA"]
    assert [(s.autoridad, s.integro) for s in informe.sellos] == [("Sello de Tiempo de Prueba", True)]
    assert informe.integras and informe.confiables
    # Un byte cambiado después del sello del documento: ni la firma ni el sello quedan íntegros.
    alterado = bytearray(hecho.pdf)
    posicion = alterado.index(b"stream", len(alterado) // 10) + 40
    alterado[posicion] ^= 1
    assert not verificar_pdf(bytes(alterado), "acta.pdf", [raiz(pki)]).integras


def _error(*argumentos, **opciones) -> str:
    with pytest.raises(ErrorEscritorio) as error:
        firmar_pdf(*argumentos, **opciones)
    return error.value.mensaje


def test_lo_que_falta_para_cada_nivel_se_dice_en_castellano(tmp_path, acta):
    with PKILocal(tmp_path / "pki") as pki:
        sin_cadena = cargar_certificado(pki.emitir_firmante("Ana Pérez", CLAVE), CLAVE)
        con_cadena = cargar_certificado(pki.emitir_firmante("Ana Pérez", CLAVE, con_cadena=True,
                                                            archivo="con-cadena.p12"), CLAVE)
        revocado_p12 = pki.emitir_firmante("Rita Revocada", CLAVE, con_cadena=True, archivo="revocada.p12")
        pki.revocar(pki.ultimo_firmante)
        raiz_crl, intermedia_crl = pki.guardar_crls()

        # B-LTA (y B-T) sin servidor de sello de tiempo.
        mensaje = _error(acta, con_cadena, nivel="B-LTA")
        assert "B-LTA necesita un servidor de sello de tiempo" in mensaje and "--sello-tiempo" in mensaje
        assert "No se firmó nada" in mensaje
        # Sin conexión (se dan CRL) y sin la intermedia: qué certificado falta y de dónde se descarga.
        mensaje = _error(acta, sin_cadena, nivel="B-LT", datos_de_validacion=leer_archivos([raiz_crl]))
        assert "falta el certificado de «CA Firmas de Prueba»" in mensaje and "--cadena" in mensaje
        assert f"{pki.base}/intermedia.crt" in mensaje
        # Con la cadena pero sin la CRL de la intermedia.
        mensaje = _error(acta, con_cadena, nivel="B-LT", datos_de_validacion=leer_archivos([raiz_crl]))
        assert "Falta la lista de revocación (CRL) de «CA Firmas de Prueba»" in mensaje and "--crl" in mensaje
        assert f"{pki.base}/intermedia.crl" in mensaje
        # Un certificado revocado no firma.
        mensaje = _error(acta, cargar_certificado(revocado_p12, CLAVE), nivel="B-LT",
                         datos_de_validacion=leer_archivos([raiz_crl, intermedia_crl]))
        assert "REVOCADO" in mensaje and "Rita Revocada" in mensaje
        # Un archivo que no es ni certificado ni CRL.
        basura = tmp_path / "autoridad.crl"
        basura.write_text("no es una CRL", encoding="utf-8")
        with pytest.raises(ErrorEscritorio, match="no es un certificado ni una lista de revocación"):
            leer_archivos([basura])
    # B-LT sin conexión (la autoridad ya no responde) y sin archivos de revocación.
    mensaje = _error(acta, con_cadena, nivel="B-LT")
    assert "No se pudieron obtener los datos de revocación" in mensaje
    assert "descargue en otra computadora la lista de revocación (CRL) de «CA Firmas de Prueba»" in mensaje
    assert "--crl" in mensaje and f"{pki.base}/intermedia.crl" in mensaje


@pytest.mark.parametrize("nivel", ["B-T", "B-LT", "B-LTA"])
def test_cada_revision_del_firmado_a_largo_plazo_sigue_siendo_pdfa(pki, acta, nivel):
    """pyHanko agrega por su cuenta, después de la firma, la revisión del DSS (B-LT) y la del sello del documento
    (B-LTA): cada una, como la de la firma, lleva Info y XMP iguales, así el archivo en cada revisión es PDF/A-2B."""
    import re

    from reglas_pdfa import faltas

    certificado = cargar_certificado(pki.emitir_firmante("Ana Pérez", CLAVE, con_cadena=True), CLAVE)
    hecho = firmar_pdf(acta, certificado, nivel=nivel, sello_tiempo=pki.url_tsa)
    revisiones = [m.end() for m in re.finditer(rb"%%EOF(\r\n|\r|\n)?", hecho.pdf)]
    # la firma; en B-LT el DSS; en B-LTA además el sello del documento y el DSS de ese sello
    assert len(revisiones) == {"B-T": 2, "B-LT": 3, "B-LTA": 4}[nivel], revisiones
    for fin in revisiones:
        assert faltas(hecho.pdf[:fin]) == {}, f"{nivel}: la revisión que termina en el byte {fin}"
    assert verificar_pdf(hecho.pdf, "acta.pdf", [raiz(pki)]).integras
