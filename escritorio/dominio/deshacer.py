"""Los cambios que se pueden deshacer (Edición › Deshacer, «escritorio deshacer») y cómo se nombran.

Cada tipo es una acción de un servicio que anota, en su misma transacción, cómo estaban y cómo quedaron las filas
que tocó (servicios/reversibles.py). La frase va detrás de «Deshacer: » en el menú y de «Deshecho: » en la
bitácora; {0} es lo que nombra el cambio tal como se escribió (el miembro, el título del punto) o una cantidad.
"""

from .traduccion import traducir

# Los tipos que admite la base (la lista CHECK de cambios_reversibles.tipo, migración 0023).
TIPOS_DE_CAMBIO = {
    "ficha": "cambio de la ficha de {0}",
    "asistencia": "marca de asistencia de {0}",
    "asistencias": "marcas de asistencia de {0} miembros",
    "punto_agregado": "punto «{0}» agregado al orden del día",
    "punto_resumido": "resumen del punto «{0}»",
}


def describir_cambio(tipo: str, detalle: str) -> str:
    """«cambio de la ficha de Rosario», en el idioma en curso (un tipo que el programa no conoce, tal cual)."""
    if tipo not in TIPOS_DE_CAMBIO:
        return f"{tipo} {detalle}".strip()
    return traducir(TIPOS_DE_CAMBIO[tipo]).format(detalle)
