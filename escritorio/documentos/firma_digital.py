"""Firma digital PAdES de un PDF con un certificado .p12/.pfx (pyHanko). La verificación está en
`verificacion_de_firmas`.

Sin base de datos ni Qt: recibe bytes y devuelve bytes. Funciona sin conexión: la firma es PAdES B-B (sin sello de
tiempo) salvo que se pida otro nivel: B-T con un servidor de sello de tiempo, B-LT y B-LTA con los datos de
validación a largo plazo (`firma_largo_plazo` dice qué necesita cada uno y los junta; sin conexión, de los archivos
que se den).

Dónde se ve la firma: si el PDF tiene una línea de firma libre de quien firma (un campo de firma vacío, como los
que dejan el acta y la resolución: `pdf.lineas_de_firma`), la firma se dibuja sobre esa línea (nombre, fecha y
«Firmado digitalmente», con las fuentes incrustadas de los documentos: `pdf.apariencia_de_firma`); si no, es
invisible. En los dos casos la actualización incremental mantiene el PDF/A (el campo lleva la marca de impresión).
Cada revisión que se agrega (la firma, y en B-LT y B-LTA los datos de validación y el sello del documento) lleva
Info y XMP iguales, así el PDF/A firmado sigue siendo PDF/A: `pdf/metadatos_pdfa.py`.
"""

import hashlib
import io
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..errores import ErrorEscritorio
from .cadena_de_certificados import DatosDeValidacion
from ..dominio import formato

# pyHanko informa por `logging` cada certificado que no valida (con la traza): eso ya lo dice el informe.
for _nombre in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_nombre).addHandler(logging.NullHandler())
    logging.getLogger(_nombre).propagate = False


@dataclass
class Certificado:
    """El certificado de quien firma, ya abierto con su contraseña."""

    firmante: str          # el nombre del certificado (CN)
    emisor: str
    sha256: str            # del certificado (DER)
    valido_desde: datetime
    valido_hasta: datetime
    autofirmado: bool
    _firmante_pyhanko: object = field(repr=False, default=None)


def _nombre_comun(nombre) -> str:
    """El CN de un nombre X.509 de cryptography; si no tiene, el nombre entero."""
    from cryptography.x509.oid import NameOID

    cn = nombre.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(cn[0].value) if cn else nombre.rfc4514_string() or "(sin nombre)"


def _fecha(momento: datetime) -> str:
    return formato.fecha_y_hora(momento.astimezone())


class ContrasenaIncorrecta(ErrorEscritorio):
    """La contraseña no abre el .p12/.pfx (quien la muestra vuelve al campo de la contraseña)."""


