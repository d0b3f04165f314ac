"""Lo que se sabe de lo enviado por correo: el estado de la bandeja de salida (lo que la ventana muestra en su barra
y avisa al cerrar), a cuántos integrantes llegó la convocatoria o el acta de una sesión (quién no tiene dirección, y
desde qué día cuenta el plazo de anticipación del estatuto), y anular un mensaje que todavía espera.

La bandeja entera, la de un miembro o la de un documento, es `servicios.correo.bandeja`. La ventana (barra de
estado, bandeja de salida, editor de la sesión, ficha del miembro) y la CLI («escritorio correo …») llaman a estas
mismas funciones."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from ..datos import correo as tabla_correo
from ..datos import cuotas as tabla_cuotas
from ..datos.conexion import transaccion
from ..dominio.correo import ANULABLE_EN, ESTADOS_MENSAJE
from ..dominio import formato
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .contexto import Contexto


def hora_local(utc: str) -> datetime:
    """«2026-11-25 18:27:31» (UTC, como lo guarda la base) en la hora de este equipo."""
    return datetime.fromisoformat(utc.replace("T", " ")).replace(tzinfo=timezone.utc).astimezone()


# --- la bandeja ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EstadoDeLaBandeja:
    """Cuántos mensajes de la asociación no salieron todavía, por qué."""

    esperando: int = 0        # en la bandeja: salen cuando haya conexión
    enviando: int = 0         # un envío en curso (o cortado: al volver, pasa a por confirmar)
    por_confirmar: int = 0    # quizá salieron: la secretaría lo averigua y decide
    puestos: int = 0          # todos los que alguna vez se pusieron en ella (también los que salieron o se anularon)


def estado_de_la_bandeja(contexto: Contexto) -> EstadoDeLaBandeja:
    cuenta = tabla_correo.contar_por_estado(contexto.db, contexto.asociacion_id)
    return EstadoDeLaBandeja(cuenta.get("pendiente", 0), cuenta.get("enviando", 0), cuenta.get("por_confirmar", 0),
                             sum(cuenta.values()))


def anular_mensaje(contexto: Contexto, mensaje_id: int) -> None:
    """Un mensaje que todavía espera en la bandeja no sale nunca (queda «anulado», con su historia). Uno que ya
    salió, o que quizá salió, no se anula: lo que salió no se puede recoger."""
    with transaccion(contexto.db):
        fila = tabla_correo.mensaje(contexto.db, contexto.asociacion_id, mensaje_id)
        if fila is None:
            raise ErrorEscritorio(traducir("No existe el mensaje {0} en esta asociación.").format(mensaje_id))
        if fila["estado"] not in ANULABLE_EN:
            raise ErrorEscritorio(traducir(
                "El mensaje {0} ya no espera en la bandeja ({1}): solo se anula uno que todavía no salió.").format(
                mensaje_id, traducir(ESTADOS_MENSAJE[fila["estado"]]).lower()))
        tabla_correo.cambiar_estado(contexto.db, mensaje_id, "anulado", error=traducir("Anulado antes de salir."))
        if fila["clase"] == "aviso" and fila["referencia"] is not None and fila["miembro_id"] is not None:
            # Al ponerlo en la bandeja, su carta quedó anotada en el lote como enviada; no sale nunca: el miembro no
            # recibió ese aviso y le vuelve a tocar (el mismo, no el siguiente).
            tabla_cuotas.quitar_avisos_de_la_carta(contexto.db, fila["referencia"], fila["miembro_id"])


# --- a quién llegó el documento de una sesión ---------------------------------------------------------------------

@dataclass
class AlcanceDeLaSesion:
    """A cuántos integrantes del órgano llegó por correo la convocatoria (o el acta) de una sesión.

    Llegó a un integrante si un mensaje suyo salió y el servidor aceptó al menos una de sus direcciones «para» (y la
    secretaría no anotó después que rebotó). Sus nombres, en cada lista."""

    clase: str
    integrantes: int
    alcanzados: list[str] = field(default_factory=list)
    esperando: list[str] = field(default_factory=list)         # en la bandeja o por confirmar
    rechazados: list[str] = field(default_factory=list)        # el servidor no aceptó sus direcciones, o rebotó
    sin_direccion: list[str] = field(default_factory=list)     # sin mensaje: no tiene dirección para esta clase
    sin_envio: list[str] = field(default_factory=list)         # sin mensaje: tiene dirección pero no se eligió
    primer_envio: date | None = None                           # el día (de este equipo) que llegó al primero
    desde: date | None = None    # el día que llegó al último alcanzado: desde ahí cuenta el plazo de anticipación
    aviso: str | None = None     # la anticipación no alcanza (solo la convocatoria), contada desde `desde`
    texto: str = ""


def alcance_de_la_sesion(contexto: Contexto, sesion_id: int, clase: str = "convocatoria") -> AlcanceDeLaSesion | None:
    """A quién llegó por correo la convocatoria (o el acta aprobada) de la sesión; None si nunca se envió."""
    from .correo import bandeja, sin_direccion
    from .sesiones import sesion_de_la_asociacion
    from .sesiones.asistencia import composicion_de_la_sesion
    from .sesiones.convocatoria import anticipacion

    if clase not in ("convocatoria", "acta"):
        raise ValueError(clase)
    mensajes = [m for m in bandeja(contexto, clase=clase, referencia=sesion_id) if m.estado != "anulado"]
    if not mensajes:
        return None
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    integrantes = list(dict.fromkeys(a.miembro_id for a in composicion_de_la_sesion(contexto, sesion).asientos
                                     if a.miembro_id is not None))
    nombres = tabla_correo.correos_institucionales(contexto.db, integrantes)
    por_miembro: dict[int, list] = {}
    for m in mensajes:
        por_miembro.setdefault(m.miembro_id, []).append(m)
    alcance = AlcanceDeLaSesion(clase, len(integrantes))
    llegadas: list[date] = []
    sin_mensaje = []
    for miembro_id in integrantes:
        nombre = nombres.get(miembro_id, ("", None))[0]
        propios = por_miembro.get(miembro_id)
        if not propios:
            sin_mensaje.append(miembro_id)
            continue
        llegados = [m for m in propios if _llego(m)]
        if llegados:
            alcance.alcanzados.append(nombre)
            llegadas.append(min(hora_local(m.enviado_en).date() for m in llegados))
        elif any(m.estado in ("pendiente", "enviando", "por_confirmar") for m in propios):
            alcance.esperando.append(nombre)
        else:
            alcance.rechazados.append(nombre)
    sin_dir = set(sin_direccion(contexto, sin_mensaje, clase))
    alcance.sin_direccion = [nombres[m][0] for m in sin_mensaje if m in sin_dir]
    alcance.sin_envio = [nombres[m][0] for m in sin_mensaje if m not in sin_dir]
    if llegadas:
        alcance.primer_envio, alcance.desde = min(llegadas), max(llegadas)
        if clase == "convocatoria" and alcance.desde <= date.fromisoformat(sesion["fecha"]):
            alcance.aviso = anticipacion(date.fromisoformat(sesion["fecha"]), alcance.desde,
                                         sesion["anticipacion_dias"], sesion["articulo_convocatoria"])[1]
    alcance.texto = _texto(alcance, date.fromisoformat(sesion["fecha"]))
    return alcance


def _llego(mensaje) -> bool:
    return mensaje.estado == "enviado" and mensaje.enviado_en is not None and any(
        d["tipo"] == "para" and d["estado"] in ("aceptado", "recibido") for d in mensaje.destinatarios)


def _lista(nombres: list[str]) -> str:
    return ", ".join(nombres[:5]) + ("…" if len(nombres) > 5 else "")


def _texto(alcance: AlcanceDeLaSesion, fecha_sesion: date) -> str:
    documento = traducir("Convocatoria") if alcance.clase == "convocatoria" else traducir("Acta aprobada")
    cuantos = traducir("{0} de {1} integrantes").format(formato.numero(len(alcance.alcanzados)),
                                                         formato.numero(alcance.integrantes))
    if alcance.desde is None:
        frase = traducir("{0}: todavía no llegó por correo a ninguno de los {1} integrantes").format(
            documento, formato.numero(alcance.integrantes))
    elif alcance.primer_envio == alcance.desde:
        frase = traducir("{0} enviada por correo a {1} el {2}").format(documento, cuantos,
                                                                         formato.fecha(alcance.desde))
    else:
        frase = traducir("{0} enviada por correo a {1} entre el {2} y el {3}").format(
            documento, cuantos, formato.fecha(alcance.primer_envio), formato.fecha(alcance.desde))
    partes = [frase]
    for nombres, uno, varios in (
            (alcance.esperando, traducir("{0} espera en la bandeja ({1})"), traducir("{0} esperan en la bandeja ({1})")),
            (alcance.rechazados, traducir("{0} rechazado o rebotado ({1})"),
             traducir("{0} rechazados o rebotados ({1})")),
            (alcance.sin_direccion, traducir("{0} sin dirección ({1})"), traducir("{0} sin dirección ({1})")),
            (alcance.sin_envio, traducir("{0} no elegido ({1})"), traducir("{0} no elegidos ({1})"))):
        if nombres:
            partes.append((uno if len(nombres) == 1 else varios).format(formato.numero(len(nombres)),
                                                                       _lista(nombres)))
    texto = "; ".join(partes) + "."
    if alcance.clase == "convocatoria" and alcance.desde is not None:
        dias = (fecha_sesion - alcance.desde).days
        if dias < 0:
            texto += " " + traducir("Salió después de la sesión: no cuenta como convocatoria.")
        else:
            texto += " " + traducir("El plazo de anticipación cuenta desde el {0} ({1} antes de la sesión).").format(
                formato.fecha(alcance.desde), _dias(dias))
            if alcance.aviso:
                texto += " " + alcance.aviso
    return texto


def _dias(cantidad: int) -> str:
    return traducir("1 día") if cantidad == 1 else traducir("{0} días").format(formato.numero(cantidad))


# --- los adjuntos guardados --------------------------------------------------------------------------------------

def adjuntos_alterados(db) -> tuple[int, list[str]]:
    """Para «escritorio verificar»: cuántos PDF adjuntos guarda la bandeja y, de los que ya no son el documento que
    emitió Escritorio (su contenido no da la huella anotada, o la huella no es la de un documento emitido), cuáles y
    en qué mensajes. La tabla de adjuntos no tiene bitácora: esto es lo que la protege."""
    cantidad, alterados = 0, []
    for archivo_id, anotado, calculado, emitido, mensajes in tabla_correo.huellas_de_adjuntos(db):
        cantidad += 1
        if anotado != calculado or not emitido:
            lista = ", ".join(str(m) for m in mensajes[:10]) + ("…" if len(mensajes) > 10 else "")
            alterados.append(f"el adjunto n.º {archivo_id} (en los mensajes {lista})" if len(mensajes) != 1 else
                             f"el adjunto n.º {archivo_id} (en el mensaje {lista})")
    return cantidad, alterados
