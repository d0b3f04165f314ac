"""Morosidad de 16.000 miembros con 10 años de cuotas, a .xlsx, como la pide el tesorero, sobre la base de una
tesorería de verdad (tests/rendimiento/bases.py: diez años de cuotas de cada miembro, la mayoría pagadas).

Lo que se mide es la orden entera, como proceso: `python -m escritorio --db BASE cuotas morosidad SALIDA.xlsx
--al 2026-12-31` (arrancar, abrir la base con sus comprobaciones, calcular la deuda de cada miembro y moneda,
escribir el libro), frente a una línea base en su propio proceso: una consulta SQL que agrega los mismos cargos e
imputaciones por miembro y moneda, y openpyxl en modo de solo escritura con esas filas (valores sin formato).
Pares alternados, medianas.

Metas (issue #17, #63): la orden entera en menos de 1 s con 16.000 miembros × 10 años, en las dos formas de base:
la de la tesorería (el 80 % de los miembros al día: unas 3.000 filas con deuda) y la del issue 63, armada solo con
las diez emisiones y ningún pago (`bases.copia(…, pagos=False)`: los 16.000 miembros deben, 16.000 filas y 160.000
cargos impagos que sumar). Y que crezca a lo sumo en proporción a los miembros: se corre también con 1.000 miembros
de cada forma y el tiempo del cálculo y la escritura (en el proceso, sin el arranque, que no depende del tamaño) no
puede crecer más de 16 veces (con un 25 % de margen para el ruido de la medición: 20x).
"""

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import bases
from comun import alternar, cifra, correr_proceso, medir, miles, objetivo
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto

GRANDE = 16_000
CHICA = 1_000
AL = date(2026, 12, 31)
MARGEN_LINEAL = 1.25

# La línea base: una sola consulta agrega saldo, cuotas impagas, años, antigüedad y el vencimiento más antiguo por
# miembro y moneda; openpyxl escribe esas filas tal cual (sin estilos, sin propiedades ni impresión).
LINEA_BASE = """import sqlite3, sys
from openpyxl import Workbook
c = sqlite3.connect(sys.argv[1])
filas = c.execute('''
    WITH s AS (
        SELECT c.miembro_id, c.tipo_cargo, c.anio, c.moneda,
               c.importe - coalesce((SELECT sum(i.importe) FROM imputaciones i JOIN pagos p ON p.id = i.pago_id
                                     WHERE i.cargo_id = c.id AND p.anulado_en IS NULL AND p.fecha <= :al), 0) AS saldo,
               max(c.vencimiento, coalesce(m.fecha_ingreso, c.vencimiento)) AS exigible
        FROM cargos c JOIN miembros m ON m.id = c.miembro_id WHERE c.asociacion_id = :a)
    SELECT m.nombre, m.pais, count(CASE WHEN s.tipo_cargo = 'cuota_anual' THEN 1 END), min(s.anio), max(s.anio),
           sum(s.saldo), s.moneda,
           sum(CASE WHEN julianday(:al) - julianday(s.exigible) <= 90 THEN s.saldo END),
           sum(CASE WHEN julianday(:al) - julianday(s.exigible) BETWEEN 91 AND 180 THEN s.saldo END),
           sum(CASE WHEN julianday(:al) - julianday(s.exigible) BETWEEN 181 AND 365 THEN s.saldo END),
           sum(CASE WHEN julianday(:al) - julianday(s.exigible) > 365 THEN s.saldo END),
           min(s.exigible), count(CASE WHEN s.tipo_cargo = 'cuota_anual' THEN 1 END) >= 3
    FROM s JOIN miembros m ON m.id = s.miembro_id
    WHERE s.saldo > 0 AND s.exigible < :al
    GROUP BY s.miembro_id, s.moneda ORDER BY sum(s.saldo) DESC, s.miembro_id''',
    {"a": int(sys.argv[2]), "al": sys.argv[3]}).fetchall()
libro = Workbook(write_only=True)
hoja = libro.create_sheet("Morosidad")
hoja.append(["Miembro", "País", "Cuotas impagas", "Primer año", "Último año", "Deuda total", "Moneda",
             "1 a 90 días", "91 a 180 días", "181 a 365 días", "Más de 365 días", "Más antigua", "Derecho a voto"])
for f in filas:
    hoja.append([f[0], f[1], f[2], f[3], f[4], f[5] / 100, f[6], *(v / 100 if v else None for v in f[7:11]),
                 f[11], "Suspendido" if f[12] else "Sí"])
libro.save(sys.argv[4])
print(len(filas))
"""


# Las dos formas de base: (pagos, lo que se agrega al nombre de cada cifra). La de la tesorería conserva los nombres
# de antes (las cifras aceptadas se comparan por nombre).
FORMAS = ((True, ""), (False, ", solo emisiones"))


def _base(carpeta: Path, cantidad: int, pagos: bool = True) -> tuple[Path, int, int]:
    """(ruta, asociación, cargos): la copia de la base de una tesorería de `cantidad` miembros (bases.py); sin
    `pagos`, la de solo emisiones."""
    import sqlite3

    ruta = bases.copia(cantidad, carpeta / "escritorio.db", pagos=pagos)
    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    cargos = conexion.execute("SELECT count(*) FROM cargos").fetchone()[0]
    conexion.close()
    return ruta, bases.asociacion_de(ruta), cargos


