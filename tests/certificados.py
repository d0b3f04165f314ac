"""Certificados desechables para las pruebas de firma digital (cryptography): autofirmados, RSA 2048, en un .p12
con contraseña, escritos en la carpeta de la prueba. Nunca se usa un certificado real."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

_CLAVES: list = []  # una clave RSA 2048 tarda; se reusa entre certificados de la misma prueba


def _clave():
    if not _CLAVES:
        _CLAVES.append(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    return _CLAVES[0]


def crear_certificado(carpeta: Path, nombre: str, contrasena: str, *, desde_dias: int = -1, hasta_dias: int = 365,
                      con_clave: bool = True, archivo: str | None = None) -> tuple[Path, Path]:
    """(ruta del .p12, ruta del .pem con el certificado público). `desde_dias`/`hasta_dias`: validez respecto de
    hoy (negativos: en el pasado). Sin `con_clave`, el .p12 trae solo el certificado."""
    clave = _clave()
    sujeto = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, nombre),
                        x509.NameAttribute(NameOID.COUNTRY_NAME, "UY")])
    ahora = datetime.now(timezone.utc)
    certificado = (
        x509.CertificateBuilder().subject_name(sujeto).issuer_name(sujeto).public_key(clave.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(ahora + timedelta(days=desde_dias)).not_valid_after(ahora + timedelta(days=hasta_dias))
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(clave, hashes.SHA256()))
    base = archivo or nombre.lower().replace(" ", "-")
    p12 = carpeta / f"{base}.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        nombre.encode("utf-8"), clave if con_clave else None, certificado, None,
        serialization.BestAvailableEncryption(contrasena.encode("utf-8"))))
    pem = carpeta / f"{base}.pem"
    pem.write_bytes(certificado.public_bytes(serialization.Encoding.PEM))
    return p12, pem
