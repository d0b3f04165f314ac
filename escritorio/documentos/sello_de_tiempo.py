"""El sello de tiempo RFC 3161 de la cabeza de la bitácora: pedirlo a un servidor (TSA), leerlo y comprobarlo.

Sin base de datos ni Qt: recibe el sello y la huella de la cabeza de la cadena y devuelve bytes (la respuesta
TimeStampResp entera, en DER: lo que `openssl ts` llama .tsr), o lee esos bytes y dice qué certifican.

Lo que se sella, byte por byte (para que cualquiera lo compruebe sin Escritorio):

    dato    = "escritorio-ancla:" + SELLO + ":" + HUELLA     (ASCII, sin salto de línea; SELLO en decimal,
                                                             HUELLA las 64 cifras hexadecimales en minúscula)
    huella del pedido = SHA-256(dato)

    printf 'escritorio-ancla:%s:%s' 1234 1a2b…(64 cifras) > ancla.txt
    openssl ts -verify -data ancla.txt -in sello.tsr -CAfile certificado-de-la-TSA.pem

El «nonce» del pedido lleva el número de sello: nonce = SELLO · 2^64 + 64 bits al azar. La TSA lo firma junto con la
hora, así el token dice por sí solo qué sello certifica (`openssl ts -reply -in sello.tsr -text`: «Nonce», los
dígitos hexadecimales antes de los últimos 16 son el sello).
"""

import hashlib
import logging
import os
from dataclasses import dataclass
from datetime import datetime

from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio

for _nombre in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_nombre).addHandler(logging.NullHandler())
    logging.getLogger(_nombre).propagate = False

PREFIJO = "escritorio-ancla"
_BITS_AL_AZAR = 64


class SelloNoObtenido(ErrorEscritorio):
    """El servidor no respondió, respondió otra cosa o rechazó el pedido: no hay token."""


def dato_sellado(sello: int, huella: str) -> bytes:
    """Los bytes cuyo SHA-256 va al servidor de sello de tiempo (ver arriba)."""
    return f"{PREFIJO}:{int(sello)}:{huella.lower()}".encode("ascii")


def imprenta(sello: int, huella: str) -> bytes:
    """El SHA-256 de `dato_sellado`: la «message imprint» del pedido y del token."""
    return hashlib.sha256(dato_sellado(sello, huella)).digest()


