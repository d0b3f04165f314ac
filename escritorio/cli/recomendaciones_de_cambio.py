"""escritorio mociones lineas | recomendar-cambio | aceptar-cambio | rechazar-cambio: el texto de una moción con sus
números de línea y las recomendaciones de cambio por línea (issue 82, como OpenSlides), aceptadas o rechazadas una
por una antes de votarla (servicios/recomendaciones_de_cambio.py; las líneas, dominio/lineas.py: 80 caracteres)."""

import argparse

from ..documentos.visible import visible
from ..dominio.lineas import ANCHO_DE_LINEA
from .argumentos import identificador
from .comun import con_asociacion, con_json, imprimir_json, oficina_de

_UNA = ("N", "el número de la moción en la sesión (la «Moción 3» es 3; «mociones listar --sesion S» las muestra)")


def tramo_de_lineas(texto: str) -> tuple[int, int]:
    """Tipo de argumento para «3» o «3-5»: las líneas desde–hasta del texto numerado."""
    from ..dominio.entrada import entero

    desde, _, hasta = str(texto).replace("–", "-").partition("-")
    try:
        primera = entero(desde.strip(), minimo=1, maximo=1_000_000, que="un número de línea (1 en adelante)")
        ultima = entero(hasta.strip(), minimo=1, maximo=1_000_000, que="un número de línea (1 en adelante)") \
            if hasta else primera
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if ultima < primera:
        raise argparse.ArgumentTypeError(f"las líneas {primera}-{ultima} van al revés: escriba desde-hasta")
    return primera, ultima


def _con_mocion(parser):
    parser.add_argument("numero", type=identificador, metavar=_UNA[0], help=_UNA[1])
    parser.add_argument("--sesion", type=identificador, required=True, metavar="SESION",
                        help="el id de la sesión (el de «sesiones listar»)")
    con_asociacion(parser)
    return con_json(parser)


def agregar_a_mociones(sub) -> None:
    """Las órdenes de las líneas y las recomendaciones de cambio, entre las de «mociones»."""
    lineas = _con_mocion(sub.add_parser(
        "lineas", help="el texto de la moción con sus números de línea y sus recomendaciones de cambio",
        description=f"El texto presentado de la moción cortado a {ANCHO_DE_LINEA} caracteres en palabras enteras y "
                    "numerado seguido (las recomendaciones de cambio citan esos números), sus recomendaciones de "
                    "cambio con su estado y, si alguna se aceptó, el texto que resulta.",
        epilog="Ejemplo: escritorio mociones lineas 3 --sesion 12"))
    lineas.set_defaults(funcion=orden_lineas)

    recomendar = _con_mocion(sub.add_parser(
        "recomendar-cambio", help="registra una recomendación de cambio sobre unas líneas del texto",
        description="Registra, pendiente, lo que la secretaría (o con --organo, una comisión) recomienda cambiar en "
                    "las líneas desde-hasta del texto presentado («mociones lineas» las numera): --texto las "
                    "reemplaza, --suprimir las quita. Dos recomendaciones no citan las mismas líneas. Solo antes "
                    "de votar la moción.",
        epilog='Ejemplo: escritorio mociones recomendar-cambio 3 --sesion 12 --lineas 4-5 --texto "en el plazo de '
               'un año" --motivo "Plazo realista"'))
    recomendar.add_argument("--lineas", type=tramo_de_lineas, required=True, metavar="DESDE-HASTA",
                            help="las líneas que cambia: «4» o «4-6»")
    que = recomendar.add_mutually_exclusive_group(required=True)
    que.add_argument("--texto", metavar="TEXTO", help="el texto que reemplaza esas líneas")
    que.add_argument("--suprimir", action="store_true", help="recomienda suprimir esas líneas")
    recomendar.add_argument("--motivo", metavar="TEXTO", help="por qué se recomienda")
    recomendar.add_argument("--organo", metavar="ORGANO",
                            help="el órgano que recomienda (id o nombre exacto); sin él, la secretaría")
    recomendar.set_defaults(funcion=orden_recomendar)

    for accion, verbo, ayuda in (("aceptar-cambio", "aceptar", "acepta una recomendación de cambio: entra en el "
                                  "texto que se vota"),
                                 ("rechazar-cambio", "rechazar", "rechaza una recomendación de cambio: el texto "
                                  "queda como estaba")):
        decidir = _con_mocion(sub.add_parser(
            accion, help=ayuda,
            description=ayuda[0].upper() + ayuda[1:] + ". Se decide una sola vez, antes de votar la moción; una "
                        "recomendación sobre un párrafo que cambia una enmienda viva no se acepta.",
            epilog=f"Ejemplo: escritorio mociones {accion} 3 --sesion 12 --recomendacion 1"))
        decidir.add_argument("--recomendacion", type=identificador, required=True, metavar="R",
                             help="el número de la recomendación en la moción («mociones lineas» las muestra)")
        decidir.set_defaults(funcion=orden_decidir, decision=verbo)


