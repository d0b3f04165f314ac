"""La comprobación completa de la base (`PRAGMA quick_check`) cuando hace falta, sin hacer esperar a quien solo mira.

Cuándo hace falta lo dice el sello del testigo (integridad.py): la base cambió por fuera de Escritorio, no se cerró en
orden o la última comprobación completa tiene más de una semana. Con 100.000 miembros recorrerla lleva un segundo, y
lo que garantiza es que el daño se note **antes de escribir**: por eso, salvo que se pida (`comprobacion_completa`) o
haya migraciones que aplicar, abrir la base ya no la recorre; queda pendiente (`ComprobacionPendiente`) y:

- la primera transacción que escribe la hace antes de tomar la base (`exigir`): si hay daño, no escribe nada y lo
  dice (ErrorBaseDanada, el mismo mensaje de siempre); una orden que solo consulta no la espera (SQLite rechaza igual
  cada página dañada que lee), y tampoco sella la base al cerrar: la próxima orden la tendrá pendiente;
- la ventana la hace en segundo plano en cuanto se pintó el padrón (`hacer`, desde el hilo de la apertura); si
  alguien guarda antes de que termine, su transacción la espera.

Quien la termina sin daño sella la base (como si hubiera abierto comprobándola). Quien encuentra daño lo anota en el
testigo (integridad.anotar_dano): la próxima apertura la comprueba entera ANTES de abrir, como antes, y la ventana
ofrece recuperar el último respaldo sano. Cerrar la ventana cancela la comprobación que todavía corre (`cancelar`) y,
si la base es chica, la termina dentro del segundo del cierre (`hacer(hasta=…)`); sin terminar, la base no se sella y
la próxima vez sigue pendiente.
"""

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from . import integridad
from .diagnostico import comprobar_integridad

# Cada cuántas instrucciones de SQLite se mira si se canceló (unos milisegundos de trabajo entre miradas).
_PASOS_ENTRE_MIRADAS = 20_000


class Cancelada(Exception):
    """Se pidió cancelar la comprobación antes de que terminara (la ventana se cerró)."""


def problemas_del_archivo(ruta: Path, parar: Callable[[], bool] | None = None) -> list[str]:
    """Lo que `PRAGMA quick_check` encuentra dañado, recorrido desde una conexión de solo lectura: en ella SQLite no
    carga los CHECK y no los reevalúa en cada fila (una regla rota por otro programa no es daño del archivo, y la
    señala «escritorio verificar»). `parar()` se mira cada tanto: si dice que sí, Cancelada. Lanza sqlite3.Error si
    esa conexión no puede leer."""
    uri = Path(ruta).resolve().as_uri() + "?mode=ro"
    lectura = sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)
    paro = []

    def mirar() -> int:
        if parar is not None and parar():
            paro.append(True)
            return 1
        return 0

    try:
        if parar is not None:
            lectura.set_progress_handler(mirar, _PASOS_ENTRE_MIRADAS)
        try:
            return comprobar_integridad(lectura)
        except sqlite3.OperationalError:
            if paro:
                raise Cancelada from None
            raise
    finally:
        lectura.close()


class ComprobacionPendiente:
    """La comprobación completa que le falta a una base abierta sin recorrerla. `hacer()` se puede llamar desde
    varios hilos: la primera la hace, las demás esperan a que termine (o la vuelven a empezar si se canceló)."""

    def __init__(self, ruta: Path, *, previa_permitida: bool = False):
        self.ruta = Path(ruta)
        self.problemas: list[str] | None = None   # None: todavía no terminó; [] sana
        # Sin esperar la completa, la primera escritura se conforma con la comprobación previa si la base es grande
        # (comprobacion_previa.py): la línea de órdenes; la ventana, que la hace en segundo plano, la espera.
        self.previa_permitida = previa_permitida
        self.previa_hecha = False   # se escribió con la previa: la completa sigue pendiente (y la base, sin sellar)
        self._candado = threading.Lock()
        self._cancelada = threading.Event()

    @property
    def terminada(self) -> bool:
        return self.problemas is not None

    def hacer(self, *, cancelable: bool = True, hasta: float | None = None) -> list[str] | None:
        """Recorre la base (o espera a quien la recorre) y devuelve lo que encontró ([] si está sana). Con
        `cancelable` (el hilo de la ventana), None si se canceló antes de terminar; con `hasta` (un momento de
        time.monotonic: cerrar la ventana), None si no terminó a tiempo. Sin daño, sella la base."""
        with self._candado:
            if self.problemas is not None:
                return self.problemas
            if cancelable and self._cancelada.is_set():
                return None

            def parar() -> bool:
                return (cancelable and self._cancelada.is_set()) or (hasta is not None and time.monotonic() > hasta)

            try:
                problemas = problemas_del_archivo(self.ruta, parar if cancelable or hasta is not None else None)
            except Cancelada:
                return None
            if problemas:
                integridad.anotar_dano(self.ruta)
            else:
                integridad.sellar(self.ruta, comprobada_en=integridad.ahora_iso())
            self.problemas = problemas
            return problemas

    def cancelar(self) -> None:
        """Que la comprobación en curso (si corre en otro hilo) se detenga cuanto antes; la base queda sin sellar."""
        self._cancelada.set()
