"""El resto del padrón, de a tramos, con la ventana libre entre uno y otro (servicios.padron_por_partes).

La tabla de Miembros abre con la primera pantalla del padrón; esto trae el resto cuando la tabla ya se pintó: un
tramo por vuelta del bucle de eventos (unos 10 ms), así que se puede mirar, elegir, desplazarse y buscar mientras
llega. Cada país leído se agrega al final de la tabla (`ModeloMiembros.agregar`). Se lee en el hilo de la ventana y
no en otro: un hilo que arma filas de Python le quitaría el intérprete a la tabla en cada celda que pinta.

Lo leído se le entrega a la tabla cada `ENTREGA_MS` (y al terminar), no en cada tramo: cada entrega hace que la
ventana vuelva a acomodar y pintar la tabla, la cuenta de miembros y los botones (unos milisegundos cada vez: con
16.000 miembros, la mitad de lo que tardaba en llegar el resto cuando se entregaba cada país).
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ...servicios.base import hoy as fecha_de_hoy
from ...servicios.contexto import Contexto
from ...servicios.miembros import PadronDeLaTabla
from ...servicios.padron_por_partes import LecturaDelPadron, tomar_el_resto
from .. import recolector


class LlenadoDelPadron(QObject):
    """Trae lo que falta del padrón al `modelo` (un ModeloMiembros). `terminado` se emite cuando está entero."""

    terminado = Signal()
    detenido = Signal()   # se dejó de traer antes de terminar (la tabla se carga entera, o se cierra la base)
    ESPERA_MAXIMA_MS = 1000   # si la tabla no se pinta (la ventana minimizada), se empieza igual
    ENTREGA_MS = 100          # cada cuánto se agrega a la tabla lo leído (la ventana atiende entre tramo y tramo)

    def __init__(self, modelo, vista, padre=None):
        super().__init__(padre)
        self._modelo, self._vista = modelo, vista
        self._lectura: LecturaDelPadron | None = None
        self._pedido: tuple | None = None
        self._recargar: Callable[[PadronDeLaTabla | None], None] | None = None
        self._por_entregar: list[tuple] = []   # leído y todavía no agregado a la tabla
        self._entregado_en = 0.0               # cuándo se agregó lo último (time.monotonic)
        self._reloj = QTimer(self)
        self._reloj.setInterval(0)
        self._reloj.timeout.connect(self._tramo)
        self._tope = QTimer(self)
        self._tope.setSingleShot(True)
        self._tope.setInterval(self.ESPERA_MAXIMA_MS)
        self._tope.timeout.connect(self._empezar_ya)
        recolector.reanudar_al_destruirse(self)

    @property
    def activo(self) -> bool:
        return self._pedido is not None or self._lectura is not None

    def empezar(self, contexto: Contexto, mostrado: PadronDeLaTabla, idioma: str,
                recargar: Callable[[PadronDeLaTabla | None], None]) -> None:
        """Trae lo que sigue a `mostrado` (la primera pantalla, ya en el modelo) en cuanto la tabla se pinte.
        `recargar(padron)`: cargar la tabla entera con ese padrón (si lo mostrado ya no era su principio: otro
        programa escribió entretanto), o con None leyéndolo de una vez (si no se puede leer por partes: eso dice
        el error si lo hay)."""
        self.detener()
        self._pedido, self._recargar = (contexto, mostrado, idioma), recargar
        self._vista.installEventFilter(self)
        self._tope.start()

    def eventFilter(self, objeto, evento) -> bool:  # noqa: N802 (nombre de Qt)
        if evento.type() == QEvent.Type.Paint and self._pedido is not None:
            QTimer.singleShot(0, self._empezar_ya)   # después de toda la pintura de esta pasada
        return False

    def _empezar_ya(self) -> None:
        self._vista.removeEventFilter(self)
        self._tope.stop()
        if self._pedido is None:
            return
        (contexto, mostrado, idioma), self._pedido = self._pedido, None
        try:   # la preparada al abrir la ventana con esta primera pantalla, si sigue valiendo; si no, una de ahora
            self._lectura = tomar_el_resto(contexto, mostrado) or LecturaDelPadron(
                contexto, fecha_de_hoy(), list(mostrado.filas), idioma, paises=mostrado.paises)
        except Exception:  # noqa: BLE001 - se lee entero de una vez, como siempre (y eso dice el error si lo hay)
            self._fallo()
            return
        self._entregado_en = time.monotonic()
        recolector.pausar(self)   # la basura, cuando la tabla esté entera (recolector.py)
        self._reloj.start()

    def _tramo(self) -> None:
        lectura = self._lectura
        try:
            self._por_entregar += lectura.avanzar()
            if self._por_entregar and (lectura.terminada or
                                       time.monotonic() - self._entregado_en >= self.ENTREGA_MS / 1000):
                filas, self._por_entregar = self._por_entregar, []
                self._modelo.agregar(filas)
                self._entregado_en = time.monotonic()
        except Exception:  # noqa: BLE001 - ídem
            self._fallo()
            return
        if lectura.terminada:
            self._reloj.stop()
            self._lectura = None
            recolector.reanudar(self)
            if lectura.desfasada:   # otro programa escribió entre la primera pantalla y el resto: se carga entero
                self._recargar(lectura.padron())
            self._modelo.completar()
            self.terminado.emit()
            lectura.guardar_el_orden()   # para la próxima apertura; después de avisar que la tabla está entera

    def _fallo(self) -> None:
        from ...registro import registrar_inesperado

        registrar_inesperado("leer el resto del padrón")
        recargar = self._recargar
        self.detener()
        if recargar is not None:
            recargar(None)

    def detener(self) -> None:
        """Deja de traer (la tabla se va a cargar entera de nuevo, o se cierra la base)."""
        activo = self.activo
        self._reloj.stop()
        self._tope.stop()
        self._vista.removeEventFilter(self)
        if self._pedido is not None:   # la lectura preparada al abrir para este pedido ya no se usa
            preparada = tomar_el_resto(*self._pedido[:2])
            if preparada is not None:
                preparada.cerrar()
        self._pedido = None
        self._por_entregar = []   # la tabla se carga entera de nuevo (o se cierra): lo leído no se agrega
        if self._lectura is not None:
            self._lectura.cerrar()
            self._lectura = None
        recolector.reanudar(self)
        if activo:
            self.detenido.emit()
