"""En el servidor, la lista de pagos con saldo a favor (migración 0054) la llevan sus funciones como en el archivo:
entra el pago con saldo, la emisión aplica ese saldo, y nadie la toca a mano (tesorería no tiene permiso; el dueño
de las tablas choca con la regla que impide borrar la fila de un pago con saldo)."""

from datetime import date

import psycopg
import pytest

SOCIO_CON_CUOTAS = "SELECT miembro_id FROM cargos WHERE moneda = 'USD' GROUP BY miembro_id ORDER BY miembro_id LIMIT 1"


def _leer(url: str, consulta: str, parametros=()):
    with psycopg.connect(url) as c:
        return c.execute(consulta, parametros).fetchall()


def test_la_lista_de_saldos_a_favor_en_el_servidor(demo_en_el_servidor, login_pg, cli):
    tomas = login_pg(demo_en_el_servidor, "tomas", "tesoreria")
    [(miembro,)] = _leer(demo_en_el_servidor, SOCIO_CON_CUOTAS)
    pago = cli("pagos", "registrar", "--miembro", miembro, "--monto", "90000", "--moneda", "USD",
               "--fecha", date.today().isoformat(), db=tomas)
    assert pago.returncode == 0, pago.stderr
    [(pago_id,)] = _leer(demo_en_el_servidor, "SELECT max(id) FROM pagos")
    assert _leer(demo_en_el_servidor, "SELECT pago_id FROM pagos_con_saldo") == [(pago_id,)]

    emision = cli("cuotas", "emitir", "2027", db=tomas)
    assert emision.returncode == 0, emision.stderr
    assert _leer(demo_en_el_servidor, "SELECT i.origen FROM imputaciones i JOIN cargos c ON c.id = i.cargo_id "
                                      "WHERE c.anio = 2027 AND c.miembro_id = %s AND i.pago_id = %s",
                 [miembro, pago_id]) == [("saldo_a_favor",)]
    assert _leer(demo_en_el_servidor, "SELECT pago_id FROM pagos_con_saldo") == [(pago_id,)]   # todavía le queda

    with psycopg.connect(tomas) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("DELETE FROM pagos_con_saldo")
    with psycopg.connect(demo_en_el_servidor) as c, pytest.raises(
            psycopg.errors.RaiseException, match="Un pago con saldo a favor sigue en la lista de pagos con saldo"):
        c.execute("DELETE FROM pagos_con_saldo")

    anulacion = cli("pagos", "anular", pago_id, "--motivo", "Prueba", db=tomas)
    assert anulacion.returncode == 0, anulacion.stderr
    assert _leer(demo_en_el_servidor, "SELECT pago_id FROM pagos_con_saldo") == []
