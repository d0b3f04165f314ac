"""Lo que cada papel puede hacer en el servidor, hecho cumplir donde no se puede saltar (issue 40, punto 3): cada
prueba entra como entraría una persona con psql y su login (secretaría, tesorería, consulta) y escribe SQL a mano;
después usa el programa como cualquiera. Contra un PostgreSQL de verdad, con la red de ejemplo subida.
"""

import psycopg
import pytest

from escritorio.datos.postgres import conexion
from escritorio.servicios.verificacion import verificar


def _rechazo(url: str, *sentencias: str) -> str:
    """Corre las sentencias en una transacción; devuelve el mensaje con que el servidor la rechazó."""
    with psycopg.connect(url) as c:
        with pytest.raises(psycopg.Error) as rechazo:
            for sentencia in sentencias:
                c.execute(sentencia)
    return rechazo.value.diag.message_primary or str(rechazo.value)


def _escribir(url: str, *sentencias: str) -> None:
    with psycopg.connect(url) as c:
        for sentencia in sentencias:
            c.execute(sentencia)


def _uno(url: str, consulta: str, parametros=()):
    with psycopg.connect(url) as c:
        return c.execute(consulta, parametros).fetchone()


def _verificar(url: str):
    db = conexion.conectar(url)
    try:
        return verificar(db)
    finally:
        db.close()


def _pago_con_recibo(url: str) -> tuple[int, int, int]:
    return _uno(url, "SELECT p.id, i.id, i.cargo_id FROM pagos p JOIN imputaciones i ON i.pago_id = p.id JOIN recibos "
                     "r ON r.pago_id = p.id WHERE p.anulado_en IS NULL ORDER BY p.id LIMIT 1")


# --- el dinero registrado -----------------------------------------------------------------------------------

def test_tesoreria_no_cambia_el_dinero_registrado_y_lo_cambiado_a_mano_se_nota(demo_en_el_servidor, login_pg):
    url = demo_en_el_servidor
    tomas = login_pg(url, "tomas", "tesoreria")
    pago, imputacion, cargo = _pago_con_recibo(url)
    importe = _uno(url, "SELECT importe FROM pagos WHERE id = %s", [pago])[0]
    # El hallazgo: USD 500 → 0,01 con el pago todavía imputado por 500.
    assert _rechazo(tomas, f"UPDATE pagos SET importe = 1 WHERE id = {pago}").startswith(
        "Un pago registrado no se modifica: solo se anula, con un motivo")
    assert _rechazo(tomas, f"UPDATE imputaciones SET importe = 1 WHERE id = {imputacion}").startswith(
        "Una imputación de un pago no se modifica")
    assert _rechazo(tomas, f"DELETE FROM recibos WHERE pago_id = {pago}").startswith("Un recibo emitido no se modifica")
    assert _rechazo(tomas, f"UPDATE cargos SET importe = 1 WHERE id = {cargo}").startswith(
        "Una cuota con pagos imputados")
    assert _uno(url, "SELECT importe FROM pagos WHERE id = %s", [pago]) == (importe,)
    assert _verificar(url).correcta

    # Quien administra el servidor puede apagar las reglas (y la bitácora) y cambiar el importe; al encenderlas otra
    # vez no falta ninguna regla, pero la fila ya no es la que anotó la bitácora.
    _escribir(url, "ALTER TABLE pagos DISABLE TRIGGER USER", f"UPDATE pagos SET importe = 1 WHERE id = {pago}",
              "ALTER TABLE pagos ENABLE TRIGGER USER")
    resultado = _verificar(url)
    assert not resultado.correcta
    assert any("Datos cambiados por fuera de Escritorio sin dejar rastro en la bitácora" in p and
               f"«pagos»: filas cambiadas (id {pago})" in p for p in resultado.problemas), resultado.problemas


# --- el cerrojo de los que escriben ---------------------------------------------------------------------------

def test_consulta_no_puede_hacer_esperar_a_los_que_escriben(demo_en_el_servidor, login_pg):
    """El hallazgo: con el papel de consulta, «SELECT pg_advisory_lock(73012026)» dejaba 20 s esperando a cada
    escritura. El cerrojo de los que escriben es ahora una fila que solo toman secretaría y tesorería."""
    url = demo_en_el_servidor
    carla, tomas = login_pg(url, "carla", "consulta"), login_pg(url, "tomas", "tesoreria")
    sara = login_pg(url, "sara", "secretaria")
    for intento in ("SELECT escritorio_cerrojo_de_escritura()", "SELECT * FROM escritorio_cerrojo FOR UPDATE",
                    "LOCK TABLE escritorio_cerrojo IN ACCESS EXCLUSIVE MODE",
                    "LOCK TABLE escritorio_cerrojo IN ACCESS SHARE MODE",
                    "SELECT escritorio_anotar('pagos', 1, 'alta', '[]')", "SELECT escritorio_estadisticas()"):
        assert "permission denied" in _rechazo(carla, intento), intento
    with psycopg.connect(carla) as consulta:
        # Los cerrojos consultivos siguen abiertos a cualquiera (son de PostgreSQL), pero ya nadie espera por ellos.
        consulta.execute("SELECT pg_advisory_lock(73012026), pg_advisory_lock_shared(73012026), "
                         "pg_advisory_xact_lock(73012026)")
        with psycopg.connect(tomas) as escritor:
            escritor.execute("SET lock_timeout = '2s'")
            escritor.execute("SELECT escritorio_cerrojo_de_escritura()")
            escritor.execute("UPDATE pagos SET anulado_en = '2026-11-24', motivo_anulacion = 'Prueba' WHERE id = "
                             "(SELECT min(id) FROM pagos WHERE anulado_en IS NULL)")
    # El cerrojo de verdad sí ordena a los que escriben: mientras tesorería lo tiene, secretaría espera.
    with psycopg.connect(tomas) as primero:
        primero.execute("SELECT escritorio_cerrojo_de_escritura()")
        with psycopg.connect(sara) as segundo:
            segundo.execute("SET lock_timeout = '300ms'")
            with pytest.raises(psycopg.errors.LockNotAvailable):
                segundo.execute("SELECT escritorio_cerrojo_de_escritura()")
