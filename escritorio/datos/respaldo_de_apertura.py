"""El respaldo de apertura de la ventana: solo si hace falta, hecho después de mostrarla, con la base tal como abrió.

Copiar la base entera lleva de 0,1 s con 16.000 miembros a más de un segundo con 100.000 (724 MB, con diez años de
cuotas): trabajo que nadie necesita ver terminado para empezar a consultar, y que casi siempre sobra.

- **Solo si hace falta** (`respaldo_al_abrir_de`, mirado antes de abrir la conexión): el testigo anota, al cerrar
  la ventana, qué respaldo automático tiene el contenido de la base tal como quedó (`respaldada`, con el estado del
  archivo: tamaño, fecha y nodo); si la base sigue así (nadie la tocó desde entonces) y ese respaldo sigue en su
  lugar con su huella, no se copia otra vez: sería el mismo contenido. Si el cierre dejó pendiente su respaldo (no
  entraba en el segundo de cerrar: respaldo_de_cierre.py) y la base sigue como quedó, se hace ahora, con el nombre y
  la hora de aquel cierre: es exactamente el respaldo de cierre. Si no, el de apertura de siempre.
- **Después**: al abrir se toma la foto (una conexión propia con su transacción de lectura abierta: en modo WAL las
  escrituras de la ventana no la cambian), y la copia se hace después, desde otro hilo, sobre esa misma foto, cuando
  la ventana ya pintó el padrón. La copia y la cabeza de la cadena que anota su testigo son las de la base al
  abrirla, aunque la ventana ya haya guardado algo.
- **Se puede dejar**: cerrar la ventana la cancela (`cancelar`); la copia se deja entre paso y paso y su temporal se
  borra: nunca queda un respaldo a medias con su nombre. Lo que no se copió lo vuelve a pedir la próxima apertura
  (el testigo no dice que esté respaldada), o el cierre lo deja pendiente.

`hacer()` se puede llamar desde varios hilos y varias veces: la primera copia, las demás esperan a que termine (así
cerrar la base espera al respaldo, o lo hace si nadie lo empezó y nadie lo canceló).
"""

import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errores import ErrorEscritorio
from ..rutas import carpeta_respaldos
from . import integridad, testigo
from .respaldo import RespaldoInterrumpido, huella_anotada
from .respaldo_rotacion import respaldar_automaticamente

ESPERA_S = 5


@dataclass
class AlAbrir:
    """Qué respaldo le hace falta a la base al abrirla la ventana: `motivo` («apertura», «cierre» pendiente) y
    `momento` (el del cierre pendiente; None: ahora), o `motivo` None si ya es igual a `respaldada`."""
    motivo: str | None
    momento: datetime | None = None
    respaldada: dict | None = None   # {respaldo, huella}
    respaldada_con_estado: dict | None = None   # lo que anotó el testigo: también el estado del archivo


def respaldo_vigente(ruta_base: Path, anotada: dict | None, estado: list[int] | None) -> bool:
    """¿Dice `anotada` (testigo.respaldada) que el archivo, en `estado`, tiene su contenido en un respaldo que sigue
    en su lugar con la misma huella?"""
    if not isinstance(anotada, dict) or estado is None or anotada.get("archivo") != estado:
        return False
    nombre = anotada.get("respaldo")
    if not isinstance(nombre, str) or "/" in nombre or "\\" in nombre:
        return False
    respaldo = carpeta_respaldos(ruta_base) / nombre
    return respaldo.is_file() and huella_anotada(respaldo) == anotada.get("huella")


def respaldo_al_abrir_de(ruta_base: Path) -> AlAbrir:
    """Qué respaldo necesita la base de `ruta_base` tal como está en el disco (antes de abrirla)."""
    visto = testigo.leer(Path(ruta_base))
    estado = integridad.estado_del_archivo(ruta_base)
    if visto is not None and estado is not None:
        pendiente = visto.respaldo_pendiente
        if isinstance(pendiente, dict) and pendiente.get("archivo") == estado:
            try:
                return AlAbrir(str(pendiente.get("motivo") or "cierre"), datetime.fromisoformat(pendiente["momento"]))
            except (KeyError, TypeError, ValueError):
                return AlAbrir("apertura")
        if respaldo_vigente(Path(ruta_base), visto.respaldada, estado):
            return AlAbrir(None, respaldada={k: visto.respaldada[k] for k in ("respaldo", "huella")},
                           respaldada_con_estado=visto.respaldada)
    return AlAbrir("apertura")


class RespaldoDeApertura:
    def __init__(self, ruta: Path, motivo: str = "apertura", momento: datetime | None = None):
        self.ruta = Path(ruta)
        self.motivo, self.momento = motivo, momento
        self.error: BaseException | None = None   # por qué no se pudo (disco lleno, carpeta sin permiso…)
        self.hecho: Path | None = None             # el respaldo, si se terminó
        self.mb_s: float | None = None             # qué tan rápido se copió (para el cierre)
        self._candado = threading.Lock()
        self._terminado = False
        self._cancelado = threading.Event()
        self._foto = sqlite3.connect(self.ruta, timeout=ESPERA_S, check_same_thread=False)
        try:
            self._foto.execute("BEGIN")
            self._foto.execute("SELECT count(*) FROM sqlite_master").fetchone()  # desde aquí lee siempre esta foto
        except sqlite3.Error:
            self._foto.close()
            raise

    def _interrumpir(self) -> None:
        if self._cancelado.is_set():
            raise RespaldoInterrumpido

    def hacer(self) -> None:
        """Hace la copia (o espera a que termine quien la empezó). Un fallo queda en `error`, no se lanza: la
        base ya está abierta y en uso, y quien la abrió decide cómo avisarlo. Cancelada, no hace nada."""
        with self._candado:
            if self._terminado:
                return
            try:
                if not self._cancelado.is_set():
                    inicio, tamano = time.monotonic(), self.ruta.stat().st_size
                    self.hecho = respaldar_automaticamente(self._foto, self.ruta, self.motivo, self.momento,
                                                           interrumpir=self._interrumpir)
                    self.mb_s = tamano / 2**20 / max(time.monotonic() - inicio, 1e-3)
            except RespaldoInterrumpido:
                pass
            except (sqlite3.Error, OSError, ErrorEscritorio) as error:
                self.error = error
            finally:
                self._foto.rollback()
                self._foto.close()
                self._terminado = True

    def cancelar(self) -> None:
        """Que la copia en curso (en otro hilo) se deje cuanto antes, o que no empiece; después, `hacer()` no hace
        nada y `hecho` dice si llegó a terminarse."""
        self._cancelado.set()
        with self._candado:   # espera a que el hilo que copia lo note (un paso de la copia: milisegundos)
            if not self._terminado:
                self._foto.rollback()
                self._foto.close()
                self._terminado = True

    def anotacion(self) -> dict | None:
        """{respaldo, huella} del respaldo hecho, para el testigo; None si no se terminó."""
        if self.hecho is None:
            return None
        return {"respaldo": self.hecho.name, "huella": huella_anotada(self.hecho)}
