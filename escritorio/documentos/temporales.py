"""Los temporales que deja un documento a medio escribir y cómo se limpian.

Un PDF se escribe en `.<nombre>.<8 cifras>.tmp` (y su conversión a PDF/A en `….tmp.<8 cifras>.pdfa`) y un libro de
Excel en `.<nombre>.parcial.xlsx`, en la misma carpeta del destino, y se renombran al terminar. Si el proceso muere en
el medio (SIGKILL, un corte de luz), quedan ocultos en la carpeta de la persona. La próxima escritura en esa carpeta
borra los que tienen EXACTAMENTE esos nombres y llevan un rato sin cambiar (su escritor ya no está): nunca otro archivo.
"""

import os
import re
import time
from pathlib import Path

RESTO = re.compile(r"^\..+(?:\.[0-9a-f]{8}\.tmp(?:\.[0-9a-f]{8}\.pdfa)?|\.parcial\.xlsx)$")
ANTIGUEDAD_S = 300  # ningún documento tarda tanto en escribirse: uno más viejo quedó de un proceso que murió


def limpiar_restos(carpeta: Path | str, ahora: float | None = None) -> list[Path]:
    """Borra de `carpeta` los temporales de documentos abandonados; devuelve los que borró. Nunca falla.

    Abandonado es viejo según los dos relojes que pudieron ponerle la fecha: el de esta computadora (`ahora`) y el
    del disco de la carpeta (`_hora_del_disco`, la fecha que el disco pone a un archivo nuevo). En una carpeta de red, el servidor pone la fecha a lo que se crea y
    esta computadora a lo que se copia con su fecha cambiada (la copia del anterior de `salida.escribir_juntos`): con
    los relojes desparejos, mirar uno solo tomaba por abandonado un temporal recién hecho por esta misma escritura (el
    Excel de la memoria borraba a mitad el PDF que se escribía con él)."""
    ahora = time.time() if ahora is None else ahora
    borrados = []
    try:
        candidatos = [c for c in Path(carpeta).iterdir() if RESTO.match(c.name)]
    except OSError:
        return borrados
    del_disco = None   # se pregunta solo si hace falta: casi nunca hay un temporal viejo para esta computadora
    for candidato in candidatos:
        try:
            if not candidato.is_file() or candidato.is_symlink():
                continue
            fecha = candidato.stat().st_mtime
            if ahora - fecha <= ANTIGUEDAD_S:
                continue
            del_disco = _hora_del_disco(Path(carpeta), ahora) if del_disco is None else del_disco
            if del_disco - fecha > ANTIGUEDAD_S:
                candidato.unlink()
                borrados.append(candidato)
        except OSError:
            continue
    return borrados


def _hora_del_disco(carpeta: Path, ahora: float) -> float:
    """La hora de ahora según el disco de la carpeta: la fecha que pone a un archivo que se crea (se borra enseguida;
    su nombre no es el de un temporal de documento). Sin poder crearlo (carpeta de solo lectura), la de la carpeta
    misma, la de lo último que se creó o borró en ella; sin poder leerla, la de esta computadora."""
    import tempfile   # solo aquí: casi ninguna escritura llega a preguntarlo

    try:
        with tempfile.NamedTemporaryFile(dir=carpeta, prefix=".escritorio-hora-") as prueba:
            return os.fstat(prueba.fileno()).st_mtime
    except OSError:
        pass
    try:
        return carpeta.stat().st_mtime
    except OSError:
        return ahora
