"""Respaldos con la API de copia de SQLite: un archivo autosuficiente, coherente aunque la base esté en uso.

Reglas que nunca se rompen (issue 11, «los respaldos nunca destruyen datos»):

- Un respaldo nunca pisa un archivo existente, salvo pedido explícito (`reemplazar`), y aun así solo
  reemplaza un respaldo de Escritorio de ESTA misma base: nunca una planilla, la base de otra asociación
  ni una base en uso.
- Restaurar nunca reemplaza un archivo que no sea una base de Escritorio, ni pone el respaldo de OTRA base
  (otra identidad) sobre esta salvo pedido explícito (`de_otra_base`). Antes de reemplazar, la base actual
  se guarda (copia «antes-de-restaurar»; si está dañada, se aparta con la fecha).
- La rotación (7 diarios, 4 semanales, 12 mensuales) solo toca los respaldos automáticos de apertura y de
  cierre de esta misma base. Las copias de seguridad («antes-de-restaurar», «antes-de-migrar») y los
  respaldos manuales nunca se borran solos: solo el usuario (Archivo > Restaurar respaldo > Borrar…).
- A qué base pertenece un respaldo lo dice su identidad (`identidad_base.base_id`, que viaja en la copia);
  de una base dañada que no se lee, la del testigo `<base>.testigo`. Los respaldos anteriores a la
  identidad (migración 0009) solo cuentan como de esta base si su nombre es exactamente
  `<nombre de la base>-AAAAMMDD-HHMMSS-motivo.db`.
"""

import glob
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDanada, ErrorBaseDeDatos
from ..rutas import carpeta_respaldos, expandir
from . import integridad, testigo
from .diagnostico import (RECUPERAR, comprobar_integridad, disco_lleno, es_archivo_sqlite, es_base_escritorio,
                          traducir_error)

_SUFIJOS_DIARIO = ("-wal", "-shm")
_DIARIOS_DE_UN_TEMPORAL = ("-journal", "-wal", "-shm")

# Los temporales de una copia interrumpida se borran al abrir si nadie los tocó en este tiempo: una copia
# en curso escribe sin pausa (el archivo cambia cada pocos segundos), así que 15 minutos quietos es que el
# proceso que la hacía ya no existe.
ANTIGUEDAD_MINIMA_RESTOS_S = 15 * 60


def por_que(error: BaseException, donde: Path) -> str:
    """Por qué falló copiar o escribir en `donde`, dicho para la secretaría (nunca el texto en inglés de SQLite o del
    sistema: «unable to open database file», «database or disk is full», «[Errno 13] Permission denied»)."""
    import errno

    from ..salida import motivo_del_sistema

    texto = str(error).lower()
    numero = getattr(error, "errno", None)
    if numero == errno.ENOSPC or "disk is full" in texto or (isinstance(error, sqlite3.Error) and disco_lleno(error, donde)):
        return traducir("no queda espacio en el disco; libere espacio o elija otro disco")
    if numero in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in texto or "read-only" in texto:
        return traducir("no hay permiso para escribir allí (la carpeta o el disco es de solo lectura); elija una carpeta "
                        "suya, por ejemplo Documentos")
    if "unable to open" in texto:
        return traducir("no se puede crear ni abrir un archivo allí (la carpeta no existe, es de solo lectura o no hay "
                        "permiso); elija una carpeta suya, por ejemplo Documentos")
    if isinstance(error, OSError):
        return motivo_del_sistema(error)
    return traducir("la base no se pudo copiar ({0})").format(traducir_error(error, donde))


def nombre_respaldo(ruta_base: Path, motivo: str, momento: datetime | None = None) -> str:
    momento = momento or datetime.now()
    return f"{Path(ruta_base).stem}-{momento:%Y%m%d-%H%M%S}-{motivo}.db"


