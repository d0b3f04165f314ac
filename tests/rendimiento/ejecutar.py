"""`make bench`: corre todos los bancos de pruebas e informa cada razón frente a su línea base."""

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

BANCOS = [
    "bench_arranque",
    "bench_importacion",
    "bench_exportacion",
    "bench_padron_pdf",
    "bench_ventana",
    "bench_cuotas",
    "bench_morosidad",
    "bench_pagos",
    "bench_primera_escritura",
    "bench_acta",
    "bench_demo",
    "bench_escala",
    "bench_servidor",
    "bench_servidor_clientes",
    "bench_busqueda",
    "bench_publicar",
    "bench_extracto",
]


def main() -> int:
    fallidos = []
    for nombre in BANCOS:
        modulo = importlib.import_module(nombre)
        if modulo.main() is False:
            fallidos.append(nombre)
    if fallidos:
        print(f"Fuera de objetivo: {', '.join(fallidos)}")
        return 1
    print("Todos los bancos dentro del objetivo.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
