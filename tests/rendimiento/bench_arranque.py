"""Una orden de la CLI como la espera quien la escribe: `escritorio --db BASE asociacion listar`, proceso entero (abrir
la base con sus comprobaciones, leer, imprimir), frente a un proceso de Python que abre el mismo archivo con sqlite3 y
lee las mismas filas. Pares alternados, medianas. Con la red de ejemplo y con la base de una tesorería de 100.000
miembros con diez años de cuotas y pagos (tests/rendimiento/bases.py), sellada como la deja el uso de todos los días.

Metas (issue #17): la orden en menos de 0,3 s también con 100.000 miembros, y sin importar Qt. La primera orden
después de que el archivo cambió por fuera de Escritorio o pasó una semana (datos/integridad.py) se mide aparte, con
el sello borrado antes de cada corrida; su meta (issue #48) es menos de 0,5 s.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

import bases
from comun import alternar, correr_proceso, objetivo

GRANDE = 100_000
LINEA_BASE = ("import sqlite3, sys\n"
              "c = sqlite3.connect(sys.argv[1])\n"
              "print(c.execute('SELECT a.id, a.nombre, a.sigla, (SELECT count(*) FROM miembros m "
              "WHERE m.asociacion_id = a.id) FROM asociaciones a').fetchall())\n")


def _demo(carpeta: Path) -> Path:
    ruta = carpeta / "demo.db"
    subprocess.run([sys.executable, "-m", "escritorio", "--db", str(ruta), "demo"], check=True, capture_output=True)
    return ruta


def _grande(carpeta: Path) -> Path:
    """La base de una tesorería de 100.000 miembros con diez años de cuotas y pagos (bases.py)."""
    return bases.copia(GRANDE, carpeta / "grande.db")


def _sin_sello(ruta: Path) -> None:
    """Borra el sello de la última comprobación completa: la próxima orden recorre la base entera."""
    from escritorio.datos import testigo

    anotado = testigo.leer(ruta)
    if anotado is not None:
        anotado.comprobada = None
        testigo.escribir(ruta, anotado)


def _comparar(nombre: str, ruta: Path) -> bool:
    orden = [sys.executable, "-m", "escritorio", "--db", str(ruta), "asociacion", "listar"]
    linea_base = [sys.executable, "-c", LINEA_BASE, str(ruta)]
    correr_proceso(orden)  # la primera orden sobre la base recién armada la comprueba entera y la sella
    comparacion = alternar(lambda: correr_proceso(linea_base), lambda: correr_proceso(orden), pares=7)
    tamano = ruta.stat().st_size / 2**20
    print(f"`asociacion listar` ({nombre}, {tamano:.0f} MB): línea base {comparacion.segundos_base:.3f} s · "
          f"Escritorio {comparacion.segundos:.3f} s · razón {comparacion.razon:.2f}x · "
          f"pico {comparacion.pico_mb:.0f} MB", flush=True)
    cumple = objetivo(f"orden de la CLI ({nombre})", comparacion.segundos, 0.3, "s")

    def sin_sello():
        _sin_sello(ruta)
        return correr_proceso(orden)

    completa = alternar(lambda: correr_proceso(linea_base), sin_sello, pares=5)
    print(f"  la primera orden tras un cambio por fuera o una semana: "
          f"{completa.segundos:.3f} s · razón {completa.razon:.2f}x · procesador {completa.cpu:.3f} s", flush=True)
    return objetivo(f"primera orden después de un cambio por fuera ({nombre})", completa.segundos, 0.5, "s") and cumple


def main() -> bool:
    importados = subprocess.run([sys.executable, "-X", "importtime", "-m", "escritorio", "--help"],
                                capture_output=True, text=True).stderr
    sin_qt = "PySide6" not in importados
    print(f"`escritorio --help` importa Qt: {'no' if sin_qt else 'SÍ (MAL)'}")
    with tempfile.TemporaryDirectory() as carpeta:
        cumple = [_comparar("red de ejemplo", _demo(Path(carpeta))),
                  _comparar(f"{GRANDE:,} miembros".replace(",", "."), _grande(Path(carpeta)))]
    return sin_qt and all(cumple)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
