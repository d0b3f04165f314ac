"""Lo que nadie cambia en un archivo de Escritorio aunque lo abra con otro programa (issue 40, punto 3): sqlite3
directo sobre el archivo, como un navegador de bases, y después la línea de órdenes como la usaría cualquiera.

- El dinero registrado: un pago solo se anula; sus imputaciones, su recibo y las cuotas que pagó no se tocan.
- Los registros de lo emitido: «documento verificar» solo confía en uno que la bitácora sellada cubre; uno agregado
  con sqlite3 (con o sin los triggers) no hace auténtico a ningún archivo.
- Los viajes de las sesiones: uno no se borra, ni se reabre una vez devuelto o cancelado.
"""

import json
import sqlite3

import pytest
from ayudas import leer, sql


def _pago_con_recibo(ruta) -> tuple[int, int, int]:
    """(pago, una de sus imputaciones, la cuota que pagó) de un pago vigente con recibo de la demo."""
    return leer(ruta, "SELECT p.id, i.id, i.cargo_id FROM pagos p JOIN imputaciones i ON i.pago_id = p.id JOIN "
                      "recibos r ON r.pago_id = p.id WHERE p.anulado_en IS NULL ORDER BY p.id LIMIT 1")[0]


def test_el_dinero_registrado_no_se_cambia_ni_con_sqlite3(copia_de_la_demo, cli):
    ruta = copia_de_la_demo
    pago, imputacion, cargo = _pago_con_recibo(ruta)
    antes = leer(ruta, "SELECT importe FROM pagos WHERE id = ?", [pago])
    intentos = {
        f"UPDATE pagos SET importe = 1 WHERE id = {pago}": "Un pago registrado no se modifica",
        f"UPDATE pagos SET importe_imputable = 1, referencia = 'otra' WHERE id = {pago}": "Un pago registrado no se modifica",
        f"UPDATE imputaciones SET importe = 1 WHERE id = {imputacion}": "Una imputación de un pago no se modifica",
        f"DELETE FROM imputaciones WHERE id = {imputacion}": "Una imputación de un pago no se modifica",
        f"UPDATE recibos SET numero = numero + 1000 WHERE pago_id = {pago}": "Un recibo emitido no se modifica",
        f"DELETE FROM recibos WHERE pago_id = {pago}": "Un recibo emitido no se modifica",
        f"UPDATE cargos SET importe = 1 WHERE id = {cargo}": "Una cuota con pagos imputados",
        f"DELETE FROM cargos WHERE id = {cargo}": "Una cuota con pagos imputados",
        f"DELETE FROM pagos WHERE id = {pago}": "Un pago no se borra",
    }
    for sentencia, mensaje in intentos.items():
        with pytest.raises(sqlite3.IntegrityError, match=mensaje):
            sql(ruta, sentencia)
    assert leer(ruta, "SELECT importe FROM pagos WHERE id = ?", [pago]) == antes
    # Lo que el programa sí hace sigue andando: anular (con su motivo), y una cuota sin pagos todavía se corrige.
    resultado = cli("pagos", "anular", pago, "--motivo", "Importe mal cargado", db=ruta)
    assert resultado.returncode == 0, resultado.stderr
    [(impaga,)] = leer(ruta, "SELECT min(id) FROM cargos WHERE id NOT IN (SELECT cargo_id FROM imputaciones)")
    sql(ruta, f"UPDATE cargos SET detalle = 'corregido' WHERE id = {impaga}")
    # Un pago anulado ya no cambia, ni para «desanularlo».
    with pytest.raises(sqlite3.IntegrityError, match="Un pago anulado no se modifica"):
        sql(ruta, f"UPDATE pagos SET anulado_en = NULL, motivo_anulacion = NULL WHERE id = {pago}")
    anulado = [p for p in json.loads(cli("pagos", "listar", "--json", db=ruta).stdout) if p["id"] == pago]
    assert anulado and anulado[0]["motivo_anulacion"] == "Importe mal cargado"


def _falso(original, destino) -> str:
    """Otro archivo que dice lo mismo (mismo texto y código): el que alguien quisiera hacer pasar por auténtico."""
    import hashlib

    destino.write_bytes(original.read_bytes() + b"\n% otro archivo: " + destino.name.encode() + b"\n")
    return hashlib.sha256(destino.read_bytes()).hexdigest()


