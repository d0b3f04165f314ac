"""La base dañada (se aparta con la fecha, con sus diarios) y los restos de copias interrumpidas (temporales que
nadie toca hace un rato), que se borran al abrir.
"""

import os
import time
from datetime import datetime
from pathlib import Path

from ..rutas import carpeta_respaldos, expandir
from .respaldo import ANTIGUEDAD_MINIMA_RESTOS_S, DIARIOS_DE_UN_TEMPORAL, SUFIJOS_DIARIO


def apartar_danada(ruta_base: Path, momento: datetime | None = None) -> Path:
    """Renombra una base dañada (y su diario) con fecha y hora; nunca la sobrescribe ni la borra."""
    momento = momento or datetime.now()
    destino = ruta_base.with_name(f"{ruta_base.name}.danada-{momento:%Y%m%d-%H%M%S}")
    numero = 2
    while destino.exists():
        destino = ruta_base.with_name(f"{ruta_base.name}.danada-{momento:%Y%m%d-%H%M%S}-{numero}")
        numero += 1
    os.replace(ruta_base, destino)
    for sufijo in SUFIJOS_DIARIO:
        diario = Path(str(ruta_base) + sufijo)
        if diario.exists():
            os.replace(diario, Path(str(destino) + sufijo))
    return destino


def _quieto_desde(ruta: Path) -> float:
    """Segundos desde la última escritura del temporal o de cualquiera de sus diarios."""
    ultimos = [p.stat().st_mtime for p in (ruta, *(Path(str(ruta) + s) for s in DIARIOS_DE_UN_TEMPORAL)) if p.exists()]
    return time.time() - max(ultimos) if ultimos else 0.0


def limpiar_restos(ruta_base: Path, antiguedad_minima_s: float = ANTIGUEDAD_MINIMA_RESTOS_S) -> list[Path]:
    """Borra los temporales de respaldos y restauraciones interrumpidos (proceso matado, corte de luz): los
    `*.parcial` de la carpeta de respaldos, `<base>.restaurando` (con su `.parcial`) y los diarios de ESOS
    archivos. Solo si llevan `antiguedad_minima_s` sin cambiar (una copia en curso escribe sin pausa).
    Nunca toca la base ni su diario -wal/-shm (tienen datos confirmados). Un fallo no impide abrir."""
    ruta_base = expandir(ruta_base)
    try:
        base = ruta_base.resolve()
        candidatos = [base.with_name(base.name + ".restaurando")]
        respaldos = carpeta_respaldos(base)
        if respaldos.is_dir():
            for sufijo in ("", *DIARIOS_DE_UN_TEMPORAL):  # también el diario que quedó sin su temporal
                candidatos += [Path(str(p)[: len(str(p)) - len(sufijo)]) for p in respaldos.glob(f"*.parcial{sufijo}")]
    except OSError:
        return []
    protegidos = {base, *(Path(str(base) + s) for s in SUFIJOS_DIARIO)}
    borrados = []
    for ruta in dict.fromkeys(candidatos):
        try:
            restos = [p for p in (ruta, *(Path(str(ruta) + s) for s in DIARIOS_DE_UN_TEMPORAL)) if p.exists()]
            if not restos or any(p.resolve() in protegidos for p in restos):
                continue
            if _quieto_desde(ruta) < antiguedad_minima_s:
                continue
            for resto in restos:
                resto.unlink()
                borrados.append(resto)
        except OSError:
            continue
    return borrados
