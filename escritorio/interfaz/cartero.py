"""El cartero de la ventana: envía en segundo plano lo que espera en la bandeja de salida, y lo vuelve a intentar
solo mientras haya mensajes esperando conexión.

Envía con el mismo servicio que «escritorio correo enviar» (`servicios.despacho.despachar`), en un hilo: la ventana
no se queda quieta mientras el servidor responde (o no responde: sin red, cada intento espera hasta que se vence el
plazo). La base, en cambio, se usa siempre desde el hilo de la ventana, que es el de su conexión: cada paso del envío
que lee o escribe la base (tomar el mensaje antes de DATA, anotar lo que respondió el servidor) se pide a la ventana
(`_EnLaBase`) y el hilo espera la respuesta. Si en ese momento la conexión está ocupada (una escritura esperando a
otro programa, un trabajo largo en otro hilo), el paso se vuelve a pedir al rato: el envío nunca escribe a la vez que
otro.

Hay un cartero por oficina (`Cartero.de(oficina)`): la ventana lo muestra en su barra de estado y lo consulta al
cerrar; el diálogo de envío le pide que salga lo que acaba de poner en la bandeja; la bandeja de salida muestra lo que
hace. `REINTENTAR_MS` es cada cuánto se vuelve a intentar sin conexión (las pruebas lo acortan)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot

from ..errores import ErrorEscritorio
from ..servicios.base import base_abierta
from ..servicios.correo_enviado import EstadoDeLaBandeja, estado_de_la_bandeja
from ..servicios.oficina import Oficina
from . import espera, trabajos
from .comun import tr

REINTENTAR_MS = 60_000      # sin conexión, cada minuto se vuelve a intentar (mientras haya mensajes esperando)
PRIMER_INTENTO_MS = 3_000   # al abrir una base con mensajes esperando, el primer intento (la ventana ya se ve)
ESPERA_DEL_PASO_MS = 50     # un paso en la base que encuentra la conexión ocupada se vuelve a pedir a este ritmo

_registro = logging.getLogger(__name__)


class _Detenido(Exception):
    """Se pidió detener el envío (al cerrar la ventana o pasar a otra base): sale después del mensaje en curso."""


class _Pedido:
    __slots__ = ("funcion", "listo", "resultado", "error")

    def __init__(self, funcion: Callable[[], object]):
        self.funcion = funcion
        self.listo = threading.Event()
        self.resultado = None
        self.error: BaseException | None = None


def _ocupada(db) -> bool:
    """¿Alguien usa la conexión ahora? Una transacción abierta, una escritura que espera a otro programa o un trabajo
    en otro hilo (interfaz/trabajos.py)."""
    return db.en_transaccion or espera.esperando() or trabajos.en_curso()


class _EnLaBase(QObject):
    """Corre en el hilo de la ventana (el de la conexión) los pasos del envío que usan la base."""

    pedido = Signal(object)

    def __init__(self, oficina: Oficina, padre: QObject):
        super().__init__(padre)
        self.oficina = oficina
        self.pedido.connect(self._atender, Qt.ConnectionType.QueuedConnection)

    def correr(self, funcion: Callable[[], object]):
        """Desde el hilo del envío: corre `funcion` en el de la ventana y devuelve lo que devolvió (o relanza)."""
        pedido = _Pedido(funcion)
        self.pedido.emit(pedido)
        pedido.listo.wait()
        if pedido.error is not None:
            raise pedido.error
        return pedido.resultado

    @Slot(object)
    def _atender(self, pedido: _Pedido) -> None:
        if not base_abierta(self.oficina.db):   # se cerró por debajo (restaurar un respaldo): el envío se detiene
            pedido.error = _Detenido()
            pedido.listo.set()
            return
        if _ocupada(self.oficina.db):
            QTimer.singleShot(ESPERA_DEL_PASO_MS, lambda: self._atender(pedido))
            return
        try:
            pedido.resultado = pedido.funcion()
        except BaseException as error:  # noqa: BLE001 - se relanza en el hilo del envío
            pedido.error = error
        finally:
            pedido.listo.set()


class _Envio(QObject):
    """El trabajo del hilo: `despachar` con los pasos en la base pedidos a la ventana."""

    avance = Signal(int)
    listo = Signal(object, object)   # (ResultadoDespacho o None, el error o None)

    def __init__(self, contexto, clave: str | None, en_la_base: Callable, detener: Callable[[], bool]):
        super().__init__()
        self._contexto, self._clave, self._en_la_base, self._detener = contexto, clave, en_la_base, detener

    def ejecutar(self) -> None:
        from ..servicios.despacho import despachar

        hechos = 0

        def al_enviar(_mensaje_id: int, _estado: str) -> None:
            nonlocal hechos
            hechos += 1
            self.avance.emit(hechos)
            if self._detener():
                raise _Detenido

        resultado, error = None, None
        try:
            resultado = despachar(self._contexto, clave=self._clave, al_enviar=al_enviar,
                                  en_la_base=self._en_la_base)
        except _Detenido:
            pass
        except BaseException as problema:  # noqa: BLE001 - lo recibe el cartero en el hilo de la ventana
            error = problema
        self.listo.emit(resultado, error)


class Cartero(QObject):
    """Lo que espera en la bandeja de salida de la asociación elegida, y su envío en segundo plano.

    `cambio` avisa que cambió lo que se muestra (cuántos esperan, si se está enviando y cuántos van, por qué no
    hubo conexión); `terminado(resultado)` al terminar cada intento (`servicios.despacho.ResultadoDespacho`, o None
    si se detuvo o hubo un problema con la cuenta: `problema`)."""

    cambio = Signal()
    terminado = Signal(object)

    _carteros: dict[int, "Cartero"] = {}

    @classmethod
    def de(cls, oficina: Oficina) -> "Cartero":
        """El cartero de la oficina (uno por oficina: el de la ventana, si ella lo armó)."""
        cartero = cls._carteros.get(id(oficina))
        if cartero is None or cartero.oficina is not oficina:
            cartero = cls(oficina)
            cls._carteros[id(oficina)] = cartero
        return cartero

    def __init__(self, oficina: Oficina):
        super().__init__()
        self.oficina = oficina
        self.estado = EstadoDeLaBandeja()
        self.enviando = False
        self.hechos = 0
        self.total = 0
        self.sin_conexion: str | None = None   # por qué no hubo conexión en el último intento
        self.problema: str | None = None       # la cuenta necesita algo (certificado, clave): no se reintenta solo
        self.ultimo = None                     # el último ResultadoDespacho
        # La clave escrita en la ventana cuando el equipo no tiene llavero: solo en la memoria, hasta cerrar.
        self.clave: str | None = None
        self._detener = False
        self._otra_vez = False   # se pidió enviar mientras se enviaba: al terminar, otra vuelta
        self._hilo: QThread | None = None
        self._trabajo: _Envio | None = None
        self._en_la_base = _EnLaBase(oficina, self)
        self.reintento = QTimer(self)
        self.reintento.setInterval(REINTENTAR_MS)
        self.reintento.timeout.connect(self._reintentar)

    def soltar(self) -> None:
        """La ventana deja esta oficina (otra base, o se cierra): se detiene el envío y se olvida el cartero."""
        self.detener()
        if Cartero._carteros.get(id(self.oficina)) is self:
            del Cartero._carteros[id(self.oficina)]

    # --- lo que espera ---------------------------------------------------------------------------------------
    def actualizar(self) -> None:
        """Vuelve a contar lo que espera (tras un cambio en la bandeja) y arma o para el reintento."""
        db = self.oficina.db
        if self.oficina.asociacion is None or not base_abierta(db):
            return
        if _ocupada(db):
            QTimer.singleShot(ESPERA_DEL_PASO_MS * 4, self.actualizar)
            return
        try:
            self.estado = estado_de_la_bandeja(self.oficina.contexto)
        except Exception:  # noqa: BLE001 - la barra de estado no detiene la ventana; queda anotado
            _registro.exception("No se pudo contar la bandeja de salida")
            return
        if not self.estado.esperando:
            self.reintento.stop()
            self.sin_conexion = None
        elif not self.reintento.isActive() and self.problema is None:
            self.reintento.setInterval(REINTENTAR_MS)
            self.reintento.start()
        self.cambio.emit()

    def al_abrir(self) -> None:
        """La ventana abrió esta base: si quedaron mensajes esperando, salen en cuanto haya conexión."""
        self.actualizar()
        if self.estado.esperando:
            QTimer.singleShot(PRIMER_INTENTO_MS, self._reintentar)

    def cuenta_cambiada(self, clave: str | None = None) -> None:
        """Se guardó la cuenta de correo: lo que esperaba por ella (un certificado, la clave) se intenta de nuevo.
        `clave`: la escrita, si el equipo no tiene llavero donde guardarla."""
        if clave:
            self.clave = clave
        self.problema = None
        self.actualizar()
        if self.estado.esperando:
            self.enviar_ahora()

    # --- enviar ----------------------------------------------------------------------------------------------
    def _reintentar(self) -> None:
        if self.problema is None and self.estado.esperando and base_abierta(self.oficina.db):
            self.enviar_ahora()

    def enviar_ahora(self) -> bool:
        """Empieza a enviar lo que espera, en segundo plano. False si ya se está enviando o no hay base."""
        if self.enviando:
            self._otra_vez = True   # lo recién puesto en la bandeja sale en la vuelta siguiente, sin esperar
            return False
        if self.oficina.asociacion is None or not base_abierta(self.oficina.db):
            return False
        if self.oficina.estado.solo_lectura is not None:   # abierta solo para consultar: no se anota nada
            return False
        self._otra_vez = False
        self.problema = None
        self._detener = False
        self.enviando, self.hechos = True, 0
        self.total = max(self.estado.esperando, 0)
        self._trabajo = _Envio(self.oficina.contexto, self.clave, self._en_la_base.correr, lambda: self._detener)
        self._hilo = QThread()
        self._trabajo.moveToThread(self._hilo)
        self._trabajo.avance.connect(self._avanzo, Qt.ConnectionType.QueuedConnection)
        self._trabajo.listo.connect(self._termino, Qt.ConnectionType.QueuedConnection)
        self._hilo.started.connect(self._trabajo.ejecutar)
        self._hilo.start()
        self.cambio.emit()
        return True

    @Slot(int)
    def _avanzo(self, hechos: int) -> None:
        self.hechos = hechos
        self.cambio.emit()

    @Slot(object, object)
    def _termino(self, resultado, error) -> None:
        hilo, self._hilo, self._trabajo = self._hilo, None, None
        if hilo is not None:
            hilo.quit()
            hilo.wait()
            hilo.deleteLater()
        self.enviando = False
        if error is not None:
            if isinstance(error, ErrorEscritorio):
                self.problema = error.mensaje   # un certificado por aceptar, la clave: hasta arreglar la cuenta
            else:
                from ..registro import registrar_inesperado

                try:
                    raise error
                except BaseException:  # noqa: BLE001
                    ruta = registrar_inesperado("enviar el correo")
                self.problema = tr("Ocurrió un error inesperado al enviar; los detalles quedaron en {0}.").format(ruta)
            self.reintento.stop()
        elif resultado is not None:
            self.ultimo = resultado
            self.sin_conexion = resultado.sin_conexion
        self.actualizar()
        self.terminado.emit(None if error is not None else resultado)
        if self._otra_vez and error is None and resultado is not None and not resultado.sin_conexion:
            self.enviar_ahora()

    def esperar(self, hasta_ms: int = 120_000) -> bool:
        """Espera (sin detener la ventana: los pasos en la base se atienden) a que termine el envío en curso.
        False si pasó el plazo."""
        if not self.enviando:
            return True
        bucle = QEventLoop()
        self.terminado.connect(bucle.quit)
        reloj = QTimer()
        reloj.setSingleShot(True)
        reloj.timeout.connect(bucle.quit)
        reloj.start(hasta_ms)
        if self.enviando:
            bucle.exec()
        self.terminado.disconnect(bucle.quit)
        return not self.enviando

    def detener(self) -> None:
        """Sin más reintentos; el envío en curso termina el mensaje que está enviando y se detiene."""
        self.reintento.stop()
        self._otra_vez = False
        if self.enviando:
            self._detener = True
            self.esperar()


def _mensajes(cantidad: int, uno: str, varios: str) -> str:
    from ..dominio import formato

    return (uno if cantidad == 1 else varios).format(formato.numero(cantidad))


def texto_del_cartero(cartero: Cartero, completo: bool = False) -> tuple[str, bool | None]:
    """Lo que se dice del correo en la barra de estado (corto) y en la bandeja de salida (`completo`): el texto ("" si
    no hay nada que decir) y su tono (None: espera; False: un problema que hay que arreglar)."""
    estado = cartero.estado
    partes: list[str] = []
    tono: bool | None = None
    if cartero.enviando:
        partes.append(tr("Enviando el correo: {0} de {1}…").format(cartero.hechos, max(cartero.total, cartero.hechos)))
    elif estado.esperando and cartero.problema:
        tono = False
        partes.append(_mensajes(estado.esperando, tr("{0} mensaje espera: revise la cuenta de correo"),
                                tr("{0} mensajes esperan: revise la cuenta de correo")))
        if completo:
            partes.append(cartero.problema)
    elif estado.esperando and cartero.sin_conexion:
        partes.append(_mensajes(estado.esperando, tr("{0} mensaje espera conexión"),
                                tr("{0} mensajes esperan conexión")))
        if completo:
            partes.append(cartero.sin_conexion + " " + tr("Se vuelve a intentar solo, cada minuto, mientras el "
                                                           "programa esté abierto."))
    elif estado.esperando:
        partes.append(_mensajes(estado.esperando, tr("{0} mensaje en la bandeja de salida"),
                                tr("{0} mensajes en la bandeja de salida")))
    if estado.por_confirmar:
        partes.append(_mensajes(estado.por_confirmar, tr("{0} por confirmar (quizá salió)"),
                                tr("{0} por confirmar (quizá salieron)")))
        if completo:
            partes.append(tr("Búsquelos por su Message-ID en los enviados de la cuenta y márquelos aquí."))
    return (" · " if not completo else "\n").join(partes), tono
