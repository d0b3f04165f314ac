"""Respaldar y restaurar: la base anterior siempre queda guardada y nada ajeno la reemplaza."""

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from escritorio.datos.conexion import abrir
from escritorio.datos.respaldo_copia import respaldar
from escritorio.datos.respaldo_restauracion import restaurar
from escritorio.errores import ErrorBaseDeDatos
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.respaldo import crear_respaldo, restaurar_respaldo, verificar


def siglas(ruta) -> list[str]:
    conn = sqlite3.connect(ruta)
    try:
        return [f[0] for f in conn.execute("SELECT sigla FROM asociaciones ORDER BY sigla")]
    finally:
        conn.close()


def huella(ruta) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


def nueva(db, sigla):
    crear_asociacion(db, NuevaAsociacion(nombre=f"Red {sigla}", sigla=sigla))


@pytest.fixture
def base_y_respaldo(tmp_path):
    """Una base con la asociación AAA respaldada, y después la asociación BBB agregada y cerrada."""
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    nueva(db, "AAA")
    copia = respaldar(db.conn, ruta, destino=tmp_path / "guardado" / "copia.db")
    nueva(db, "BBB")
    db.close()
    return ruta, copia


def test_respaldo_en_la_carpeta_respaldos_junto_a_la_base(db, ruta_db):
    nueva(db, "AAA")

    copia = crear_respaldo(db)

    assert copia.parent == ruta_db.parent / "respaldos"
    assert copia.name.startswith("x-") and copia.name.endswith("-manual.db")
    assert siglas(copia) == ["AAA"]
    assert not copia.with_name(copia.name + "-wal").exists()
    assert sqlite3.connect(copia).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_dos_respaldos_seguidos_no_se_pisan(db):
    nueva(db, "AAA")
    primero = crear_respaldo(db)
    nueva(db, "BBB")
    segundo = crear_respaldo(db)

    assert primero != segundo
    assert siglas(primero) == ["AAA"]
    assert siglas(segundo) == ["AAA", "BBB"]


def test_respaldo_a_una_carpeta_elegida(db, tmp_path):
    nueva(db, "AAA")
    destino = tmp_path / "pendrive"
    destino.mkdir()
    copia = crear_respaldo(db, destino)
    assert copia.parent == destino
    assert siglas(copia) == ["AAA"]


def test_restaurar_reemplaza_el_contenido_y_guarda_la_base_anterior(base_y_respaldo):
    ruta, copia = base_y_respaldo

    anterior = restaurar(ruta, copia)

    assert siglas(ruta) == ["AAA"]
    assert anterior.parent == ruta.parent / "respaldos"
    assert "antes-de-restaurar" in anterior.name
    assert siglas(anterior) == ["AAA", "BBB"]
    assert siglas(copia) == ["AAA"]  # el respaldo elegido no se consume


def test_restaurar_deja_la_base_usable_y_sana(base_y_respaldo):
    ruta, copia = base_y_respaldo
    restaurar_respaldo(ruta, copia)

    db = abrir(ruta)
    nueva(db, "CCC")
    assert verificar(db).correcta
    db.close()
    assert siglas(ruta) == ["AAA", "CCC"]


@pytest.mark.parametrize("contenido, motivo", [
    (b"Acta de la asamblea\n", "no es un respaldo de Escritorio"),
    ("clientes", "base SQLite de otro programa"),
])
def test_restaurar_algo_ajeno_se_rechaza_y_la_base_queda_igual(base_y_respaldo, tmp_path, contenido, motivo):
    ruta, _ = base_y_respaldo
    ajeno = tmp_path / "ajeno.db"
    if isinstance(contenido, bytes):
        ajeno.write_bytes(contenido)
    else:
        conn = sqlite3.connect(ajeno)
        conn.execute(f"CREATE TABLE {contenido} (x)")
        conn.commit()
        conn.close()
    antes = huella(ruta)

    with pytest.raises(ErrorBaseDeDatos, match=motivo) as error:
        restaurar(ruta, ajeno)

    assert "No se restauró nada" in error.value.mensaje
    assert huella(ruta) == antes
    assert siglas(ruta) == ["AAA", "BBB"]
    assert not (ruta.parent / "respaldos").exists()


def test_restaurar_un_respaldo_inexistente(base_y_respaldo, tmp_path):
    ruta, _ = base_y_respaldo
    with pytest.raises(ErrorBaseDeDatos, match="No existe el respaldo"):
        restaurar(ruta, tmp_path / "no_esta.db")
    assert siglas(ruta) == ["AAA", "BBB"]


def test_restaurar_la_propia_base_sobre_si_misma_se_rechaza(base_y_respaldo):
    ruta, _ = base_y_respaldo
    with pytest.raises(ErrorBaseDeDatos, match="es la propia base en uso"):
        restaurar(ruta, ruta)
    assert siglas(ruta) == ["AAA", "BBB"]


# Un programa que se cortó deja su diario -wal con cambios confirmados que todavía no pasaron al
# archivo principal. Se simula con un proceso que escribe sin volcar el diario y termina con
# os._exit (sin cerrar la conexión), como si se hubiera cortado la luz.
CORTE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("INSERT INTO asociaciones (nombre, sigla) VALUES ('Red del diario', 'WAL')")
conn.commit()
os._exit(0)
"""


@pytest.mark.proceso  # lanza otro programa
def test_diario_wal_viejo_no_se_aplica_sobre_la_base_restaurada(base_y_respaldo):
    ruta, copia = base_y_respaldo
    subprocess.run([sys.executable, "-c", CORTE, str(ruta)], check=True)
    diario = ruta.with_name(ruta.name + "-wal")
    assert diario.stat().st_size > 0
    assert "WAL" not in siglas_sin_diario(ruta)

    anterior = restaurar(ruta, copia)

    assert siglas(ruta) == ["AAA"]
    assert sqlite3.connect(ruta).execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert siglas(anterior) == ["AAA", "BBB", "WAL"]  # lo confirmado en el diario no se perdió


def siglas_sin_diario(ruta) -> list[str]:
    """Lo que tiene el archivo principal solo, leído desde una copia sin su -wal."""
    solo = ruta.with_name("solo_archivo.db")
    solo.write_bytes(ruta.read_bytes())
    try:
        return siglas(solo)
    finally:
        for sufijo in ("", "-wal", "-shm"):
            solo.with_name(solo.name + sufijo).unlink(missing_ok=True)


def test_verificar_una_base_sana(db):
    nueva(db, "AAA")
    resultado = verificar(db)
    assert resultado.correcta
    assert "Asociaciones: 1" in resultado.detalles
    assert "Miembros: 0" in resultado.detalles
