"""`escritorio publicar` sobre la red de ejemplo, como proceso completo (issue 45): publicar el sitio en una carpeta
nueva (emite las actas en PDF/A) y volver a publicarlo después de un cambio (una actividad nueva en una unidad: solo
cambia una página). Línea base, en el mismo proceso y alternada: `escritorio miembros listar` sobre la misma base
(arrancar el programa y abrir la base, lo que toda orden paga). Objetivos: publicar de nuevo tras un cambio cuesta
menos de la mitad que la primera publicación, y la primera tarda menos de 10 s."""

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OBJETIVO_PRIMERA_S = 10.0
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
        linea_base, primeras, de_nuevo = [], [], []
        for vez in range(VECES):
            linea_base.append(_orden(base, "miembros", "listar"))
            sitio = carpeta / f"sitio{vez}"
            primeras.append(_orden(base, "publicar", str(sitio)))
            _orden(base, "unidades", "actividad", str(unidad), "--titulo", f"Seminario {vez}")
            de_nuevo.append(_orden(base, "publicar", str(sitio)))
        paginas = len(list((carpeta / "sitio0").rglob("*.html")))
        tamano = sum(p.stat().st_size for p in (carpeta / "sitio0").rglob("*") if p.is_file())
    base_s, primera_s, otra_s = (statistics.median(x) for x in (linea_base, primeras, de_nuevo))
    razon = otra_s / primera_s
    cumple = primera_s < OBJETIVO_PRIMERA_S and razon < OBJETIVO_RAZON
    print(f"`escritorio publicar` (red de ejemplo: {paginas} páginas, {tamano // 1024} KB): primera {primera_s:.2f} s "
          f"({primera_s / base_s:.1f}× la línea base de {base_s:.2f} s), de nuevo tras un cambio {otra_s:.2f} s "
          f"({otra_s / base_s:.1f}× la base; {razon:.2f} de la primera). Objetivos: primera < {OBJETIVO_PRIMERA_S:.0f} s, "
          f"de nuevo < {OBJETIVO_RAZON:.1f} de la primera: {'OK' if cumple else 'NO CUMPLE'}", flush=True)
    return cumple


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
