"""`escritorio --help` como proceso completo, frente a `python -c pass`; no debe importar Qt."""

import subprocess
import sys

from comun import informar, medir


def main() -> bool:
    base = medir(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), repeticiones=7)
    nuestro = medir(lambda: subprocess.run([sys.executable, "-m", "escritorio", "--help"], check=True,
                                           capture_output=True), repeticiones=7)
    importados = subprocess.run([sys.executable, "-X", "importtime", "-m", "escritorio", "--help"],
                                capture_output=True, text=True).stderr
    sin_qt = "PySide6" not in importados
    print(f"`escritorio --help`: {nuestro * 1000:.0f} ms · `python -c pass`: {base * 1000:.0f} ms · "
          f"diferencia {(nuestro - base) * 1000:.0f} ms · importa Qt: {'no' if sin_qt else 'SÍ (MAL)'}")
    return sin_qt and informar("Arranque de la CLI", base, nuestro, float("inf"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
