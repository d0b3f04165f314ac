"""Mide escribir_padron_pdf con 16.000 miembros frente a una línea base de reportlab.

La línea base dibuja las mismas cadenas con el canvas, una llamada a drawString por celda, con las
mismas fuentes (las Liberation TTF de recursos/fuentes, incrustadas en subconjunto, como el padrón) y un
salto de página cada cierto número de líneas, sin ninguna maquetación ni conversión a PDF/A.
Objetivo: el padrón —que además mide, parte, pagina y convierte el archivo a PDF/A-2B— tarda como mucho
3 veces lo que la línea base. Las corridas se alternan (base, padrón, base, padrón…) y se comparan
medianas, así una racha de carga de la máquina afecta a las dos por igual.

Como referencia (no es la meta) se informa también la línea base con la Helvetica estándar de PDF (sin
incrustar, como eran los PDF antes del issue 14) y cuánto de lo del padrón es la conversión a PDF/A.

Después, como lo pide la secretaría de una red de 100.000 miembros: `escritorio miembros padron ARCHIVO.pdf` como
proceso entero sobre la base de una tesorería de verdad (tests/rendimiento/bases.py), frente a un proceso que lee las
mismas filas con sqlite3 y las dibuja con la línea base de arriba; pares alternados, medianas y el pico de memoria de
cada proceso. Metas: ≤ 3x la línea base y un pico de memoria ≤ 350 MB (issue #48), como el resto del programa.

    python tests/rendimiento/bench_padron_pdf.py [--miembros 16000] [--papel A4] [--guardar DIR]

`main()` devuelve True si se cumple el objetivo (así lo usa `ejecutar.py`).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

AQUI = Path(__file__).resolve().parent
for carpeta in (AQUI, AQUI.parents[1]):  # comun.py y el paquete escritorio, se corra como se corra
    if str(carpeta) not in sys.path:
        sys.path.insert(0, str(carpeta))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from escritorio.documentos.pdf.base import FUENTE, FUENTE_NEGRITA, TAMANO, tamano_papel  # noqa: E402
from escritorio.documentos.pdf.tabla import Fila, Grupo  # noqa: E402
from escritorio.documentos.pdf.padron import (FilaPadron, GrupoPais, escribir_padron_pdf,  # noqa: E402
                                              filas_tabla, miles)
from comun import alternar, correr_proceso, informar, medir_alternado, objetivo  # noqa: E402
from escritorio.dominio.paises import nombre_pais  # noqa: E402
from escritorio.recursos import ciudades_geonames  # noqa: E402

OBJETIVO = 3.0
LINEAS_POR_PAGINA = 43  # las filas de una línea que caben en una página A4 del padrón
# Cómo se llama de verdad un miembro según el país: hace que algunos nombres se partan en líneas.
_PREFIJOS = {"AR": "Municipalidad de", "BR": "Prefeitura Municipal de", "ES": "Ayuntamiento de",
             "MX": "Municipio de", "PT": "Câmara Municipal de", "CO": "Alcaldía de",
             "CL": "Ilustre Municipalidad de", "PE": "Municipalidad Provincial de"}
_TIPOS = ("Municipio", "Municipio", "Municipio", "Gobierno regional", "Asociación nacional")
_ESTADOS = ("Activo",) * 8 + ("Suspendido", "Baja")


def _ciudades() -> list[dict[str, str]]:
    with open(ciudades_geonames(), encoding="utf-8", newline="") as archivo:
        return [c for c in csv.DictReader(archivo) if c["pais_iso2"] and c["poblacion"].isdigit()]


def padron_de_prueba(cantidad: int) -> list[GrupoPais]:
    """`cantidad` miembros tomados (en ciclo) de las ciudades reales, agrupados por país."""
    ciudades = _ciudades()
    por_pais: dict[str, list[FilaPadron]] = defaultdict(list)
    for i in range(cantidad):
        ciudad = ciudades[i % len(ciudades)]
        pais = ciudad["pais_iso2"]
        prefijo = _PREFIJOS.get(pais, "Municipalidad de")
        vuelta = i // len(ciudades)
        nombre = f"{prefijo} {ciudad['nombre']}" + (f" {vuelta + 1}" if vuelta else "")
        por_pais[pais].append(FilaPadron(
            nombre=nombre,
            region=f"Región {ciudad['admin1']}" if ciudad["admin1"] else None,
            tipo=_TIPOS[i % len(_TIPOS)],
            poblacion=int(ciudad["poblacion"]),
            fecha_ingreso=None if i % 13 == 0 else date(1990, 1, 1) + timedelta(days=(i * 37) % 12000),
            estado=_ESTADOS[i % len(_ESTADOS)],
            fundador=i % 50 == 0,
        ))
    grupos = [GrupoPais(nombre_pais(codigo), filas) for codigo, filas in por_pais.items()]
    return sorted(grupos, key=lambda g: g.pais)


def linea_base(ruta: Path, filas: list, papel: str, fuentes: tuple[str, str] = (FUENTE, FUENTE_NEGRITA)) -> int:
    """Las mismas cadenas, una drawString por celda, sin medir ni partir nada. Devuelve las páginas.
    `fuentes`: (normal, negrita); por omisión las del padrón."""
    normal, negrita = fuentes
    ancho, alto = tamano_papel(papel)
    paso = (alto - 120) / LINEAS_POR_PAGINA
    c = Canvas(str(ruta), pagesize=(ancho, alto), initialFontName=normal)
    paginas, y, fuente = 1, alto - 60, None
    for fila in filas:
        if y < 60:
            c.showPage()
            paginas += 1
            y, fuente = alto - 60, None
        if isinstance(fila, Fila):
            celdas, nueva = fila.celdas, (normal, TAMANO)
        else:
            celdas, nueva = (fila.texto,), (negrita, 9 if isinstance(fila, Grupo) else TAMANO)
        if nueva != fuente:  # como el padrón, sin repetir setFont en cada fila
            c.setFont(*nueva)
            fuente = nueva
        for j, texto in enumerate(celdas):
            c.drawString(40 + 75 * j, y, texto)
        y -= paso
    c.save()
    return paginas


def rl_accel_en_uso() -> bool:
    """¿reportlab mide los textos TTF con la extensión en C de rl-accel (y no con su versión en Python)?"""
    from reportlab.pdfbase import ttfonts

    return getattr(ttfonts.instanceStringWidthTTF, "__module__", "") == "_rl_accel"


GRANDE = 100_000
MEMORIA_MB = 350
# La línea base como proceso: las filas del padrón (sin las bajas) leídas con sqlite3, dibujadas por `linea_base`.
LINEA_BASE_PROCESO = """import sqlite3, sys
sys.path[:0] = sys.argv[3:5]
from bench_padron_pdf import linea_base
from escritorio.documentos.pdf.tabla import Fila
c = sqlite3.connect(sys.argv[1])
filas = (Fila((nombre, region or "", tipo, f"{poblacion or 0:,}", ingreso or "", "Activo")) for nombre, region, tipo,
         poblacion, ingreso in c.execute(
             "SELECT m.nombre, m.region, m.tipo, (SELECT cifra FROM poblaciones p WHERE p.miembro_id = m.id "
             "ORDER BY anio DESC LIMIT 1), m.fecha_ingreso FROM miembros m ORDER BY m.pais, m.nombre"))
