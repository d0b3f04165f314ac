"""La basura de Python se recoge solo en el hilo de la ventana.

El recolector de ciclos de Python corre en el hilo que esté pidiendo memoria cuando se pasa el umbral. Si ese es un
hilo de trabajo (la importación de `trabajos.py`, los próximos pasos, el sello de tiempo), puede destruir allí un
widget de Qt que quedó en un ciclo de referencias, y Qt solo admite destruirlos en el hilo de la ventana: el programa
cae más tarde, al pintar. Por eso, con la ventana abierta, la recolección automática se apaga y la hace un
temporizador del hilo de la ventana, con los mismos umbrales que usaría Python (`gc.get_threshold()`).
"""

import gc

from PySide6.QtCore import QObject, QTimer

INTERVALO_MS = 500


def recoger_si_toca() -> None:
    """La recolección que Python habría hecho sola: la generación más vieja cuyo contador pasó su umbral."""
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
        recoger_si_toca()
        if self._estaba_activo:
            gc.enable()
