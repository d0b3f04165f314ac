"""`python -m escritorio` y la orden `escritorio`: sin orden abre la ventana; con una orden, la línea de órdenes.

La ventana (Qt) se importa solo aquí y solo cuando no hay orden: el paquete `cli` nunca llega a `interfaz`."""

import os
import sys


def abrir_ventana(ruta_db: str | None) -> int:
    """La ventana con la base de --db (o la de siempre); devuelve el estado de salida. La base empieza a abrir (en un
    hilo) antes de cargar Qt Widgets y la ventana, que se cargan mientras tanto (interfaz/apertura.py). Antes de Qt,
    lo que la ventana usa de las capas de abajo (interfaz/antes_de_qt.py: así PySide6 no lee su código fuente)."""
    from .interfaz import antes_de_qt

    antes_de_qt.importar()
    from .interfaz.apertura import ajustes_del_programa, empezar

    arranque = empezar(ruta_db, ajustes_del_programa())
    from .interfaz.aplicacion import ejecutar

    return ejecutar(ruta_db, arranque)


def archivos_privados() -> None:
    """Todo lo que el programa crea (la base, su diario, el testigo, los respaldos, el registro, los documentos) queda
    solo para el usuario que lo corre: tienen contactos, pagos y la bitácora. En Windows los permisos los da la carpeta
    del usuario."""
    if os.name == "posix":
        os.umask(0o077)


def principal() -> int:
    from .cli import principal as cli

    archivos_privados()
    return cli(sys.argv[1:], ventana=abrir_ventana)


if __name__ == "__main__":
    sys.exit(principal())
