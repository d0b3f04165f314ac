"""Los consentimientos (issue 81 §3): registrar lo que un contacto aceptó (el texto exacto, cuándo, por qué medio),
revocarlo, y que revocarlo detenga lo que se basaba en él.

Lo único que la asociación hace con los datos de una persona porque ella lo aceptó, y no porque lo mande el estatuto,
es el boletín de la red (servicios/boletin.py): va solo a los contactos con un consentimiento vigente. Revocarlo (a
mano, o respondiendo una solicitud de revocación del art. 18, IX de la LGPD) lo deja revocado desde ese día y anula
los boletines que todavía esperaban en la bandeja de salida para esa dirección; el correo que manda el estatuto sigue
con su propia base legal (para dejar de recibirlo está la oposición). Lo aceptado no cambia (la base lo impide: es la
prueba) ni se borra; si la persona pide que se supriman sus datos, su contacto se borra y el consentimiento queda sin
nada que la identifique.

La ventana (Datos personales → Consentimientos) y la CLI («escritorio consentimientos …», «escritorio derechos
revocacion …») llaman a estas mismas funciones."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

from ..datos import asociaciones as tabla_asociaciones
from ..datos import consentimientos as tabla
from ..datos import correo as tabla_correo
from ..datos import personas as tabla_personas
from ..datos.conexion import transaccion
from ..dominio import consentimientos as reglas
from ..dominio import datos_personales as reglas_datos
from ..dominio import formato
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy
from .contexto import Contexto


class Consentimiento(TypedDict):
    id: int
    contacto_id: int | None      # None: el contacto se borró (una supresión); queda lo aceptado
    contacto: str | None
    correo: str | None
    miembro_id: int | None
    miembro: str | None
    finalidad: str
    texto: str
    canal: str
    otorgado_el: str
    registrado_en: str
    revocado_el: str | None
    canal_de_revocacion: str | None
    solicitud_id: int | None


def _fila(f: dict) -> Consentimiento:
    return Consentimiento(id=f["id"], contacto_id=f["contacto_id"], contacto=f["contacto"], correo=f["correo"],
                          miembro_id=f["miembro_id"], miembro=f["miembro"], finalidad=f["finalidad"], texto=f["texto"],
                          canal=f["canal"], otorgado_el=str(f["otorgado_el"]), registrado_en=str(f["registrado_en"]),
                          revocado_el=None if f["revocado_el"] is None else str(f["revocado_el"]),
                          canal_de_revocacion=f["canal_de_revocacion"], solicitud_id=f["solicitud_id"])


def texto_sugerido(contexto: Contexto, finalidad: str = reglas.BOLETIN) -> str:
    """El texto que se le propone aceptar a la persona, con el nombre de la asociación."""
    asociacion = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    return traducir(reglas.TEXTO_SUGERIDO[finalidad]).format(asociacion=asociacion["nombre"])


def consentimientos(contexto: Contexto, *, contacto_id: int | None = None,
                    solo_vigentes: bool = False) -> list[Consentimiento]:
    return [_fila(f) for f in tabla.de_la_asociacion(contexto.db, contexto.asociacion_id, contacto_id=contacto_id,
                                                     solo_vigentes=solo_vigentes)]


def de_la_persona(contexto: Contexto, vinculos) -> list[Consentimiento]:
    """Los consentimientos de una persona (el acceso los muestra; la revocación por solicitud los revoca): los de sus
    contactos (`vinculos` de su ficha, {(tabla, fila): …}: también los contactos que ya se quitaron) y los que quedaron
    sin contacto al quitarlo de la ficha y se habían registrado para uno de ellos."""
    return [_fila(f) for f in _de_la_persona(contexto, vinculos)]


def _de_la_persona(contexto: Contexto, vinculos) -> list[dict]:
    contactos = sorted(fila for tabla_, fila in vinculos if tabla_ == "contactos")
    filas = tabla.de_los_contactos(contexto.db, contactos) + tabla.sin_contacto_que_fueron_de(
        contexto.db, contexto.asociacion_id, contactos)
    return sorted(filas, key=lambda f: f["id"])


def _leer(finalidad: object, texto: object, canal: object, otorgado_el: date | None) -> tuple[str, str, str, date]:
    problemas = {}
    try:
        finalidad = reglas.leer_finalidad(finalidad)
    except ValueError as error:
        problemas["finalidad"] = str(error)
    try:
        texto = reglas.leer_texto(texto)
    except ValueError as error:
        problemas["texto"] = str(error)
    if canal not in reglas_datos.CANALES:
        problemas["canal"] = traducir("«{0}» no es un medio (son: {1})").format(canal, ", ".join(reglas_datos.CANALES))
    try:
        otorgado_el = reglas.exigir_fecha(otorgado_el or hoy(), hoy())
    except ValueError as error:
        problemas["otorgado_el"] = str(error)
    if problemas:
        raise ErrorValidacion(traducir("El consentimiento no se registró: {0}.").format("; ".join(problemas.values())),
                              campos=problemas)
    return finalidad, texto, canal, otorgado_el


def registrar_consentimiento(contexto: Contexto, contacto_id: int, texto: object, *, canal: object = "correo",
                             otorgado_el: date | None = None, finalidad: object = reglas.BOLETIN) -> Consentimiento:
    """Registra que el contacto aceptó `texto` (tal cual lo leyó) el día `otorgado_el` por `canal`. El contacto debe
    tener correo (el boletín va a esa dirección) y no tener otro consentimiento vigente para lo mismo."""
    finalidad, texto, canal, otorgado_el = _leer(finalidad, texto, canal, otorgado_el)
    db = contexto.db
    with transaccion(db):
        contacto = tabla_correo.contacto_de_la_asociacion(db, contexto.asociacion_id, contacto_id)
        if contacto is None:
            raise ErrorEscritorio(traducir("No existe el contacto {0} en esta asociación.").format(contacto_id))
        if not contacto["correo"]:
            raise ErrorEscritorio(traducir("El contacto «{0}» no tiene correo: agréguelo antes de registrar que acepta "
                                           "recibir el boletín.").format(contacto["nombre"]))
        ya = tabla.vigente(db, contacto_id, finalidad)
        if ya is not None:
            raise ErrorEscritorio(traducir(
                "El contacto «{0}» ya aceptó eso el {1} (consentimiento {2}, vigente): no se registra dos veces. Si "
                "aceptó un texto nuevo, revoque el anterior y registre el nuevo.").format(
                contacto["nombre"], formato.fecha(str(ya["otorgado_el"])), ya["id"]))
        nuevo = tabla.registrar(db, contexto.asociacion_id, contacto_id, finalidad, texto, canal,
                                otorgado_el.isoformat())
        return _fila(tabla.uno(db, contexto.asociacion_id, nuevo))


@dataclass
class Revocacion:
    revocados: list[int] = field(default_factory=list)           # los consentimientos
    mensajes_anulados: list[int] = field(default_factory=list)   # boletines que esperaban en la bandeja


def _revocar(contexto: Contexto, consentimiento: dict, el: date, canal: str, solicitud_id: int | None,
             hecho: Revocacion) -> None:
    """Dentro de la transacción: lo revoca."""
    tabla.revocar(contexto.db, consentimiento["id"], el.isoformat(), canal, solicitud_id)
    hecho.revocados.append(consentimiento["id"])


def _anular_los_que_quedaron_sin_base(contexto: Contexto, hecho: Revocacion) -> None:
    """Dentro de la transacción, después de revocar: los boletines que esperaban en la bandeja y ya no tienen un
    consentimiento vigente detrás (datos/consentimientos.boletines_sin_base) se anulan con el motivo."""
    for mensaje_id, consentimiento_id in tabla.boletines_sin_base(contexto.db, contexto.asociacion_id, reglas.BOLETIN):
        tabla_personas.anular_mensaje(contexto.db, mensaje_id, traducir(
            "la persona revocó su consentimiento para recibirlo (consentimiento {0})").format(consentimiento_id))
        hecho.mensajes_anulados.append(mensaje_id)


def revocar_consentimiento(contexto: Contexto, consentimiento_id: int, *, canal: object = "correo",
                           el: date | None = None) -> Revocacion:
    """Revoca un consentimiento desde `el` (hoy por omisión): el boletín no le sale más, tampoco el que esperaba."""
    if canal not in reglas_datos.CANALES:
        mensaje = traducir("«{0}» no es un medio (son: {1}).").format(canal, ", ".join(reglas_datos.CANALES))
        raise ErrorValidacion(mensaje, campos={"canal": mensaje})
    el = el or hoy()
    db = contexto.db
    hecho = Revocacion()
    with transaccion(db):
        consentimiento = tabla.uno(db, contexto.asociacion_id, consentimiento_id)
        if consentimiento is None:
            raise ErrorEscritorio(traducir("No existe el consentimiento {0} en esta asociación.").format(
                consentimiento_id))
        if consentimiento["revocado_el"] is not None:
            raise ErrorEscritorio(traducir("El consentimiento {0} ya se revocó el {1}: no se revoca dos veces.").format(
                consentimiento_id, formato.fecha(str(consentimiento["revocado_el"]))))
        if el.isoformat() < str(consentimiento["otorgado_el"]) or el > hoy():
            mensaje = traducir("La revocación del {0} no puede ser anterior al consentimiento ({1}) ni posterior a "
                               "hoy.").format(formato.fecha(el.isoformat()), formato.fecha(
                                   str(consentimiento["otorgado_el"])))
            raise ErrorValidacion(mensaje, campos={"el": mensaje})
        _revocar(contexto, consentimiento, el, canal, None, hecho)
        _anular_los_que_quedaron_sin_base(contexto, hecho)
    return hecho


def reponer_revocaciones(db, revocadas: list[tuple[int, int, str, str, str, str, str]]) -> list[tuple[int, str]]:
    """Después de restaurar un respaldo: las revocaciones que tenía la base reemplazada (`datos.consentimientos.
    revocados`) y el respaldo no, porque es anterior a ellas. Una revocación no se deshace (la persona tendría que
    volver a consentir): cada una se registra otra vez con su fecha y su medio, y los boletines que esperaban por ese
    consentimiento se anulan; si no, el próximo boletín le saldría en silencio a quien lo revocó. Solo el mismo
    consentimiento (el mismo id y asociación, las mismas fechas y el mismo texto) y solo si sigue vigente. Devuelve
    [(consentimiento, revocado_el)] de las repuestas, para decirlo."""
    repuestas: list[tuple[int, str]] = []
    with transaccion(db):
        for consentimiento_id, asociacion_id, otorgado_el, registrado_en, texto, el, canal in revocadas:
            contexto = Contexto(db, asociacion_id)
            actual = tabla.uno(db, asociacion_id, consentimiento_id)
            if actual is None or actual["revocado_el"] is not None or (
                    str(actual["otorgado_el"]), str(actual["registrado_en"]), actual["texto"]) != (
                    str(otorgado_el), str(registrado_en), texto):
                continue
            _revocar(contexto, actual, date.fromisoformat(str(el)), canal, None, Revocacion())
            _anular_los_que_quedaron_sin_base(contexto, Revocacion())
            repuestas.append((consentimiento_id, str(el)))
    return repuestas


def revocar_por_solicitud(contexto: Contexto, solicitud_id: int) -> Revocacion:
    """Responde una solicitud de revocación del consentimiento (LGPD, art. 18, IX): revoca desde hoy cada
    consentimiento vigente de los contactos de la persona y dice qué cesa y qué sigue."""
    from .personas import ficha
    from .solicitudes_de_datos import exigir_abierta, marcar_respondida, solicitud_de_la_asociacion

    db = contexto.db
    hecho = Revocacion()
    with transaccion(db):
        solicitud = solicitud_de_la_asociacion(contexto, solicitud_id)
        exigir_abierta(solicitud, reglas_datos.REVOCACION)
        vigentes = [c for c in _de_la_persona(contexto, ficha(contexto, solicitud["persona_id"]).vinculos)
                    if c["revocado_el"] is None]
        if not vigentes:
            raise ErrorEscritorio(traducir(
                "La persona {0} no tiene ningún consentimiento vigente: nada de lo que la asociación hace con sus "
                "datos se basa en uno (lo que manda el estatuto tiene su propia base legal). Si es así, dígaselo al "
                "denegarla ({1}, con ese motivo); si aceptó algo que no está registrado, registre primero su "
                "consentimiento; si lo que quiere es no recibir correo, es una oposición.").format(
                solicitud["persona_id"], segun_la_puerta(
                    ventana=traducir("«Denegar…»"),
                    linea=traducir("«escritorio derechos responder {0} --denegar …»").format(solicitud_id))))
        for consentimiento in vigentes:
            _revocar(contexto, consentimiento, hoy(), solicitud["canal"], solicitud_id, hecho)
        _anular_los_que_quedaron_sin_base(contexto, hecho)
        finalidades = sorted({traducir(reglas.FINALIDADES[c["finalidad"]]) for c in vigentes})
        marcar_respondida(contexto, solicitud_id, traducir(
            "Revocó su consentimiento: desde el {0} cesa lo que se basaba en él ({1}; {2} consentimientos revocados, "
            "{3} mensajes de la bandeja anulados). Lo que manda el estatuto sigue con su propia base legal.").format(
            formato.fecha(hoy().isoformat()), "; ".join(finalidades), len(hecho.revocados),
            len(hecho.mensajes_anulados)))
    return hecho
