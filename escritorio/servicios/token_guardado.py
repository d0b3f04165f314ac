"""Un sello de tiempo guardado con la cadena, comprobado (issue 58, punto 2; issue 77, §2): lo que miran `verificar`
(servicios/sello_de_tiempo.py) y la fecha probada de un registro (servicios/prueba_de_fecha.py), en un solo lugar."""

import hashlib
from datetime import datetime

from ..datos import sello_de_tiempo as datos
from ..datos.base_de_datos import BaseDeDatos
from ..documentos import sello_de_tiempo as rfc3161
from ..dominio import formato
from ..dominio.traduccion import traducir


def momento_legible(iso: str) -> str:
    """«26/11/2026 05:00:24», en la hora local, de un momento ISO 8601 con zona."""
    try:
        return formato.fecha_y_hora(datetime.fromisoformat(iso).astimezone(), segundos=True)
    except ValueError:
        return iso


def nombre_del_sello(fila: dict) -> str:
    return traducir("el sello de tiempo {0} (del {1}, de {2})").format(fila["id"], momento_legible(fila["momento"]),
                                                                       fila["tsa"])


def firma_del_token(token: bytes, configurado: dict | None) -> tuple[bool, bool]:
    """(firma íntegra, firmada por el certificado de confianza de la base)."""
    confianza = bytes(configurado["certificado"]) if configurado and configurado["certificado"] else None
    return rfc3161.comprobar_firma(token, confianza)


def problema_del_token(db: BaseDeDatos, fila: dict, configurado: dict | None):
    """(el problema de un sello de tiempo guardado, o None; lo leído del token si se pudo leer; si lo firmó el
    certificado de confianza de la base). Lo que comprueban
    `verificar` y la fecha probada de un documento (prueba_de_fecha.py): el token es el anotado, la firma de la TSA
    está íntegra, certifica el sello y la huella que dice la fila, y la cadena sigue teniendo ese sello con esa
    huella."""
    token = bytes(fila["token"])
    nombre = nombre_del_sello(fila)
    if hashlib.sha256(token).hexdigest() != fila["token_sha256"]:
        return traducir(
            "Sello de tiempo: {0} fue cambiado por fuera de Escritorio (ya no da el SHA-256 anotado al "
            "guardarlo). Qué hacer: restaure el último respaldo sano, o compárelo con el .tsr que exportó.").format(
            nombre), None, False
    try:
        leido = rfc3161.leer_sello(token)
    except rfc3161.SelloNoObtenido as error:
        return traducir("Sello de tiempo: {0} no se puede leer ({1}).").format(nombre, error.mensaje), None, False
    intacta, de_confianza = firma_del_token(token, configurado)
    if not intacta:
        return traducir(
            "Sello de tiempo: la firma de {0} no cubre lo que dice (la hora, la huella o el nonce se cambiaron "
            "después de firmado): no prueba nada. Qué hacer: restaure el último respaldo sano.").format(nombre), leido, False
    if (leido.imprenta != rfc3161.imprenta(fila["sello_id"], fila["huella"])
            or leido.sello not in (None, fila["sello_id"]) or leido.certificado_sha256 != fila["certificado_sha256"]):
        return traducir(
            "Sello de tiempo: {0} no certifica el sello {1} con la huella {2}… que dice su fila: la fila se cambió "
            "por fuera de Escritorio.").format(nombre, fila["sello_id"], fila["huella"][:16]), leido, False
    actual = datos.huella_del_sello(db, fila["sello_id"])
    if actual != fila["huella"]:
        tiene = (traducir("la base ya no tiene ese sello") if actual is None else
                 traducir("la base tiene otra ({0}…)").format(actual[:16]))
        return traducir(
            "Sello de tiempo: {0} certifica el sello {1} con la huella {2}…; {3}: la cadena se rehízo después de "
            "esa hora. Qué hacer: restaure el último respaldo que verifique sano; lo que cambió está entre esa "
            "hora y hoy.").format(nombre, fila["sello_id"], fila["huella"][:16], tiene), leido, False
    return None, leido, de_confianza
