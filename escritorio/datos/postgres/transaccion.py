"""Una escritura completa o nada sobre el servidor: el lado PostgreSQL de `datos.conexion.transaccion`.

Como BEGIN IMMEDIATE en SQLite, cada transacción del programa toma al empezar el cerrojo de quienes escriben (el
mismo que ordena la bitácora; solo lo toman los papeles que escriben: esquema/__init__.py): lo que un servicio lee dentro de ella para decidir (read → decide → write) no lo
cambia nadie hasta que confirme. Los errores del servidor llegan como los de SQLite: la regla rechazada en el idioma
en curso, el permiso que falta según el papel, el servidor que no responde; nunca el texto crudo de psycopg.
"""

import os
import re
import time
from contextlib import contextmanager

import psycopg
from psycopg import errors, pq

from ...dominio.puerta import segun_la_puerta
from ...dominio.traduccion import traducir
from ...errores import ErrorBaseDeDatos, ErrorBaseOcupada, ErrorEscritorio
from ..bitacora import tablas_escritas
from .sin_sombras import ABIERTA_SIN_HACER_NADA_S

ESPERA_S = 20  # cuánto espera una escritura a que termine la de otra persona antes de decir que la base está ocupada
# Una transacción que dejó más registros que esto en la bitácora (una importación, una emisión) actualiza al terminar
# las estadísticas del servidor: sin ellas planea las consultas siguientes como si las tablas siguieran casi vacías
# (la morosidad de 300 miembros tardaba 4 s en lugar de 20 ms). El servidor lo hace solo, pero un minuto después.
MUCHOS_CAMBIOS = 500
# Con esta variable (la ruta de un archivo), cada transacción anota ahí, en una línea, los segundos que tuvo tomado el
# cerrojo de los que escriben: lo lee la prueba de carga de diez puestos (tests/rendimiento/bench_servidor_clientes.py).
MEDIR_EL_CERROJO = "ESCRITORIO_MEDIR_CERROJO"


@contextmanager
def transaccion_servidor(db):
    conn = db.conn
    if conn.info.transaction_status != pq.TransactionStatus.IDLE:
        with conn.transaction():  # dentro de otra: un SAVEPOINT, y el error sigue hacia afuera
            yield db
        return
    tomado = None
    try:
        with conn.transaction():
            conn.execute(f"SET LOCAL lock_timeout = '{ESPERA_S}s'")
            conn.execute("SELECT escritorio_cerrojo_de_escritura()")
            tomado = time.perf_counter()
            antes = conn.execute("SELECT coalesce(max(id), 0) FROM bitacora").fetchone()[0]
            yield db
            cambios = conn.execute("SELECT coalesce(max(id), 0) FROM bitacora").fetchone()[0] - antes
            tablas = tablas_escritas(db, antes) if db.estado.oyentes and cambios else None
    except psycopg.Error as error:
        raise error_del_servidor(error, db) from None
    finally:   # hasta confirmar (o deshacer): lo que los demás esperaron
        if tomado is not None:
            retenido = time.perf_counter() - tomado
            db.estado.cerrojo_mas_largo_s = max(db.estado.cerrojo_mas_largo_s, retenido)
            _anotar_para_la_medicion(retenido)
    if cambios > MUCHOS_CAMBIOS:
        _estadisticas(db)
    db.estado.avisar_lo_confirmado(tablas)


def _anotar_para_la_medicion(segundos: float) -> None:
    ruta = os.environ.get(MEDIR_EL_CERROJO)
    if ruta:
        try:
            with open(ruta, "a", encoding="utf-8") as archivo:
                archivo.write(f"{segundos:.6f}\n")
        except OSError:
            pass   # una medición, no parte del trabajo


@contextmanager
def simulacion_servidor(db):
    """El lado PostgreSQL de `datos.conexion.simulacion` (--simular): una transacción que siempre termina en
    ROLLBACK; cada `transaccion_servidor` de adentro es un SAVEPOINT. El cerrojo de los que escriben lo toma la
    primera escritura (el registro de la bitácora: esquema/__init__.py), con la misma espera máxima; el sello de la bitácora,
    diferido al confirmar, nunca corre. Los errores del servidor, como en `transaccion_servidor`."""
    conn = db.conn
    try:
        with conn.transaction(force_rollback=True):
            conn.execute(f"SET LOCAL lock_timeout = '{ESPERA_S}s'")
            yield db
    except psycopg.Error as error:
        raise error_del_servidor(error, db) from None


def _estadisticas(db) -> None:
    """ANALYZE, con los permisos del dueño de las tablas (esquema/__init__.py). Si falla, las consultas solo van más lentas
    hasta que el servidor lo haga solo."""
    from ..dialecto import estadisticas_al_dia

    try:
        estadisticas_al_dia(db)
    except psycopg.Error:
        pass


