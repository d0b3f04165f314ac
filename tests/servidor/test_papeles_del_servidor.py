"""Lo que cada papel puede hacer en el servidor, hecho cumplir donde no se puede saltar (issue 40, punto 3): cada
prueba entra como entraría una persona con psql y su login (secretaría, tesorería, consulta) y escribe SQL a mano;
después usa el programa como cualquiera. Contra un PostgreSQL de verdad, con la red de ejemplo subida.
"""

import psycopg
import pytest
from servidor_postgres import escribir_en_el_servidor as _escribir
from servidor_postgres import rechazo_del_servidor as _rechazo

from escritorio.datos.postgres import conexion
from escritorio.servicios.verificacion.comprobaciones import verificar


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


# --- los documentos emitidos y las firmas -----------------------------------------------------------------------

def _falso(original, destino):
    """Otro archivo que dice lo mismo (mismo texto y código): el que alguien quisiera hacer pasar por auténtico."""
    destino.write_bytes(original.read_bytes() + b"\n% otro archivo\n")
    import hashlib

    return hashlib.sha256(destino.read_bytes()).hexdigest()


def test_los_papeles_emitidos_solo_los_registra_el_programa(demo_en_el_servidor, login_pg, cli, tmp_path):
    url = demo_en_el_servidor
    tomas, sara = login_pg(url, "tomas", "tesoreria"), login_pg(url, "sara", "secretaria")
    carla = login_pg(url, "carla", "consulta")
    pago = _pago_con_recibo(url)[0]
    recibo = tmp_path / "recibo.pdf"
    hecho = cli("pagos", "recibo", pago, recibo, db=tomas)  # tesorería emite con el programa
    assert hecho.returncode == 0, hecho.stderr
    verificado = cli("documento", "verificar", recibo, db=carla)
    assert verificado.returncode == 0 and "lo registró tomas" in verificado.stdout, verificado.stdout
    documento = _uno(url, "SELECT max(id) FROM documentos_emitidos WHERE tipo = 'recibo'")[0]
    sha = _falso(recibo, tmp_path / "falso.pdf")

    # El hallazgo: «INSERT INTO archivos_emitidos …» con el SHA-256 de cualquier archivo. Ningún papel escribe en los
    # registros de lo emitido; ni tesorería registra un acta por la función del programa.
    for login in (tomas, sara, carla):
        for intento in (f"INSERT INTO archivos_emitidos (documento_id, sha256, copia) VALUES ({documento}, '{sha}', 7)",
                        f"INSERT INTO documentos_emitidos (asociacion_id, codigo, tipo, referencia, huella, resumen) "
                        f"VALUES (1, 'AAAABBBBCCCC', 'recibo', {pago}, '{sha}', '{{}}')",
                        f"INSERT INTO firmas_digitales (asociacion_id, tipo, referencia, firmante, certificado_sha256, "
                        f"firmado_en, sha256, pdf) VALUES (1, 'acta', 1, 'X', '{sha}', 'hoy', '{sha}', '%PDF-1')",
                        f"UPDATE archivos_emitidos SET sha256 = '{sha}' WHERE documento_id = {documento}",
                        f"DELETE FROM archivos_emitidos WHERE documento_id = {documento}"):
            assert "permission denied" in _rechazo(login, intento), (login, intento)
    assert _rechazo(tomas, "SELECT escritorio_registrar_documento(1, 'AAAABBBBCCCC', 'acta', 1, repeat('a', 64), "
                           "'{}', NULL)") == ("Solo el papel de secretaría registra actas, resoluciones, "
                                              "convocatorias y los demás documentos de la secretaría.")
    firma = "SELECT escritorio_registrar_firma(1, 'acta', 1, 'X', repeat('a', 64), 'hoy', '%PDF-1'::bytea)"
    assert "permission denied" in _rechazo(tomas, firma)
    assert "permission denied" in _rechazo(carla, f"SELECT escritorio_registrar_archivo({documento}, '{sha}', 9, "
                                                  "NULL, NULL)")

    # Quien administra el servidor sí puede, con los triggers apagados (la bitácora no lo anota): el registro sin
    # sello no prueba nada.
    _escribir(url, "ALTER TABLE archivos_emitidos DISABLE TRIGGER USER",
              f"INSERT INTO archivos_emitidos (documento_id, sha256, copia) VALUES ({documento}, '{sha}', 7)",
              "ALTER TABLE archivos_emitidos ENABLE TRIGGER USER")
    falso = cli("documento", "verificar", tmp_path / "falso.pdf", db=carla)
    assert falso.returncode == 5, falso.stdout
    assert "no está en la bitácora sellada" in falso.stdout and "Auténtico" not in falso.stdout
    assert cli("documento", "verificar", recibo, db=carla).returncode == 0  # el de verdad sigue valiendo
