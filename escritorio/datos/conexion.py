"""Abrir la base de datos con cuidado: nunca pisar un archivo ajeno, dañado o de solo lectura."""

import re
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from .base_de_datos import BaseDeDatos

from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDanada, ErrorBaseDeDatos, ErrorBaseOcupada, ErrorBaseReemplazada, ErrorEscritorio
from ..rutas import expandir
from .diagnostico import (RECUPERAR, aviso_disco_lleno, aviso_version_nueva, comprobar_integridad, disco_lleno,
                          es_archivo_sqlite, es_base_escritorio, escritura_version_nueva, mensaje_disco_lleno,
                          migraciones_desconocidas, sin_espacio, traducir_error)
from . import integridad
from .esquema import MIGRACIONES
from .estadisticas import despues_de_muchos_cambios
from .vigilancia import archivo_reemplazado, recordar_archivo, ruta_abierta
from .respaldo_copia import respaldar
from .respaldo_restos import limpiar_restos
from .respaldo_rotacion import respaldar_automaticamente
from .comprobacion_diferida import ComprobacionPendiente
from .respaldo_de_apertura import AlAbrir, RespaldoDeApertura, respaldo_al_abrir_de, respaldo_vigente
from . import testigo

ESPERA_MS = 5000


def _carpeta_escribible(carpeta: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=carpeta):
            return True
    except OSError:
        return False


def _base(conn: sqlite3.Connection) -> BaseDeDatos:
    return BaseDeDatos(conn)


class SoloLectura:
    """Por qué una base se abrió solo para consultar: `aviso` (se muestra al abrir y queda a la vista) y
    `al_escribir` (el mensaje de cualquier intento de guardar)."""

    def __init__(self, aviso: str, al_escribir: str):
        self.aviso, self.al_escribir = aviso, al_escribir


def solo_lectura(db: BaseDeDatos) -> SoloLectura | None:
    """None si la base admite escrituras; si no, el motivo (versión más nueva, disco lleno)."""
    return db.estado.solo_lectura


