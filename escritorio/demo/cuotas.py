"""Las cuotas de la red de ejemplo: la escala de 2002 y su reforma, emisiones 2020-2026 y pagos realistas.

La mayoría paga a tiempo, algunos tarde o en parte, unos pocos deben dos años o más y pierden el voto.
Todo se escribe dentro de la transacción que crea la red (semilla fija: siempre igual).
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from ..datos.base_de_datos import BaseDeDatos

from ..datos import cuotas as tabla_cuotas
from ..datos import demo as tabla_demo
from ..dominio.cuotas import leer_tramos
from ..dominio.dinero import convertir
from ..servicios.contexto import Contexto
from ..servicios.cuotas import emitir_en_transaccion

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


def cargar_cuotas_demo(db: BaseDeDatos, asociacion_id: int, hoy: date) -> None:
    """Dentro de una transacción abierta."""
    for datos in ESCALAS:
        tabla_cuotas.insertar_escala(db, asociacion_id, {
            "tipo_cargo": "cuota_anual", "desde": datos["desde"].isoformat(),
            "hasta": datos["hasta"].isoformat() if datos["hasta"] else None, "moneda": "USD",
            "articulo": datos["articulo"], "aprobada_por": datos["aprobada_por"], "regla_ingreso": datos["regla_ingreso"],
            "articulo_ingreso": datos["articulo_ingreso"],
        }, [(t.desde, t.importe) for t in leer_tramos(datos["tramos"], "USD")])
    tabla_demo.fijar_regla_de_voto_y_tolerancia(db, asociacion_id, 2, "Estatuto, art. 9", TOLERANCIA["unidades"],
                                                 TOLERANCIA["porcentaje"], TOLERANCIA["articulo"])
    for anio in range(PRIMER_ANIO, hoy.year + 1):
        emitir_en_transaccion(Contexto(db, asociacion_id), anio)
    _cargar_pagos(db, asociacion_id, hoy)


def _cargar_pagos(db: BaseDeDatos, asociacion_id: int, hoy: date) -> None:
    azar = random.Random(2002)
    cargos = tabla_demo.cargos_con_pais(db, asociacion_id)
    perfiles: dict[int, str] = {}
    pagos = []
    for cargo in cargos:
        perfil = perfiles.setdefault(cargo["miembro_id"], _perfil(azar))
        pago = _pago_del_anio(azar, perfil, cargo["anio"], cargo["importe"], hoy)
        if pago is None or cargo["importe"] == 0:
            continue
        fecha, importe = pago
        medio = azar.choices(("transferencia", "deposito", "cheque"), (70, 20, 10))[0]
        if cargo["pais"] == "AR" and azar.random() < 0.3:
            cambio = CAMBIO_ARS.get(fecha.year, CAMBIO_ARS[max(CAMBIO_ARS)])
            en_pesos = int(Decimal(importe) * Decimal(cambio))  # centavos de dólar × cambio = centavos de peso
            pagos.append((fecha, cargo, en_pesos, "ARS", cambio, convertir(en_pesos, "ARS", Decimal(cambio), "USD"), medio))
        else:
            pagos.append((fecha, cargo, importe, "USD", None, importe, medio))
    pagos.sort(key=lambda p: (p[0], p[1]["miembro_id"]))
    numeros: dict[int, int] = {}
    for fecha, cargo, importe, moneda, cambio, imputable, medio in pagos:
        pago_id = tabla_cuotas.insertar_pago(
            db, asociacion_id, cargo["miembro_id"], fecha.isoformat(), importe, moneda, cambio, "USD", imputable, medio,
            f"{'TRF' if medio == 'transferencia' else 'DEP' if medio == 'deposito' else 'CHQ'}-{azar.randrange(10**5):05d}")
        tabla_cuotas.insertar_imputaciones(db, pago_id, [(cargo["id"], min(imputable, cargo["importe"]))])
        numeros[fecha.year] = numeros.get(fecha.year, 0) + 1
        tabla_cuotas.insertar_recibo(db, asociacion_id, fecha.year, numeros[fecha.year], pago_id)
