"""La puerta de cada escritura: `transaccion` (el permiso de escritura, esperar a otro escritor, el mensaje de una
regla que la base rechazó), la base de solo lectura y la comprobación que quedó pendiente al abrir. Abrir y cerrar la
base: apertura.py."""

from functools import partial
import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from .base_de_datos import BaseDeDatos

from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDanada, ErrorBaseDeDatos, ErrorBaseOcupada, ErrorBaseReemplazada, ErrorEscritorio
from ..rutas import expandir
from .diagnostico import recuperar, traducir_error
from . import integridad
from .comprobacion_previa import alcanza_la_previa, problemas_previos
from .estadisticas import despues_de_muchos_cambios
from .vigilancia import archivo_reemplazado
from . import testigo

ESPERA_MS = 5000


class SoloLectura:
    """Por qué una base se abrió solo para consultar: `aviso` (se muestra al abrir y queda a la vista) y
    `al_escribir` (el mensaje de cualquier intento de guardar)."""

    def __init__(self, aviso: str, al_escribir: str):
        self.aviso, self.al_escribir = aviso, al_escribir


def solo_lectura(db: BaseDeDatos) -> SoloLectura | None:
    """None si la base admite escrituras; si no, el motivo (versión más nueva, disco lleno)."""
    return db.estado.solo_lectura


# str(crudo, "utf-8", "replace"), sin una función de Python en el medio: se llama una vez por cada texto que se lee
# (millones en la verificación completa de una base grande), y así no cuesta un marco de Python cada vez.
_decodificar_tolerante = partial(str, encoding="utf-8", errors="replace")


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
    return ErrorBaseDeDatos(segun_la_puerta(
        ventana=traducir("La base tiene un texto que no está escrito en UTF-8{0}: lo guardó otro programa, no "
                         "Escritorio, y no se puede leer. No se modificó nada. Revise la base en el menú Archivo, "
                         "«Verificar la base…», para ver qué se cambió por fuera de Escritorio y restaure el último "
                         "respaldo sano (menú Archivo, «Restaurar respaldo…»)."),
        linea=traducir("La base tiene un texto que no está escrito en UTF-8{0}: lo guardó otro programa, no "
                       "Escritorio, y no se puede leer. No se modificó nada. Corra «escritorio verificar» para ver "
                       "qué se cambió por fuera de Escritorio y restaure el último respaldo sano («escritorio "
                       "respaldo listar», «escritorio respaldo restaurar ARCHIVO»).")).format(donde))


def error_de_dano(ruta: Path, problemas: list[str]) -> ErrorBaseDanada:
    """El mensaje de una base que la comprobación completa encontró dañada (antes de escribir nada)."""
    mensaje = traducir("La base de datos {0} está dañada ({1}). No se modificó. {2}")
    return ErrorBaseDanada(mensaje.format(ruta, problemas[0].splitlines()[0], recuperar()),
                           mensaje.format(ruta, problemas[0].splitlines()[0], "").strip())


def hay_base(ruta: Path | str) -> bool:
    """¿Hay una base en `ruta`? Un archivo de 0 bytes no lo es (salvo que su diario -wal tenga datos)."""
    ruta = expandir(ruta)
    if not ruta.is_file():
        return False
    if ruta.stat().st_size > 0:
        return True
    diario = Path(str(ruta) + "-wal")
    return diario.is_file() and diario.stat().st_size > 0


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


def _exigir_comprobada(db: BaseDeDatos) -> bool:
    """Antes de la primera escritura de una base que abrió sin recorrerse (comprobacion_diferida.py): se recorre
    entera ahora (o se espera a la ventana, que la recorre en segundo plano). Dañada: ErrorBaseDanada y nada se
    escribe. Sana: queda sellada, y la conexión la vuelve a sellar al cerrarse. True si en lugar de recorrerla
    basta la comprobación previa (comprobacion_previa.py): se hace ya con la base tomada (`_exigir_la_previa`)."""
    pendiente = db.estado.comprobacion_pendiente
    if pendiente is None:
        return False
    _exigir_archivo_vivo(db)   # si otro programa la movió o la reemplazó, eso es lo que hay que decir
    if pendiente.previa_hecha:
        return False
    if pendiente.previa_permitida and alcanza_la_previa(pendiente.ruta):
        return True
    _exigir_la_completa(db)
    return False


