"""«deshacer» y «rehacer»: el último cambio reversible propio (la ficha de un miembro, una marca de asistencia, un
punto del orden del día o su resumen), como Edición › Deshacer y Rehacer en la ventana: las dos puertas llaman a
servicios/deshacer.py. «--ver» solo lo muestra (y dice por qué no se puede, si no se puede)."""

from .comun import con_asociacion, con_json, contexto_de, imprimir_json


def agregar_ordenes(ordenes) -> None:
    deshacer = ordenes.add_parser(
        "deshacer", help="deshace el último cambio reversible propio (la ficha, la asistencia, el orden del día)",
        description="Deshace el último cambio reversible hecho por usted en este equipo (o con la ventana): la ficha "
                    "de un miembro, una marca de asistencia, un punto agregado al orden del día o su resumen. Si "
                    "alguien lo cambió después, el acta de la sesión ya está aprobada o después se cerró algo que lo "
                    "leyó (una votación, una resolución, un recibo, un mensaje enviado…), no se deshace, se dice "
                    "por qué y sale con 1. Queda en la bitácora («Deshecho: …»). «escritorio rehacer» lo vuelve a "
                    "hacer.")
    rehacer = ordenes.add_parser(
        "rehacer", help="vuelve a hacer el último cambio deshecho",
        description="Vuelve a hacer el último cambio que deshizo (si después no hizo otro ni se cerró algo "
                    "que lo contradiga). Queda en la bitácora («Rehecho: …»).")
    for parser, funcion in ((deshacer, orden_deshacer), (rehacer, orden_rehacer)):
        parser.add_argument("--ver", action="store_true", help="solo muestra qué se desharía (o reharía), sin hacerlo")
        con_json(parser)
        con_asociacion(parser)
        parser.set_defaults(funcion=funcion)


def _orden(args, mirar, hacer, rotulo: str, hecho: str, nada: str) -> None:
    contexto = contexto_de(args)
    if args.ver:
        cambio = mirar(contexto)
        if args.json:
            imprimir_json(cambio)
        elif cambio is None:
            print(nada)
        else:
            print(f"{rotulo}: {cambio['descripcion']} ({cambio['cuando']})")
            if not cambio["posible"]:
                print(f"No se puede: {cambio['motivo']}")
        return
    cambio = hacer(contexto)
    if args.json:
        imprimir_json(cambio)
    else:
        print(f"{hecho}: {cambio['descripcion']}.")


def orden_deshacer(args) -> None:
    from ..servicios.deshacer import deshacer, por_deshacer

    _orden(args, por_deshacer, deshacer, "Deshacer", "Deshecho", "No hay nada para deshacer.")


def orden_rehacer(args) -> None:
    from ..servicios.deshacer import por_rehacer, rehacer

    _orden(args, por_rehacer, rehacer, "Rehacer", "Rehecho", "No hay nada para rehacer.")
