"""La lista de pagos con saldo a favor (migración 0054) tocada por fuera de Escritorio no cambia lo que cobra la
emisión, o se detecta.

La emisión aplica el saldo a favor de cada miembro a sus cuotas nuevas, y busca esos pagos en la lista
`pagos_con_saldo` en lugar de recorrer todos los pagos (datos/esquema/saldos_a_favor.py). Un usuario curioso, con un
navegador de bases (otra conexión sqlite3, mientras Escritorio no la tiene abierta): borrar o cambiar una fila de un
pago con saldo se rechaza; agregar filas no cambia nada (cada pago se vuelve a comprobar en sus tablas); quitar la
regla, borrar la fila y volver a crear la regla tal cual lo nombra «escritorio verificar».

La base es la red de ejemplo (`escritorio demo`); el miembro 5 paga mucho más de lo que debe.
"""

import sqlite3
from pathlib import Path

import pytest
from ayudas import leer, sql

SOCIO = 5


@pytest.fixture
def red(demo_como) -> Path:
    return demo_como("red.db")


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


def _paga_de_mas(cli, ruta: Path) -> int:
    ok(cli("pagos", "registrar", "--miembro", SOCIO, "--monto", "90000", "--moneda", "USD", "--fecha", "2026-04-10",
           db=ruta))
    [(pago,)] = leer(ruta, "SELECT max(id) FROM pagos")
    return pago


def _lo_que_cobra_la_emision(cli, ruta: Path) -> list[tuple]:
    """Emite 2027 por la CLI y lee cada cargo del año con lo que se le imputó y de qué pago."""
    ok(cli("cuotas", "emitir", "2027", db=ruta))
    return leer(ruta, "SELECT c.miembro_id, c.importe, i.pago_id, i.importe, i.origen FROM cargos c "
                      "LEFT JOIN imputaciones i ON i.cargo_id = c.id WHERE c.anio = 2027 ORDER BY c.miembro_id, i.id")


@pytest.fixture
def sin_tocar(cli, demo_como) -> list[tuple]:
    """Lo que cobra la emisión en una copia que nadie tocó: el saldo del miembro 5 cubre su cuota de 2027."""
    otra = demo_como("otra.db")
    pago = _paga_de_mas(cli, otra)
    cobrado = _lo_que_cobra_la_emision(cli, otra)
    assert any(f[0] == SOCIO and f[2] == pago and f[4] == "saldo_a_favor" for f in cobrado), cobrado
    return cobrado


def test_borrar_o_cambiar_la_fila_de_un_pago_con_saldo_se_rechaza(cli, red, sin_tocar):
    pago = _paga_de_mas(cli, red)
    with pytest.raises(sqlite3.IntegrityError, match="Un pago con saldo a favor sigue en la lista de pagos con saldo"):
        sql(red, "DELETE FROM pagos_con_saldo")
    with pytest.raises(sqlite3.IntegrityError, match="La lista de pagos con saldo a favor no se modifica"):
        sql(red, "UPDATE pagos_con_saldo SET pago_id = pago_id + 100000 WHERE pago_id = ?", parametros=[pago])
    assert leer(red, "SELECT count(*) FROM pagos_con_saldo WHERE pago_id = ?", [pago]) == [(1,)]
    assert _lo_que_cobra_la_emision(cli, red) == sin_tocar
    assert "La base de datos está sana." in ok(cli("verificar", db=red))


def test_filas_de_mas_no_cambian_lo_que_cobra_la_emision(cli, red, sin_tocar):
    _paga_de_mas(cli, red)
    sql(red, "INSERT OR IGNORE INTO pagos_con_saldo (pago_id) SELECT id FROM pagos")
    assert leer(red, "SELECT count(*) FROM pagos_con_saldo")[0][0] > 1
    assert _lo_que_cobra_la_emision(cli, red) == sin_tocar


def test_quitar_la_regla_borrar_la_fila_y_reponer_la_regla_se_detecta(cli, red):
    pago = _paga_de_mas(cli, red)
    [(regla,)] = leer(red, "SELECT sql FROM sqlite_master WHERE name = 'pagos_con_saldo_sin_borrar'")
    sql(red, "DROP TRIGGER pagos_con_saldo_sin_borrar", f"DELETE FROM pagos_con_saldo WHERE pago_id = {pago}", regla)

    resultado = cli("verificar", db=red)
    assert resultado.returncode == 1
    assert (f"Saldos a favor: 1 pagos con saldo a favor faltan en la lista de pagos con saldo (pagos_con_saldo), "
            f"borrados por fuera de Escritorio: la próxima emisión no aplicaría ese saldo. Pagos: {pago}."
            ) in resultado.stderr
