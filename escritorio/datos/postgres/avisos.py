"""Enterarse de lo que otras personas guardan en el servidor: LISTEN/NOTIFY.

Al confirmar cada escritura, el servidor avisa por `CANAL_DE_CAMBIOS` qué tablas cambiaron (el sello de la
bitácora lo hace: una transacción deshecha no avisa nada). `EscuchaDeCambios` tiene su propia conexión, que solo
escucha: juntar los avisos no pregunta nada al servidor, solo lee lo que ya llegó por la red. Los avisos de la
conexión de trabajo de la misma ventana (su `backend_pid`) no cuentan: esa ventana ya sabe lo que guardó.
"""

import psycopg

from ...registro import registrar_aviso
from . import CANAL_DE_CAMBIOS
from . import TODAS_LAS_TABLAS as TODAS  # si se perdieron avisos (la escucha se cortó y volvió), no se sabe qué cambió


class EscuchaDeCambios:
    def __init__(self, db):
        self._db = db
        self._conexion: psycopg.Connection | None = None
        self._juntadas: set[str] = set()
        self._abrir()

    def _abrir(self) -> bool:
        """Una conexión aparte, con las mismas credenciales que la de trabajo, que escucha el canal."""
        try:
            info = self._db.conn.info
            conexion = psycopg.connect(info.dsn, password=info.password or None, autocommit=True,
                                       connect_timeout=10, application_name="Escritorio (avisos)")
            conexion.execute(f"LISTEN {CANAL_DE_CAMBIOS}")
        except psycopg.Error:
            registrar_aviso("No se pudo escuchar los avisos del servidor")
            return False
        self._conexion = conexion
        return True

    def descriptor(self) -> int | None:
        """El socket de la escucha (la ventana lo vigila para enterarse apenas llega un aviso), o None."""
        if self._conexion is None or self._conexion.closed:
            return None
        return self._conexion.fileno()

    def juntar(self) -> None:
        """Lee los avisos que ya llegaron (sin esperar) y los guarda hasta `tablas_cambiadas`. Si la escucha se
        cortó, la vuelve a abrir; lo que pasó mientras tanto no se sabe: cuenta como que cambió todo."""
        if self._conexion is None or self._conexion.closed:
            if self._abrir():
                self._juntadas |= TODAS
            return
        propio = self._db.conn.info.backend_pid
        try:
            for aviso in self._conexion.notifies(timeout=0):
                if aviso.pid != propio:
                    self._juntadas.update(t for t in aviso.payload.split(",") if t)
        except psycopg.Error:
            registrar_aviso("Se cortó la escucha de los avisos del servidor")
            self._conexion.close()

    def tablas_cambiadas(self) -> frozenset[str]:
        """Las tablas que otras conexiones cambiaron desde la última vez (`TODAS` si no se sabe); y las olvida."""
        self.juntar()
        cambiadas, self._juntadas = frozenset(self._juntadas), set()
        return cambiadas

    def close(self) -> None:
        if self._conexion is not None:
            self._conexion.close()
