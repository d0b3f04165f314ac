"""Diagnóstico de un archivo de base: ¿es SQLite?, ¿es de Escritorio?, ¿está sano? Y mensajes claros."""

import errno
import shutil
import sqlite3
from pathlib import Path

from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDanada, ErrorBaseDeDatos
from .esquema import CONJUNTO, MIGRACIONES
from .integridad import anotar_dano

CABECERA_SQLITE = b"SQLite format 3\x00"


def recuperar() -> str:
    """Cómo recuperar una base dañada, en el idioma en curso y con lo que tiene a mano quien lo lee. En la ventana,
    abrirla de nuevo (al arrancar, o con Archivo › Abrir… desde otra base: interfaz/recuperar_base.py); la línea de
    órdenes reemplaza «escritorio respaldo recuperar» por la orden exacta (con su --db)."""
    return segun_la_puerta(
        ventana=traducir("Para recuperarla, cierre Escritorio y vuelva a abrirlo (o ábrala con el menú Archivo, "
                         "«Abrir…», desde otra base): ofrece apartar el archivo dañado con la fecha y restaurar el "
                         "último respaldo sano de esta misma base."),
        linea=traducir("Para recuperar la base: «escritorio respaldo recuperar» (aparta el archivo dañado con la fecha "
                       "y restaura el último respaldo sano de esta misma base)."))


def es_archivo_sqlite(ruta: Path) -> bool:
    """¿Empieza `ruta` con la cabecera de SQLite? Una base que este proceso tiene abierta lo es, y no se lee por fuera
    de SQLite: cerrar ese descriptor soltaría los cerrojos de su conexión (vigilancia.py)."""
    from .vigilancia import es_archivo_de_una_base_abierta

    if es_archivo_de_una_base_abierta(ruta):
        return True
    with open(ruta, "rb") as archivo:
        return archivo.read(len(CABECERA_SQLITE)) == CABECERA_SQLITE


