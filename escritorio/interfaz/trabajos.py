"""Trabajo largo fuera del hilo de la interfaz, con un diálogo de progreso que se puede cancelar.

`ejecutar_con_progreso` se usa como una llamada común: devuelve el resultado o relanza el error
en el hilo de la interfaz. Mientras tanto la ventana sigue pintándose y respondiendo.
"""

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..dominio.traduccion import traducir
from ..errores import Cancelado
from .comun import descartar, tr

# La función recibe informar(etapa, hecho, total); si el usuario canceló, informar lanza Cancelado.
Informar = Callable[[str, int, int | None], None]

# Cuántos trabajos corren ahora en otro hilo con la conexión de la ventana: mientras tanto nadie más la usa (el envío
# de correo en segundo plano, interfaz/cartero.py, espera a que terminen).
_en_curso = [0]


def cancelado() -> Cancelado:
    """El error con que se desiste de un trabajo que el usuario canceló: no se escribió nada."""
    return Cancelado(traducir("Operación cancelada: no se modificó nada."))   # también desde el hilo del trabajo


def en_curso() -> bool:
    """¿Hay un trabajo usando la base en otro hilo?"""
    return _en_curso[0] > 0


ETAPAS = {"leyendo": "Leyendo y validando…", "escribiendo": "Guardando…", "generando": "Generando el archivo…",
          "esperando": "Otra ventana o programa está guardando en la base: esperando a que termine…"}


class _Trabajador(QObject):
    avance = Signal(str, int, int)
    listo = Signal()

    def __init__(self, funcion: Callable[[Informar], object]):
        super().__init__()
        self._funcion = funcion
        self.cancelado = False
        self.resultado = None
        self.error: BaseException | None = None

    def informar(self, etapa: str, hecho: int, total: int | None) -> None:
        if self.cancelado:
            raise cancelado()
        self.avance.emit(etapa, hecho, total or 0)

    def ejecutar(self) -> None:
        try:
            self.resultado = self._funcion(self.informar)
        except BaseException as error:  # se relanza en el hilo de la interfaz
            self.error = error
        finally:
            self.listo.emit()


class _Receptor(QObject):
    """Vive en el hilo de la interfaz: las señales del trabajador llegan aquí encoladas."""

    def __init__(self, dialogo: QProgressDialog, bucle: QEventLoop):
        super().__init__()
        self._dialogo, self._bucle = dialogo, bucle

    @Slot(str, int, int)
    def avanzar(self, etapa: str, hecho: int, total: int) -> None:
        if self._dialogo.wasCanceled():
            return
        self._dialogo.setLabelText(tr(ETAPAS.get(etapa, etapa)))
        self._dialogo.setMaximum(total)
        self._dialogo.setValue(min(hecho, total) if total else 0)

    @Slot()
    def terminar(self) -> None:
        self._bucle.quit()


def ejecutar_con_progreso(padre: QWidget | None, titulo: str, funcion: Callable[[Informar], object], *,
                          mostrar_desde_ms: int = 300, cancelable: bool = True):
    """`mostrar_desde_ms`: el diálogo aparece con el primer avance pasado ese tiempo (si el trabajo va a durar más);
    0 lo muestra con el primer avance (cuando no hay otra ventana a la vista, p. ej. al crear la red de ejemplo).
    `cancelable=False` para un trabajo que no mira `informar` (no se puede interrumpir): el diálogo no ofrece
    «Cancelar», que no haría nada y diría «se deshace lo hecho» mientras el trabajo termina igual."""
    dialogo = QProgressDialog(tr("Preparando…"), tr("Cancelar"), 0, 0, padre)
    if not cancelable:
        dialogo.setCancelButton(None)
    dialogo.setWindowTitle(titulo)
    dialogo.setWindowModality(Qt.WindowModality.WindowModal)
    dialogo.setMinimumDuration(mostrar_desde_ms)
    dialogo.setAutoClose(False)
    dialogo.setAutoReset(False)

    trabajador = _Trabajador(funcion)
    hilo = QThread()
    trabajador.moveToThread(hilo)
    bucle = QEventLoop()

    def cancelar() -> None:
        trabajador.cancelado = True
        dialogo.setLabelText(tr("Cancelando: se deshace lo hecho…"))

    receptor = _Receptor(dialogo, bucle)
    trabajador.avance.connect(receptor.avanzar, Qt.ConnectionType.QueuedConnection)
    trabajador.listo.connect(receptor.terminar, Qt.ConnectionType.QueuedConnection)
    dialogo.canceled.connect(cancelar)
    hilo.started.connect(trabajador.ejecutar)
    _en_curso[0] += 1
    try:
        hilo.start()
        bucle.exec()
        hilo.quit()
        hilo.wait()
    finally:
        _en_curso[0] -= 1
    dialogo.canceled.disconnect(cancelar)
    dialogo.close()
    descartar(dialogo)
    descartar(receptor)
    if trabajador.error is not None:
        raise trabajador.error
    return trabajador.resultado
