"""Respaldos con la API de copia de SQLite: un archivo autosuficiente, coherente aunque la base esté en uso."""

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from ..errores import ErrorBaseDeDatos
from .diagnostico import comprobar_integridad, es_archivo_sqlite, es_base_escritorio, traducir_error
from .rutas import carpeta_respaldos

_SUFIJOS_DIARIO = ("-wal", "-shm")


def nombre_respaldo(ruta_base: Path, motivo: str, momento: datetime | None = None) -> str:
    momento = momento or datetime.now()
    return f"{Path(ruta_base).stem}-{momento:%Y%m%d-%H%M%S}-{motivo}.db"


def copiar_conexion(origen: sqlite3.Connection, destino: Path) -> Path:
    """Copia la base abierta en `origen` a `destino` (archivo único, sin diario WAL)."""
    destino = Path(destino)
    destino.parent.mkdir(parents=True, exist_ok=True)
    temporal = destino.with_name(destino.name + ".parcial")
    copia = sqlite3.connect(temporal)
    try:
        origen.backup(copia)
        copia.execute("PRAGMA journal_mode = DELETE")
    finally:
        copia.close()
    os.replace(temporal, destino)
    return destino


def destino_libre(carpeta: Path, nombre: str) -> Path:
    """Nunca se pisa un respaldo: si el nombre existe se agrega un número."""
    destino = carpeta / nombre
    numero = 2
    while destino.exists():
        destino = carpeta / f"{Path(nombre).stem}-{numero}.db"
        numero += 1
    return destino


def respaldar(conn: sqlite3.Connection, ruta_base: Path, motivo: str = "manual", destino: Path | None = None) -> Path:
    """Crea un respaldo; sin destino va a la carpeta `respaldos` junto a la base."""
    if destino is None:
        destino = destino_libre(carpeta_respaldos(ruta_base), nombre_respaldo(ruta_base, motivo))
    elif Path(destino).is_dir():
        destino = destino_libre(Path(destino), nombre_respaldo(ruta_base, motivo))
    try:
        return copiar_conexion(conn, Path(destino))
    except (sqlite3.Error, OSError) as error:
        raise ErrorBaseDeDatos(f"No se pudo crear el respaldo en {destino}: {error}") from None


def _validar_origen(origen: Path, temporal: Path) -> None:
    """Copia el origen a `temporal` y comprueba que sea una base de Escritorio sana."""
    if not origen.is_file():
        raise ErrorBaseDeDatos(f"No existe el respaldo {origen}.")
    if not es_archivo_sqlite(origen):
        raise ErrorBaseDeDatos(f"{origen} no es un respaldo de Escritorio (no es una base SQLite). No se restauró nada.")
    conn = sqlite3.connect(f"file:{origen}?mode=ro", uri=True)
    try:
        if comprobar_integridad(conn):
            raise ErrorBaseDeDatos(f"El respaldo {origen} está dañado. No se restauró nada; elija otro.")
        if not es_base_escritorio(conn):
            raise ErrorBaseDeDatos(f"{origen} es una base SQLite de otro programa, no un respaldo de Escritorio. No se restauró nada.")
        copiar_conexion(conn, temporal)
    except sqlite3.Error as error:
        raise traducir_error(error, origen) from None
    finally:
        conn.close()


def _resguardar_actual(ruta_base: Path) -> Path | None:
    """Antes de restaurar, la base actual se guarda; si está dañada, se copian sus archivos tal cual."""
    if not ruta_base.exists():
        return None
    destino = destino_libre(carpeta_respaldos(ruta_base), nombre_respaldo(ruta_base, "antes-de-restaurar"))
    try:
        conn = sqlite3.connect(f"file:{ruta_base}?mode=ro", uri=True)
        try:
            if comprobar_integridad(conn):
                raise sqlite3.DatabaseError("dañada")
            return copiar_conexion(conn, destino)
        finally:
            conn.close()
    except sqlite3.Error:
        destino.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ruta_base, destino)
        for sufijo in _SUFIJOS_DIARIO:
            diario = Path(str(ruta_base) + sufijo)
            if diario.exists():
                shutil.copy2(diario, str(destino) + sufijo)
        return destino


def restaurar(ruta_base: Path, origen: Path) -> Path | None:
    """Reemplaza la base por el respaldo `origen`. Devuelve dónde quedó guardada la base anterior."""
    ruta_base, origen = Path(ruta_base).resolve(), Path(origen).resolve()
    if ruta_base == origen:
        raise ErrorBaseDeDatos("El respaldo elegido es la propia base en uso; elija un archivo de respaldo.")
    ruta_base.parent.mkdir(parents=True, exist_ok=True)
    temporal = ruta_base.with_name(ruta_base.name + ".restaurando")
    try:
        _validar_origen(origen, temporal)
        anterior = _resguardar_actual(ruta_base)
        # Un diario WAL viejo aplicado sobre el archivo nuevo lo corrompería: se retira antes.
        for sufijo in _SUFIJOS_DIARIO:
            Path(str(ruta_base) + sufijo).unlink(missing_ok=True)
        os.replace(temporal, ruta_base)
        return anterior
    except OSError as error:
        raise ErrorBaseDeDatos(f"No se pudo restaurar en {ruta_base}: {error}") from None
    finally:
        temporal.unlink(missing_ok=True)


