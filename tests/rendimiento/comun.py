"""Piezas comunes de los bancos de pruebas: datos realistas (GeoNames) y medición en el mismo proceso."""

import csv
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from cifras import Cifra
from escritorio.recursos import ciudades_geonames

ENCABEZADOS = ["Nombre", "País", "Región", "Código", "Población", "Año de la población", "Fuente", "Tipo",
               "Fecha de ingreso", "Autoridad", "Cargo", "Correo", "Teléfono"]


def filas_miembros(cantidad: int = 16_000) -> list[list]:
    """`cantidad` miembros con nombres únicos: las ciudades reales repetidas con un número de distrito."""
    with open(ciudades_geonames(), encoding="utf-8", newline="") as archivo:
        ciudades = list(csv.DictReader(archivo))
    filas = []
    for i in range(cantidad):
        c = ciudades[i % len(ciudades)]
        vuelta = i // len(ciudades)
        nombre = c["nombre"] if vuelta == 0 else f"{c['nombre']} (distrito {vuelta + 1})"
        filas.append([nombre, c["pais_iso2"], f"Región {c['admin1']}", f"G{c['geonameid']}-{vuelta}",
                      int(c["poblacion"]), 2015, "GeoNames", "Municipio",
                      date(1995 + i % 30, 1 + i % 12, 1 + i % 28), f"Persona {i}", "Alcalde",
                      f"contacto{i}@ejemplo.org", f"+54 11 4000 {i:04d}"])
    return filas


def miles(numero: int) -> str:
    return f"{numero:,}".replace(",", ".")


def escribir_xlsx(ruta: Path, filas: list[list]) -> Path:
    from openpyxl import Workbook

    libro = Workbook(write_only=True)
    hoja = libro.create_sheet("Padrón")
    hoja.append(ENCABEZADOS)
    for fila in filas:
        hoja.append(fila)
    libro.save(ruta)
    return ruta


def medir(funcion, repeticiones: int = 3) -> float:
    """Mediana de varios tiempos (segundos); cada llamada prepara su propio estado."""
    tiempos = []
    for _ in range(repeticiones):
        inicio = time.perf_counter()
        funcion()
        tiempos.append(time.perf_counter() - inicio)
    return statistics.median(tiempos)


def medir_alternado(funciones, repeticiones: int = 3) -> list[float]:
    """Mediana de los tiempos (segundos) de cada función, corridas por turno (A, B, C, A, B, C…): una racha de
    carga de la máquina afecta a todas por igual en lugar de a la que se midió en ese momento."""
    tiempos = [[] for _ in funciones]
    for _ in range(repeticiones):
        for i, funcion in enumerate(funciones):
            inicio = time.perf_counter()
            funcion()
            tiempos[i].append(time.perf_counter() - inicio)
    return [statistics.median(t) for t in tiempos]


# --- las cifras de la corrida (cifras.py las compara con las aceptadas) ------------------------------------------

CIFRAS: list[Cifra] = []
# El banco que corre: lo fija ejecutar.py antes de cada uno; un banco corrido solo es el archivo que se corrió.
BANCO = {"actual": Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else "banco"}


def cifra(nombre: str, valor: float, unidad: str, menor_es_mejor: bool = True) -> None:
    """La única manera en que un banco informa una cifra principal (segundos, razón, MB…): queda anotada para
    compararla con la aceptada al final de `make bench`. `nombre`, estable entre corridas (sin valores medidos)."""
    banco = BANCO["actual"]
    usados = {c.nombre for c in CIFRAS if c.banco == banco}
    nombre_unico, vez = nombre, 1
    while nombre_unico in usados:
        vez += 1
        nombre_unico = f"{nombre} ({vez})"
    CIFRAS.append(Cifra(banco, nombre_unico, float(valor), unidad, menor_es_mejor))


