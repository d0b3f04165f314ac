"""Los datos para validar un certificado a largo plazo: su cadena hasta la raíz y los datos de revocación (CRL).

- `leer_archivos`: los certificados (intermedios y raíz) y las CRL que la secretaria da en archivos .crt, .cer,
  .pem, .der o .crl (o una carpeta con ellos), tal como los publica su autoridad certificante. Un .pem puede traer
  varios certificados y CRL juntos.
- `cadena`: la cadena de un certificado, del certificado a su raíz, con los certificados que se tienen (los que
  vienen en el .p12 y los de los archivos); con conexión, el emisor que falta se trae de la dirección que el mismo
  certificado indica («Authority Information Access», caIssuers), como hace cualquier validador.

Sin Qt ni base de datos; los mensajes, en castellano, dicen qué falta y cómo darlo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio

EXTENSIONES = (".crt", ".cer", ".pem", ".der", ".crl", ".p7c", ".p7b")
_MAXIMO_DE_LA_CADENA = 8
_ESPERA_DE_RED = 15  # segundos por pedido


@dataclass
class DatosDeValidacion:
    """Certificados y CRL (objetos de asn1crypto) que la secretaria dio en archivos."""

    certificados: list = field(default_factory=list)
    crls: list = field(default_factory=list)
    archivos: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.certificados or self.crls)


def como_darlos(que: str = "cadena") -> str:
    """Cómo se dan los archivos de la cadena («cadena») o de revocación («crl»), en la línea de órdenes y en la
    ventana."""
    if que == "crl":
        return traducir("con --crl ARCHIVO en la línea de órdenes, o con «Cadena y revocación…» en la ventana")
    return traducir("con --cadena ARCHIVO en la línea de órdenes, o con «Cadena y revocación…» en la ventana")


def nombre(certificado_o_nombre) -> str:
    """El CN de un certificado (o de un nombre X.509 de asn1crypto); si no tiene, el nombre entero."""
    sujeto = getattr(certificado_o_nombre, "subject", certificado_o_nombre)
    return sujeto.native.get("common_name") or sujeto.human_friendly


def autofirmado(certificado) -> bool:
    return certificado.subject == certificado.issuer


def _del_contenido(datos: bytes, archivo: Path) -> tuple[list, list]:
    """(certificados, crls) de un archivo PEM o DER, o ValueError si no trae ninguno."""
    from asn1crypto import cms, crl, pem, x509

    if pem.detect(datos):
        certificados, crls = [], []
        for tipo, _cabeceras, der in pem.unarmor(datos, multiple=True):
            if tipo in ("CERTIFICATE", "TRUSTED CERTIFICATE"):
                certificados.append(x509.Certificate.load(der))
            elif tipo == "X509 CRL":
                crls.append(crl.CertificateList.load(der))
            elif tipo in ("PKCS7", "CMS"):
                certificados += _de_pkcs7(cms.ContentInfo.load(der))
        for objeto in certificados + crls:
            objeto.native  # noqa: B018 - lo lee entero: un PEM roto falla aquí y no al firmar
        if not (certificados or crls):
            raise ValueError
        return certificados, crls
    for leer in (lambda: ([x509.Certificate.load(datos)], []), lambda: ([], [crl.CertificateList.load(datos)]),
                 lambda: (_de_pkcs7(cms.ContentInfo.load(datos)), [])):
        try:
            certificados, crls = leer()
            for objeto in certificados + crls:
                objeto.native  # noqa: B018
            if certificados or crls:
                return certificados, crls
        except (ValueError, TypeError, KeyError):
            continue
    raise ValueError(archivo)


def _de_pkcs7(contenido) -> list:
    """Los certificados de un PKCS#7 «solo certificados» (.p7c, .p7b: así publican su cadena algunas autoridades)."""
    return [c.chosen for c in contenido["content"]["certificates"] if c.name == "certificate"]


def leer_archivos(rutas) -> DatosDeValidacion:
    """Los certificados y las CRL de cada archivo (o de cada archivo con esas extensiones de una carpeta)."""
    from ..salida import comprobar_nombre, motivo_del_sistema

    datos = DatosDeValidacion()
    for ruta in rutas or ():
        ruta = comprobar_nombre(ruta, traducir("los certificados o la CRL"), traducir("no se firmó nada"))
        try:
            archivos = (sorted(p for p in ruta.iterdir() if p.is_file() and p.suffix.lower() in EXTENSIONES)
                        if ruta.is_dir() else [ruta])
            if not ruta.exists():
                raise FileNotFoundError
        except FileNotFoundError:
            raise ErrorEscritorio(traducir("No existe {0} (certificados de la cadena o CRL). Revise la ruta. No se "
                                           "firmó nada.").format(ruta)) from None
        except OSError as error:
            raise ErrorEscritorio(traducir("No se puede leer {0}: {1}. No se firmó nada.").format(
                ruta, motivo_del_sistema(error))) from None
        for archivo in archivos:
            try:
                certificados, crls = _del_contenido(archivo.read_bytes(), archivo)
            except OSError as error:
                raise ErrorEscritorio(traducir("No se puede leer {0}: {1}. No se firmó nada.").format(
                    archivo, motivo_del_sistema(error))) from None
            except ValueError:
                raise ErrorEscritorio(traducir(
                    "{0} no es un certificado ni una lista de revocación (CRL) que se pueda leer. Dé los archivos "
                    "que publica su autoridad certificante: sus certificados (.crt, .cer, .pem) y sus CRL (.crl). "
                    "No se firmó nada.").format(archivo.name)) from None
            datos.certificados += certificados
            datos.crls += crls
            datos.archivos.append(str(archivo))
    return datos


