"""La basura de Python se recoge solo en el hilo de la ventana.

El recolector de ciclos de Python corre en el hilo que esté pidiendo memoria cuando se pasa el umbral. Si ese es un
hilo de trabajo (la importación de `trabajos.py`, los próximos pasos, el sello de tiempo), puede destruir allí un
widget de Qt que quedó en un ciclo de referencias, y Qt solo admite destruirlos en el hilo de la ventana: el programa
cae más tarde, al pintar. Por eso, con la ventana abierta, la recolección automática se apaga y la hace un
temporizador del hilo de la ventana, con los mismos umbrales que usaría Python (`gc.get_threshold()`).

Mientras llega el padrón a la tabla de Miembros (interfaz/modelos/llenado_del_padron.py), la recolección se pospone
(`pausar`/`reanudar`): cada tupla leída es un objeto nuevo que recorrerla costaría, con 100.000 miembros, de 15 a 35
ms de procesador por pasada en medio de la espera; al terminar se recoge en el tic siguiente (lo mismo, cuando nadie
espera). Nunca más de `PAUSA_MAXIMA_S`: una pausa olvidada no deja de recoger.
"""

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVALO_MS = 500
PAUSA_MAXIMA_S = 3.0
_pausas: dict[int, float] = {}   # id de quien pausó -> desde cuándo (time.monotonic)


def pausar(quien: object) -> None:
    """Pospone la recolección hasta que `quien` llame a `reanudar` (o pasen PAUSA_MAXIMA_S)."""
    _pausas.setdefault(id(quien), time.monotonic())


def reanudar(quien: object) -> None:
    _pausas.pop(id(quien), None)


def reanudar_al_destruirse(quien: QObject) -> None:
    """Si `quien` se destruye en pausa (la vista se cerró mientras llegaba el padrón), la pausa termina con él."""
    clave = id(quien)
    quien.destroyed.connect(lambda *_: _pausas.pop(clave, None))


def en_pausa() -> bool:
    ahora = time.monotonic()
    return any(ahora - desde < PAUSA_MAXIMA_S for desde in _pausas.values())


def recoger_si_toca(aunque_en_pausa: bool = False) -> None:
    """La recolección que Python habría hecho sola: la generación más vieja cuyo contador pasó su umbral (salvo en
    pausa)."""
    if en_pausa() and not aunque_en_pausa:
        return
    cuentas, umbrales = gc.get_count(), gc.get_threshold()
    for generacion in (2, 1, 0):
        if cuentas[generacion] > umbrales[generacion]:
            gc.collect(generacion)
            return


class RecolectorDeLaVentana(QObject):
    """Mientras vive, la basura se recoge en el hilo donde se creó (el de la ventana); al detenerlo, Python vuelve
    a recogerla solo."""

    def __init__(self, padre: QObject | None = None, intervalo_ms: int = INTERVALO_MS):
        super().__init__(padre)
        self._estaba_activo = gc.isenabled()
        gc.disable()
        self._temporizador = QTimer(self)
        self._temporizador.timeout.connect(recoger_si_toca)
        self._temporizador.start(intervalo_ms)

    def detener(self) -> None:
        self._temporizador.stop()
        recoger_si_toca(aunque_en_pausa=True)
        if self._estaba_activo:
            gc.enable()
