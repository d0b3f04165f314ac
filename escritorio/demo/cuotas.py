"""Las cuotas de la red de ejemplo: la escala de 2002 y su reforma, emisiones 2020-2026 y pagos realistas.

La mayoría paga a tiempo, algunos tarde o en parte, unos pocos deben dos años o más y pierden el voto.
Todo con los servicios de cuotas y pagos, dentro de la escritura que crea la red (semilla fija: siempre igual).
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from ..dominio.cuotas import Escala, leer_tramos
from ..dominio.dinero import a_decimal
from ..dominio.morosidad import Tolerancia
from ..servicios.contexto import Contexto
from ..servicios.cuotas import definir_escala, fijar_regla_de_voto
from ..servicios.emision_de_cuotas import emitir_plan
from ..servicios.pagos import NuevoPago
from ..servicios.pagos_en_lote import registrar_pagos

ESCALAS = (
    dict(desde=date(2002, 1, 1), hasta=date(2021, 12, 31), tramos="0:100,100000:500,500000:1000,3000000:2000",
         articulo="Reglamento de cuotas (2002), art. 3", aprobada_por="Asamblea General, Resolución 3/2002",
         regla_ingreso="completa", articulo_ingreso=None),
    dict(desde=date(2022, 1, 1), hasta=None, tramos="0:150,100000:600,500000:1200,3000000:2400",
         articulo="Reglamento de cuotas (reforma 2021), art. 3", aprobada_por="Asamblea General, Resolución 7/2021",
         regla_ingreso="prorrateo", articulo_ingreso="Reglamento de cuotas, art. 3"),
)
# Reglamento de cuotas de la demo, art. 5: un saldo de hasta una unidad de la moneda no suspende el voto.
TOLERANCIA = dict(unidades=1, porcentaje=0, articulo="Reglamento de cuotas, art. 5")
PRIMER_ANIO = 2020
# Pesos argentinos por dólar con que pagan algunas ciudades argentinas (cifras redondas, ilustrativas).
CAMBIO_ARS = {2020: "80", 2021: "100", 2022: "150", 2023: "350", 2024: "950", 2025: "1150", 2026: "1400"}
PERFILES = (("cumplidor", 0.78), ("tardio", 0.10), ("parcial", 0.07), ("moroso", 0.03), ("moroso_reciente", 0.02))


def _perfil(azar: random.Random) -> str:
    tirada, acumulado = azar.random(), 0.0
    for perfil, peso in PERFILES:
        acumulado += peso
        if tirada < acumulado:
            return perfil
    return "cumplidor"


def _pago_del_anio(azar: random.Random, perfil: str, anio: int, importe: int, hoy: date) -> tuple[date, int] | None:
    """(fecha, importe pagado) de la cuota de un año según el perfil; None si no la paga."""
    if perfil == "moroso" and anio >= 2023 or perfil == "moroso_reciente" and anio >= 2025:
        return None
    if perfil == "tardio":
        fecha = date(anio + 1, 1, 1) + timedelta(days=azar.randrange(150))
    else:
        fecha = date(anio, 2, 1) + timedelta(days=azar.randrange(150))
    if fecha > hoy:
        return None
    # Quien paga en parte lo hace el último año: debe la mitad de una cuota.
    return fecha, importe // 2 if perfil == "parcial" and anio == hoy.year else importe


def cargar_cuotas_demo(contexto: Contexto, paises: dict[int, str], hoy: date) -> None:
    """Dentro de la escritura de la demo. `paises`: el país de cada miembro (id -> código)."""
    for datos in ESCALAS:
        definir_escala(contexto, Escala(
            desde=datos["desde"], hasta=datos["hasta"], moneda="USD", tramos=leer_tramos(datos["tramos"], "USD"),
            articulo=datos["articulo"], aprobada_por=datos["aprobada_por"], regla_ingreso=datos["regla_ingreso"],
            articulo_ingreso=datos["articulo_ingreso"]))
    fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9", tolerancia=Tolerancia(
        TOLERANCIA["porcentaje"], TOLERANCIA["unidades"], TOLERANCIA["articulo"]))
    importes: dict[tuple[int, int], int] = {}   # (miembro, año) -> importe de la cuota emitida
    for anio in range(PRIMER_ANIO, hoy.year + 1):
        for cargo in emitir_plan(contexto, anio).nuevos:
            importes[(cargo.miembro_id, anio)] = cargo.importe
    registrar_pagos(contexto, _pagos(importes, paises, hoy))


def _monto(importe: int, moneda: str) -> str:
    """El importe (unidades menores) como lo escribe una persona: 15000 USD -> «150»."""
    return f"{a_decimal(importe, moneda):f}"


def _pagos(importes: dict[tuple[int, int], int], paises: dict[int, str], hoy: date) -> list[NuevoPago]:
    """Los pagos de cada cuota según el perfil de cada miembro, en el orden en que se cobraron. Cada uno cancela la
    cuota más vieja que le queda al miembro (la imputación de siempre): la del año que paga."""
    azar = random.Random(2002)
    perfiles: dict[int, str] = {}
    pagos = []
    for (miembro_id, anio), importe in sorted(importes.items()):
        perfil = perfiles.setdefault(miembro_id, _perfil(azar))
        pago = _pago_del_anio(azar, perfil, anio, importe, hoy)
        if pago is None or importe == 0:
            continue
        fecha, pagado = pago
        medio = azar.choices(("transferencia", "deposito", "cheque"), (70, 20, 10))[0]
        if paises[miembro_id] == "AR" and azar.random() < 0.3:
            cambio = CAMBIO_ARS.get(fecha.year, CAMBIO_ARS[max(CAMBIO_ARS)])
            en_pesos = int(Decimal(pagado) * Decimal(cambio))  # centavos de dólar × cambio = centavos de peso
            pagos.append((fecha, miembro_id, _monto(en_pesos, "ARS"), "ARS", cambio, medio))
        else:
            pagos.append((fecha, miembro_id, _monto(pagado, "USD"), "USD", None, medio))
    pagos.sort(key=lambda p: (p[0], p[1]))
    return [NuevoPago(miembro_id, fecha, monto, moneda, medio, tipo_cambio=cambio, referencia=(
        f"{'TRF' if medio == 'transferencia' else 'DEP' if medio == 'deposito' else 'CHQ'}-{azar.randrange(10**5):05d}"))
        for fecha, miembro_id, monto, moneda, cambio, medio in pagos]
