"""Las cuentas de un lote de pagos (`pagos_en_lote.Cuentas`, leídas una vez para cientos de miles de cargos) dan las
mismas respuestas que las lecturas de un pago solo (`pagos.Lecturas`, una consulta por pregunta) para cada miembro
de la red de ejemplo, también con cargos en dos monedas: las monedas de sus cargos, la de los últimos, y sus cargos
pendientes en cada moneda, con su saldo y en el mismo orden. Y un pago en lote descuenta lo imputado: el siguiente
ve lo que dejó."""

from datetime import date

import pytest

from escritorio.servicios import cuotas, emision_de_cuotas
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.pagos import Lecturas, NuevoPago
from escritorio.servicios.pagos_en_lote import Cuentas, prever_pagos


def _con_cargos_en_dos_monedas(demo_abierta) -> Contexto:
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    anio = date.today().year + 1
    cuotas.definir_escala(contexto, cuotas.escala_desde_texto(date(anio, 1, 1), "BRL", "0:50,500000:150",
                                                              tipo_cargo="extraordinaria", articulo="art. 9"))
    assert emision_de_cuotas.emitir(contexto, anio, "extraordinaria") > 0
    return contexto


def _miembros(contexto) -> list[int]:
    return [f[0] for f in contexto.db.execute("SELECT id FROM miembros WHERE asociacion_id = ? ORDER BY id",
                                              [contexto.asociacion_id]).fetchall()]


def test_las_cuentas_del_lote_responden_como_las_lecturas_de_un_pago(demo_abierta):
    contexto = _con_cargos_en_dos_monedas(demo_abierta)
    _comparar(contexto, Cuentas(contexto), _miembros(contexto))


def test_las_cuentas_de_algunos_miembros_leen_solo_los_suyos_y_responden_igual(demo_abierta):
    """Las de un extracto: solo los miembros de sus líneas (un id que no es de la asociación no se lee)."""
    contexto = _con_cargos_en_dos_monedas(demo_abierta)
    todos = _miembros(contexto)
    algunos = todos[::7]
    cuentas = Cuentas(contexto, [*algunos, None, 10**9])
    _comparar(contexto, cuentas, algunos)
    leidos = {c["miembro_id"] for c in cuentas._por_id.values()}
    assert leidos and leidos <= set(algunos), "no se leyeron cargos de otros miembros"
    fuera = next(m for m in todos if m not in algunos)
    with pytest.raises(ValueError, match=f"no leyeron los cargos del miembro {fuera}"):
        cuentas.pendientes(fuera, "USD")


def _comparar(contexto, cuentas, miembros):
    lecturas = Lecturas(contexto)
    dos_monedas = 0
    hoy = date.today()
    for miembro in miembros:
        monedas = lecturas.monedas_de_cargos(miembro)
        assert cuentas.monedas_de_cargos(miembro) == monedas, miembro
        assert cuentas.moneda_de_cargos(miembro, hoy) == lecturas.moneda_de_cargos(miembro, hoy), miembro
        dos_monedas += len(monedas) > 1
        for moneda in monedas | {"USD", "BRL"}:
            esperados = [(c["id"], c["saldo"]) for c in lecturas.pendientes(miembro, moneda)]
            assert [(c["id"], c["saldo"]) for c in cuentas.pendientes(miembro, moneda)] == esperados, (miembro, moneda)
    assert dos_monedas > 10, "la prueba necesita miembros con cargos en dos monedas"


def test_un_pago_del_lote_descuenta_lo_que_imputa(demo_abierta):
    contexto = _con_cargos_en_dos_monedas(demo_abierta)
    lecturas = Lecturas(contexto)
    miembro = next(m for (m,) in contexto.db.execute("SELECT id FROM miembros WHERE asociacion_id = ?",
                                                     [contexto.asociacion_id]).fetchall()
                   if len(lecturas.pendientes(m, "USD")) >= 2)
    primero, segundo = lecturas.pendientes(miembro, "USD")[:2]
    importe = f"{primero['saldo'] // 100},{primero['saldo'] % 100:02d}"
    uno, otro = prever_pagos(contexto, [NuevoPago(miembro, date.today(), importe, "USD", moneda_cargos="USD"),
                                        NuevoPago(miembro, date.today(), importe, "USD", moneda_cargos="USD")])
    assert uno.imputaciones[0] == (primero["id"], primero["saldo"]) and not uno.problemas
    assert otro.imputaciones[0][0] == segundo["id"], "el segundo pago ya no ve la primera cuota pendiente"