def error_del_servidor(error: psycopg.Error, db) -> ErrorEscritorio:
    """El mensaje para el usuario de un error del servidor dentro de una transacción (no se guardó nada)."""
    if isinstance(error, (errors.IntegrityError, errors.RaiseException)):
        return rechazo_del_servidor(error)
    if isinstance(error, errors.InsufficientPrivilege):
        return sin_permiso(db)
    if isinstance(error, errors.LockNotAvailable):
        quien = quien_tiene_el_cerrojo(db)
        if quien is not None:
            return ErrorBaseOcupada(traducir(
                "No se guardó nada: «{0}» tiene tomada la base del servidor {1} (una escritura suya sigue abierta) y "
                "esta esperó {2} segundos. Vuelva a intentarlo en un momento; si no termina, pida a «{0}» que cierre "
                "su programa. El servidor termina sola una transacción que pasa {3} minutos sin hacer nada.").format(
                quien, db.url, ESPERA_S, ABIERTA_SIN_HACER_NADA_S // 60))
        return ErrorBaseOcupada(traducir(
            "No se guardó nada: otra persona está guardando cambios en la base del servidor {0} desde hace más de "
            "{1} segundos. Espere un momento y vuelva a intentarlo.").format(db.url, ESPERA_S))
    if isinstance(error, errors.SerializationFailure | errors.DeadlockDetected):
        return ErrorBaseOcupada(traducir(
            "No se guardó nada: el cambio chocó con el de otra persona en el servidor. Vuelva a intentarlo."))
    if isinstance(error, psycopg.OperationalError):
        return ErrorBaseDeDatos(traducir(
            "Se perdió la conexión con el servidor {0}: no se guardó nada. Revise la red y vuelva a abrir la base; "
            "lo que estaba escribiendo no llegó al servidor.").format(db.url))
    return ErrorBaseDeDatos(traducir("El servidor rechazó el cambio ({0}): no se guardó nada.").format(
        (error.diag.message_primary or str(error)).rstrip(".")))


def rechazo_del_servidor(error: psycopg.Error) -> ErrorEscritorio:
    """Como `datos.conexion.rechazo_de_la_base`, para una regla que hizo cumplir el servidor."""
    diag = error.diag
    if isinstance(error, errors.RaiseException):  # el mensaje de una regla de Escritorio, escrito en el esquema
        from ..mensajes_de_las_reglas import en_el_idioma

        texto = diag.message_primary or ""
        if "no se guardó nada" in texto.lower():
            return ErrorEscritorio(traducir("La base rechazó el cambio: {0}").format(en_el_idioma(texto)))
        return ErrorEscritorio(traducir("La base rechazó el cambio: {0}. No se guardó nada.").format(
            en_el_idioma(texto).rstrip(".")))
    tabla = diag.table_name or ""
    if isinstance(error, errors.NotNullViolation):
        como = traducir("falta un dato obligatorio: «{0}»").format(f"{tabla}.{diag.column_name}")
    elif isinstance(error, errors.UniqueViolation):
        columnas = re.search(r"\((.*?)\)=", diag.message_detail or "")
        como = traducir("ya hay otro registro con el mismo «{0}»").format(
            f"{tabla}.{columnas[1]}" if columnas else diag.constraint_name or tabla)
    elif isinstance(error, errors.ForeignKeyViolation):
        como = traducir("hace referencia a un registro que no existe, o lo usa otro registro{0}").format(
            f" ({tabla})" if tabla else "")
    else:  # CHECK
        como = traducir("el valor no está entre los permitidos: regla «{0}»").format(diag.constraint_name or tabla)
    return ErrorEscritorio(segun_la_puerta(
        ventana=traducir("La base rechazó un dato que no cumple sus reglas ({0}): no se guardó nada. Revise los "
                         "datos y vuelva a intentarlo; si se repite, revise la base en el menú Archivo, «Verificar la "
                         "base…»."),
        linea=traducir("La base rechazó un dato que no cumple sus reglas ({0}): no se guardó nada. Revise los datos "
                       "y vuelva a intentarlo; si se repite, corra «escritorio verificar».")).format(como))


def quien_tiene_el_cerrojo(db) -> str | None:
    """El login de quien tiene tomado el cerrojo de los que escriben: de las conexiones con la tabla del cerrojo
    tomada, la que no espera a ninguna otra. None si ya lo soltó o no se sabe. pg_locks y pg_stat_activity dicen el
    login de cada conexión a cualquiera (no qué escribe ni desde cuándo: eso solo a quien administra el servidor)."""
    try:
        fila = db.conn.execute(
            "SELECT a.usename FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'relation' AND l.granted AND l.relation = 'public.escritorio_cerrojo'::regclass "
            "AND l.pid <> pg_backend_pid() AND cardinality(pg_blocking_pids(l.pid)) = 0 ORDER BY l.pid LIMIT 1"
        ).fetchone()
    except psycopg.Error:
        return None
    return fila[0] if fila else None


def sin_permiso(db) -> ErrorEscritorio:
    from . import papeles

    try:
        papel = papeles.papel_de(db.conn)
    except psycopg.Error:
        papel = None
    return ErrorEscritorio(traducir(
        "Su usuario del servidor («{0}», papel {1}) no tiene permiso para hacer este cambio: no se guardó nada. "
        "Si debe hacerlo, pida a quien administra el servidor que le dé el papel que corresponde.").format(
        db.usuario(), papeles.descripcion_del_papel(papel)))
