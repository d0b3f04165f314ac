"""La comprobación completa que queda para después de abrir (datos/comprobacion_diferida.py): la ventana no la espera
para mostrar el padrón, la hace en segundo plano y nada se guarda antes de que termine; si encuentra daño, la base
queda solo para consultar y la próxima apertura la comprueba antes de abrirla, como antes."""

import os
import sqlite3

import pytest

from escritorio.datos import integridad
from escritorio.datos.conexion import solo_lectura
from escritorio.datos.respaldo_identidad import listar_respaldos
from escritorio.errores import ErrorBaseDanada, ErrorEscritorio
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base, cerrar_base, tareas_de_la_apertura
from escritorio.servicios.respaldo import cerrar_la_ventana


def _abrir_como_la_ventana(ruta):
    return abrir_base(ruta, respaldo_al_abrir=True, respaldo_despues=True)


def _danar_la_bitacora(ruta) -> None:
    """Pisa las hojas de la bitácora (que abrir y listar no leen), como un disco que se estropea."""
    conexion = sqlite3.connect(ruta)
    try:
        paginas = [f[0] for f in conexion.execute(
            "SELECT pageno FROM dbstat WHERE name = 'bitacora' AND pagetype = 'leaf'")]
    except sqlite3.OperationalError:
        pytest.skip("este SQLite no tiene la tabla virtual dbstat")
    finally:
        conexion.close()
    tamano = int.from_bytes(ruta.read_bytes()[16:18], "big")
    with open(ruta, "r+b") as archivo:
        for pagina in paginas:
            archivo.seek((pagina - 1) * tamano + 8)
            archivo.write(b"\xff" * 200)


def test_una_base_sellada_no_se_recorre_al_abrir_la_ventana(copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)   # como la primera orden: queda pendiente
    crear_asociacion(db, NuevaAsociacion(nombre="Red que escribe y sella", sigla="RES"))   # la recorre y la sella
    cerrar_base(db)   # y al cerrar, la vuelve a sellar como queda
    assert integridad.sello_vigente(copia_de_la_demo)

    db = _abrir_como_la_ventana(copia_de_la_demo)
    assert db.estado.comprobacion_pendiente is None and db.estado.sana
    cerrar_la_ventana(db)


def test_la_ventana_abre_sin_esperarla_y_la_primera_escritura_la_exige(copia_de_la_demo):
    assert not integridad.sello_vigente(copia_de_la_demo)   # una copia: otro archivo, sin sello
    db = _abrir_como_la_ventana(copia_de_la_demo)
    try:
        assert db.estado.comprobacion_pendiente is not None and not db.estado.sana
        assert [a["sigla"] for a in listar_asociaciones(db)] == ["RCS"]   # consultar no la espera
        assert not integridad.sello_vigente(copia_de_la_demo)

        crear_asociacion(db, NuevaAsociacion(nombre="Red guardada", sigla="RGU"))   # antes de escribir, la recorre

        assert db.estado.comprobacion_pendiente is None and db.estado.sana
    finally:
        cerrar_la_ventana(db)
    assert integridad.sello_vigente(copia_de_la_demo), "comprobada y cerrada en orden: la próxima no la recorre"


def test_en_segundo_plano_la_comprueba_y_despues_la_respalda(copia_de_la_demo):
    db = _abrir_como_la_ventana(copia_de_la_demo)
    try:
        assert tareas_de_la_apertura(db) is None
        assert db.estado.sana and integridad.sello_vigente(copia_de_la_demo)
        respaldos = listar_respaldos(copia_de_la_demo)
        assert [r["motivo"] for r in respaldos] == ["apertura"] and respaldos[0]["integro"] is True
    finally:
        cerrar_la_ventana(db)


def test_una_base_danada_se_nota_en_segundo_plano_y_no_se_guarda_nada_en_ella(copia_de_la_demo):
    _danar_la_bitacora(copia_de_la_demo)
    db = _abrir_como_la_ventana(copia_de_la_demo)   # abre y muestra lo que se puede leer
    assert [a["sigla"] for a in listar_asociaciones(db)] == ["RCS"]

    aviso = tareas_de_la_apertura(db)

    assert aviso is not None and "está dañada" in aviso and "recuperar el último respaldo sano" in aviso
    assert solo_lectura(db) is not None and solo_lectura(db).aviso == aviso   # la franja de la ventana lo dice
    antes = copia_de_la_demo.read_bytes()
    with pytest.raises(ErrorEscritorio, match="dañada"):
        crear_asociacion(db, NuevaAsociacion(nombre="Red que no se guarda", sigla="RNG"))
    cerrar_la_ventana(db)
    assert listar_respaldos(copia_de_la_demo) == [], "una base dañada no se copia como respaldo"
    assert copia_de_la_demo.read_bytes() == antes
    assert not integridad.sello_vigente(copia_de_la_demo) and integridad.dano_visto(copia_de_la_demo)

    # La próxima vez que se abre, se comprueba ANTES de abrirla: la ventana ofrece recuperar el último respaldo sano.
    with pytest.raises(ErrorBaseDanada):
        _abrir_como_la_ventana(copia_de_la_demo)


def test_cerrar_la_ventana_cancela_la_comprobacion_en_curso_y_no_sella(copia_de_la_demo, monkeypatch):
    """Si la ventana se cierra mientras recorre la base (una grande), la comprobación se deja: sin terminarla la base
    no se sella, y la próxima apertura la vuelve a tener pendiente."""
    from escritorio.datos import respaldo_de_cierre

    db = _abrir_como_la_ventana(copia_de_la_demo)
    pendiente = db.estado.comprobacion_pendiente
    monkeypatch.setattr(respaldo_de_cierre, "PRESUPUESTO_S", 0.0)   # sin tiempo para terminarla al cerrar
    pendiente.cancelar()
    assert pendiente.hacer() is None   # el hilo de la ventana la deja
    cierre = respaldo_de_cierre.cerrar_la_sesion(db, _cerrar, presupuesto_s=0.0)
    assert cierre.pendiente and cierre.respaldo is None
    assert not integridad.sello_vigente(copia_de_la_demo)
    assert os.path.exists(copia_de_la_demo)
    db = _abrir_como_la_ventana(copia_de_la_demo)
    assert db.estado.comprobacion_pendiente is not None
    cerrar_la_ventana(db)


def _cerrar(db):
    from escritorio.datos.conexion import cerrar

    cerrar(db)
