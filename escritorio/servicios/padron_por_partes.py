"""El padrón de la tabla de Miembros por partes: la primera pantalla ya, el resto después, sin mover lo que se ve.

Con 100.000 miembros, leer el padrón entero (población y estado vigentes de cada uno) y ordenarlo como lo lee una
persona lleva medio segundo, y al abrir la ventana nadie mira más que la primera pantalla. Así que:

- `adelantar_primera_pantalla`, en el hilo que abre la base mientras se cargan Qt y la ventana, elige los primeros
  `PRIMERA_PANTALLA` miembros en el orden de la tabla (el primer país; dentro de él, por el nombre, que se lee solo:
  sin la historia de nadie) y lee sus filas. La tabla los muestra (`tomar_primera_pantalla`).
- `LecturaDelPadron` lee después el resto, país por país en el orden de la tabla y de a tramos (la ventana pinta y
  atiende entre uno y otro), de una foto de la base tomada en una conexión propia; cada país, ya ordenado, se agrega
  al final de la tabla: lo que se ve no se mueve. Si lo que se mostró primero no es el principio de lo leído (otro
  programa escribió entre una lectura y otra), la lectura lo dice (`desfasada`) y la tabla se carga entera de nuevo.
- Esa lectura se prepara en el mismo hilo, después de la primera pantalla (su conexión, su foto, los países y el
  orden guardado: unos milisegundos que así no esperan en el hilo de la ventana después de pintar); la tabla la toma
  (`tomar_el_resto`) solo si nadie escribió en la base desde la marca de la primera pantalla; si no, prepara otra.

Ordenar los nombres de un país (la clave de cada uno, en Python) es lo más caro de leerlo: un país que tiene los mismos
miembros con los mismos nombres que la última vez toma el orden que se guardó entonces (servicios/orden_guardado.py,
que dice por qué es el mismo), en la primera pantalla y en el resto; la ventana lo guarda con el padrón entero.

El orden es uno solo, el de `servicios.miembros.OrdenDelPadron`: el mismo que da `padron_de_la_tabla` leyendo todo de
una vez (lo prueba tests/servicios/test_padron_por_partes.py).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..datos import miembros as tabla_miembros
from ..datos.base_de_datos import BaseDeDatos
from ..datos.lectura_aparte import foto_para_leer
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .miembros import OrdenDelPadron, PadronDeLaTabla, orden_del_padron
from . import orden_guardado

# Filas de la primera pantalla: más de las que entran en una pantalla grande con la ventana maximizada.
PRIMERA_PANTALLA = 200
# Filas que lee cada tramo de `LecturaDelPadron.avanzar`: unos 10 ms, lo que la ventana tarda en atender de nuevo.
TRAMO = 2_000


def primera_pantalla(contexto: Contexto, al: date, *, cuantas: int = PRIMERA_PANTALLA,
                     idioma: str | None = None) -> PadronDeLaTabla:
    """Los primeros `cuantas` miembros del padrón, en su orden, con `total` (cuántos tiene entero). `idioma`: el de
    los nombres de los países (sin él, el en curso)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    orden = orden_del_padron(contexto, tabla_miembros.paises_del_padron(db, asociacion_id), idioma)
    guardado = orden_guardado.leer(orden_guardado.ruta_del_orden(db), asociacion_id, orden.idioma)
    filas: list[tuple] = []
    for pais in orden.paises_en_orden:
        faltan = cuantas - len(filas)
        if faltan <= 0:
            break
        nombres = tabla_miembros.nombres_del_pais(db, asociacion_id, pais)
        en_orden = orden_guardado.en_orden_guardado(nombres, guardado.get(pais), 0, 1)
        if en_orden is None:
            orden.ordenar_en_el_pais(nombres, 1, 0)
        else:
            nombres = en_orden
        primeros = [identidad for identidad, _ in nombres[:faltan]]
        lugar = {identidad: n for n, identidad in enumerate(primeros)}
        del_pais = tabla_miembros.padron_de_los_ids(db, asociacion_id, al.isoformat(), primeros)
        filas += sorted(del_pais, key=lambda f: lugar[f[PadronDeLaTabla.ID]])
    return PadronDeLaTabla(filas, orden.nombres, total=tabla_miembros.contar(db, asociacion_id))


# --- el adelanto, desde el hilo que abre la base -------------------------------------------------------------

@dataclass
class _Adelantada:
    asociacion_id: int
    al: date
    idioma: str | None
    marca: tuple[int, int]
    padron: PadronDeLaTabla
    resto: "LecturaDelPadron | None" = None   # la lectura del resto, preparada (su foto ya tomada), sin empezar


