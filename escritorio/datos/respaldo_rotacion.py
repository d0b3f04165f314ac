"""Los respaldos automáticos (al abrir, al cerrar, antes de restaurar o de migrar) y su rotación: 7 diarios, 4
semanales y 12 mensuales de los de apertura y cierre de esta misma base; las copias de seguridad y los manuales nunca
se borran solos.
"""

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..rutas import carpeta_respaldos
from . import testigo
from .respaldo import ROTADOS, nombre_propio, nombre_respaldo, sellar
from .respaldo_copia import asegurar_testigo, copiar_con_nombre_libre
from .respaldo_identidad import es_sano


_DIARIOS, _SEMANALES, _MENSUALES = 7, 4, 12


def respaldar_automaticamente(conn: sqlite3.Connection, ruta_base: Path, motivo: str,
                              momento: datetime | None = None, *,
                              interrumpir: Callable[[], None] | None = None) -> Path:
    """Respaldo automático sellado con su huella (calculada al copiarlo), y luego la rotación de los automáticos.
    `interrumpir()`: ver `copiar_a` (RespaldoInterrumpido: no queda nada nuevo)."""
    ruta_base = Path(ruta_base)
    destino, huella = copiar_con_nombre_libre(conn, carpeta_respaldos(ruta_base),
                                               nombre_respaldo(ruta_base, motivo, momento), con_huella=True,
                                               interrumpir=interrumpir)
    sellar(destino, huella)
    asegurar_testigo(conn, ruta_base)
    testigo.anotar_respaldo(conn, destino)
    rotar(carpeta_respaldos(ruta_base), ruta_base.stem, momento or datetime.now(), testigo.identidad(conn))
    return destino


def _rotables(carpeta: Path, prefijo: str, base_id: str | None) -> list[tuple[datetime, Path]]:
    """Los respaldos de apertura y de cierre de esta base (misma identidad; o sin identidad y con su nombre
    exacto, si son anteriores a la 0009). Un archivo de otra base nunca entra, aunque se llame igual."""
    encontrados = []
    import glob

    for ruta in carpeta.glob(f"{glob.escape(prefijo)}-*.db"):
        nombre = nombre_propio(ruta, prefijo)
        if not nombre or nombre[1] not in ROTADOS:
            continue
        suya = testigo.identidad_de_archivo(ruta)
        # Sin identidad, solo si se lee y es de Escritorio: un archivo ilegible no se toca.
        if (suya == base_id) if suya is not None else es_sano(ruta):
            encontrados.append((nombre[0], ruta))
    return sorted(encontrados, reverse=True)


def rotar(carpeta: Path, prefijo: str, ahora: datetime, base_id: str | None = None) -> list[Path]:
    """Conserva 7 diarios, 4 semanales y 12 mensuales de los respaldos de apertura y cierre de esta base
    (el más nuevo de cada día, semana y mes) y borra los demás de apertura y cierre. Las copias de
    seguridad (antes de restaurar, antes de migrar), los manuales y los de otras bases nunca se borran."""
    rotables = _rotables(carpeta, prefijo, base_id)
    conservar: set[Path] = set()
    for clave, cantidad in ((lambda m: m.date(), _DIARIOS), (lambda m: m.isocalendar()[:2], _SEMANALES),
                            (lambda m: (m.year, m.month), _MENSUALES)):
        vistos = []
        for momento, ruta in rotables:
            periodo = clave(momento)
            if periodo not in vistos:
                vistos.append(periodo)
                if len(vistos) <= cantidad:
                    conservar.add(ruta)
    borrados = []
    for _, ruta in rotables:
        if ruta not in conservar:
            ruta.unlink(missing_ok=True)
            Path(str(ruta) + ".sha256").unlink(missing_ok=True)
            testigo.ruta_testigo(ruta).unlink(missing_ok=True)
            borrados.append(ruta)
    return borrados
