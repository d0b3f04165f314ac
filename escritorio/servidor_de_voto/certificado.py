"""El certificado TLS autofirmado del servidor de voto y su huella, la que muestra el proyector.

Uno por base, en la carpeta de datos del usuario (`rutas.carpeta_datos()/voto-en-la-sala/<base>/`), reutilizado
entre sesiones: así la huella que la secretaría anotó o que los teléfonos ya aceptaron sigue valiendo. Se genera
otro solo si falta, no se puede leer o está por vencer. La clave privada (ECDSA P-256) queda solo legible por el
usuario. Cada teléfono ve el aviso de un certificado que ninguna autoridad firmó: compara la huella que le muestra
el navegador con la del proyector (`huella_del_certificado`).
"""

import datetime
import hashlib
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from ..rutas import carpeta_datos

CARPETA = "voto-en-la-sala"
VIGENCIA_DIAS = 825   # lo más largo que aceptan los navegadores para un certificado de servidor
RENOVAR_ANTES_DIAS = 30


@dataclass(frozen=True)
class Certificado:
    certificado: Path   # PEM
    clave: Path         # PEM, sin cifrar, solo legible por el usuario


def carpeta_del_certificado(base: str) -> Path:
    """La carpeta del certificado de una base (su archivo o la dirección del servidor, sin la clave): una carpeta por
    base, con un nombre que no dice dónde está la base."""
    nombre = hashlib.sha256(base.encode("utf-8")).hexdigest()[:16]
    return carpeta_datos() / CARPETA / nombre


def certificado_de(base: str, direccion: str) -> Certificado:
    """El certificado de la base (el que ya tenía, o uno nuevo si falta o vence pronto)."""
    carpeta = carpeta_del_certificado(base)
    cert = Certificado(carpeta / "certificado.pem", carpeta / "clave.pem")
    if not _vigente(cert):
        _generar(cert, direccion)
    return cert


def _vigente(cert: Certificado) -> bool:
    from cryptography import x509

    try:
        leido = x509.load_pem_x509_certificate(cert.certificado.read_bytes())
    except (OSError, ValueError):
        return False
    margen = datetime.timedelta(days=RENOVAR_ANTES_DIAS)
    return cert.clave.is_file() and leido.not_valid_after_utc - margen > datetime.datetime.now(datetime.UTC)


def _generar(cert: Certificado, direccion: str) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    clave = ec.generate_private_key(ec.SECP256R1())
    nombre = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Escritorio: voto en la sala")])
    ahora = datetime.datetime.now(datetime.UTC)
    emitido = (x509.CertificateBuilder().subject_name(nombre).issuer_name(nombre).public_key(clave.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(ahora - datetime.timedelta(hours=1))
               .not_valid_after(ahora + datetime.timedelta(days=VIGENCIA_DIAS))
               .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(direccion.split("%")[0]))]),
                              critical=False)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
               .sign(clave, hashes.SHA256()))
    cert.certificado.parent.mkdir(parents=True, exist_ok=True)
    pem_clave = clave.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    _escribir_privado(cert.clave, pem_clave)
    _escribir_privado(cert.certificado, emitido.public_bytes(serialization.Encoding.PEM))


def _escribir_privado(ruta: Path, contenido: bytes) -> None:
    """Escribe con permisos 0600 (en Windows la carpeta de datos ya es solo del usuario) y reemplaza de una vez."""
    provisorio = ruta.with_suffix(".nuevo")
    descriptor = os.open(provisorio, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as archivo:
        archivo.write(contenido)
    os.replace(provisorio, ruta)


def huella_de_der(der: bytes) -> str:
    """La huella SHA-256 de un certificado (DER) en grupos de cuatro cifras hexadecimales, como la lee una persona:
    «3F2A 9C01 …» (16 grupos; el navegador la muestra en pares: son las mismas cifras)."""
    cifras = hashlib.sha256(der).hexdigest().upper()
    return " ".join(cifras[i:i + 4] for i in range(0, len(cifras), 4))


def huella_del_certificado(ruta: Path) -> str:
    """La huella SHA-256 del certificado PEM de `ruta` (ver `huella_de_der`)."""
    import ssl

    return huella_de_der(ssl.PEM_cert_to_DER_cert(Path(ruta).read_text(encoding="ascii")))
