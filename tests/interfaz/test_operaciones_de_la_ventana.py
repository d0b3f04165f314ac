"""Una operación desde la ventana (interfaz/operaciones.py): el servicio corre por la oficina, su fracaso se muestra en
un solo lugar, lo largo va en otro hilo con el diálogo de progreso, y el aviso de lo que cambió llega una vez, en el
hilo de la ventana. Con temporizadores e hilos de verdad, y lo escrito leído de la base al volver a abrirla."""

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from escritorio.errores import ErrorEscritorio
from escritorio.interfaz.cambios import Cambios
from escritorio.interfaz.operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.oficina import Oficina
from escritorio.servicios.organos import NuevoOrgano, crear_organo, listar_organos


@pytest.fixture
def oficina(db):
    asociacion_id = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                         paises={"AR": "pleno"}))
    return Oficina(db, {"id": asociacion_id, "sigla": "RML", "nombre": "Red de Municipios del Litoral"})


@pytest.fixture
def padre(qtbot):
    widget = QWidget()
    widget.setWindowTitle("Órganos")
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def avisos(oficina):
    """Los temas que la ventana recibe (interfaz/cambios.py), con el hilo en que llegan."""
    cambios = Cambios()
    cambios.escuchar(oficina)
    recibidos: list[tuple[frozenset, bool]] = []
    cambios.cambio.connect(lambda temas: recibidos.append(
        (temas, QThread.currentThread() is QApplication.instance().thread())))
    yield recibidos
    oficina.dejar_de_avisar(cambios._al_confirmar)


