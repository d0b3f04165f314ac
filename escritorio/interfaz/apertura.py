"""El arranque de la ventana antes de Qt Widgets: los ajustes, qué base abrir, el cerrojo y abrir la base.

Abrir la base que verá la ventana la comprueba entera (quick_check) y hace el respaldo de apertura: con miles de
miembros, un décimo de segundo o más de trabajo de SQLite, que no retiene el intérprete de Python. Por eso empieza
en un hilo apenas se sabe qué base abrir, antes de cargar Qt Widgets y los módulos de la ventana, que se cargan
mientras tanto; la ventana no se arma hasta que la base abrió y pasó la comprobación (`AperturaAdelantada.resultado`),
así que nada se lee ni se escribe antes. El respaldo de apertura, en cambio, no se espera: al abrir se toma la foto
de la base y el mismo hilo la copia mientras la ventana se arma y se pinta (datos/respaldo_de_apertura.py); cerrar la
base espera a que termine. Aquí solo se usa QtCore: sin ventanas ni diálogos, que esperan a que exista la aplicación
(aplicacion.py).
"""

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings

from .. import NOMBRE_APLICACION
from ..datos.postgres import es_url_de_servidor
from ..rutas import VARIABLE_BASE, carpeta_portable, ruta_base_por_defecto
from ..errores import ErrorBaseDanada


def ajustes_del_programa() -> QSettings:
    """Los ajustes de la ventana. En modo portátil viajan con los datos (un .ini en la memoria USB), no en el
    registro del PC. Se pueden leer antes de crear la aplicación: el nombre del programa se fija aquí."""
    from ..rutas import carpeta_datos, carpeta_portable

    QCoreApplication.setApplicationName(NOMBRE_APLICACION)
    QCoreApplication.setOrganizationName(NOMBRE_APLICACION)
    if carpeta_portable() is not None:
        return QSettings(str(carpeta_datos() / "ajustes.ini"), QSettings.Format.IniFormat)
    return QSettings()


def ruta_a_abrir(ruta_db: str | None, ajustes: QSettings) -> Path | str:
    """--db, luego ESCRITORIO_DB, luego el modo portátil, luego la última base usada (si existe), luego la de la
    carpeta de datos. Una dirección postgresql://… (el modo servidor) queda como texto: no es un archivo.

    En modo portátil gana la base de la memoria (es lo que quiere decir portátil): la última usada se vuelve a abrir
    solo si está dentro de la carpeta portátil; una de otra carpeta (abierta con Archivo › Abrir…) no."""
    if ruta_db:
        return ruta_db.strip() if es_url_de_servidor(ruta_db) else Path(ruta_db)
    variable = os.environ.get(VARIABLE_BASE, "").strip()
    if variable:
        return variable if es_url_de_servidor(variable) else ruta_base_por_defecto()
    ultima = ajustes.value("ultima_base")
    portable = carpeta_portable()
    if ultima and es_url_de_servidor(ultima):
        return str(ultima) if portable is None else ruta_base_por_defecto()
    if ultima and Path(ultima).exists() and (portable is None or Path(ultima).resolve().is_relative_to(portable)):
        return Path(ultima)
    return ruta_base_por_defecto()


@dataclass
class Ocupada:
    """La base ya está abierta en otra ventana de Escritorio: dónde (para decirlo)."""
    equipo: str
    proceso: str


def tomar_cerrojo(ruta: Path) -> QLockFile | Ocupada:
    """Dos ventanas sobre la misma base se pisarían los cambios: el cerrojo junto a la base, u Ocupada si lo tiene
    otra ventana. Si ni se pudo escribir el cerrojo (disco lleno, carpeta de solo lectura), no es otra ventana: se
    devuelve igual y abrir la base decide (solo para consultar con aviso, o un mensaje claro)."""
    Path(ruta).parent.mkdir(parents=True, exist_ok=True)
    cerrojo = QLockFile(str(ruta) + ".bloqueo")
    if cerrojo.tryLock(200) or cerrojo.error() != QLockFile.LockError.LockFailedError:
        return cerrojo
    informacion = cerrojo.getLockInfo()  # (pid, equipo, programa) en PySide6
    pid, equipo = (informacion[-3], informacion[-2]) if isinstance(informacion, tuple) and len(informacion) >= 3 else ("?", "?")
    return Ocupada(str(equipo or "?"), str(pid or "?"))


def abrir_para_la_ventana(ruta: Path, *, respaldo_despues: bool = False, padron: "PadronQueMostrara | None" = None):
    """Abre la base como la ventana: con la comprobación y el respaldo de apertura (con `respaldo_despues`, para
    después de pintar: `servicios.base.tareas_de_la_apertura`). Con `padron` (la asociación que mostrará la
    ventana y su idioma), lee también la primera pantalla de su padrón, que la tabla de Miembros toma al armarse
    (servicios.padron_por_partes): en este hilo, mientras se cargan Qt y la ventana."""
    from ..servicios.base import abrir_base
    from ..servicios.respaldo import respaldo_para_recuperar

    if Path(ruta).is_file() and Path(ruta).stat().st_size == 0 and respaldo_para_recuperar(ruta) is not None:
        # Quedó en 0 bytes (un corte, una copia fallida) y tiene respaldos: se ofrece recuperarla, no se
        # convierte en silencio en una base nueva y vacía.
        raise ErrorBaseDanada(f"La base de datos {ruta} quedó vacía (0 bytes).")
    db = abrir_base(ruta, respaldo_al_abrir=True, respaldo_despues=respaldo_despues)
    if padron is not None:
        from ..servicios.padron_por_partes import adelantar_primera_pantalla

        try:
            adelantar_primera_pantalla(db, padron.sigla, padron.idioma())
        except Exception:  # noqa: BLE001 - es un adelanto: si falla, la tabla lo lee como siempre (y lo dice ella)
            pass
    return db


