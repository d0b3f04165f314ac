"""Tabla de los documentos PDF del programa: fuentes, reglas de PDF/A-2B, qué responde «documento verificar» y si
el acta y la resolución siguen siendo PDF/A después de firmarlas (una y dos veces).

    .venv/bin/python tests/documentos/tabla_de_documentos.py [--carpeta DIR]

Crea la red de ejemplo («escritorio demo») en una carpeta temporal (o en --carpeta, que debe estar vacía o no
existir), hace cada tipo de documento como en tests/documentos/test_pdfa.py (documentos_de_la_demo.py), los firma
con certificados desechables y corre la CLI (por su entrada, en este proceso) sobre cada archivo. Imprime una
tabla Markdown. No toca ninguna base ni archivo fuera de esa carpeta. Tarda alrededor de un minuto.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import documentos_de_la_demo as demo  # noqa: E402
from reglas_pdfa import REGLAS, examinar, fuentes_incrustadas  # noqa: E402


def celda(texto: str) -> str:
    return " ".join(str(texto).split()).replace("|", "\\|")


def columna_fuentes(contenido: bytes) -> str:
    fuentes = fuentes_incrustadas(contenido)
    if not fuentes:
        return "ninguna"
    faltan = [nombre for nombre, incrustada in fuentes if not incrustada]
    nombres = ", ".join(nombre for nombre, _ in fuentes)
    return f"sí: {nombres}" if not faltan else f"**NO** ({', '.join(faltan)} sin incrustar); {nombres}"


def columna_reglas(contenido: bytes) -> tuple[str, bool]:
    resultado = examinar(contenido)
    fallan = [nombre.split(" ")[0] for nombre, faltas in resultado.items() if faltas]
    texto = f"{len(resultado) - len(fallan)}/{len(resultado)}"
    return (texto if not fallan else f"**{texto}** (fallan {', '.join(fallan)})"), not fallan


def columna_verificar(carpeta: Path, db: Path, ruta: Path) -> str:
    resultado = demo.cli(carpeta, db, "documento", "verificar", ruta)
    lineas = [x for x in (resultado.stdout or resultado.stderr).splitlines() if x.strip()]
    return f"{celda(lineas[0]) if lineas else '(nada)'} (salida {resultado.returncode})"


def firmas_validas(carpeta: Path, db: Path, ruta: Path) -> str:
    """Lo que dicen el validador de pyHanko (por «firma verificar») y pdfsig (poppler), si está."""
    resultado = demo.cli(carpeta, db, "firma", "verificar", ruta, "--json")
    try:
        informe = json.loads(resultado.stdout)
        cantidad = len(informe["firmas"])
        pyhanko = f"{cantidad} {'firma íntegra' if cantidad == 1 else 'firmas íntegras'}" if informe["integras"] \
            else "**firmas NO íntegras**"
    except (ValueError, KeyError):
        pyhanko = f"«firma verificar» no respondió (salida {resultado.returncode})"
    if shutil.which("pdfsig"):
        salida = subprocess.run(["pdfsig", str(ruta)], capture_output=True, text=True).stdout
        validas = salida.count("Signature is Valid")
        pyhanko += f", pdfsig: {validas} válida{'s' if validas != 1 else ''}"
    return pyhanko


def main() -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--carpeta", type=Path, help="dónde dejar la demo y los PDF (por omisión, temporal)")
    opciones = argumentos.parse_args()
    temporal = None
    if opciones.carpeta is None:
        temporal = tempfile.TemporaryDirectory(prefix="tabla-de-documentos-")
        carpeta = Path(temporal.name)
    else:
        carpeta = opciones.carpeta.resolve()
        if carpeta.exists() and any(carpeta.iterdir()):
            print(f"{carpeta} no está vacía: indique una carpeta nueva.", file=sys.stderr)
            return 2
        carpeta.mkdir(parents=True, exist_ok=True)
    try:
        db = demo.crear_demo(carpeta)
        hechos = demo.hacer_documentos(carpeta, db)
        firmados = demo.firmar_documentos(carpeta, db)
        print(f"Documentos de la red de ejemplo («escritorio demo»), {len(REGLAS)} reglas de PDF/A-2B comprobadas "
              "(tests/documentos/reglas_pdfa/).\n")
        print("| Documento | Fuentes incrustadas | Reglas PDF/A-2B | `documento verificar` | Firmado y sigue PDF/A |")
        print("|---|---|---|---|---|")
        filas = [(nombre, titulo, hechos.get(nombre, "no se hizo")) for nombre, titulo in demo.TIPOS.items()]
        filas += [(nombre, titulo, firmados.get(nombre, "no se hizo")) for nombre, (_, titulo) in demo.FIRMADOS.items()]
        for nombre, titulo, ruta in filas:
            if not isinstance(ruta, Path):
                print(f"| {titulo} | — | — | no se pudo hacer: {celda(ruta)[:150]} | — |")
                continue
            contenido = ruta.read_bytes()
            reglas, _ = columna_reglas(contenido)
            firmado = "—"
            versiones = [(n, r) for n, (origen, _) in demo.FIRMADOS.items() if origen == nombre
                         for r in [firmados.get(n)]]
            if versiones:
                partes = []
                for n, r in versiones:
                    if not isinstance(r, Path):
                        partes.append(f"{demo.FIRMADOS[n][1]}: no se pudo firmar")
                        continue
                    texto, pasa = columna_reglas(r.read_bytes())
                    partes.append(f"{'sí' if pasa else '**NO**'} con {n[-1]} firma{'s' if n[-1] != '1' else ''} "
                                  f"({texto}; {firmas_validas(carpeta, db, r)})")
                firmado = "; ".join(partes)
            elif nombre in demo.FIRMADOS:
                _, pasa = columna_reglas(contenido)
                firmado = f"{'sí' if pasa else '**NO**'} ({firmas_validas(carpeta, db, ruta)})"
            print(f"| {titulo} | {columna_fuentes(contenido)} | {reglas} | {columna_verificar(carpeta, db, ruta)} "
                  f"| {firmado} |")
        return 0
    finally:
        if temporal is not None:
            temporal.cleanup()


if __name__ == "__main__":
    sys.exit(main())