def _en_json(r) -> dict:
    return {"numero": r.numero, "desde": r.desde, "hasta": r.hasta, "texto_citado": r.texto_citado,
            "texto": r.texto, "motivo": r.motivo, "organo_id": r.organo_id, "organo": r.organo, "estado": r.estado,
            "vigente": r.vigente}


def orden_lineas(args) -> None:
    from ..servicios.mociones import id_por_numero
    from ..servicios.recomendaciones_de_cambio import listar

    contexto = oficina_de(args).contexto
    hecho = listar(contexto, id_por_numero(contexto, args.sesion, args.numero))
    if args.json:
        imprimir_json({"mocion_id": hecho.mocion_id, "ancho": ANCHO_DE_LINEA,
                       "lineas": [{"numero": x.numero, "parrafo": x.parrafo, "texto": x.texto} for x in hecho.lineas],
                       "recomendaciones": [_en_json(r) for r in hecho.recomendaciones],
                       "texto_resultante": hecho.texto_resultante})
        return
    print(visible(hecho.rotulo))
    parrafo = 1
    for x in hecho.lineas:
        if x.parrafo != parrafo:
            print()
            parrafo = x.parrafo
        print(f"{x.numero:>4}  {visible(x.texto)}")
    if hecho.recomendaciones:
        print("\nRecomendaciones de cambio:")
        for r in hecho.recomendaciones:
            print(f"  {visible(r.frase())}" + ("" if r.vigente else " (CITA VIEJA: el texto citado ya no es el de la "
                                                                     "moción)"))
    if hecho.aceptadas:
        print("\nTexto con las recomendaciones aceptadas:")
        for n, p in enumerate(hecho.parrafos_resultantes, 1):
            print(f"[{n}] {visible(p)}")


def orden_recomendar(args) -> None:
    from ..servicios.mociones import id_por_numero
    from ..servicios.recomendaciones_de_cambio import recomendar

    contexto = oficina_de(args).contexto
    organo_id = None
    if args.organo:
        from ..servicios.organos import elegir_organo

        organo_id = elegir_organo(contexto, args.organo)["id"]
    hecha = recomendar(contexto, id_por_numero(contexto, args.sesion, args.numero), *args.lineas,
                       None if args.suprimir else args.texto, args.motivo, organo_id)
    if args.json:
        imprimir_json(_en_json(hecha))
        return
    print(visible(hecha.frase()))


def orden_decidir(args) -> None:
    from ..servicios import recomendaciones_de_cambio as servicio
    from ..servicios.mociones import id_por_numero

    contexto = oficina_de(args).contexto
    mocion_id = id_por_numero(contexto, args.sesion, args.numero)
    hecha = getattr(servicio, args.decision)(contexto, servicio.id_por_numero(contexto, mocion_id,
                                                                             args.recomendacion))
    if args.json:
        imprimir_json(_en_json(hecha))
        return
    print(visible(hecha.frase()))
