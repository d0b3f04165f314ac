"""Corre pytest y dice al final cuánto tardó: el reloj y la CPU de todos sus procesos (los de pytest-xdist y lo que
ellos lanzan), contra la meta de la corrida (CONTRIBUTING.md, «Pruebas»). Lo usan `make rapido` y `make test`:

    python tests/corrida_medida.py ETIQUETA SEGUNDOS_DE_RELOJ SEGUNDOS_DE_CPU -- ARGUMENTOS DE PYTEST

Una meta de 0 no se mide (`make test` no tiene meta de CPU). Devuelve el estado de salida de pytest: la meta se
informa, no hace fallar la corrida (una máquina cargada no es una prueba que falla). Si la corrida falla y cruzó la
medianoche, lo dice: la red de ejemplo de la corrida se arma una vez, con el día en que empezó, y las pruebas que la
comparan con «hoy» (un mandato que vence hoy, una regla desde hoy) fallan por eso, no por el programa.
"""

import datetime
import subprocess
import sys
import time

try:
    import resource
except ImportError:   # Windows: solo el reloj
    resource = None


def _cpu_de_los_hijos() -> float:
    if resource is None:
        return 0.0
    uso = resource.getrusage(resource.RUSAGE_CHILDREN)
    return uso.ru_utime + uso.ru_stime


def _veredicto(valor: float, meta: float) -> str:
    return "" if not meta else (f" (meta: menos de {meta:.0f} s: " + ("cumple" if valor < meta else "NO cumple") + ")")


def principal(argumentos: list[str]) -> int:
    etiqueta, meta_reloj, meta_cpu = argumentos[0], float(argumentos[1]), float(argumentos[2])
    orden = argumentos[argumentos.index("--") + 1:]
    antes, cpu_antes, dia = time.monotonic(), _cpu_de_los_hijos(), datetime.date.today()
    estado = subprocess.call([sys.executable, "-m", "pytest", *orden])
    if estado and datetime.date.today() != dia:
        print(f"{etiqueta}: la corrida empezó el {dia:%d/%m/%Y} y terminó el {datetime.date.today():%d/%m/%Y}: "
              "las pruebas que comparan la red de ejemplo (armada al empezar) con «hoy» pueden fallar por eso. "
              "Córrala otra vez.", flush=True)
    reloj, cpu = time.monotonic() - antes, _cpu_de_los_hijos() - cpu_antes
    linea = f"{etiqueta}: {reloj:.0f} s de reloj{_veredicto(reloj, meta_reloj)}"
    if resource is not None:
        linea += f", {cpu:.0f} s de CPU{_veredicto(cpu, meta_cpu)}"
    print(linea, flush=True)
    return estado


if __name__ == "__main__":
    sys.exit(principal(sys.argv[1:]))
