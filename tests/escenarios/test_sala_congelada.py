"""Lo de la sala (mociones, enmiendas, votaciones de la sala, oradores: migración 0055) se congela con el acta
aprobada como el resto del registro de la sesión, también para quien escribe en la base con otro programa; y quien
quita el trigger para escribir igual queda delatado por `escritorio verificar` (issue 64).

La base es la red de ejemplo: la Cumbre (sesión 1) tiene el acta aprobada."""

import sqlite3
from pathlib import Path

import pytest
from ayudas import leer, sql

pytestmark = pytest.mark.proceso

CUMBRE = 1
CONGELADA = "El acta de esta sesión está aprobada"


@pytest.fixture
def red(demo_como) -> Path:
    return demo_como("red.db")


def _punto(ruta, sesion: int) -> int:
    return leer(ruta, "SELECT min(id) FROM puntos_orden WHERE sesion_id = ?", (sesion,))[0][0]


def _sesion_abierta(ruta) -> int:
    return leer(ruta, "SELECT min(s.id) FROM sesiones s LEFT JOIN actas a ON a.sesion_id = s.id "
                      "WHERE coalesce(a.estado, 'borrador') = 'borrador'")[0][0]


def _mocion(sesion: int, punto: int, numero: int = 1) -> str:
    return ("INSERT INTO mociones (sesion_id, punto_id, numero, titulo, texto, recibida_el) "
            f"VALUES ({sesion}, {punto}, {numero}, 'Declaración', 'Primer párrafo.', '2026-01-10')")


def test_una_mocion_no_entra_en_una_sesion_con_el_acta_aprobada(red):
    with pytest.raises(sqlite3.IntegrityError, match=CONGELADA):
        sql(red, _mocion(CUMBRE, _punto(red, CUMBRE)))
    with pytest.raises(sqlite3.IntegrityError, match=CONGELADA):
        sql(red, f"INSERT INTO listas_de_oradores (sesion_id, punto_id) VALUES ({CUMBRE}, {_punto(red, CUMBRE)})")
    assert leer(red, "SELECT count(*) FROM mociones")[0][0] == 0


def test_una_mocion_no_apunta_al_punto_de_otra_sesion(red):
    abierta = _sesion_abierta(red)
    with pytest.raises(sqlite3.IntegrityError, match="El punto de la moción es de otra sesión"):
        sql(red, _mocion(abierta, _punto(red, CUMBRE)))


def test_lo_de_la_sala_de_una_sesion_abierta_se_escribe_con_su_bitacora(red):
    abierta = _sesion_abierta(red)
    punto = _punto(red, abierta)
    sql(red, _mocion(abierta, punto),
        "INSERT INTO enmiendas (mocion_id, numero, recibida_el) VALUES (1, 1, '2026-01-11')",
        "INSERT INTO cambios_enmienda (enmienda_id, orden, operacion, parrafo, texto) "
        "VALUES (1, 1, 'reemplazar', 1, 'Otro párrafo.')",
        f"INSERT INTO listas_de_oradores (sesion_id, punto_id) VALUES ({abierta}, {punto})",
        "INSERT INTO oradores (lista_id, orden, persona, pedida_en) VALUES (1, 1, 'Delegada', '2026-01-12 10:00:00')")
    anotadas = {e for (e,) in leer(red, "SELECT DISTINCT entidad FROM bitacora WHERE entidad IN ('mociones', "
                                        "'enmiendas', 'cambios_enmienda', 'listas_de_oradores', 'oradores')")}
    assert anotadas == {"mociones", "enmiendas", "cambios_enmienda", "listas_de_oradores", "oradores"}
    # Una votación final por moción: la segunda se rechaza.
    votacion = ("INSERT INTO votaciones_sala (mocion_id, metodo, mayoria, base, a_favor, en_contra, abstenciones, "
                "presentes, con_derecho, aprobada, texto_resultado) VALUES (1, 'alzada', 'simple', 'emitidos', 3, 1, 0, "
                "4, 4, 1, 'Aprobada')")
    sql(red, votacion)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        sql(red, votacion)


def test_quitar_el_trigger_para_agregar_una_mocion_a_la_cumbre_lo_delata_verificar(cli, red):
    sql(red, "DROP TRIGGER mociones_congelado_insert", _mocion(CUMBRE, _punto(red, CUMBRE)))

    resultado = cli("verificar", db=red)
    assert resultado.returncode == 1
    assert "«mociones_congelado_insert» (en «mociones»: «El acta de esta sesión está aprobada: su contenido no se " \
           "modifica (agregue una fe de erratas)»)" in resultado.stderr


def test_quitar_el_trigger_para_mudar_una_mocion_de_sesion_lo_delata_verificar(cli, red):
    abierta = _sesion_abierta(red)
    sql(red, "DROP TRIGGER mociones_coherente_insert", _mocion(abierta, _punto(red, CUMBRE)))

    resultado = cli("verificar", db=red)
    assert resultado.returncode == 1
    assert "«mociones_coherente_insert» (en «mociones»: «El punto de la moción es de otra sesión»)" in resultado.stderr
