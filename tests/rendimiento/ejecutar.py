"""`make bench`: corre los bancos de pruebas, informa cada razón frente a su línea base y compara cada cifra con la
de la última corrida aceptada (cifras.py, cifras_aceptadas.json): una que empeora más del 20 % sale en rojo en el
resumen del final y la corrida termina con estado 1.

    python tests/rendimiento/ejecutar.py                      # todos
    python tests/rendimiento/ejecutar.py bench_cuotas         # uno (o varios) solo
    python tests/rendimiento/ejecutar.py --aceptar            # y acepta las cifras de esta corrida (make bench-aceptar)
"""

import argparse
import importlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import cifras  # noqa: E402
import comun  # noqa: E402

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
    "bench_verificar",
    "bench_ubicar",
]


def _argumentos(argv: list[str]) -> argparse.Namespace:
    analizador = argparse.ArgumentParser(description="Corre los bancos de pruebas y compara sus cifras con las "
                                                     "aceptadas (tests/rendimiento/cifras_aceptadas.json).")
    analizador.add_argument("bancos", nargs="*", metavar="BANCO", help=f"los bancos a correr (por omisión, todos: "
                                                                        f"{', '.join(BANCOS)})")
    analizador.add_argument("--aceptar", action="store_true",
                            help="escribe las cifras de esta corrida como las aceptadas (las de los bancos que no "
                                 "corrieron quedan como estaban)")
    args = analizador.parse_args(argv)
    desconocidos = [b for b in args.bancos if b not in BANCOS]
    if desconocidos:
        analizador.error(f"no hay banco {', '.join(desconocidos)}; los bancos son: {', '.join(BANCOS)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = _argumentos(sys.argv[1:] if argv is None else argv)
    fallidos = []
    for nombre in args.bancos or BANCOS:
        comun.BANCO["actual"] = nombre
        modulo = importlib.import_module(nombre)
        if modulo.main() is False:
            fallidos.append(nombre)
    cambios = cifras.comparar(comun.CIFRAS, cifras.leer_aceptadas())
    print()
    print(cifras.resumen(cambios, color=not os.environ.get("NO_COLOR")))   # https://no-color.org
    if args.aceptar:
        cifras.aceptar(comun.CIFRAS)
        print(f"Cifras aceptadas: {len(comun.CIFRAS)} escritas en {cifras.ACEPTADAS}.")
    if fallidos:
        print(f"Fuera de objetivo: {', '.join(fallidos)}")
    else:
        print("Todos los bancos dentro del objetivo.")
    return 1 if fallidos or (cifras.hay_regresion(cambios) and not args.aceptar) else 0


if __name__ == "__main__":
    sys.exit(main())