def _para_consultar(conn: sqlite3.Connection, ruta: Path, motivo: SoloLectura) -> BaseDeDatos:
    """Toda transacción sobre la base devuelta falla con `motivo`. Salvo cuando ya abrió bien en un disco lleno,
    `conn` viene abierta con mode=ro: ninguna escritura llega al archivo, ni por descuido (las tablas TEMP de
    una consulta sí se pueden crear, a diferencia de PRAGMA query_only)."""
    conn.execute(f"PRAGMA busy_timeout = {ESPERA_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    db = _base(conn)
    db.estado.solo_lectura = motivo
    recordar_archivo(db, ruta, con_diario=False)
    return db


def _conexion_inmutable(ruta: Path) -> sqlite3.Connection:
    """Disco lleno: SQLite no puede crear el índice del diario (-shm) ni para leer. Si el diario -wal está vacío,
    todo está en el archivo de la base y se lee tal cual (immutable: sin diario ni bloqueos, sin escribir nada)."""
    diario = Path(str(ruta) + "-wal")
    if diario.exists() and diario.stat().st_size > 0:
        raise ErrorBaseDeDatos(traducir(
            "No queda espacio en el disco donde está {0}, y la base tiene cambios en su diario ({1}) "
            "que no se pueden leer sin espacio libre: libere espacio (borre o mueva a otro disco archivos que no "
            "necesite) y vuelva a abrirla. No se modificó nada.").format(ruta, diario.name))
    return _conexion_de_lectura(ruta, "&immutable=1")


def _decodificar_tolerante(crudo: bytes) -> str:
    return str(crudo, "utf-8", "replace")


@contextmanager
def texto_tolerante(db: BaseDeDatos):
    """Dentro del bloque, un texto que no es UTF-8 (solo pudo guardarlo otro programa: Escritorio siempre escribe
    UTF-8) se lee con U+FFFD en su lugar en vez de hacer fallar la consulta. No es lo normal porque leer así
    cuesta un 25 % más en cada consulta: lo usa `verificar`, que debe poder leerlo todo."""
    anterior = db.conn.text_factory
    db.conn.text_factory = _decodificar_tolerante
    try:
        yield db
    finally:
        db.conn.text_factory = anterior


def texto_no_utf8(error: BaseException) -> ErrorBaseDeDatos | None:
    """La consulta tropezó con bytes que no son UTF-8 guardados por otro programa: el mensaje para el usuario."""
    texto = str(error)
    if not (isinstance(error, sqlite3.OperationalError) and texto.startswith("Could not decode to UTF-8")):
        return None
    columna = re.search(r"column '([^']*)'", texto)
    donde = traducir(" (en la columna «{0}»)").format(columna[1]) if columna else ""
    return ErrorBaseDeDatos(traducir(
        "La base tiene un texto que no está escrito en UTF-8{0}: lo guardó otro programa, no Escritorio, y no "
        "se puede leer. No se modificó nada. Corra «escritorio verificar» para ver qué se cambió por fuera de "
        "Escritorio y restaure el último respaldo sano («escritorio respaldo listar», «escritorio respaldo "
        "restaurar ARCHIVO»).").format(donde))


def _conexion_de_lectura(ruta: Path, opciones: str = "") -> sqlite3.Connection:
    uri = ruta.resolve().as_uri() + "?mode=ro" + opciones
    return sqlite3.connect(uri, uri=True, timeout=ESPERA_MS / 1000, check_same_thread=False)


def _problemas_del_archivo(conn: sqlite3.Connection, ruta: Path) -> list[str]:
    """Lo que `PRAGMA quick_check` encuentra dañado en el archivo (páginas, árboles, índices, valores NULL donde no
    van), recorrido desde una conexión de solo lectura. SQLite no carga los CHECK de una base abierta así (no va a
    escribir), y así no reevalúa en cada fila reglas que solo rompe un programa que las apaga a propósito: eso no es
    daño del archivo, y lo encuentra «escritorio verificar», que comprueba con todo. Con 16.000 miembros son 18 ms en
    lugar de 60. Si esa conexión no puede leer (un diario que primero hay que deshacer), se comprueba por `conn`."""
    try:
        lectura = _conexion_de_lectura(ruta)
    except sqlite3.Error:
        return comprobar_integridad(conn)
    try:
        return comprobar_integridad(lectura)
    except sqlite3.Error:
        return comprobar_integridad(conn)  # un archivo dañado vuelve a fallar aquí, con su error
    finally:
        lectura.close()


def error_de_dano(ruta: Path, problemas: list[str]) -> ErrorBaseDanada:
    """El mensaje de una base que la comprobación completa encontró dañada (antes de escribir nada)."""
    mensaje = traducir("La base de datos {0} está dañada ({1}). No se modificó. {2}")
    return ErrorBaseDanada(mensaje.format(ruta, problemas[0].splitlines()[0], traducir(RECUPERAR)),
                           mensaje.format(ruta, problemas[0].splitlines()[0], "").strip())


def _comprobar(conn: sqlite3.Connection, ruta: Path, completa: bool = True) -> None:
    """Sin `completa` (el sello de la última comprobación sigue vigente, o se deja para antes de escribir:
    comprobacion_diferida.py) no se recorre el archivo entero; leer el esquema basta para notar una cabecera o un
    catálogo dañados."""
    problemas = _problemas_del_archivo(conn, ruta) if completa else []
    if problemas:
        integridad.anotar_dano(ruta)
        raise error_de_dano(ruta, problemas)
    if not es_base_escritorio(conn):
        raise ErrorBaseDeDatos(traducir(
            "{0} es una base SQLite de otro programa, no de Escritorio. No se modificó; "
            "elija el archivo correcto con --db RUTA.").format(ruta))


def hay_base(ruta: Path | str) -> bool:
    """¿Hay una base en `ruta`? Un archivo de 0 bytes no lo es (salvo que su diario -wal tenga datos)."""
    ruta = expandir(ruta)
    if not ruta.is_file():
        return False
    if ruta.stat().st_size > 0:
        return True
    diario = Path(str(ruta) + "-wal")
    return diario.is_file() and diario.stat().st_size > 0


def abrir(ruta: Path | str, *, respaldo_al_abrir: bool = False, crear: bool = True,
          comprobacion_completa: bool = False, respaldo_despues: bool = False) -> BaseDeDatos:
    """Abre (o, con `crear`, crea) una base de Escritorio lista para usar, con el esquema al día.

    La base se recorre entera (quick_check) al abrirla con `comprobacion_completa`, con `respaldo_al_abrir` sin
    `respaldo_despues`, si hay migraciones que aplicar o si alguien vio daño en ella (integridad.dano_visto). Si no,
    y no tiene un sello vigente de la última comprobación (integridad.py), la comprobación queda pendiente para antes
    de la primera escritura (comprobacion_diferida.py; la ventana la hace en segundo plano); `cerrar(db)` la vuelve a
    sellar si abrió sana o la comprobó.

    Si hay migraciones pendientes sobre una base con datos, antes se crea un respaldo. Con
    `respaldo_al_abrir` (la ventana lo pide) se hace además el respaldo automático de apertura, rotado. Con
    `respaldo_despues` (la ventana), solo si la base no es ya igual a su último respaldo automático
    (respaldo_de_apertura.respaldo_al_abrir): al abrir solo se toma la foto que se copiará, y la copia la hace
    `hacer_respaldo_de_apertura` (la ventana, desde otro hilo, después de mostrarse) o, si nadie la hizo, cerrar la
    base.
    Sin `crear`, una ruta inexistente o un archivo de 0 bytes es un error (nunca se convierte en base).
    Una base creada por una versión más nueva, o en un disco sin espacio, se abre solo para consultar:
    `solo_lectura(db)` dice por qué y toda transacción falla con ese mensaje.
    """
    ruta = expandir(ruta)
    if ruta.is_dir():
        raise ErrorBaseDeDatos(traducir("{0} es una carpeta; indique un archivo, por ejemplo {1}.").format(
            ruta, ruta / "escritorio.db"))
    limpiar_restos(ruta)  # temporales de un respaldo o una restauración interrumpidos (nunca la base ni su diario)
    existe = hay_base(ruta)
    if not existe and not crear:
        raise ErrorBaseDeDatos(
            (traducir("{0} está vacío (0 bytes): no es una base de datos. No se modificó.") if ruta.is_file() else
             traducir("No existe la base de datos {0}. No se creó nada.")).format(ruta))
    carpeta = ruta.parent if ruta.parent != Path("") else Path(".")
    if not existe:
        try:
            carpeta.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise ErrorBaseDeDatos(traducir(
                "No se puede crear la carpeta {0} para la base de datos. "
                "Elija otra ubicación con --db RUTA.").format(carpeta)) from None
    if not _carpeta_escribible(carpeta):
        raise ErrorBaseDeDatos(traducir(
            "La carpeta {0} es de solo lectura: Escritorio necesita escribir allí la base "
            "y su diario. Copie la base a una carpeta propia (por ejemplo Documentos) o elija otra con --db RUTA."
        ).format(carpeta))
    if existe and ruta.stat().st_size > 0 and not es_archivo_sqlite(ruta):
        raise ErrorBaseDeDatos(traducir(
            "{0} no es una base de datos de Escritorio (ni siquiera es SQLite). No se modificó; "
            "elija el archivo correcto con --db RUTA.").format(ruta))
    sellada = existe and integridad.sello_vigente(ruta)
    completa = existe and (comprobacion_completa or (respaldo_al_abrir and not respaldo_despues)
                           or integridad.dano_visto(ruta))
    pendiente = existe and not sellada and not completa   # se comprueba antes de escribir (o la ventana, en seguida)
    # Antes de conectar (la conexión crea el diario): qué respaldo le falta a la base tal como está en el disco.
    al_abrir = respaldo_al_abrir_de(ruta) if existe and respaldo_al_abrir and respaldo_despues else None
    conn = sqlite3.connect(ruta, timeout=ESPERA_MS / 1000, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {ESPERA_MS}")
        try:
            _comprobar(conn, ruta, completa)
        except sqlite3.Error as error:
            if not (existe and disco_lleno(error, ruta)):
                raise
            conn.close()  # sin espacio ni para el índice del diario: se lee el archivo tal cual, sin escribir
            conn = _conexion_inmutable(ruta)
            _comprobar(conn, ruta)
            return _para_consultar(conn, ruta, SoloLectura(aviso_disco_lleno(ruta), mensaje_disco_lleno(ruta)))
        conn.execute("PRAGMA foreign_keys = ON")
        if migraciones_desconocidas(conn):  # ni el modo WAL, ni respaldos, ni migraciones: nada se escribe
            conn.close()
            conn = _conexion_de_lectura(ruta)
            return _para_consultar(conn, ruta, SoloLectura(aviso_version_nueva(ruta), escritura_version_nueva(ruta)))
        db = _base(conn)
        aplicadas = MIGRACIONES.applied(db)  # se leen una vez: abrir no repite la consulta en cada pregunta
        pendientes = MIGRACIONES.pending(db, aplicadas)
        if pendiente and pendientes:   # una migración escribe: antes, la base se recorre entera
            _comprobar(conn, ruta, True)
            completa, pendiente = True, False
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            # Desde aquí, lo que escriba otro lo dice data_version (respaldo_de_cierre.py): se lee antes de la foto.
            db.estado.al_abrir = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
            if existe and respaldo_al_abrir and aplicadas:
                if respaldo_despues and not pendientes:  # con migraciones, la copia va antes de aplicarlas
                    if al_abrir.motivo is None and not respaldo_vigente(ruta, al_abrir.respaldada_con_estado,
                                                                        integridad.estado_del_archivo(ruta)):
                        al_abrir = AlAbrir("apertura")   # otro escribió mientras se abría: ya no es igual
                    db.estado.respaldada_al_abrir = al_abrir.respaldada
                    if al_abrir.motivo is not None:
                        db.estado.respaldo_de_apertura = RespaldoDeApertura(ruta, al_abrir.motivo, al_abrir.momento)
                else:
                    respaldar_automaticamente(conn, ruta, "apertura")
        except (sqlite3.Error, OSError, ErrorEscritorio) as error:
            # Disco lleno: consultar no debe fallar por el modo WAL ni por el respaldo de apertura.
            if not (existe and not pendientes and (disco_lleno(error, ruta) or sin_espacio(ruta))):
                raise
            # La conexión ya lee bien: se queda, y toda transacción falla con el mensaje de disco lleno.
            return _para_consultar(conn, ruta, SoloLectura(aviso_disco_lleno(ruta), mensaje_disco_lleno(ruta)))
        if existe and aplicadas and pendientes:
            respaldar(conn, ruta, motivo="antes-de-migrar")
        if pendientes:
            MIGRACIONES.apply(db)
        recordar_archivo(db, ruta)
        _sellar_al_abrir(db, ruta, completa and existe, pendiente)  # una base recién creada no tiene nada que comprobar
        if pendientes:   # las migraciones son de esta conexión: cuentan como un cambio de la sesión
            db.estado.al_abrir = (db.estado.al_abrir[0], -1) if db.estado.al_abrir else None
        db.estado.aviso_del_testigo = aviso_del_testigo(ruta, testigo.comprobar_al_abrir(conn, ruta) if existe else [])
        return db
    except ErrorBaseDeDatos:
        conn.close()
        raise
    except sqlite3.Error as error:
        conn.close()
        raise traducir_error(error, ruta) from None


def aviso_del_testigo(ruta: Path, alarmas: list[dict]) -> str | None:
    """Qué decir al abrir una base cuya cadena de sellos no tiene lo que vio su testigo (testigo.py); None si la tiene."""
    if not alarmas:
        return None
    ultima = alarmas[-1]
    hasta = (traducir("la base llega hasta el sello {0}").format(ultima["hasta"]) if ultima.get("hasta") else
             traducir("la base no tiene ningún sello"))
    return traducir(
        "A la base {0} le faltan cambios que ya se habían guardado: su testigo ({1}) vio el sello {2} de la "
        "bitácora y {3}, o ese sello cambió (notado el {4}). Alguien borró o rehízo registros, o copió a mano un "
        "respaldo más viejo sobre la base. Qué hacer: vea el detalle en Archivo → Verificar la base… (o con "
        "«escritorio verificar»). Si usted copió un respaldo a mano, explíquelo allí (o con «escritorio verificar "
        "--restauracion-manual --motivo …»); si no, restaure el último respaldo sano (Archivo → Restaurar "
        "respaldo…). Este aviso sigue hasta que alguien lo explique."
    ).format(ruta, testigo.ruta_testigo(ruta).name, ultima["sello_id"], hasta,
             str(ultima.get("notada_en", "")).replace("T", " "))


def hacer_respaldo_de_apertura(db: BaseDeDatos) -> str | None:
    """Hace el respaldo de apertura que `abrir(…, respaldo_despues=True)` dejó pendiente (o espera a que termine).
    Devuelve qué avisar si no se pudo; con el disco lleno, la base pasa a ser solo para consultar, como si hubiera
    abierto así (`solo_lectura(db)` lo dice)."""
    pendiente = db.estado.respaldo_de_apertura
    if pendiente is None:
        return None
    pendiente.hacer()
    if pendiente.error is None:
        return None
    ruta = pendiente.ruta
    if disco_lleno(pendiente.error, ruta) or sin_espacio(ruta):
        db.estado.solo_lectura = SoloLectura(aviso_disco_lleno(ruta), mensaje_disco_lleno(ruta))
        return aviso_disco_lleno(ruta)
    from ..salida import motivo_del_sistema

    return traducir(
        "No se pudo hacer el respaldo de apertura de {0} ({1}). La base "
        "abrió bien y no se perdió nada; haga un respaldo a mano (Archivo → Crear respaldo…) antes de cambiar datos importantes, y "
        "revise que la carpeta «respaldos» junto a la base exista y se pueda escribir."
    ).format(ruta, motivo_del_sistema(pendiente.error).rstrip("."))


def _sellar_al_abrir(db: BaseDeDatos, ruta: Path, comprobada: bool, pendiente: bool = False) -> None:
    """La base abrió sana: se recuerda en el objeto (para sellarla al cerrar) y, si se acaba de comprobar
    entera, se sella ya (con testigo nuevo si aún no tenía: sin él no hay dónde anotar el sello). Con la comprobación
    `pendiente`, todavía no se sabe: la hace la primera escritura (o la ventana en segundo plano)."""
    if pendiente:
        if testigo.en_disco(ruta) and testigo.leer(ruta) is None:
            testigo.actualizar(db.conn, ruta)   # dónde anotar el sello cuando se compruebe
        db.estado.comprobacion_pendiente = ComprobacionPendiente(ruta)
        return
    db.estado.sana = True
    if comprobada and testigo.en_disco(ruta):
        if testigo.leer(ruta) is None:
            testigo.actualizar(db.conn, ruta)
        integridad.sellar(ruta, comprobada_en=integridad.ahora_iso())


def cerrar(db: BaseDeDatos) -> None:
    """Cierra la conexión y, si la base se abrió sana y este proceso no vio daño, la sella tal como queda
    (sus propias escrituras no son daño: la próxima orden no tiene que recorrerla entera)."""
    sana = db.estado.sana and solo_lectura(db) is None
    ruta = ruta_abierta(db)
    db.close()
    if sana and ruta is not None and archivo_reemplazado(db) is None:
        integridad.sellar(ruta)


def esta_abierta(db: BaseDeDatos) -> bool:
    """False si la conexión ya se cerró (por ejemplo, tras restaurar un respaldo)."""
    try:
        db.execute("SELECT 1")
        return True
    except Exception:  # sqlite3.ProgrammingError: Cannot operate on a closed database
        return False


def version_del_motor() -> str:
    """La versión de SQLite con que corre el programa."""
    return sqlite3.sqlite_version


def ruta_de(db: BaseDeDatos) -> Path:
    """El archivo de la base abierta."""
    fila = db.execute("PRAGMA database_list").fetchone()
    return Path(fila[2]) if fila and fila[2] else Path(":memory:")


def _ocupada(error: sqlite3.Error) -> bool:
    texto = str(error).lower()
    return "locked" in texto or "busy" in texto


def _reintentar(conn: sqlite3.Connection, esperando: Callable[[float], None], limite_s: float, intento_ms: int,
                *, primer_intento_ms: int | None = None) -> None:
    """BEGIN IMMEDIATE reintentado mientras otra conexión escribe: cada intento espera `intento_ms` (el primero,
    `primer_intento_ms` si se da; si no, la espera ya fijada), y entre intentos se llama a esperando(segundos),
    que puede lanzar Cancelado para desistir. Pasados `limite_s` segundos sigue el error de SQLite («locked»)."""
    anterior = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    if primer_intento_ms is not None:
        conn.execute(f"PRAGMA busy_timeout = {int(primer_intento_ms)}")
    inicio = time.monotonic()
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                transcurrido = time.monotonic() - inicio
                if not _ocupada(error) or transcurrido >= limite_s:
                    raise
            conn.execute(f"PRAGMA busy_timeout = {int(intento_ms)}")
            esperando(transcurrido)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(anterior)}")


def _comenzar(conn: sqlite3.Connection, esperar: Callable[[float], None] | None, espera_maxima_s: float) -> None:
    """BEGIN IMMEDIATE. Con `esperar`, mientras otra conexión escribe se reintenta hasta `espera_maxima_s`
    segundos (intentos de un segundo después del primero: se puede cancelar entre ellos)."""
    if esperar is None:
        conn.execute("BEGIN IMMEDIATE")
        return
    _reintentar(conn, esperar, espera_maxima_s, 1000)


# --- esperar a otro escritor con aviso (la ventana) ----------------------------------------------------
ESPERA_CON_AVISO_S = 20   # la ventana no espera más que esto al permiso de escritura: falla con un mensaje
INTENTO_CON_AVISO_MS = 200  # cada intento, breve: entre intentos la ventana se repinta y muestra el aviso
_aviso_de_espera: tuple[Callable[[float], None], Callable[[], None] | None] | None = None


def al_esperar(esperando: Callable[[float], None] | None, listo: Callable[[], None] | None = None) -> None:
    """La interfaz registra cómo avisar que espera el permiso de escritura (sin que datos/ importe Qt).

    Con un aviso registrado, una transacción sin `esperar` propio no se bloquea ESPERA_MS en silencio:
    reintenta cada INTENTO_CON_AVISO_MS llamando a esperando(segundos), y a listo() al terminar la espera;
    pasados ESPERA_CON_AVISO_S segundos falla con ErrorBaseOcupada. None quita el aviso.
    """
    global _aviso_de_espera
    _aviso_de_espera = (esperando, listo) if esperando is not None else None


def _comenzar_con_aviso(conn: sqlite3.Connection, ruta: Path, esperando: Callable[[float], None],
                        listo: Callable[[], None] | None) -> None:
    espero = []

    def avisar(segundos: float) -> None:
        espero.append(segundos)
        esperando(segundos)

    try:
        _reintentar(conn, avisar, ESPERA_CON_AVISO_S, INTENTO_CON_AVISO_MS, primer_intento_ms=INTENTO_CON_AVISO_MS)
    except sqlite3.OperationalError as error:
        if not _ocupada(error):
            raise
        raise ErrorBaseOcupada(traducir(
            "No se guardó nada: otro programa (otra ventana de Escritorio, la línea de órdenes o una "
            "importación) está escribiendo en la base {0} desde hace más de {1} "
            "segundos. Espere a que termine y vuelva a intentarlo; si no hay otro programa abierto, "
            "cierre Escritorio y vuelva a abrirlo.").format(ruta, ESPERA_CON_AVISO_S)) from None
    finally:
        if espero and listo is not None:
            listo()


def _exigir_comprobada(db: BaseDeDatos) -> None:
    """Antes de la primera escritura de una base que abrió sin recorrerse (comprobacion_diferida.py): se recorre
    entera ahora (o se espera a la ventana, que la recorre en segundo plano). Dañada: ErrorBaseDanada y nada se
    escribe. Sana: queda sellada, y la conexión la vuelve a sellar al cerrarse."""
    pendiente = db.estado.comprobacion_pendiente
    if pendiente is None:
        return
    _exigir_archivo_vivo(db)   # si otro programa la movió o la reemplazó, eso es lo que hay que decir
    try:
        problemas = pendiente.hacer(cancelable=False)
    except sqlite3.Error as error:
        raise traducir_error(error, pendiente.ruta) from None
    if problemas:
        raise error_de_dano(pendiente.ruta, problemas)
    db.estado.comprobacion_pendiente = None
    db.estado.sana = True


def completar_comprobacion(db: BaseDeDatos) -> str | None:
    """La comprobación que quedó pendiente al abrir, hecha ahora (la ventana, desde el hilo de la apertura, cuando ya
    se ve el padrón). None si la base está sana, se canceló o no había nada pendiente; si está dañada, qué avisar:
    la base queda solo para consultar (nada se guarda en una base dañada)."""
    pendiente = db.estado.comprobacion_pendiente
    if pendiente is None:
        return None
    try:
        problemas = pendiente.hacer()
    except sqlite3.Error as error:
        problemas = [str(error)]
        integridad.anotar_dano(pendiente.ruta)
    if not problemas:
        if problemas is not None:
            db.estado.sana = True
        return None
    aviso = traducir(
        "La base de datos {0} está dañada ({1}): no se guardará nada en ella. Cierre Escritorio y vuelva a abrirlo: "
        "le ofrecerá recuperar el último respaldo sano de esta base (o Archivo → Restaurar respaldo…)."
    ).format(pendiente.ruta, problemas[0].splitlines()[0])
    db.estado.solo_lectura = SoloLectura(aviso, str(error_de_dano(pendiente.ruta, problemas)))
    return aviso


def _exigir_archivo_vivo(db: BaseDeDatos) -> None:
    """Dentro de la transacción: si el archivo de la ruta ya no es el abierto, no se escribe en el viejo."""
    motivo = archivo_reemplazado(db)
    if motivo:
        raise ErrorBaseReemplazada(motivo)


def _reglas_en_ingles() -> tuple[tuple[str, str], ...]:
    """(prefijo del mensaje de SQLite, qué regla es, en el idioma en curso)."""
    return (
        ("CHECK constraint failed: ", traducir("el valor no está entre los permitidos: regla «{0}»")),
        ("NOT NULL constraint failed: ", traducir("falta un dato obligatorio: «{0}»")),
        ("UNIQUE constraint failed: ", traducir("ya hay otro registro con el mismo «{0}»")),
        ("FOREIGN KEY constraint failed",
         traducir("hace referencia a un registro que no existe, o lo usa otro registro{0}")),
    )


def rechazo_de_la_base(error: sqlite3.IntegrityError) -> ErrorEscritorio:
    """Una escritura que la base rechazó por una de sus reglas (CHECK, NOT NULL, UNIQUE, FOREIGN KEY o un trigger),
    en el idioma en curso y sin el texto crudo de SQLite. Es la red de seguridad: los servicios validan antes y dan un
    mensaje mejor; si algo llega hasta aquí, al menos se sabe qué regla fue y que no se guardó nada."""
    texto = str(error)
    for prefijo, como in _reglas_en_ingles():
        if texto.startswith(prefijo):
            detalle = texto[len(prefijo):].strip()
            return ErrorEscritorio(traducir(
                "La base rechazó un dato que no cumple sus reglas ({0}): no se guardó nada. "
                "Revise los datos y vuelva a intentarlo; si se repite, corra «escritorio verificar»."
            ).format(como.format(detalle)))
    # El mensaje de un trigger de Escritorio (RAISE) está escrito en el esquema, en castellano: se muestra tal cual.
    if "no se guardó nada" in texto.lower():
        return ErrorEscritorio(traducir("La base rechazó el cambio: {0}").format(texto))
    return ErrorEscritorio(traducir("La base rechazó el cambio: {0}. No se guardó nada.").format(texto.rstrip(".")))


def _registro_de_viaje(db: BaseDeDatos) -> int | None:
    """En la copia de una sesión de viaje, el último registro de la bitácora antes de esta transacción."""
    if db.estado.sesion_de_viaje is None:
        return None
    from .bitacora import ultimo_registro_id

    return ultimo_registro_id(db)


def _exigir_solo_la_sesion_de_viaje(db: BaseDeDatos, antes: int | None) -> None:
    """En la copia de una sesión de viaje solo se registra esa sesión (y se emiten sus documentos): cualquier otro
    cambio se rechaza en el momento, no al devolverla (servicios/base.abrir_base dice qué sesión es)."""
    if antes is None:
        return
    from .postgres.viaje import cambios_ajenos

    ajenos = cambios_ajenos(db, db.estado.sesion_de_viaje, antes)
    if ajenos:
        raise ErrorEscritorio(traducir(
            "Esta base es la copia de viaje de la sesión {0}: en ella solo se registra esa sesión (y se emiten sus "
            "documentos), lo único que vuelve al servidor. No se guardó nada ({1}): haga ese cambio sobre el "
            "servidor.").format(db.estado.sesion_de_viaje, ", ".join(ajenos[:8])))


@contextmanager
def transaccion(db: BaseDeDatos, *, esperar: Callable[[float], None] | None = None, espera_maxima_s: float = 600):
    """Una escritura completa o nada: BEGIN IMMEDIATE toma el permiso de escritura desde el inicio.

    Dentro de otra transacción (por ejemplo, la red de ejemplo armada con los servicios) es un SAVEPOINT:
    si algo falla se deshace esa parte y el error sigue hacia afuera, que deshace todo.

    Sin `esperar`, si otra conexión está escribiendo se espera ESPERA_MS y luego se informa que la base está
    en uso. Con `esperar` (una importación larga), se sigue esperando hasta `espera_maxima_s` segundos.
    """
    motivo = solo_lectura(db)
    if motivo is not None:  # versión más nueva o disco lleno: el mensaje claro, nunca «readonly database»
        raise ErrorBaseDeDatos(motivo.al_escribir)
    if db.dialecto == "postgresql":  # el servidor: su cerrojo, sus errores, y la bitácora la sella él
        from .postgres.transaccion import transaccion_servidor

        with transaccion_servidor(db):
            yield db
        return
    conn = db.conn
    if conn.in_transaction:
        conn.execute("SAVEPOINT escritorio")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO escritorio")
                conn.execute("RELEASE escritorio")
            raise
        else:
            conn.execute("RELEASE escritorio")
        return
    _exigir_comprobada(db)   # el daño se nota antes de escribir (comprobacion_diferida.py)
    cambios_antes = conn.total_changes
    try:
        # Se lee una vez: la ventana puede retirar el aviso desde su hilo mientras un trabajo escribe en otro.
        aviso = _aviso_de_espera
        if esperar is None and aviso is not None:
            _comenzar_con_aviso(conn, ruta_de(db), *aviso)
        else:
            _comenzar(conn, esperar, espera_maxima_s)
    except sqlite3.Error as error:
        raise (texto_no_utf8(error) or traducir_error(error, ruta_de(db))) from None
    try:
        _exigir_archivo_vivo(db)
        from .bitacora import ultimo_registro_al_empezar  # diferido: bitacora no depende de la conexión

        al_empezar = ultimo_registro_al_empezar(db)
        antes = _registro_de_viaje(db)
        yield db
        _exigir_archivo_vivo(db)  # de nuevo justo antes de confirmar: la transacción pudo ser larga
        _exigir_solo_la_sesion_de_viaje(db, antes)
    except sqlite3.IntegrityError as error:  # una regla de la base (CHECK, NOT NULL, UNIQUE, FOREIGN KEY, trigger)
        conn.rollback()
        raise rechazo_de_la_base(error) from None
    except sqlite3.Error as error:
        conn.rollback()
        raise (texto_no_utf8(error) or traducir_error(error, ruta_de(db))) from None
    except BaseException:
        conn.rollback()
        raise
    else:
        try:
            from .bitacora import sellar, tablas_escritas  # diferido: bitacora no depende de la conexión

            cabeza = sellar(db, al_empezar)
            tablas = (tablas_escritas(db, al_empezar) if db.estado.oyentes and cabeza is not None
                      and al_empezar is not None else None)
            conn.commit()
        except sqlite3.IntegrityError as error:
            conn.rollback()
            raise rechazo_de_la_base(error) from None
        except sqlite3.Error as error:
            conn.rollback()
            raise (texto_no_utf8(error) or traducir_error(error, ruta_de(db))) from None
        if cabeza is not None:  # la nueva cabeza de la cadena, anotada también fuera de la base (testigo.py)
            ruta = ruta_de(db)
            if testigo.en_disco(ruta):
                testigo.actualizar(conn, ruta)
        despues_de_muchos_cambios(conn, conn.total_changes - cambios_antes)  # las estadísticas, al día
        db.estado.avisar_lo_confirmado(tablas)
