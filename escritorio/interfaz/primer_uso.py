"""Una base sin asociaciones: bienvenida, asistente o red de ejemplo. Ningún camino queda sin salida."""

from ..servicios.demo import crear_red_demo
from .comun import descartar, mostrar_error, tr
from .dialogos.bienvenida import AsistenteAsociacion, DialogoBienvenida
from .trabajos import ejecutar_con_progreso


def preparar_primer_uso(db, padre=None) -> bool:
    """Devuelve True cuando la base ya tiene una asociación para mostrar."""
    while True:
        bienvenida = DialogoBienvenida(padre)
        bienvenida.exec()
        eleccion = bienvenida.eleccion
        descartar(bienvenida)
        if eleccion is None:
            return False
        if eleccion == "demo":
            try:
                ejecutar_con_progreso(padre, tr("Red de ejemplo"), lambda informar: crear_red_demo(db))
                return True
            except Exception as error:
                mostrar_error(padre, error, "crear la red de ejemplo")
                continue
        asistente = AsistenteAsociacion(db, padre)
        asistente.exec()
        creada = asistente.asociacion_id is not None
        descartar(asistente)
        if creada:
            return True
        # Cancelar el asistente vuelve a la bienvenida.
