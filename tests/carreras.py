"""Carreras: otro proceso escribe entre lo que un servicio lee para decidir y lo que escribe.

Regla de la casa: lo que un servicio lee para decidir se lee DENTRO de la transacción que escribe (BEGIN IMMEDIATE
en el archivo, el cerrojo de escritura en el servidor): mientras tanto nadie más escribe. `otro_proceso_escribe`
pone a prueba eso sin hilos ni esperas:

- Cuando el servicio lee por primera vez lo que decide (una función de su módulo, reemplazada aquí por una que
  llama a la original y mira la conexión), si su conexión NO tiene la base tomada, la ventana de la carrera está
  abierta: el otro proceso escribe enseguida, con su propia conexión, y confirma. Después el servicio escribe con lo
  que leyó antes (`entre_medio` queda en True).
- Si la tiene tomada, el otro proceso tendría que esperar: escribe cuando el servicio termina (`terminar()`), como
  de verdad lo haría tras la espera (`entre_medio` queda en False).

Lo que el otro proceso hizo queda en `hecho`; el error que recibió (un ErrorEscritorio, el mensaje que vería), en
`error`.
"""

from collections.abc import Callable

from escritorio.errores import ErrorEscritorio


class Carrera:
    def __init__(self, escribir: Callable[[], object], db):
        self._escribir, self._db = escribir, db
        self.entre_medio: bool | None = None   # None: el servicio nunca leyó lo vigilado
        self.hecho: object = None
        self.error: ErrorEscritorio | None = None

    def _otro_proceso(self) -> None:
        try:
            self.hecho = self._escribir()
        except ErrorEscritorio as error:
            self.error = error

    def leido(self) -> None:
        """El servicio acaba de leer lo que decide."""
        if self.entre_medio is not None:
            return
        self.entre_medio = not self._db.en_transaccion
        if self.entre_medio:
            self._otro_proceso()

    def terminar(self) -> "Carrera":
        """El servicio terminó: el otro proceso, si estaba esperando la base, escribe ahora."""
        if self.entre_medio is False:
            self._otro_proceso()
        return self


def otro_proceso_escribe(monkeypatch, modulo, nombre: str, db, escribir: Callable[[], object]) -> Carrera:
    """Vigila `modulo.nombre` (lo que el servicio lee para decidir, como lo llama su módulo) en la conexión `db` del
    servicio; `escribir()` es lo que hace el otro proceso, con su propia conexión."""
    carrera = Carrera(escribir, db)
    original = getattr(modulo, nombre)

    def vigilada(*argumentos, **nombrados):
        resultado = original(*argumentos, **nombrados)
        carrera.leido()
        return resultado

    monkeypatch.setattr(modulo, nombre, vigilada)
    return carrera