def _entorno_instalado(carpeta: Path) -> dict:
    """El entorno de los procesos medidos (los dos), con el código compilado guardado como en una instalación (pip y
    PyInstaller guardan los .pyc). Este entorno pide PYTHONDONTWRITEBYTECODE: sin esto, cada orden medida volvería a
    compilar los módulos cambiados desde la última compilación; los .pyc van a una carpeta temporal, no al código."""
    entorno = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    entorno["PYTHONPYCACHEPREFIX"] = str(carpeta / "compilado")
    return entorno


def _en_el_proceso(ruta: Path, asociacion: int, salida: Path) -> float:
    """Mediana del servicio que usa la orden (calcular y escribir), sin el arranque del proceso."""
    from escritorio.servicios.informes_cuotas import exportar_morosidad

    db = abrir_base(ruta)
    try:
        return medir(lambda: exportar_morosidad(Contexto(db, asociacion), salida, AL), repeticiones=5)
    finally:
        db.close()


def _medir(carpeta: Path, cantidad: int, pagos: bool = True, forma: str = ""):
    """(comparación de procesos, segundos en el proceso) con `cantidad` miembros (sin `pagos`: la base de solo
    emisiones; `forma` se agrega al nombre de cada cifra)."""
    ruta, asociacion, cargos = _base(carpeta, cantidad, pagos)
    orden = [sys.executable, "-m", "escritorio", "--db", str(ruta), "cuotas", "morosidad",
             str(carpeta / "morosidad.xlsx"), "--al", AL.isoformat(), "--reemplazar"]
    linea_base = [sys.executable, "-c", LINEA_BASE, str(ruta), str(asociacion), AL.isoformat(),
                  str(carpeta / "base.xlsx")]
    entorno = _entorno_instalado(carpeta)
    # Una corrida de cada una sin medir: la primera orden sobre la base recién armada la comprueba entera y la sella
    # (como queda tras el uso de todos los días), y las dos dejan compilado su código. La línea base solo lee.
    primera = correr_proceso(orden, entorno)
    filas = int(correr_proceso(linea_base, entorno).salida.split()[-1])
    comparacion = alternar(lambda: correr_proceso(linea_base, entorno), lambda: correr_proceso(orden, entorno),
                           pares=5)
    print(f"Morosidad de {miles(cantidad)} miembros{forma} ({miles(cargos)} cargos, {miles(filas)} filas con deuda) "
          f"a .xlsx, orden entera: línea base {comparacion.segundos_base:.3f} s · "
          f"Escritorio {comparacion.segundos:.3f} s · razón {comparacion.razon:.2f}x · pico {comparacion.pico_mb:.0f} MB", flush=True)
    print(f"  ({primera.salida.strip()})", flush=True)
    cifra(f"orden entera con {miles(cantidad)} miembros{forma} frente a la línea base (razón)", comparacion.razon, "x")
    if comparacion.cpu is not None:
        print(f"  segundos de procesador: línea base {comparacion.cpu_base:.3f} · Escritorio {comparacion.cpu:.3f}",
              flush=True)
        cifra(f"orden entera con {miles(cantidad)} miembros{forma}, segundos de procesador", comparacion.cpu, "s")
    en_proceso = _en_el_proceso(ruta, asociacion, carpeta / "en-proceso.xlsx")
    print(f"  en el proceso (exportar_morosidad, sin arranque): {en_proceso:.3f} s", flush=True)
    cifra(f"cálculo y escritura con {miles(cantidad)} miembros{forma}, en el proceso", en_proceso, "s")
    return comparacion, en_proceso


def _metas(carpeta: Path, pagos: bool, forma: str) -> bool:
    """Las dos metas con la base de una forma (con 1.000 y con 16.000 miembros)."""
    chica, chica_en_proceso = _medir(carpeta / "chica", CHICA, pagos, forma)
    grande, grande_en_proceso = _medir(carpeta / "grande", GRANDE, pagos, forma)
    veces = GRANDE / CHICA
    print(f"De {miles(CHICA)} a {miles(GRANDE)} miembros{forma} ({veces:.0f} veces): la orden entera pasa de "
          f"{chica.segundos:.3f} s a {grande.segundos:.3f} s ({grande.segundos / chica.segundos:.1f}x; la línea base "
          f"{grande.segundos_base / chica.segundos_base:.1f}x); el cálculo y la escritura sin el arranque, de "
          f"{chica_en_proceso:.3f} s a {grande_en_proceso:.3f} s "
          f"({grande_en_proceso / chica_en_proceso:.1f}x)", flush=True)
    cumple_tiempo = objetivo(f"orden entera con {miles(GRANDE)} miembros × 10 años{forma}, con el .xlsx",
                             grande.segundos, 1.0, "s")
    # Lineal sería 16x; el 25 % de margen es para el ruido de medir 35 ms contra medio segundo. Algo cuadrático
    # daría cientos de veces (y hasta n·log n entra).
    cumple_crecimiento = objetivo(f"crecimiento del cálculo y la escritura de 1.000 a 16.000 miembros{forma} "
                                  f"(lineal: {veces:.0f}x, con 25 % de margen)",
                                  grande_en_proceso / chica_en_proceso, veces * MARGEN_LINEAL, "x")
    return cumple_tiempo and cumple_crecimiento


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        cumplen = [_metas(Path(temporal) / f"forma-{numero}", pagos, forma)
                   for numero, (pagos, forma) in enumerate(FORMAS)]
    return all(cumplen)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
