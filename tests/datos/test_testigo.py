"""El testigo junto a la base sigue la cabeza de la cadena de sellos: una escritura de un archivo pequeño por
transacción que cambió algo, ninguna si no cambió nada, y nunca para una base en memoria."""

import json
import os
from pathlib import Path

from escritorio.datos.apertura import abrir
from escritorio.datos.conexion import transaccion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion


def leer(ruta) -> dict:
    return json.loads(Path(str(ruta) + ".testigo").read_text(encoding="utf-8"))


def test_cada_transaccion_con_cambios_anota_la_nueva_cabeza(ruta_db):
    db = abrir(ruta_db)
    assert not Path(str(ruta_db) + ".testigo").exists()  # una base nueva, sin cambios todavía
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    primero = leer(ruta_db)
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Norte", sigla="RDN"))
    segundo = leer(ruta_db)

    cabeza = db.execute("SELECT id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
    assert (segundo["sello_id"], segundo["huella"]) == tuple(cabeza)
    assert segundo["sello_id"] == primero["sello_id"] + 1
    assert segundo["base_id"] == db.execute("SELECT base_id FROM identidad_base").fetchone()[0]
    assert segundo["respaldo"] is False
    db.close()


def test_una_transaccion_sin_cambios_no_escribe_el_testigo(ruta_db):
    db = abrir(ruta_db)
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    testigo = Path(str(ruta_db) + ".testigo")
    os.utime(testigo, ns=(1_000_000_000, 1_000_000_000))
    with transaccion(db):
        db.execute("SELECT count(*) FROM miembros").fetchone()
    assert testigo.stat().st_mtime_ns == 1_000_000_000
    db.close()


def test_una_base_en_memoria_no_tiene_testigo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = abrir(":memory:")
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    assert db.execute("SELECT count(*) FROM bitacora_sellos").fetchone()[0] == 1
    assert list(tmp_path.iterdir()) == []
    db.close()
