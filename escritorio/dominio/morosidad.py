"""Morosidad: siempre calculada a partir de cargos e imputaciones, nunca escrita a mano.

También la regla de los estatutos «N cuotas anuales impagas suspenden el derecho a voto».
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

TRAMOS_ANTIGUEDAD = ((90, "1 a 90 días"), (180, "91 a 180 días"), (365, "181 a 365 días"), (None, "Más de 365 días"))


@dataclass(frozen=True)
class SaldoCargo:
    cargo_id: int
    miembro_id: int
    tipo_cargo: str
    anio: int
    importe: int
    pagado: int
    moneda: str
    vencimiento: date

    @property
    def saldo(self) -> int:
        return max(self.importe - self.pagado, 0)


@dataclass
class Deuda:
    miembro_id: int
    moneda: str
    total: int = 0
    cuotas_impagas: int = 0                       # cuotas anuales vencidas con saldo
    anios: list[int] = field(default_factory=list)
    por_antiguedad: dict[str, int] = field(default_factory=dict)
    mas_antiguo: date | None = None
    puede_votar: bool = True

    @property
    def morosa(self) -> bool:
        return self.total > 0


def tramo_antiguedad(dias: int) -> str:
    for limite, etiqueta in TRAMOS_ANTIGUEDAD:
        if limite is None or dias <= limite:
            return etiqueta
    return TRAMOS_ANTIGUEDAD[-1][1]


def deudas(cargos: Iterable[SaldoCargo], al: date, cuotas_para_suspender: int | None) -> dict[tuple[int, str], Deuda]:
    """Deuda vencida al día `al`, por miembro y moneda. Un cargo aún no vencido no es deuda."""
    resultado: dict[tuple[int, str], Deuda] = {}
    for cargo in cargos:
        if cargo.saldo <= 0 or cargo.vencimiento >= al:
            continue
        deuda = resultado.setdefault((cargo.miembro_id, cargo.moneda), Deuda(cargo.miembro_id, cargo.moneda))
        deuda.total += cargo.saldo
        etiqueta = tramo_antiguedad((al - cargo.vencimiento).days)
        deuda.por_antiguedad[etiqueta] = deuda.por_antiguedad.get(etiqueta, 0) + cargo.saldo
        if deuda.mas_antiguo is None or cargo.vencimiento < deuda.mas_antiguo:
            deuda.mas_antiguo = cargo.vencimiento
        if cargo.tipo_cargo == "cuota_anual":
            deuda.cuotas_impagas += 1
            deuda.anios.append(cargo.anio)
    # El voto se pierde por cuotas impagas del miembro, en cualquier moneda.
    impagas_por_miembro: dict[int, int] = {}
    for deuda in resultado.values():
        impagas_por_miembro[deuda.miembro_id] = impagas_por_miembro.get(deuda.miembro_id, 0) + deuda.cuotas_impagas
    for deuda in resultado.values():
        deuda.anios.sort()
        deuda.puede_votar = puede_votar(impagas_por_miembro[deuda.miembro_id], cuotas_para_suspender)
    return resultado


def puede_votar(cuotas_impagas: int, cuotas_para_suspender: int | None) -> bool:
    """Sin regla en los estatutos, nadie pierde el voto por deber cuotas."""
    return cuotas_para_suspender is None or cuotas_impagas < cuotas_para_suspender


def nivel_de_aviso(dias_vencido: int, niveles: list[int]) -> int | None:
    """El nivel de aviso alcanzado (1, 2, 3…) según los días de atraso; None si aún no corresponde."""
    alcanzado = None
    for nivel, dias in enumerate(sorted(niveles), start=1):
        if dias_vencido >= dias:
            alcanzado = nivel
    return alcanzado


def leer_niveles(texto: str) -> list[int]:
    """'30,90,180' -> [30, 90, 180]."""
    try:
        niveles = sorted({int(p) for p in texto.split(",") if p.strip()})
    except ValueError:
        raise ValueError(f"«{texto}» no es una lista de días (ejemplo: 30,90,180)") from None
    if not niveles or niveles[0] <= 0:
        raise ValueError("los niveles de aviso son días de atraso mayores que cero (ejemplo: 30,90,180)")
    return niveles


def imputar_por_antiguedad(disponible: int, pendientes: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """Reparte `disponible` entre cargos (cargo_id, saldo) ya ordenados del más viejo al más nuevo.

    Devuelve las imputaciones (cargo_id, importe) y lo que sobra (saldo a favor).
    """
    imputaciones = []
    for cargo_id, saldo in pendientes:
        if disponible <= 0:
            break
        importe = min(saldo, disponible)
        if importe > 0:
            imputaciones.append((cargo_id, importe))
            disponible -= importe
    return imputaciones, disponible
