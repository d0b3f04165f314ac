"""Una base sin asociaciones: bienvenida, asistente o red de ejemplo. Ningún camino queda sin salida."""

from ..errores import Cancelado
from ..demo import crear_red_demo
from ..servicios.base import nombre_de_la_base
from .comun import descartar, mostrar_error, tr
from .dialogos.bienvenida import AsistenteAsociacion, DialogoBienvenida
from .trabajos import ejecutar_con_progreso


def preparar_primer_uso(db, padre=None) -> bool:
    """Devuelve True cuando la base ya tiene una asociación para mostrar."""
    while True:
        bienvenida = DialogoBienvenida(padre, ruta=nombre_de_la_base(db))
        bienvenida.exec()
        eleccion = bienvenida.eleccion
        descartar(bienvenida)
        if eleccion is None:   # «Salir» (o Esc) y lo confirmó
            return False
        if eleccion == "demo":
            # En un hilo, con el avance por etapas a la vista desde el primer momento: la bienvenida ya se cerró y
            # la ventana todavía no está, así que sin este diálogo no se vería nada durante unos segundos.
            try:
                ejecutar_con_progreso(padre, tr("Red de ejemplo"), lambda informar: crear_red_demo(db, informar),
                                      mostrar_desde_ms=0)
                return True
            except Cancelado:
                continue   # no quedó nada escrito (la transacción se deshizo): de vuelta a la bienvenida
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
