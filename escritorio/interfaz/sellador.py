"""El sello de tiempo automático de la ventana: después de las escrituras (y al abrir la base), si toca, se pide a la
autoridad de sello de tiempo la firma de la cabeza de la bitácora, sin que la ventana espere a la red.

La regla de cuándo toca y cómo se guarda es la de la línea de órdenes (`servicios.sello_de_tiempo`: `pedido_que_toca`,
`pedir`, `guardar_sello`). Aquí solo se reparte el trabajo: el pedido se arma y se guarda en el hilo de la ventana (el
de la conexión a la base), y la red va en un hilo aparte, que no toca la base. Sin conexión no pasa nada: una nota en
la barra de estado, y se vuelve a intentar con la próxima escritura."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ..servicios import sello_de_tiempo
from ..servicios.base import base_abierta
from ..servicios.oficina import Oficina
from . import trabajos

PAUSA_MS = 5_000   # después de una escritura (o de abrir), lo que se espera antes de mirar si toca: sin apuro
_registro = logging.getLogger(__name__)


class Sellador(QObject):
    nota = Signal(str)                  # qué decir en la barra de estado (hecho, o que se intentará de nuevo)
    _llego = Signal(object, object)     # (pedido, token o error), desde el hilo de la red
    _escrito = Signal()                 # una escritura confirmada, desde el hilo que escribió

    def __init__(self, oficina: Oficina, padre: QObject | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.pidiendo = False
        self.pausa = QTimer(self)
        self.pausa.setSingleShot(True)
        self.pausa.setInterval(PAUSA_MS)
        self.pausa.timeout.connect(self.intentar)
        self._llego.connect(self._guardar, Qt.ConnectionType.QueuedConnection)
        self._escrito.connect(self.pausa.start, Qt.ConnectionType.QueuedConnection)
        oficina.al_cambiar(self._al_cambiar)

    def soltar(self) -> None:
        """La ventana deja esta base: no se pide nada más (un pedido en curso se descarta al llegar)."""
        self.oficina.dejar_de_avisar(self._al_cambiar)
        self.pausa.stop()
        self.oficina = None

    def _al_cambiar(self, cambios) -> None:
        if "sellos_de_tiempo" not in cambios.tablas:   # guardar el sello también es una escritura: no pide otro
            self._escrito.emit()

    @Slot()
    def intentar(self) -> None:
        """Si toca, arma el pedido (con la base) y lo manda a la red en otro hilo."""
        if self.oficina is None or self.pidiendo or not base_abierta(self.oficina.db):
            return
        if self.oficina.db.en_transaccion or trabajos.en_curso():
            self.pausa.start()   # la base está ocupada: se mira de nuevo al rato
            return
        try:
            pedido = sello_de_tiempo.pedido_que_toca(self.oficina.db)
        except Exception:  # noqa: BLE001 - el ancla es opcional: nunca molesta a quien trabaja; queda anotado
            _registro.exception("No se pudo ver si tocaba pedir el sello de tiempo")
            return
        if pedido is None:
            return
        self.pidiendo = True
        threading.Thread(target=self._pedir, args=(pedido,), name="sello-de-tiempo", daemon=True).start()

    def _pedir(self, pedido) -> None:
        try:
            resultado = sello_de_tiempo.pedir(pedido, espera=sello_de_tiempo.ESPERA_AUTOMATICA_S)
        except Exception as error:  # noqa: BLE001 - se informa en el hilo de la ventana
            resultado = error
        try:
            self._llego.emit(pedido, resultado)
        except RuntimeError:   # la ventana ya se cerró
            pass

    @Slot(object, object)
    def _guardar(self, pedido, resultado) -> None:
        self.pidiendo = False
        if self.oficina is None or not base_abierta(self.oficina.db):
            return
        if isinstance(resultado, Exception):
            self.nota.emit(sello_de_tiempo.nota_sin_sello(resultado))
            return
        if self.oficina.db.en_transaccion or trabajos.en_curso():
            QTimer.singleShot(PAUSA_MS // 10, lambda: self._guardar(pedido, resultado))
            self.pidiendo = True
            return
        try:
            hecho = sello_de_tiempo.guardar_sello(self.oficina.db, pedido, resultado)
        except Exception as error:  # noqa: BLE001 - la cadena cambió, otro certificado: lo dice la nota
            self.nota.emit(sello_de_tiempo.nota_sin_sello(error))
            return
        self.nota.emit(sello_de_tiempo.nota_del_sello(hecho))


def al_abrir_la_base(ventana) -> None:
    """La ventana pasó a otra oficina (otra base): el sellador de la anterior se suelta; el de esta mira si toca."""
    anterior: Sellador | None = getattr(ventana, "sellador", None)
    if anterior is not None and anterior.oficina is ventana.oficina:
        return
    if anterior is not None:
        anterior.soltar()
        anterior.deleteLater()
    sellador = Sellador(ventana.oficina, ventana)
    sellador.nota.connect(lambda texto: ventana.statusBar().showMessage(texto, 15_000))
    ventana.sellador = sellador
    sellador.pausa.start()
