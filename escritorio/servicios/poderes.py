"""Poderes en una sesión: a quién puede ir un poder y cuántos lleva cada portador.

Estatuto de la demo, art. 21: un miembro puede llevar el poder de otro miembro, con el máximo que fija el artículo
vigente el día de la sesión (dos hasta su reforma de 2026, tres desde el día siguiente). Un poder va solo a un
integrante del órgano con derecho a voto en esa sesión: no a quien no lo integra, ni a quien lo integra sin voto o
lo tiene suspendido por cuotas impagas (art. 9). Y quien no tiene voto ese día (sin voto en su mandato, suspendido o
moroso con el voto suspendido) tampoco da un poder: no tiene voto que delegar. Lo usan
servicios.sesiones.asistencia.registrar_asistencias (dentro de su transacción) y la ventana y la línea de órdenes a través de
ella.
"""

from datetime import date

from ..datos.base_de_datos import BaseDeDatos

from ..datos import sesiones as tabla_sesiones
from ..dominio.organos import SIN_VOTO_CUOTAS, SIN_VOTO_SUSPENDIDO
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio
from .contexto import Contexto


def votantes(contexto: Contexto, sesion: dict, asientos: list) -> dict[int, str | None]:
    """Integrantes del órgano en la sesión -> None si tienen voto ese día, o por qué no (para el mensaje de
    `revisar_poder`, en el idioma en curso)."""
    from .cobranza import sin_derecho_a_voto

    db, asociacion_id = contexto.db, contexto.asociacion_id
    regla = tabla_sesiones.regla_quorum(db, sesion["organo_id"], "ordinaria", al=sesion["fecha"]) or {}
    suspendidos = (sin_derecho_a_voto(contexto, date.fromisoformat(sesion["fecha"]))
                   if regla.get("suspende_morosos", 1) else set())
    articulo = tabla_sesiones.articulo_de_suspension(db, asociacion_id)
    cita = f" ({articulo})" if articulo else ""
    resultado: dict[int, str | None] = {}
    for a in asientos:
        if a.miembro_id is None:
            continue
        if a.con_voto and a.cargo != "observador":
            resultado[a.miembro_id] = (traducir("tiene el voto suspendido por cuotas impagas{0}").format(cita)
                                       if a.miembro_id in suspendidos else None)
        elif resultado.get(a.miembro_id, "") is not None:  # otro asiento suyo con voto manda
            motivo = getattr(a, "motivo_sin_voto", None)
            if motivo == SIN_VOTO_SUSPENDIDO:
                motivo = traducir(SIN_VOTO_SUSPENDIDO)
            elif motivo == SIN_VOTO_CUOTAS:
                motivo = traducir(SIN_VOTO_CUOTAS)
            resultado[a.miembro_id] = (traducir("integra el órgano sin voto ({0})").format(motivo.lower()) if motivo
                                       else traducir("integra el órgano sin voto"))
    return resultado


def _dma(iso: str) -> str:
    return formato.fecha(iso)


def revisar_poder(db: BaseDeDatos, sesion: dict, miembro_id: int, poder_a: int, con_voto: dict[int, str | None]) -> None:
    """Lanza ErrorEscritorio (qué, a quién, por qué y qué hacer) si el poder de `miembro_id` a `poder_a` no se admite
    en la sesión. `con_voto` es lo que devuelve `votantes`. Los poderes ya dados se cuentan en la base: se llama dentro
    de la transacción que los anota."""
    nombres = tabla_sesiones.nombres_de_miembros(db, [miembro_id, poder_a])
    portador = (f"{nombres[poder_a]} (id {poder_a})" if poder_a in nombres
                else traducir("el miembro con id {0}").format(poder_a))
    quien = nombres[miembro_id] if miembro_id in nombres else traducir("el miembro con id {0}").format(miembro_id)
    dia = _dma(sesion["fecha"])
    if con_voto.get(miembro_id) is not None:  # quien no vota no tiene voto que delegar
        raise ErrorEscritorio(traducir(
            "No se registró el poder de {0} a {1}: {0} {2} en la sesión del {3}, y quien no vota no puede dar un poder "
            "(solo el propio voto se delega). Anótelo como ausente o excusado, sin poder.").format(
            quien, portador, con_voto[miembro_id], dia))
    if poder_a not in con_voto or con_voto[poder_a] is not None:
        por_que = con_voto.get(poder_a) or traducir("no integra el órgano")
        raise ErrorEscritorio(traducir(
            "No se registró el poder de {0}: {1} {2} en la sesión del {3}. Un poder solo puede darse a un integrante "
            "del órgano con derecho a voto en esa sesión; elija a otro portador.").format(quien, portador, por_que, dia))
    regla = tabla_sesiones.regla_quorum(db, sesion["organo_id"], "ordinaria", al=sesion["fecha"]) or {}
    maximo = regla.get("poderes_maximos")
    articulo = regla.get("articulo_poderes") or regla.get("articulo")
    cita = f" ({articulo})" if articulo else ""
    desde = regla.get("vigente_desde")
    # Quién lo dice, para completar «así lo dicen …».
    vigente = (traducir("las reglas vigentes desde el {0}").format(_dma(desde)) if desde and desde > "1900-01-01"
               else traducir("las reglas del órgano"))
    if maximo == 0:
        raise ErrorEscritorio(traducir("Las reglas de este órgano no admiten poderes{0}; así lo dicen {1}.").format(
            cita, vigente))
    if maximo is None:
        return
    ya = tabla_sesiones.poderes_que_lleva(db, sesion["id"], poder_a, miembro_id)
    if ya >= maximo:
        plantilla = (traducir("Ese miembro ya lleva {0} poder; el máximo es {1}{2}. No se registró el poder de {3} a "
                              "{4} en la sesión del {5}: así lo dicen {6}; elija a otro portador.") if ya == 1
                     else traducir("Ese miembro ya lleva {0} poderes; el máximo es {1}{2}. No se registró el poder de "
                                   "{3} a {4} en la sesión del {5}: así lo dicen {6}; elija a otro portador."))
        raise ErrorEscritorio(plantilla.format(ya, maximo, cita, quien, portador, dia, vigente))