@pytest.fixture
def cuadros(monkeypatch):
    """Los cuadros de mensaje que se mostraron: (tipo, título, texto)."""
    mostrados: list[tuple[str, str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: mostrados.append(("aviso", titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: mostrados.append(("error", titulo, texto)))
    return mostrados


def organos_guardados(ruta_db) -> list[str]:
    """Lo que quedó en el archivo, leído con otra conexión."""
    otra = abrir_base(ruta_db)
    try:
        asociacion_id = otra.execute("SELECT id FROM asociaciones").fetchone()[0]
        return [o["nombre"] for o in listar_organos(Oficina(otra, {"id": asociacion_id}).contexto)]
    finally:
        otra.close()


def test_lo_que_sale_bien_llama_a_al_terminar_y_avisa_una_vez(oficina, padre, avisos, cuadros, ruta_db, qtbot):
    terminados = []
    hecho = hacer_en_la_ventana(padre, oficina, lambda: crear_organo(oficina.contexto, NuevoOrgano(
        nombre="Asamblea", tipo="asamblea")), que="crear un órgano", al_terminar=terminados.append)
    assert hecho is not None and terminados == [hecho.resultado]
    assert hecho.cambios.tablas == {"organos", "reglas_composicion"}
    qtbot.waitUntil(lambda: bool(avisos))
    qtbot.wait(50)   # nada más llega después
    assert avisos == [(frozenset({"organos"}), True)]
    assert cuadros == []
    assert organos_guardados(ruta_db) == ["Asamblea"]


def test_un_rechazo_muestra_un_cuadro_en_castellano_y_no_escribe_nada(oficina, padre, avisos, cuadros, ruta_db,
                                                                       qtbot):
    terminados = []
    # Escribe un órgano y después lo rechaza el servicio: la transacción entera se deshace.
    def crear_dos():
        with oficina.transaccion():
            crear_organo(oficina.contexto, NuevoOrgano(nombre="Consejo", tipo="consejo"))
            raise ErrorEscritorio("Ya hay un órgano llamado «Consejo» en esta asociación.")

    assert hacer_en_la_ventana(padre, oficina, crear_dos, que="crear un órgano", al_terminar=terminados.append) is None
    assert cuadros == [("aviso", "No se pudo completar", "Ya hay un órgano llamado «Consejo» en esta asociación.")]
    assert terminados == []
    qtbot.wait(50)
    assert avisos == []
    assert organos_guardados(ruta_db) == []


def test_un_rechazo_del_servicio_mismo(oficina, padre, cuadros, ruta_db):
    assert hacer_en_la_ventana(padre, oficina, lambda: crear_organo(oficina.contexto, NuevoOrgano(
        nombre="", tipo="consejo")), que="crear un órgano") is None
    [(tipo, titulo, texto)] = cuadros
    assert (tipo, titulo) == ("aviso", "No se pudo completar") and "nombre" in texto.lower()
    assert organos_guardados(ruta_db) == []


def test_un_error_inesperado_pide_disculpas_sin_traza(oficina, padre, avisos, cuadros, ruta_db, qtbot):
    def se_corta():
        with oficina.transaccion():
            crear_organo(oficina.contexto, NuevoOrgano(nombre="Consejo", tipo="consejo"))
            raise KeyError("columna_que_no_existe")

    assert hacer_en_la_ventana(padre, oficina, se_corta, que="crear un órgano") is None
    [(tipo, titulo, texto)] = cuadros
    assert (tipo, titulo) == ("error", "Error inesperado")
    assert texto.startswith("Lo sentimos: ocurrió un error inesperado y la operación no se completó.")
    assert "Traceback" not in texto and "KeyError" not in texto and "columna_que_no_existe" not in texto
    qtbot.wait(50)
    assert avisos == [] and organos_guardados(ruta_db) == []


def test_un_diálogo_que_muestra_sus_problemas_en_el_formulario(oficina, padre, cuadros):
    rechazados = []
    hacer_en_la_ventana(padre, oficina, lambda: crear_organo(oficina.contexto, NuevoOrgano(nombre="", tipo="consejo")),
                        que="crear un órgano", al_rechazar=rechazados.append)
    assert cuadros == [] and len(rechazados) == 1 and isinstance(rechazados[0], ErrorEscritorio)


def test_en_segundo_plano_la_ventana_sigue_respondiendo_y_el_resultado_llega(oficina, padre, avisos, cuadros,
                                                                              ruta_db, qtbot):
    hilos = []

    def trabajo(informar):
        hilos.append(threading.current_thread() is threading.main_thread())
        organo = crear_organo(oficina.contexto, NuevoOrgano(nombre="Asamblea", tipo="asamblea"))
        for paso in range(8):
            informar("escribiendo", paso, 8)
            time.sleep(0.05)
        return organo

    latidos = []
    reloj = QTimer()
    reloj.setInterval(20)
    reloj.timeout.connect(lambda: latidos.append(time.monotonic()))
    reloj.start()
    terminados = []
    try:
        hecho = hacer_en_la_ventana(padre, oficina, trabajo, que="crear un órgano", en_segundo_plano=True,
                                    al_terminar=terminados.append)
    finally:
        reloj.stop()
    assert hilos == [False]                        # corrió en otro hilo
    assert len(latidos) >= 5                       # el reloj de la ventana siguió latiendo mientras tanto (~0,4 s)
    assert hecho is not None and terminados == [hecho.resultado]
    assert hecho.cambios.tablas == {"organos", "reglas_composicion"}
    qtbot.waitUntil(lambda: bool(avisos))
    qtbot.wait(50)
    assert avisos == [(frozenset({"organos"}), True)]   # una vez, en el hilo de la ventana
    assert cuadros == [] and organos_guardados(ruta_db) == ["Asamblea"]


def test_cancelar_en_segundo_plano_no_escribe_nada(oficina, padre, avisos, cuadros, ruta_db, qtbot):
    def trabajo(informar):
        with oficina.transaccion():
            crear_organo(oficina.contexto, NuevoOrgano(nombre="Asamblea", tipo="asamblea"))
            for paso in range(60):
                informar("escribiendo", paso, 60)
                time.sleep(0.05)

    def pulsar_cancelar():
        for ventana in QApplication.topLevelWidgets():
            if isinstance(ventana, QProgressDialog) and ventana.isVisible():
                ventana.findChild(QPushButton).click()

    QTimer.singleShot(700, pulsar_cancelar)
    assert hacer_en_la_ventana(padre, oficina, trabajo, que="crear un órgano", en_segundo_plano=True) is None
    assert cuadros == [("aviso", "No se pudo completar", "Operación cancelada: no se modificó nada.")]
    qtbot.wait(50)
    assert avisos == [] and organos_guardados(ruta_db) == []


def test_una_consulta_larga_devuelve_lo_suyo_o_falla_en_el_mismo_lugar(oficina, padre, cuadros):
    assert consultar_en_la_ventana(padre, lambda: len(listar_organos(oficina.contexto)), que="contar órganos") == 0
    assert consultar_en_la_ventana(padre, lambda _informar: len(listar_organos(oficina.contexto)),
                                   que="contar órganos", en_segundo_plano=True) == 0
    assert cuadros == []

    def falla(_informar):
        raise ErrorEscritorio("El archivo no es un extracto bancario.")

    resultado = consultar_en_la_ventana(padre, falla, que="leer un extracto", en_segundo_plano=True)
    assert resultado is FALLO and not resultado
    assert cuadros == [("aviso", "No se pudo completar", "El archivo no es un extracto bancario.")]


def test_mientras_un_trabajo_usa_la_base_en_otro_hilo_ningun_area_la_lee(oficina, padre, qtbot):
    """El aviso de lo escrito puede llegar antes de que el trabajo termine (y antes de que se vea su diálogo de
    progreso): el área que se recargaría espera a que el trabajo suelte la conexión, y después se recarga."""
    from escritorio.interfaz.piezas.areas import recargar_despues_del_dialogo

    area = QWidget()
    qtbot.addWidget(area)
    area.show()
    recargas, durante = [], []

    def recargar():
        if not recargar_despues_del_dialogo(area, recargar):
            recargas.append(time.monotonic())

    def trabajo(_informar):
        crear_organo(oficina.contexto, NuevoOrgano(nombre="Asamblea", tipo="asamblea"))
        time.sleep(0.5)

    QTimer.singleShot(100, lambda: durante.append(recargar_despues_del_dialogo(area, recargar)))
    hacer_en_la_ventana(padre, oficina, trabajo, que="crear un órgano", en_segundo_plano=True)
    terminado = time.monotonic()
    assert durante == [True]                  # a los 0,1 s, con el trabajo corriendo: se deja para después
    qtbot.waitUntil(lambda: bool(recargas))
    assert recargas[0] >= terminado           # y se recarga al terminar


def test_un_rechazo_que_el_dialogo_no_muestra_va_al_cuadro(oficina, padre, cuadros, ruta_db):
    """`al_rechazar` devuelve False: no es de los problemas que el formulario marca (p. ej. el pago solo marca los de
    sus datos); el mensaje sale en el cuadro de siempre, una vez."""
    vistos = []

    def solo_los_de_los_datos(error):
        vistos.append(error.mensaje)
        return False

    def otro_rechazo():
        with oficina.transaccion():
            crear_organo(oficina.contexto, NuevoOrgano(nombre="Consejo", tipo="consejo"))
            raise ErrorEscritorio("La base está abierta solo para consultar: no se guardó nada.")

    assert hacer_en_la_ventana(padre, oficina, otro_rechazo, que="crear un órgano",
                               al_rechazar=solo_los_de_los_datos) is None
    assert vistos == ["La base está abierta solo para consultar: no se guardó nada."]
    assert cuadros == [("aviso", "No se pudo completar", "La base está abierta solo para consultar: no se guardó nada.")]
    assert organos_guardados(ruta_db) == []
