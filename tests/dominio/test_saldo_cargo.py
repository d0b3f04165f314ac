"""SaldoCargo.saldo: el único lugar donde se calcula lo que falta pagar de un cargo (issue #16).

Los servicios (pagos, cobranza, padrón de cuotas) y la ventana del pago lo usan en lugar de restar cada uno."""

from datetime import date

from escritorio.dominio.dinero import formatear
from escritorio.dominio.morosidad import SaldoCargo
from oraculos.morosidad import deudas


def test_un_cargo_pagado_en_parte_debe_la_diferencia():
    cargo = SaldoCargo(importe=120000, pagado=45050, moneda="USD")
    assert cargo.saldo == 74950
    assert formatear(cargo.saldo, cargo.moneda) == "USD 749,50"


def test_un_cargo_sin_pagos_debe_todo_y_uno_pagado_justo_no_debe_nada():
    assert SaldoCargo(importe=120000, pagado=0, moneda="USD").saldo == 120000
    assert SaldoCargo(importe=120000, pagado=120000, moneda="USD").saldo == 0


def test_lo_pagado_de_mas_no_vuelve_negativo_el_saldo_del_cargo():
    """Lo que sobra es saldo a favor del miembro (pagos sin imputar), no un saldo negativo del cargo."""
    cargo = SaldoCargo(importe=50000, pagado=60000, moneda="EUR")
    assert cargo.saldo == 0


def test_en_otra_moneda_el_saldo_queda_en_la_moneda_del_cargo():
    """Un cargo en pesos (dos decimales) y otro en yenes (sin decimales): cada saldo en unidades menores de su
    moneda, sin mezclar."""
    pesos = SaldoCargo(importe=15_000_000, pagado=2_500_000, moneda="ARS")
    yenes = SaldoCargo(importe=30_000, pagado=12_345, moneda="JPY")
    assert formatear(pesos.saldo, pesos.moneda) == "ARS 125.000,00"
    assert formatear(yenes.saldo, yenes.moneda) == "JPY 17.655"


def test_desde_un_renglon_de_la_base():
    """Como lo leen los servicios: un renglón de cargos con su columna `pagado` (vencimiento en texto ISO)."""
    fila = {"id": 7, "miembro_id": 3, "tipo_cargo": "cuota_anual", "anio": 2025, "importe": 100000, "pagado": 40000,
            "moneda": "USD", "vencimiento": "2025-03-31", "detalle": None}
    cargo = SaldoCargo.de_fila(fila, ingreso=date(2025, 6, 1))
    assert (cargo.cargo_id, cargo.miembro_id, cargo.anio, cargo.moneda) == (7, 3, 2025, "USD")
    assert cargo.saldo == 60000
    assert cargo.vencimiento == date(2025, 3, 31)
    assert cargo.exigible == date(2025, 6, 1)  # no antes del ingreso del miembro


def test_la_morosidad_suma_los_mismos_saldos():
    """La deuda vencida de un miembro es la suma de SaldoCargo.saldo de sus cargos exigibles, por moneda."""
    cargos = [SaldoCargo(1, 9, "cuota_anual", 2023, 100000, 30000, "USD", date(2023, 3, 31)),
              SaldoCargo(2, 9, "cuota_anual", 2024, 100000, 100000, "USD", date(2024, 3, 31)),
              SaldoCargo(3, 9, "cuota_anual", 2025, 5_000_000, 1_000_000, "ARS", date(2025, 3, 31))]
    por_moneda = {d.moneda: d.total for d in deudas(cargos, date(2026, 1, 1), None).values()}
    assert por_moneda == {"USD": 70000, "ARS": 4_000_000}
