"""Abrir la base de datos con cuidado: nunca pisar un archivo ajeno, dañado o de solo lectura. `abrir` va por pasos
con nombre (el lugar, el plan de comprobación, la conexión, el modo WAL y el respaldo de apertura, las migraciones);
`cerrar` la sella si abrió sana. Las escrituras sobre la base abierta: conexion.transaccion."""

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .base_de_datos import BaseDeDatos

from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDeDatos, ErrorEscritorio
from ..rutas import expandir
from .conexion import ESPERA_MS, SoloLectura, error_de_dano, hay_base, solo_lectura
from .diagnostico import (aviso_disco_lleno, aviso_version_nueva, comprobar_integridad, disco_lleno,
                          es_archivo_sqlite, es_base_escritorio, escritura_version_nueva, mensaje_disco_lleno,
                          migraciones_desconocidas, sin_espacio, traducir_error)
from . import integridad
from .esquema import MIGRACIONES
from .vigilancia import archivo_reemplazado, recordar_archivo, ruta_abierta
from .respaldo_copia import respaldar
from .respaldo_restos import limpiar_restos
from .respaldo_rotacion import respaldar_automaticamente
from .comprobacion_diferida import ComprobacionPendiente
from .respaldo_de_apertura import AlAbrir, RespaldoDeApertura, respaldo_al_abrir_de, respaldo_vigente
from . import testigo


def _carpeta_escribible(carpeta: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=carpeta):
            return True
    except OSError:
        return False