def _patron(prefijo: str) -> re.Pattern:
    """`<prefijo>-AAAAMMDD-HHMMSS-motivo[-n].db`: el nombre que Escritorio da a los respaldos de esa base."""
    return re.compile(rf"^{re.escape(prefijo)}-(\d{{8}}-\d{{6}})-(.+?)(?:-\d+)?\.db$")


def _nombre_propio(ruta: Path, prefijo: str) -> tuple[datetime, str] | None:
    """(momento, motivo) si el nombre sigue el patrón de los respaldos de la base `prefijo`."""
    encontrado = _patron(prefijo).match(ruta.name)
    if not encontrado:
        return None
    try:
        return datetime.strptime(encontrado.group(1), "%Y%m%d-%H%M%S"), encontrado.group(2)
    except ValueError:
        return None


# --- copiar sin pisar ----------------------------------------------------------------------------

def _temporal_de(destino: Path) -> Path:
    """El temporal lleva el número de proceso: dos copias a la vez nunca comparten temporal."""
    return destino.with_name(f"{destino.name}.{os.getpid()}.parcial")


def _borrar_con_diarios(ruta: Path) -> None:
    ruta.unlink(missing_ok=True)
    for sufijo in _DIARIOS_DE_UN_TEMPORAL:
        Path(str(ruta) + sufijo).unlink(missing_ok=True)


def _borrar_temporal(ruta: Path) -> None:
    """Después de una copia, terminada o no: su temporal se va. Si el sistema no lo deja (Windows, mientras se termina
    de escribir en el disco), queda con su nombre `.parcial`, que nunca se toma por un respaldo, y lo borra la
    próxima apertura (limpiar_restos)."""
    try:
        _borrar_con_diarios(ruta)
    except OSError:
        pass


class RespaldoInterrumpido(Exception):
    """Una copia que se dejó a medias a propósito (la ventana se cerró, o no entraba en el tiempo de cerrarla): su
    temporal se borra y no queda ningún respaldo nuevo."""


# La copia avanza de a 8 MB (con páginas de 4 KB) cuando se la puede interrumpir: entre paso y paso se mira.
PAGINAS_POR_PASO = 2048
_BLOQUE = 1 << 20


def _huella_de(ruta: Path, interrumpir: Callable[[], None] | None = None) -> str:
    import hashlib

    digesto = hashlib.sha256()
    with open(ruta, "rb") as archivo:
        for bloque in iter(lambda: archivo.read(_BLOQUE), b""):
            digesto.update(bloque)
            if interrumpir is not None:
                interrumpir()
    return digesto.hexdigest()


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
    huella = _huella_de(ruta, interrumpir) if con_huella else None   # interrumpida: el temporal no se espera
    hilo.join()
    if errores:
        raise errores[0]
    return huella


def _copiar_a(origen: sqlite3.Connection, temporal: Path, *, con_huella: bool = False,
              interrumpir: Callable[[], None] | None = None) -> str | None:
    """Copia la base abierta en `origen` al archivo `temporal` (que se rehace desde cero) y lo deja en el disco;
    con `con_huella`, devuelve su SHA-256. `interrumpir()`, si se da, se llama entre paso y paso de la copia y de la
    huella, y puede lanzar RespaldoInterrumpido para dejarla (quien llama borra el temporal).

    La copia escribe sin esperar al disco en cada página (synchronous = OFF: el temporal no vale nada hasta que se
    renombra) y se asegura en el disco de una vez al terminar, antes de ponerla en su lugar."""
    _borrar_con_diarios(temporal)
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
        huella = _copiar_a(origen, temporal, con_huella=con_huella, interrumpir=interrumpir)
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
        raise ErrorBaseDanada(mensaje.format(problemas[0].splitlines()[0], destino, traducir(RECUPERAR)),
                              mensaje.format(problemas[0].splitlines()[0], destino, "").strip())