def _respaldo_pendiente(db) -> str | None:
    """Lo que la apertura deja para después de pintar: la comprobación pendiente y el respaldo que falte."""
    from ..servicios.base import tareas_de_la_apertura

    return tareas_de_la_apertura(db)


class AperturaAdelantada:
    """Empieza `abrir()` en un hilo ya; `resultado()` espera a que abra y devuelve lo que devolvió o lanza, en
    el hilo que pregunta, el error que tuvo (una base dañada sigue su camino de siempre: el diálogo para recuperarla).
    Con lo abierto, el mismo hilo sigue con `despues(valor)` (el respaldo de apertura), que nadie espera, cuando la
    ventana ya está armada y llama a `seguir()` (antes le quitaría procesador: con 16.000 miembros, 14 ms más hasta
    ver el padrón); `despues_terminado()` y `aviso()` dicen si terminó y qué avisar (un texto, o None si salió bien).
    Si nadie llama a `seguir()`, cerrar la base lo hace igual (RespaldoDeApertura.hacer)."""

    def __init__(self, abrir: Callable[[], object], despues: Callable[[object], str | None] | None = None):
        self._abrir, self._despues = abrir, despues
        self._valor: object = None
        self._error: BaseException | None = None
        self._aviso: str | None = None
        self._abierta = threading.Event()
        self._seguir = threading.Event()
        self._hilo = threading.Thread(target=self._correr, name="abrir-base", daemon=True)
        self._hilo.start()

    def _correr(self) -> None:
        try:
            self._valor = self._abrir()
        except BaseException as error:  # noqa: BLE001 (se relanza en el hilo que pide el resultado)
            self._error = error
            return
        finally:
            self._abierta.set()
        if self._despues is not None:
            self._seguir.wait()
            try:
                self._aviso = self._despues(self._valor)
            except Exception:  # noqa: BLE001 (la ventana ya está en uso: se avisa, no se cae)
                from ..registro import registrar_inesperado

                registro = registrar_inesperado("respaldo de apertura")
                self._aviso = (f"No se pudo hacer el respaldo de apertura por un error inesperado (quedó anotado en "
                               f"{registro}). La base abrió bien y no se perdió nada; haga un respaldo a mano "
                               "(Archivo → Crear respaldo…).")

    def resultado(self):
        self._abierta.wait()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._valor

    def seguir(self) -> None:
        """Que empiece lo de después (la ventana ya está armada: no le quita tiempo de procesador)."""
        self._seguir.set()

    def despues_terminado(self) -> bool:
        return not self._hilo.is_alive()

    def aviso(self) -> str | None:
        return self._aviso


@dataclass
class Arranque:
    """Lo que la ventana necesita para abrir, decidido antes de Qt Widgets."""
    ajustes: QSettings
    ruta: Path | str  # o la dirección del servidor
    cerrojo: QLockFile | Ocupada | None  # None en el servidor: varias personas trabajan a la vez
    base: AperturaAdelantada | None  # None si otra ventana tiene la base (no se abre) o es la de un servidor


def empezar(ruta_db: str | None, ajustes: QSettings) -> Arranque:
    """Decide qué base abrir, toma su cerrojo y, si es de esta ventana, empieza a abrirla en un hilo. La de un
    servidor no: conectarse puede pedir la clave, y eso es con la ventana (aplicacion.py)."""
    ruta = ruta_a_abrir(ruta_db, ajustes)
    if es_url_de_servidor(ruta):
        return Arranque(ajustes, ruta, None, None)
    cerrojo = tomar_cerrojo(ruta)
    base = None if isinstance(cerrojo, Ocupada) else AperturaAdelantada(
        partial(abrir_para_la_ventana, ruta, respaldo_despues=True, padron=_padron_que_mostrara(ajustes)),
        despues=_respaldo_pendiente)
    return Arranque(ajustes, ruta, cerrojo, base)


AREA_MIEMBROS = 1   # la fila de Miembros en la navegación (ventana_principal.indice_del_area("miembros"))
VARIABLE_DE_MEDICION = "ESCRITORIO_MEDIR_ARRANQUE"   # la de medicion.py: con ella, la ventana abre en Miembros


@dataclass
class PadronQueMostrara:
    """La asociación cuyo padrón mostrará la ventana y los ajustes de donde sale su idioma (una copia propia: el
    hilo de la apertura no usa la de la ventana)."""
    sigla: str | None     # la última que se usó; None: la primera
    ajustes: QSettings

    def idioma(self) -> str:
        """El de los nombres de los países en la ventana (el que elegirá aplicacion.py). En el hilo: lo que cuesta
        cargar se carga allí, no antes de empezar a abrir la base."""
        from ..dominio.paises import idioma_de_los_nombres
        from .idioma import idioma_elegido

        return idioma_de_los_nombres(idioma_elegido(self.ajustes))


def _padron_que_mostrara(ajustes: QSettings) -> PadronQueMostrara | None:
    """Si la ventana abrirá en Miembros (la última área que se usó, o la que se mide), qué padrón mostrará: su
    primera pantalla se lee en el hilo de la apertura. Si no, None."""
    try:
        area = int(ajustes.value("ventana/area", 0))
    except (TypeError, ValueError):
        area = 0
    if area != AREA_MIEMBROS and not os.environ.get(VARIABLE_DE_MEDICION):
        return None
    return PadronQueMostrara(str(ajustes.value("ultima_asociacion") or "") or None,
                             QSettings(ajustes.fileName(), ajustes.format()))
