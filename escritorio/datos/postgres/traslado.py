"""Llevar una base de un motor al otro y probar que llegó entera: `subir` (SQLite → servidor) y `copiar_a_archivo`
(servidor → un archivo SQLite nuevo).

Cada traslado es una sola transacción en el destino: se copian las filas tal cual (la bitácora y sus sellos
también, sin que los triggers anoten la copia como cambios) y, antes de confirmar, se comprueba en el destino:
- que cada tabla tenga las mismas filas, con los mismos valores (una huella SHA-256 de cada tabla, igual en los dos);
- que la cadena de sellos de la bitácora verifique y termine en la misma huella;
- que cada acta aprobada conserve su huella y su texto (y, si se pide, que el servicio de actas la recalcule igual).
Si algo no coincide, no se confirma: el destino queda como estaba. El origen nunca se modifica.
"""

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg

from ...dominio.puerta import segun_la_puerta
from ...dominio.traduccion import traducir
from ...errores import ErrorEscritorio
from .. import bitacora
from ..base_de_datos import BaseDeDatos
from ..esquema import MIGRACIONES
from . import columnas_de, esquema
from .conexion import BaseDeDatosServidor


@dataclass
class Prueba:
    """Lo comprobado en el destino de un traslado, para decirlo al usuario."""
    filas: dict[str, int] = field(default_factory=dict)  # tabla -> filas (iguales en los dos lados)
    sellos: int = 0
    cabeza: str | None = None  # la huella del último sello (la misma en los dos lados)
    actas: int = 0  # actas aprobadas o firmadas con la misma huella y el mismo texto

    @property
    def total(self) -> int:
        return sum(self.filas.values())


def _orden(local: BaseDeDatos, tabla: str) -> str:
    columnas = columnas_de(local, tabla)
    return "id" if "id" in columnas else ", ".join(columnas)


def _huella_de_tabla(db, tabla: str, columnas: list[str], orden: str) -> tuple[int, str]:
    """(filas, SHA-256 de sus valores en orden): la misma en SQLite y en PostgreSQL si los valores son iguales."""
    digesto, cantidad = hashlib.sha256(), 0
    cursor = db.execute(f"SELECT {', '.join(columnas)} FROM {tabla} ORDER BY {orden}")
    while filas := cursor.fetchmany(2000):
        for fila in filas:
            digesto.update(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in fila)).encode("utf-8"))
        cantidad += len(filas)
    return cantidad, digesto.hexdigest()


def _actas_aprobadas(db) -> list[tuple]:
    return [tuple(f) for f in db.execute("SELECT id, estado, huella, contenido, huella_registro FROM actas "
                                         "WHERE estado <> 'borrador' ORDER BY id").fetchall()]