def _para_consultar(conn: sqlite3.Connection, ruta: Path, motivo: SoloLectura) -> BaseDeDatos:
    """Toda transacción sobre la base devuelta falla con `motivo`. Salvo cuando ya abrió bien en un disco lleno,
    `conn` viene abierta con mode=ro: ninguna escritura llega al archivo, ni por descuido (las tablas TEMP de
    una consulta sí se pueden crear, a diferencia de PRAGMA query_only)."""
    conn.execute(f"PRAGMA busy_timeout = {ESPERA_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    db = BaseDeDatos(conn)
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


@dataclass
class _Plan:
    """Lo que se decide antes de conectar: si la base existe, si se recorre entera ahora (`completa`) o antes de la
    primera escritura (`pendiente`), y qué respaldo de apertura le toca."""
    ruta: Path
    existe: bool
    completa: bool
    pendiente: bool
    respaldo_al_abrir: bool
    respaldo_despues: bool
    al_abrir: AlAbrir | None


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
    existe = _exigir_archivo(ruta, crear)
    _exigir_carpeta(ruta, existe)
    plan = _planear(ruta, existe, respaldo_al_abrir, comprobacion_completa, respaldo_despues)
    conn = sqlite3.connect(ruta, timeout=ESPERA_MS / 1000, check_same_thread=False)
    try:
        return _abrir_conectada(conn, plan)
    except ErrorBaseDeDatos:
        conn.close()
        raise
    except sqlite3.Error as error:
        conn.close()
        raise traducir_error(error, ruta) from None


def _exigir_archivo(ruta: Path, crear: bool) -> bool:
    """Que `ruta` pueda ser la base (un archivo, no una carpeta; sin `crear`, una base que ya existe). Devuelve si
    ya hay una base allí."""
    if ruta.is_dir():
        raise ErrorBaseDeDatos(traducir("{0} es una carpeta; indique un archivo, por ejemplo {1}.").format(
            ruta, ruta / "escritorio.db"))
    limpiar_restos(ruta)  # temporales de un respaldo o una restauración interrumpidos (nunca la base ni su diario)
    existe = hay_base(ruta)
    if not existe and not crear:
        raise ErrorBaseDeDatos(
            (traducir("{0} está vacío (0 bytes): no es una base de datos. No se modificó.") if ruta.is_file() else
             traducir("No existe la base de datos {0}. No se creó nada.")).format(ruta))
    return existe


def _exigir_carpeta(ruta: Path, existe: bool) -> None:
    """La carpeta de la base existe (se crea para una base nueva) y se puede escribir en ella (el diario va allí), y
    un archivo que ya está es SQLite: nada ajeno se pisa."""
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


def _planear(ruta: Path, existe: bool, respaldo_al_abrir: bool, comprobacion_completa: bool,
             respaldo_despues: bool) -> _Plan:
    sellada = existe and integridad.sello_vigente(ruta)
    completa = existe and (comprobacion_completa or (respaldo_al_abrir and not respaldo_despues)
                           or integridad.dano_visto(ruta))
    pendiente = existe and not sellada and not completa   # se comprueba antes de escribir (o la ventana, en seguida)
    # Antes de conectar (la conexión crea el diario): qué respaldo le falta a la base tal como está en el disco.
    al_abrir = respaldo_al_abrir_de(ruta) if existe and respaldo_al_abrir and respaldo_despues else None
    return _Plan(ruta, existe, completa, pendiente, respaldo_al_abrir, respaldo_despues, al_abrir)


def _abrir_conectada(conn: sqlite3.Connection, plan: _Plan) -> BaseDeDatos:
    """Comprobar, poner al día y dejar lista la base recién conectada (o abierta solo para consultar)."""
    ruta = plan.ruta
    conn.execute(f"PRAGMA busy_timeout = {ESPERA_MS}")
    try:
        _comprobar(conn, ruta, plan.completa)
    except sqlite3.Error as error:
        if not (plan.existe and disco_lleno(error, ruta)):
            raise
        conn.close()  # sin espacio ni para el índice del diario: se lee el archivo tal cual, sin escribir
        return _consultar_con_otra(_conexion_inmutable(ruta), ruta, disco_lleno_al_abrir=True)
    conn.execute("PRAGMA foreign_keys = ON")
    if migraciones_desconocidas(conn):  # ni el modo WAL, ni respaldos, ni migraciones: nada se escribe
        conn.close()
        return _consultar_con_otra(_conexion_de_lectura(ruta), ruta, disco_lleno_al_abrir=False)
    db = BaseDeDatos(conn)
    aplicadas = MIGRACIONES.applied(db)  # se leen una vez: abrir no repite la consulta en cada pregunta
    pendientes = MIGRACIONES.pending(db, aplicadas)
    if plan.pendiente and pendientes:   # una migración escribe: antes, la base se recorre entera
        _comprobar(conn, ruta, True)
        plan.completa, plan.pendiente = True, False
    try:
        _modo_wal_y_respaldo_de_apertura(db, plan, aplicadas, pendientes)
    except (sqlite3.Error, OSError, ErrorEscritorio) as error:
        # Disco lleno: consultar no debe fallar por el modo WAL ni por el respaldo de apertura.
        if not (plan.existe and not pendientes and (disco_lleno(error, ruta) or sin_espacio(ruta))):
            raise
        # La conexión ya lee bien: se queda, y toda transacción falla con el mensaje de disco lleno.
        return _para_consultar(conn, ruta, SoloLectura(aviso_disco_lleno(ruta), mensaje_disco_lleno(ruta)))
    _migrar(db, plan, aplicadas, pendientes)
    return db


def _consultar_con_otra(conn: sqlite3.Connection, ruta: Path, *, disco_lleno_al_abrir: bool) -> BaseDeDatos:
    """La base, abierta solo para consultar por `conn` (la conexión con que se intentó abrir ya se cerró): sin
    espacio en el disco, o de una versión más nueva."""
    try:
        if disco_lleno_al_abrir:
            _comprobar(conn, ruta)
            motivo = SoloLectura(aviso_disco_lleno(ruta), mensaje_disco_lleno(ruta))
        else:
            motivo = SoloLectura(aviso_version_nueva(ruta), escritura_version_nueva(ruta))
        return _para_consultar(conn, ruta, motivo)
    except (ErrorBaseDeDatos, sqlite3.Error):
        conn.close()
        raise


def _modo_wal_y_respaldo_de_apertura(db: BaseDeDatos, plan: _Plan, aplicadas: list, pendientes: list) -> None:
    conn, ruta = db.conn, plan.ruta
    conn.execute("PRAGMA journal_mode = WAL")
    # Desde aquí, lo que escriba otro lo dice data_version (respaldo_de_cierre.py): se lee antes de la foto.
    db.estado.al_abrir = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    if not (plan.existe and plan.respaldo_al_abrir and aplicadas):
        return
    if not (plan.respaldo_despues and not pendientes):  # con migraciones, la copia va antes de aplicarlas
        respaldar_automaticamente(conn, ruta, "apertura")
        return
    al_abrir = plan.al_abrir
    if al_abrir.motivo is None and not respaldo_vigente(ruta, al_abrir.respaldada_con_estado,
                                                        integridad.estado_del_archivo(ruta)):
        al_abrir = AlAbrir("apertura")   # otro escribió mientras se abría: ya no es igual
    db.estado.respaldada_al_abrir = al_abrir.respaldada
    if al_abrir.motivo is not None:
        db.estado.respaldo_de_apertura = RespaldoDeApertura(ruta, al_abrir.motivo, al_abrir.momento)


def _migrar(db: BaseDeDatos, plan: _Plan, aplicadas: list, pendientes: list) -> None:
    """Las migraciones pendientes (con un respaldo antes si la base tenía datos), el sello y el aviso del testigo."""
    ruta, existe = plan.ruta, plan.existe
    if existe and aplicadas and pendientes:
        respaldar(db.conn, ruta, motivo="antes-de-migrar")
    if pendientes:
        MIGRACIONES.apply(db)
    recordar_archivo(db, ruta)
    # una base recién creada: nada que comprobar
    _sellar_al_abrir(db, ruta, plan.completa and existe, plan.pendiente, plan.respaldo_despues)
    if pendientes:   # las migraciones son de esta conexión: cuentan como un cambio de la sesión
        db.estado.al_abrir = (db.estado.al_abrir[0], -1) if db.estado.al_abrir else None
    db.estado.aviso_del_testigo = aviso_del_testigo(
        ruta, testigo.comprobar_al_abrir(db.conn, ruta) if existe else [])


def aviso_del_testigo(ruta: Path, alarmas: list[dict]) -> str | None:
    """Qué decir al abrir una base cuya cadena de sellos no tiene lo que vio su testigo (testigo.py); None si la tiene."""
    if not alarmas:
        return None
    ultima = alarmas[-1]
    hasta = (traducir("la base llega hasta el sello {0}").format(ultima["hasta"]) if ultima.get("hasta") else
             traducir("la base no tiene ningún sello"))
    return segun_la_puerta(
        ventana=traducir("A la base {0} le faltan cambios que ya se habían guardado: su testigo ({1}) vio el sello "
                         "{2} de la bitácora y {3}, o ese sello cambió (notado el {4}). Alguien borró o rehízo "
                         "registros, o copió a mano un respaldo más viejo sobre la base. Qué hacer: vea el detalle en "
                         "el menú Archivo, «Verificar la base…». Si usted copió un respaldo a mano, explíquelo allí "
                         "(elija «Faltan cambios que vio el testigo (copia puesta a mano)», escriba por qué y pulse "
                         "«Reconocer»); si no, restaure el último respaldo sano (menú Archivo, «Restaurar "
                         "respaldo…»). Este aviso sigue hasta que alguien lo explique."),
        linea=traducir("A la base {0} le faltan cambios que ya se habían guardado: su testigo ({1}) vio el sello {2} "
                       "de la bitácora y {3}, o ese sello cambió (notado el {4}). Alguien borró o rehízo registros, o "
                       "copió a mano un respaldo más viejo sobre la base. Qué hacer: vea el detalle con «escritorio "
                       "verificar». Si usted copió un respaldo a mano, explíquelo con «escritorio verificar "
                       "--restauracion-manual --motivo …»; si no, restaure el último respaldo sano («escritorio "
                       "respaldo restaurar ARCHIVO»). Este aviso sigue hasta que alguien lo explique.")
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


def _sellar_al_abrir(db: BaseDeDatos, ruta: Path, comprobada: bool, pendiente: bool = False,
                     respaldo_despues: bool = False) -> None:
    """La base abrió sana: se recuerda en el objeto (para sellarla al cerrar) y, si se acaba de comprobar
    entera, se sella ya (con testigo nuevo si aún no tenía: sin él no hay dónde anotar el sello). Con la comprobación
    `pendiente`, todavía no se sabe: la hace la primera escritura (o la ventana en segundo plano)."""
    if pendiente:
        if testigo.en_disco(ruta) and testigo.leer(ruta) is None:
            testigo.actualizar(db.conn, ruta)   # dónde anotar el sello cuando se compruebe
        previa = not respaldo_despues   # la ventana la hace en segundo plano: su primera escritura la espera
        db.estado.comprobacion_pendiente = ComprobacionPendiente(ruta, previa_permitida=previa)
        if previa:   # cada página que se lea, revisada entera al cargarla (comprobacion_previa.py)
            db.conn.execute("PRAGMA cell_size_check = ON")
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
    if db.estado.limpieza_pendiente:   # se suprimieron datos de una persona y el archivo no se pudo reescribir
        from .limpieza import limpiar_el_archivo

        limpiar_el_archivo(db)
    db.close()
    if sana and ruta is not None and archivo_reemplazado(db) is None:
        integridad.sellar(ruta)
