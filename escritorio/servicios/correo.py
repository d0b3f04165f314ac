"""El correo de la secretaría: la cuenta de cada asociación, preparar un envío (a quién va cada mensaje, quién no
tiene dirección, el mensaje como lo recibe cada uno) y dejarlo en la bandeja de salida, todo o nada. Lo envía
`servicios.despacho` cuando hay conexión; la bandeja y su historia se leen aquí.

A quién va un mensaje de un miembro: a sus contactos que marcaron esa clase de correo («convocatoria», «aviso»…,
`contactos.recibe`); si ninguno la marcó, a su correo institucional; si tampoco lo tiene, no recibe nada y la vista
previa lo dice. Las copias que agrega la secretaría van en cada mensaje.

La ventana (Sesiones, Cuotas, la bandeja) y la CLI («escritorio correo …») llaman a estas mismas funciones."""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from ..datos import correo as tabla_correo
from ..datos import asociaciones as tabla_asociaciones
from ..datos.bitacora import ultimo_registro_id
from ..datos.conexion import transaccion
from ..dominio import correo as reglas
from ..dominio import entrada
from ..dominio import formato
from ..dominio.puerta import segun_la_puerta
from ..dominio.conciliacion import referencia_de_pago
from ..dominio.miembros import leer_correo
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy as fecha_de_hoy
from . import emision_diferida
from .contexto import Contexto
from .oposicion_al_correo import direcciones_con_oposicion, motivo_de_la_oposicion, tiene_oposicion
# La cuenta vive en su módulo (cuenta_de_correo.py); la CLI y la ventana la siguen pidiendo aquí también.
from .cuenta_de_correo import (CONSERVAR, CuentaCorreo, aceptar_certificado, configurar_cuenta,  # noqa: F401
                               cuenta_a_probar, cuenta_de_correo, exigir_cuenta)


def fijar_lo_que_recibe(contexto: Contexto, contacto_id: int, clases: object) -> str | None:
    """Qué clases de correo recibe un contacto («convocatoria,acta», «aviso,recibo»; vacío: ninguna). Un contacto
    sin dirección de correo no puede recibir nada."""
    try:
        valor = reglas.leer_clases(clases if isinstance(clases, str) or clases is None else ",".join(clases))
    except ValueError as error:
        raise ErrorValidacion(traducir("Recibe: {0}.").format(error), campos={"recibe": str(error)}) from None
    with transaccion(contexto.db):
        fila = tabla_correo.contacto_de_la_asociacion(contexto.db, contexto.asociacion_id, contacto_id)
        if fila is None:
            raise ErrorEscritorio(traducir("No existe el contacto {0} en esta asociación.").format(contacto_id))
        if valor and not fila["correo"]:
            raise ErrorEscritorio(traducir("El contacto «{0}» no tiene correo: agréguelo antes de elegir qué "
                                           "recibe.").format(fila["nombre"]))
        tabla_correo.fijar_recibe(contexto.db, contacto_id, valor)
    return valor


# --- preparar un envío -----------------------------------------------------------------------------------------

@dataclass
class MensajePreparado:
    """Un mensaje como lo recibirá su destinatario (todavía no está en la bandeja)."""

    miembro_id: int | None
    miembro: str
    para: list[tuple[str, str | None]]          # (dirección, nombre)
    copia: list[tuple[str, str | None]]
    asunto: str
    texto: str
    html: str
    adjuntos: list[str] = field(default_factory=list)   # los nombres, como los verá quien lo recibe
    referencia: int | None = None   # la suya, si no es la del envío (el boletín: el consentimiento en que se basa)


