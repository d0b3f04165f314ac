"""El padrón de cuotas, la morosidad y el resumen de cobranza como datos (filas tipadas), para «--json» de la línea
de órdenes: lo mismo que escriben la planilla y el PDF (servicios/informes_cuotas.py), sin archivo. Los importes van
en la unidad menor de la moneda (centavos), como en «pagos listar --json»."""

from datetime import date
from typing import TypedDict

from ..datos import miembros as tabla_miembros
from ..dominio.paises import nombre_pais
from ..dominio.traduccion import traducir
from .base import hoy as fecha_de_hoy
from .cobranza import sin_cargos_emitidos, morosidad, padron_de_cuotas, resumen_por_pais
from .contexto import Contexto
from .cuotas import anio_de_trabajo, fecha_de_trabajo


class FilaDelPadronDeCuotas(TypedDict):
    miembro_id: int
    miembro: str
    pais: str
    poblacion: int | None
    tramo: str
    importe: int
    pagado: int
    saldo: int
    moneda: str


class FilaDeMorosidad(TypedDict):
    miembro_id: int
    miembro: str
    pais: str
    deuda: int
    moneda: str
    cuotas_impagas: int
    cuotas_toleradas: int
    anios: list[int]
    por_antiguedad: dict[str, int]
    mas_antigua: str | None
    puede_votar: bool
    de_baja: bool


class FilaDeCobranza(TypedDict):
    pais: str
    miembros: int
    facturado: int
    cobrado: int
    pendiente: int
    moneda: str


def padron_de_cuotas_del_anio(contexto: Contexto, anio) -> list[FilaDelPadronDeCuotas]:
    """Un renglón por cuota anual emitida del año (como «cuotas exportar»); sin cargos emitidos, el mismo error."""
    anio = anio_de_trabajo(anio, no_se_hizo="No se listó el padrón de cuotas")
    filas = padron_de_cuotas(contexto, anio)
    if not filas:
        raise sin_cargos_emitidos(anio)
    return [FilaDelPadronDeCuotas(miembro_id=f.miembro_id, miembro=f.miembro, pais=f.pais, poblacion=f.poblacion,
                                  tramo=f.tramo, importe=f.importe, pagado=f.pagado, saldo=f.saldo, moneda=f.moneda)
            for f in filas]


def morosidad_al(contexto: Contexto, al: date | None = None) -> list[FilaDeMorosidad]:
    """La deuda vencida de cada miembro al día `al` (como «cuotas morosidad»), de la mayor a la menor."""
    al = fecha_de_trabajo(al or fecha_de_hoy(), que=traducir("Fecha de corte"), futura=True,
                          no_se_hizo="No se listó la morosidad")
    nombres = {i: (nombre, nombre_pais(pais))
               for i, nombre, pais in tabla_miembros.nombres_y_paises(contexto.db, contexto.asociacion_id)}
    return [FilaDeMorosidad(miembro_id=d.miembro_id, miembro=nombres[d.miembro_id][0], pais=nombres[d.miembro_id][1],
                            deuda=d.total, moneda=d.moneda, cuotas_impagas=d.cuotas_impagas,
                            cuotas_toleradas=d.cuotas_toleradas, anios=list(d.anios),
                            por_antiguedad=dict(d.por_antiguedad),
                            mas_antigua=d.mas_antiguo.isoformat() if d.mas_antiguo else None,
                            puede_votar=d.puede_votar, de_baja=d.de_baja)
            for d in morosidad(contexto, al)]


def cobranza_del_anio(contexto: Contexto, anio) -> list[FilaDeCobranza]:
    """Emitido, cobrado y pendiente del año por país (como «cuotas cobranza»)."""
    anio = anio_de_trabajo(anio, no_se_hizo="No se listó el resumen de cobranza")
    return [FilaDeCobranza(pais=r.pais, miembros=r.miembros, facturado=r.facturado, cobrado=r.cobrado,
                           pendiente=r.pendiente, moneda=r.moneda)
            for r in resumen_por_pais(padron_de_cuotas(contexto, anio))]
