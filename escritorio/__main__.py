"""`python -m escritorio` y la orden `escritorio`: sin argumentos abre la ventana; con una orden, la CLI."""

import sys


def principal() -> int:
    from .cli import principal as cli

    return cli(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(principal())