@dataclass
class Envio:
    """Lo que saldría: un mensaje por destinatario, y quién se queda sin nada porque no tiene dirección."""

    clase: str
    referencia: int | None
    titulo: str
    mensajes: list[MensajePreparado] = field(default_factory=list)
    sin_direccion: list[dict] = field(default_factory=list)     # {miembro_id, miembro, motivo}
    # Las personas que lo recibirían y pidieron no recibir correo (issue 81 §3): {miembro_id, miembro, persona, motivo}.
    por_oposicion: list[dict] = field(default_factory=list)
    # Escribe los PDF en la carpeta al encolar: clave -> (nombre del adjunto, función que lo escribe en la ruta).
    documentos: dict[object, tuple[str, Callable[[Path], object]]] = field(default_factory=dict)
    documento_de: dict[int, object] = field(default_factory=dict)   # índice del mensaje -> clave de su documento
    al: date | None = None                                            # la fecha de corte de los avisos de cobro
    # Avisos de cobro: los miembros apartados, sin carta ni mensaje, porque su cuenta cambió por fuera de Escritorio
    # ({miembro_id, miembro, motivos, que_hacer}: servicios.cobranza.AvisoApartado).
    apartados: list[dict] = field(default_factory=list)


def _copias(copias, huellas: set[str] = frozenset()) -> list[tuple[str, None]]:
    """Las copias que agrega la secretaría: una lista de direcciones o un texto con varias («a@x.org, b@y.org»). Una
    dirección cuya persona pidió no recibir correo (`huellas`, oposicion_al_correo.py) se rechaza."""
    if isinstance(copias, str):
        copias = [c for c in re.split(r"[,;\s]+", copias) if c]
    salida = []
    for direccion in copias or ():
        try:
            # Sin caracteres de control (un ESC iría a la cabecera Cc y, citado, a la consola de quien envía).
            limpia = leer_correo(entrada.texto(direccion, maximo=entrada.LARGO_CORTO))
            reglas.direccion_smtp(limpia)   # que se pueda enviar (sin tildes antes de la @)
            if tiene_oposicion(limpia, huellas):
                raise ValueError(motivo_de_la_oposicion())
            salida.append((limpia, None))
        except ValueError as error:
            mensaje = traducir("Copia «{0}»: {1}.").format(entrada.muestra(direccion, 60), error)
            raise ErrorValidacion(mensaje, campos={"copia": mensaje}) from None
    return salida


def _copias_de(contexto: Contexto, copias) -> list[tuple[str, None]]:
    return _copias(copias, direcciones_con_oposicion(contexto))


def _direcciones(contexto: Contexto, miembro_ids: list[int], clase: str
                 ) -> dict[int, tuple[str, list[tuple[str, str | None]], list[str]]]:
    """miembro_id -> (nombre del miembro, [(dirección, nombre)], [quién quedó fuera por oposición]) para una clase de
    correo. Una dirección cuya persona pidió no recibir correo no se usa (oposicion_al_correo.py): se dice quién."""
    db = contexto.db
    huellas = direcciones_con_oposicion(contexto)
    contactos = tabla_correo.contactos_de(db, miembro_ids)
    institucionales = tabla_correo.correos_institucionales(db, miembro_ids)
    salida = {}
    for miembro_id in miembro_ids:
        nombre, institucional = institucionales.get(miembro_id, ("", None))
        de_la_clase = [c for c in contactos.get(miembro_id, []) if reglas.recibe(c["recibe"], clase)]
        fuera = [c["nombre"] or traducir("un contacto") for c in de_la_clase if tiene_oposicion(c["correo"], huellas)]
        marcados = [(c["correo"], c["nombre"]) for c in de_la_clase if not tiene_oposicion(c["correo"], huellas)]
        if not marcados and institucional:
            if tiene_oposicion(institucional, huellas):
                fuera.append(traducir("el correo institucional de {0}").format(nombre))
            else:
                marcados = [(institucional, nombre)]
        vistos, direcciones = set(), []
        for direccion, persona in marcados:
            if direccion.lower() not in vistos:
                vistos.add(direccion.lower())
                direcciones.append((direccion, persona))
        salida[miembro_id] = (nombre, direcciones, fuera)
    return salida


def sin_direccion(contexto: Contexto, miembro_ids: list[int], clase: str) -> list[int]:
    """De esos miembros, los que no recibirían un mensaje de esa clase: ningún contacto la marcó y no tienen correo
    institucional (la misma regla con que se prepara cada envío)."""
    direcciones = _direcciones(contexto, list(miembro_ids), clase)
    return [m for m in miembro_ids if not direcciones[m][1]]