def direcciones(certificado, que: str) -> list[str]:
    """Las direcciones http que el certificado indica: «crl» (dónde se descarga la CRL de su emisor), «ocsp» o
    «emisor» (el certificado de su emisor)."""
    if que == "crl":
        urls = [punto.url for punto in certificado.crl_distribution_points]
    elif que == "ocsp":
        urls = list(certificado.ocsp_urls)
    else:
        urls = [d["access_location"].native for d in (certificado.authority_information_access_value or [])
                if d["access_method"].native == "ca_issuers"
                and d["access_location"].name == "uniform_resource_identifier"]
    return [u for u in urls if u and u.startswith(("http://", "https://"))]


def _es_emisor(candidato, certificado) -> bool:
    if candidato.subject != certificado.issuer:
        return False
    clave = certificado.authority_key_identifier
    return clave is None or candidato.key_identifier is None or clave == candidato.key_identifier


def _traer_emisor(certificado) -> list:
    """Los certificados que publica la dirección caIssuers del certificado (DER, PEM o PKCS#7)."""
    import urllib.request

    for url in direcciones(certificado, "emisor"):
        try:
            with urllib.request.urlopen(url, timeout=_ESPERA_DE_RED) as respuesta:  # noqa: S310 - solo http(s)
                certificados, _crls = _del_contenido(respuesta.read(), Path(url))
        except (OSError, ValueError):
            continue
        if certificados:
            return certificados
    return []


class FaltaUnEmisor(ErrorEscritorio):
    """La cadena de un certificado se corta: no se tiene (ni se pudo traer) el certificado de su emisor."""


def cadena(certificado, conocidos: list, *, con_red: bool, de_quien: str) -> list:
    """Del certificado a su raíz (autofirmada): [certificado, emisor, …, raíz]. `de_quien` dice en el mensaje de
    qué certificado se trata («de quien firma», «del servidor de sello de tiempo»)."""
    resultado = [certificado]
    actual = certificado
    while not autofirmado(actual) and len(resultado) < _MAXIMO_DE_LA_CADENA:
        emisor = next((c for c in conocidos if _es_emisor(c, actual)), None)
        if emisor is None and con_red:
            emisor = next((c for c in _traer_emisor(actual) if _es_emisor(c, actual)), None)
        if emisor is None:
            donde = direcciones(actual, "emisor")
            traer = (traducir(" (se descarga de {0})").format(donde[0]) if donde else "")
            raise FaltaUnEmisor(traducir(
                "Para la firma a largo plazo hace falta la cadena del certificado {0} hasta su raíz, y falta el "
                "certificado de «{1}», el emisor de «{2}»{3}. Pídale a su autoridad certificante los certificados de "
                "su cadena (intermedio y raíz: archivos .crt, .cer o .pem) y délos {4}. No se firmó nada.").format(
                de_quien, nombre(actual.issuer), nombre(actual), traer, como_darlos()))
        resultado.append(emisor)
        actual = emisor
    return resultado


def crl_vigente_de(crls: list, certificado, ahora: datetime | None = None):
    """La CRL de las dadas que emitió el emisor de `certificado` (None si no hay). Si la única que hay ya venció,
    ErrorEscritorio: hace falta la actual."""
    ahora = ahora or datetime.now(timezone.utc)
    del_emisor = [c for c in crls if c.issuer == certificado.issuer]
    vigentes = [c for c in del_emisor if c["tbs_cert_list"]["next_update"].native is None
                or c["tbs_cert_list"]["next_update"].native >= ahora]
    if del_emisor and not vigentes:
        vencio = max(c["tbs_cert_list"]["next_update"].native for c in del_emisor)
        donde = direcciones(certificado, "crl")
        raise ErrorEscritorio(traducir(
            "La lista de revocación (CRL) de «{0}» que se dio venció el {1}: ya no dice si «{2}» sigue "
            "vigente. Descargue la actual{3} y désela {4}. No se firmó nada.").format(
            nombre(certificado.issuer), formato.fecha_y_hora(vencio.astimezone()), nombre(certificado),
            traducir(" de {0}").format(donde[0]) if donde else "", como_darlos("crl")))
    return vigentes[0] if vigentes else None