def _tablas(conn: sqlite3.Connection) -> set[str]:
    return {fila[0] for fila in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def es_base_escritorio(conn: sqlite3.Connection) -> bool:
    """Una base vacía es nuestra (recién creada); una con tablas debe tener nuestras migraciones."""
    tablas = _tablas(conn)
    if not tablas:
        return True
    if MIGRACIONES.migrations_table not in tablas:
        return False
    fila = conn.execute(
        f"SELECT count(*) FROM {MIGRACIONES.migrations_table} WHERE migration_set = ?", [CONJUNTO]
    ).fetchone()
    return fila[0] > 0


def migraciones_desconocidas(conn: sqlite3.Connection) -> list[str]:
    """Migraciones de Escritorio anotadas en la base que esta versión no conoce: la creó una versión más nueva."""
    if MIGRACIONES.migrations_table not in _tablas(conn):
        return []
    conocidas = {m.name for m in MIGRACIONES._migrations}
    anotadas = [fila[0] for fila in conn.execute(
        f"SELECT name FROM {MIGRACIONES.migrations_table} WHERE migration_set = ? ORDER BY rowid", [CONJUNTO])]
    return [nombre for nombre in anotadas if nombre not in conocidas]


def aviso_version_nueva(ruta: Path) -> str:
    return traducir("La base {0} fue creada por una versión más nueva de Escritorio: se abre solo para consultar; "
                    "actualice el programa para poder modificarla.").format(ruta)


def escritura_version_nueva(ruta: Path) -> str:
    return traducir("No se guardó nada: la base {0} fue creada por una versión más nueva de Escritorio: se abre solo "
                    "para consultar; actualice el programa para poder modificarla.").format(ruta)


# --- disco lleno ------------------------------------------------------------------------------------
ESPACIO_MINIMO = 1024 * 1024  # bytes libres: con menos, un error de E/S de SQLite es casi seguro el disco lleno


def espacio_libre(ruta: Path) -> int | None:
    """Bytes libres en el disco de `ruta` (la carpeta si el archivo no existe); None si no se puede saber."""
    ruta = Path(ruta)
    for lugar in (ruta, ruta.parent):
        try:
            return shutil.disk_usage(lugar).free
        except OSError:
            continue
    return None


def sin_espacio(ruta: Path) -> bool:
    libre = espacio_libre(ruta)
    return libre is not None and libre < ESPACIO_MINIMO


def _sin_espacio_del_sistema(error: BaseException | None) -> bool:
    """ENOSPC en el error o en su origen (un ErrorEscritorio que envolvió el OSError)."""
    vistos = 0
    while error is not None and vistos < 5:
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return True
        error, vistos = error.__cause__ or error.__context__, vistos + 1
    return False


def disco_lleno(error: BaseException, ruta: Path) -> bool:
    """¿El error se debe a que no queda espacio? SQLite da «database or disk is full» si la base no puede
    crecer, pero «disk I/O error» si lo que no puede crecer es el diario WAL o su índice (-shm): en ese caso
    se mira el espacio libre del disco."""
    if _sin_espacio_del_sistema(error):
        return True
    texto = str(error).lower()
    if "disk is full" in texto:
        return True
    de_entrada_salida = "i/o error" in texto or str(getattr(error, "sqlite_errorname", "")).startswith("SQLITE_IOERR")
    return de_entrada_salida and sin_espacio(ruta)


def mensaje_disco_lleno(ruta: Path) -> str:
    return traducir("No queda espacio en el disco donde está {0} (el disco está lleno): libere espacio (borre o mueva "
                    "a otro disco archivos que no necesite) e inténtelo de nuevo; no se guardó nada.").format(ruta)


def aviso_disco_lleno(ruta: Path) -> str:
    return traducir("No queda espacio en el disco donde está {0}: la base se abre solo para consultar. Libere espacio "
                    "(borre o mueva a otro disco archivos que no necesite) y vuelva a abrirla para poder modificarla."
                    ).format(ruta)


def comprobar_integridad(conn: sqlite3.Connection) -> list[str]:
    """Problemas que encuentra `PRAGMA quick_check`; lista vacía si la base está sana."""
    resultado = [fila[0] for fila in conn.execute("PRAGMA quick_check")]
    return [] if resultado == ["ok"] else resultado


def traducir_error(error: sqlite3.Error, ruta: Path) -> ErrorBaseDeDatos:
    texto = str(error).lower()
    if "locked" in texto or "busy" in texto:
        return ErrorBaseDeDatos(traducir(
            "La base de datos {0} está en uso por otro programa o por otra ventana de Escritorio. "
            "Ciérrelo e inténtelo de nuevo.").format(ruta))
    if "readonly" in texto or "read-only" in texto or "unable to open" in texto:
        return ErrorBaseDeDatos(traducir(
            "No se puede escribir en {0}: el archivo o su carpeta es de solo lectura. "
            "Copie la base a una carpeta propia (por ejemplo Documentos) y ábrala desde allí.").format(ruta))
    if disco_lleno(error, ruta):
        return ErrorBaseDeDatos(mensaje_disco_lleno(ruta))
    if "not a database" in texto or "malformed" in texto or "corrupt" in texto:
        anotar_dano(ruta)  # este proceso no la sella al cerrar: la próxima apertura la comprueba entera
        mensaje = traducir("El archivo {0} está dañado y no se puede leer. No se modificó. {1}")
        return ErrorBaseDanada(mensaje.format(ruta, recuperar()), mensaje.format(ruta, "").strip())
    if "i/o error" in texto:
        return ErrorBaseDeDatos(traducir(
            "No se pudo leer o escribir en el disco donde está {0}; no se guardó nada. Compruebe el disco "
            "(¿se desconectó una memoria USB o una unidad de red?) e inténtelo de nuevo.").format(ruta))
    return ErrorBaseDeDatos(traducir("No se pudo usar la base de datos {0}: {1}").format(ruta, error))