def firma_del_mensaje(cuenta: CuentaCorreo | None, asociacion: dict) -> str:
    return (cuenta.firma if cuenta and cuenta.firma else
            traducir("Secretaría Ejecutiva\n{0}").format(asociacion["nombre"]))


def _armar(envio: Envio, contexto: Contexto, miembro_ids: list[int], copias, asunto: str,
           cuerpo: Callable[[int, str, str], str], clave_documento: Callable[[int], object]) -> Envio:
    db = contexto.db
    direcciones = _direcciones(contexto, miembro_ids, envio.clase)
    autoridades = tabla_correo.autoridades_vigentes(db, miembro_ids, fecha_de_hoy().isoformat())
    for miembro_id in miembro_ids:
        nombre, para, fuera = direcciones[miembro_id]
        envio.por_oposicion += [{"miembro_id": miembro_id, "miembro": nombre, "persona": persona,
                                 "motivo": motivo_de_la_oposicion()} for persona in fuera]
        if not para:
            envio.sin_direccion.append({"miembro_id": miembro_id, "miembro": nombre, "motivo": traducir(
                "{0} pidió no recibir correo (oposición)").format(", ".join(fuera)) if fuera else traducir(
                "no tiene dirección de correo para esta clase")})
            continue
        texto = cuerpo(miembro_id, nombre, _saludo(nombre, *autoridades.get(miembro_id, (None, None))))
        clave = clave_documento(miembro_id)
        envio.documento_de[len(envio.mensajes)] = clave
        envio.mensajes.append(MensajePreparado(miembro_id, nombre, para, list(copias), asunto, texto,
                                               reglas.texto_a_html(texto), [envio.documentos[clave][0]]))
    return envio


def _saludo(nombre: str, persona: str | None, cargo: str | None) -> str:
    """«A Carlos González, Intendente de Rosario:» si el miembro tiene autoridad vigente; si no, «A Rosario:»."""
    if persona:
        return traducir("A {0}, {1} de {2}:").format(persona, cargo or traducir("autoridad"), nombre)
    return traducir("A {0}:").format(nombre)


def preparar_convocatoria(contexto: Contexto, sesion_id: int, *, miembros: list[int] | None = None,
                          copias=()) -> Envio:
    """La convocatoria a quienes integran el órgano el día de la sesión (o a `miembros`, elegidos entre ellos), con
    el orden del día en el cuerpo y el PDF de la convocatoria adjunto."""
    from .informes_sesiones import imprimir_convocatoria
    from .sesiones import sesion_de_la_asociacion, titulo_sesion
    from .sesiones.asistencia import composicion_de_la_sesion
    from .sesiones.puntos import orden_del_dia

    db = contexto.db
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    titulo = titulo_sesion(sesion)
    integrantes = list(dict.fromkeys(a.miembro_id for a in composicion_de_la_sesion(contexto, sesion).asientos
                                     if a.miembro_id is not None))
    elegidos = _elegir(integrantes, miembros, traducir("no integra el órgano de esta sesión"))
    cuenta = cuenta_de_correo(contexto)
    asociacion = tabla_asociaciones.por_id(db, contexto.asociacion_id)
    fecha = formato.fecha(sesion["fecha"])
    cuando = fecha + (traducir(" a las {0}").format(sesion["hora"]) if sesion["hora"] else "")
    donde = (traducir(" en {0}").format(sesion["lugar"]) if sesion["lugar"] else "")
    enlace = ("\n" + traducir("Enlace para participar: {0}").format(sesion["enlace"]) if sesion["enlace"] else "")
    puntos = "\n".join(f"{p['numeracion']}. {p['titulo']}" for p in orden_del_dia(contexto, sesion_id)
                       if p.get("padre_id") is None)
    envio = Envio("convocatoria", sesion_id, titulo)
    nombre_pdf = reglas.nombre_de_adjunto(traducir("Convocatoria {0} {1}").format(sesion["organo"], fecha))
    envio.documentos["convocatoria"] = (nombre_pdf, lambda ruta: imprimir_convocatoria(contexto, sesion_id, ruta))

    def cuerpo(_miembro_id: int, nombre: str, saludo: str) -> str:
        return "\n\n".join(p for p in (
            saludo,
            traducir("{0} convoca a {1}: {2}, el {3}{4}.").format(asociacion["nombre"], nombre, titulo, cuando,
                                                                   donde) + enlace,
            traducir("Orden del día:"), puntos,
            traducir("Se adjunta la convocatoria en PDF, con su código de verificación."),
            firma_del_mensaje(cuenta, asociacion)) if p)

    asunto = traducir("Convocatoria: {0}, {1}").format(titulo, fecha)
    return _armar(envio, contexto, elegidos, _copias_de(contexto, copias), asunto, cuerpo, lambda _m: "convocatoria")


