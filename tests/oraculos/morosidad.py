"""ORÁCULO DE PRUEBA (no es código del programa): la deuda vencida por miembro y moneda, en Python.

La implementación es la de `escritorio/datos/morosidad.py` (una consulta en SQL, sin un objeto por cargo: la usan
servicios.cobranza.morosidad, el derecho a voto y los avisos). `deudas` es la misma regla dicha cargo por cargo, para
leerla y compararla: tests/servicios/test_morosidad_sql.py la compara con la del programa en la red de ejemplo, en una
base armada con de todo y en bases al azar.
"""

from collections.abc import Iterable
from datetime import date

from escritorio.dominio.morosidad import TRAMOS_ANTIGUEDAD, Deuda, SaldoCargo, Tolerancia, puede_votar


def tramo_antiguedad(dias: int) -> str:
    for limite, etiqueta in TRAMOS_ANTIGUEDAD:
        if limite is None or dias <= limite:
            return etiqueta
    return TRAMOS_ANTIGUEDAD[-1][1]


def deudas(cargos: Iterable[SaldoCargo], al: date, cuotas_para_suspender: int | None,
           tolerancia: Tolerancia | None = None) -> dict[tuple[int, str], Deuda]:
    """Deuda vencida al día `al`, por miembro y moneda. Un cargo aún no exigible (no vencido, o que vence antes del
    ingreso del miembro y todavía no llegó ese día) no es deuda; el atraso se cuenta desde que es exigible.

    (La del programa: datos/morosidad.py, en SQL.)"""
    tolerancia = tolerancia or Tolerancia()
    resultado: dict[tuple[int, str], Deuda] = {}
    for cargo in cargos:
        exigible = cargo.exigible
        if cargo.saldo <= 0 or exigible >= al:
            continue
        deuda = resultado.setdefault((cargo.miembro_id, cargo.moneda), Deuda(cargo.miembro_id, cargo.moneda))
        deuda.total += cargo.saldo
        etiqueta = tramo_antiguedad((al - exigible).days)
        deuda.por_antiguedad[etiqueta] = deuda.por_antiguedad.get(etiqueta, 0) + cargo.saldo
        if deuda.mas_antiguo is None or exigible < deuda.mas_antiguo:
            deuda.mas_antiguo = exigible
        if cargo.tipo_cargo == "cuota_anual":
            deuda.cuotas_impagas += 1
            deuda.anios.append(cargo.anio)
            if tolerancia.tolera(cargo.saldo, cargo.importe, cargo.moneda):
                deuda.cuotas_toleradas += 1
    # El voto se pierde por cuotas impagas del miembro, en cualquier moneda (las de saldo tolerado no cuentan).
    impagas_por_miembro: dict[int, int] = {}
    for deuda in resultado.values():
        impagas_por_miembro[deuda.miembro_id] = impagas_por_miembro.get(deuda.miembro_id, 0) + deuda.cuotas_que_suspenden
    for deuda in resultado.values():
        deuda.anios.sort()
        deuda.puede_votar = puede_votar(impagas_por_miembro[deuda.miembro_id], cuotas_para_suspender)
    return resultado
