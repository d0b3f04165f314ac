"""Los respaldos de la ventana sin esperas (datos/respaldo_de_apertura.py, datos/respaldo_de_cierre.py): no se copia
una base igual a su último respaldo; el respaldo de cierre se hace si entra en el segundo de cerrar y, si no, queda
pendiente y lo termina la próxima apertura en segundo plano; una copia dejada a medias (la ventana que se cierra, un
proceso matado) nunca queda con nombre de respaldo, y la próxima apertura la vuelve a hacer."""

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime

import pytest

from escritorio.datos import respaldo, respaldo_copia, respaldo_rotacion, testigo
from escritorio.datos.respaldo import RespaldoInterrumpido
from escritorio.datos.respaldo_identidad import listar_respaldos, mejor_respaldo
from escritorio.datos.respaldo_de_cierre import cerrar_la_sesion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base, cerrar_base, tareas_de_la_apertura
from escritorio.servicios.respaldo import cerrar_la_ventana


def _abrir_como_la_ventana(ruta):
    return abrir_base(ruta, respaldo_al_abrir=True, respaldo_despues=True)


def _cerrar(db):
    from escritorio.datos.conexion import cerrar

    cerrar(db)


def _motivos(ruta) -> list[str]:
    return [r["motivo"] for r in listar_respaldos(ruta)]


def _siglas(ruta) -> list[str]:
    import sqlite3

    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return [f[0] for f in conexion.execute("SELECT sigla FROM asociaciones ORDER BY id")]
    finally:
        conexion.close()


def _parciales(ruta) -> list:
    return list((ruta.parent / "respaldos").glob("*.parcial*")) if (ruta.parent / "respaldos").exists() else []


def _sesion_con_un_cambio(ruta, sigla: str, **opciones):
    """Abre como la ventana (comprobación y respaldo de apertura en segundo plano), guarda una asociación y cierra."""
    db = _abrir_como_la_ventana(ruta)
    assert tareas_de_la_apertura(db) is None
    crear_asociacion(db, NuevaAsociacion(nombre=f"Red {sigla}", sigla=sigla))
    return cerrar_la_sesion(db, _cerrar, **opciones)


def test_sin_cambios_no_se_copia_otra_vez_ni_al_cerrar_ni_al_volver_a_abrir(copia_de_la_demo):
    db = _abrir_como_la_ventana(copia_de_la_demo)
    assert tareas_de_la_apertura(db) is None   # la comprobación y el respaldo de apertura
    cierre = cerrar_la_ventana(db)
    (apertura,) = listar_respaldos(copia_de_la_demo)
    assert apertura["motivo"] == "apertura" and cierre.igual_a == apertura["ruta"].name and not cierre.pendiente
    assert testigo.leer(copia_de_la_demo).respaldada["respaldo"] == apertura["ruta"].name

    db = _abrir_como_la_ventana(copia_de_la_demo)   # igual a su respaldo y sellada: nada que hacer
    assert db.estado.respaldo_de_apertura is None and db.estado.comprobacion_pendiente is None
    assert tareas_de_la_apertura(db) is None
    cierre = cerrar_la_ventana(db)
    assert cierre.igual_a == apertura["ruta"].name
    assert [r["ruta"] for r in listar_respaldos(copia_de_la_demo)] == [apertura["ruta"]]


def test_un_respaldo_alterado_no_cuenta_como_igual(copia_de_la_demo):
    db = _abrir_como_la_ventana(copia_de_la_demo)
    tareas_de_la_apertura(db)
    cerrar_la_ventana(db)
    (apertura,) = listar_respaldos(copia_de_la_demo)
    huella = apertura["ruta"].with_name(apertura["ruta"].name + ".sha256")
    huella.write_text("0" * 64 + "  otro.db\n", encoding="ascii")   # ya no es el que anotó el testigo

    db = _abrir_como_la_ventana(copia_de_la_demo)
    assert db.estado.respaldo_de_apertura is not None   # se copia de nuevo
    cerrar_la_ventana(db)


def test_cerrar_despues_de_escribir_respalda_lo_escrito(copia_de_la_demo):
    cierre = _sesion_con_un_cambio(copia_de_la_demo, "RCE")

    assert cierre.respaldo is not None and not cierre.pendiente
    assert _siglas(cierre.respaldo) == ["RCS", "RCE"]
    assert _motivos(copia_de_la_demo) == ["cierre"]   # la rotación deja el más nuevo del día
    assert listar_respaldos(copia_de_la_demo)[0]["integro"] is True
    anotado = testigo.leer(copia_de_la_demo)
    assert anotado.respaldada["respaldo"] == cierre.respaldo.name and anotado.respaldo_pendiente is None
    assert _parciales(copia_de_la_demo) == []