def preparar_acta(contexto: Contexto, sesion_id: int, *, miembros: list[int] | None = None, copias=()) -> Envio:
    """El acta aprobada a quienes integran el órgano (o a `miembros`). Un acta en borrador no se envía."""
    from .informes_sesiones import imprimir_acta
    from .sesiones import sesion_de_la_asociacion, titulo_sesion
    from .sesiones.asistencia import composicion_de_la_sesion

    db = contexto.db
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    if sesion["estado_acta"] not in ("aprobada", "firmada"):
        raise ErrorEscritorio(traducir("El acta de esta sesión todavía no está aprobada: se envía el acta aprobada, "
                                       "nunca un borrador."))
    from .actas import comprobar_texto_del_acta

    comprobar_texto_del_acta(db, sesion_id)   # ni un acta cambiada por fuera, ni una que toca un incidente
    titulo = titulo_sesion(sesion)
    integrantes = list(dict.fromkeys(a.miembro_id for a in composicion_de_la_sesion(contexto, sesion).asientos
                                     if a.miembro_id is not None))
    elegidos = _elegir(integrantes, miembros, traducir("no integra el órgano de esta sesión"))
    cuenta = cuenta_de_correo(contexto)
    asociacion = tabla_asociaciones.por_id(db, contexto.asociacion_id)
    fecha = formato.fecha(sesion["fecha"])
    envio = Envio("acta", sesion_id, titulo)
    nombre_pdf = reglas.nombre_de_adjunto(traducir("Acta {0} {1}").format(sesion["organo"], fecha))
    envio.documentos["acta"] = (nombre_pdf, lambda ruta: imprimir_acta(contexto, sesion_id, ruta))

    def cuerpo(_miembro_id: int, nombre: str, saludo: str) -> str:
        return "\n\n".join((saludo, traducir(
            "Se adjunta el acta aprobada de la {0}, celebrada el {1}, con su código de verificación.").format(
            titulo, fecha), firma_del_mensaje(cuenta, asociacion)))

    asunto = traducir("Acta aprobada: {0}, {1}").format(titulo, fecha)
    return _armar(envio, contexto, elegidos, _copias_de(contexto, copias), asunto, cuerpo, lambda _m: "acta")


def preparar_resolucion(contexto: Contexto, resolucion_id: int, *, miembros: list[int] | None = None,
                        copias=()) -> Envio:
    """Una resolución adoptada a los miembros vigentes de la asociación (o a `miembros`)."""
    from ..datos import documentos as tabla_documentos
    from ..dominio.miembros import NO_MIEMBRO
    from ..dominio.sesiones import cita_resolucion
    from .documentos import comprobar_de_la_asociacion, imprimir_resolucion
    from .miembros import listar_miembros

    db = contexto.db
    r = comprobar_de_la_asociacion(tabla_documentos.resolucion(db, resolucion_id) if isinstance(resolucion_id, int)
                                   and not isinstance(resolucion_id, bool) else None, contexto.asociacion_id,
                                   traducir("la resolución {0}").format(resolucion_id))
    from .congelados import exigir_intactas, filas_de_la_resolucion

    exigir_intactas(db, filas_de_la_resolucion(db, resolucion_id), traducir("La resolución {0}/{1}").format(
        r["numero"], r["anio"]))
    vigentes = [m["id"] for m in listar_miembros(contexto) if m["estado"] not in NO_MIEMBRO]
    elegidos = _elegir(vigentes, miembros, traducir("no es un miembro vigente"))
    cuenta = cuenta_de_correo(contexto)
    asociacion = tabla_asociaciones.por_id(db, contexto.asociacion_id)
    titulo = f"{cita_resolucion(r['tipo'], r['numero'], r['anio'], r['organo'])}: {r['titulo']}"
    envio = Envio("resolucion", resolucion_id, titulo)
    envio.documentos["resolucion"] = (reglas.nombre_de_adjunto(titulo),
                                      lambda ruta: imprimir_resolucion(contexto, resolucion_id, ruta))

    def cuerpo(_miembro_id: int, nombre: str, saludo: str) -> str:
        return "\n\n".join((saludo, traducir("Se adjunta: {0}, con su código de verificación.").format(
            titulo), firma_del_mensaje(cuenta, asociacion)))

    return _armar(envio, contexto, elegidos, _copias_de(contexto, copias), titulo, cuerpo, lambda _m: "resolucion")


