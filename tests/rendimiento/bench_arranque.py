"""Una orden de la CLI como la espera quien la escribe: `escritorio --db BASE asociacion listar`, proceso entero (abrir
la base con sus comprobaciones, leer, imprimir), frente a un proceso de Python que abre el mismo archivo con sqlite3 y
lee las mismas filas. Pares alternados, medianas. Con la red de ejemplo y con la base de una tesorería de 100.000
miembros con diez años de cuotas y pagos (tests/rendimiento/bases.py), sellada como la deja el uso de todos los días.

Metas (issue #17): la orden en menos de 0,3 s también con 100.000 miembros, y sin importar Qt. La primera orden
después de que el archivo cambió por fuera de Escritorio o pasó una semana (datos/integridad.py) se mide aparte, con
el sello borrado antes de cada corrida; su meta (issue #48) es menos de 0,5 s.

El arranque liviano (issue 63, §4), sobre la base de una tesorería de 1.000 miembros:
- una orden de lectura (`organos listar`) frente a `python -c pass`, alternadas: meta ≤ 0,12 s;
- `pagos registrar`, la orden siguiente (la base ya comprobada y sellada): cuánto del pago es arranque (hasta que
  empieza el servicio del pago: Python, importar, analizar la orden, abrir la base y elegir la asociación) y cuánto
  el pago mismo. La meta del pago entero es < 0,15 s (issue 63); la del arranque, ≤ 0,08 s (antes de esta vuelta,
  0,088 s en una máquina cargada);
- `LOTE` órdenes en un `escritorio lote` frente a las mismas como `LOTE` procesos: meta ≤ 0,4 veces.
"""

import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import bases
from comun import Corrida, alternar, correr_hasta_marca, correr_proceso, objetivo

GRANDE = 100_000
MIL = 1_000
LOTE = 20
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


# `escritorio ARGV` con una marca en la salida cuando empieza el servicio del pago: lo anterior es el arranque.
MARCAR_EL_PAGO = """import runpy, sys
import escritorio.servicios.pagos as pagos
registrar = pagos.registrar_pago
def marcado(*args, **opciones):
    print("EMPIEZA-EL-PAGO", flush=True)
    return registrar(*args, **opciones)
pagos.registrar_pago = marcado
sys.argv = ["escritorio", *sys.argv[1:]]
runpy.run_module("escritorio", run_name="__main__", alter_sys=True)
"""


def _liviana(ruta: Path) -> bool:
    """Una orden de lectura frente a `python -c pass` (el piso de cualquier proceso de Python)."""
    orden = [sys.executable, "-m", "escritorio", "--db", str(ruta), "organos", "listar"]
    vacio = [sys.executable, "-c", "pass"]
    correr_proceso(orden)
    comparacion = alternar(lambda: correr_proceso(vacio), lambda: correr_proceso(orden), pares=9)
    print(f"`organos listar` (1.000 miembros): `python -c pass` {comparacion.segundos_base:.3f} s · "
          f"la orden {comparacion.segundos:.3f} s (procesador {comparacion.cpu:.3f} s) · "
          f"lo propio del programa {comparacion.segundos - comparacion.segundos_base:.3f} s", flush=True)
    return objetivo("orden de lectura liviana", comparacion.segundos, 0.12, "s")


def _pago_siguiente(ruta: Path) -> bool:
    """El arranque de `pagos registrar` (hasta que empieza el servicio del pago) y el pago entero."""
    from bench_pagos import _que_debe

    miembro = _que_debe(ruta)

    def pagar():
        return correr_hasta_marca([sys.executable, "-c", MARCAR_EL_PAGO, "--db", str(ruta), "pagos", "registrar",
                                   "--miembro", str(miembro), "--monto", "1", "--moneda", "USD",
                                   "--fecha", date.today().isoformat()], "EMPIEZA-EL-PAGO")

    pagar()   # la primera: compila y sella
    corridas = [pagar() for _ in range(7)]
    arranque = statistics.median(c.segundos for c in corridas)
    entero = statistics.median(c.segundos + c.hasta_salir for c in corridas)
    print(f"`pagos registrar`, la orden siguiente (1.000 miembros): entera {entero:.3f} s · arranque {arranque:.3f} s "
          f"({arranque / entero:.0%}) · el pago y el cierre {entero - arranque:.3f} s", flush=True)
    return objetivo("arranque del pago siguiente", arranque, 0.08, "s")


def _lote_frente_a_procesos(ruta: Path) -> bool:
    """`LOTE` órdenes de lectura en un lote frente a las mismas en `LOTE` procesos."""
    ordenes = [["organos", "listar"], ["sesiones", "listar"], ["miembros", "listar", "--json"],
               ["cuotas", "morosidad", "--json"]]
    tanda = [ordenes[i % len(ordenes)] for i in range(LOTE)]
    archivo = ruta.with_name("ordenes.txt")
    archivo.write_text("".join(" ".join(o) + "\n" for o in tanda), encoding="utf-8")

    def procesos():
        corridas = [correr_proceso([sys.executable, "-m", "escritorio", "--db", str(ruta), *o]) for o in tanda]
        return Corrida(sum(c.segundos for c in corridas), max(c.pico_mb for c in corridas), "",
                       cpu=sum(c.cpu for c in corridas))

    def en_lote():
        return correr_proceso([sys.executable, "-m", "escritorio", "--db", str(ruta), "lote", str(archivo)])

    comparacion = alternar(procesos, en_lote, pares=5)
    print(f"{LOTE} órdenes de lectura (1.000 miembros): {LOTE} procesos {comparacion.segundos_base:.3f} s · un lote "
          f"{comparacion.segundos:.3f} s · razón {comparacion.razon:.2f}x · por orden "
          f"{comparacion.segundos_base / LOTE:.3f} s frente a {comparacion.segundos / LOTE:.3f} s", flush=True)
    return objetivo(f"{LOTE} órdenes en un lote frente a {LOTE} procesos", comparacion.razon, 0.4, "x")


def liviano() -> bool:
    """Las medidas del arranque liviano (issue 63, §4), sobre una copia de la base de 1.000 miembros."""
    with tempfile.TemporaryDirectory() as carpeta:
        ruta = bases.copia(MIL, Path(carpeta) / "mil.db")
        return all([_liviana(ruta), _pago_siguiente(ruta), _lote_frente_a_procesos(ruta)])


def main() -> bool:
    importados = subprocess.run([sys.executable, "-X", "importtime", "-m", "escritorio", "--help"],
                                capture_output=True, text=True).stderr
    sin_qt = "PySide6" not in importados
    print(f"`escritorio --help` importa Qt: {'no' if sin_qt else 'SÍ (MAL)'}")
    with tempfile.TemporaryDirectory() as carpeta:
        cumple = [_comparar("red de ejemplo", _demo(Path(carpeta))),
                  _comparar(f"{GRANDE:,} miembros".replace(",", "."), _grande(Path(carpeta)))]
    return sin_qt and all(cumple) and liviano()


if __name__ == "__main__":
    sys.exit(0 if (liviano() if "--liviano" in sys.argv else main()) else 1)