def _exigir_la_completa(db: BaseDeDatos) -> None:
    pendiente = db.estado.comprobacion_pendiente
    try:
        problemas = pendiente.hacer(cancelable=False)
    except sqlite3.Error as error:
        raise traducir_error(error, pendiente.ruta) from None
    if problemas:
        raise error_de_dano(pendiente.ruta, problemas)
    db.estado.comprobacion_pendiente = None
    db.estado.sana = True


def _exigir_la_previa(db: BaseDeDatos) -> None:
    """Dentro de la transacción, con la base tomada: con el diario vacío nadie puede cambiar el archivo mientras se
    leen su cabecera y sus páginas libres (nadie confirma, y no hay nada que volcar). Si entre tanto otro escribió
    (el diario ya no está vacío), se recorre entera. Dañada: ErrorBaseDanada, y la transacción se deshace."""
    pendiente = db.estado.comprobacion_pendiente
    if not alcanza_la_previa(pendiente.ruta):
        _exigir_la_completa(db)
        return
    problemas = problemas_previos(pendiente.ruta)
    if problemas:
        integridad.anotar_dano(pendiente.ruta)
        raise error_de_dano(pendiente.ruta, problemas)
    pendiente.previa_hecha = True   # la completa sigue pendiente: sin ella la base no se sella al cerrar


def completa_pendiente_tras_escribir(db: BaseDeDatos) -> bool:
    """¿Esta conexión escribió con la comprobación previa y la completa sigue pendiente? (la línea de órdenes avisa)"""
    pendiente = db.estado.comprobacion_pendiente
    return pendiente is not None and pendiente.previa_hecha and not pendiente.terminada


def anotar_comprobacion_entera(db: BaseDeDatos, sana: bool) -> None:
    """Una comprobación completa de la base abierta acaba de terminar («escritorio verificar»). Sana: queda sellada
    como si hubiera abierto comprobada (la próxima orden no la recorre) y ya nada queda pendiente. Dañada: el daño
    queda anotado en el testigo (la próxima apertura la comprueba antes de abrir, y nada se guarda)."""
    ruta = ruta_de(db)
    if not sana:
        integridad.anotar_dano(ruta)
        return
    if solo_lectura(db) is not None or not ruta.is_file() or integridad.dano_visto(ruta):
        return
    db.estado.comprobacion_pendiente = None
    db.estado.sana = True
    if testigo.en_disco(ruta):
        if testigo.leer(ruta) is None:
            testigo.actualizar(db.conn, ruta)
        integridad.sellar(ruta, comprobada_en=integridad.ahora_iso())


def comprobar_entera_ahora(db: BaseDeDatos) -> list[str]:
    """La comprobación completa del archivo, ahora («escritorio verificar --archivo»), desde una conexión de solo
    lectura como la de abrir (sin reevaluar los CHECK en cada fila: con 100.000 miembros, la mitad del tiempo). Lo
    que encuentra ([] si está sana). Sana, la base queda sellada y nada pendiente; dañada, el daño queda anotado."""
    from .comprobacion_diferida import ComprobacionPendiente

    ruta = ruta_de(db)
    if testigo.en_disco(ruta) and testigo.leer(ruta) is None:
        testigo.actualizar(db.conn, ruta)   # dónde anotar el sello
    pendiente = db.estado.comprobacion_pendiente or ComprobacionPendiente(ruta)
    try:
        problemas = pendiente.hacer(cancelable=False)   # sella o anota el daño
    except sqlite3.Error as error:
        integridad.anotar_dano(ruta)
        return [str(error)]
    if not problemas and solo_lectura(db) is None:
        db.estado.comprobacion_pendiente = None
        db.estado.sana = True
    return problemas


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
            return ErrorEscritorio(segun_la_puerta(
                ventana=traducir("La base rechazó un dato que no cumple sus reglas ({0}): no se guardó nada. Revise "
                                 "los datos y vuelva a intentarlo; si se repite, revise la base en el menú Archivo, "
                                 "«Verificar la base…»."),
                linea=traducir("La base rechazó un dato que no cumple sus reglas ({0}): no se guardó nada. Revise "
                               "los datos y vuelva a intentarlo; si se repite, corra «escritorio verificar»."),
            ).format(como.format(detalle)))
    # El mensaje de un trigger de Escritorio (RAISE) está escrito en el esquema, en castellano: se muestra en el
    # idioma de quien lee (datos/mensajes_de_las_reglas.py).
    from .mensajes_de_las_reglas import en_el_idioma

    if "no se guardó nada" in texto.lower():
        return ErrorEscritorio(traducir("La base rechazó el cambio: {0}").format(en_el_idioma(texto)))
    return ErrorEscritorio(traducir("La base rechazó el cambio: {0}. No se guardó nada.").format(
        en_el_idioma(texto).rstrip(".")))


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


