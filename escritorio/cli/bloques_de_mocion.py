"""escritorio bloques: los bloques de mociones de una sesión, que la sala vota juntas (issue 82, como los «motion
blocks» de OpenSlides): crear, listar, agregar y quitar mociones, borrar y votar (servicios/bloques_de_mocion.py y
servicios.votaciones_sala.votar_bloque). Un bloque se elige por su nombre en la sesión (o su id); una moción, por su
número en la sesión, como en «escritorio mociones»."""

from ..documentos.visible import abreviar, visible
from .actos_de_sesion import acto_de_la_sesion
from .argumentos import identificador
from .comun import con_asociacion, con_json, imprimir_json, oficina_de
from .votaciones import agregar_opciones_de_votacion, nueva_votacion_de

_SESION = "el id de la sesión (el de «sesiones listar»)"


def _con_sesion(parser, con_nombre: bool = True):
    if con_nombre:
        parser.add_argument("nombre", metavar="BLOQUE", help="el nombre del bloque en la sesión (o su id)")
    parser.add_argument("--sesion", type=identificador, required=True, metavar="SESION", help=_SESION)
    con_asociacion(parser)
    return parser


def agregar_ordenes(ordenes) -> None:
    bloques = ordenes.add_parser(
        "bloques", help="los bloques de mociones de una sesión, votadas juntas",
        description="Los bloques de mociones de una sesión: la secretaría agrupa mociones admitidas bajo un nombre "
                    "(«Mociones de hacienda») y la sala las vota juntas, una sola vez, con la regla del punto; el "
                    "resultado vale para cada moción. Una moción en un bloque no se vota sola, y el bloque no se vota "
                    "mientras alguna de sus mociones tenga enmiendas por decidir o por votar.")
    sub = bloques.add_subparsers(dest="accion", required=True, metavar="ACCION")

    crear = con_json(_con_sesion(sub.add_parser(
        "crear", help="crea un bloque vacío en la sesión",
        description="Crea un bloque de mociones, vacío, en la sesión; su nombre es único en ella.",
        epilog='Ejemplo: escritorio bloques crear "Mociones de hacienda" --sesion 12')))
    crear.set_defaults(funcion=orden_crear)

    listar = con_json(_con_sesion(sub.add_parser(
        "listar", help="los bloques de la sesión con sus mociones",
        description="Los bloques de mociones de la sesión, por nombre, con sus mociones y si ya se votaron.",
        epilog="Ejemplo: escritorio bloques listar --sesion 12"), con_nombre=False))
    listar.set_defaults(funcion=orden_listar)

    agregar = con_json(_con_sesion(sub.add_parser(
        "agregar", help="pone mociones admitidas en el bloque",
        description="Pone en el bloque mociones admitidas de la sesión, aún sin votar. Una moción está en un solo "
                    "bloque: para pasarla a otro, se la quita antes.",
        epilog='Ejemplo: escritorio bloques agregar "Mociones de hacienda" --sesion 12 --mocion 2 --mocion 3')))
    agregar.add_argument("--mocion", type=identificador, action="append", required=True, metavar="N",
                         help="el número de la moción en la sesión; se puede repetir")
    agregar.set_defaults(funcion=orden_agregar)

    quitar = con_json(_con_sesion(sub.add_parser(
        "quitar", help="saca una moción de su bloque (antes de votarlo)",
        description="Saca la moción de su bloque, mientras no se votó: después se vota sola, o en otro bloque.",
        epilog="Ejemplo: escritorio bloques quitar --sesion 12 --mocion 3"), con_nombre=False))
    quitar.add_argument("--mocion", type=identificador, required=True, metavar="N",
                        help="el número de la moción en la sesión")
    quitar.set_defaults(funcion=orden_quitar)

    borrar = _con_sesion(sub.add_parser(
        "borrar", help="borra un bloque sin mociones",
        description="Borra un bloque de la sesión que no tiene mociones.",
        epilog='Ejemplo: escritorio bloques borrar "Mociones de hacienda" --sesion 12'))
    borrar.set_defaults(funcion=orden_borrar)

    votar = con_json(_con_sesion(sub.add_parser(
        "votar", help="vota el bloque: una votación para todas sus mociones",
        description="Cierra la votación del bloque: una sola, calculada como la de un punto (la asistencia de la "
                    "sesión, la mayoría y la base que la regla del órgano fija para el tipo de decisión del punto de "
                    "sus mociones; otra exige --motivo). Cada moción queda aprobada o rechazada con las mismas "
                    "cifras. La votación cerrada no se repite.",
        epilog='Ejemplo: escritorio bloques votar "Mociones de hacienda" --sesion 12 --a-favor 12 --en-contra 1')))
    agregar_opciones_de_votacion(votar)
    votar.set_defaults(funcion=orden_votar, analizador=votar)


