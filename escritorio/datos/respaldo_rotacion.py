"""Los respaldos automáticos (al abrir, al cerrar, antes de restaurar o de migrar) y su rotación: 7 diarios, 4
semanales y 12 mensuales de los de apertura y cierre de esta misma base; y ninguno automático, ni las copias de
seguridad, con más de trece meses (`HORIZONTE`), salvo el más nuevo: así un dato que se suprimió (issue 65) no sobrevive
en los respaldos automáticos más que eso (docs/garantias.md, «Respaldos»). Los manuales nunca se borran solos.
"""

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from ..rutas import carpeta_respaldos
from . import testigo
from .respaldo import AUTOMATICOS, ROTADOS, nombre_propio, nombre_respaldo, sellar
from .respaldo_copia import asegurar_testigo, copiar_con_nombre_libre
from .respaldo_identidad import es_sano


_DIARIOS, _SEMANALES, _MENSUALES = 7, 4, 12
# Lo más que vive un respaldo automático (el mensual más viejo, con un mes de gracia): lo que se suprimió hoy sale de
# todos los respaldos automáticos a más tardar entonces.
HORIZONTE = timedelta(days=396)


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


def _rotables(carpeta: Path, prefijo: str, base_id: str | None,
              motivos: tuple[str, ...] = ROTADOS) -> list[tuple[datetime, Path]]:
    """Los respaldos de apertura y de cierre de esta base (misma identidad; o sin identidad y con su nombre
    exacto, si son anteriores a la 0009), del más nuevo al más viejo; con `motivos`, los de esos motivos. Un archivo
    de otra base nunca entra, aunque se llame igual."""
    encontrados = []
    import glob

    for ruta in carpeta.glob(f"{glob.escape(prefijo)}-*.db"):
        nombre = nombre_propio(ruta, prefijo)
        if not nombre or nombre[1] not in motivos:
            continue
        suya = testigo.identidad_de_archivo(ruta)
        # Sin identidad, solo si se lee y es de Escritorio: un archivo ilegible no se toca.
        if (suya == base_id) if suya is not None else es_sano(ruta):
            encontrados.append((nombre[0], ruta))
    return sorted(encontrados, reverse=True)


def rotar(carpeta: Path, prefijo: str, ahora: datetime, base_id: str | None = None) -> list[Path]:
    """Conserva 7 diarios, 4 semanales y 12 mensuales de los respaldos de apertura y cierre de esta base
    (el más nuevo de cada día, semana y mes) y borra los demás de apertura y cierre; y borra los automáticos y las
    copias de seguridad (antes de restaurar, antes de migrar) con más de `HORIZONTE`, salvo el automático más nuevo
    de todos. Los manuales y los de otras bases nunca se borran."""
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
    automaticos = _rotables(carpeta, prefijo, base_id, AUTOMATICOS)
    mas_nuevo = automaticos[0][1] if automaticos else None
    a_borrar = [ruta for _, ruta in rotables if ruta not in conservar]
    a_borrar += [ruta for momento, ruta in automaticos
                 if ruta != mas_nuevo and ahora - momento > HORIZONTE and ruta not in a_borrar]
    borrados = []
    for ruta in a_borrar:
        try:
            ruta.unlink(missing_ok=True)
        except OSError:   # en Windows, abierto en otro programa: queda para la próxima rotación, con su huella
            continue
        for acompanante in (Path(str(ruta) + ".sha256"), testigo.ruta_testigo(ruta)):
            try:
                acompanante.unlink(missing_ok=True)
            except OSError:
                pass
        borrados.append(ruta)
    return borrados


def vence_la_rotacion(ahora: datetime) -> datetime:
    """El día en que ya no queda ningún respaldo automático hecho hasta `ahora` (salvo que sea el único)."""
    return ahora + HORIZONTE