def cargar_certificado(ruta: Path | str, contrasena: str, *, ahora: datetime | None = None) -> Certificado:
    """Abre un .p12/.pfx con su contraseña. ErrorEscritorio en castellano si el archivo no se puede leer, no es un
    .p12, la contraseña no es la correcta, no trae la clave privada o el certificado venció o aún no es válido."""
    from asn1crypto import pkcs12 as asn1_pkcs12
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from ..salida import comprobar_nombre

    ruta = comprobar_nombre(ruta, "el certificado (.p12 o .pfx)", "no se firmó nada")
    try:  # preguntar si es una carpeta también puede fallar (una ruta entera más larga de lo que admite el sistema)
        if ruta.is_dir():
            raise ErrorEscritorio(f"{ruta} es una carpeta: indique el archivo del certificado (.p12 o .pfx). "
                                  "No se firmó nada.")
        datos = ruta.read_bytes()
    except FileNotFoundError:
        raise ErrorEscritorio(f"No existe el archivo del certificado {ruta}. Revise la ruta. No se firmó nada.") from None
    except OSError as error:
        from ..salida import motivo_del_sistema

        raise ErrorEscritorio(f"No se puede leer el certificado {ruta}: {motivo_del_sistema(error)}. "
                              "No se firmó nada.") from None
    try:  # ¿es un PKCS#12? (si lo es, un error al abrirlo es la contraseña)
        pfx = asn1_pkcs12.Pfx.load(datos)
        pfx["auth_safe"]["content_type"].native
    except (ValueError, TypeError, KeyError):
        raise ErrorEscritorio(
            f"{ruta.name} no es un certificado .p12/.pfx (PKCS#12): no se pudo leer. Elija el archivo que le dio la "
            "autoridad certificante (el que incluye la clave privada, protegido con contraseña; un .cer o .pem solo "
            "trae el certificado público y no sirve para firmar). No se firmó nada.") from None
    clave = cert = usada = None
    _otros: list = []
    for intento in ([contrasena.encode("utf-8")] + ([None] if not contrasena else [])):
        try:
            clave, cert, _otros = pkcs12.load_key_and_certificates(datos, intento)
            usada = intento
            break
        except ValueError:
            continue
        except Exception:  # noqa: BLE001 - algoritmo no admitido u otro problema del archivo
            raise ErrorEscritorio(f"El certificado {ruta.name} usa un cifrado que no se puede abrir aquí. Expórtelo "
                                  "de nuevo como .p12 (con AES) y vuelva a intentarlo. No se firmó nada.") from None
    else:
        raise ContrasenaIncorrecta(f"La contraseña del certificado {ruta.name} no es la correcta. Vuelva a escribirla "
                              "(distingue mayúsculas y minúsculas). No se firmó nada.")
    if clave is None:
        # Sin clave, el certificado suele venir entre los «otros» (no hay clave a la que asociarlo).
        publico = cert or (_otros[0] if _otros else None)
        de_quien = f" el certificado de {_nombre_comun(publico.subject)}" if publico is not None else " certificados"
        raise ErrorEscritorio(f"{ruta.name} trae{de_quien} pero no su clave privada: no sirve para firmar. Exporte "
                              "de nuevo el certificado «con la clave privada» (.p12/.pfx) y vuelva a intentarlo. "
                              "No se firmó nada.")
    if cert is None:
        raise ErrorEscritorio(f"{ruta.name} no trae ningún certificado, solo la clave: no sirve para firmar. Elija el "
                              ".p12/.pfx que incluye su certificado. No se firmó nada.")
    ahora = ahora or datetime.now(timezone.utc)
    firmante = _nombre_comun(cert.subject)
    if ahora < cert.not_valid_before_utc:
        raise ErrorEscritorio(f"El certificado de {firmante} ({ruta.name}) todavía no es válido: rige desde el "
                              f"{_fecha(cert.not_valid_before_utc)}. Revise la fecha y hora de esta computadora o "
                              "espere a esa fecha. No se firmó nada.")
    if ahora > cert.not_valid_after_utc:
        raise ErrorEscritorio(f"El certificado de {firmante} ({ruta.name}) venció el "
                              f"{_fecha(cert.not_valid_after_utc)}: ya no sirve para firmar. Renuévelo ante su "
                              "autoridad certificante. No se firmó nada.")
    from pyhanko.sign import signers

    der = cert.public_bytes(serialization.Encoding.DER)
    # pyHanko vuelve a leer el archivo ya comprobado (la contraseña es la correcta).
    firmante_pyhanko = signers.SimpleSigner.load_pkcs12_data(datos, [], passphrase=usada)
    return Certificado(firmante=firmante, emisor=_nombre_comun(cert.issuer), sha256=hashlib.sha256(der).hexdigest(),
                       valido_desde=cert.not_valid_before_utc, valido_hasta=cert.not_valid_after_utc,
                       autofirmado=cert.subject == cert.issuer, _firmante_pyhanko=firmante_pyhanko)