def _copiar_con_nombre_libre(conn: sqlite3.Connection, carpeta: Path, nombre: str, comprobar: bool = False, *,
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


def _asegurar_testigo(conn: sqlite3.Connection, ruta_base: Path) -> None:
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
    al_lado = (*_SUFIJOS_DIARIO, ".bloqueo") + (() if de_respaldo else (testigo.SUFIJO,))
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
            hecho, huella = _copiar_con_nombre_libre(conn, carpeta, nombre_respaldo(ruta_base, motivo), comprobar,
                                                     con_huella=sellada)
            if sellada:
                _sellar(hecho, huella)
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
    _asegurar_testigo(conn, ruta_base)
    testigo.anotar_respaldo(conn, hecho)  # <respaldo>.testigo: la cabeza de la cadena al copiarla
    if comprobar:
        integridad.sellar(ruta_base, comprobada_en=integridad.ahora_iso())
    return hecho


# --- identidad: de qué base es cada archivo ------------------------------------------------------

def identidad_de_base(ruta_base: Path) -> str | None:
    """La identidad de la base: la del archivo si se lee; si no (dañada o ausente), la de su testigo."""
    ruta_base = Path(ruta_base)
    propia = testigo.identidad_de_archivo(ruta_base) if ruta_base.is_file() else None
    if propia:
        return propia
    visto = testigo.leer(ruta_base)
    return visto.base_id if visto else None


PROPIA, ANTIGUA, PROBABLE, AJENA = "propia", "antigua", "probable", "ajena"


def _pertenencia(ruta: Path, prefijo: str, base_id: str | None, suya: str | None) -> str:
    """propia: misma identidad. antigua: sin identidad (anterior a la 0009) y con el nombre exacto de esta
    base. probable: la identidad de la base no se conoce y el nombre es exactamente el de sus respaldos.
    ajena: de otra base, o un archivo que no se puede atribuir."""
    por_nombre = _nombre_propio(ruta, prefijo) is not None
    if suya and base_id:
        return PROPIA if suya == base_id else AJENA
    if suya is None and por_nombre:
        return ANTIGUA
    if base_id is None and por_nombre:
        return PROBABLE
    return AJENA


def huella_de_archivo(ruta: Path) -> str:
    return _huella_de(ruta)


def _sellar(ruta: Path, huella: str | None = None) -> None:
    """Junto a cada respaldo queda su huella SHA-256 (la calculada al copiarlo, o leyéndolo): un respaldo alterado o
    incompleto se nota."""
    Path(str(ruta) + ".sha256").write_text(f"{huella or huella_de_archivo(ruta)}  {ruta.name}\n", encoding="ascii")


def huella_anotada(ruta: Path) -> str | None:
    """La huella que quedó junto al respaldo (sin volver a leerlo); None si no tiene."""
    try:
        return Path(str(ruta) + ".sha256").read_text(encoding="ascii").split()[0]
    except (OSError, IndexError, UnicodeDecodeError):
        return None


def es_integro(ruta: Path) -> bool | None:
    """True/False según la huella guardada; None si el respaldo no tiene huella (por ejemplo, uno manual antiguo)."""
    sello = Path(str(ruta) + ".sha256")
    if not sello.exists():
        return None
    return sello.read_text(encoding="ascii").split()[0] == huella_de_archivo(ruta)


def listar_respaldos(ruta_base: Path) -> list[dict]:
    """Los archivos .db de la carpeta `respaldos`, del más nuevo al más viejo, con fecha, motivo, tamaño,
    integridad y `pertenencia` (propia, antigua, probable o ajena: ver _pertenencia)."""
    carpeta = carpeta_respaldos(ruta_base)
    if not carpeta.is_dir():
        return []
    prefijo = Path(ruta_base).stem
    base_id = identidad_de_base(ruta_base)
    filas = []
    for ruta in carpeta.glob("*.db"):
        if not ruta.is_file():
            continue
        por_nombre = _nombre_propio(ruta, prefijo)
        suya = testigo.identidad_de_archivo(ruta)
        filas.append({"ruta": ruta, "momento": por_nombre[0] if por_nombre else datetime.fromtimestamp(ruta.stat().st_mtime),
                      "bytes": ruta.stat().st_size, "motivo": por_nombre[1] if por_nombre else "externo",
                      "integro": es_integro(ruta), "base_id": suya,
                      "pertenencia": _pertenencia(ruta, prefijo, base_id, suya)})
    return sorted(filas, key=lambda f: (f["momento"], f["ruta"].stat().st_mtime), reverse=True)


def candidatos_de_recuperacion(ruta_base: Path) -> list[dict]:
    """Los respaldos que pueden recuperar esta base, del más nuevo al más viejo: los de su misma identidad y
    los antiguos con su nombre exacto. Si la identidad de la base no se conoce, los que llevan su nombre
    exacto, siempre que todos sean de una sola identidad (si hay dos, no se adivina: ninguno)."""
    filas = listar_respaldos(ruta_base)
    probables = [f for f in filas if f["pertenencia"] == PROBABLE]
    if len({f["base_id"] for f in probables}) > 1:
        probables = []
    return [f for f in filas if f["pertenencia"] in (PROPIA, ANTIGUA) or f in probables]


def _sano(ruta: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{ruta.resolve().as_posix()}?mode=ro", uri=True)
        try:
            return not comprobar_integridad(conn) and es_base_escritorio(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def mejor_respaldo(ruta_base: Path) -> Path | None:
    """El respaldo más nuevo DE ESTA BASE que está sano (huella correcta o sin huella, y quick_check bien)."""
    for fila in candidatos_de_recuperacion(ruta_base):
        if fila["integro"] is not False and _sano(fila["ruta"]):
            return fila["ruta"]
    return None


def borrar_respaldo(ruta_base: Path, ruta: Path) -> None:
    """Borra un respaldo de la carpeta `respaldos` (y su huella) a pedido del usuario. Nada fuera de esa
    carpeta, y nunca la base en uso."""
    ruta = Path(ruta).resolve()
    if ruta.parent != carpeta_respaldos(ruta_base) or ruta.suffix != ".db" or ruta == Path(ruta_base).resolve():
        raise ErrorBaseDeDatos(traducir(
            "{0} no está en la carpeta de respaldos de esta base: no se borra.").format(ruta))
    try:
        ruta.unlink()
        Path(str(ruta) + ".sha256").unlink(missing_ok=True)
        testigo.ruta_testigo(ruta).unlink(missing_ok=True)
    except FileNotFoundError:
        pass
    except OSError as error:
        raise ErrorBaseDeDatos(traducir("No se pudo borrar {0}: {1}").format(ruta, por_que(error, ruta))) from None


# --- restaurar -----------------------------------------------------------------------------------

def validar_respaldo(origen: Path) -> str | None:
    """Lanza ErrorBaseDeDatos si `origen` no es un respaldo de Escritorio sano; devuelve su identidad."""
    return _validar_origen(Path(origen).resolve())


def _ilegible(origen: Path, error: sqlite3.Error) -> str:
    return traducir("No se pudo leer el respaldo {0} ({1}). No se restauró nada; elija otro.").format(
        origen, por_que(error, origen))


def _validar_origen(origen: Path) -> str | None:
    """Comprueba que el origen sea una base de Escritorio sana; devuelve su identidad."""
    if not origen.is_file():
        raise ErrorBaseDeDatos(traducir("No existe el respaldo {0}.").format(origen))
    if not es_archivo_sqlite(origen):
        raise ErrorBaseDeDatos(traducir(
            "{0} no es un respaldo de Escritorio (no es una base SQLite). No se restauró nada.").format(origen))
    try:
        conn = sqlite3.connect(f"file:{origen.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ErrorBaseDeDatos(_ilegible(origen, error)) from None
    try:
        if comprobar_integridad(conn):
            raise ErrorBaseDeDatos(traducir(
                "El respaldo {0} está dañado. No se restauró nada; elija otro.").format(origen))
        if not es_base_escritorio(conn):
            raise ErrorBaseDeDatos(traducir(
                "{0} es una base SQLite de otro programa, no un respaldo de Escritorio. No se restauró nada."
            ).format(origen))
        return testigo.identidad(conn)
    except sqlite3.Error as error:
        raise ErrorBaseDeDatos(_ilegible(origen, error)) from None
    finally:
        conn.close()


def _estado_del_destino(ruta_base: Path) -> str:
    """«nueva» (no existe), «sana» (base de Escritorio legible) o «danada». Lanza si el archivo no es nuestro."""
    if not ruta_base.exists() or (ruta_base.is_file() and ruta_base.stat().st_size == 0):
        return "nueva"
    if ruta_base.is_dir():
        raise ErrorBaseDeDatos(traducir(
            "{0} es una carpeta, no una base de Escritorio. No se restauró nada.").format(ruta_base))
    if not es_archivo_sqlite(ruta_base):
        raise ErrorBaseDeDatos(traducir(
            "{0} no es una base de Escritorio (ni siquiera es SQLite): Escritorio no lo reemplaza. "
            "No se restauró nada; indique la base correcta con --db RUTA.").format(ruta_base))
    try:
        conn = sqlite3.connect(f"file:{ruta_base.as_posix()}?mode=ro", uri=True)
        try:
            if comprobar_integridad(conn):
                return "danada"
            if not es_base_escritorio(conn):
                raise ErrorBaseDeDatos(traducir(
                    "{0} es una base SQLite de otro programa, no de Escritorio: Escritorio no lo reemplaza. "
                    "No se restauró nada; indique la base correcta con --db RUTA.").format(ruta_base))
            return "sana"
        finally:
            conn.close()
    except sqlite3.Error:
        return "danada"


def es_de_otra_base(ruta_base: Path, origen: Path) -> bool:
    """True si el respaldo y la base tienen identidades conocidas y distintas."""
    suya, de_la_base = testigo.identidad_de_archivo(Path(origen)), identidad_de_base(Path(ruta_base))
    return bool(suya and de_la_base and suya != de_la_base)


def _tomar_escritura(ruta_base: Path) -> sqlite3.Connection:
    """Una conexión a la base viva con el permiso de escritura tomado (BEGIN IMMEDIATE): mientras se copia y se
    reemplaza, nadie más confirma cambios en el archivo que está por irse (esperan, y al seguir ven que el
    archivo cambió y no escriben en el viejo)."""
    conn = sqlite3.connect(ruta_base, timeout=20)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        conn.close()
        raise traducir_error(error, ruta_base) from None
    return conn


def _resguardar_actual(ruta_base: Path, estado: str, conn: sqlite3.Connection | None) -> Path | None:
    """Antes de restaurar, la base actual se guarda: sana, como copia sellada «antes-de-restaurar» en la carpeta
    de respaldos (mientras `conn` retiene el permiso de escritura); dañada, se aparta con la fecha junto a la
    base (renombrada, nunca copiada a medias)."""
    if estado == "nueva":
        return None
    if estado == "danada":
        return apartar_danada(ruta_base)
    # La copia se lee con otra conexión: la API de copia no lee desde la que tiene la escritura abierta, y
    # como nadie más puede confirmar mientras `conn` retiene el permiso, lo que ve es lo último confirmado.
    lectura = sqlite3.connect(f"file:{ruta_base.as_posix()}?mode=ro", uri=True)
    try:
        destino, huella = _copiar_con_nombre_libre(lectura, carpeta_respaldos(ruta_base),
                                                   nombre_respaldo(ruta_base, "antes-de-restaurar"), con_huella=True)
    finally:
        lectura.close()
    _sellar(destino, huella)
    return destino


def crear_carpeta_de_respaldo(carpeta: Path) -> None:
    """La carpeta que la persona nombró para un respaldo («nuevo_dir/»), creada si falta; si no se puede, por qué."""
    try:
        carpeta.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ErrorBaseDeDatos(traducir("No se pudo crear la carpeta {0} para el respaldo: {1}. No se modificó nada.")
                               .format(carpeta, por_que(error, carpeta))) from None


def _exigir_carpeta_escribible(carpeta: Path) -> None:
    """Restaurar escribe la base nueva, su copia «antes de restaurar» y su testigo en la carpeta de la base: si allí
    no se puede escribir, se dice antes de tocar nada (una base sana no se aparta como dañada por no poder leerla)."""
    import tempfile

    try:
        carpeta.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=carpeta):
            return
    except OSError as error:
        raise ErrorBaseDeDatos(traducir(
            "No se puede restaurar en la carpeta {0}: {1}. No se tocó nada: la base sigue como estaba.").format(
            carpeta, por_que(error, carpeta))) from None


def restaurar(ruta_base: Path, origen: Path, *, de_otra_base: bool = False) -> Path | None:
    """Reemplaza la base por el respaldo `origen`. Devuelve dónde quedó guardada la base anterior."""
    ruta_base, origen = Path(ruta_base).resolve(), Path(origen).resolve()
    if ruta_base == origen:
        raise ErrorBaseDeDatos(traducir("El respaldo elegido es la propia base en uso; elija un archivo de respaldo."))
    suya = _validar_origen(origen)
    _exigir_carpeta_escribible(ruta_base.parent)  # antes de mirar la base: sin escribir allí, ni se aparta nada
    estado = _estado_del_destino(ruta_base)
    de_la_base = identidad_de_base(ruta_base)
    if suya and de_la_base and suya != de_la_base and not de_otra_base:
        raise ErrorBaseDeDatos(traducir(
            "El respaldo {0}{1} es de OTRA base, no de {2}{3}. No se restauró nada. Si de verdad quiere "
            "reemplazar esta base por la otra, pídalo explícitamente (en la línea de órdenes, --de-otra-base); "
            "la base actual se guarda antes.").format(
            origen, describir(origen), ruta_base, describir(ruta_base) if estado == "sana" else ""))
    ruta_base.parent.mkdir(parents=True, exist_ok=True)
    temporal = ruta_base.with_name(ruta_base.name + ".restaurando")
    viva = _tomar_escritura(ruta_base) if estado == "sana" else None
    anterior = None
    try:
        anterior = _resguardar_actual(ruta_base, estado, viva)
        try:
            conn = sqlite3.connect(f"file:{origen.as_posix()}?mode=ro", uri=True)
            try:
                _copiar_a(conn, temporal)
            finally:
                conn.close()
        except sqlite3.Error as error:
            raise ErrorBaseDeDatos(_ilegible(origen, error)) from None
        # Un diario WAL viejo aplicado sobre el archivo nuevo lo corrompería: se retira antes (su contenido
        # ya está en la copia «antes-de-restaurar», hecha con la API de copia, que lo incluye).
        for sufijo in _SUFIJOS_DIARIO:
            Path(str(ruta_base) + sufijo).unlink(missing_ok=True)
        testigo.anotar_restauracion_en_curso(ruta_base, temporal)  # un corte desde aquí no da una falsa alarma
        os.replace(temporal, ruta_base)
        return anterior
    except OSError as error:
        raise ErrorBaseDeDatos(traducir("No se pudo restaurar en {0}: {1}. La base anterior está a salvo{2}.").format(
            ruta_base, por_que(error, ruta_base), "" if anterior is None else traducir(" en {0}").format(anterior))
        ) from None
    finally:
        if viva is not None:
            # Se suelta el permiso recién con el archivo nuevo en su lugar: lo confirmado hasta aquí está en la
            # copia «antes-de-restaurar»; quien esperaba encuentra otro archivo y no escribe en el viejo.
            viva.rollback()
            viva.close()
        _borrar_con_diarios(temporal)


def heredar_identidad(conn: sqlite3.Connection, base_id: str) -> bool:
    """Un respaldo anterior a la identidad (0009) restaurado sobre una base recibe, al migrar, una identidad
    nueva al azar: aquí recupera la de la base que reemplazó, para que sus respaldos sigan siendo «de esta
    base». La identidad no se cambia nunca más; el trigger que lo impide se levanta solo en esta
    transacción y se vuelve a crear idéntico. Devuelve True si cambió algo."""
    actual = testigo.identidad(conn)
    if not actual or actual == base_id:
        return False
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'identidad_base_fija_update'").fetchone()
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DROP TRIGGER identidad_base_fija_update")
        conn.execute("UPDATE identidad_base SET base_id = ? WHERE unica = 1", [base_id])
        conn.execute(sql)
        conn.commit()
    except sqlite3.Error:
        conn.rollback()
        raise
    return True


# --- respaldos automáticos y su rotación -----------------------------------------------------------

ROTADOS = ("apertura", "cierre")                          # la regla diaria/semanal/mensual solo toca estos
COPIAS_DE_SEGURIDAD = ("antes-de-restaurar", "antes-de-migrar")  # nunca se borran solas
AUTOMATICOS = ROTADOS + COPIAS_DE_SEGURIDAD
_DIARIOS, _SEMANALES, _MENSUALES = 7, 4, 12


def respaldar_automaticamente(conn: sqlite3.Connection, ruta_base: Path, motivo: str,
                              momento: datetime | None = None, *,
                              interrumpir: Callable[[], None] | None = None) -> Path:
    """Respaldo automático sellado con su huella (calculada al copiarlo), y luego la rotación de los automáticos.
    `interrumpir()`: ver `_copiar_a` (RespaldoInterrumpido: no queda nada nuevo)."""
    ruta_base = Path(ruta_base)
    destino, huella = _copiar_con_nombre_libre(conn, carpeta_respaldos(ruta_base),
                                               nombre_respaldo(ruta_base, motivo, momento), con_huella=True,
                                               interrumpir=interrumpir)
    _sellar(destino, huella)
    _asegurar_testigo(conn, ruta_base)
    testigo.anotar_respaldo(conn, destino)
    rotar(carpeta_respaldos(ruta_base), ruta_base.stem, momento or datetime.now(), testigo.identidad(conn))
    return destino


def _rotables(carpeta: Path, prefijo: str, base_id: str | None) -> list[tuple[datetime, Path]]:
    """Los respaldos de apertura y de cierre de esta base (misma identidad; o sin identidad y con su nombre
    exacto, si son anteriores a la 0009). Un archivo de otra base nunca entra, aunque se llame igual."""
    encontrados = []
    for ruta in carpeta.glob(f"{glob.escape(prefijo)}-*.db"):
        nombre = _nombre_propio(ruta, prefijo)
        if not nombre or nombre[1] not in ROTADOS:
            continue
        suya = testigo.identidad_de_archivo(ruta)
        # Sin identidad, solo si se lee y es de Escritorio: un archivo ilegible no se toca.
        if (suya == base_id) if suya is not None else _sano(ruta):
            encontrados.append((nombre[0], ruta))
    return sorted(encontrados, reverse=True)


def rotar(carpeta: Path, prefijo: str, ahora: datetime, base_id: str | None = None) -> list[Path]:
    """Conserva 7 diarios, 4 semanales y 12 mensuales de los respaldos de apertura y cierre de esta base
    (el más nuevo de cada día, semana y mes) y borra los demás de apertura y cierre. Las copias de
    seguridad (antes de restaurar, antes de migrar), los manuales y los de otras bases nunca se borran."""
    rotables = _rotables(carpeta, prefijo, base_id)
    conservar: set[Path] = set()
    for clave, cantidad in ((lambda m: m.date(), _DIARIOS), (lambda m: m.isocalendar()[:2], _SEMANALES),
                            (lambda m: (m.year, m.month), _MENSUALES)):
        vistos = []
        for momento, ruta in rotables:
            periodo = clave(momento)
            if periodo not in vistos:
                vistos.append(periodo)
                if len(vistos) <= cantidad:
                    conservar.add(ruta)
    borrados = []
    for _, ruta in rotables:
        if ruta not in conservar:
            ruta.unlink(missing_ok=True)
            Path(str(ruta) + ".sha256").unlink(missing_ok=True)
            testigo.ruta_testigo(ruta).unlink(missing_ok=True)
            borrados.append(ruta)
    return borrados


# --- base dañada y restos de copias interrumpidas ---------------------------------------------------

def apartar_danada(ruta_base: Path, momento: datetime | None = None) -> Path:
    """Renombra una base dañada (y su diario) con fecha y hora; nunca la sobrescribe ni la borra."""
    momento = momento or datetime.now()
    destino = ruta_base.with_name(f"{ruta_base.name}.danada-{momento:%Y%m%d-%H%M%S}")
    numero = 2
    while destino.exists():
        destino = ruta_base.with_name(f"{ruta_base.name}.danada-{momento:%Y%m%d-%H%M%S}-{numero}")
        numero += 1
    os.replace(ruta_base, destino)
    for sufijo in _SUFIJOS_DIARIO:
        diario = Path(str(ruta_base) + sufijo)
        if diario.exists():
            os.replace(diario, Path(str(destino) + sufijo))
    return destino


def _quieto_desde(ruta: Path) -> float:
    """Segundos desde la última escritura del temporal o de cualquiera de sus diarios."""
    ultimos = [p.stat().st_mtime for p in (ruta, *(Path(str(ruta) + s) for s in _DIARIOS_DE_UN_TEMPORAL)) if p.exists()]
    return time.time() - max(ultimos) if ultimos else 0.0


def limpiar_restos(ruta_base: Path, antiguedad_minima_s: float = ANTIGUEDAD_MINIMA_RESTOS_S) -> list[Path]:
    """Borra los temporales de respaldos y restauraciones interrumpidos (proceso matado, corte de luz): los
    `*.parcial` de la carpeta de respaldos, `<base>.restaurando` (con su `.parcial`) y los diarios de ESOS
    archivos. Solo si llevan `antiguedad_minima_s` sin cambiar (una copia en curso escribe sin pausa).
    Nunca toca la base ni su diario -wal/-shm (tienen datos confirmados). Un fallo no impide abrir."""
    ruta_base = expandir(ruta_base)
    try:
        base = ruta_base.resolve()
        candidatos = [base.with_name(base.name + ".restaurando")]
        respaldos = carpeta_respaldos(base)
        if respaldos.is_dir():
            for sufijo in ("", *_DIARIOS_DE_UN_TEMPORAL):  # también el diario que quedó sin su temporal
                candidatos += [Path(str(p)[: len(str(p)) - len(sufijo)]) for p in respaldos.glob(f"*.parcial{sufijo}")]
    except OSError:
        return []
    protegidos = {base, *(Path(str(base) + s) for s in _SUFIJOS_DIARIO)}
    borrados = []
    for ruta in dict.fromkeys(candidatos):
        try:
            restos = [p for p in (ruta, *(Path(str(ruta) + s) for s in _DIARIOS_DE_UN_TEMPORAL)) if p.exists()]
            if not restos or any(p.resolve() in protegidos for p in restos):
                continue
            if _quieto_desde(ruta) < antiguedad_minima_s:
                continue
            for resto in restos:
                resto.unlink()
                borrados.append(resto)
        except OSError:
            continue
    return borrados
