"""La conexión y los otros escritores, sin ventana: escrituras ajenas, archivo reemplazado y espera con aviso."""

import os
import sqlite3

import pytest

from escritorio.datos import conexion
from escritorio.datos.apertura import abrir
from escritorio.datos.conexion import transaccion
from escritorio.datos.vigilancia import archivo_reemplazado, version_de_datos
from escritorio.errores import ErrorBaseOcupada, ErrorBaseReemplazada
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion


@pytest.fixture
def sin_aviso():
    yield
    conexion.al_esperar(None)


def siglas(ruta) -> list[str]:
    conn = sqlite3.connect(ruta)
    try:
        return [f[0] for f in conn.execute("SELECT sigla FROM asociaciones ORDER BY sigla")]
    finally:
        conn.close()


def test_data_version_cambia_con_lo_que_escribe_otro_no_con_lo_propio(ruta_db):
    db = abrir(ruta_db)
    inicial = version_de_datos(db)
    crear_asociacion(db, NuevaAsociacion(nombre="Propia", sigla="PRO"))
    assert version_de_datos(db) == inicial
    otro = abrir(ruta_db)
    crear_asociacion(otro, NuevaAsociacion(nombre="Ajena", sigla="AJE"))
    otro.close()
    assert version_de_datos(db) != inicial
    db.close()
    assert version_de_datos(db) is None  # cerrada: no es un error


def test_no_se_escribe_en_el_archivo_viejo_si_lo_reemplazaron(ruta_db, tmp_path):
    db = abrir(ruta_db)
    crear_asociacion(db, NuevaAsociacion(nombre="Antes", sigla="ANT"))
    respaldo = tmp_path / "respaldo.db"
    copia = sqlite3.connect(respaldo)
    db.conn.backup(copia)
    copia.close()
    assert archivo_reemplazado(db) is None
    os.replace(respaldo, ruta_db)  # como una restauración hecha por otro proceso

    assert "fue reemplazada por otro programa" in archivo_reemplazado(db)
    with pytest.raises(ErrorBaseReemplazada, match="no se guardó nada"):
        crear_asociacion(db, NuevaAsociacion(nombre="Perdida", sigla="PER"))
    db.close()
    assert siglas(ruta_db) == ["ANT"]
    nueva = abrir(ruta_db)
    assert archivo_reemplazado(nueva) is None
    crear_asociacion(nueva, NuevaAsociacion(nombre="Después", sigla="DES"))
    nueva.close()
    assert siglas(ruta_db) == ["ANT", "DES"]


def test_una_base_borrada_no_se_recrea_al_escribir(ruta_db):
    db = abrir(ruta_db)
    os.replace(ruta_db, ruta_db.with_name("otra.db"))
    with pytest.raises(ErrorBaseReemplazada, match="ya no está en su lugar"):
        crear_asociacion(db, NuevaAsociacion(nombre="Perdida", sigla="PER"))
    db.close()
    assert not ruta_db.exists()


def _retener(ruta):
    otro = sqlite3.connect(ruta, isolation_level=None)
    otro.execute("BEGIN IMMEDIATE")
    return otro


def test_con_aviso_se_espera_avisando_y_se_guarda_cuando_el_otro_termina(ruta_db, sin_aviso):
    db = abrir(ruta_db)
    otro = _retener(ruta_db)
    avisos, listos = [], []

    def esperando(segundos):
        avisos.append(segundos)
        if segundos > 0.6:
            otro.execute("COMMIT")  # el otro programa termina mientras esperamos

    conexion.al_esperar(esperando, lambda: listos.append(True))
    crear_asociacion(db, NuevaAsociacion(nombre="Paciente", sigla="PAC"))
    assert len(avisos) >= 3 and avisos == sorted(avisos)
    assert listos == [True]
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == conexion.ESPERA_MS  # la espera normal, restituida
    otro.close()
    db.close()
    assert siglas(ruta_db) == ["PAC"]


def test_con_aviso_pasado_el_limite_falla_con_un_mensaje_claro(ruta_db, sin_aviso, monkeypatch):
    monkeypatch.setattr(conexion, "ESPERA_CON_AVISO_S", 0.5)
    db = abrir(ruta_db)
    otro = _retener(ruta_db)
    listos = []
    conexion.al_esperar(lambda s: None, lambda: listos.append(True))
    with pytest.raises(ErrorBaseOcupada) as error:
        crear_asociacion(db, NuevaAsociacion(nombre="Impaciente", sigla="IMP"))
    assert "No se guardó nada" in error.value.mensaje and "está escribiendo" in error.value.mensaje
    assert str(ruta_db) in error.value.mensaje
    assert listos == [True]
    assert not db.conn.in_transaction
    otro.execute("ROLLBACK")
    otro.close()
    crear_asociacion(db, NuevaAsociacion(nombre="Después", sigla="DES"))  # la conexión sigue sana
    db.close()
    assert siglas(ruta_db) == ["DES"]


def test_sin_otro_escritor_el_aviso_no_se_usa(ruta_db, sin_aviso):
    db = abrir(ruta_db)
    llamadas = []
    conexion.al_esperar(llamadas.append, lambda: llamadas.append("listo"))
    with transaccion(db):
        db.execute("INSERT INTO asociaciones (nombre, sigla) VALUES ('Sola', 'SOL')")
    assert llamadas == []
    db.close()
