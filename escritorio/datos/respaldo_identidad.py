"""De qué base es cada respaldo (su identidad, que viaja en la copia; de una base dañada, la de su testigo), la lista
de respaldos de una base, el mejor para recuperarla y borrar uno.
"""

import sqlite3
from datetime import datetime
from pathlib import Path

from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDeDatos
from ..rutas import carpeta_respaldos
from . import testigo
from .diagnostico import comprobar_integridad, es_base_escritorio
from .respaldo import es_integro, nombre_propio, por_que


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
    por_nombre = nombre_propio(ruta, prefijo) is not None
    if suya and base_id:
        return PROPIA if suya == base_id else AJENA
    if suya is None and por_nombre:
        return ANTIGUA
    if base_id is None and por_nombre:
        return PROBABLE
    return AJENA


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
        por_nombre = nombre_propio(ruta, prefijo)
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


def es_sano(ruta: Path) -> bool:
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
        if fila["integro"] is not False and es_sano(fila["ruta"]):
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


def respaldos_que_contienen(ruta_base: Path, terminos: list[str]) -> list[dict]:
    """Los respaldos de esta base en su carpeta (automáticos, copias de seguridad y manuales) en cuyos bytes aparece
    alguno de los `terminos`, sin mayúsculas: lo mismo que vería `grep -a -i` sobre el archivo (y su diario, si
    quedó). Del más nuevo al más viejo, como `listar_respaldos`: {ruta, momento, motivo}."""
    import mmap
    import re

    # IGNORECASE de bytes solo iguala las letras ASCII: «LUCÍA» y «Lucía» se buscan cada una.
    buscados = [v.encode("utf-8") for t in dict.fromkeys(t.strip() for t in terminos if t and t.strip())
                for v in dict.fromkeys((t, t.lower(), t.upper(), t.title()))]
    if not buscados:
        return []
    # Palabra entera: «Ana Barbosa» no es «Luciana Barbosa» (ni mduarte@… es xmduarte@…).
    patron = re.compile(rb"(?<![A-Za-z0-9])(?:" + b"|".join(re.escape(t) for t in buscados) + rb")(?![A-Za-z0-9])",
                        re.IGNORECASE)
    salida = []
    for fila in listar_respaldos(ruta_base):
        if fila["pertenencia"] == "ajena":
            continue
        for archivo in (fila["ruta"], Path(str(fila["ruta"]) + "-wal")):
            try:
                with open(archivo, "rb") as abierto, mmap.mmap(abierto.fileno(), 0, access=mmap.ACCESS_READ) as datos:
                    encontrado = patron.search(datos) is not None
            except (OSError, ValueError):   # no está, o está vacío (mmap no abre un archivo de 0 bytes)
                continue
            if encontrado:
                salida.append({"ruta": fila["ruta"], "momento": fila["momento"], "motivo": fila["motivo"]})
                break
    return salida
