"""La cuenta de correo de cada asociación: el servidor SMTP, su seguridad, el usuario, el remitente y la firma, y el
certificado propio que la secretaría aceptó a sabiendas. La clave nunca va a la base: va al llavero del sistema
(`servicios.llavero`). `servicios.correo` la usa para preparar los envíos y `servicios.despacho` para enviarlos o
probar la conexión.

La clave queda atada al servidor (issue 58): al guardar la cuenta en el programa, con su clave, se guarda la
`atadura`, un HMAC-SHA256 de (servidor, puerto, seguridad, usuario, certificado aceptado, clave sin cifrar
confirmada) con una llave que sale de la clave por scrypt. Quien cambia la fila con sqlite3 no tiene la clave y no
puede rehacerla: antes de mandar la clave, `exigir_cuenta_atada` comprueba la atadura con la clave que se va a usar y
que la fila no la haya escrito otro programa (`datos.correo.cuenta_cambiada_por_fuera`)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from ..datos import correo as tabla_correo
from ..datos.conexion import transaccion
from ..dominio import correo as reglas
from ..dominio.entrada import LARGO_CORTO, LARGO_NOMBRE
from ..dominio.miembros import leer_correo
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .campos import Revision
from .contexto import Contexto
from . import llavero

LARGO_FIRMA = 2000


@dataclass(frozen=True)
class CuentaCorreo:
    servidor: str
    puerto: int
    seguridad: str
    remitente: str
    usuario: str | None = None
    nombre_remitente: str | None = None
    firma: str | None = None
    certificado_aceptado: str | None = None
    clave_sin_cifrar: bool = False      # confirmado en el programa: la clave puede viajar sin cifrar
    atadura: str | None = None          # ver `atar`

    @property
    def direccion_llavero(self) -> str:
        """La clave de la cuenta en el llavero del sistema (como la del servidor de la base: sin la clave)."""
        return f"smtp://{self.usuario or ''}@{self.servidor}:{self.puerto}"


def cuenta_de_correo(contexto: Contexto) -> CuentaCorreo | None:
    fila = tabla_correo.cuenta(contexto.db, contexto.asociacion_id)
    return CuentaCorreo(**{**fila, "clave_sin_cifrar": bool(fila["clave_sin_cifrar"])}) if fila else None


# --- la clave atada a su servidor -----------------------------------------------------------------------------------

_VERSION_ATADURA = "scrypt1"
# scrypt (RFC 7914) con los parámetros que recomienda la documentación de Python para claves interactivas: la base
# guarda una huella de la clave combinada con la cuenta, y cada intento de adivinarla a partir de la base cuesta lo
# mismo que esta cuenta (unos 16 MB y decenas de milisegundos).
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1, "dklen": 32}


def _lo_atado(cuenta: CuentaCorreo) -> bytes:
    """Lo que la atadura cubre: todo lo que decide a quién y cómo se manda la clave."""
    return json.dumps([cuenta.servidor, cuenta.puerto, cuenta.seguridad, cuenta.usuario or "",
                       cuenta.certificado_aceptado or "", bool(cuenta.clave_sin_cifrar)],
                      ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _firma_de(cuenta: CuentaCorreo, clave: str, sal: bytes) -> str:
    llave = hashlib.scrypt(clave.encode("utf-8"), salt=sal, **_SCRYPT)
    return hmac.new(llave, _lo_atado(cuenta), hashlib.sha256).hexdigest()


def atar(cuenta: CuentaCorreo, clave: str) -> str:
    """La atadura de la cuenta a su clave: «scrypt1$SAL$HMAC» (sal nueva cada vez)."""
    sal = os.urandom(16)
    return f"{_VERSION_ATADURA}${sal.hex()}${_firma_de(cuenta, clave, sal)}"


def atadura_valida(cuenta: CuentaCorreo, clave: str) -> bool:
    """¿Se guardó esta cuenta, con estos datos de conexión, en el programa y con esta clave?"""
    try:
        version, sal, firma = (cuenta.atadura or "").split("$")
        sal_en_bytes = bytes.fromhex(sal)
    except ValueError:
        return False
    return version == _VERSION_ATADURA and len(sal_en_bytes) == 16 and hmac.compare_digest(
        firma, _firma_de(cuenta, clave, sal_en_bytes))


class CuentaNoConfiable(ErrorEscritorio):
    """La cuenta de correo guardada no es la que se guardó en el programa con esta clave: no se manda la clave."""


def _arreglo() -> str:
    return segun_la_puerta(
        ventana=traducir("Revise el servidor, el puerto y la seguridad con quien administra el correo y guarde la "
                         "cuenta de nuevo en Escritorio, con su clave (menú Archivo, «Cuenta de correo…»). No se "
                         "envió nada y la clave no salió del equipo."),
        linea=traducir("Revise el servidor, el puerto y la seguridad con quien administra el correo y guarde la "
                       "cuenta de nuevo en Escritorio con «escritorio correo cuenta», con la clave en la variable "
                       "ESCRITORIO_CLAVE_CORREO. No se envió nada y la clave no salió del equipo."))


def exigir_cuenta_atada(contexto: Contexto, clave: str | None) -> CuentaCorreo:
    """La cuenta guardada, si se puede usar para enviar con `clave`: su fila no la escribió otro programa (sqlite3, un
    incidente sin reconocer) y, si tiene usuario, la atadura coincide con esta clave (nadie cambió el servidor, el
    puerto, la seguridad ni el certificado desde que se guardó en el programa). Si no, `CuentaNoConfiable` con qué
    pasó y cómo arreglarlo."""
    cuenta = exigir_cuenta_sin_cambios_por_fuera(contexto)
    exigir_atadura(cuenta, clave)
    return cuenta


def exigir_cuenta_sin_cambios_por_fuera(contexto: Contexto) -> CuentaCorreo:
    """La cuenta guardada, si su fila no la escribió otro programa; si no, `CuentaNoConfiable`. (Lee la base: la
    ventana lo corre en el hilo de la conexión; `exigir_atadura`, que solo calcula, en el del envío.)"""
    cuenta = exigir_cuenta(contexto)
    por_fuera = tabla_correo.cuenta_cambiada_por_fuera(contexto.db, contexto.asociacion_id)
    if por_fuera is not None:
        raise CuentaNoConfiable(traducir(
            "La cuenta de correo fue cambiada por fuera de Escritorio (ahora dice {0}:{1}, {2}): no se envía nada "
            "por ella ni se manda su clave.").format(cuenta.servidor, cuenta.puerto, cuenta.seguridad)
            + (" " + segun_la_puerta(ventana=traducir("Vea el incidente en el menú Archivo, «Verificar la base…»."),
                                     linea=traducir("Vea el incidente con «escritorio verificar»."))
               if por_fuera.startswith("incidente") else "") + " " + _arreglo())
    return cuenta


def exigir_atadura(cuenta: CuentaCorreo, clave: str | None) -> None:
    """Con usuario y clave: la atadura de la cuenta coincide con esta clave; si no, `CuentaNoConfiable`."""
    if cuenta.usuario and clave:
        if not cuenta.atadura:
            raise CuentaNoConfiable(traducir(
                "La cuenta de correo se guardó sin su clave (o antes de que Escritorio atara la clave a su servidor): "
                "no se manda la clave a {0}:{1} sin saber que es el servidor que se guardó.").format(
                cuenta.servidor, cuenta.puerto) + " " + _arreglo())
        if not atadura_valida(cuenta, clave):
            raise CuentaNoConfiable(traducir(
                "La cuenta de correo no es la que se guardó en Escritorio con esta clave: cambió el servidor, el "
                "puerto, la seguridad o el certificado ({0}:{1}, {2}), o la clave no es la guardada con la "
                "cuenta.").format(cuenta.servidor, cuenta.puerto, cuenta.seguridad) + " " + _arreglo())


def exigir_cuenta(contexto: Contexto) -> CuentaCorreo:
    cuenta = cuenta_de_correo(contexto)
    if cuenta is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("La asociación todavía no tiene cuenta de correo. Configúrela en el menú Archivo, "
                             "«Cuenta de correo…»."),
            linea=traducir("La asociación todavía no tiene cuenta de correo. Configúrela con «escritorio correo "
                           "cuenta --servidor … --remitente …».")))
    return cuenta


# `certificado_aceptado` por omisión: el que ya estaba aceptado, si la cuenta sigue en el mismo servidor y puerto.
CONSERVAR = "conservar"


def _revisar_cuenta(*, servidor: object, remitente: object, seguridad: str, puerto: object, usuario: object,
                    nombre_remitente: object, firma: object, clave_sin_cifrar: bool = False) -> dict:
    """Los datos de la cuenta, revisados y limpios; ErrorValidacion con el problema de cada campo."""
    revision = Revision()
    servidor = revision.texto(traducir("Servidor"), servidor, maximo=LARGO_NOMBRE, clave="servidor")
    usuario = revision.texto(traducir("Usuario"), usuario, maximo=LARGO_CORTO, obligatorio=False, clave="usuario")
    nombre_remitente = revision.texto(traducir("Nombre del remitente"), nombre_remitente, maximo=LARGO_NOMBRE,
                                      obligatorio=False, clave="nombre_remitente")
    firma = revision.texto(traducir("Firma"), firma, maximo=LARGO_FIRMA, obligatorio=False, multilinea=True,
                           clave="firma")
    errores = dict(revision.campos)
    if seguridad not in reglas.SEGURIDADES:
        errores["seguridad"] = traducir("Seguridad: elija {0}.").format(", ".join(reglas.SEGURIDADES))
    elif seguridad == "ninguna" and usuario and not clave_sin_cifrar:
        errores["seguridad"] = traducir(
            "Seguridad: sin cifrar, la clave de {0} viajaría a la vista de quien mire la red. Elija STARTTLS o TLS, "
            "o confirme que la clave puede viajar sin cifrar (solo en la red de la oficina).").format(usuario)
    try:
        remitente = leer_correo(remitente or "")
        reglas.direccion_smtp(remitente)   # que se pueda enviar desde ella (sin tildes antes de la @)
    except ValueError as error:
        errores["remitente"] = traducir("Remitente: {0}.").format(error)
    if puerto in (None, ""):
        puerto = reglas.PUERTOS.get(seguridad, 587)
    try:
        puerto = int(str(puerto).strip())
        if not 1 <= puerto <= 65535:
            raise ValueError
    except ValueError:
        errores["puerto"] = traducir("Puerto: debe ser un número entre 1 y 65535 (587 con STARTTLS, 465 con TLS).")
    if errores:
        raise ErrorValidacion(traducir("No se guardó la cuenta de correo:") + "\n"
                              + "\n".join(f"  - {m}" for m in errores.values()), campos=errores)
    return {"servidor": servidor, "puerto": puerto, "seguridad": seguridad, "usuario": usuario,
            "remitente": remitente, "nombre_remitente": nombre_remitente, "firma": firma,
            "clave_sin_cifrar": bool(clave_sin_cifrar and seguridad == "ninguna" and usuario)}


def _certificado(anterior: dict | None, datos: dict, certificado_aceptado: str | None) -> str | None:
    if certificado_aceptado != CONSERVAR:
        return certificado_aceptado
    misma = anterior and (anterior["servidor"], anterior["puerto"]) == (datos["servidor"], datos["puerto"])
    return anterior["certificado_aceptado"] if misma else None


def _clave_para_atar(cuenta: CuentaCorreo, clave: str | None) -> str | None:
    """La clave con que se ata la cuenta: la dada o, si no, la del llavero para este servidor, puerto y usuario."""
    if not cuenta.usuario:
        return None
    return clave or llavero.clave_guardada(cuenta.direccion_llavero)


def configurar_cuenta(contexto: Contexto, *, servidor: object, remitente: object, seguridad: str = "starttls",
                      puerto: object = None, usuario: object = None, nombre_remitente: object = None,
                      firma: object = None, clave: str | None = None,
                      certificado_aceptado: str | None = CONSERVAR, clave_sin_cifrar: bool = False) -> CuentaCorreo:
    """Guarda la cuenta SMTP de la asociación (y la clave en el llavero del sistema, si se da). Cambiar el servidor
    olvida el certificado aceptado: hay que volver a aceptarlo a sabiendas (o darlo en `certificado_aceptado`, la
    huella que la secretaría aceptó al probar la conexión antes de guardar).

    Con usuario, la cuenta queda atada a su clave (la dada o la del llavero): solo con esa clave y estos datos de
    conexión se envía. Sin clave a mano, queda la atadura anterior, que vale solo si la conexión no cambió.
    `clave_sin_cifrar`: la confirmación de que, con seguridad «ninguna», la clave puede viajar sin cifrar (sin ella,
    una cuenta con usuario y sin cifrar no se guarda)."""
    datos = _revisar_cuenta(servidor=servidor, remitente=remitente, seguridad=seguridad, puerto=puerto,
                            usuario=usuario, nombre_remitente=nombre_remitente, firma=firma,
                            clave_sin_cifrar=clave_sin_cifrar)
    with transaccion(contexto.db):
        anterior = tabla_correo.cuenta(contexto.db, contexto.asociacion_id)
        datos["certificado_aceptado"] = _certificado(anterior, datos, certificado_aceptado)
        cuenta = CuentaCorreo(**datos)
        para_atar = _clave_para_atar(cuenta, clave)
        datos["atadura"] = (atar(cuenta, para_atar) if para_atar
                            else anterior["atadura"] if anterior and cuenta.usuario else None)
        tabla_correo.guardar_cuenta(contexto.db, contexto.asociacion_id, datos)
    cuenta = CuentaCorreo(**datos)
    if clave:
        llavero.guardar_clave(cuenta.direccion_llavero, clave)
    return cuenta


def cuenta_a_probar(contexto: Contexto, *, servidor: object, remitente: object, seguridad: str = "starttls",
                    puerto: object = None, usuario: object = None, nombre_remitente: object = None,
                    firma: object = None, certificado_aceptado: str | None = CONSERVAR,
                    clave_sin_cifrar: bool = False) -> CuentaCorreo:
    """La cuenta como quedaría con estos datos, sin guardarla: lo que «Probar la conexión» prueba antes de guardar
    (`despacho.probar_cuenta`). Mismas revisiones y mismo certificado que `configurar_cuenta`."""
    datos = _revisar_cuenta(servidor=servidor, remitente=remitente, seguridad=seguridad, puerto=puerto,
                            usuario=usuario, nombre_remitente=nombre_remitente, firma=firma,
                            clave_sin_cifrar=clave_sin_cifrar)
    anterior = tabla_correo.cuenta(contexto.db, contexto.asociacion_id)
    return CuentaCorreo(**datos, certificado_aceptado=_certificado(anterior, datos, certificado_aceptado))


def aceptar_certificado(contexto: Contexto, huella: str | None, clave: str | None = None) -> None:
    """La secretaría acepta a sabiendas el certificado propio (autofirmado) de su servidor: se guarda su SHA-256 y
    solo ese certificado se acepta después. None lo olvida. El certificado es parte de la atadura: con usuario, hace
    falta la clave (la dada o la del llavero) para volver a atarla."""
    cuenta = exigir_cuenta(contexto)
    nueva = CuentaCorreo(**{**cuenta.__dict__, "certificado_aceptado": huella})
    para_atar = _clave_para_atar(nueva, clave)
    if nueva.usuario and not para_atar:
        raise ErrorValidacion(traducir(
            "Para aceptar el certificado hace falta la clave de la cuenta {0}: Escritorio ata la clave al servidor y "
            "a su certificado. Désela a la orden (variable ESCRITORIO_CLAVE_CORREO) o acepte el certificado en "
            "Archivo › Cuenta de correo…. No se guardó nada.").format(nueva.usuario))
    with transaccion(contexto.db):
        tabla_correo.aceptar_certificado(contexto.db, contexto.asociacion_id, huella,
                                         atar(nueva, para_atar) if para_atar else None)
