"""Un servidor SMTP de verdad en 127.0.0.1 (aiosmtpd) para las pruebas del correo: guarda lo que recibe tal cual
llegó (sobre y bytes), puede rechazar direcciones, cortar la conexión en un momento elegido, pedir STARTTLS con un
certificado autofirmado y pedir usuario y clave (y anota cada usuario y clave que le llegan: la prueba de que la clave
no salió hacia quien cambió la cuenta)."""

from __future__ import annotations

import datetime
import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Recibido:
    remitente: str
    destinatarios: list[str]
    contenido: bytes

    @property
    def mensaje(self):
        return message_from_bytes(self.contenido, policy=policy.default)


@dataclass
class Manejador:
    recibidos: list[Recibido] = field(default_factory=list)
    rechazar: set[str] = field(default_factory=set)
    aplazar: set[str] = field(default_factory=set)     # responde «ahora no» (lista gris) a estas direcciones
    # Se llama con (fase, número de mensaje) en «mail» y «data»: la prueba puede matar al cliente ahí.
    al_llegar: object = None

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.al_llegar:
            self.al_llegar("mail", len(self.recibidos))
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rechazar:
            return "550 5.1.1 Buzón inexistente"
        if address.lower() in self.aplazar:
            return "451 4.7.1 Lista gris: intente más tarde"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.al_llegar:
            self.al_llegar("data", len(self.recibidos))
        self.recibidos.append(Recibido(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Mensaje aceptado"


def puerto_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def certificado_autofirmado(carpeta: Path) -> tuple[Path, Path]:
    """(certificado, clave) autofirmados para «localhost», hechos con cryptography (ya es dependencia de pyHanko)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    clave = ec.generate_private_key(ec.SECP256R1())
    nombre = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    ahora = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(nombre).issuer_name(nombre).public_key(clave.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(ahora - datetime.timedelta(days=1))
            .not_valid_after(ahora + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(clave, hashes.SHA256()))
    ruta_cert, ruta_clave = carpeta / "servidor.pem", carpeta / "servidor.key"
    ruta_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    ruta_clave.write_bytes(clave.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return ruta_cert, ruta_clave


class ServidorSMTP:
    """Un servidor en marcha: `with ServidorSMTP() as s: … s.puerto, s.recibidos`."""

    def __init__(self, *, puerto: int | None = None, tls: tuple[Path, Path] | None = None,
                 usuario: tuple[str, str] | None = None):
        self.manejador = Manejador()
        self.autenticaciones: list[tuple[str, str]] = []   # cada AUTH que llegó: (usuario, clave), buena o mala
        self.puerto = puerto or puerto_libre()
        opciones = {}
        if tls:
            contexto = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            contexto.load_cert_chain(*tls)
            opciones.update(tls_context=contexto, require_starttls=True)
        if usuario:
            def autenticar(server, session, envelope, mechanism, auth_data):
                if isinstance(auth_data, LoginPassword):
                    self.autenticaciones.append((auth_data.login.decode(), auth_data.password.decode()))
                ok = isinstance(auth_data, LoginPassword) and (auth_data.login.decode(), auth_data.password.decode()) == usuario
                # handled=False: aiosmtpd responde él mismo «535» a una clave mala (con handled, que es lo que
                # supone AuthResult, no respondía nada y el cliente esperaba hasta vencer su plazo).
                return AuthResult(success=ok, handled=False)
            opciones.update(authenticator=autenticar, auth_require_tls=bool(tls), auth_required=True)
        self.controlador = Controller(self.manejador, hostname="127.0.0.1", port=self.puerto, **opciones)

    @property
    def recibidos(self) -> list[Recibido]:
        return self.manejador.recibidos

    def __enter__(self) -> "ServidorSMTP":
        self.controlador.start()
        return self

    def __exit__(self, *_):
        self.controlador.stop()
