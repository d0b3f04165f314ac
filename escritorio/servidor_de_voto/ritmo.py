"""Cuántos intentos admite el servidor de voto por dirección de cliente: una ventana deslizante de un minuto.

Cada pedido cuesta; un código equivocado cuesta más (`COSTO_DE_UN_CODIGO_EQUIVOCADO`): diez intentos por minuto
dejan teclear mal un par de veces, pero no probar códigos al azar (con 10 caracteres de 31 símbolos, probar uno por
segundo tardaría más que la vida de la sesión). Pasado el límite, el servidor responde 429 hasta que se libera.
"""

import threading
import time
from collections import deque
from collections.abc import Callable

VENTANA_SEGUNDOS = 60.0
COSTO_DE_UN_CODIGO_EQUIVOCADO = 4


class Ritmo:
    """`admitir(cliente, costo)` descuenta `costo` de lo que le queda a `cliente` en el último minuto, o devuelve
    False sin descontar si no le alcanza. Seguro entre hilos."""

    def __init__(self, por_minuto: int, reloj: Callable[[], float] = time.monotonic):
        self.por_minuto = por_minuto
        self._reloj = reloj
        self._gastos: dict[str, deque[tuple[float, int]]] = {}
        self._cerrojo = threading.Lock()

    def _gastado(self, cliente: str, ahora: float) -> int:
        gastos = self._gastos.setdefault(cliente, deque())
        while gastos and gastos[0][0] <= ahora - VENTANA_SEGUNDOS:
            gastos.popleft()
        if not gastos:
            del self._gastos[cliente]   # la tabla no crece con clientes que ya se fueron
            return 0
        return sum(costo for _, costo in gastos)

    def admitir(self, cliente: str, costo: int = 1) -> bool:
        with self._cerrojo:
            ahora = self._reloj()
            if self._gastado(cliente, ahora) + costo > self.por_minuto:
                return False
            self._gastos.setdefault(cliente, deque()).append((ahora, costo))
            return True

    def cobrar(self, cliente: str, costo: int) -> None:
        """Descuenta `costo` aunque no alcance (un código equivocado, sabido después de admitir el intento)."""
        with self._cerrojo:
            self._gastos.setdefault(cliente, deque()).append((self._reloj(), costo))
