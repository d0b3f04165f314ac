"""El respaldo de apertura de la ventana, hecho después de mostrarla, con la base tal como abrió.

Copiar la base entera al abrir la ventana (respaldo.respaldar_automaticamente) lleva de 50 ms con 16.000 miembros a
más de medio segundo con 100.000: es trabajo de SQLite que nadie necesita ver terminado para empezar a consultar.
Al abrir se toma la foto (una conexión propia con su transacción de lectura abierta: en modo WAL las escrituras de
la ventana no la cambian), y la copia se hace después, desde otro hilo, sobre esa misma foto. La copia y la cabeza
de la cadena que anota su testigo son las de la base al abrirla, aunque la ventana ya haya guardado algo.

`hacer()` se puede llamar desde varios hilos y varias veces: la primera copia, las demás esperan a que termine (así
cerrar la base espera al respaldo, o lo hace si nadie lo empezó).
"""

import sqlite3
import threading
from pathlib import Path

from ..errores import ErrorEscritorio
from .respaldo import respaldar_automaticamente

ESPERA_S = 5


class RespaldoDeApertura:
    def __init__(self, ruta: Path):
        self.ruta = Path(ruta)
        self.error: BaseException | None = None   # por qué no se pudo (disco lleno, carpeta sin permiso…)
        self._candado = threading.Lock()
        self._terminado = False
        self._foto = sqlite3.connect(self.ruta, timeout=ESPERA_S, check_same_thread=False)
        try:
            self._foto.execute("BEGIN")
            self._foto.execute("SELECT count(*) FROM sqlite_master").fetchone()  # desde aquí lee siempre esta foto
        except sqlite3.Error:
            self._foto.close()
            raise

    def hacer(self) -> None:
        """Hace la copia (o espera a que termine quien la empezó). Un fallo queda en `error`, no se lanza: la
        base ya está abierta y en uso, y quien la abrió decide cómo avisarlo."""
        with self._candado:
            if self._terminado:
                return
            try:
                respaldar_automaticamente(self._foto, self.ruta, "apertura")
            except (sqlite3.Error, OSError, ErrorEscritorio) as error:
                self.error = error
            finally:
                self._foto.rollback()
                self._foto.close()
                self._terminado = True
