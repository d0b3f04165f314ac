"""Los primeros pasos de una asociación nueva (ver `dominio/primeros_pasos.py`): qué está hecho, leído de la base.
Los muestran el panel «Próximos pasos» de Inicio y `escritorio agenda`."""

from __future__ import annotations

from ..datos import primeros_pasos as tabla
from ..dominio.agenda import Accion
from ..dominio.primeros_pasos import ACCIONES, EMISION, ESCALA, TEXTOS, PrimerPaso, PrimerosPasos, texto_del_paso
from ..errores import ErrorEscritorio
from .base import hoy
from .contexto import Contexto


def primeros_pasos(contexto: Contexto) -> PrimerosPasos:
    hecho = tabla.lo_hecho(contexto.db, contexto.asociacion_id)
    anio = hoy().year
    pasos = tuple(PrimerPaso(clave, texto_del_paso(clave), hecho[clave],
                             Accion(ACCIONES[clave], anio=anio if clave == EMISION else None),
                             antes=_antes(contexto, clave, anio) if not hecho[clave] else None)
                  for clave in TEXTOS)
    return PrimerosPasos(pasos, nueva=not hecho["sesion_celebrada"])


def _antes(contexto: Contexto, clave: str, anio: int) -> str | None:
    """Qué paso hay que hacer antes para que este se pueda hacer: emitir necesita una escala que rija el año y sirva
    (la regla de la emisión, `emision_de_cuotas.escala_para_emitir`)."""
    if clave != EMISION:
        return None
    from .emision_de_cuotas import escala_para_emitir

    try:
        escala_para_emitir(contexto, anio)
    except ErrorEscritorio:
        return ESCALA
    return None