def _tomar_el_permiso_de_escritura(db: BaseDeDatos, esperar: Callable[[float], None] | None,
                                   espera_maxima_s: float) -> None:
    """BEGIN IMMEDIATE en la conexión del archivo: con el aviso de espera de la ventana si lo hay y no se pidió
    `esperar`; un error de SQLite, con su mensaje para el usuario."""
    try:
        # Se lee una vez: la ventana puede retirar el aviso desde su hilo mientras un trabajo escribe en otro.
        aviso = _aviso_de_espera
        if esperar is None and aviso is not None:
            _comenzar_con_aviso(db.conn, ruta_de(db), *aviso)
        else:
            _comenzar(db.conn, esperar, espera_maxima_s)
    except sqlite3.Error as error:
        raise (texto_no_utf8(error) or traducir_error(error, ruta_de(db))) from None


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
    previa = _exigir_comprobada(db)   # el daño se nota antes de escribir (comprobacion_diferida.py)
    cambios_antes = conn.total_changes
    _tomar_el_permiso_de_escritura(db, esperar, espera_maxima_s)
    try:
        _exigir_archivo_vivo(db)
        if previa:
            _exigir_la_previa(db)
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


@contextmanager
def simulacion(db: BaseDeDatos):
    """Una orden con --simular (cli/simulacion.py): lo que escribe adentro se hace de verdad y al salir se deshace
    entero, salga bien o mal. Es una transacción de afuera que nunca se confirma: cada `transaccion` de los servicios
    es adentro un SAVEPOINT, así que la bitácora no se sella, el testigo no avanza y nadie recibe el aviso de lo
    confirmado. Toma el permiso de escritura como cualquier escritura (espera a otro escritor) y exige lo mismo: la
    base comprobada, el archivo que se abrió, en una copia de viaje solo esa sesión. Lo que la base rechaza se dice
    como en `transaccion`. Una base abierta solo para consultar no necesita nada: cualquier escritura ya se rechaza."""
    if solo_lectura(db) is not None:
        yield db
        return
    db.estado.simulada = True
    if db.dialecto == "postgresql":
        from .postgres.transaccion import simulacion_servidor

        with simulacion_servidor(db):
            yield db
        return
    conn = db.conn
    previa = _exigir_comprobada(db)
    _tomar_el_permiso_de_escritura(db, None, 0)   # como `transaccion` sin `esperar`: el mensaje de base ocupada
    try:
        _exigir_archivo_vivo(db)
        if previa:
            _exigir_la_previa(db)
        antes = _registro_de_viaje(db)
        yield db
        _exigir_archivo_vivo(db)
        _exigir_solo_la_sesion_de_viaje(db, antes)
    except sqlite3.IntegrityError as error:
        raise rechazo_de_la_base(error) from None
    except sqlite3.Error as error:
        raise (texto_no_utf8(error) or traducir_error(error, ruta_de(db))) from None
    finally:
        if conn.in_transaction:
            conn.rollback()