def test_el_que_no_entra_queda_pendiente_y_lo_termina_la_proxima_apertura(copia_de_la_demo):
    cierre = _sesion_con_un_cambio(copia_de_la_demo, "RPE", presupuesto_s=0.0)   # no entra: pendiente

    assert cierre.pendiente and cierre.respaldo is None
    assert _motivos(copia_de_la_demo) == ["apertura"] and _parciales(copia_de_la_demo) == []
    pendiente = testigo.leer(copia_de_la_demo).respaldo_pendiente
    momento = datetime.fromisoformat(pendiente["momento"])

    db = _abrir_como_la_ventana(copia_de_la_demo)
    assert (db.estado.respaldo_de_apertura.motivo, db.estado.respaldo_de_apertura.momento) == ("cierre", momento)
    assert tareas_de_la_apertura(db) is None
    cerrar_la_ventana(db)

    (hecho,) = [r for r in listar_respaldos(copia_de_la_demo) if r["motivo"] == "cierre"]
    assert hecho["momento"] == momento and hecho["integro"] is True   # el del cierre, con su hora
    assert _siglas(hecho["ruta"]) == ["RCS", "RPE"]
    anotado = testigo.leer(copia_de_la_demo)
    assert anotado.respaldo_pendiente is None and anotado.respaldada["respaldo"] == hecho["ruta"].name


def test_si_la_base_cambio_despues_del_cierre_se_respalda_como_quedo(copia_de_la_demo):
    _sesion_con_un_cambio(copia_de_la_demo, "RPE", presupuesto_s=0.0)
    db = abrir_base(copia_de_la_demo)   # otra orden escribe antes de la próxima apertura de la ventana
    crear_asociacion(db, NuevaAsociacion(nombre="Red de la línea de órdenes", sigla="RLO"))
    cerrar_base(db)
    time.sleep(1.1)   # otro segundo: el nombre del respaldo lleva la hora (dos en el mismo segundo, la rotación deja uno)

    db = _abrir_como_la_ventana(copia_de_la_demo)
    assert db.estado.respaldo_de_apertura.motivo == "apertura"   # el estado del cierre ya no existe
    tareas_de_la_apertura(db)
    cierre = cerrar_la_ventana(db)
    hecho = db.estado.respaldo_de_apertura.hecho
    assert hecho.name.endswith(".db") and "-apertura" in hecho.name and cierre.igual_a == hecho.name
    assert _siglas(hecho) == ["RCS", "RPE", "RLO"]
    assert testigo.leer(copia_de_la_demo).respaldo_pendiente is None


def test_una_copia_interrumpida_no_deja_nada(copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)
    pasos = []

    def interrumpir():
        pasos.append(1)
        if len(pasos) > 1:
            raise RespaldoInterrumpido

    antes = set((copia_de_la_demo.parent / "respaldos").glob("*")) if (copia_de_la_demo.parent / "respaldos").exists() \
        else set()
    with pytest.raises(RespaldoInterrumpido):
        respaldo_rotacion.respaldar_automaticamente(db.conn, copia_de_la_demo, "cierre", interrumpir=interrumpir)
    cerrar_base(db)
    despues = set((copia_de_la_demo.parent / "respaldos").glob("*"))
    assert despues == antes   # ni respaldo, ni huella, ni temporal


def test_cerrar_deja_el_respaldo_de_apertura_que_corre_sin_dejar_nada_a_medias(copia_de_la_demo, monkeypatch):
    """La ventana se cierra mientras el hilo de la apertura copia una base grande: la copia se deja entre paso y paso,
    su temporal se borra y el contenido queda pendiente para la próxima apertura."""
    copiando = threading.Event()
    original = respaldo_copia.copiar_a

    def despacio(origen, temporal, **opciones):
        interrumpir = opciones.get("interrumpir")

        def paso():
            copiando.set()
            time.sleep(0.02)
            if interrumpir is not None:
                interrumpir()

        return original(origen, temporal, **{**opciones, "interrumpir": paso})

    monkeypatch.setattr(respaldo_copia, "copiar_a", despacio)
    monkeypatch.setattr(respaldo_copia, "PAGINAS_POR_PASO", 1)
    db = _abrir_como_la_ventana(copia_de_la_demo)
    hilo = threading.Thread(target=tareas_de_la_apertura, args=[db])
    hilo.start()
    assert copiando.wait(30)

    cierre = cerrar_la_sesion(db, _cerrar, presupuesto_s=0.3)
    hilo.join(30)

    assert not hilo.is_alive()
    assert cierre.pendiente and cierre.respaldo is None
    assert listar_respaldos(copia_de_la_demo) == [] and _parciales(copia_de_la_demo) == []
    assert testigo.leer(copia_de_la_demo).respaldo_pendiente is not None