# --- respaldos automáticos ------------------------------------------------------------------------

AUTOMATICOS = ("apertura", "cierre", "antes-de-migrar", "antes-de-restaurar")
_DIARIOS, _SEMANALES, _MENSUALES = 7, 4, 12


def huella_de_archivo(ruta: Path) -> str:
    import hashlib

    digesto = hashlib.sha256()
    with open(ruta, "rb") as archivo:
        for bloque in iter(lambda: archivo.read(1 << 20), b""):
            digesto.update(bloque)
    return digesto.hexdigest()


def _sellar(ruta: Path) -> None:
    """Junto a cada respaldo queda su huella SHA-256: un respaldo alterado o incompleto se nota."""
    Path(str(ruta) + ".sha256").write_text(f"{huella_de_archivo(ruta)}  {ruta.name}\n", encoding="ascii")


def es_integro(ruta: Path) -> bool | None:
    """True/False según la huella guardada; None si el respaldo no tiene huella (por ejemplo, uno manual antiguo)."""
    sello = Path(str(ruta) + ".sha256")
    if not sello.exists():
        return None
    return sello.read_text(encoding="ascii").split()[0] == huella_de_archivo(ruta)


def respaldar_automaticamente(conn: sqlite3.Connection, ruta_base: Path, motivo: str,
                              momento: datetime | None = None) -> Path:
    """Respaldo automático sellado con su huella, y luego la rotación de los automáticos."""
    destino = destino_libre(carpeta_respaldos(ruta_base), nombre_respaldo(ruta_base, motivo, momento))
    copiar_conexion(conn, destino)
    _sellar(destino)
    rotar(carpeta_respaldos(ruta_base), Path(ruta_base).stem, momento or datetime.now())
    return destino


def _fecha_de(ruta: Path, prefijo: str) -> datetime | None:
    resto = ruta.name[len(prefijo) + 1:]
    try:
        return datetime.strptime(resto[:15], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def _automaticos(carpeta: Path, prefijo: str) -> list[tuple[datetime, Path]]:
    encontrados = []
    for ruta in carpeta.glob(f"{prefijo}-*.db"):
        momento = _fecha_de(ruta, prefijo)
        if momento and any(ruta.stem.endswith(f"-{m}") or f"-{m}-" in ruta.stem for m in AUTOMATICOS):
            encontrados.append((momento, ruta))
    return sorted(encontrados, reverse=True)


def rotar(carpeta: Path, prefijo: str, ahora: datetime) -> list[Path]:
    """Conserva 7 diarios, 4 semanales y 12 mensuales de los respaldos automáticos (el más nuevo de cada
    día, semana y mes); borra los demás automáticos. Los respaldos manuales nunca se borran."""
    conservar: set[Path] = set()
    for clave, cantidad in ((lambda m: m.date(), _DIARIOS), (lambda m: m.isocalendar()[:2], _SEMANALES),
                            (lambda m: (m.year, m.month), _MENSUALES)):
        vistos = []
        for momento, ruta in _automaticos(carpeta, prefijo):
            periodo = clave(momento)
            if periodo not in vistos:
                vistos.append(periodo)
                if len(vistos) <= cantidad:
                    conservar.add(ruta)
    borrados = []
    for _, ruta in _automaticos(carpeta, prefijo):
        if ruta not in conservar:
            ruta.unlink(missing_ok=True)
            Path(str(ruta) + ".sha256").unlink(missing_ok=True)
            borrados.append(ruta)
    return borrados


def listar_respaldos(ruta_base: Path) -> list[dict]:
    """Los respaldos de la carpeta `respaldos`, del más nuevo al más viejo, con fecha, tamaño e integridad."""
    carpeta = carpeta_respaldos(ruta_base)
    if not carpeta.is_dir():
        return []
    prefijo = Path(ruta_base).stem
    filas = []
    for ruta in carpeta.glob("*.db"):
        momento = _fecha_de(ruta, prefijo) or datetime.fromtimestamp(ruta.stat().st_mtime)
        resto = ruta.stem[len(prefijo) + 1:] if ruta.name.startswith(prefijo + "-") else ""
        motivo = resto[16:] if _fecha_de(ruta, prefijo) else "externo"
        filas.append({"ruta": ruta, "momento": momento, "bytes": ruta.stat().st_size, "motivo": motivo,
                      "integro": es_integro(ruta)})
    return sorted(filas, key=lambda f: f["momento"], reverse=True)


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


def mejor_respaldo(ruta_base: Path) -> Path | None:
    """El respaldo más nuevo que está sano (huella correcta o sin huella, y quick_check bien)."""
    for fila in listar_respaldos(ruta_base):
        if fila["integro"] is False:
            continue
        try:
            conn = sqlite3.connect(f"file:{fila['ruta']}?mode=ro", uri=True)
            try:
                if not comprobar_integridad(conn) and es_base_escritorio(conn):
                    return fila["ruta"]
            finally:
                conn.close()
        except sqlite3.Error:
            continue
    return None
