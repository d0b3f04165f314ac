"""Enviar lo que espera en la bandeja de salida, por SMTP (STARTTLS o TLS), cuando hay conexión.

Cada mensaje sale una sola vez: su estado se registra alrededor de la transacción SMTP. MAIL y RCPT no dejan nada
escrito (si el programa muere ahí, el mensaje sigue esperando y sale la próxima vez); justo antes de DATA el mensaje
se toma («enviando», con una actualización condicional: dos ventanas nunca envían el mismo) y, con la respuesta del
servidor, queda «enviado» o «rechazado». Solo si el programa muere entre DATA y esa respuesta el mensaje queda
«enviando»: la próxima vez pasa a «por confirmar» y la bandeja lo muestra con su Message-ID; nunca se reenvía solo.

Sin conexión (servidor caído, sin red) no se escribe nada: los mensajes esperan, visibles, y salen después.
Un servidor con certificado propio (autofirmado) se acepta solo a sabiendas: la primera vez `despachar` lanza
`CertificadoNoConfiable` con su SHA-256 y la secretaría lo acepta (`correo.aceptar_certificado`); después se exige
ese mismo certificado."""

from __future__ import annotations

import hashlib
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TypeVar

from ..datos import consentimientos as tabla_consentimientos
from ..datos import correo as tabla_correo
from ..datos.conexion import transaccion
from ..dominio.consentimientos import BOLETIN
from ..dominio.correo import armar_mensaje, direccion_smtp
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from . import llavero
from .contexto import Contexto
from .oposicion_al_correo import direcciones_con_oposicion, motivo_de_la_oposicion, tiene_oposicion
from .cuenta_de_correo import (CuentaCorreo, exigir_atadura, exigir_cuenta, exigir_cuenta_atada,
                               exigir_cuenta_sin_cambios_por_fuera)
from .verificacion.anclas import ancla_actual

ESPERA_SEGUNDOS = 30
# Lo que se anota de un mensaje solo vale desde el estado en que se lo dejó: antes de tomarlo (MAIL, RCPT), si sigue
# esperando (otro envío a la vez pudo tomarlo y enviarlo mientras tanto); después de tomarlo, si sigue tomado (o si
# otro envío, al empezar, lo creyó cortado y lo pasó a «por confirmar»).
ANTES_DE_TOMARLO = ("pendiente",)
TOMADO = ("enviando", "por_confirmar")
T = TypeVar("T")


def _POR_CONFIRMAR() -> str:  # noqa: N802 - un texto fijo, traducido al usarlo
    return traducir("El envío se cortó después de entregar el mensaje al servidor y antes de su respuesta: quizá "
                    "salió. Búsquelo por su Message-ID en los enviados de la cuenta y márquelo como enviado, o "
                    "devuélvalo a la bandeja.")


class CertificadoNoConfiable(ErrorEscritorio):
    """El servidor presentó un certificado que el sistema no reconoce (por ejemplo, autofirmado)."""

    def __init__(self, servidor: str, huella: str):
        super().__init__(segun_la_puerta(
            ventana=traducir(
                "El servidor de correo {0} presentó un certificado que este equipo no reconoce (quizá uno propio, "
                "autofirmado). Su huella SHA-256 es {1}. Compárela con la que le dé quien administra el servidor y, si "
                "coincide, acéptela en el menú Archivo, «Cuenta de correo…», con «Aceptar este certificado». Hasta "
                "entonces no se envía nada."),
            linea=traducir(
                "El servidor de correo {0} presentó un certificado que este equipo no reconoce (quizá uno propio, "
                "autofirmado). Su huella SHA-256 es {1}. Compárela con la que le dé quien administra el servidor y, si "
                "coincide, acéptela con «escritorio correo aceptar-certificado {1}». Hasta entonces no se envía "
                "nada.")).format(servidor, huella))
        self.huella = huella


@dataclass
class ResultadoDespacho:
    enviados: list[int] = field(default_factory=list)
    rechazados: list[int] = field(default_factory=list)
    por_confirmar: list[int] = field(default_factory=list)
    aplazados: list[int] = field(default_factory=list)   # el servidor dijo «ahora no» (4xx): esperan y se reintentan
    esperando: int = 0
    sin_conexion: str | None = None     # por qué no se pudo conectar (los mensajes siguen esperando)