def informar(nombre: str, base: float, nuestro: float, limite: float, unidad: str = "s") -> bool:
    import math

    if not math.isfinite(limite):
        raise ValueError(f"{nombre}: la meta necesita un límite finito (no «≤ {limite}x»)")
    razon = nuestro / base if base else float("inf")
    cumple = razon <= limite
    cifra(f"{nombre} (razón)", razon, "x")
    print(f"{nombre}: base {base:.3f} {unidad} · Escritorio {nuestro:.3f} {unidad} · razón {razon:.2f}x "
          f"(objetivo ≤ {limite}x) {'OK' if cumple else 'NO CUMPLE'}", flush=True)
    return cumple


# --- procesos reales, alternados --------------------------------------------------------------------------------

class Corrida:
    """Lo que midió una corrida de un proceso: segundos de reloj y el pico de memoria residente del proceso (MB); con
    una marca (`correr_hasta_marca`), `hasta_salir`: los segundos de la marca al final del proceso."""

    def __init__(self, segundos: float, pico_mb: float, salida: str, hasta_salir: float | None = None,
                 cpu: float | None = None, hasta_la_ultima: float | None = None):
        self.segundos, self.pico_mb, self.salida, self.hasta_salir = segundos, pico_mb, salida, hasta_salir
        # con varias marcas (`correr_hasta_marca(…, despues=…)`): los segundos hasta la última
        self.hasta_la_ultima = segundos if hasta_la_ultima is None else hasta_la_ultima
        self.cpu = cpu  # segundos de procesador (usuario + sistema) del proceso entero: lo que el ruido no cambia tanto


# El proceso medido no lo lanza el banco sino un lanzador mínimo: en Linux el pico de memoria que informa wait4
# arrastra el del proceso que lo lanzó (exec hereda la marca de agua de la memoria del padre), y el banco, que
# armó bases de 100.000 miembros, pesa cientos de MB. El lanzador pesa ~10 MB, menos que cualquier proceso medido,
# y anota cuándo lanzó y cuándo terminó el proceso (reloj monótono, el mismo en todos los procesos).
_LANZADOR = """import os, sys, time
inicio = time.monotonic()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, estado, uso = os.wait4(pid, 0)
fin = time.monotonic()
with open(sys.argv[1], "w") as anotacion:
    anotacion.write(f"{inicio} {fin} {uso.ru_maxrss} {os.waitstatus_to_exitcode(estado)} {uso.ru_utime + uso.ru_stime}")
"""


_CODIGO_COMPILADO = tempfile.mkdtemp(prefix="bench-pycache-")


def _como_instalado(entorno: dict | None) -> dict:
    """El entorno de un proceso medido, con el código compilado (.pyc) guardado y reusado como en una instalación
    (pip y PyInstaller los guardan). Algunos entornos piden PYTHONDONTWRITEBYTECODE: sin esto cada proceso medido
    recompilaría los módulos del programa (unos 20 ms) y la línea base, de una sola línea, no."""
    import os

    entorno = {k: v for k, v in (os.environ if entorno is None else entorno).items()
               if k != "PYTHONDONTWRITEBYTECODE"}
    entorno.setdefault("PYTHONPYCACHEPREFIX", _CODIGO_COMPILADO)
    return entorno


def _lanzar(orden: list[str], entorno: dict | None, carpeta: Path | None, stderr):
    """(proceso lanzador, archivo donde anota inicio, fin, pico en KB y estado de salida del proceso medido)."""
    import subprocess
    import sys

    entorno = _como_instalado(entorno)
    anotacion = Path(tempfile.mkstemp(prefix="medicion-", suffix=".txt")[1])
    proceso = subprocess.Popen([sys.executable, "-c", _LANZADOR, str(anotacion), *map(str, orden)], env=entorno,
                               cwd=carpeta, stdout=subprocess.PIPE, stderr=stderr, text=True)
    return proceso, anotacion


def _leer_anotacion(proceso, anotacion: Path) -> tuple[float, float, float, int, float]:
    proceso.wait()
    try:
        inicio, fin, pico_kb, estado, cpu = anotacion.read_text().split()
    finally:
        anotacion.unlink(missing_ok=True)
    return float(inicio), float(fin), int(pico_kb) / 1024, int(estado), float(cpu)  # ru_maxrss en KB en Linux


