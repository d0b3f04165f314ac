"""Piezas comunes de los bancos de pruebas: datos realistas (GeoNames) y medición en el mismo proceso."""

import csv
import statistics
import time
from datetime import date
from pathlib import Path

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


def informar(nombre: str, base: float, nuestro: float, limite: float, unidad: str = "s") -> bool:
    razon = nuestro / base if base else float("inf")
    cumple = razon <= limite
    print(f"{nombre}: base {base:.3f} {unidad} · Escritorio {nuestro:.3f} {unidad} · razón {razon:.2f}x "
          f"(objetivo ≤ {limite}x) {'OK' if cumple else 'NO CUMPLE'}", flush=True)
    return cumple
