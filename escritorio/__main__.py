"""`python -m escritorio` y la orden `escritorio`: sin orden abre la ventana; con una orden, la línea de órdenes.

La ventana (Qt) se importa solo aquí y solo cuando no hay orden: el paquete `cli` nunca llega a `interfaz`."""

import sys


def abrir_ventana(ruta_db: str | None) -> int:
    """La ventana con la base de --db (o la de siempre); devuelve el estado de salida."""
    from .interfaz.aplicacion import ejecutar

    return ejecutar(ruta_db)


def principal() -> int:
    from .cli import principal as cli

    return cli(sys.argv[1:], ventana=abrir_ventana)


if __name__ == "__main__":
    sys.exit(principal())
