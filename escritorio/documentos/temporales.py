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
    """Borra de `carpeta` los temporales de documentos abandonados; devuelve los que borró. Nunca falla."""
    ahora = time.time() if ahora is None else ahora
    borrados = []
    try:
        candidatos = [c for c in Path(carpeta).iterdir() if RESTO.match(c.name)]
    except OSError:
        return borrados
    for candidato in candidatos:
        try:
            if candidato.is_file() and not candidato.is_symlink() and ahora - candidato.stat().st_mtime > ANTIGUEDAD_S:
                candidato.unlink()
                borrados.append(candidato)
        except OSError:
            continue
    return borrados
