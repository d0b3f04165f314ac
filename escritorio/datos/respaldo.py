"""Respaldos con la API de copia de SQLite: un archivo autosuficiente, coherente aunque la base esté en uso.

Este módulo es la base que comparten sus partes: cómo se llaman los respaldos, su huella y por qué falló una copia.
Las partes, cada una en su módulo: copiar sin pisar y `respaldar` (`respaldo_copia`), de qué base es cada archivo
(`respaldo_identidad`), restaurar (`respaldo_restauracion`), los automáticos y su rotación (`respaldo_rotacion`) y
la base dañada y los restos de copias interrumpidas (`respaldo_restos`).

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

import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..dominio.traduccion import traducir
from .diagnostico import disco_lleno, traducir_error

SUFIJOS_DIARIO = ("-wal", "-shm")
DIARIOS_DE_UN_TEMPORAL = ("-journal", "-wal", "-shm")

# Los temporales de una copia interrumpida se borran al abrir si nadie los tocó en este tiempo: una copia
# en curso escribe sin pausa (el archivo cambia cada pocos segundos), así que 15 minutos quietos es que el
# proceso que la hacía ya no existe.
ANTIGUEDAD_MINIMA_RESTOS_S = 15 * 60

ROTADOS = ("apertura", "cierre")                          # la regla diaria/semanal/mensual solo toca estos
COPIAS_DE_SEGURIDAD = ("antes-de-restaurar", "antes-de-migrar")  # nunca se borran solas
AUTOMATICOS = ROTADOS + COPIAS_DE_SEGURIDAD



def por_que(error: BaseException, donde: Path) -> str:
    """Por qué falló copiar o escribir en `donde`, dicho para la secretaría (nunca el texto en inglés de SQLite o del
    sistema: «unable to open database file», «database or disk is full», «[Errno 13] Permission denied»)."""
    import errno

    from ..salida import abierto_en_otro_programa, motivo_del_sistema

    texto = str(error).lower()
    numero = getattr(error, "errno", None)
    if numero == errno.ENOSPC or "disk is full" in texto or (isinstance(error, sqlite3.Error) and disco_lleno(error, donde)):
        return traducir("no queda espacio en el disco; libere espacio o elija otro disco")
    if isinstance(error, OSError) and abierto_en_otro_programa(error):   # Windows: también es EACCES
        return motivo_del_sistema(error)
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


def nombre_propio(ruta: Path, prefijo: str) -> tuple[datetime, str] | None:
    """(momento, motivo) si el nombre sigue el patrón de los respaldos de la base `prefijo`."""
    encontrado = _patron(prefijo).match(ruta.name)
    if not encontrado:
        return None
    try:
        return datetime.strptime(encontrado.group(1), "%Y%m%d-%H%M%S"), encontrado.group(2)
    except ValueError:
        return None



class RespaldoInterrumpido(Exception):
    """Una copia que se dejó a medias a propósito (la ventana se cerró, o no entraba en el tiempo de cerrarla): su
    temporal se borra y no queda ningún respaldo nuevo."""



# --- la huella de cada respaldo ------------------------------------------------------------------

_BLOQUE = 1 << 20


def huella_de_archivo(ruta: Path, interrumpir: Callable[[], None] | None = None) -> str:
    """El SHA-256 del archivo, leído de a bloques; `interrumpir` se llama entre bloque y bloque (una copia que se
    puede dejar a medias)."""
    import hashlib

    digesto = hashlib.sha256()
    with open(ruta, "rb") as archivo:
        for bloque in iter(lambda: archivo.read(_BLOQUE), b""):
            digesto.update(bloque)
            if interrumpir is not None:
                interrumpir()
    return digesto.hexdigest()


def sellar(ruta: Path, huella: str | None = None) -> None:
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

