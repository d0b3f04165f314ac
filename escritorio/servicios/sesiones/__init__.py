"""Sesiones: la base que comparten sus partes: la fila de una sesión, buscarla en la asociación, si su registro todavía
se modifica, su título y la lista.

Las partes, cada una en su módulo: las reglas de sesión del órgano (`sesiones.reglas`: quórum, mayorías, poderes y
morosos, con vigencia), la convocatoria (`sesiones.convocatoria`), el orden del día y la regla de cada punto
(`sesiones.puntos`) y la asistencia con poderes y el quórum en vivo (`sesiones.asistencia`). Esta base no importa
ninguna de ellas salvo las reglas (que no la importan): así ninguna parte forma un ciclo con otra.
"""

from typing import TypedDict

from ...datos import sesiones as tabla_sesiones
from ...dominio.sesiones import titulo_de_la_sesion
from ...dominio.traduccion import traducir
from ...errores import ErrorEscritorio
from ..contexto import Contexto


class FilaSesion(TypedDict):
    """Una sesión como la guarda la base, con el nombre de su órgano y el estado de su acta (None sin borrador)."""

    id: int
    organo_id: int
    numero: int
    tipo: str
    fecha: str
    hora: str | None
    lugar: str | None
    enlace: str | None
    estado: str
    convocada_el: str
    segunda_convocatoria: int
    hora_cierre: str | None
    organo: str
    estado_acta: str | None


class SesionDeLaAsociacion(FilaSesion):
    """Una sesión con los datos de su órgano que pide la convocatoria."""

    asociacion_id: int
    tipo_organo: str
    anticipacion_dias: int | None
    articulo_convocatoria: str | None


class SesionListada(FilaSesion):
    """Una sesión de la lista, con su título."""

    titulo: str | None



def sesion_de_la_asociacion(contexto: Contexto, sesion_id: int) -> SesionDeLaAsociacion:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla_sesiones.sesion(db, sesion_id)
    if fila is None or fila["asociacion_id"] != asociacion_id:
        raise ErrorEscritorio(traducir("No existe la sesión {0} en esta asociación.").format(sesion_id))
    return fila


def exigir_editable(sesion: dict) -> None:
    if sesion["estado_acta"] in ("aprobada", "firmada"):
        raise ErrorEscritorio(traducir("El acta de esta sesión ya está aprobada: el registro no se modifica. "
                                       "Las correcciones van en una fe de erratas."))


def titulo_sesion(sesion: dict) -> str:
    """«XXI sesión ordinaria — Consejo», en el idioma en curso (dominio.sesiones.titulo_de_la_sesion)."""
    return titulo_de_la_sesion(sesion["numero"], sesion["tipo"], sesion["organo"])


def listar_sesiones(contexto: Contexto, organo_id: int | None = None) -> list[SesionListada]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    filas = tabla_sesiones.sesiones(db, asociacion_id, organo_id)
    for f in filas:
        f["titulo"] = titulo_sesion(f)
    return filas



def es_hora(texto_: str) -> bool:
    """HH:MM con cifras 0-9, de 00:00 a 23:59 (la hora de una convocatoria y la de cierre)."""
    return (len(texto_) == 5 and texto_[2] == ":" and texto_[:2].isascii() and texto_[3:].isascii()
            and texto_[:2].isdigit() and texto_[3:].isdigit() and int(texto_[:2]) < 24 and int(texto_[3:]) < 60)