def preparar_recibo(contexto: Contexto, pago_id: int, *, copias=()) -> Envio:
    """El recibo de un pago a quien pagó (sus contactos de «recibo», o su correo institucional)."""
    from .informes_cuotas import imprimir_recibo
    from .pagos import obtener_pago

    pago = obtener_pago(contexto, pago_id)
    if pago["anulado_en"]:
        # La carta diría «recibimos su pago» con un recibo que dice ANULADO.
        raise ErrorEscritorio(traducir("El pago {0} (recibo {1}) está anulado: su recibo no se envía por correo.")
                              .format(pago_id, pago["recibo"]))
    from .congelados import exigir_intactas, filas_del_recibo

    exigir_intactas(contexto.db, filas_del_recibo(contexto.db, pago_id), traducir("El recibo del pago {0}").format(
        pago_id))
    cuenta = cuenta_de_correo(contexto)
    asociacion = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    titulo = traducir("Recibo {0}").format(pago["recibo"])
    envio = Envio("recibo", pago_id, titulo)
    envio.documentos["recibo"] = (reglas.nombre_de_adjunto(titulo),
                                  lambda ruta: imprimir_recibo(contexto, pago_id, ruta))
    importe = formato.dinero(pago["importe"], pago["moneda"])

    def cuerpo(_miembro_id: int, nombre: str, saludo: str) -> str:
        return "\n\n".join((saludo, traducir(
            "Recibimos su pago de {0} del {1}. Se adjunta su recibo {2}, con su código de verificación.").format(
            importe, formato.fecha(pago["fecha"]), pago["recibo"]), firma_del_mensaje(cuenta, asociacion)))

    return _armar(envio, contexto, [pago["miembro_id"]], _copias_de(contexto, copias), titulo, cuerpo,
                  lambda _m: "recibo")


def preparar_avisos(contexto: Contexto, *, al: date | None = None, miembros: list[int] | None = None,
                    copias=()) -> Envio:
    """Los avisos de cobro que tocan hoy, cada miembro con su carta (el mismo orden que el lote en PDF: primer
    aviso antes que el tercero). Al encolar, las cartas se emiten y el lote queda registrado como enviado."""
    from .cobranza import preparar_lote_de_avisos

    al = al or fecha_de_hoy()
    lote = preparar_lote_de_avisos(contexto, al)
    por_miembro = {a.miembro_id: a for a in lote.avisos}
    apartados = {a.miembro_id: a for a in lote.apartados}
    # Un apartado también se puede elegir: no recibe nada, y el envío dice por qué.
    elegidos = _elegir([a.miembro_id for a in lote.avisos + lote.apartados], miembros,
                       traducir("no tiene un aviso de cobro pendiente"))
    cuenta = cuenta_de_correo(contexto)
    asociacion = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    envio = Envio("aviso", None, traducir("Avisos de cobro al {0}").format(formato.fecha(al)))
    envio.al = al
    envio.apartados = [{"miembro_id": m, "miembro": apartados[m].miembro, "motivos": list(apartados[m].motivos),
                        "que_hacer": apartados[m].que_hacer} for m in elegidos if m in apartados]
    elegidos = [m for m in elegidos if m in por_miembro]
    for miembro_id in elegidos:
        aviso = por_miembro[miembro_id]
        nombre = reglas.nombre_de_adjunto(traducir("Aviso de cobro {0} {1}").format(aviso.miembro, formato.fecha(al)))
        envio.documentos[miembro_id] = (nombre, None)   # las escribe el lote entero al encolar (despacho de avisos)

    def cuerpo(miembro_id: int, nombre: str, saludo: str) -> str:
        aviso = por_miembro[miembro_id]
        deuda = ", ".join(formato.dinero(importe, moneda) for importe, moneda in aviso.por_moneda())
        return "\n\n".join((saludo, traducir(
            "Le recordamos que {0} adeuda {1} en cuotas vencidas. Se adjunta el aviso de cobro, con el detalle y su "
            "código de verificación.").format(aviso.miembro, deuda), traducir(
            "Al pagar por transferencia, indique la referencia {0}: así reconocemos su pago en el extracto.").format(
            referencia_de_pago(asociacion["sigla"], miembro_id)), firma_del_mensaje(cuenta, asociacion)))

    asunto = traducir("Aviso de cobro — {0}").format(asociacion["nombre"])
    return _armar(envio, contexto, elegidos, _copias_de(contexto, copias), asunto, cuerpo, lambda m: m)


