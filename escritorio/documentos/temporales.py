"""Los temporales que deja un documento a medio escribir y cómo se limpian.

Un PDF se escribe en `.<nombre>.<8 cifras>.tmp` (y su conversión a PDF/A en `….tmp.<8 cifras>.pdfa`) y un libro de
Excel en `.<nombre>.parcial.xlsx`, en la misma carpeta del destino, y se renombran al terminar. Si el proceso muere en
el medio (SIGKILL, un corte de luz), quedan ocultos en la carpeta de la persona. La próxima escritura en esa carpeta
borra los que tienen EXACTAMENTE esos nombres y llevan un rato sin cambiar (su escritor ya no está): nunca otro archivo.
"""

import re
import time
from pathlib import Path

RESTO = re.compile(r"^\..+(?:\.[0-9a-f]{8}\.tmp(?:\.[0-9a-f]{8}\.pdfa)?|\.parcial\.xlsx)$")
ANTIGUEDAD_S = 300  # ningún documento tarda tanto en escribirse: uno más viejo quedó de un proceso que murió


def limpiar_restos(carpeta: Path | str, ahora: float | None = None) -> list[Path]:
    """Borra de `carpeta` los temporales de documentos abandonados; devuelve los que borró. Nunca falla.

    Sin `ahora`, la hora es la del disco de la carpeta (`_hora_de_la_carpeta`), no la de esta computadora: en una
    carpeta de red, las fechas las pone el servidor, y con su reloj unos minutos atrasado los temporales recién
    creados por esta misma escritura (un PDF y su Excel juntos) parecían abandonados y se borraban a mitad."""
    borrados = []
    try:
        candidatos = [c for c in Path(carpeta).iterdir() if RESTO.match(c.name)]
    except OSError:
        return borrados
    fechas = {}
    for candidato in candidatos:
        try:
            if candidato.is_file() and not candidato.is_symlink():
                fechas[candidato] = candidato.stat().st_mtime
        except OSError:
            continue
    if ahora is None:
        ahora = _hora_de_la_carpeta(Path(carpeta), fechas.values())
    for candidato, fecha in fechas.items():
        if ahora - fecha > ANTIGUEDAD_S:
            try:
                candidato.unlink()
                borrados.append(candidato)
            except OSError:
                continue
    return borrados


def _hora_de_la_carpeta(carpeta: Path, fechas) -> float:
    """La hora más reciente que el disco anotó en la carpeta: la de la carpeta misma (cambia con cada archivo que se
    crea o se borra en ella) o la de un temporal. Un temporal es abandonado si lleva ANTIGUEDAD_S sin cambiar
    contada con ese reloj; uno de una carpeta sin otra actividad desde entonces se borra en una escritura posterior.
    Sin poder leer la carpeta, la hora de esta computadora."""
    try:
        return max([carpeta.stat().st_mtime, *fechas])
    except OSError:
        return time.time()