def cantidad_de_firmas(pdf: bytes) -> int:
    """Las firmas del PDF (sin contar los sellos de tiempo del documento de B-LTA)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    return len(PdfFileReader(io.BytesIO(pdf), strict=False).embedded_regular_signatures)


@dataclass
class PdfFirmado:
    pdf: bytes
    momento: datetime          # la hora de la firma (la que declara; la del sello está en la verificación)
    nivel: str                 # el nivel alcanzado: B-B, B-T, B-LT o B-LTA
    largo_plazo: bool          # trae los datos para validarla sin conexión
    linea: str | None          # la línea de firma donde se ve («Presidenta: Carolina Cosse»), o None si invisible


def _campo_nuevo(lector, nombre: str = "Firma") -> str:
    """«Firma N» (o «Sello de tiempo N») con el primer N libre: los campos vacíos de las líneas de firma también
    tienen nombre."""
    from pyhanko.sign.fields import enumerate_sig_fields

    usados = {str(campo) for campo, _valor, _ref in enumerate_sig_fields(lector)}
    numero = 1 + len(lector.embedded_regular_signatures if nombre == "Firma" else
                     lector.embedded_timestamp_signatures)
    while f"{nombre} {numero}" in usados:
        numero += 1
    return f"{nombre} {numero}"


# El nombre para quien oye del campo de una firma invisible (/TU, PDF/UA 7.18.4), en el idioma del documento.
_FIRMA_DIGITAL = {"es": "Firma digital de {}", "pt": "Assinatura digital de {}", "en": "Digital signature of {}"}


def _campo_invisible(campo: str, firmante: str, lector):
    """El campo de una firma que no va en una línea: sin lugar en la página (su rectángulo queda fuera: PDF/UA no
    pide en el árbol una anotación que no se ve, y PDF/A prohíbe la marca «oculta») y con su nombre para quien oye,
    en el idioma del PDF (/Lang)."""
    from pyhanko.sign import fields

    idioma = str(lector.root.get("/Lang", "es") or "es")[:2].lower()
    return fields.SigFieldSpec(sig_field_name=campo,
                               readable_field_name=_FIRMA_DIGITAL.get(idioma, _FIRMA_DIGITAL["es"]).format(firmante),
                               invis_sig_settings=fields.InvisSigSettings(box_out_of_bounds=True))


def firmar_pdf(pdf: bytes, certificado: Certificado, *, motivo: str | None = None, lugar: str | None = None,
               sello_tiempo: str | None = None, nivel: str | None = None,
               datos_de_validacion: DatosDeValidacion | None = None) -> PdfFirmado:
    """Firma `pdf` en el nivel pedido (por omisión B-B, o B-T si se da la URL de un servidor de sello de tiempo;
    ver `firma_largo_plazo.nivel_pedido`), sobre la línea de firma libre de quien firma si el PDF la tiene (si no,
    invisible), como actualización incremental: las firmas anteriores siguen valiendo. `datos_de_validacion`: los
    certificados y CRL que se dieron en archivos (B-LT y B-LTA sin conexión)."""
    from pyhanko.sign import fields, signers

    from .pdf.metadatos_pdfa import escritor_incremental_pdfa, revisiones_posteriores_pdfa
    from .firma_largo_plazo import NIVEL_B, NIVEL_LTA, contexto_para_firmar, nivel_pedido
    from .pdf.apariencia_de_firma import estilo_de_firma
    from .pdf.lineas_de_firma import elegir_linea, lineas_libres

    nivel = nivel_pedido(nivel, sello_tiempo)
    try:
        escritor = escritor_incremental_pdfa(pdf)
        linea = elegir_linea(lineas_libres(escritor.prev), certificado.firmante)
        campo = linea.campo if linea is not None else _campo_nuevo(escritor.prev)
    except Exception:  # noqa: BLE001 - pyHanko lanza varios tipos ante un PDF roto
        raise ErrorEscritorio("El PDF que se iba a firmar no se pudo leer (está dañado). No se firmó nada.") from None
    sellador = None
    if sello_tiempo and nivel != NIVEL_B:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        sellador = HTTPTimeStamper(sello_tiempo, timeout=20)
    contexto = contexto_para_firmar(nivel, certificado._firmante_pyhanko, sellador,
                                    datos_de_validacion or DatosDeValidacion())
    datos = signers.PdfSignatureMetadata(
        field_name=campo, reason=motivo or None, location=lugar or None, name=certificado.firmante,
        subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256", validation_context=contexto,
        embed_validation_info=contexto is not None, use_pades_lta=nivel == NIVEL_LTA and sellador is not None,
        timestamp_field_name=_campo_nuevo(escritor.prev, "Sello de tiempo"))
    firmador = signers.PdfSigner(
        datos, signer=certificado._firmante_pyhanko, timestamper=sellador,
        stamp_style=estilo_de_firma(certificado.firmante) if linea is not None else None,
        new_field_spec=None if linea is not None else _campo_invisible(campo, certificado.firmante, escritor.prev))
    try:
        with revisiones_posteriores_pdfa():  # el DSS y el sello del documento los escribe pyHanko por su cuenta
            salida = firmador.sign_pdf(escritor, output=io.BytesIO())
    except Exception:  # noqa: BLE001 - pyHanko y aiohttp lanzan muchos tipos distintos
        if sello_tiempo:
            raise ErrorEscritorio(
                f"No se pudo obtener el sello de tiempo de {sello_tiempo}: el servidor no respondió o rechazó el "
                "pedido. Revise la conexión y la dirección del servidor, o firme sin --sello-tiempo (la firma vale "
                "igual, con la hora de esta computadora). No se firmó nada.") from None
        raise ErrorEscritorio("No se pudo firmar el PDF: la biblioteca de firma lo rechazó (¿un PDF dañado o un "
                              "certificado con un algoritmo que no se admite?). No se firmó nada.") from None
    return _lo_firmado(salida.getvalue(), linea)


def _lo_firmado(firmado: bytes, linea) -> PdfFirmado:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from .firma_largo_plazo import nivel_alcanzado

    lector = PdfFileReader(io.BytesIO(firmado), strict=False)
    firma = lector.embedded_regular_signatures[-1]
    momento = firma.self_reported_timestamp or datetime.now(timezone.utc)
    alcanzado = nivel_alcanzado(lector, firma, momento=momento)
    return PdfFirmado(firmado, momento, alcanzado.nivel, alcanzado.largo_plazo,
                      (f"{linea.cargo}: {linea.nombre}" if linea.nombre else linea.cargo) if linea else None)