def _ahora() -> str:
    """Ahora en UTC, como `datetime('now')` de la base (creado_en): «2026-11-25 18:27:31»."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _contexto_tls(cuenta: CuentaCorreo) -> ssl.SSLContext:
    if cuenta.certificado_aceptado:
        # El certificado propio aceptado: no lo firma nadie que el sistema conozca; se compara su huella después.
        contexto = ssl.create_default_context()
        contexto.check_hostname = False
        contexto.verify_mode = ssl.CERT_NONE
        return contexto
    return ssl.create_default_context()


def huella_del_certificado(servidor: str, puerto: int, seguridad: str, tiempo: float = ESPERA_SEGUNDOS) -> str:
    """El SHA-256 del certificado que presenta el servidor (sin confiar en él): para mostrarlo antes de aceptarlo."""
    sin_verificar = ssl.create_default_context()
    sin_verificar.check_hostname = False
    sin_verificar.verify_mode = ssl.CERT_NONE
    if seguridad == "tls":
        conexion = smtplib.SMTP_SSL(servidor, puerto, timeout=tiempo, context=sin_verificar)
    else:
        conexion = smtplib.SMTP(servidor, puerto, timeout=tiempo)
        conexion.ehlo()
        conexion.starttls(context=sin_verificar)
    try:
        return hashlib.sha256(conexion.sock.getpeercert(binary_form=True)).hexdigest()
    finally:
        try:
            conexion.quit()
        except (smtplib.SMTPException, OSError):
            conexion.close()


def _conectar(cuenta: CuentaCorreo, clave: str | None, tiempo: float) -> smtplib.SMTP:
    if cuenta.usuario and cuenta.seguridad == "ninguna" and not cuenta.clave_sin_cifrar:
        # La regla vale para todo lo que se conecta (enviar, probar lo guardado, probar lo escrito en la ventana).
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir(
                "La cuenta de correo {0} no cifra la conexión y nadie confirmó en Escritorio que su clave pueda viajar "
                "sin cifrar: no se manda. Elija STARTTLS o TLS, o confírmelo al guardar la cuenta (menú Archivo, "
                "«Cuenta de correo…»)."),
            linea=traducir(
                "La cuenta de correo {0} no cifra la conexión y nadie confirmó en Escritorio que su clave pueda viajar "
                "sin cifrar: no se manda. Elija STARTTLS o TLS, o confírmelo al guardar la cuenta con «escritorio "
                "correo cuenta … --clave-sin-cifrar».")).format(cuenta.usuario))
    contexto = _contexto_tls(cuenta)
    try:
        if cuenta.seguridad == "tls":
            conexion = smtplib.SMTP_SSL(cuenta.servidor, cuenta.puerto, timeout=tiempo, context=contexto)
        else:
            conexion = smtplib.SMTP(cuenta.servidor, cuenta.puerto, timeout=tiempo)
            conexion.ehlo()
            if cuenta.seguridad == "starttls":
                if not conexion.has_extn("starttls"):
                    conexion.close()
                    raise ErrorEscritorio(traducir(
                        "El servidor {0} no ofrece STARTTLS: no se envía la clave ni los mensajes sin cifrar. Elija "
                        "«tls» (puerto 465) si el servidor lo usa.").format(cuenta.servidor))
                conexion.starttls(context=contexto)
                conexion.ehlo()
    except ssl.SSLCertVerificationError:
        raise CertificadoNoConfiable(cuenta.servidor, huella_del_certificado(
            cuenta.servidor, cuenta.puerto, cuenta.seguridad, tiempo)) from None
    if cuenta.certificado_aceptado and cuenta.seguridad != "ninguna":
        huella = hashlib.sha256(conexion.sock.getpeercert(binary_form=True)).hexdigest()
        if huella != cuenta.certificado_aceptado:
            conexion.close()
            raise CertificadoNoConfiable(cuenta.servidor, huella)
    if cuenta.usuario:
        if not clave:
            conexion.close()
            raise ErrorEscritorio(traducir(
                "Falta la clave de la cuenta de correo {0}: escríbala al configurar la cuenta (se guarda en el "
                "llavero del sistema) o désela a la orden.").format(cuenta.usuario))
        try:
            conexion.login(cuenta.usuario, clave)
        except smtplib.SMTPAuthenticationError as error:
            conexion.close()
            raise ErrorEscritorio(traducir("El servidor {0} no aceptó el usuario y la clave: {1}").format(
                cuenta.servidor, _respuesta(error.smtp_code, error.smtp_error))) from None
    return conexion


def _respuesta(codigo: int, texto: bytes | str) -> str:
    if isinstance(texto, bytes):
        texto = texto.decode("utf-8", "replace")
    return f"{codigo} {' '.join(str(texto).split())}"


def _aqui(paso: Callable[[], T]) -> T:
    return paso()


def despachar(contexto: Contexto, *, clave: str | None = None, tiempo: float = ESPERA_SEGUNDOS,
              al_enviar: Callable[[int, str], None] | None = None,
              en_la_base: Callable[[Callable[[], T]], T] | None = None) -> ResultadoDespacho:
    """Envía los mensajes que esperan, en orden, por una conexión. Devuelve qué salió, qué rechazó el servidor, qué
    quedó por confirmar y cuántos siguen esperando (con el motivo si no hubo conexión). `al_enviar(mensaje_id,
    estado)` avisa cada uno (la ventana cuenta cuántos salieron; si lanza una excepción, el envío se detiene ahí,
    con el mensaje anterior ya registrado y los siguientes esperando).

    `en_la_base(paso)` corre cada paso que lee o escribe la base (por omisión, aquí mismo): la ventana envía en un
    hilo, para no quedarse quieta mientras el servidor responde, y corre esos pasos en el suyo, el de la conexión.
    Entre un paso y otro solo hay red: la base nunca queda tomada mientras se espera al servidor."""
    base = en_la_base or _aqui
    resultado = _despachar(contexto, clave, tiempo, al_enviar, base)
    if resultado.por_confirmar:
        # Un «enviándose» al empezar puede ser de otro envío en curso (la ventana y la CLI a la vez), no de uno que
        # murió: si ese otro ya registró la respuesta del servidor, el mensaje no está por confirmar.
        siguen = base(lambda: tabla_correo.con_estado(contexto.db, resultado.por_confirmar, "por_confirmar"))
        resultado.por_confirmar = [m for m in resultado.por_confirmar if m in siguen]
    return resultado


def _despachar(contexto: Contexto, clave: str | None, tiempo: float, al_enviar, base) -> ResultadoDespacho:
    cuenta = base(lambda: exigir_cuenta(contexto))
    try:
        direccion_smtp(cuenta.remitente)
    except ValueError as error:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("El remitente de la cuenta de correo, {0}, {1}. Corríjalo en el menú Archivo, "
                             "«Cuenta de correo…»."),
            linea=traducir("El remitente de la cuenta de correo, {0}, {1}. Corríjalo con «escritorio correo "
                           "cuenta --remitente …».")).format(cuenta.remitente, error)) from None
    db = contexto.db
    resultado = ResultadoDespacho()

    def leer_la_bandeja() -> tuple[list[int], list[int]]:
        with transaccion(db):
            cortados = [m["id"] for m in tabla_correo.mensajes(db, contexto.asociacion_id, estados=("enviando",))]
            tabla_correo.enviando_a_por_confirmar(db, contexto.asociacion_id, _POR_CONFIRMAR())
        return cortados, [m["id"] for m in tabla_correo.mensajes(db, contexto.asociacion_id, estados=("pendiente",))]

    cortados, pendientes = base(leer_la_bandeja)
    resultado.por_confirmar += cortados
    if not pendientes:
        return resultado
    clave = clave or (llavero.clave_guardada(cuenta.direccion_llavero) if cuenta.usuario else None)
    # La fila que se leyó al empezar, comprobada antes de conectarse: nadie la cambió por fuera y, con usuario, la
    # clave es la que se ató a este servidor al guardarla en el programa.
    cuenta = base(lambda: exigir_cuenta_sin_cambios_por_fuera(contexto))
    exigir_atadura(cuenta, clave)
    try:
        conexion = _conectar(cuenta, clave, tiempo)
    except (OSError, smtplib.SMTPException) as error:
        resultado.sin_conexion = _sin_conexion(cuenta, error)
        resultado.esperando = len(pendientes)
        return resultado
    try:
        for indice, mensaje_id in enumerate(pendientes):
            try:
                estado = _enviar_uno(contexto, cuenta, conexion, mensaje_id, base)
            except _CorteDuranteData as error:
                # Quizá salió: queda por confirmar (nunca se reenvía solo); los que siguen esperan.
                base(lambda: _quedo_por_confirmar(db, mensaje_id))
                resultado.por_confirmar.append(mensaje_id)
                resultado.sin_conexion = _sin_conexion(cuenta, error.__cause__ or error)
                resultado.esperando = len(pendientes) - indice - 1 + len(resultado.aplazados)
                return resultado
            except (OSError, smtplib.SMTPServerDisconnected) as error:
                # Se cortó antes de DATA: este y los que siguen esperan la próxima vez.
                resultado.sin_conexion = _sin_conexion(cuenta, error)
                resultado.esperando = len(pendientes) - indice + len(resultado.aplazados)
                return resultado
            {"enviado": resultado.enviados, "rechazado": resultado.rechazados,
             "por_confirmar": resultado.por_confirmar, "aplazado": resultado.aplazados}.get(estado, []).append(mensaje_id)
            if al_enviar:
                al_enviar(mensaje_id, estado)
        resultado.esperando = len(resultado.aplazados)
    finally:
        try:
            conexion.quit()
        except (smtplib.SMTPException, OSError):
            conexion.close()
    return resultado


def _quedo_por_confirmar(db, mensaje_id: int) -> None:
    with transaccion(db):
        tabla_correo.cambiar_estado(db, mensaje_id, "por_confirmar", error=_POR_CONFIRMAR())


def _motivo(error: Exception) -> str:
    """Por qué no hubo conexión, dicho para la secretaría."""
    if isinstance(error, (ConnectionRefusedError, socket.timeout, TimeoutError, socket.gaierror)):
        return {ConnectionRefusedError: traducir("el servidor no responde en ese puerto"),
                socket.gaierror: traducir("no se encuentra el servidor (¿hay conexión a internet?)")}.get(
            type(error), traducir("el servidor no respondió a tiempo"))
    return str(error) or error.__class__.__name__


def _sin_conexion(cuenta: CuentaCorreo, error: Exception) -> str:
    return traducir("Sin conexión con {0}:{1} ({2}): los mensajes siguen en la bandeja y salen la próxima vez.").format(
        cuenta.servidor, cuenta.puerto, _motivo(error))


def probar_cuenta_guardada(contexto: Contexto, clave: str | None = None, tiempo: float = ESPERA_SEGUNDOS) -> str:
    """«escritorio correo probar»: la cuenta guardada, con las mismas comprobaciones que antes de enviar."""
    cuenta = exigir_cuenta(contexto)
    clave = clave or (llavero.clave_guardada(cuenta.direccion_llavero) if cuenta.usuario else None)
    return probar_cuenta(exigir_cuenta_atada(contexto, clave), clave, tiempo)


def probar_cuenta(cuenta: CuentaCorreo, clave: str | None = None, tiempo: float = ESPERA_SEGUNDOS) -> str:
    """Se conecta de verdad con la cuenta (cifrado, certificado, usuario y clave) sin enviar nada, y dice qué
    comprobó. Sin la clave, la del llavero. Lanza `CertificadoNoConfiable` (con la huella, para aceptarla a
    sabiendas) o un ErrorEscritorio que dice qué falló: no hay servidor, no ofrece STARTTLS, no aceptó la clave."""
    clave = clave or (llavero.clave_guardada(cuenta.direccion_llavero) if cuenta.usuario else None)
    try:
        conexion = _conectar(cuenta, clave, tiempo)
        try:
            conexion.noop()
        finally:
            try:
                conexion.quit()
            except (smtplib.SMTPException, OSError):
                conexion.close()
    except (OSError, smtplib.SMTPException) as error:
        raise ErrorEscritorio(traducir(
            "No se pudo conectar con {0}:{1} ({2}). Revise el servidor, el puerto y la seguridad (STARTTLS va con el "
            "587, TLS con el 465), y que este equipo tenga conexión.").format(
            cuenta.servidor, cuenta.puerto, _motivo(error))) from None
    partes = [traducir("Conexión correcta con {0}:{1}").format(cuenta.servidor, cuenta.puerto)]
    if cuenta.seguridad == "ninguna":
        partes.append(traducir("sin cifrar"))
    elif cuenta.certificado_aceptado:
        partes.append(traducir("cifrada, con el certificado propio aceptado"))
    else:
        partes.append(traducir("cifrada, con un certificado que este equipo reconoce"))
    if cuenta.usuario:
        partes.append(traducir("el servidor aceptó el usuario {0} y su clave").format(cuenta.usuario))
    return "; ".join(partes) + "."


def _enviar_uno(contexto: Contexto, cuenta: CuentaCorreo, conexion: smtplib.SMTP, mensaje_id: int,
                base: Callable[[Callable[[], T]], T] = _aqui) -> str | None:
    """Envía un mensaje por la conexión abierta y registra qué pasó. Devuelve su estado final, o None si otro
    proceso lo tomó primero. Un corte antes de DATA sube como OSError/SMTPServerDisconnected (nada escrito)."""
    db = contexto.db

    def leer() -> tuple[dict, list[dict], list[tuple[str, bytes, str]], set[str]] | None:
        fila = tabla_correo.mensaje(db, contexto.asociacion_id, mensaje_id)
        if fila is None or fila["estado"] != "pendiente":
            return None
        adjuntos = tabla_correo.adjuntos(db, mensaje_id)
        emitidos = {sha for _, _, sha in adjuntos if tabla_correo.es_archivo_emitido(db, sha)}
        return (fila, tabla_correo.destinatarios(db, [mensaje_id]).get(mensaje_id, []), adjuntos, emitidos,
                ancla_actual(db), direcciones_con_oposicion(contexto), _boletin_sin_base(db, fila))

    leido = base(leer)
    if leido is None:
        return None
    fila, destinatarios, adjuntos, emitidos, ancla, oposiciones, sin_consentimiento = leido
    # El PDF que sale es el documento emitido: uno cambiado por fuera de Escritorio (la tabla de adjuntos no tiene
    # bitácora) no sale; el mensaje queda sin enviar con el motivo, y «verificar» lo dice.
    cambiados = [nombre for nombre, contenido, sha in adjuntos
                 if hashlib.sha256(contenido).hexdigest() != sha or sha not in emitidos]
    if cambiados:
        return base(lambda: _adjunto_cambiado(db, mensaje_id, cambiados))
    # Cada dirección como viaja por SMTP (el dominio internacional en IDNA); la que no puede viajar (tildes antes de
    # la @) queda rechazada con su motivo, sin detener a las demás ni a los mensajes que siguen.
    en_ascii, rechazadas = {}, {}
    for d in destinatarios:
        # Se opuso después de que el mensaje se preparara, o es un boletín sin consentimiento vigente detrás.
        motivo = _por_que_no_sale(d["direccion"], oposiciones, sin_consentimiento)
        if motivo:
            rechazadas[d["direccion"]] = motivo
            continue
        try:
            en_ascii[d["direccion"]] = direccion_smtp(d["direccion"])
        except ValueError as error:
            rechazadas[d["direccion"]] = str(error)
    todas = [d["direccion"] for d in destinatarios]
    if len(rechazadas) == len(destinatarios):
        return base(lambda: _todas_rechazadas(db, mensaje_id, rechazadas, traducir(
            "No se envió: ninguna de sus direcciones se puede usar.")))
    try:
        contenido = armar_mensaje(
            message_id=fila["message_id"], remitente=direccion_smtp(cuenta.remitente),
            nombre_remitente=cuenta.nombre_remitente,
            para=[(en_ascii[d["direccion"]], d["nombre"]) for d in destinatarios
                  if d["tipo"] == "para" and d["direccion"] in en_ascii],
            copia=[(en_ascii[d["direccion"]], d["nombre"]) for d in destinatarios
                   if d["tipo"] == "copia" and d["direccion"] in en_ascii],
            asunto=fila["asunto"], texto=fila["texto"], html_=fila["html"],
            adjuntos=[(nombre, contenido) for nombre, contenido, _ in adjuntos], ancla=ancla).as_bytes()
    except (ValueError, TypeError, UnicodeError) as error:
        # Un encabezado imposible (un salto de línea en el asunto o en un nombre, escrito con sqlite3 en la
        # bandeja): este mensaje queda aparte con el motivo y los demás salen; nunca un «error inesperado» que
        # vuelve en cada intento.
        motivo = str(error)
        return base(lambda: _no_se_puede_armar(db, mensaje_id, motivo))
    codigo, texto = conexion.mail(direccion_smtp(cuenta.remitente))
    if _temporal(codigo):
        conexion.rset()
        motivo = _respuesta(codigo, texto)
        return base(lambda: _aplazado(db, mensaje_id, motivo, ANTES_DE_TOMARLO))
    if codigo != 250:
        conexion.rset()
        motivo = _respuesta(codigo, texto)
        return base(lambda: _rechazado(db, mensaje_id, motivo, todas, ANTES_DE_TOMARLO))
    aplazadas = {}
    for d in destinatarios:
        if d["direccion"] not in en_ascii:
            continue
        codigo, texto = conexion.rcpt(en_ascii[d["direccion"]])
        if _temporal(codigo):
            aplazadas[d["direccion"]] = _respuesta(codigo, texto)
        elif codigo not in (250, 251):
            rechazadas[d["direccion"]] = _respuesta(codigo, texto)
    if aplazadas:
        # Una dirección que el servidor no acepta por ahora (450, 451: lista gris, buzón ocupado): el mensaje entero
        # espera y se reintenta; nada salió todavía, así que reintentarlo no duplica a nadie.
        conexion.rset()
        motivo = "; ".join(f"{d}: {m}" for d, m in aplazadas.items())
        return base(lambda: _aplazado(db, mensaje_id, motivo, ANTES_DE_TOMARLO))
    if len(rechazadas) == len(destinatarios):
        conexion.rset()
        return base(lambda: _todas_rechazadas(db, mensaje_id, rechazadas))
    # Tomar el mensaje justo antes de DATA: si otro proceso ya lo tomó, no se envía dos veces.
    if not base(lambda: _tomar(db, mensaje_id, f"{ancla[0]} {ancla[1]}" if ancla else None)):
        conexion.rset()
        return None
    try:
        codigo, texto = conexion.data(contenido)
    except (OSError, smtplib.SMTPServerDisconnected) as error:
        # Se cortó durante DATA o esperando su respuesta: quizá salió. Queda «por confirmar».
        raise _CorteDuranteData(str(error)) from error
    respuesta = _respuesta(codigo, texto)
    if _temporal(codigo):   # el servidor no se quedó con el mensaje: vuelve a esperar
        return base(lambda: _aplazado(db, mensaje_id, respuesta, TOMADO))
    if codigo != 250:
        return base(lambda: _rechazado(db, mensaje_id, respuesta, todas, TOMADO))
    aceptadas = [d for d in todas if d not in rechazadas]
    return base(lambda: _enviado(db, mensaje_id, respuesta, aceptadas, rechazadas))


def _adjunto_cambiado(db, mensaje_id: int, nombres: list[str]) -> str | None:
    with transaccion(db):
        if not tabla_correo.cambiar_estado(db, mensaje_id, "rechazado", desde=ANTES_DE_TOMARLO, error=traducir(
                "No se envió: su adjunto «{0}» fue cambiado por fuera de Escritorio y ya no es el documento emitido. "
                "Revise la base con «escritorio verificar» (Archivo › Verificar la base…).").format(
                    "», «".join(nombres))):
            return None
    return "rechazado"


def _tomar(db, mensaje_id: int, ancla: str | None) -> bool:
    with transaccion(db):
        return tabla_correo.tomar_para_enviar(db, mensaje_id, ancla)


def _no_se_puede_armar(db, mensaje_id: int, motivo: str) -> str | None:
    with transaccion(db):
        if not tabla_correo.cambiar_estado(db, mensaje_id, "rechazado", desde=ANTES_DE_TOMARLO, intento=True,
                                           error=traducir(
                "No se envió: el mensaje guardado en la bandeja no se puede armar ({0}). Quizá fue cambiado por "
                "fuera de Escritorio: revise la base con «escritorio verificar» y, si hace falta, vuelva a "
                "enviarlo desde el documento.").format(motivo)):
            return None
    return "rechazado"


def _boletin_sin_base(db, fila: dict) -> set[str]:
    """De un boletín, las direcciones que hoy no tienen un contacto con un consentimiento vigente
    (servicios/boletin.py); de cualquier otro mensaje, ninguna."""
    return tabla_consentimientos.direcciones_sin_base(db, fila["id"], BOLETIN) if fila["clase"] == BOLETIN else set()


def _por_que_no_sale(direccion: str, oposiciones: set[str], sin_consentimiento: set[str]) -> str | None:
    if tiene_oposicion(direccion, oposiciones):
        return motivo_de_la_oposicion()
    if direccion in sin_consentimiento:
        return traducir("no tiene hoy un consentimiento vigente para el boletín (lo revocó, o su contacto se quitó o "
                        "cambió de dirección)")
    return None


def _todas_rechazadas(db, mensaje_id: int, rechazadas: dict[str, str], error: str | None = None) -> str | None:
    with transaccion(db):
        if not tabla_correo.cambiar_estado(db, mensaje_id, "rechazado", error=error or traducir(
                "El servidor rechazó todas las direcciones."), intento=True, desde=ANTES_DE_TOMARLO):
            return None
        ahora = _ahora()
        for direccion, motivo in rechazadas.items():
            tabla_correo.estado_de_destinatarios(db, mensaje_id, "rechazado", motivo, ahora, [direccion])
    return "rechazado"


def _enviado(db, mensaje_id: int, respuesta: str, aceptadas: list[str], rechazadas: dict[str, str]) -> str:
    with transaccion(db):
        ahora = _ahora()
        tabla_correo.estado_de_destinatarios(db, mensaje_id, "aceptado", respuesta, ahora, aceptadas)
        for direccion, motivo in rechazadas.items():
            tabla_correo.estado_de_destinatarios(db, mensaje_id, "rechazado", motivo, ahora, [direccion])
        tabla_correo.cambiar_estado(db, mensaje_id, "enviado", enviado_en=ahora,
                                    error="; ".join(f"{d}: {m}" for d, m in rechazadas.items()) or None)
    return "enviado"


class _CorteDuranteData(OSError):
    """La conexión se cortó en DATA: el mensaje queda «enviando» y los siguientes esperan."""


def _temporal(codigo: int) -> bool:
    """Una respuesta 4xx de SMTP es «ahora no» (RFC 5321, 4.2.1): se reintenta, no es un rechazo."""
    return 400 <= codigo < 500


def _aplazado(db, mensaje_id: int, motivo: str, desde: tuple[str, ...]) -> str | None:
    with transaccion(db):
        if not tabla_correo.cambiar_estado(db, mensaje_id, "pendiente", error=traducir(
                "El servidor pidió reintentar más tarde: {0}").format(motivo), intento=True, desde=desde):
            return None
    return "aplazado"


def _rechazado(db, mensaje_id: int, motivo: str, direcciones: list[str], desde: tuple[str, ...]) -> str | None:
    with transaccion(db):
        if not tabla_correo.cambiar_estado(db, mensaje_id, "rechazado", error=motivo, desde=desde):
            return None
        tabla_correo.estado_de_destinatarios(db, mensaje_id, "rechazado", motivo, _ahora(), direcciones)
    return "rechazado"