print(linea_base(sys.argv[2], filas, "A4"))
"""


def _cien_mil_como_proceso(carpeta: Path) -> bool:
    import bases

    ruta = bases.copia(GRANDE, carpeta / "grande" / "escritorio.db")
    escritorio = [sys.executable, "-m", "escritorio", "--db", str(ruta), "miembros", "padron"]
    base = [sys.executable, "-c", LINEA_BASE_PROCESO, str(ruta), str(carpeta / "grande" / "base.pdf"), str(AQUI),
            str(AQUI.parents[1])]
    numero = iter(range(100))

    def nuestro():
        salida = carpeta / "grande" / f"padron-{next(numero)}.pdf"
        corrida = correr_proceso([*escritorio, str(salida)])
        salida.unlink(missing_ok=True)
        return corrida

    nuestro(), correr_proceso(base)  # sin medir: el código compilado
    comparacion = alternar(lambda: correr_proceso(base), nuestro, pares=5)
    pico_base = max(c.pico_mb for c in comparacion.base)
    print(f"Padrón PDF de {miles(GRANDE)} miembros por la CLI (proceso entero): línea base "
          f"{comparacion.segundos_base:.2f} s, pico {pico_base:.0f} MB · Escritorio {comparacion.segundos:.2f} s, "
          f"pico {comparacion.pico_mb:.0f} MB · razón {comparacion.razon:.2f}x", flush=True)
    return all([objetivo(f"padrón PDF de {miles(GRANDE)} frente a la línea base", comparacion.razon, OBJETIVO, "x"),
                objetivo(f"pico de memoria del padrón PDF de {miles(GRANDE)}", comparacion.pico_mb, MEMORIA_MB, "MB")])


def main(miembros: int = 16_000, papel: str = "A4", repeticiones: int = 3,
         guardar: Path | None = None) -> bool:
    from escritorio.documentos.pdf.pdfa import archivar

    acelerado = rl_accel_en_uso()
    print(f"rl-accel (stringWidth de TTF en C): {'en uso' if acelerado else 'NO está en uso: pip install rl-accel'}")
    grupos = padron_de_prueba(miembros)
    filas = filas_tabla(grupos)  # fuera de la medición: la línea base solo dibuja
    paginas = {}
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = guardar or Path(temporal)
        carpeta.mkdir(parents=True, exist_ok=True)

        def base() -> None:
            paginas["base"] = linea_base(carpeta / "linea_base.pdf", filas, papel)

        def base_helvetica() -> None:
            linea_base(carpeta / "linea_base_helvetica.pdf", filas, papel, ("Helvetica", "Helvetica-Bold"))

        def padron() -> None:
            paginas["padron"] = escribir_padron_pdf(
                carpeta / "padron.pdf", asociacion="Asociación de Municipios de Iberoamérica",
                sigla="AMIB", papel=papel, fecha=date.today(), grupos=grupos)

        def solo_pdfa() -> None:  # la conversión sola, sobre una copia del padrón ya escrito
            copia = carpeta / "padron_copia.pdf"
            copia.write_bytes((carpeta / "padron.pdf").read_bytes())
            archivar(copia)

        t_base, t_padron, t_helvetica, t_pdfa = medir_alternado([base, padron, base_helvetica, solo_pdfa],
                                                                repeticiones)
    print(f"Padrón PDF: {miles(miembros)} miembros de {len(grupos)} países en {papel}: "
          f"{paginas['padron']} páginas (línea base: {paginas['base']}); medianas de {repeticiones} corridas alternadas")
    print(f"  referencia: línea base con Helvetica estándar sin incrustar {t_helvetica:.3f} s "
          f"(el padrón es {t_padron / t_helvetica:.2f}x de ella); de lo del padrón, la conversión a PDF/A "
          f"{t_pdfa:.3f} s")
    cumple = informar("Padrón PDF", t_base, t_padron, OBJETIVO)
    print(f"  meta: padrón ≤ {OBJETIVO:g}x la línea base con las mismas fuentes TTF: "
          f"{'cumple' if cumple else 'no cumple'} ({t_padron / t_base:.2f}x)", flush=True)
    with tempfile.TemporaryDirectory() as temporal:
        grande = _cien_mil_como_proceso(Path(temporal))
    return cumple and acelerado and grande


def _opciones() -> argparse.Namespace:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--miembros", type=int, default=16_000)
    argumentos.add_argument("--papel", default="A4")
    argumentos.add_argument("--repeticiones", type=int, default=3, help="se informa la mediana")
    argumentos.add_argument("--guardar", type=Path, help="carpeta donde dejar los PDF generados")
    return argumentos.parse_args()


if __name__ == "__main__":
    sys.exit(0 if main(**vars(_opciones())) else 1)