def _elegir(posibles: list[int], elegidos: list[int] | None, motivo: str) -> list[int]:
    if elegidos is None:
        return posibles
    fuera = [m for m in elegidos if m not in posibles]
    if fuera:
        raise ErrorEscritorio(traducir("El miembro {0} {1}: no se envía nada.").format(fuera[0], motivo))
    return [m for m in posibles if m in set(elegidos)]


PREPARAR = {"convocatoria": preparar_convocatoria, "acta": preparar_acta, "resolucion": preparar_resolucion,
            "recibo": preparar_recibo}


# --- la bandeja de salida ----------------------------------------------------------------------------------------

def exigir_destinatarios(envio: Envio) -> None:
    """Lo que `encolar` exige antes de emitir nada: alguien que lo reciba. Si no hay, ErrorEscritorio que dice por qué
    (todos apartados, o nadie con dirección de correo) y qué hacer. La simulación del envío (--simular) y la agenda
    (que no propone mandar lo que nadie recibiría) preguntan lo mismo."""
    if not envio.mensajes and envio.apartados:
        raise ErrorEscritorio(traducir(
            "No hay a quién enviarlo: los miembros elegidos quedaron apartados porque su cuenta cambió por fuera de "
            "Escritorio ({0}).").format(", ".join(a["miembro"] for a in envio.apartados)) + "\n" + "\n".join(
            f"• {m}" for a in envio.apartados for m in a["motivos"]) + "\n" + envio.apartados[0]["que_hacer"])
    if not envio.mensajes and envio.clase == "boletin":
        raise ErrorEscritorio(traducir("No hay a quién enviarlo: ningún contacto tiene un consentimiento vigente para "
                                       "recibir el boletín (con dirección y sin oposición). Registre el de cada uno "
                                       "({0}).").format(segun_la_puerta(
            ventana=traducir("Datos personales → Consentimientos"),
            linea=traducir("«escritorio consentimientos registrar»"))))
    if not envio.mensajes:
        raise ErrorEscritorio(traducir("No hay a quién enviarlo: ninguno de los destinatarios tiene dirección de "
                                       "correo. Agréguela en la ficha de cada miembro (correo institucional o un "
                                       "contacto que reciba «{0}»).").format(envio.clase))


