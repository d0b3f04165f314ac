"""Por qué puerta entró quien lee un mensaje: la ventana o la línea de órdenes.

Un mensaje que dice cómo arreglar algo nombra lo que tiene a mano quien lo lee: en la ventana, su menú y sus botones
(«Archivo › Cuenta de correo…»); en la línea de órdenes, la orden («escritorio correo cuenta --servidor …»). La
sintaxis de la línea de órdenes no aparece en la ventana, ni los menús de la ventana en la terminal.

La puerta es la del proceso: la fija la ventana al abrirse y la línea de órdenes al empezar (como el idioma del
proceso, `traduccion.fijar_del_proceso`); vale también en los hilos de trabajo de la ventana. Sin fijar, la línea de
órdenes: es lo que ve quien llama a un servicio desde fuera del programa (un script, una prueba).
"""

from __future__ import annotations

VENTANA = "ventana"
LINEA_DE_ORDENES = "linea_de_ordenes"

_del_proceso = LINEA_DE_ORDENES


def fijar_del_proceso(puerta: str) -> None:
    if puerta not in (VENTANA, LINEA_DE_ORDENES):
        raise ValueError(f"puerta desconocida: {puerta!r}")
    global _del_proceso
    _del_proceso = puerta


def puerta_en_curso() -> str:
    return _del_proceso


def segun_la_puerta(*, ventana: str, linea: str) -> str:
    """El texto para quien lee: `ventana` en la ventana, `linea` en la línea de órdenes (los dos ya traducidos)."""
    return ventana if _del_proceso == VENTANA else linea
