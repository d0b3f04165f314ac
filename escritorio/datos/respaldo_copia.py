"""Respaldar: copiar la base sin pisar nada (un temporal con el número de proceso que se mueve a su nombre solo
cuando está entero, en el disco y, si se pide, comprobado) y `respaldar`, que nunca reemplaza lo que no es un
respaldo de Escritorio de ESTA misma base.
"""

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDanada, ErrorBaseDeDatos
from ..rutas import carpeta_respaldos, expandir
from . import integridad, testigo
from .diagnostico import recuperar, comprobar_integridad, es_archivo_sqlite, es_base_escritorio
from .respaldo import (COPIAS_DE_SEGURIDAD, DIARIOS_DE_UN_TEMPORAL, SUFIJOS_DIARIO, huella_de_archivo,
                       nombre_respaldo, por_que, sellar)


def _temporal_de(destino: Path) -> Path:
    """El temporal lleva el número de proceso: dos copias a la vez nunca comparten temporal."""
    return destino.with_name(f"{destino.name}.{os.getpid()}.parcial")


def borrar_con_diarios(ruta: Path) -> None:
    ruta.unlink(missing_ok=True)
    for sufijo in DIARIOS_DE_UN_TEMPORAL:
        Path(str(ruta) + sufijo).unlink(missing_ok=True)


def _borrar_temporal(ruta: Path) -> None:
    """Después de una copia, terminada o no: su temporal se va. Si el sistema no lo deja (Windows, mientras se termina
    de escribir en el disco), queda con su nombre `.parcial`, que nunca se toma por un respaldo, y lo borra la
    próxima apertura (limpiar_restos)."""
    try:
        borrar_con_diarios(ruta)
    except OSError:
        pass


# La copia avanza de a 8 MB (con páginas de 4 KB) cuando se la puede interrumpir: entre paso y paso se mira.
PAGINAS_POR_PASO = 2048


def _asegurar_en_disco(ruta: Path, con_huella: bool, interrumpir: Callable[[], None] | None) -> str | None:
    """Lleva el archivo recién copiado al disco (fsync) y, mientras el disco escribe, calcula su SHA-256 leyéndolo de
    la memoria del sistema: las dos esperas se pisan en lugar de sumarse (con 100.000 miembros, 0,6 s en lugar de
    1,2). Devuelve la huella (None sin `con_huella`)."""
    errores: list[OSError] = []

    def sincronizar() -> None:
        try:
            descriptor = os.open(ruta, os.O_RDWR | getattr(os, "O_BINARY", 0))
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        except OSError as error:
            errores.append(error)

    hilo = threading.Thread(target=sincronizar, name="respaldo-al-disco", daemon=True)
    hilo.start()
    huella = huella_de_archivo(ruta, interrumpir) if con_huella else None   # interrumpida: el temporal no se espera
    hilo.join()
    if errores:
        raise errores[0]
    return huella


def copiar_a(origen: sqlite3.Connection, temporal: Path, *, con_huella: bool = False,
              interrumpir: Callable[[], None] | None = None) -> str | None:
    """Copia la base abierta en `origen` al archivo `temporal` (que se rehace desde cero) y lo deja en el disco;
    con `con_huella`, devuelve su SHA-256. `interrumpir()`, si se da, se llama entre paso y paso de la copia y de la
    huella, y puede lanzar RespaldoInterrumpido para dejarla (quien llama borra el temporal).

    La copia escribe sin esperar al disco en cada página (synchronous = OFF: el temporal no vale nada hasta que se
    renombra) y se asegura en el disco de una vez al terminar, antes de ponerla en su lugar."""
    borrar_con_diarios(temporal)
    copia = sqlite3.connect(temporal)
    try:
        copia.execute("PRAGMA synchronous = OFF")
        if interrumpir is None:
            origen.backup(copia)
        else:
            origen.backup(copia, pages=PAGINAS_POR_PASO, progress=lambda *_: interrumpir())
        copia.execute("PRAGMA journal_mode = DELETE")
    finally:
        copia.close()
    return _asegurar_en_disco(temporal, con_huella, interrumpir)


def _mover_sin_pisar(temporal: Path, destino: Path) -> None:
    """Renombra `temporal` a `destino` solo si `destino` no existe (FileExistsError si existe).

    Un enlace duro falla si el destino existe, sin ventana entre comprobar y escribir. Donde no hay
    enlaces (memorias USB en FAT), en Windows os.rename tampoco pisa; en otros sistemas se comprueba antes."""
    try:
        os.link(temporal, destino)
    except FileExistsError:
        raise
    except OSError:
        if os.name != "nt" and destino.exists():
            raise FileExistsError(destino) from None
        os.rename(temporal, destino)
        return
    temporal.unlink()


