"""La verificación de las firmas de un PDF, sin conexión (pyHanko): quién firmó, cuándo, si el documento cambió desde
la firma, si el certificado lleva a una autoridad de confianza, a qué nivel PAdES llega cada firma (B-B, B-T, B-LT,
B-LTA) y si se puede validar a largo plazo, y los sellos de tiempo del documento (B-LTA).

Nunca descarga nada (ni OCSP ni CRL ni certificados intermedios): la confianza se juzga solo con los certificados
raíz que se le den y los datos de validación que el PDF trae (B-LT). Sin raíces, una firma íntegra se informa como
tal, diciendo que su certificado no se pudo validar contra una autoridad de confianza.
"""

import hashlib
import io
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..errores import ErrorEscritorio
from . import firma_digital  # noqa: F401 - silencia el registro de pyHanko (ver allí)

EXTENSIONES_RAIZ = (".pem", ".crt", ".cer", ".der")

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