def _probar(origen, destino, tablas: list[str], columnas: dict[str, list[str]], ordenes: dict[str, str],
            actas_recalculadas: Callable | None) -> Prueba:
    prueba = Prueba()
    for tabla in tablas:
        en_origen = _huella_de_tabla(origen, tabla, columnas[tabla], ordenes[tabla])
        en_destino = _huella_de_tabla(destino, tabla, columnas[tabla], ordenes[tabla])
        if en_origen != en_destino:
            raise ErrorEscritorio(segun_la_puerta(   # la ventana copia al llevar una sesión de viaje
                ventana=traducir("La copia de la tabla «{0}» no salió igual ({1} filas en el origen, {2} en el "
                                 "destino): no se guardó nada en el destino. Revise la base de origen en el menú "
                                 "Archivo, «Verificar la base…», y vuelva a intentarlo."),
                linea=traducir("La copia de la tabla «{0}» no salió igual ({1} filas en el origen, {2} en el "
                               "destino): no se guardó nada en el destino. Corra «escritorio verificar» sobre el "
                               "origen y vuelva a intentarlo.")).format(tabla, en_origen[0], en_destino[0]))
        prueba.filas[tabla] = en_origen[0]
    problemas = bitacora.verificar(destino)
    if problemas:
        raise ErrorEscritorio(traducir("La bitácora copiada no verifica en el destino ({0}): no se guardó nada en el "
                                       "destino.").format(problemas[0]))
    cabezas = [db.execute("SELECT id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
               for db in (origen, destino)]
    if (tuple(cabezas[0]) if cabezas[0] else None) != (tuple(cabezas[1]) if cabezas[1] else None):
        raise ErrorEscritorio(traducir("La cadena de la bitácora no termina en el mismo sello en el origen y en el "
                                       "destino: no se guardó nada en el destino."))
    prueba.sellos, prueba.cabeza = prueba.filas.get("bitacora_sellos", 0), cabezas[1][1] if cabezas[1] else None
    actas = _actas_aprobadas(origen)
    if actas != _actas_aprobadas(destino):
        raise ErrorEscritorio(traducir("Las actas aprobadas no llegaron iguales al destino (huella o texto): no se "
                                       "guardó nada en el destino."))
    if actas_recalculadas is not None:
        alteradas = actas_recalculadas(destino)
        if alteradas:
            raise ErrorEscritorio(traducir(
                "En el destino, {0} actas aprobadas ya no dan la huella con que se aprobaron: no se guardó nada en "
                "el destino.").format(len(alteradas)))
    prueba.actas = len(actas)
    return prueba


def _tablas_de(local: BaseDeDatos) -> list[str]:
    existentes = set(local.table_names())
    return [t for t in esquema.nombres_de_tablas() if t in existentes]


def subir(local: BaseDeDatos, servidor: BaseDeDatosServidor, *, actas_recalculadas: Callable | None = None) -> Prueba:
    """Copia la base local entera a la base del servidor, que debe estar vacía (sin ninguna tabla), e instala allí el
    esquema y los papeles. Quien sube queda como dueño de las tablas: debe ser quien administra el servidor."""
    if servidor.table_names():
        raise ErrorEscritorio(traducir(
            "La base del servidor {0} no está vacía (ya tiene tablas): no se reemplaza nada. Suba a una base nueva "
            "(pida a quien administra el servidor «CREATE DATABASE …») o, para trabajar con la que ya está, "
            "conéctese a ella.").format(servidor.url))
    problemas = bitacora.verificar(local)
    if problemas:
        raise ErrorEscritorio(traducir(
            "La bitácora de la base local no verifica ({0}): no se sube una base con la cadena rota. Corra "
            "«escritorio verificar» y restaure un respaldo sano antes de subirla.").format(problemas[0]))
    tablas = _tablas_de(local)
    columnas = {t: columnas_de(local, t) for t in tablas}
    ordenes = {t: _orden(local, t) for t in tablas}
    conn = servidor.conn
    with conn.transaction():
        esquema.instalar(servidor, con_identidad=False)
        for tabla in tablas:  # la copia no es un cambio: ni bitácora nueva ni reglas (las filas ya las cumplieron)
            conn.execute(f"ALTER TABLE {tabla} DISABLE TRIGGER USER")
        conn.execute("SET CONSTRAINTS ALL DEFERRED")  # elecciones y candidaturas se refieren una a la otra
        for tabla in tablas:
            lista = ", ".join(columnas[tabla])
            try:
                with conn.cursor().copy(f"COPY {tabla} ({lista}) FROM STDIN") as copia:
                    for fila in local.execute(f"SELECT {lista} FROM {tabla} ORDER BY {ordenes[tabla]}"):
                        copia.write_row(fila)
            except psycopg.Error as error:
                raise ErrorEscritorio(traducir(
                    "Una fila de la tabla «{0}» no entra en el servidor ({1}): no se guardó nada en el servidor. "
                    "Corra «escritorio verificar» sobre la base local: lo más probable es que esa fila se haya "
                    "cambiado por fuera de Escritorio.").format(tabla, (error.diag.message_primary or str(error)).strip())
                ) from None
        conn.execute("SET CONSTRAINTS ALL IMMEDIATE")  # comprueba ahora las referencias de todo lo copiado
        for tabla in tablas:
            conn.execute(f"ALTER TABLE {tabla} ENABLE TRIGGER USER")
            if "id" in columnas[tabla] and tabla != "bitacora":
                conn.execute(f"SELECT setval(pg_get_serial_sequence('{tabla}', 'id'), coalesce(max(id), 0) + 1, false) "
                             f"FROM {tabla}")
        prueba = _probar(local, servidor, tablas, columnas, ordenes, actas_recalculadas)
        conn.execute("SELECT escritorio_estadisticas()")  # las estadísticas de lo copiado: sin ellas, el servidor planea como si estuviera vacía
        return prueba


def copiar_a_archivo(servidor: BaseDeDatosServidor, nueva: BaseDeDatos, *,
                     actas_recalculadas: Callable | None = None) -> Prueba:
    """Copia la base del servidor a `nueva`, una base SQLite recién creada (con el esquema y sin datos), en una
    transacción. La copia lleva la identidad de la base del servidor, como un respaldo."""
    tablas = _tablas_de(nueva)
    columnas = {t: columnas_de(nueva, t) for t in tablas}
    ordenes = {t: _orden(nueva, t) for t in tablas}
    conn: sqlite3.Connection = nueva.conn
    disparadores = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid").fetchall()
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for nombre, _sql in disparadores:  # SQLite no apaga triggers: se quitan y se reponen iguales
            conn.execute(f'DROP TRIGGER "{nombre}"')
        conn.execute("DELETE FROM identidad_base")
        for tabla in tablas:
            lista = ", ".join(columnas[tabla])
            marcas = ", ".join("?" for _ in columnas[tabla])
            cursor = servidor.execute(f"SELECT {lista} FROM {tabla} ORDER BY {ordenes[tabla]}")
            while filas := cursor.fetchmany(2000):
                conn.executemany(f"INSERT INTO {tabla} ({lista}) VALUES ({marcas})", filas)
        for _nombre, sql in disparadores:
            conn.execute(sql)
        prueba = _probar(servidor, nueva, tablas, columnas, ordenes, actas_recalculadas)
        conn.execute("COMMIT")
        return prueba
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def archivo_en_la_version(ruta, primera_que_falta: str) -> BaseDeDatos:
    """Un archivo de Escritorio nuevo, vacío, con el esquema de una versión anterior: las migraciones hasta antes de
    `primera_que_falta` (para copiar allí una base del servidor de esa versión y actualizarla como a cualquier
    archivo)."""
    db = BaseDeDatos(sqlite3.connect(ruta))
    MIGRACIONES.apply(db, stop_before=primera_que_falta)
    return db
