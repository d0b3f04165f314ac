"""Registrar un pago con 1.000, 16.000 y 100.000 miembros con diez años de cuotas y pagos (tests/rendimiento/bases.py),
como lo espera el tesorero: `escritorio --db BASE pagos registrar --miembro M --monto 1 --moneda USD --fecha HOY`, la
orden entera como proceso (arrancar, abrir la base, prever el pago, imputarlo a la cuota más vieja del miembro,
escribir el pago, su imputación y su recibo con la bitácora sellada), frente a una línea base en su propio proceso que
hace lo mismo a mano con sqlite3 en una copia de la misma base: lee las cuotas del miembro con lo pagado de cada una
(por el índice del miembro) y escribe el pago, la imputación a la más vieja con saldo y el recibo siguiente del año.
Pares alternados, medianas; el miembro es uno que debe.

Metas (issue #48): un pago cuesta lo mismo con cualquier tamaño de la red —la orden con 100.000 miembros tarda a lo
sumo 1,25 veces lo que con 1.000 (el margen del ruido de dos medianas)— y menos de 0,3 s con cada tamaño.
"""

import sys
import tempfile
from datetime import date
from pathlib import Path

import bases
from comun import alternar, correr_proceso, miles, objetivo

TAMANOS = (1_000, 16_000, 100_000)
LIMITE_S = 0.3
CRECIMIENTO_MAXIMO = 1.25

LINEA_BASE = """import sqlite3, sys
asociacion, miembro, hoy = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA foreign_keys = ON")
c.execute("BEGIN IMMEDIATE")
cuotas = c.execute('''SELECT k.id, k.importe - coalesce((SELECT sum(i.importe) FROM imputaciones i JOIN pagos p
                          ON p.id = i.pago_id WHERE i.cargo_id = k.id AND p.anulado_en IS NULL), 0)
                      FROM cargos k INDEXED BY sqlite_autoindex_cargos_1 WHERE k.miembro_id = ?
                      ORDER BY k.vencimiento, k.id''', [miembro]).fetchall()
cargo = next(i for i, saldo in cuotas if saldo > 0)
pago = c.execute("INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, "
                 "importe_imputable, medio) VALUES (?, ?, ?, 100, 'USD', 'USD', 100, 'transferencia')",
                 [asociacion, miembro, hoy]).lastrowid
c.execute("INSERT INTO imputaciones (pago_id, cargo_id, importe) VALUES (?, ?, 100)", [pago, cargo])
numero = c.execute("SELECT coalesce(max(numero), 0) + 1 FROM recibos WHERE asociacion_id = ? AND anio = ?",
                   [asociacion, int(hoy[:4])]).fetchone()[0]
c.execute("INSERT INTO recibos (asociacion_id, anio, numero, pago_id) VALUES (?, ?, ?, ?)",
          [asociacion, int(hoy[:4]), numero, pago])
c.execute("COMMIT")
print(pago)
"""


def _que_debe(ruta: Path) -> int:
    """Un miembro con cuotas impagas (el 20 % de la red debe los últimos años)."""
    import sqlite3

    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return conexion.execute("SELECT c.miembro_id FROM cargos c WHERE NOT EXISTS (SELECT 1 FROM imputaciones i "
                                "WHERE i.cargo_id = c.id) ORDER BY c.miembro_id DESC LIMIT 1").fetchone()[0]
    finally:
        conexion.close()


def _medir(cantidad: int, carpeta: Path):
    ruta = bases.copia(cantidad, carpeta / f"red-{cantidad}" / "escritorio.db")
    copia = bases.copia(cantidad, carpeta / f"linea-base-{cantidad}" / "escritorio.db")
    asociacion, miembro, hoy = bases.asociacion_de(ruta), _que_debe(ruta), date.today().isoformat()
    entorno = None
    orden = [sys.executable, "-m", "escritorio", "--db", str(ruta), "pagos", "registrar", "--miembro", str(miembro),
             "--monto", "1", "--moneda", "USD", "--fecha", hoy]
    linea_base = [sys.executable, "-c", LINEA_BASE, str(copia), str(asociacion), str(miembro), hoy]
    correr_proceso(orden, entorno), correr_proceso(linea_base, entorno)  # sin medir: el código compilado
    comparacion = alternar(lambda: correr_proceso(linea_base, entorno), lambda: correr_proceso(orden, entorno),
                           pares=7)
    print(f"`pagos registrar` con {miles(cantidad)} miembros ({ruta.stat().st_size / 2**20:.0f} MB): línea base "
          f"{comparacion.segundos_base:.3f} s · Escritorio {comparacion.segundos:.3f} s (de {min(c.segundos for c in comparacion.nuestro):.3f} "
          f"a {max(c.segundos for c in comparacion.nuestro):.3f}) · razón {comparacion.razon:.2f}x · "
          f"procesador {comparacion.cpu_base:.3f} s y {comparacion.cpu:.3f} s · pico {comparacion.pico_mb:.0f} MB",
          flush=True)
    return comparacion


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        medidas = {cantidad: _medir(cantidad, Path(temporal)) for cantidad in TAMANOS}
    cumple = [objetivo(f"un pago con {miles(cantidad)} miembros", medidas[cantidad].segundos, LIMITE_S, "s")
              for cantidad in TAMANOS]
    chica, grande = medidas[TAMANOS[0]], medidas[TAMANOS[-1]]
    print(f"  la línea base pasa de {chica.segundos_base:.3f} s a {grande.segundos_base:.3f} s "
          f"({grande.segundos_base / chica.segundos_base:.2f}x)")
    cumple.append(objetivo(f"un pago con {miles(TAMANOS[-1])} miembros frente a uno con {miles(TAMANOS[0])}",
                           grande.segundos / chica.segundos, CRECIMIENTO_MAXIMO, "x"))
    return all(cumple)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
