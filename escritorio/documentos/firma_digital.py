"""Firma digital PAdES de un PDF con un certificado .p12/.pfx, y verificación de las firmas de un PDF (pyHanko).

Sin base de datos ni Qt: recibe bytes y devuelve bytes o un informe. Funciona sin conexión:
- la firma es PAdES B-B (sin sello de tiempo) salvo que se pida otro nivel: B-T con un servidor de sello de tiempo,
  B-LT y B-LTA con los datos de validación a largo plazo (`firma_largo_plazo`, que dice qué necesita cada uno);
- la verificación nunca descarga nada (ni OCSP ni CRL ni certificados intermedios): la confianza se juzga solo
  con los certificados raíz que se le den (y los datos de revocación que el PDF trae, si los trae). Sin ellos, una
  firma íntegra se informa como tal, diciendo que su certificado no se pudo validar contra una autoridad de
  confianza. De cada firma dice además su nivel (B-B, B-T, B-LT, B-LTA) y si se puede validar a largo plazo.

Dónde se ve la firma: si el PDF tiene una línea de firma libre de quien firma (un campo de firma vacío, como los
que dejan el acta y la resolución: `pdf.lineas_de_firma`), la firma se dibuja sobre esa línea (nombre, fecha y
«Firmado digitalmente», con las fuentes incrustadas de los documentos: `pdf.apariencia_de_firma`); si no, es
invisible. En los dos casos la actualización incremental mantiene el PDF/A (el campo lleva la marca de impresión).
"""

import hashlib
import io
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..errores import ErrorEscritorio
from .cadena_de_certificados import DatosDeValidacion

# pyHanko informa por `logging` cada certificado que no valida (con la traza): eso ya lo dice el informe.
for _nombre in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_nombre).addHandler(logging.NullHandler())
    logging.getLogger(_nombre).propagate = False

EXTENSIONES_CERTIFICADO = (".p12", ".pfx")
EXTENSIONES_RAIZ = (".pem", ".crt", ".cer", ".der")


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
    return momento.astimezone().strftime("%d/%m/%Y %H:%M")


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


