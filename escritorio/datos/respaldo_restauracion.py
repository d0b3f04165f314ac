"""Restaurar un respaldo: nunca sobre un archivo que no sea una base de Escritorio ni con el respaldo de OTRA base
salvo pedido explícito; antes de reemplazar, la base actual se guarda («antes-de-restaurar», o se aparta si está
dañada).
"""

import os
import sqlite3
from pathlib import Path

from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDeDatos
from ..rutas import carpeta_respaldos
from . import testigo
from .diagnostico import comprobar_integridad, es_archivo_sqlite, es_base_escritorio, traducir_error
from .respaldo import SUFIJOS_DIARIO, nombre_respaldo, por_que, sellar
from .respaldo_copia import borrar_con_diarios, copiar_a, copiar_con_nombre_libre, describir
from .respaldo_identidad import identidad_de_base
from .respaldo_restos import apartar_danada

# Windows no deja reemplazar un archivo abierto, ni siquiera por la conexión que retiene la escritura: allí se suelta
# justo antes del reemplazo (si otra conexión la tiene abierta, el reemplazo falla y la base queda como estaba). En los
# demás sistemas se retiene hasta tener el archivo nuevo en su lugar.
SOLTAR_ANTES_DE_REEMPLAZAR = os.name == "nt"


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
        destino, huella = copiar_con_nombre_libre(lectura, carpeta_respaldos(ruta_base),
                                                   nombre_respaldo(ruta_base, "antes-de-restaurar"), con_huella=True)
    finally:
        lectura.close()
    sellar(destino, huella)
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
                copiar_a(conn, temporal)
            finally:
                conn.close()
        except sqlite3.Error as error:
            raise ErrorBaseDeDatos(_ilegible(origen, error)) from None
        if viva is not None and SOLTAR_ANTES_DE_REEMPLAZAR:   # también tiene abierto el diario WAL
            viva, soltada = None, viva
            soltada.rollback()
            soltada.close()
        # Un diario WAL viejo aplicado sobre el archivo nuevo lo corrompería: se retira antes (su contenido
        # ya está en la copia «antes-de-restaurar», hecha con la API de copia, que lo incluye).
        for sufijo in SUFIJOS_DIARIO:
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
        borrar_con_diarios(temporal)


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
