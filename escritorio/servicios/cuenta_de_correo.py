"""La cuenta de correo de cada asociación: el servidor SMTP, su seguridad, el usuario, el remitente y la firma, y el
certificado propio que la secretaría aceptó a sabiendas. La clave nunca va a la base: va al llavero del sistema
(`servicios.llavero`). `servicios.correo` la usa para preparar los envíos y `servicios.despacho` para enviarlos o
probar la conexión."""

from __future__ import annotations

from dataclasses import dataclass

from ..datos import correo as tabla_correo
from ..datos.conexion import transaccion
from ..dominio import correo as reglas
from ..dominio.entrada import LARGO_CORTO, LARGO_NOMBRE
from ..dominio.miembros import leer_correo
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

    @property
    def direccion_llavero(self) -> str:
        """La clave de la cuenta en el llavero del sistema (como la del servidor de la base: sin la clave)."""
        return f"smtp://{self.usuario or ''}@{self.servidor}:{self.puerto}"


def cuenta_de_correo(contexto: Contexto) -> CuentaCorreo | None:
    fila = tabla_correo.cuenta(contexto.db, contexto.asociacion_id)
    return CuentaCorreo(**fila) if fila else None


def exigir_cuenta(contexto: Contexto) -> CuentaCorreo:
    cuenta = cuenta_de_correo(contexto)
    if cuenta is None:
        raise ErrorEscritorio(traducir(
            "La asociación todavía no tiene cuenta de correo. Configúrela en Archivo › Cuenta de correo… o con "
            "«escritorio correo cuenta --servidor … --remitente …»."))
    return cuenta


# `certificado_aceptado` por omisión: el que ya estaba aceptado, si la cuenta sigue en el mismo servidor y puerto.
CONSERVAR = "conservar"


def _revisar_cuenta(*, servidor: object, remitente: object, seguridad: str, puerto: object, usuario: object,
                    nombre_remitente: object, firma: object) -> dict:
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
            "remitente": remitente, "nombre_remitente": nombre_remitente, "firma": firma}


def _certificado(anterior: dict | None, datos: dict, certificado_aceptado: str | None) -> str | None:
    if certificado_aceptado != CONSERVAR:
        return certificado_aceptado
    misma = anterior and (anterior["servidor"], anterior["puerto"]) == (datos["servidor"], datos["puerto"])
    return anterior["certificado_aceptado"] if misma else None


def configurar_cuenta(contexto: Contexto, *, servidor: object, remitente: object, seguridad: str = "starttls",
                      puerto: object = None, usuario: object = None, nombre_remitente: object = None,
                      firma: object = None, clave: str | None = None,
                      certificado_aceptado: str | None = CONSERVAR) -> CuentaCorreo:
    """Guarda la cuenta SMTP de la asociación (y la clave en el llavero del sistema, si se da). Cambiar el servidor
    olvida el certificado aceptado: hay que volver a aceptarlo a sabiendas (o darlo en `certificado_aceptado`, la
    huella que la secretaría aceptó al probar la conexión antes de guardar)."""
    datos = _revisar_cuenta(servidor=servidor, remitente=remitente, seguridad=seguridad, puerto=puerto,
                            usuario=usuario, nombre_remitente=nombre_remitente, firma=firma)
    with transaccion(contexto.db):
        anterior = tabla_correo.cuenta(contexto.db, contexto.asociacion_id)
        datos["certificado_aceptado"] = _certificado(anterior, datos, certificado_aceptado)
        tabla_correo.guardar_cuenta(contexto.db, contexto.asociacion_id, datos)
    cuenta = CuentaCorreo(**datos)
    if clave:
        llavero.guardar_clave(cuenta.direccion_llavero, clave)
    return cuenta


def cuenta_a_probar(contexto: Contexto, *, servidor: object, remitente: object, seguridad: str = "starttls",
                    puerto: object = None, usuario: object = None, nombre_remitente: object = None,
                    firma: object = None, certificado_aceptado: str | None = CONSERVAR) -> CuentaCorreo:
    """La cuenta como quedaría con estos datos, sin guardarla: lo que «Probar la conexión» prueba antes de guardar
    (`despacho.probar_cuenta`). Mismas revisiones y mismo certificado que `configurar_cuenta`."""
    datos = _revisar_cuenta(servidor=servidor, remitente=remitente, seguridad=seguridad, puerto=puerto,
                            usuario=usuario, nombre_remitente=nombre_remitente, firma=firma)
    anterior = tabla_correo.cuenta(contexto.db, contexto.asociacion_id)
    return CuentaCorreo(**datos, certificado_aceptado=_certificado(anterior, datos, certificado_aceptado))


def aceptar_certificado(contexto: Contexto, huella: str | None) -> None:
    """La secretaría acepta a sabiendas el certificado propio (autofirmado) de su servidor: se guarda su SHA-256 y
    solo ese certificado se acepta después. None lo olvida."""
    exigir_cuenta(contexto)
    with transaccion(contexto.db):
        tabla_correo.aceptar_certificado(contexto.db, contexto.asociacion_id, huella)
