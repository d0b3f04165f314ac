"""La oficina: la puerta de entrada del programa a una base abierta (como la `Collection` de Anki).

Una `Oficina` es dueña de la conexión (`db`), de lo que se sabe de ella (`estado`: el archivo abierto, si abrió sana
o solo para consultar, el respaldo de apertura, el aviso del testigo…, declarado en
`datos/estado_de_la_conexion.py`), de sus transacciones (`transaccion()`) y de la asociación con que se trabaja
(`elegir`, `asociacion`, `contexto`). La ventana tiene una sola oficina, que pasa a sus áreas y diálogos: nadie arma
un `Contexto` por su cuenta.

Cada escritura confirmada avisa qué tablas escribió (las de sus registros de la bitácora): es «lo que cambió», como
los `OpChanges` de Anki. Quien escucha (`al_cambiar`) recibe un `CambiosHechos` después de cada transacción; la
ventana lo traduce a sus temas (interfaz/cambios.py) y cada área se recarga sola, sin que ninguna anuncie a mano qué
tocó. Una operación entera (un servicio) devuelve lo suyo con `hacer`: `hecho = oficina.hacer(registrar_pago,
oficina.contexto, pago)` → `hecho.resultado`, `hecho.cambios.tablas`.

La línea de órdenes también trabaja con una oficina (`cli.comun.oficina_de`): las dos puertas, el mismo objeto.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import transaccion
from ..datos.estado_de_la_conexion import EstadoDeLaConexion
from ..errores import ErrorEscritorio
from .contexto import Contexto

R = TypeVar("R")


@dataclass(frozen=True)
class CambiosHechos:
    """Lo que cambió una escritura (o una operación entera): las tablas que escribió, sacadas de la bitácora de
    sus transacciones confirmadas. Vacío si no se guardó nada."""

    tablas: frozenset[str] = frozenset()
    # El número de la escritura en esta oficina (`Oficina.confirmadas` después de confirmarla): quien leyó la base
    # con ese número o uno mayor ya ve estos cambios.
    numero: int = field(default=0, compare=False)

    def __bool__(self) -> bool:
        return bool(self.tablas)

    def __or__(self, otros: "CambiosHechos") -> "CambiosHechos":
        return CambiosHechos(self.tablas | otros.tablas, max(self.numero, otros.numero))


@dataclass(frozen=True)
class Hecho(Generic[R]):
    """Lo que devolvió una operación y lo que cambió en la base mientras corría."""

    resultado: R
    cambios: CambiosHechos


OyenteDeLaOficina = Callable[[CambiosHechos], None]


class Oficina:
    def __init__(self, db: BaseDeDatos, asociacion: dict | None = None):
        self._db = db
        self._asociacion: dict | None = None
        self._contexto: Contexto | None = None
        self._oyentes: list[OyenteDeLaOficina] = []
        self._juntando: list[set[str]] = []   # las operaciones en curso (`operacion`, `hacer`) juntan sus tablas
        # Cuántas escrituras confirmó esta oficina: quien lee la base anota este número, y sabe así si ya ve un cambio.
        self.confirmadas = 0
        db.estado.oyentes.append(self._confirmada)
        self.elegir(asociacion)

    # --- la base y su estado -------------------------------------------------------------------
    @property
    def db(self) -> BaseDeDatos:
        """La conexión abierta (la reciben las funciones que trabajan con la base entera, no con una asociación)."""
        return self._db

    @property
    def estado(self) -> EstadoDeLaConexion:
        return self._db.estado

    def transaccion(self, **opciones):
        """Una escritura completa o nada (`datos.conexion.transaccion`): lo que se lee para decidir, adentro."""
        return transaccion(self._db, **opciones)

    def soltar(self) -> None:
        """La oficina deja de escuchar su conexión (antes de pasar a otra base o de cerrarla)."""
        if self._confirmada in self._db.estado.oyentes:
            self._db.estado.oyentes.remove(self._confirmada)

    # --- la asociación con que se trabaja --------------------------------------------------------
    def elegir(self, asociacion: dict | None) -> None:
        """La asociación con que se trabaja (su fila: id, nombre, sigla, idioma de los documentos…), o ninguna."""
        self._asociacion = asociacion
        self._contexto = None if asociacion is None else Contexto(self._db, int(asociacion["id"]))

    @property
    def asociacion(self) -> dict | None:
        return self._asociacion

    @property
    def asociacion_id(self) -> int | None:
        return None if self._asociacion is None else int(self._asociacion["id"])

    @property
    def contexto(self) -> Contexto:
        """Con qué trabaja cada servicio de una asociación: esta base y la asociación elegida."""
        if self._contexto is None:
            raise ErrorEscritorio("No hay una asociación elegida en esta base.")
        return self._contexto

    # --- lo que cambió ---------------------------------------------------------------------------
    def al_cambiar(self, oyente: OyenteDeLaOficina) -> None:
        """`oyente(cambios)` después de cada escritura confirmada en esta base (en el hilo que escribió)."""
        self._oyentes.append(oyente)

    def dejar_de_avisar(self, oyente: OyenteDeLaOficina) -> None:
        if oyente in self._oyentes:
            self._oyentes.remove(oyente)

    def _confirmada(self, tablas: frozenset[str]) -> None:
        self.confirmadas += 1
        for juntadas in self._juntando:
            juntadas.update(tablas)
        cambios = CambiosHechos(tablas, self.confirmadas)
        for oyente in list(self._oyentes):
            oyente(cambios)

    @contextmanager
    def operacion(self) -> Iterator[Callable[[], CambiosHechos]]:
        """Junta lo que cambian las escrituras de un bloque: `with oficina.operacion() as cambios: …; cambios()`."""
        juntadas: set[str] = set()
        self._juntando.append(juntadas)
        try:
            yield lambda: CambiosHechos(frozenset(juntadas), self.confirmadas)
        finally:
            self._juntando.remove(juntadas)

    def hacer(self, operacion: Callable[..., R], *argumentos: Any, **opciones: Any) -> Hecho[R]:
        """Corre `operacion(*argumentos, **opciones)` (un servicio) y devuelve su resultado con lo que cambió."""
        with self.operacion() as cambios:
            resultado = operacion(*argumentos, **opciones)
        return Hecho(resultado, cambios())