def firmar_pdf(pdf: bytes, certificado: Certificado, *, motivo: str | None = None, lugar: str | None = None,
               sello_tiempo: str | None = None, nivel: str | None = None,
               datos_de_validacion: DatosDeValidacion | None = None) -> PdfFirmado:
    """Firma `pdf` en el nivel pedido (por omisión B-B, o B-T si se da la URL de un servidor de sello de tiempo;
    ver `firma_largo_plazo.nivel_pedido`), sobre la línea de firma libre de quien firma si el PDF la tiene (si no,
    invisible), como actualización incremental: las firmas anteriores siguen valiendo. `datos_de_validacion`: los
    certificados y CRL que se dieron en archivos (B-LT y B-LTA sin conexión)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from .firma_largo_plazo import NIVEL_B, NIVEL_LTA, contexto_para_firmar, nivel_pedido
    from .pdf.apariencia_de_firma import estilo_de_firma
    from .pdf.lineas_de_firma import elegir_linea, lineas_libres

    nivel = nivel_pedido(nivel, sello_tiempo)
    try:
        escritor = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
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
        new_field_spec=None if linea is not None else fields.SigFieldSpec(sig_field_name=campo))
    try:
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


# --- verificación ---------------------------------------------------------------------------------

INTEGRA, AGREGADOS, MODIFICADA, ALTERADA = "integra", "agregados", "modificada", "alterada"


@dataclass
class FirmaVerificada:
    campo: str
    firmante: str
    emisor: str
    certificado_sha256: str
    firmado_en: str | None     # ISO 8601 con zona, la que declara la firma (o la del sello de tiempo)
    con_sello_de_tiempo: bool
    motivo: str | None
    lugar: str | None
    integridad: str            # INTEGRA (cubre todo el archivo), AGREGADOS (después solo se agregaron firmas o
    #                            campos permitidos), MODIFICADA (después hubo otros cambios), ALTERADA
    confiable: bool            # el certificado lleva a una autoridad de confianza indicada
    detalle_integridad: str
    detalle_confianza: str
    nivel: str = "B-B"         # el nivel PAdES alcanzado: B-B, B-T, B-LT o B-LTA (firma_largo_plazo)
    largo_plazo: bool = False  # el PDF trae lo necesario para validarla sin conexión (cadena y revocación)
    detalle_largo_plazo: str = ""

    @property
    def integra(self) -> bool:
        return self.integridad in (INTEGRA, AGREGADOS)

    def resumen(self) -> str:
        if not self.integra:
            return "ALTERADA" if self.integridad == ALTERADA else "MODIFICADA DESPUÉS DE FIRMAR"
        return "válida" if self.confiable else "íntegra; el certificado no se pudo validar contra una autoridad de confianza"


@dataclass
class SelloDeDocumento:
    """Un sello de tiempo del documento (el de B-LTA): cuándo y de qué servidor, y si el archivo no cambió desde él
    más que por datos de validación o sellos nuevos."""

    campo: str
    sellado_en: str | None     # ISO 8601
    autoridad: str
    integro: bool
    detalle: str


@dataclass
class Verificacion:
    archivo: str
    sha256: str
    firmas: list[FirmaVerificada]
    problema: str | None = None   # el archivo no se pudo leer o no tiene firmas
    sellos: list[SelloDeDocumento] = field(default_factory=list)

    @property
    def integras(self) -> bool:
        return (not self.problema and bool(self.firmas) and all(f.integra for f in self.firmas)
                and all(s.integro for s in self.sellos))

    @property
    def confiables(self) -> bool:
        return self.integras and all(f.confiable for f in self.firmas)

    def a_dict(self) -> dict:
        return {"archivo": self.archivo, "sha256": self.sha256, "problema": self.problema, "integras": self.integras,
                "confiables": self.confiables,
                "firmas": [{**asdict(f), "integra": f.integra, "resumen": f.resumen()} for f in self.firmas],
                "sellos_de_documento": [asdict(s) for s in self.sellos]}


def cargar_raices(ruta: Path | str) -> list:
    """Los certificados raíz de confianza de un archivo (.pem con uno o varios, .crt, .cer, .der) o de todos los de
    una carpeta. ErrorEscritorio si no hay ninguno."""
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from ..salida import comprobar_nombre, motivo_del_sistema

    ruta = comprobar_nombre(ruta, "los certificados raíz de confianza", "no se verificó nada")
    try:
        carpeta, archivo_suelto = ruta.is_dir(), ruta.is_file()
        archivos = sorted(p for p in ruta.iterdir() if p.is_file() and p.suffix.lower() in EXTENSIONES_RAIZ) \
            if carpeta else [ruta]
    except OSError as error:
        raise ErrorEscritorio(f"No se pueden leer los certificados raíz de {ruta}: {motivo_del_sistema(error)}. "
                              "No se verificó nada.") from None
    if not (carpeta or archivo_suelto):
        raise ErrorEscritorio(f"No existe {ruta} (los certificados raíz de confianza): indique un archivo .pem, .crt, "
                              ".cer o .der, o una carpeta con ellos.")
    raices = []
    ilegibles = []
    for archivo in archivos:
        try:
            datos = archivo.read_bytes()
            certs = (x509.load_pem_x509_certificates(datos) if b"-----BEGIN" in datos
                     else [x509.load_der_x509_certificate(datos)])
        except (OSError, ValueError):
            ilegibles.append(archivo.name)
            continue
        raices += [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in certs]
    if not raices:
        que = f" ({', '.join(ilegibles[:5])} no son certificados)" if ilegibles else ""
        raise ErrorEscritorio(f"No se encontró ningún certificado raíz en {ruta}{que}. Indique un archivo .pem, .crt, "
                              ".cer o .der, o una carpeta con ellos.")
    return raices


def _texto_pdf(objeto, clave: str) -> str | None:
    try:
        valor = objeto.get(clave)
        return str(valor) if valor is not None else None
    except Exception:  # noqa: BLE001
        return None


def verificar_pdf(pdf: bytes, archivo: str = "", raices: list | None = None) -> Verificacion:
    """Verifica cada firma de `pdf` sin conexión: quién firmó, cuándo, si el documento cambió desde la firma y si
    el certificado lleva a alguna de las `raices` de confianza (sin raíces, ninguna firma es «confiable»)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    from .firma_largo_plazo import nivel_alcanzado

    huella = hashlib.sha256(pdf).hexdigest()
    if not pdf.lstrip()[:5] == b"%PDF-":
        return Verificacion(archivo, huella, [], "no es un PDF")
    try:
        lector = PdfFileReader(io.BytesIO(pdf), strict=False)
        firmas = lector.embedded_regular_signatures
        sellos = lector.embedded_timestamp_signatures
    except Exception:  # noqa: BLE001
        return Verificacion(archivo, huella, [], "el PDF está dañado o alterado: no se puede leer su estructura")
    if not firmas:
        return Verificacion(archivo, huella, [], "no tiene firmas digitales")
    uso = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)
    resultado = []
    for firma in firmas:
        contexto = _contexto_sin_red(lector, raices)
        try:
            cert = firma.signer_cert
            firmante = cert.subject.native.get("common_name") or cert.subject.human_friendly
            emisor = cert.issuer.native.get("common_name") or cert.issuer.human_friendly
            cert_sha = hashlib.sha256(cert.dump()).hexdigest()
        except Exception:  # noqa: BLE001
            cert, firmante, emisor, cert_sha = None, "(no se pudo leer el certificado)", "", ""
        try:
            estado = validate_pdf_signature(firma, contexto, key_usage_settings=uso)
        except Exception as error:  # noqa: BLE001 - una firma rota no impide ver las demás
            resultado.append(FirmaVerificada(
                campo=str(firma.field_name), firmante=firmante, emisor=emisor, certificado_sha256=cert_sha,
                firmado_en=None, con_sello_de_tiempo=False, motivo=_texto_pdf(firma.sig_object, "/Reason"),
                lugar=_texto_pdf(firma.sig_object, "/Location"), integridad=ALTERADA, confiable=False,
                detalle_integridad=f"la firma no se pudo comprobar ({type(error).__name__}): el archivo fue "
                                   "alterado o la firma está dañada",
                detalle_confianza="no se evaluó"))
            continue
        informe = _informe(firma, estado, firmante, emisor, cert_sha, cert, bool(raices))
        try:
            momento = datetime.fromisoformat(informe.firmado_en) if informe.firmado_en else None
            alcanzado = nivel_alcanzado(lector, firma, momento=momento, raices=raices)
            informe.nivel, informe.largo_plazo, informe.detalle_largo_plazo = \
                alcanzado.nivel, alcanzado.largo_plazo, alcanzado.detalle
        except Exception:  # noqa: BLE001 - datos de validación dañados: el nivel no se puede decir
            informe.detalle_largo_plazo = "los datos de validación del PDF no se pudieron leer"
        resultado.append(informe)
    return Verificacion(archivo, huella, resultado, sellos=[_sello_de_documento(lector, s, raices) for s in sellos])


