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

    Abandonado es viejo según los dos relojes que pudieron ponerle la fecha: el de esta computadora (`ahora`) y el
    del disco de la carpeta (`_hora_del_disco`). En una carpeta de red, el servidor pone la fecha a lo que se crea y
    esta computadora a lo que se copia con su fecha cambiada (la copia del anterior de `salida.escribir_juntos`): con
    los relojes desparejos, mirar uno solo tomaba por abandonado un temporal recién hecho por esta misma escritura (el
    Excel de la memoria borraba a mitad el PDF que se escribía con él)."""
    ahora = time.time() if ahora is None else ahora
    borrados = []
    try:
        candidatos = [c for c in Path(carpeta).iterdir() if RESTO.match(c.name)]
    except OSError:
        return borrados
    del_disco = _hora_del_disco(Path(carpeta), ahora)
    for candidato in candidatos:
        try:
            if not candidato.is_file() or candidato.is_symlink():
                continue
            fecha = candidato.stat().st_mtime
            if ahora - fecha > ANTIGUEDAD_S and del_disco - fecha > ANTIGUEDAD_S:
                candidato.unlink()
                borrados.append(candidato)
        except OSError:
            continue
    return borrados


def _hora_del_disco(carpeta: Path, ahora: float) -> float:
    """La última hora que el disco anotó en la carpeta: la de la carpeta misma, que cambia con cada archivo que se
    crea, se renombra o se borra en ella (un temporal abandonado sin otra actividad desde entonces se borra en una
    escritura posterior). Sin poder leerla, la de esta computadora."""
    try:
        return carpeta.stat().st_mtime
    except OSError:
        return ahora
