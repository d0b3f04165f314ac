"""«escritorio deshacer» y «escritorio rehacer» (issue 42): el mismo servicio que Edición ›
Deshacer en la ventana, sobre una copia de la red de ejemplo."""

import json
import sqlite3

from ayudas import sin_traza


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def telefono(ruta, nombre: str) -> str | None:
    with sqlite3.connect(ruta) as conexion:
        return conexion.execute("SELECT telefono FROM miembros WHERE nombre = ?", [nombre]).fetchone()[0]


def id_de(ruta, nombre: str) -> int:
    with sqlite3.connect(ruta) as conexion:
        return conexion.execute("SELECT id FROM miembros WHERE nombre = ?", [nombre]).fetchone()[0]


def test_deshacer_y_rehacer_la_ficha_desde_la_linea_de_ordenes(cli, copia_de_la_demo):
    base = copia_de_la_demo
    rosario, antes = id_de(base, "Rosario"), telefono(base, "Rosario")
    assert ok(cli("deshacer", "--ver", db=base)).strip() == "No hay nada para deshacer."

    ok(cli("miembros", "editar", rosario, "--telefono", "+54 341 480 2000", db=base))
    visto = ok(cli("deshacer", "--ver", db=base))
    assert visto.startswith("Deshacer: cambio de la ficha de Rosario (")
    assert telefono(base, "Rosario") == "+54 341 480 2000"   # --ver no deshace

    assert ok(cli("deshacer", db=base)).strip() == "Deshecho: cambio de la ficha de Rosario."
    assert telefono(base, "Rosario") == antes
    nada = cli("deshacer", db=base)
    assert nada.returncode == 1 and "No hay nada para deshacer" in nada.stderr

    pendiente = json.loads(ok(cli("rehacer", "--ver", "--json", db=base)))
    assert (pendiente["descripcion"], pendiente["posible"]) == ("cambio de la ficha de Rosario", True)
    assert ok(cli("rehacer", db=base)).strip() == "Rehecho: cambio de la ficha de Rosario."
    assert telefono(base, "Rosario") == "+54 341 480 2000"

    bitacora = ok(cli("bitacora", "listar", "--cantidad", "4", db=base))
    assert "Rehecho: cambio de la ficha de Rosario" in bitacora
    assert "Deshecho: cambio de la ficha de Rosario" in bitacora
    ok(cli("verificar", db=base))   # estado 0: la cadena de sellos de la bitácora sigue íntegra


def test_no_se_pisa_lo_que_otra_persona_cambio_despues_en_otro_proceso(cli, copia_de_la_demo):
    base = copia_de_la_demo
    rosario = id_de(base, "Rosario")
    ok(cli("miembros", "editar", rosario, "--telefono", "111", db=base))
    ok(cli("--operador", "Marta", "miembros", "editar", rosario, "--telefono", "222", db=base))

    visto = ok(cli("deshacer", "--ver", db=base))
    assert "Deshacer: cambio de la ficha de Rosario" in visto
    assert "No se puede: Después, " in visto and "· Marta" in visto and "Cambio en la ficha de Rosario" in visto
    rechazo = cli("deshacer", db=base)
    sin_traza(rechazo)
    assert rechazo.returncode == 1
    assert "No se puede deshacer «cambio de la ficha de Rosario». Después, " in rechazo.stderr
    assert telefono(base, "Rosario") == "222"   # lo de Marta sigue

    # Marta sí puede deshacer lo suyo: el teléfono vuelve al que dejó el primer cambio.
    assert ok(cli("--operador", "Marta", "deshacer", db=base)).strip() == \
        "Deshecho: cambio de la ficha de Rosario."
    assert telefono(base, "Rosario") == "111"