def copiar_conexion(origen: sqlite3.Connection, destino: Path, *, reemplazar: bool = False,
                    comprobar: bool = False) -> Path:
    """Copia la base abierta en `origen` a `destino` (archivo único, sin diario WAL). Sin `reemplazar`,
    si `destino` ya existe se lanza FileExistsError y no se toca. Con `comprobar`, la copia se recorre entera
    antes de ponerla en su lugar: si salió dañada (la base lo está), ErrorBaseDanada y `destino` no se toca."""
    return _copiar(origen, destino, reemplazar=reemplazar, comprobar=comprobar)[0]


def _copiar(origen: sqlite3.Connection, destino: Path, *, reemplazar: bool = False, comprobar: bool = False,
            con_huella: bool = False, interrumpir: Callable[[], None] | None = None) -> tuple[Path, str | None]:
    """`copiar_conexion`, y la huella SHA-256 de la copia calculada mientras se asegura en el disco. El destino
    aparece de una vez (un renombre), ya entero y en el disco: nunca hay un respaldo a medias con su nombre."""
    destino = Path(destino)
    destino.parent.mkdir(parents=True, exist_ok=True)
    temporal = _temporal_de(destino)
    try:
        huella = copiar_a(origen, temporal, con_huella=con_huella, interrumpir=interrumpir)
        if comprobar:
            _exigir_copia_sana(temporal, destino)
        if reemplazar:
            os.replace(temporal, destino)
        else:
            _mover_sin_pisar(temporal, destino)
    finally:
        _borrar_temporal(temporal)
    return destino, huella


def destino_libre(carpeta: Path, nombre: str) -> Path:
    """Nunca se pisa un respaldo: si el nombre existe se agrega un número."""
    destino = carpeta / nombre
    numero = 2
    while destino.exists() or _temporal_de(destino).exists():
        destino = carpeta / f"{Path(nombre).stem}-{numero}.db"
        numero += 1
    return destino


def _exigir_copia_sana(copia: Path, destino: Path) -> None:
    conn = sqlite3.connect(f"file:{copia.resolve().as_posix()}?mode=ro", uri=True)
    try:
        problemas = comprobar_integridad(conn)
    finally:
        conn.close()
    if problemas:
        mensaje = traducir("La base está dañada ({0}): su copia salió dañada y no se guardó en {1}. {2}")
        raise ErrorBaseDanada(mensaje.format(problemas[0].splitlines()[0], destino, recuperar()),
                              mensaje.format(problemas[0].splitlines()[0], destino, "").strip())


def copiar_con_nombre_libre(conn: sqlite3.Connection, carpeta: Path, nombre: str, comprobar: bool = False, *,
                             con_huella: bool = False,
                             interrumpir: Callable[[], None] | None = None) -> tuple[Path, str | None]:
    """Copia a `carpeta/nombre` o, si otro proceso lo tomó entretanto, al siguiente nombre libre: (ruta, huella)."""
    # Antes, y fuera del reintento: si `carpeta` es un archivo, mkdir da FileExistsError, que no es un nombre tomado.
    carpeta.mkdir(parents=True, exist_ok=True)
    for _ in range(100):
        try:
            return _copiar(conn, destino_libre(carpeta, nombre), comprobar=comprobar, con_huella=con_huella,
                           interrumpir=interrumpir)
        except FileExistsError:
            continue
    raise ErrorBaseDeDatos(traducir("No se encontró un nombre libre para el respaldo en {0}.").format(carpeta))


def asegurar_testigo(conn: sqlite3.Connection, ruta_base: Path) -> None:
    """Si la base aún no tiene testigo con su identidad, se escribe: así, si un día se daña y no se puede
    leer, se sabe cuáles respaldos son suyos."""
    anterior = testigo.leer(ruta_base)
    if (anterior is None or not anterior.base_id) and testigo.identidad(conn):
        testigo.actualizar(conn, ruta_base)


def describir(ruta: Path) -> str:
    """De un archivo de base o respaldo: «(asociación «Red …», 12 miembros)» para que el usuario reconozca de qué es un
    archivo (en el idioma en curso)."""
    try:
        conn = sqlite3.connect(f"file:{ruta.resolve().as_posix()}?mode=ro", uri=True)
        try:
            nombres = [f[0] for f in conn.execute("SELECT nombre FROM asociaciones ORDER BY id LIMIT 3")]
            miembros = conn.execute("SELECT count(*) FROM miembros").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    if not nombres:
        return traducir(" (sin asociaciones)")
    return traducir(" (asociación {0}, {1} miembros)").format(
        ", ".join(traducir("«{0}»").format(nombre) for nombre in nombres), miembros)