def _contexto_sin_red(lector, raices: list | None):
    """El contexto de validación de pyHanko sin red: las raíces dadas y, si el PDF los trae (B-LT), sus
    certificados y datos de revocación."""
    from pyhanko_certvalidator import ValidationContext

    from .firma_largo_plazo import almacen_de_validacion

    opciones = {"trust_roots": list(raices or []), "allow_fetching": False, "revocation_mode": "soft-fail"}
    almacen = almacen_de_validacion(lector)
    return almacen.as_validation_context(opciones) if almacen is not None else ValidationContext(**opciones)


def _sello_de_documento(lector, sello, raices: list | None) -> SelloDeDocumento:
    """Un sello de tiempo del documento (B-LTA), verificado sin conexión."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_timestamp
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        autoridad = sello.signer_cert.subject.native.get("common_name") or sello.signer_cert.subject.human_friendly
        estado = validate_pdf_timestamp(sello, validation_context=_contexto_sin_red(lector, raices))
    except Exception as error:  # noqa: BLE001
        return SelloDeDocumento(str(sello.field_name), None, "", False,
                                f"el sello no se pudo comprobar ({type(error).__name__}): el archivo fue alterado")
    momento = estado.timestamp.isoformat() if getattr(estado, "timestamp", None) else None
    if not (estado.intact and estado.valid):
        return SelloDeDocumento(str(sello.field_name), momento, autoridad, False,
                                "el documento cambió desde el sello de tiempo")
    if estado.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
            estado.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and estado.modification_level in (ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)):
        return SelloDeDocumento(str(sello.field_name), momento, autoridad, True,
                                "el documento no cambió desde el sello (después solo se agregaron datos de "
                                "validación o firmas)")
    return SelloDeDocumento(str(sello.field_name), momento, autoridad, False,
                            "después del sello se agregaron al archivo cambios que no son firmas ni datos de "
                            "validación")


def _informe(firma, estado, firmante: str, emisor: str, cert_sha: str, cert, con_raices: bool) -> FirmaVerificada:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    sello = getattr(estado, "timestamp_validity", None)
    momento = sello.timestamp if sello is not None else estado.signer_reported_dt
    if not (estado.intact and estado.valid):
        integridad, detalle = ALTERADA, ("el documento cambió desde la firma: su contenido no es el que se firmó"
                                         if not estado.intact else "la firma no corresponde al certificado")
    elif estado.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        integridad, detalle = INTEGRA, "el documento no cambió desde la firma (la firma cubre todo el archivo)"
    elif estado.coverage == SignatureCoverageLevel.ENTIRE_REVISION and estado.docmdp_ok and \
            estado.modification_level in (ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING):
        integridad, detalle = AGREGADOS, ("lo firmado no cambió; después solo se agregaron otras firmas (o datos de "
                                          "validación), que no tocan el contenido")
    elif estado.coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        integridad, detalle = MODIFICADA, ("lo firmado no cambió, pero después de la firma se agregaron al archivo "
                                           "cambios que no son firmas: lo que se ve puede no ser lo firmado")
    else:
        integridad, detalle = ALTERADA, "la firma no cubre el documento de manera estándar: puede haber sido alterado"
    if estado.trusted:
        camino = estado.validation_path
        raiz = (camino[0].subject.native.get("common_name") or camino[0].subject.human_friendly) if camino else ""
        confiable, confianza = True, f"certificado validado contra una autoridad de confianza ({raiz}), sin conexión"
    elif estado.revoked:
        confiable, confianza = False, "el certificado figura revocado"
    else:
        confiable = False
        motivos = []
        if cert is not None and cert.subject == cert.issuer:
            motivos.append("el certificado es autofirmado")
        elif con_raices:
            motivos.append(f"su emisor ({emisor}) no lleva a ninguno de los certificados raíz indicados")
        else:
            motivos.append(f"su emisor ({emisor}) no es una autoridad que el programa conozca: indique sus "
                           "certificados raíz con --confianza")
        if cert is not None and cert["tbs_certificate"]["validity"]["not_after"].native < datetime.now(timezone.utc):
            motivos.append("el certificado ya venció (la firma no tiene sello de tiempo que pruebe que se firmó antes)"
                           if sello is None else "el certificado ya venció")
        confianza = "el certificado no se pudo validar contra una autoridad de confianza: " + "; ".join(motivos)
    if integridad == ALTERADA:
        confiable, confianza = False, ("no cuenta: aunque el certificado fuera de confianza, el contenido no es el "
                                       "que se firmó")
    return FirmaVerificada(
        campo=str(firma.field_name), firmante=firmante, emisor=emisor, certificado_sha256=cert_sha,
        firmado_en=momento.isoformat() if momento else None, con_sello_de_tiempo=sello is not None,
        motivo=_texto_pdf(firma.sig_object, "/Reason"), lugar=_texto_pdf(firma.sig_object, "/Location"),
        integridad=integridad, confiable=confiable, detalle_integridad=detalle, detalle_confianza=confianza)
