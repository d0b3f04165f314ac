"""La identidad de una base y su «testigo»: un archivo pequeño junto a la base, fuera de ella.

- La identidad (`identidad_base.base_id`, 32 cifras hexadecimales al azar) se crea con la base y viaja
  en cada respaldo, que es una copia: así se sabe de qué base es cada respaldo aunque compartan carpeta.
- El testigo (`<base>.testigo`, JSON) repite la identidad y anota la cabeza de la cadena de sellos de
  la bitácora (último sello y su huella). Sirve cuando la base no se puede leer (dañada: ¿qué respaldos
  son suyos?) y para notar que alguien borró los últimos registros junto con sus sellos: la cabeza que
  vio el testigo ya no está en la cadena.

Cada respaldo lleva también su testigo (`<respaldo>.testigo`, con `respaldo: true`): la cabeza que tenía
la base al copiarla. Y cada acta y recibo impresos llevan la cabeza al pie («Registro: sello N · huella …»).

El testigo se escribe entero en un temporal y se renombra (nunca queda a medias). Si dos procesos
escriben a la vez, puede quedar la cabeza del que terminó antes: sigue siendo un sello de la cadena,
así que nunca da una falsa alarma; solo deja de vigilar los últimos sellos hasta la próxima escritura.
"""

import json
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

SUFIJO = ".testigo"


@dataclass
class Testigo:
    base_id: str | None
    sello_id: int | None = None
    huella: str | None = None
    restaurada_en: str | None = None  # ISO 8601: la última vez que se restauró un respaldo sobre esta base
    respaldo: bool = False  # el testigo de un respaldo (`<respaldo>.testigo`), no el de una base en uso
    escrito_en: str | None = None  # ISO 8601: cuándo se hizo el respaldo (solo en el de un respaldo)
    base: str | None = None  # de qué archivo de base se hizo el respaldo (una copia de la base tiene la misma identidad)
    comprobada: dict | None = None  # el sello de la última comprobación completa que pasó (integridad.py)


def identidad(conn: sqlite3.Connection) -> str | None:
    """La identidad de la base abierta en `conn`, o None si es anterior a la migración 0009 o no se lee."""
    try:
        fila = conn.execute("SELECT base_id FROM identidad_base WHERE unica = 1").fetchone()
    except sqlite3.Error:
        return None
    return fila[0] if fila else None


def identidad_de_archivo(ruta: Path) -> str | None:
    """La identidad de un archivo de base (abierto solo para leer); None si no tiene o no se puede leer."""
    try:
        conn = sqlite3.connect(f"file:{Path(ruta).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return identidad(conn)
    finally:
        conn.close()


def ruta_testigo(ruta_base: Path) -> Path:
    return Path(str(ruta_base) + SUFIJO)


def leer(ruta_base: Path) -> Testigo | None:
    """El testigo de la base, o None si no hay o no se entiende (nunca es un error: es un dato extra)."""
    try:
        datos = json.loads(ruta_testigo(ruta_base).read_text(encoding="utf-8"))
        return Testigo(base_id=datos.get("base_id"), sello_id=datos.get("sello_id"), huella=datos.get("huella"),
                       restaurada_en=datos.get("restaurada_en"), respaldo=bool(datos.get("respaldo")),
                       escrito_en=datos.get("escrito_en"), base=datos.get("base"),
                       comprobada=datos.get("comprobada"))
    except (OSError, ValueError, AttributeError):
        return None


def cabeza_de_cadena(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, huella) del último sello de la bitácora, o None si aún no hay sellos."""
    try:
        return conn.execute("SELECT id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None


def escribir(ruta_base: Path, testigo: Testigo) -> None:
    """Escribe el testigo de forma atómica. Un fallo (disco lleno, carpeta de solo lectura) no detiene
    el trabajo: el testigo es una vigilancia adicional, la base sigue siendo la fuente."""
    destino = ruta_testigo(ruta_base)
    temporal = destino.with_name(destino.name + ".parcial")
    try:
        temporal.write_text(json.dumps(asdict(testigo), ensure_ascii=False), encoding="utf-8")
        os.replace(temporal, destino)
    except OSError:
        temporal.unlink(missing_ok=True)


def actualizar(conn: sqlite3.Connection, ruta_base: Path, *, restaurada_en: str | None = None) -> None:
    """Anota en el testigo la identidad y la cabeza de la cadena actuales de la base abierta.

    La fecha de la última restauración se conserva (o se reemplaza por `restaurada_en` si se da)."""
    cabeza = cabeza_de_cadena(conn)
    anterior = leer(ruta_base)
    escribir(ruta_base, Testigo(base_id=identidad(conn), sello_id=cabeza[0] if cabeza else None,
                                huella=cabeza[1] if cabeza else None,
                                restaurada_en=restaurada_en or (anterior.restaurada_en if anterior else None),
                                comprobada=anterior.comprobada if anterior else None))


def en_disco(ruta_base: Path | str) -> bool:
    """False para una base en memoria o temporal sin archivo (no tiene testigo)."""
    texto = str(ruta_base)
    return bool(texto) and texto != ":memory:" and not texto.startswith("file::memory:")


def anotar_respaldo(conn: sqlite3.Connection, respaldo: Path) -> None:
    """Junto a un respaldo recién hecho, su testigo: la identidad y la cabeza de la cadena que tenía la base
    al copiarla. «verificar» comprueba que la base siga teniendo esa cabeza (si no, alguien borró o cambió
    registros después del respaldo). Lleva `respaldo: true`: no es el testigo de una base en uso."""
    from datetime import datetime

    cabeza = cabeza_de_cadena(conn)
    try:
        origen = conn.execute("PRAGMA database_list").fetchone()[2] or None
    except sqlite3.Error:
        origen = None
    escribir(respaldo, Testigo(base_id=identidad(conn), sello_id=cabeza[0] if cabeza else None,
                               huella=cabeza[1] if cabeza else None, respaldo=True,
                               escrito_en=datetime.now().isoformat(timespec="seconds"),
                               base=str(Path(origen).resolve()) if origen else None))


def anotar_restauracion(ruta_base: Path) -> None:
    """Después de restaurar un respaldo: el testigo pasa a la cabeza de la base restaurada (los sellos más
    nuevos que tenía la base anterior ya no están, y no es una manipulación) y anota cuándo fue."""
    from datetime import datetime

    try:
        conn = sqlite3.connect(f"file:{Path(ruta_base).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        actualizar(conn, ruta_base, restaurada_en=datetime.now().isoformat(timespec="seconds"))
    finally:
        conn.close()