@pytest.mark.parametrize("sin_triggers", [False, True], ids=["con_sqlite3", "sin_triggers"])
def test_un_archivo_registrado_con_sqlite3_no_es_autentico(copia_de_la_demo, cli, tmp_path, sin_triggers):
    ruta = copia_de_la_demo
    pago = _pago_con_recibo(ruta)[0]
    recibo = tmp_path / "recibo.pdf"
    assert cli("pagos", "recibo", pago, recibo, db=ruta).returncode == 0
    assert cli("documento", "verificar", recibo, db=ruta).returncode == 0
    [(documento, codigo)] = leer(ruta, "SELECT id, codigo FROM documentos_emitidos WHERE tipo = 'recibo' AND "
                                       "referencia = ?", [pago])
    sha = _falso(recibo, tmp_path / "falso.pdf")
    firmado = _falso(recibo, tmp_path / "firmado.pdf")
    triggers = leer(ruta, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'") if sin_triggers else []
    sql(ruta, *[f'DROP TRIGGER "{nombre}"' for nombre, _ in triggers])
    # El hallazgo: la misma fila que dejaría el programa, «copia 7», con la huella de otro archivo; y un documento
    # nuevo con su propio código.
    sql(ruta, f"INSERT INTO archivos_emitidos (documento_id, sha256, copia) VALUES ({documento}, '{sha}', 7)",
        "INSERT INTO documentos_emitidos (asociacion_id, codigo, tipo, referencia, huella, resumen) VALUES "
        f"(1, 'AAAA-BBBB-CCCC', 'recibo', {pago}, '{sha}', '{{}}')")
    sql(ruta, "INSERT INTO firmas_digitales (asociacion_id, tipo, referencia, firmante, certificado_sha256, firmado_en, "
        f"sha256, pdf) VALUES (1, 'acta', 1, 'Lucía Fernández', '{sha}', '2026-11-24', '{firmado}', ?)",
        parametros=((tmp_path / "firmado.pdf").read_bytes(),))
    sql(ruta, *[texto for _, texto in triggers])

    falso = cli("documento", "verificar", tmp_path / "falso.pdf", db=ruta)
    assert falso.returncode == 5, falso.stdout
    assert "no está en la bitácora sellada" in falso.stdout and "Auténtico" not in falso.stdout
    como_firmado = cli("documento", "verificar", tmp_path / "firmado.pdf", db=ruta)
    assert como_firmado.returncode == 5 and "el PDF firmado por Lucía Fernández" in como_firmado.stdout
    assert "no está en la bitácora sellada" in como_firmado.stdout
    inventado = cli("documento", "verificar", "--codigo", "AAAA-BBBB-CCCC", db=ruta)
    assert inventado.returncode == 5 and "no está en la bitácora sellada" in inventado.stdout
    original = cli("documento", "verificar", recibo, db=ruta)  # el de verdad sigue valiendo
    assert original.returncode == 0 and f"Código de verificación: {codigo}" in original.stdout
    assert cli("verificar", db=ruta).returncode == 1  # y la verificación de la base dice qué pasó
    # Una escritura común después: los registros que dejó sqlite3 se sellan aparte, como incidente (no como propios),
    # así que el archivo agregado sigue sin ser auténtico.
    assert cli("asociacion", "crear", "--nombre", "Red del Litoral", "--sigla", "ZZL", db=ruta).returncode == 0
    despues = cli("documento", "verificar", tmp_path / "falso.pdf", db=ruta)
    assert despues.returncode == 5 and "Auténtico" not in despues.stdout, despues.stdout


def test_un_viaje_no_se_borra_ni_se_reabre_ni_con_sqlite3(copia_de_la_demo):
    """Las reglas de los viajes valen también en un archivo (la copia de viaje los tiene): un viaje no se borra, y uno
    cerrado no se cambia."""
    ruta = copia_de_la_demo
    sql(ruta, "INSERT INTO sesiones_de_viaje (sesion_id, llevada_por, llevada_en, huella) VALUES "
              "(4, 'ana', '2026-11-20 10:00', ?)", parametros=("a" * 64,))
    with pytest.raises(sqlite3.IntegrityError, match="Un viaje de una sesión no se borra"):
        sql(ruta, "DELETE FROM sesiones_de_viaje")
    with pytest.raises(sqlite3.IntegrityError, match="solo se cierra una vez"):
        sql(ruta, "UPDATE sesiones_de_viaje SET llevada_por = 'otra'")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):  # cancelar pide quién y por qué
        sql(ruta, "UPDATE sesiones_de_viaje SET cancelada_en = '2026-11-21 09:00'")
    sql(ruta, "UPDATE sesiones_de_viaje SET cancelada_en = '2026-11-21 09:00', cancelada_por = 'beto', "
              "motivo_cancelacion = 'Se perdió la copia'")
    with pytest.raises(sqlite3.IntegrityError, match="solo se cierra una vez"):
        sql(ruta, "UPDATE sesiones_de_viaje SET cancelada_en = NULL, cancelada_por = NULL, motivo_cancelacion = NULL")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):  # un solo viaje en curso por sesión
        sql(ruta, *["INSERT INTO sesiones_de_viaje (sesion_id, llevada_por, llevada_en, huella) VALUES "
                    "(4, 'ana', '2026-11-22 10:00', ?)"] * 2, parametros=("a" * 64,))
