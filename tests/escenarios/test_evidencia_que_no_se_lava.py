"""Los cinco casos del issue 40, punto 2: cada manipulación se detecta y SIGUE detectada después de una escritura
común (`miembros baja`). Antes, una escritura bastaba para que «verificar» dijera «La base de datos está sana.».
Cada caso lo hace quien manipula, con sqlite3 sobre el archivo; las escrituras de la CLI corren en el proceso de
las pruebas (la fixture `cli`: la misma función de entrada y el mismo estado de salida), «verificar» como proceso
real, como lo corre la secretaría.
Al final, la prueba imprime cuántos casos se probaron y cuántos siguen detectados (para el informe del issue)."""

import shutil
import sqlite3

import pytest

from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.bitacora import _huella

RESULTADOS: dict[str, bool] = {}


def _sin_triggers(conn: sqlite3.Connection):
    """Quita todos los triggers y devuelve cómo volver a crearlos (lo que haría quien conoce la base)."""
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for nombre, _ in triggers:
        conn.execute(f'DROP TRIGGER "{nombre}"')
    return lambda: [conn.execute(sql) for _, sql in triggers]


def _resellar(conn: sqlite3.Connection, desde_sello: int = 1) -> None:
    """Vuelve a calcular cada sello desde `desde_sello` con la función del programa: la cadena queda coherente."""
    db = BaseDeDatos(conn)
    anterior = conn.execute("SELECT huella FROM bitacora_sellos WHERE id = ?", [desde_sello - 1]).fetchone()
    anterior = anterior[0] if anterior else None
    for sello, momento, usuario, operador, desde, hasta in conn.execute(
            "SELECT id, momento, usuario, operador, desde_id, hasta_id FROM bitacora_sellos WHERE id >= ? ORDER BY id",
            [desde_sello]).fetchall():
        huella, _ = _huella(db, anterior, momento, usuario, operador, desde, hasta)
        conn.execute("UPDATE bitacora_sellos SET huella_anterior = ?, huella = ? WHERE id = ?", [anterior, huella, sello])
        anterior = huella


def _importe_cambiado(ruta, _tmp):
    """La base ya no deja cambiar un pago (punto 3): quien manipula quita esa regla, y solo esa (el cambio queda en la
    bitácora por su trigger), cambia el importe y la vuelve a poner."""
    conn = sqlite3.connect(ruta)
    reglas = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'pagos' AND "
                          "name NOT LIKE 'bitacora!_%' ESCAPE '!'").fetchall()
    for nombre, _ in reglas:
        conn.execute(f'DROP TRIGGER "{nombre}"')
    conn.execute("UPDATE pagos SET importe = 1 WHERE id = (SELECT max(id) FROM pagos)")
    for _, sql in reglas:
        conn.execute(sql)
    conn.commit()
    conn.close()