def encolar(contexto: Contexto, envio: Envio) -> list[int]:
    """Emite los documentos del envío y deja sus mensajes en la bandeja de salida, en una transacción: o quedan
    todos (con sus PDF emitidos y registrados) o ninguno. Devuelve los ids de los mensajes."""
    exigir_destinatarios(envio)
    cuenta = exigir_cuenta(contexto)
    db = contexto.db
    with tempfile.TemporaryDirectory(prefix="escritorio-correo-") as carpeta:
        # Los PDF, fuera del cerrojo de los que escriben (issue 77, §5): si nadie escribió mientras tanto, se
        # registran con los mensajes en una transacción corta; si alguien escribió, se vuelven a escribir. Los avisos
        # de cobro anotan su lote al escribirse: van como siempre, dentro de la transacción.
        for _ in range(0 if envio.clase == "aviso" else _INTENTOS_FUERA_DEL_CERROJO):
            antes = ultimo_registro_id(db)
            with emision_diferida.diferidas() as pendientes:
                contenidos = _escribir_documentos(contexto, envio, Path(carpeta))
            try:
                with transaccion(db):
                    if ultimo_registro_id(db) != antes:
                        raise emision_diferida.CambioMientrasTanto()
                    emision_diferida.registrar(db, pendientes)
                    return _guardar_mensajes(contexto, envio, cuenta, contenidos)
            except emision_diferida.CambioMientrasTanto:
                continue
        with transaccion(db):
            return _guardar_mensajes(contexto, envio, cuenta, _escribir_documentos(contexto, envio, Path(carpeta)))


# Cuántas veces se escriben los PDF fuera del cerrojo antes de escribirlos con él tomado (si otros escriben sin pausa).
_INTENTOS_FUERA_DEL_CERROJO = 3


def _guardar_mensajes(contexto: Contexto, envio: Envio, cuenta, contenidos: dict) -> list[int]:
    """Dentro de la transacción en curso: cada mensaje del envío, con sus destinatarios y su adjunto."""
    db = contexto.db
    ids = []
    for indice, mensaje in enumerate(envio.mensajes):
        mensaje_id = tabla_correo.insertar_mensaje(db, {
            "asociacion_id": contexto.asociacion_id, "message_id": reglas.nuevo_message_id(cuenta.remitente),
            "clase": envio.clase, "miembro_id": mensaje.miembro_id,
            "referencia": envio.referencia if mensaje.referencia is None else mensaje.referencia,
            "asunto": mensaje.asunto, "texto": mensaje.texto, "html": mensaje.html})
        for direccion, nombre in mensaje.para:
            tabla_correo.insertar_destinatario(db, mensaje_id, direccion, nombre, "para")
        for direccion, nombre in mensaje.copia:
            tabla_correo.insertar_destinatario(db, mensaje_id, direccion, nombre, "copia")
        if indice in envio.documento_de:   # el boletín no lleva adjunto (boletin.py)
            nombre, contenido = contenidos[envio.documento_de[indice]]
            archivo_id = tabla_correo.guardar_archivo(db, hashlib.sha256(contenido).hexdigest(), contenido)
            tabla_correo.insertar_adjunto(db, mensaje_id, nombre, archivo_id)
        ids.append(mensaje_id)
    return ids


def _escribir_documentos(contexto: Contexto, envio: Envio, carpeta: Path) -> dict[object, tuple[str, bytes]]:
    if envio.clase == "aviso":
        from .informes_cuotas import generar_avisos_por_miembro

        lote, cartas = generar_avisos_por_miembro(contexto, carpeta, envio.al, [m.miembro_id for m in envio.mensajes])
        envio.referencia = lote   # cada mensaje sabe en qué lote quedó anotada su carta (anularlo la quita)
        return {miembro_id: (envio.documentos[miembro_id][0], ruta.read_bytes()) for miembro_id, ruta in cartas.items()}
    salida = {}
    for clave, (nombre, escribir) in envio.documentos.items():
        ruta = carpeta / f"{len(salida)}.pdf"
        escribir(ruta)
        salida[clave] = (nombre, ruta.read_bytes())
    return salida


@dataclass
class MensajeDeLaBandeja:
    id: int
    message_id: str
    clase: str
    referencia: int | None
    miembro_id: int | None
    miembro: str | None
    asunto: str
    estado: str
    intentos: int
    ultimo_error: str | None
    creado_en: str
    enviado_en: str | None
    destinatarios: list[dict]
    ancla: str | None = None     # la cabeza de la bitácora que salió con el mensaje: «sello huella»