def _pedido(sello: int, huella: str):
    from asn1crypto import tsp

    nonce = (int(sello) << _BITS_AL_AZAR) | int.from_bytes(os.urandom(_BITS_AL_AZAR // 8), "big")
    return nonce, tsp.TimeStampReq({
        "version": 1,
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": imprenta(sello, huella)},
        "nonce": nonce,
        "cert_req": True,  # que mande su certificado: el token se comprueba solo, sin buscar nada en la red
    })


def pedir_sello(url: str, sello: int, huella: str, *, espera: float) -> bytes:
    """La respuesta de la TSA de `url` (DER) al pedido del sello `sello` con `huella`, comprobada: concedida, con
    el nonce y la imprenta pedidos y una firma íntegra. `espera`: segundos como mucho (conectar y leer).
    SelloNoObtenido con el motivo si no."""
    from pyhanko.sign.timestamps import HTTPTimeStamper

    nonce, pedido = _pedido(sello, huella)
    import asyncio   # aquí y no arriba: la ventana importa este módulo al abrir y casi nunca pide un sello

    try:
        respuesta = asyncio.run(HTTPTimeStamper(url, timeout=espera).async_request_tsa_response(pedido))
        datos = respuesta.dump()
    except Exception:  # noqa: BLE001 - requests, asn1crypto y pyHanko lanzan muchos tipos
        raise SelloNoObtenido(traducir("el servidor de sello de tiempo {0} no respondió con un sello de tiempo (sin "
                                       "conexión, una dirección equivocada o el servidor caído)").format(url)) from None
    leido = leer_sello(datos)
    if leido.nonce != nonce or leido.imprenta != imprenta(sello, huella):
        raise SelloNoObtenido(traducir("el servidor de sello de tiempo {0} respondió un sello de otro pedido").format(
            url))
    if not firma_intacta(datos):
        raise SelloNoObtenido(traducir("el servidor de sello de tiempo {0} respondió un sello con la firma rota")
                              .format(url))
    return datos


@dataclass(frozen=True)
class SelloLeido:
    """Lo que dice un token, sin juzgarlo todavía."""

    momento: datetime          # la hora que certifica la TSA (genTime, con zona)
    nonce: int | None
    imprenta: bytes
    algoritmo: str             # de la imprenta (sha256 en los que pide Escritorio)
    certificado: bytes         # DER del certificado que lo firmó (el de la TSA)
    certificado_sha256: str
    tsa: str                   # el nombre (CN) del certificado de la TSA
    serie: int

    @property
    def sello(self) -> int | None:
        """El sello de la bitácora que dice el nonce (los pedidos de Escritorio lo llevan)."""
        return self.nonce >> _BITS_AL_AZAR if self.nonce is not None and self.nonce >> _BITS_AL_AZAR > 0 else None


def _token(datos: bytes):
    """El TimeStampToken (ContentInfo) de una respuesta .tsr, o de un token suelto (openssl ts -token_out)."""
    from asn1crypto import cms, tsp

    try:
        respuesta = tsp.TimeStampResp.load(datos)
        if respuesta["status"]["status"].native != "granted":
            raise SelloNoObtenido(traducir("el servidor de sello de tiempo rechazó el pedido"))
        token = respuesta["time_stamp_token"]
        token.native  # noqa: B018 - lee todo: un DER roto falla aquí y no más adelante
        return token
    except SelloNoObtenido:
        raise
    except Exception:  # noqa: BLE001 - asn1crypto lanza ValueError, TypeError…
        try:
            token = cms.ContentInfo.load(datos)
            token.native  # noqa: B018
            return token
        except Exception:  # noqa: BLE001
            raise SelloNoObtenido(traducir("no es un sello de tiempo RFC 3161 (.tsr) legible")) from None


def leer_sello(datos: bytes) -> SelloLeido:
    """Lo que dice un .tsr (o un token suelto). SelloNoObtenido si no es un sello de tiempo legible."""
    try:
        token = _token(datos)
        firmado = token["content"]
        info = firmado["encap_content_info"]["content"].parsed
        firmante = firmado["signer_infos"][0]["sid"].chosen
        certificado = next(c.chosen for c in firmado["certificates"]
                           if c.chosen.issuer == firmante["issuer"] and c.chosen.serial_number ==
                           firmante["serial_number"].native)
    except SelloNoObtenido:
        raise
    except Exception:  # noqa: BLE001 - sin TSTInfo, sin certificado del firmante, un DER roto…
        raise SelloNoObtenido(traducir("no es un sello de tiempo RFC 3161 (.tsr) completo: le falta la hora, la huella "
                                       "o el certificado de quien lo firmó")) from None
    der = certificado.dump()
    return SelloLeido(momento=info["gen_time"].native, nonce=info["nonce"].native,
                      imprenta=info["message_imprint"]["hashed_message"].native,
                      algoritmo=info["message_imprint"]["hash_algorithm"]["algorithm"].native,
                      certificado=der, certificado_sha256=hashlib.sha256(der).hexdigest(),
                      tsa=certificado.subject.native.get("common_name") or certificado.subject.human_friendly,
                      serie=info["serial_number"].native)


def _validar(datos: bytes, confianza: list[bytes]) -> dict:
    from asn1crypto import x509
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko_certvalidator import ValidationContext

    token = _token(datos)
    info = token["content"]["encap_content_info"]["content"].parsed
    esperada = info["message_imprint"]["hashed_message"].native  # la imprenta se compara aparte, con la base
    contexto = ValidationContext(trust_roots=[x509.Certificate.load(c) for c in confianza],
                                 allow_fetching=False, revocation_mode="soft-fail")
    import asyncio

    try:
        return asyncio.run(validate_tst_signed_data(token["content"], contexto, lambda _algoritmo: esperada))
    except Exception:  # noqa: BLE001 - pyHanko lanza varios tipos ante una firma que no se puede leer
        return {"intact": False, "valid": False}


def firma_intacta(datos: bytes) -> bool:
    """Si la firma de la TSA cubre exactamente lo que dice el token (nadie cambió la hora, la huella ni el nonce)
    y la hizo la clave del certificado que trae."""
    leido = leer_sello(datos)
    estado = _validar(datos, [leido.certificado])
    return bool(estado.get("intact") and estado.get("valid"))


def firmado_por(datos: bytes, confianza: bytes) -> bool:
    """Si el certificado que firmó el token es `confianza` (el de la TSA) o fue emitido por él (su autoridad):
    la cadena se arma solo con los certificados del token, sin buscar en la red."""
    estado = _validar(datos, [confianza])
    return bool(estado.get("intact") and estado.get("valid") and estado.get("validation_path") is not None
                and not estado.get("trust_problem_indic"))


def comprobar_firma(datos: bytes, confianza: bytes | None) -> tuple[bool, bool]:
    """(firma íntegra, firmada por `confianza` o por uno que él emitió), con una sola validación si es de confianza
    (lo común: `verificar` recorre todos los sellos guardados)."""
    if confianza is not None and firmado_por(datos, confianza):
        return True, True
    return firma_intacta(datos), False


def certificado_de_archivo(contenido: bytes) -> bytes:
    """El certificado (DER) de un archivo .pem, .crt o .cer. ErrorEscritorio si no es un certificado X.509."""
    from asn1crypto import pem, x509

    try:
        if pem.detect(contenido):
            contenido = pem.unarmor(contenido)[2]
        certificado = x509.Certificate.load(contenido)
        certificado.native  # noqa: B018
        return certificado.dump()
    except Exception:  # noqa: BLE001
        raise ErrorEscritorio("El archivo del certificado no es un certificado X.509 (.pem, .crt o .cer).") from None


def nombre_del_certificado(der: bytes) -> str:
    from asn1crypto import x509

    nombre = x509.Certificate.load(der).subject
    return nombre.native.get("common_name") or nombre.human_friendly