def _marca(db: BaseDeDatos) -> tuple[int, int] | None:
    """Lo que cambia si alguien escribe en la base: (la versión de los datos, filas que escribió esta conexión)."""
    from ..datos.vigilancia import version_de_datos

    if db.dialecto != "sqlite" or db.estado.solo_lectura is not None:
        return None   # el servidor, o una base solo para consultar (sin diario que leer de otra conexión)
    return version_de_datos(db), db.cambios_propios


def adelantar_primera_pantalla(db: BaseDeDatos, sigla: str | None = None, idioma: str | None = None) -> None:
    """La primera pantalla del padrón de la asociación que mostrará la ventana (la de `sigla`, o la primera), con
    los nombres de los países en `idioma` (el que tendrá la ventana), leída desde el hilo que abre la base. La toma
    `tomar_primera_pantalla`, una vez, si nadie escribió desde entonces. Solo con un archivo SQLite que se puede
    escribir (en el servidor o con una base solo para consultar, la tabla lee el padrón entero, como siempre)."""
    from ..datos import asociaciones as tabla_asociaciones

    marca = _marca(db)
    asociaciones = tabla_asociaciones.listar(db)
    if marca is None or not asociaciones:
        return
    elegida = next((a for a in asociaciones if a["sigla"] == sigla), asociaciones[0])
    al = fecha_de_hoy()
    padron = primera_pantalla(Contexto(db, elegida["id"]), al, idioma=idioma)
    # La lectura del resto, preparada aquí (su conexión, su foto, los países y su orden): la tabla solo la empieza.
    # Su foto es posterior a la marca: si nadie escribió desde la marca, es la base de cuando la tabla la empiece.
    resto = None
    if not padron.completo:
        try:
            resto = LecturaDelPadron(Contexto(db, elegida["id"]), al, list(padron.filas), idioma,
                                     paises=padron.paises)
        except Exception:  # noqa: BLE001 - es un adelanto: la tabla la prepara como siempre (y lo dice si falla)
            resto = None
    db.estado.padron_adelantado = _Adelantada(elegida["id"], al, idioma, marca, padron, resto)


def tomar_primera_pantalla(contexto: Contexto, idioma: str | None) -> PadronDeLaTabla | None:
    """La primera pantalla adelantada, si es de esta asociación, de hoy, con los países en `idioma` y nadie escribió
    en la base desde que se leyó; si no, None (y la tabla lee el padrón entero)."""
    adelantada, contexto.db.estado.padron_adelantado = contexto.db.estado.padron_adelantado, None
    if adelantada is None:
        return None
    if ((adelantada.asociacion_id, adelantada.al, adelantada.idioma)
            != (contexto.asociacion_id, fecha_de_hoy(), idioma) or adelantada.marca != _marca(contexto.db)):
        _soltar(adelantada)
        return None
    _soltar(contexto.db.estado.resto_adelantado)
    contexto.db.estado.resto_adelantado = adelantada if adelantada.resto is not None else None
    return adelantada.padron


def tomar_el_resto(contexto: Contexto, mostrado: PadronDeLaTabla) -> "LecturaDelPadron | None":
    """La lectura del resto preparada con la primera pantalla `mostrado`, si sigue valiendo: es de esa primera
    pantalla y nadie escribió en la base desde su marca (su foto, posterior a la marca, es entonces la base de
    ahora). Si no, None (y se la cierra): la tabla prepara otra, con una foto de ahora. Se toma una vez."""
    adelantada, contexto.db.estado.resto_adelantado = contexto.db.estado.resto_adelantado, None
    if adelantada is None:
        return None
    if adelantada.padron is not mostrado or adelantada.marca != _marca(contexto.db):
        _soltar(adelantada)
        return None
    return adelantada.resto


def _soltar(adelantada: "_Adelantada | None") -> None:
    if adelantada is not None and adelantada.resto is not None:
        adelantada.resto.cerrar()


# --- el resto, de a tramos -----------------------------------------------------------------------------------

