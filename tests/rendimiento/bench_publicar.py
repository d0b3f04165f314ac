"""`escritorio publicar` sobre la red de ejemplo, como proceso completo (issue 45): publicar el sitio en una carpeta
nueva (emite las actas en PDF/A) y volver a publicarlo después de un cambio (una actividad nueva en una unidad: solo
cambia una página). Lo mismo en los dos idiomas (`--idiomas es,pt`: el doble de páginas y las actas emitidas en
portugués; tras el cambio, dos páginas). Línea base, en el mismo proceso y alternada: `escritorio miembros listar`
sobre la misma base (arrancar el programa y abrir la base, lo que toda orden paga). Objetivos: publicar de nuevo tras
un cambio cuesta menos de la mitad que la primera publicación, y la primera tarda menos de 10 s (20 s en dos
idiomas)."""

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from comun import cifra

OBJETIVO_PRIMERA_S = 10.0
OBJETIVO_PRIMERA_DOS_IDIOMAS_S = 20.0
OBJETIVO_RAZON = 0.5
VECES = 3


def _orden(base: Path, *argv: str) -> float:
    inicio = time.perf_counter()
    hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(base), *argv], capture_output=True,
                           text=True)
    duracion = time.perf_counter() - inicio
    if hecho.returncode != 0:
        raise RuntimeError(f"`escritorio {' '.join(argv)}` falló ({hecho.returncode}): {hecho.stderr.strip()}")
    return duracion


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = Path(temporal)
        base = carpeta / "demo.db"
        subprocess.run([sys.executable, "-m", "escritorio", "--db", str(base), "demo"], check=True,
                       capture_output=True)
        organos = json.loads(subprocess.run([sys.executable, "-m", "escritorio", "--db", str(base), "organos",
                                             "listar", "--json"], check=True, capture_output=True, text=True).stdout)
        unidad = next(o["id"] for o in organos if o["tipo"] == "unidad_tematica")
        linea_base, primeras, de_nuevo, primeras_dos, de_nuevo_dos = [], [], [], [], []
        for vez in range(VECES):
            linea_base.append(_orden(base, "miembros", "listar"))
            sitio, sitio_dos = carpeta / f"sitio{vez}", carpeta / f"dos{vez}"
            primeras.append(_orden(base, "publicar", str(sitio)))
            primeras_dos.append(_orden(base, "publicar", str(sitio_dos), "--idiomas", "es,pt"))
            _orden(base, "unidades", "actividad", str(unidad), "--titulo", f"Seminario {vez}")
            de_nuevo.append(_orden(base, "publicar", str(sitio)))
            de_nuevo_dos.append(_orden(base, "publicar", str(sitio_dos), "--idiomas", "es,pt"))
        tamanos = {}
        for nombre in ("sitio0", "dos0"):
            raiz = carpeta / nombre
            tamanos[nombre] = (len(list(raiz.rglob("*.html"))), sum(p.stat().st_size for p in raiz.rglob("*")
                                                                     if p.is_file()) // 1024)
    base_s = statistics.median(linea_base)
    cumple = True
    for que, (paginas, kb), primera, otra, limite in (
            ("en un idioma", tamanos["sitio0"], primeras, de_nuevo, OBJETIVO_PRIMERA_S),
            ("en dos idiomas (--idiomas es,pt)", tamanos["dos0"], primeras_dos, de_nuevo_dos,
             OBJETIVO_PRIMERA_DOS_IDIOMAS_S)):
        primera_s, otra_s = statistics.median(primera), statistics.median(otra)
        razon = otra_s / primera_s
        cifra(f"publicar {que}, la primera vez", primera_s, "s")
        cifra(f"publicar {que}, de nuevo tras un cambio", otra_s, "s")
        bien = primera_s < limite and razon < OBJETIVO_RAZON
        cumple = cumple and bien
        print(f"`escritorio publicar` {que} (red de ejemplo: {paginas} páginas, {kb} KB): primera {primera_s:.2f} s "
              f"({primera_s / base_s:.1f}× la línea base de {base_s:.2f} s), de nuevo tras un cambio {otra_s:.2f} s "
              f"({otra_s / base_s:.1f}× la base; {razon:.2f} de la primera). Objetivos: primera < {limite:.0f} s, "
              f"de nuevo < {OBJETIVO_RAZON:.1f} de la primera: {'OK' if bien else 'NO CUMPLE'}", flush=True)
    return cumple


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