def bandeja(contexto: Contexto, *, estados: tuple[str, ...] | None = None, clase: str | None = None,
            referencia: int | None = None, miembro_id: int | None = None) -> list[MensajeDeLaBandeja]:
    """Los mensajes (todos, o los de esos estados, clase, documento o miembro) con sus destinatarios."""
    filas = tabla_correo.mensajes(contexto.db, contexto.asociacion_id, estados=estados, clase=clase,
                                  referencia=referencia, miembro_id=miembro_id)
    destinatarios = tabla_correo.destinatarios(contexto.db, [f["id"] for f in filas])
    return [MensajeDeLaBandeja(**f, destinatarios=destinatarios.get(f["id"], [])) for f in filas]


def esperando(contexto: Contexto) -> int:
    """Cuántos mensajes esperan salir (o confirmar si salieron): lo que la ventana avisa al cerrar."""
    cuenta = tabla_correo.contar_por_estado(contexto.db, contexto.asociacion_id)
    return sum(cuenta.get(e, 0) for e in ("pendiente", "enviando", "por_confirmar"))


@dataclass
class Alcance:
    """Cuántos destinatarios alcanzó el envío de un documento (la convocatoria: el plazo cuenta desde ahí)."""

    mensajes: int = 0
    enviados: int = 0
    esperando: int = 0
    rechazados: int = 0
    primer_envio: str | None = None
    ultimo_envio: str | None = None


def alcance(contexto: Contexto, clase: str, referencia: int) -> Alcance:
    resultado = Alcance()
    for m in bandeja(contexto, clase=clase, referencia=referencia):
        if m.estado == "anulado":
            continue
        resultado.mensajes += 1
        if m.estado == "enviado":
            resultado.enviados += 1
            resultado.primer_envio = min(filter(None, (resultado.primer_envio, m.enviado_en)))
            resultado.ultimo_envio = max(filter(None, (resultado.ultimo_envio, m.enviado_en)))
        elif m.estado == "rechazado":
            resultado.rechazados += 1
        else:
            resultado.esperando += 1
    return resultado


def anotar(contexto: Contexto, destinatario_id: int, estado: str, motivo: str | None = None) -> None:
    """La secretaría anota a mano lo que supo después: un rebote (con su motivo) o la confirmación de recibido."""
    if estado not in reglas.ANOTABLES:
        raise ErrorEscritorio(traducir("Se anota «rebotado» o «recibido», no «{0}».").format(estado))
    with transaccion(contexto.db):
        fila = tabla_correo.destinatario(contexto.db, contexto.asociacion_id, destinatario_id)
        if fila is None:
            raise ErrorEscritorio(traducir("No existe el destinatario {0} en esta asociación.").format(destinatario_id))
        if fila["estado_mensaje"] not in reglas.ANOTABLE_EN:
            raise ErrorEscritorio(traducir("Ese mensaje todavía no salió: no se puede anotar que rebotó o llegó."))
        tabla_correo.anotar_destinatario(contexto.db, destinatario_id, estado, motivo,
                                         datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S"))


def resolver_por_confirmar(contexto: Contexto, mensaje_id: int, salio: bool) -> None:
    """Un mensaje «por confirmar» (el envío se cortó entre DATA y la respuesta del servidor): la secretaría buscó su
    Message-ID en los enviados de la cuenta. Si salió, queda enviado; si no, vuelve a la bandeja para salir."""
    with transaccion(contexto.db):
        fila = tabla_correo.mensaje(contexto.db, contexto.asociacion_id, mensaje_id)
        if fila is None:
            raise ErrorEscritorio(traducir("No existe el mensaje {0} en esta asociación.").format(mensaje_id))
        if fila["estado"] != "por_confirmar":
            raise ErrorEscritorio(traducir("El mensaje {0} no está por confirmar.").format(mensaje_id))
        if salio:
            ahora = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
            tabla_correo.cambiar_estado(contexto.db, mensaje_id, "enviado", enviado_en=ahora)
            tabla_correo.estado_de_destinatarios(contexto.db, mensaje_id, "aceptado",
                                                 traducir("confirmado a mano"), ahora)
        else:
            tabla_correo.cambiar_estado(contexto.db, mensaje_id, "pendiente")