def _en_json(b) -> dict:
    return {"id": b.id, "sesion_id": b.sesion_id, "nombre": b.nombre, "mociones": list(b.mociones),
            "votado": b.votado}


def _linea(b) -> str:
    mociones = ", ".join(b.mociones) or "sin mociones"
    return f"«{visible(b.nombre)}» (id {b.id}): {mociones}" + (" (votado)" if b.votado else "")


def orden_crear(args) -> None:
    from ..servicios import bloques_de_mocion as servicio

    hecho = servicio.crear(oficina_de(args).contexto, args.sesion, args.nombre)
    if args.json:
        imprimir_json(_en_json(hecho))
        return
    print(f"Bloque «{visible(hecho.nombre)}» creado en la sesión {hecho.sesion_id} (id {hecho.id}). Se le agregan "
          "mociones con «escritorio bloques agregar».")


def orden_listar(args) -> None:
    from ..servicios import bloques_de_mocion as servicio

    bloques = servicio.listar(oficina_de(args).contexto, args.sesion)
    if args.json:
        imprimir_json([_en_json(b) for b in bloques])
        return
    if not bloques:
        print(f"La sesión {args.sesion} no tiene bloques de mociones.")
    for b in bloques:
        print(_linea(b))


def orden_agregar(args) -> None:
    from ..servicios import bloques_de_mocion as servicio
    from ..servicios.mociones import id_por_numero

    contexto = oficina_de(args).contexto
    bloque = servicio.elegir(contexto, args.sesion, args.nombre)
    for numero in args.mocion:
        bloque = servicio.agregar(contexto, bloque.id, id_por_numero(contexto, args.sesion, numero))
    if args.json:
        imprimir_json(_en_json(bloque))
        return
    print(_linea(bloque))


def orden_quitar(args) -> None:
    from ..servicios import bloques_de_mocion as servicio
    from ..servicios.mociones import id_por_numero

    contexto = oficina_de(args).contexto
    bloque = servicio.quitar(contexto, id_por_numero(contexto, args.sesion, args.mocion))
    if args.json:
        imprimir_json(_en_json(bloque))
        return
    print(f"Moción {args.mocion} fuera del bloque. " + _linea(bloque))


def orden_borrar(args) -> None:
    from ..servicios import bloques_de_mocion as servicio

    contexto = oficina_de(args).contexto
    bloque = servicio.elegir(contexto, args.sesion, args.nombre)
    servicio.borrar(contexto, bloque.id)
    print(f"Bloque «{visible(bloque.nombre)}» borrado.")


def orden_votar(args) -> None:
    from ..servicios import bloques_de_mocion as servicio
    from ..servicios.votaciones_sala import votar_bloque

    nueva = nueva_votacion_de(args)
    contexto = oficina_de(args).contexto
    bloque = servicio.elegir(contexto, args.sesion, args.nombre)
    with acto_de_la_sesion(contexto, args.sesion, args.json):
        votada = votar_bloque(contexto, bloque.id, nueva)
    v = votada.votaciones[0]
    if args.json:
        imprimir_json({"bloque_id": votada.bloque_id, "nombre": votada.nombre, "mociones": list(votada.mociones),
                       "aprobada": votada.aprobada, "a_favor": v.a_favor, "en_contra": v.en_contra,
                       "abstenciones": v.abstenciones, "presentes": v.presentes, "con_derecho": v.con_derecho,
                       "mayoria": v.mayoria, "base": v.base, "texto_resultado": v.texto_resultado,
                       "votaciones": [x.id for x in votada.votaciones]})
        return
    print(f"Votación cerrada (bloque «{visible(votada.nombre)}»: {', '.join(votada.mociones)}). "
          f"{abreviar(v.texto_resultado, 300)}")
    print(("Aprobadas: " if votada.aprobada else "Rechazadas: ") + ", ".join(votada.mociones) + ".")
