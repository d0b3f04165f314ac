"""Las reglas de la sala de un órgano (issue 64): el plazo para presentar mociones, el tiempo de cada intervención
y de una cuestión de orden, el orden de votación de las enmiendas, los apoyos que una moción necesita para que se
la admita y el flujo de sus mociones (issue 82); sin fila, lo que rige por omisión
(dominio/sala.py). Cambiarlas es de servicios/mociones (o de quien lo implemente): aquí solo se leen."""

from dataclasses import dataclass, field
from datetime import date

from ..datos import sala as tabla_sala
from ..dominio.flujos_de_mocion import flujo_por_omision, leer_flujo
from ..dominio.mociones import plazo_para
from ..dominio.sala import (ORDEN_ENMIENDAS, SEGUNDOS_CUESTION_ORDEN, SEGUNDOS_INTERVENCION_BREVE, SEGUNDOS_PALABRA,
                            SEGUNDOS_PREGUNTA)
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion


@dataclass(frozen=True)
class ReglasDeLaSala:
    plazo_mociones_dias: int | None     # None: sin plazo
    segundos_palabra: int
    segundos_cuestion_orden: int
    orden_enmiendas: str                # mas_lejana | presentacion
    articulo: str | None                # de dónde salen (None: las de omisión o sin cita)
    fijadas: bool                       # False: el órgano no fijó ninguna (rigen las de omisión)
    minimo_apoyos: int = 0              # apoyos (sin contar a los autores) para admitir una moción; 0: ninguno
    segundos_intervencion_breve: int = SEGUNDOS_INTERVENCION_BREVE
    segundos_pregunta: int = SEGUNDOS_PREGUNTA  # los de una pregunta intercalada
    # Los pasos de sus mociones (dominio/flujos_de_mocion); None: el guardado no se entiende (flujo_de_las_mociones)
    flujo: frozenset | None = field(default_factory=flujo_por_omision)


def reglas_de_la_sala(contexto: Contexto, organo_id: int) -> ReglasDeLaSala:
    organo_de_la_asociacion(contexto, organo_id)
    fila = tabla_sala.reglas_de_la_sala(contexto.db, organo_id)
    if fila is None:
        return ReglasDeLaSala(None, SEGUNDOS_PALABRA, SEGUNDOS_CUESTION_ORDEN, ORDEN_ENMIENDAS, None, False)
    return ReglasDeLaSala(fila["plazo_mociones_dias"], fila["segundos_palabra"], fila["segundos_cuestion_orden"],
                          fila["orden_enmiendas"], fila["articulo"], True, fila["minimo_apoyos"],
                          fila["segundos_intervencion_breve"], fila["segundos_pregunta"],
                          _flujo(fila["flujo_mociones"]))


def _flujo(texto: str | None) -> frozenset | None:
    """El flujo guardado; None si no se entiende (escrito a mano en la base): `flujo_de_las_mociones` lo dice."""
    try:
        return leer_flujo(texto)
    except ValueError:
        return None


def flujo_de_las_mociones(contexto: Contexto, organo_id: int) -> frozenset:
    """Los pasos que el reglamento del órgano admite para sus mociones. Uno que no se entiende no se adivina."""
    reglas = reglas_de_la_sala(contexto, organo_id)
    if reglas.flujo is None:
        fila = tabla_sala.reglas_de_la_sala(contexto.db, organo_id)
        raise ErrorEscritorio(traducir(
            "Las reglas de la sala de este órgano guardan un flujo de mociones que no se entiende («{0}»): no se "
            "decide nada sobre sus mociones hasta fijarlo de nuevo ({1}).").format(
                fila["flujo_mociones"], segun_la_puerta(
                    ventana=traducir("Reglas de la sala…, «Flujo de las mociones»"),
                    linea=traducir("«escritorio sala reglas --organo … --flujo simple|completo»"))))
    return reglas.flujo


def plazo_de_las_mociones(contexto: Contexto, sesion: dict) -> tuple[date | None, str | None, int | None]:
    """(el último día en que se reciben mociones para `sesion` —None: sin plazo—, el artículo que lo fija, cuántos
    días antes). Lo usan la moción (su aviso) y los documentos (la marca «Fuera de plazo»): una sola cuenta."""
    reglas = reglas_de_la_sala(contexto, sesion["organo_id"])
    return (plazo_para(date.fromisoformat(sesion["fecha"]), reglas.plazo_mociones_dias), reglas.articulo,
            reglas.plazo_mociones_dias)
