"""Cuotas con 16.000 miembros: emisión y padrón de cuotas a .xlsx (la morosidad de 10 años, en bench_morosidad).

Objetivos del issue: emisión ≤ 2x un INSERT … SELECT con CASE sobre los mismos datos, medida como la espera quien
la pide: «escritorio cuotas emitir AÑO» como proceso entero frente a un proceso que hace ese INSERT … SELECT, en
pares alternados; padrón de cuotas ≤ 1,5x openpyxl en modo de solo escritura con las mismas filas.
"""

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from comun import alternar, correr_proceso, escribir_xlsx, filas_miembros, informar, medir, objetivo
from escritorio.datos.miembros import ORDEN_CIFRA_VIGENTE
from escritorio.servicios import cobranza, cuotas
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros

CANTIDAD = 16_000
ANIO_PADRON = 2025
TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"


def _base_de_prueba(carpeta: Path):
    db = abrir_base(carpeta / "escritorio.db")
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de prueba", sigla="RP"))
    contexto = Contexto(db, asociacion)
    importar_miembros(contexto, escribir_xlsx(carpeta / "origen.xlsx", filas_miembros(CANTIDAD)))
    cuotas.definir_escala(contexto, cuotas.escala_desde_texto(date(2002, 1, 1), "USD", TRAMOS, articulo="art. 3"))
    return db, asociacion


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


def _medir_emision_por_la_cli(ruta: Path, asociacion: int) -> bool:
    """«escritorio cuotas emitir AÑO» entero (abrir la base, planear, emitir, informar) frente a la línea base en su
    propio proceso; cada par emite un año distinto (2002-2006) para las dos.

    Cada una escribe en su propia copia de la misma base: si la línea base escribiera en la de Escritorio, cada orden
    la encontraría cambiada por otro programa y la comprobaría entera al abrirla (datos/integridad.py), lo que en el
    uso real no pasa entre dos órdenes. Antes de medir, una corrida de cada una sin medir: deja compilado el código
    y la base de Escritorio sellada por su última orden, como la deja el uso de todos los días."""
    copia = ruta.with_name("linea-base.db")
    shutil.copy(ruta, copia)
    programa = _linea_base_en_proceso(asociacion)
    entorno = _entorno_instalado(ruta.parent)
    base = lambda anio: correr_proceso([sys.executable, "-c", programa, str(copia), str(anio)], entorno)  # noqa: E731
    nuestro = lambda *orden: correr_proceso(  # noqa: E731
        [sys.executable, "-m", "escritorio", "--db", str(ruta), "cuotas", "emitir", *map(str, orden)], entorno)
    base(2009)  # sin medir; la línea base no lee lo que escribió (otro tipo de cargo, otro año)
    nuestro(2002, "--simular")
    anios_base, anios_nuestros = iter(range(2002, 2010)), iter(range(2002, 2010))
    comparacion = alternar(lambda: base(next(anios_base)), lambda: nuestro(next(anios_nuestros)), pares=5)
    print(f"Emisión de {CANTIDAD} cuotas por la CLI (proceso entero): línea base {comparacion.segundos_base:.3f} s"
          f" · Escritorio {comparacion.segundos:.3f} s · razón {comparacion.razon:.2f}x"
          f" · pico {comparacion.pico_mb:.0f} MB", flush=True)
    return objetivo("emisión por la CLI", comparacion.razon, 2.0, "x")


def _medir_emision(db, asociacion) -> tuple[float, float]:
    # Los mismos años para ambas: la línea base escribe cargos «extraordinarios», la emisión cuotas anuales.
    anios_base, anios_nuestros = iter(range(2010, 2020)), iter(range(2010, 2020))
    base = medir(lambda: _insert_select(db, asociacion, next(anios_base)), repeticiones=3)
    nuestro = medir(lambda: cuotas.emitir(Contexto(db, asociacion), next(anios_nuestros)), repeticiones=3)
    return base, nuestro


def _medir_padron(db, asociacion, carpeta: Path) -> tuple[float, float]:
    from escritorio.servicios.informes_cuotas import exportar_padron_cuotas

    # 2025: todos los miembros ya ingresaron (las fechas de ingreso van de 1995 a 2024), 16.000 filas.
    contexto = Contexto(db, asociacion)
    cuotas.emitir(contexto, ANIO_PADRON)
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
        db, asociacion = _base_de_prueba(carpeta)
        db.close()
        ok_cli = _medir_emision_por_la_cli(carpeta / "escritorio.db", asociacion)
        db = abrir_base(carpeta / "escritorio.db")
        base, nuestro = _medir_emision(db, asociacion)
        ok_emision = informar(f"Emisión de {CANTIDAD} cuotas (solo emitir(), en el proceso)", base, nuestro, 2.0)
        base, nuestro = _medir_padron(db, asociacion, carpeta)
        ok_padron = informar(f"Padrón de cuotas de {CANTIDAD} filas (.xlsx)", base, nuestro, 1.5)
        db.close()
    # La morosidad de 10 años se mide como orden entera, con su .xlsx, en bench_morosidad.
    return ok_cli and ok_emision and ok_padron


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
