"""Deshacer aplica solo lo que el programa anotó (issue 77, §3), probado como lo hizo quien atacó: con sqlite3 sobre
el archivo se planta una fila en `cambios_reversibles` a nombre de la secretaria (su usuario y su equipo), que
«deshace» la ficha de Rosario a un nombre inventado; sin volver a sellar, y volviendo a sellar la cadena con la misma
cuenta que hace el programa (como haría quien copió su código). «escritorio deshacer» la rechaza con el motivo, no
escribe nada y la bitácora queda igual; un cambio de verdad se sigue deshaciendo."""

import json
import sqlite3
from contextlib import closing

import pytest

from ayudas import sin_sus_triggers, sin_traza
from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.bitacora import sellar
from escritorio.servicios.reversibles import puesto


def _una(ruta, consulta: str, parametros=()):
    with closing(sqlite3.connect(ruta)) as conexion:
        return conexion.execute(consulta, parametros).fetchone()


def _plantar(ruta, *, resellar: bool) -> None:
    """La fila falsa: la ficha de Rosario «antes» con otro nombre, «después» como está hoy (así pasa la comprobación
    de siempre, la de que nadie la cambió después)."""
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        conexion.row_factory = sqlite3.Row
        hoy = dict(conexion.execute("SELECT * FROM miembros WHERE nombre = 'Rosario'").fetchone())
        ultimo = conexion.execute("SELECT max(id) FROM bitacora").fetchone()[0]
        filas = [{"tabla": "miembros", "id": hoy["id"], "antes": {**hoy, "nombre": "Rosario (dato plantado)"},
                  "despues": hoy}]
        quien, equipo = puesto()
        conexion.execute("INSERT INTO cambios_reversibles (asociacion_id, tipo, detalle, filas, quien, equipo, "
                         "ultimo_registro) VALUES (1, 'ficha', 'Rosario', ?, ?, ?, ?)",
                         [json.dumps(filas, ensure_ascii=False), quien, equipo, ultimo])
    if resellar:   # la cadena vuelta a sellar con la cuenta del programa: verificar no ve nada raro
        db = BaseDeDatos(sqlite3.connect(ruta))
        try:
            with db.conn:
                sellar(db)
        finally:
            db.conn.close()


@pytest.mark.parametrize("resellar", [False, True], ids=["sin_sellar", "vuelta_a_sellar"])
def test_una_fila_plantada_en_cambios_reversibles_no_se_aplica(cli, copia_de_la_demo, resellar):
    base = copia_de_la_demo
    _plantar(base, resellar=resellar)
    registros = _una(base, "SELECT count(*) FROM bitacora")[0]
    visto = cli("deshacer", "--ver", "--json", db=base)
    sin_traza(visto)
    if resellar:   # sin sellar, el programa la sella aparte como incidente al abrir para escribir
        assert json.loads(visto.stdout)["posible"] is False
    hecho = cli("deshacer", db=base)
    sin_traza(hecho)
    assert hecho.returncode == 1, hecho.stdout
    assert "Ese cambio no es uno que Escritorio haya anotado" in hecho.stderr, hecho.stderr
    assert _una(base, "SELECT count(*) FROM miembros WHERE nombre LIKE '%plantado%'") == (0,)
    assert _una(base, "SELECT count(*) FROM cambios_reversibles WHERE deshecho_en IS NOT NULL") == (0,)
    # Nada que deshacer se escribió (a lo sumo, el sello aparte de lo que dejó sqlite3 y su incidente).
    assert _una(base, "SELECT count(*) FROM bitacora WHERE entidad = 'miembros' AND id > ?", [registros]) == (0,)


def test_un_cambio_de_verdad_se_sigue_deshaciendo_despues_del_intento(cli, copia_de_la_demo):
    base = copia_de_la_demo
    _plantar(base, resellar=True)
    rosario = _una(base, "SELECT id FROM miembros WHERE nombre = 'Rosario'")[0]
    assert cli("miembros", "editar", rosario, "--region", "Santa Fe (sur)", db=base).returncode == 0
    hecho = cli("deshacer", db=base)
    assert hecho.returncode == 0, hecho.stderr
    assert _una(base, "SELECT region FROM miembros WHERE id = ?", [rosario]) == ("Santa Fe",)


def test_un_sello_con_otro_numero_se_nota(cli, copia_de_la_demo):
    """Issue 77, §5: la numeración de los sellos movida a mano (el último sello con un número de más) se avisa."""
    base = copia_de_la_demo
    assert cli("miembros", "editar", 3, "--region", "Santa Fe (sur)", db=base).returncode == 0
    with closing(sqlite3.connect(base)) as conexion:
        assert sin_sus_triggers(conexion, "bitacora_sellos", "UPDATE bitacora_sellos SET id = id + 5 "
                                "WHERE id = (SELECT max(id) FROM bitacora_sellos)") == 1
    verificado = cli("verificar", db=base)
    assert "la numeración de los sellos salta (del 1 al 7)" in verificado.stdout + verificado.stderr, verificado.stdout
