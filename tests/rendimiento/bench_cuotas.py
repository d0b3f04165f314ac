"""Cuotas con 16.000 miembros sobre la base de una tesorería de verdad (tests/rendimiento/bases.py: diez años de
cuotas, 2017-2026, y pagos de la mayoría): emitir el año siguiente (2027), que se emite a TODOS los miembros, y el
padrón de cuotas a .xlsx (la morosidad de 10 años, en bench_morosidad).

Objetivos del issue: emisión ≤ 2x un INSERT … SELECT con CASE sobre los mismos datos, medida como la espera quien
la pide: «escritorio cuotas emitir 2027» como proceso entero frente a un proceso que hace ese INSERT … SELECT, en
pares alternados, cada corrida sobre su propia copia de la base (la misma emisión cada vez); padrón de cuotas ≤ 1,5x
openpyxl en modo de solo escritura con las mismas filas.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook

import bases
from comun import alternar, cifra, correr_proceso, informar, medir, objetivo
from escritorio.datos.miembros import ORDEN_CIFRA_VIGENTE
from escritorio.servicios import cobranza, emision_de_cuotas
from escritorio.servicios.base import abrir_base, cerrar_base
from escritorio.servicios.contexto import Contexto

CANTIDAD = 16_000
ANIO = 2027          # el año siguiente al último emitido: todos los miembros ya ingresaron
ANIO_PADRON = 2026


class _Copias:
    """Una copia nueva de la base para cada corrida (fuera de la medición): cada emisión es la misma."""

    def __init__(self, carpeta: Path):
        self.carpeta, self.numero = carpeta, 0

    def nueva(self) -> Path:
        self.numero += 1
        if self.numero > 2:   # 114 MB cada una: se borra la de dos corridas atrás
            vieja = self.carpeta / f"copia-{self.numero - 2}"
            shutil.rmtree(vieja, ignore_errors=True)
        return bases.copia(CANTIDAD, self.carpeta / f"copia-{self.numero}" / "escritorio.db")


def _insert_select(db, asociacion: int, anio: int) -> None:
    """Línea base: la misma emisión en una sola sentencia SQL escrita a mano, hacia la misma tabla de
    cargos (con sus índices y claves foráneas): población vigente en la fecha de referencia y un CASE."""
    importe = ("CASE WHEN p.cifra >= 3000000 THEN 200000 WHEN p.cifra >= 500000 THEN 100000 "
               "WHEN p.cifra >= 100000 THEN 50000 ELSE 10000 END")
    with db.conn:
        db.conn.execute(f"""
            INSERT INTO cargos (asociacion_id, miembro_id, tipo_cargo, anio, poblacion_usada, importe_bruto, importe,
                                moneda, vencimiento)
            SELECT :asociacion, m.id, 'extraordinaria', :anio, p.cifra, {importe}, {importe}, 'USD', :vencimiento
            FROM miembros m JOIN poblaciones p ON p.id = (
                SELECT id FROM poblaciones WHERE miembro_id = m.id ORDER BY {ORDEN_CIFRA_VIGENTE} LIMIT 1)
            WHERE m.asociacion_id = :asociacion AND (m.fecha_ingreso IS NULL OR m.fecha_ingreso <= :fin)""",
            {"anio": anio, "hoy": f"{anio}-01-01", "asociacion": asociacion, "fin": f"{anio}-12-31",
             "vencimiento": f"{anio}-03-31"})


def _linea_base_en_proceso(asociacion: int) -> str:
    """El programa de la línea base: abre el archivo con sqlite3 y hace el INSERT … SELECT de `_insert_select`."""
    importe = ("CASE WHEN p.cifra >= 3000000 THEN 200000 WHEN p.cifra >= 500000 THEN 100000 "
               "WHEN p.cifra >= 100000 THEN 50000 ELSE 10000 END")
    consulta = (f"INSERT INTO cargos (asociacion_id, miembro_id, tipo_cargo, anio, poblacion_usada, importe_bruto, "
                f"importe, moneda, vencimiento) SELECT :asociacion, m.id, 'extraordinaria', :anio, p.cifra, {importe}, "
                f"{importe}, 'USD', :vencimiento FROM miembros m JOIN poblaciones p ON p.id = (SELECT id FROM "
                f"poblaciones WHERE miembro_id = m.id ORDER BY {ORDEN_CIFRA_VIGENTE} LIMIT 1) WHERE m.asociacion_id "
                f"= :asociacion AND (m.fecha_ingreso IS NULL OR m.fecha_ingreso <= :fin)")
    return ("import sqlite3, sys\n"
            "anio = int(sys.argv[2])\n"
            "c = sqlite3.connect(sys.argv[1])\n"
            "c.execute('PRAGMA foreign_keys = ON')\n"
            "with c:\n"
            f"    c.execute({consulta!r}, {{'anio': anio, 'hoy': f'{{anio}}-01-01', 'asociacion': {asociacion}, "
            "'fin': f'{anio}-12-31', 'vencimiento': f'{anio}-03-31'})\n")


def _entorno_instalado(carpeta: Path) -> dict:
    """El entorno de los procesos medidos, con el código compilado guardado como queda en una instalación (pip y
    PyInstaller guardan los .pyc). Algunos entornos piden PYTHONDONTWRITEBYTECODE: sin esto, cada orden medida
    volvería a compilar los módulos de Escritorio (unos 20 ms); los .pyc van a una carpeta temporal, no al código."""
    entorno = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    entorno["PYTHONPYCACHEPREFIX"] = str(carpeta / "pycache")
    return entorno


def _medir_emision_por_la_cli(carpeta: Path, asociacion: int) -> bool:
    """«escritorio cuotas emitir 2027» entero (abrir la base, planear, emitir, informar) frente a la línea base en su
    propio proceso; cada corrida, de cada una, sobre su propia copia recién hecha de la base (sellada como la deja el
    uso de todos los días). Antes de medir, una corrida de cada una sin medir: deja compilado el código."""
    programa = _linea_base_en_proceso(asociacion)
    entorno = _entorno_instalado(carpeta)
    copias = _Copias(carpeta)
    base = lambda: correr_proceso([sys.executable, "-c", programa, str(copias.nueva()), str(ANIO)], entorno)  # noqa: E731
    nuestro = lambda: correr_proceso(  # noqa: E731
        [sys.executable, "-m", "escritorio", "--db", str(copias.nueva()), "cuotas", "emitir", str(ANIO)], entorno)
    base(), nuestro()  # sin medir
    comparacion = alternar(base, nuestro, pares=5)
    creados = comparacion.nuestro[-1].salida
    print(f"Emisión de {ANIO} a los {CANTIDAD} miembros por la CLI (proceso entero): línea base "
          f"{comparacion.segundos_base:.3f} s · Escritorio {comparacion.segundos:.3f} s · razón {comparacion.razon:.2f}x"
          f" · pico {comparacion.pico_mb:.0f} MB", flush=True)
    print(f"  ({creados.strip().splitlines()[0] if creados.strip() else ''})", flush=True)
    if comparacion.cpu is not None and comparacion.cpu_base:
        print(f"  segundos de procesador: línea base {comparacion.cpu_base:.3f} · Escritorio {comparacion.cpu:.3f} · "
              f"razón {comparacion.cpu / comparacion.cpu_base:.2f}x", flush=True)
        cifra("emisión por la CLI, segundos de procesador (razón)", comparacion.cpu / comparacion.cpu_base, "x")
    cifra("emisión por la CLI, orden entera", comparacion.segundos, "s")
    return objetivo("emisión por la CLI", comparacion.razon, 2.0, "x")


def _medir_emision(carpeta: Path, asociacion: int) -> tuple[float, float]:
    """En el proceso: el INSERT … SELECT y emitir(), alternados, cada uno en su propia copia abierta antes de medir."""
    import statistics
    import time

    copias = _Copias(carpeta / "en-proceso")
    tiempos_base, tiempos_nuestros = [], []
    for _ in range(3):
        for tiempos, hacer in ((tiempos_base, lambda db: _insert_select(db, asociacion, ANIO)),
                               (tiempos_nuestros, lambda db: emision_de_cuotas.emitir(Contexto(db, asociacion), ANIO))):
            db = abrir_base(copias.nueva(), crear=False)
            inicio = time.perf_counter()
            hacer(db)
            tiempos.append(time.perf_counter() - inicio)
            cerrar_base(db)
    return statistics.median(tiempos_base), statistics.median(tiempos_nuestros)


def _medir_padron(db, asociacion, carpeta: Path) -> tuple[float, float]:
    from escritorio.servicios.informes_cuotas import exportar_padron_cuotas

    # 2026: todos los miembros ya ingresaron (de 1990 a 2015) y tienen su cuota, 16.000 filas.
    contexto = Contexto(db, asociacion)
    filas = cobranza.padron_de_cuotas(contexto, ANIO_PADRON)
    assert len(filas) == CANTIDAD, len(filas)

    def linea_base():
        libro = Workbook(write_only=True)
        hoja = libro.create_sheet("Cuotas")
        for f in filas:
            hoja.append([f.miembro, f.pais, f.poblacion, f.tramo, f.importe / 100, f.moneda, f.pagado / 100, f.saldo / 100])
        libro.save(carpeta / "base.xlsx")

    def linea_base_con_formato():
        # Referencia: lo mismo, con el formato numérico por celda que lleva la planilla de Escritorio.
        from openpyxl.cell import WriteOnlyCell

        libro = Workbook(write_only=True)
        hoja = libro.create_sheet("Cuotas")
        for f in filas:
            numeros = []
            for valor in (f.poblacion, f.importe / 100, f.pagado / 100, f.saldo / 100):
                celda = WriteOnlyCell(hoja, value=valor)
                celda.number_format = "#,##0.00"
                numeros.append(celda)
            hoja.append([f.miembro, f.pais, numeros[0], f.tramo, numeros[1], f.moneda, numeros[2], numeros[3]])
        libro.save(carpeta / "base-formato.xlsx")

    base = medir(linea_base)
    con_formato = medir(linea_base_con_formato)
    nuestro = medir(lambda: exportar_padron_cuotas(contexto, ANIO_PADRON, carpeta / "cuotas.xlsx"))
    print(f"  (referencia: openpyxl con el mismo formato numérico por celda {con_formato:.3f} s; "
          f"Escritorio = {nuestro / con_formato:.2f}x de esa referencia)")
    return base, nuestro


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = Path(temporal)
        ruta = bases.copia(CANTIDAD, carpeta / "escritorio.db")
        asociacion = bases.asociacion_de(ruta)
        ok_cli = _medir_emision_por_la_cli(carpeta, asociacion)
        base, nuestro = _medir_emision(carpeta, asociacion)
        ok_emision = informar(f"Emisión de {ANIO} a los {CANTIDAD} miembros (solo emitir(), en el proceso)", base,
                              nuestro, 2.0)
        db = abrir_base(ruta, crear=False)
        base, nuestro = _medir_padron(db, asociacion, carpeta)
        ok_padron = informar(f"Padrón de cuotas de {CANTIDAD} filas (.xlsx)", base, nuestro, 1.5)
        db.close()
    # La morosidad de 10 años se mide como orden entera, con su .xlsx, en bench_morosidad.
    return ok_cli and ok_emision and ok_padron


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