_SESION_MATADA = """
import sys, time
from escritorio.datos import respaldo_copia
original = respaldo_copia.copiar_a

def despacio(origen, temporal, **opciones):
    def paso():
        print("COPIANDO", flush=True)
        time.sleep(0.05)
    return original(origen, temporal, **{**opciones, "interrumpir": paso})

respaldo_copia.copiar_a = despacio
respaldo_copia.PAGINAS_POR_PASO = 1
from escritorio.servicios.base import abrir_base, tareas_de_la_apertura
db = abrir_base(sys.argv[1], respaldo_al_abrir=True, respaldo_despues=True)
tareas_de_la_apertura(db)
print("TERMINO", flush=True)
"""


def test_un_corte_a_mitad_del_respaldo_pendiente_no_deja_un_respaldo_y_la_proxima_apertura_lo_termina(
        copia_de_la_demo, entorno_cli):
    _sesion_con_un_cambio(copia_de_la_demo, "RKI", presupuesto_s=0.0)   # el de cierre queda pendiente
    pendiente = testigo.leer(copia_de_la_demo).respaldo_pendiente
    antes = sorted(r["ruta"] for r in listar_respaldos(copia_de_la_demo))

    # La ventana siguiente empieza a copiarlo en segundo plano y el proceso muere a mitad (SIGKILL).
    proceso = subprocess.Popen([sys.executable, "-c", _SESION_MATADA, str(copia_de_la_demo)], env=entorno_cli,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for linea in proceso.stdout:
            if linea.strip() == "COPIANDO" and _parciales(copia_de_la_demo):
                break
        else:
            pytest.fail(f"no llegó a copiar: {proceso.stderr.read()}")
        os.kill(proceso.pid, signal.SIGKILL)
    finally:
        proceso.wait(30)
    assert proceso.returncode == -signal.SIGKILL

    # Nada a medias con nombre de respaldo: el temporal se llama .parcial, no se lista ni se ofrece para recuperar.
    assert _parciales(copia_de_la_demo)
    assert sorted(r["ruta"] for r in listar_respaldos(copia_de_la_demo)) == antes
    assert mejor_respaldo(copia_de_la_demo) in antes
    # El testigo lo sigue pidiendo: la próxima apertura lo termina, con la hora del cierre.
    assert testigo.leer(copia_de_la_demo).respaldo_pendiente == pendiente
    db = _abrir_como_la_ventana(copia_de_la_demo)
    assert db.estado.respaldo_de_apertura.motivo == "cierre"
    assert tareas_de_la_apertura(db) is None
    cerrar_la_ventana(db)
    hechos = [r for r in listar_respaldos(copia_de_la_demo) if r["motivo"] == "cierre"]
    assert len(hechos) == 1 and hechos[0]["integro"] is True
    assert hechos[0]["momento"] == datetime.fromisoformat(pendiente["momento"])
    assert _siglas(hechos[0]["ruta"]) == ["RCS", "RKI"]
    assert testigo.leer(copia_de_la_demo).respaldo_pendiente is None


def test_la_copia_y_su_huella_son_de_lo_que_habia_al_abrir(copia_de_la_demo):
    """La huella se calcula al copiar (mientras el disco escribe), sin volver a leer el respaldo: es la del archivo."""
    db = _abrir_como_la_ventana(copia_de_la_demo)
    tareas_de_la_apertura(db)
    crear_asociacion(db, NuevaAsociacion(nombre="Red después de abrir", sigla="RDA"))
    assert [a["sigla"] for a in listar_asociaciones(db)] == ["RCS", "RDA"]
    hecho = db.estado.respaldo_de_apertura.hecho
    assert respaldo.huella_anotada(hecho) == respaldo.huella_de_archivo(hecho)
    assert _siglas(hecho) == ["RCS"]
    cerrar_la_ventana(db)