def correr_proceso(orden: list[str], entorno: dict | None = None, carpeta: Path | None = None) -> Corrida:
    """Corre `orden` como proceso y espera que termine bien: su tiempo de reloj y su pico de memoria (wait4)."""
    import subprocess

    proceso, anotacion = _lanzar(orden, entorno, carpeta, subprocess.STDOUT)
    salida = proceso.stdout.read()
    inicio, fin, pico_mb, estado, cpu = _leer_anotacion(proceso, anotacion)
    if estado != 0:
        raise RuntimeError(f"{' '.join(map(str, orden))} terminó con {estado}:\n{salida[-2000:]}")
    return Corrida(fin - inicio, pico_mb, salida, cpu=cpu)


class Comparacion:
    """Medianas de la línea base y de Escritorio medidas en pares alternados (A, B, A, B…)."""

    def __init__(self, base: list[Corrida], nuestro: list[Corrida]):
        self.base, self.nuestro = base, nuestro
        self.segundos_base = statistics.median(c.segundos for c in base)
        self.segundos = statistics.median(c.segundos for c in nuestro)
        self.pico_mb = max(c.pico_mb for c in nuestro)
        self.cpu_base = statistics.median(c.cpu for c in base) if all(c.cpu is not None for c in base) else None
        self.cpu = statistics.median(c.cpu for c in nuestro) if all(c.cpu is not None for c in nuestro) else None
        self.razon = self.segundos / self.segundos_base


def alternar(base, nuestro, pares: int = 5) -> Comparacion:
    """Corre `base()` y `nuestro()` (cada una devuelve una Corrida) alternadas, `pares` veces cada una: una racha de
    carga de la máquina cae sobre las dos, no sobre la que se medía en ese momento."""
    if pares < 5:
        raise ValueError("al menos 5 pares: con menos, la mediana no dice nada")
    corridas_base, corridas_nuestras = [], []
    for _ in range(pares):
        corridas_base.append(base())
        corridas_nuestras.append(nuestro())
    return Comparacion(corridas_base, corridas_nuestras)


def objetivo(nombre: str, valor: float, limite: float, unidad: str) -> bool:
    """Imprime una meta con su valor y si se cumple. Una meta sin límite finito no es una meta."""
    import math

    if not math.isfinite(limite):
        raise ValueError(f"{nombre}: la meta necesita un límite finito (no «≤ {limite}»)")
    cumple = valor <= limite
    cifra(nombre, valor, unidad)
    unidad = f" {unidad}" if unidad else ""
    print(f"  meta {nombre}: {valor:.2f}{unidad} (≤ {limite:g}{unidad}) {'cumple' if cumple else 'NO CUMPLE'}",
          flush=True)
    return cumple


def correr_hasta_marca(orden: list[str], marca: str, entorno: dict | None = None, despues: str | None = None) -> Corrida:
    """Como `correr_proceso`, pero el tiempo es hasta que el proceso escribe la línea `marca` (lo que la persona
    espera: hasta ver la ventana), no hasta que termina; la memoria es el pico del proceso entero, y `hasta_salir`
    los segundos desde la última marca hasta que el proceso terminó (la ventana que se cierra en cuanto se pinta: lo
    que espera quien la cierra). Con `despues`, otra línea que el proceso escribe más tarde (la ventana con todo
    cargado): `hasta_la_ultima`, los segundos hasta ella."""
    import subprocess

    proceso, anotacion = _lanzar(orden, entorno, None, subprocess.DEVNULL)
    momentos: dict[str, float] = {}
    lineas = []
    for linea in proceso.stdout:
        lineas.append(linea)
        if linea.strip() in (marca, despues) and linea.strip() not in momentos:
            momentos[linea.strip()] = time.monotonic()
    inicio, fin, pico_mb, estado, cpu = _leer_anotacion(proceso, anotacion)
    if marca not in momentos or estado != 0:
        raise RuntimeError(f"{' '.join(map(str, orden))} no escribió {marca}:\n{''.join(lineas)[-2000:]}")
    ultima = momentos.get(despues, momentos[marca])   # un programa que no la escribe: lo tenía todo con la marca
    return Corrida(momentos[marca] - inicio, pico_mb, "".join(lineas), fin - ultima, cpu, ultima - inicio)
