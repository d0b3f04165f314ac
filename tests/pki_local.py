"""Una autoridad certificante de prueba con sus servicios, en 127.0.0.1: para probar la firma a largo plazo (PAdES
B-T, B-LT, B-LTA) sin salir de la máquina.

- Una raíz («Raíz de Prueba»), una autoridad intermedia («CA Firmas de Prueba») que emite los certificados de quien
  firma, y el certificado de una autoridad de sello de tiempo (TSA) emitido por la raíz.
- Un servidor HTTP en 127.0.0.1 (puerto libre, en un hilo) que sirve: la CRL de cada autoridad (/raiz.crl,
  /intermedia.crl), OCSP (/ocsp, POST), los certificados de las autoridades (/raiz.crt, /intermedia.crt, el
  «caIssuers» de cada certificado) y el sello de tiempo RFC 3161 (/tsa, POST, firmado con
  `pyhanko.sign.timestamps.DummyTimeStamper`).
- Los certificados llevan esas direcciones (CRL en «CRL Distribution Points», OCSP y caIssuers en «Authority
  Information Access»), como los de una autoridad real: con conexión, el firmador los encuentra solo.

Uso: `with PKILocal(carpeta) as pki: p12 = pki.emitir_firmante("Lucía Fernández", "clave")`. `pki.pedidos` cuenta
los pedidos que recibió cada ruta (para probar que algo NO usó la red). Todo se cierra al salir del `with`.

Nada aquí es un certificado real; las claves son RSA 2048 y nacen y mueren en la prueba.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# asn1crypto arma una sola vez su tabla de nombres de tipos de contenido: tsp («tst_info») tiene que estar cargado
# antes de que otro módulo la use, o la autoridad de sello no puede firmar.
from asn1crypto import tsp as _tsp  # noqa: F401
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import ocsp
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

_CLAVES: list = []  # generar claves RSA tarda: las pruebas de una misma corrida las reusan (cada una en su papel)


def _clave(indice: int):
    while len(_CLAVES) <= indice:
        _CLAVES.append(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    return _CLAVES[indice]


def _nombre(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "UY")])


def _uso(*, firmar: bool = False, ca: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=firmar, content_commitment=firmar, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


class _Autoridad:
    """Una CA: su certificado, su clave y los números de serie que revocó (con la fecha)."""

    def __init__(self, cert: x509.Certificate, clave, ruta_crl: str):
        self.cert, self.clave, self.ruta_crl = cert, clave, ruta_crl
        self.revocados: dict[int, datetime] = {}

    def crl(self) -> bytes:
        ahora = datetime.now(timezone.utc)
        constructor = (x509.CertificateRevocationListBuilder().issuer_name(self.cert.subject)
                       .last_update(ahora - timedelta(minutes=5)).next_update(ahora + timedelta(days=7))
                       .add_extension(x509.CRLNumber(int(ahora.timestamp())), critical=False)
                       .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.clave.public_key()),
                                      critical=False))
        for serie, cuando in self.revocados.items():
            constructor = constructor.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serie).revocation_date(cuando).build())
        return constructor.sign(self.clave, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


class PKILocal:
    """La raíz, la intermedia, la TSA y el servidor HTTP que sirve CRL, OCSP, certificados y sellos de tiempo."""

    def __init__(self, carpeta: Path):
        self.carpeta = Path(carpeta)
        self.carpeta.mkdir(parents=True, exist_ok=True)
        self.pedidos: Counter = Counter()
        self._emitidos: dict[int, tuple[x509.Certificate, _Autoridad]] = {}
        self._servidor = ThreadingHTTPServer(("127.0.0.1", 0), self._manejador())
        self.base = f"http://127.0.0.1:{self._servidor.server_address[1]}"
        self._hilo = threading.Thread(target=self._servidor.serve_forever, name="pki-local", daemon=True)

        ahora = datetime.now(timezone.utc)
        raiz_clave = _clave(0)
        raiz = (x509.CertificateBuilder().subject_name(_nombre("Raíz de Prueba")).issuer_name(_nombre("Raíz de Prueba"))
                .public_key(raiz_clave.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(ahora - timedelta(days=30)).not_valid_after(ahora + timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(_uso(ca=True), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(raiz_clave.public_key()), critical=False)
                .sign(raiz_clave, hashes.SHA256()))
        self.raiz = _Autoridad(raiz, raiz_clave, "raiz.crl")
        intermedia_clave = _clave(1)
        intermedia = self._emitir(self.raiz, "CA Firmas de Prueba", intermedia_clave.public_key(), ca=True)
        self.intermedia = _Autoridad(intermedia, intermedia_clave, "intermedia.crl")
        self.tsa_clave = _clave(2)
        self.tsa = self._emitir(self.raiz, "Sello de Tiempo de Prueba", self.tsa_clave.public_key(), tsa=True)

        self.archivo_raiz = self._escribir("raiz.pem", raiz.public_bytes(serialization.Encoding.PEM))
        self.archivo_intermedia = self._escribir("intermedia.crt",
                                                 intermedia.public_bytes(serialization.Encoding.DER))
        self._hilo.start()

    # --- lo que usan las pruebas ---
    @property
    def url_tsa(self) -> str:
        return f"{self.base}/tsa"

    def emitir_firmante(self, nombre: str, contrasena: str, *, con_cadena: bool = False,
                        archivo: str | None = None) -> Path:
        """El .p12 de quien firma, emitido por la intermedia. `con_cadena`: el .p12 trae también la intermedia y la
        raíz (algunas autoridades lo entregan así; otras, solo el certificado propio)."""
        clave = _clave(3)
        cert = self._emitir(self.intermedia, nombre, clave.public_key())
        extras = [self.intermedia.cert, self.raiz.cert] if con_cadena else None
        datos = pkcs12.serialize_key_and_certificates(nombre.encode("utf-8"), clave, cert, extras,
                                                      serialization.BestAvailableEncryption(contrasena.encode()))
        self.ultimo_firmante = cert
        return self._escribir(archivo or f"{nombre.lower().replace(' ', '-')}.p12", datos)

    def revocar(self, cert: x509.Certificate) -> None:
        self._emitidos[cert.serial_number][1].revocados[cert.serial_number] = \
            datetime.now(timezone.utc) - timedelta(minutes=1)

    def guardar_crls(self) -> tuple[Path, Path]:
        """Las CRL de hoy, en archivos .crl (DER) como los que se descargan de la autoridad: (raíz, intermedia)."""
        return (self._escribir("raiz.crl", self.raiz.crl()), self._escribir("intermedia.crl", self.intermedia.crl()))

    def cerrar(self) -> None:
        self._servidor.shutdown()
        self._servidor.server_close()
        self._hilo.join(timeout=5)

    def __enter__(self) -> PKILocal:
        return self

    def __exit__(self, *_error) -> None:
        self.cerrar()

    # --- por dentro ---
    def _escribir(self, nombre: str, datos: bytes) -> Path:
        ruta = self.carpeta / nombre
        ruta.write_bytes(datos)
        return ruta

    def _emitir(self, autoridad: _Autoridad, cn: str, publica, *, ca: bool = False,
                tsa: bool = False) -> x509.Certificate:
        ahora = datetime.now(timezone.utc)
        nombre_ca = "intermedia" if autoridad.cert.subject != autoridad.cert.issuer else "raiz"
        constructor = (
            x509.CertificateBuilder().subject_name(_nombre(cn)).issuer_name(autoridad.cert.subject).public_key(publica)
            .serial_number(x509.random_serial_number())
            .not_valid_before(ahora - timedelta(days=1)).not_valid_after(ahora + timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
            .add_extension(_uso(firmar=not ca, ca=ca), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(publica), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(autoridad.clave.public_key()),
                           critical=False)
            .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                [x509.UniformResourceIdentifier(f"{self.base}/{autoridad.ruta_crl}")], None, None, None)]),
                critical=False)
            .add_extension(x509.AuthorityInformationAccess([
                x509.AccessDescription(AuthorityInformationAccessOID.OCSP,
                                       x509.UniformResourceIdentifier(f"{self.base}/ocsp")),
                x509.AccessDescription(AuthorityInformationAccessOID.CA_ISSUERS,
                                       x509.UniformResourceIdentifier(f"{self.base}/{nombre_ca}.crt"))]),
                critical=False))
        if tsa:
            constructor = constructor.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
                                                    critical=True)
        cert = constructor.sign(autoridad.clave, hashes.SHA256())
        self._emitidos[cert.serial_number] = (cert, autoridad)
        return cert

    def _ocsp(self, pedido: bytes) -> bytes:
        consulta = ocsp.load_der_ocsp_request(pedido)
        cert, autoridad = self._emitidos[consulta.serial_number]
        ahora = datetime.now(timezone.utc)
        revocado = autoridad.revocados.get(cert.serial_number)
        respuesta = ocsp.OCSPResponseBuilder().add_response(
            cert=cert, issuer=autoridad.cert, algorithm=hashes.SHA1(),
            cert_status=ocsp.OCSPCertStatus.REVOKED if revocado else ocsp.OCSPCertStatus.GOOD,
            this_update=ahora - timedelta(minutes=5), next_update=ahora + timedelta(days=1),
            revocation_time=revocado, revocation_reason=None,
        ).responder_id(ocsp.OCSPResponderEncoding.HASH, autoridad.cert)
        return respuesta.sign(autoridad.clave, hashes.SHA256()).public_bytes(serialization.Encoding.DER)

    def _sello(self, pedido: bytes) -> bytes:
        from asn1crypto import keys as asn1_keys
        from asn1crypto import tsp
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.timestamps import DummyTimeStamper

        firmador = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(self.tsa.public_bytes(serialization.Encoding.DER)),
            tsa_key=asn1_keys.PrivateKeyInfo.load(self.tsa_clave.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())))
        return firmador.request_tsa_response(tsp.TimeStampReq.load(pedido)).dump()

    def _manejador(self):
        pki = self

        class Manejador(BaseHTTPRequestHandler):
            def log_message(self, *_argumentos) -> None:  # sin ruido en la salida de las pruebas
                pass

            def _responder(self, tipo: str, datos: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Type", tipo)
                self.send_header("Content-Length", str(len(datos)))
                self.end_headers()
                self.wfile.write(datos)

            def do_GET(self) -> None:  # noqa: N802 - el nombre lo fija http.server
                ruta = self.path.lstrip("/")
                pki.pedidos[ruta] += 1
                respuestas = {
                    "raiz.crl": lambda: ("application/pkix-crl", pki.raiz.crl()),
                    "intermedia.crl": lambda: ("application/pkix-crl", pki.intermedia.crl()),
                    "raiz.crt": lambda: ("application/pkix-cert",
                                         pki.raiz.cert.public_bytes(serialization.Encoding.DER)),
                    "intermedia.crt": lambda: ("application/pkix-cert",
                                               pki.intermedia.cert.public_bytes(serialization.Encoding.DER)),
                }
                if ruta not in respuestas:
                    self.send_error(404)
                    return
                self._responder(*respuestas[ruta]())

            def do_POST(self) -> None:  # noqa: N802
                ruta = self.path.lstrip("/")
                pki.pedidos[ruta] += 1
                cuerpo = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    if ruta == "ocsp":
                        self._responder("application/ocsp-response", pki._ocsp(cuerpo))
                    elif ruta == "tsa":
                        self._responder("application/timestamp-reply", pki._sello(cuerpo))
                    else:
                        self.send_error(404)
                except Exception:  # noqa: BLE001 - un pedido malformado: el cliente ve un 400
                    self.send_error(400)

        return Manejador