def _motivo_para_no_reemplazar(destino: Path, base_id: str | None) -> str | None:
    """None si `destino` es un respaldo de Escritorio de esta misma base que se puede reemplazar; si no, por qué no
    (lo que sigue al nombre del archivo en el mensaje, en el idioma en curso)."""
    if not destino.is_file():
        return traducir("no es un archivo")
    if not es_archivo_sqlite(destino):
        return traducir("no es un respaldo de Escritorio (ni siquiera es una base SQLite)")
    de_respaldo = getattr(testigo.leer(destino), "respaldo", False)  # el testigo de un respaldo no es de una base
    al_lado = (*SUFIJOS_DIARIO, ".bloqueo") + (() if de_respaldo else (testigo.SUFIJO,))
    if any(Path(str(destino) + s).exists() for s in al_lado):
        return traducir("es una base de Escritorio en uso (tiene su diario o su testigo al lado), no un respaldo")
    try:
        conn = sqlite3.connect(f"file:{destino.resolve().as_posix()}?mode=ro", uri=True)
        try:
            tiene_tablas = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if not tiene_tablas or not es_base_escritorio(conn):
                return traducir("es una base SQLite de otro programa, no un respaldo de Escritorio")
            suya = testigo.identidad(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return traducir("no se puede leer (está dañado o no es un respaldo de Escritorio)")
    if suya is None or base_id is None:
        return traducir("no se puede comprobar que sea un respaldo de esta misma base (no tiene identidad)")
    if suya != base_id:
        return traducir("es un respaldo de otra base{0}").format(describir(destino))
    return None


def respaldar(conn: sqlite3.Connection, ruta_base: Path, motivo: str = "manual", destino: Path | None = None,
              *, reemplazar: bool = False) -> Path:
    """Crea un respaldo; sin destino va a la carpeta `respaldos` junto a la base; a una carpeta, con el nombre
    de siempre (nunca pisa). A un archivo que ya existe, solo con `reemplazar` y si es un respaldo de
    Escritorio de esta misma base."""
    ruta_base = Path(ruta_base)
    comprobar = motivo == "manual"  # el respaldo a pedido comprueba la base entera (por su copia) y la sella
    try:
        if destino is None or Path(destino).is_dir():
            carpeta = carpeta_respaldos(ruta_base) if destino is None else Path(destino)
            sellada = motivo in COPIAS_DE_SEGURIDAD   # la copia antes de migrar también lleva su huella
            hecho, huella = copiar_con_nombre_libre(conn, carpeta, nombre_respaldo(ruta_base, motivo), comprobar,
                                                     con_huella=sellada)
            if sellada:
                sellar(hecho, huella)
        else:
            destino = expandir(destino)
            if destino.parent.exists() and not destino.parent.is_dir():
                raise ErrorBaseDeDatos(traducir(
                    "{0} es un archivo, no una carpeta: no se puede guardar {1} dentro. No se creó el respaldo; "
                    "elija una carpeta que exista.").format(destino.parent, destino.name))
            if destino.resolve() == ruta_base.resolve():
                raise ErrorBaseDeDatos(traducir(
                    "{0} es la propia base en uso: elija otro archivo para el respaldo.").format(destino))
            if destino.exists():
                if not reemplazar:
                    raise ErrorBaseDeDatos(traducir(
                        "Ya existe {0}. No se reemplazó. Elija otro nombre, o una carpeta (el nombre del "
                        "respaldo se elige solo); para reemplazar un respaldo anterior de esta misma base, "
                        "pídalo explícitamente (en la línea de órdenes, --reemplazar).").format(destino))
                motivo_no = _motivo_para_no_reemplazar(destino, testigo.identidad(conn))
                if motivo_no:
                    raise ErrorBaseDeDatos(traducir(
                        "{0} {1}: Escritorio no lo reemplaza. No se modificó; elija otro nombre.").format(
                        destino, motivo_no))
            try:
                hecho = copiar_conexion(conn, destino, reemplazar=reemplazar, comprobar=comprobar)
            except FileExistsError:
                raise ErrorBaseDeDatos(traducir(
                    "Ya existe {0}. No se reemplazó; elija otro nombre.").format(destino)) from None
    except (sqlite3.Error, OSError) as error:
        donde = Path(destino) if destino else carpeta_respaldos(ruta_base)
        raise ErrorBaseDeDatos(traducir("No se pudo crear el respaldo en {0}: {1}. No se modificó nada.").format(
            donde, por_que(error, donde))) from None
    except ErrorBaseDanada:
        integridad.anotar_dano(ruta_base)
        raise
    asegurar_testigo(conn, ruta_base)
    testigo.anotar_respaldo(conn, hecho)  # <respaldo>.testigo: la cabeza de la cadena al copiarla
    if comprobar:
        integridad.sellar(ruta_base, comprobada_en=integridad.ahora_iso())
    return hecho
