"""La basura de Python se recoge en el hilo de la ventana, también mientras un trabajo corre en otro hilo
(interfaz/recolector.py): si el recolector de ciclos corriera en el hilo del trabajo, destruiría allí los widgets que
quedaron en un ciclo, y Qt cae al pintar (la caída intermitente de la importación de un xlsx)."""

import gc
import threading

from escritorio.interfaz.aplicacion import crear_aplicacion
from escritorio.interfaz.recolector import RecolectorDeLaVentana
from escritorio.interfaz.trabajos import ejecutar_con_progreso


class _EnUnCiclo:
    """Un objeto que solo el recolector de ciclos libera; anota en qué hilo."""

    def __init__(self, hilos: list):
        self.yo_mismo = self
        self._hilos = hilos

    def __del__(self):
        self._hilos.append(threading.get_ident())


def _trabajo_que_pide_mucha_memoria(_informar):
    # Muchos contenedores vivos a la vez: pasan de sobra el umbral de la generación 0 (700), como leer un xlsx.
    return [[] for _ in range(50_000)]


def _basura_y_un_trabajo(hilos: list[int]) -> list:
    gc.collect()
    for _ in range(20):
        _EnUnCiclo(hilos)
    resultado = ejecutar_con_progreso(None, "Importando", _trabajo_que_pide_mucha_memoria, mostrar_desde_ms=10_000)
    assert len(resultado) == 50_000
    return resultado   # vivo: la cuenta de la generación 0 sigue pasada de su umbral


def test_con_la_ventana_la_basura_de_un_trabajo_en_otro_hilo_se_recoge_en_el_hilo_de_la_ventana(qapp):
    recolector = RecolectorDeLaVentana()   # fuera de esta prueba, tests/conftest.py ya pone uno en cada prueba con Qt
    try:
        hilos: list[int] = []
        resultado = _basura_y_un_trabajo(hilos)
        recolector.detener()
        del resultado
        assert len(hilos) == 20   # al detenerlo recoge lo que tocaba: nada queda sin liberar
        assert set(hilos) == {threading.main_thread().ident}
    finally:
        recolector.detener()


def test_detenido_python_vuelve_a_recoger_solo(qapp):
    gc.enable()
    recolector = RecolectorDeLaVentana()
    assert not gc.isenabled()
    recolector.detener()
    assert gc.isenabled()


def test_la_aplicacion_instala_el_recolector_una_sola_vez(qapp):
    app = crear_aplicacion()
    try:
        assert isinstance(app.recolector, RecolectorDeLaVentana)
        assert crear_aplicacion().recolector is app.recolector
    finally:
        app.recolector.detener()
        del app.recolector
