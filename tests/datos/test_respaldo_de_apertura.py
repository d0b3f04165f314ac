"""El respaldo de apertura que la ventana deja para después de mostrarse (datos/respaldo_de_apertura.py): copia la base
tal como abrió aunque la ventana ya haya guardado algo, cerrar la base lo espera (o lo hace), y si no se puede hacer
se dice por qué sin perder nada: con el disco lleno, la base queda solo para consultar."""

import sqlite3
import threading

from escritorio.datos import testigo
from escritorio.datos.conexion import solo_lectura
from escritorio.datos.respaldo_identidad import listar_respaldos
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base, hacer_respaldo_de_apertura


def _abrir_como_la_ventana(ruta):
    return abrir_base(ruta, respaldo_al_abrir=True, respaldo_despues=True)


def _de_apertura(ruta) -> list[dict]:
    return [r for r in listar_respaldos(ruta) if r["motivo"] == "apertura"]


def test_copia_la_base_como_abrio_aunque_la_ventana_ya_haya_guardado(copia_de_la_demo):
    db = _abrir_como_la_ventana(copia_de_la_demo)
    assert _de_apertura(copia_de_la_demo) == []  # abrir no esperó a la copia
    crear_asociacion(db, NuevaAsociacion(nombre="Red guardada después de abrir", sigla="RGD"))

    assert hacer_respaldo_de_apertura(db) is None
    respaldos = _de_apertura(copia_de_la_demo)
    assert len(respaldos) == 1 and respaldos[0]["integro"] is True
    copia = sqlite3.connect(respaldos[0]["ruta"])
    assert [fila[0] for fila in copia.execute("SELECT sigla FROM asociaciones")] == ["RCS"]  # sin la nueva
    cabeza_de_la_copia = testigo.cabeza_de_cadena(copia)
    copia.close()
    anotado = testigo.leer(respaldos[0]["ruta"])
    assert (anotado.sello_id, anotado.huella) == tuple(cabeza_de_la_copia)  # su testigo es el de la copia
    assert cabeza_de_la_copia != testigo.cabeza_de_cadena(db.conn)       # la base ya siguió
    assert [a["sigla"] for a in listar_asociaciones(db)] == ["RCS", "RGD"]
    db.close()


def test_cerrar_la_base_hace_el_respaldo_que_nadie_empezo(copia_de_la_demo):
    db = _abrir_como_la_ventana(copia_de_la_demo)
    db.close()
    assert len(_de_apertura(copia_de_la_demo)) == 1


def test_cerrar_espera_al_respaldo_que_corre_en_otro_hilo(copia_de_la_demo):
    db = _abrir_como_la_ventana(copia_de_la_demo)
    hilo = threading.Thread(target=hacer_respaldo_de_apertura, args=[db])
    hilo.start()
    db.close()  # mientras el hilo copia: espera, y no hace una segunda copia
    hilo.join()
    respaldos = _de_apertura(copia_de_la_demo)
    assert len(respaldos) == 1 and respaldos[0]["integro"] is True
    assert list(copia_de_la_demo.parent.glob("respaldos/*.parcial")) == []


def test_si_no_se_puede_copiar_se_dice_por_que_y_la_base_sigue_en_uso(copia_de_la_demo):
    (copia_de_la_demo.parent / "respaldos").write_text("un archivo donde iría la carpeta de respaldos")
    db = _abrir_como_la_ventana(copia_de_la_demo)
    aviso = hacer_respaldo_de_apertura(db)
    assert aviso.startswith(f"No se pudo hacer el respaldo de apertura de {copia_de_la_demo}")
    assert "Archivo → Crear respaldo…" in aviso and "carpeta «respaldos»" in aviso
    assert "Errno" not in aviso  # el motivo del sistema, en castellano
    assert solo_lectura(db) is None
    crear_asociacion(db, NuevaAsociacion(nombre="Se sigue guardando", sigla="SSG"))
    assert hacer_respaldo_de_apertura(db) == aviso  # preguntar de nuevo no vuelve a intentar ni cambia la respuesta
    db.close()
    db = abrir_base(copia_de_la_demo)
    assert [a["sigla"] for a in listar_asociaciones(db)] == ["RCS", "SSG"]
    db.close()