class LecturaDelPadron:
    """El padrón entero, país por país en el orden de la tabla, de a tramos, después de `mostradas` (las filas que
    la tabla ya muestra, el principio del padrón). `avanzar()` lee un tramo y devuelve las filas que quedaron listas
    para agregar al final de la tabla (las de un país que se terminó de leer, ya ordenadas, sin las ya mostradas).
    Lee de su propia conexión de solo lectura, todo de una misma foto de la base; `cerrar()` la suelta. `paises`:
    los códigos de los países que la tabla conoce (los de lo mostrado, con sus nombres y su lista de países)."""

    def __init__(self, contexto: Contexto, al: date, mostradas: list[tuple], idioma: str | None = None, *,
                 paises: Iterable[str] | None = None):
        self._db = foto_para_leer(contexto.db)
        if self._db is None:   # no es un archivo: no se llega aquí (adelantar_primera_pantalla no adelanta nada)
            raise ValueError("el padrón por partes se lee de un archivo SQLite")
        try:
            self._asociacion_id, self._hoy = contexto.asociacion_id, al.isoformat()
            codigos = tabla_miembros.paises_del_padron(self._db, self._asociacion_id)
            self._orden: OrdenDelPadron = orden_del_padron(contexto, codigos, idioma)
        except BaseException:
            self._db.close()
            raise
        self._pendientes = list(self._orden.paises_en_orden)
        # El orden de la última vez (servicios/orden_guardado.py): un país con los mismos miembros y nombres no se
        # vuelve a ordenar. `_calculado`: algún país se ordenó (lo guardado no estaba, o ya no valía).
        self._ruta_del_orden = orden_guardado.ruta_del_orden(contexto.db)
        self._guardado = orden_guardado.leer(self._ruta_del_orden, self._asociacion_id, self._orden.idioma)
        self._calculado = self._guardado.paises() != set(codigos)
        self._guardado_del_pais: tuple[list[int], list[str]] | None = None
        self._cursor = None
        self._del_pais: list[tuple] = []
        self._claves_del_pais: list = []   # la clave de orden de cada una, calculada en el tramo que la leyó
        self._mostradas, self._coincidentes = mostradas, 0
        # Lo mostrado no es el principio del padrón leído, o la foto tiene otros países (uno nuevo no tendría nombre
        # en la tabla ni lugar en su lista de países): hay que cargarlo entero.
        self.desfasada = paises is not None and set(paises) != set(codigos)
        self.leidas: list[tuple] = []   # todo lo leído, en orden (para cargarlo entero si quedó desfasada)

    @property
    def terminada(self) -> bool:
        return self._cursor is None and not self._pendientes

    def avanzar(self, tramo: int = TRAMO) -> list[tuple]:
        if self.terminada or self._db is None:
            return []
        if self._cursor is None:
            pais = self._pendientes[0]
            self._cursor = tabla_miembros.padron_del_pais(self._db, self._asociacion_id, self._hoy, pais)
            self._guardado_del_pais = self._guardado.get(pais)
        filas = self._cursor.fetchmany(tramo)
        self._del_pais += filas
        guardado = self._guardado_del_pais
        if guardado is None:   # sin orden guardado: la clave de cada fila, de a tramos
            self._claves_del_pais += self._orden.claves_en_el_pais(filas)
        if len(filas) == tramo:
            return []
        self._cursor = None   # el país se terminó de leer: se ordena con las claves ya calculadas
        self._pendientes.pop(0)
        del_pais, claves = self._del_pais, self._claves_del_pais
        self._del_pais, self._claves_del_pais = [], []
        en_orden = orden_guardado.en_orden_guardado(del_pais, guardado, PadronDeLaTabla.ID, PadronDeLaTabla.NOMBRE)
        if en_orden is None:
            self._calculado = True
            if guardado is not None:   # lo guardado ya no vale (un alta, un nombre cambiado): se calcula ahora
                claves = self._orden.claves_en_el_pais(del_pais)
            en_orden = self._orden.en_orden(del_pais, claves)
        del_pais = en_orden
        self.leidas += del_pais
        nuevas = self._despues_de_lo_mostrado(del_pais)
        if self.terminada:
            self.cerrar()
            self.desfasada = self.desfasada or self._coincidentes < len(self._mostradas)   # se borró alguna
        return nuevas

    def _despues_de_lo_mostrado(self, del_pais: list[tuple]) -> list[tuple]:
        """De las filas de un país, las que van después de lo ya mostrado; si lo mostrado no coincide, ninguna."""
        if self.desfasada:
            return []
        comparar = min(len(del_pais), len(self._mostradas) - self._coincidentes)
        if del_pais[:comparar] != self._mostradas[self._coincidentes:self._coincidentes + comparar]:
            self.desfasada = True
            return []
        self._coincidentes += comparar
        return del_pais[comparar:]

    def guardar_el_orden(self) -> None:
        """Con el padrón entero leído y algún país ordenado de nuevo, guarda el orden para la próxima vez
        (servicios/orden_guardado.py). Lo llama la ventana cuando la tabla ya lo tiene todo: nadie lo espera."""
        if self.terminada and self._calculado and not self.desfasada:
            p = PadronDeLaTabla
            orden_guardado.guardar(self._ruta_del_orden, self._asociacion_id, self._orden.idioma, self.leidas,
                                   p.PAIS, p.ID, p.NOMBRE)
            self._calculado = False

    def padron(self) -> PadronDeLaTabla:
        """Todo lo leído (entero, si `terminada`)."""
        return PadronDeLaTabla(self.leidas, self._orden.nombres)

    def cerrar(self) -> None:
        if self._db is not None:
            self._cursor = None
            self._db.close()
            self._db = None