def _ultimo_pago_borrado_con_su_bitacora_y_su_sello(ruta, _tmp):
    conn = sqlite3.connect(ruta)
    reponer = _sin_triggers(conn)
    sello, desde = conn.execute("SELECT id, desde_id FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
    for tabla in ("imputaciones", "recibos", "pagos"):
        ids = [i for (i,) in conn.execute("SELECT entidad_id FROM bitacora WHERE entidad = ? AND id >= ?", [tabla, desde])]
        columna = "pago_id" if tabla != "pagos" and "pago_id" in [c[1] for c in conn.execute(
            f"PRAGMA table_info({tabla})")] else "id"
        if tabla == "pagos":
            conn.execute(f"DELETE FROM pagos WHERE id IN ({','.join('?' * len(ids))})", ids)
        else:
            pagos = [i for (i,) in conn.execute("SELECT entidad_id FROM bitacora WHERE entidad = 'pagos' AND id >= ?",
                                                 [desde])]
            conn.execute(f"DELETE FROM {tabla} WHERE {columna} IN ({','.join('?' * len(pagos))})", pagos)
    conn.execute("DELETE FROM bitacora WHERE id >= ?", [desde])
    conn.execute("DELETE FROM bitacora_sellos WHERE id = ?", [sello])
    reponer()
    conn.commit()
    conn.close()


def _bitacora_editada_y_cadena_resellada(ruta, _tmp):
    conn = sqlite3.connect(ruta)
    reponer = _sin_triggers(conn)
    conn.execute("UPDATE bitacora SET datos = replace(datos, 'Renuncia', 'Traslado') WHERE entidad = 'estados_miembro'")
    _resellar(conn)
    reponer()
    conn.commit()
    conn.close()


def _acta_aprobada_falsificada(ruta, _tmp):
    """Texto del acta, su huella, lo que anotó la bitácora y la cadena de sellos: todo rehecho a mano."""
    import hashlib
    import json

    conn = sqlite3.connect(ruta)
    reponer = _sin_triggers(conn)
    acta_id, contenido = conn.execute(
        "SELECT id, contenido FROM actas WHERE estado = 'aprobada' ORDER BY id LIMIT 1").fetchone()
    falso = contenido.replace("Montevideo", "Asunción", 1) if "Montevideo" in contenido else contenido + " "
    huella = hashlib.sha256(falso.encode("utf-8")).hexdigest()
    conn.execute("UPDATE actas SET contenido = ?, huella = ?, apertura = coalesce(apertura, '') || '.' WHERE id = ?",
                 [falso, huella, acta_id])
    columnas = [c[1] for c in conn.execute("PRAGMA table_info(actas)") if c[2].upper() != "BLOB"]
    fila = conn.execute(f"SELECT json_array({', '.join(c for c in columnas)}) FROM actas WHERE id = ?",
                        [acta_id]).fetchone()[0]
    for registro, accion, datos in conn.execute("SELECT id, accion, datos FROM bitacora WHERE entidad = 'actas' AND "
                                                "entidad_id = ? ORDER BY id", [acta_id]).fetchall():
        nuevo = fila if accion == "alta" else json.dumps({**json.loads(datos), "despues": json.loads(fila)},
                                                         ensure_ascii=False, separators=(",", ":"))
        conn.execute("UPDATE bitacora SET datos = ? WHERE id = ?", [nuevo, registro])
    _resellar(conn)
    reponer()
    conn.commit()
    conn.close()


def _copia_vieja_puesta_a_mano(ruta, tmp):
    for sufijo in ("-wal", "-shm"):
        ruta.with_name(ruta.name + sufijo).unlink(missing_ok=True)
    shutil.copy(tmp / "copia-vieja.db", ruta)


CASOS = {
    "UPDATE pagos SET importe = 1 con sqlite3 (quitando la regla que lo impide)": _importe_cambiado,
    "el último pago borrado con su bitácora y su sello": _ultimo_pago_borrado_con_su_bitacora_y_su_sello,
    "la bitácora editada y la cadena resellada a mano": _bitacora_editada_y_cadena_resellada,
    "un acta aprobada falsificada (texto, huellas, bitácora, sellos)": _acta_aprobada_falsificada,
    "una copia vieja puesta a mano sobre la base": _copia_vieja_puesta_a_mano,
}


@pytest.mark.parametrize("caso", list(CASOS))
def test_la_manipulacion_sigue_detectada_despues_de_una_escritura_comun(caso, demo_como, cli, cli_proceso, tmp_path):
    ruta = demo_como("x.db")
    shutil.copy(ruta, tmp_path / "copia-vieja.db")
    pago = cli("pagos", "registrar", "--miembro", "12", "--monto", "500", "--moneda", "USD", "--fecha", "2026-05-04",
               db=ruta)
    assert pago.returncode == 0, pago.stderr
    CASOS[caso](ruta, tmp_path)

    baja = cli("miembros", "baja", "20", "--fecha", "2026-06-01", "--motivo", "Renuncia", db=ruta)
    assert baja.returncode == 0, baja.stdout + baja.stderr
    verificacion = cli_proceso("verificar", db=ruta)
    RESULTADOS[caso] = verificacion.returncode == 1 and "La base de datos está sana." not in verificacion.stdout
    assert RESULTADOS[caso], verificacion.stdout + verificacion.stderr
    print(f"\nManipulación «{caso}»: detectada después de una escritura común.")
